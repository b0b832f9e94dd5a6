"""Every word form of the Russian dictionary (3 million) through the obscenity check (SPEC 2.8.3).

    python benchmarks/intake_dictionary_scan.py      # about 15 minutes on 2 cores

Prints the dictionary words found obscene whose lemma is not an obscene lemma: each is
either an innocent word for innocent_words.txt or an obscene one for obscene_lemmas.txt.
The intake tests hold the words this scan once found; this is the full, slow check.
"""

from __future__ import annotations

from deskcli.domain.intake import morphology
from deskcli.domain.intake.obscene import is_obscene_word, obscene_lexicon


def main() -> None:
    lexicon = obscene_lexicon()
    analyzer = morphology._analyzer()
    words = {word for word, *_ in analyzer.dictionary.iter_known_words()}
    found: dict[str, list[str]] = {}
    for word in sorted(words):
        folded = word.replace("ё", "е")
        if is_obscene_word(folded) and not morphology.lemmas(folded) & lexicon.lemmas:
            found.setdefault(morphology.lemma(folded), []).append(word)
    print(f"{len(words)} word forms; {sum(map(len, found.values()))} found obscene in {len(found)} lemmas")
    for lemma, forms in sorted(found.items()):
        print(lemma, " ".join(forms[:8]))


if __name__ == "__main__":
    main()
