"""Related lemmas for repeat detection from navec word embeddings: derive and measure.

    pip install navec numpy        # not the desk's dependencies: this script only
    python benchmarks/related_words.py natasha-1.6.0-py3-none-any.whl --scores      # the pairs
    python benchmarks/related_words.py natasha-1.6.0-py3-none-any.whl --measure     # what they do

The embeddings are `natasha/data/emb/navec_news_v1_1B_250K_300d_100q.tar` of the natasha
1.6.0 wheel (MIT; navec news v1: 250,000 words of Russian news, 300 dimensions, product
quantised). The pairs would let repeat detection (SPEC 2.8.5) count two lemmas as the same
word. `--measure` runs every repeat / not_repeat row of the corpora in tests/data/intake_eval
with and without them (the pairs scored like a shared root, 0.8, where the rule finds no
likeness of its own) and prints recall and false refusals. Round 16 (benchmarks/INTAKE.md)
measured no recall gained at any threshold and false refusals added below cosine 0.6, so the
desk ships no such table: this script records how that was decided.

What is paired, by class, never by a corpus message:
- the desk's vocabulary: every Cyrillic word of the rules' own word lists in deskcli/data
  (written from the product's documentation vocabulary) that the pymorphy3 dictionary knows
  as a lemma — a noun, an infinitive or a full adjective, no name, surname, place or
  abbreviation;
- with any such lemma of the embeddings' vocabulary (the common verbs and nouns a customer
  may use instead), of the same part of speech;
- when each is among the other's `--top` nearest of that part of speech (mutual neighbours)
  and their cosine is at least `--cosine`;
- and the rules' hand-written lists have not already decided the pair: two words of
  different groups of repeat_terms.txt (добавить / удалить, посетитель / пользователь), of
  opposite sides of an [opposites] scale, or two instances of one [kinds] kind (рубль /
  евро) are never paired; nor a word and its negation (платный / бесплатный).
News embeddings put opposites and co-instances close together (экспортировать /
импортировать 0.58, покупатель / продавец 0.70), so the thresholds are high and the list
filters do the rest.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import numpy as np  # the derivation's own; the desk never imports it
import pymorphy3
from navec import Navec

from deskcli.domain.intake.wordlists import DATA, fold, sections

MEMBER = "natasha/data/emb/navec_news_v1_1B_250K_300d_100q.tar"
KEPT = ("NOUN", "INFN", "ADJF")
# Tags of names, places and abbreviations: instances of a kind, never another's synonym.
NAMES = ("Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init")
# The lists written from the product's vocabulary, and of intake_cues.txt only its sections
# of the product and of asking for work (not [life], [small_talk] or [trade]: a customer's
# life away from the shop is no vocabulary of questions about the product).
SOURCES = ("repeat_terms.txt", "scope_rules.json")
CUE_SECTIONS = ("product", "problem_subject", "request", "problem", "desk_service", "whole_site", "vague")
# intake_cues.txt holds word starts (кнопк, покупател): a start this long stands for every
# lemma that begins with it.
LEAST_START = 5
NEGATING = ("без", "бес", "не")


def _embeddings(wheel: Path) -> Navec:
    with zipfile.ZipFile(wheel) as archive:
        data = archive.read(MEMBER)
    path = Path("/tmp") / "navec_news_v1.tar"
    path.write_bytes(data)
    return Navec.load(str(path))


def _lemma(analyzer: pymorphy3.MorphAnalyzer, word: str) -> tuple[str, str] | None:
    """(lemma, part of speech) of a dictionary word that is its own lemma, else None."""
    if not analyzer.word_is_known(word):
        return None
    best = analyzer.parse(word)[0]
    pos = "INFN" if best.tag.POS == "INFN" else best.tag.POS
    if pos not in KEPT or any(name in best.tag for name in NAMES) or fold(best.normal_form) != word:
        return None
    return word, pos


def _desk_words(lemmas: set[str]) -> set[str]:
    """The lemmas of the desk's vocabulary (see the module's docstring) among `lemmas`."""
    words: set[str] = set()
    for name in SOURCES:
        text = (Path(DATA) / name).read_text(encoding="utf-8")
        if name.endswith(".json"):
            text = json.dumps(json.loads(text), ensure_ascii=False)
        words |= {fold(w) for w in re.findall(r"[а-яё]{4,}", text.casefold())}
    cues = sections("intake_cues.txt")
    starts = {e for s in CUE_SECTIONS for e in cues.get(s, ()) if re.fullmatch(r"[а-я]+", e)}
    words |= {e[1:] for s in CUE_SECTIONS for e in cues.get(s, ()) if re.fullmatch(r"=[а-я]+", e)}
    words |= {w for w in lemmas if any(w.startswith(s) for s in starts if len(s) >= LEAST_START)}
    return words & lemmas


def _decided(a: str, b: str) -> bool:
    """Whether repeat_terms.txt has already said these two differ (or are one word)."""
    if a.endswith(b) and a[: len(a) - len(b)] in NEGATING or b.endswith(a) and b[: len(b) - len(a)] in NEGATING:
        return True
    lists = sections("repeat_terms.txt")
    for section in ("actions", "synonyms", "places", "weak", "light"):
        groups = [set(line.split()) for line in lists.get(section, ())]
        in_a = {n for n, g in enumerate(groups) if a in g}
        in_b = {n for n, g in enumerate(groups) if b in g}
        if in_a and in_b:
            return True  # the same group already, or groups kept apart on purpose
    for line in lists.get("opposites", ()):
        more, _, less = line.partition(":")
        if a in more.split() + less.split() and b in more.split() + less.split():
            return True
    for line in lists.get("kinds", ()):
        _, _, instances = line.partition(":")
        if a in instances.split() and b in instances.split():
            return True
    return False


def derive(wheel: Path, cosine: float, top: int) -> list[tuple[str, str, float]]:
    navec = _embeddings(wheel)
    analyzer = pymorphy3.MorphAnalyzer()
    lemmas: dict[str, list[str]] = {pos: [] for pos in KEPT}
    for word in navec.vocab.words:
        if len(word) >= 4 and re.fullmatch(r"[а-я]+", word) and (found := _lemma(analyzer, word)):
            lemmas[found[1]].append(word)
    desk = _desk_words({w for words in lemmas.values() for w in words})
    pairs: dict[tuple[str, str], float] = {}
    for words in lemmas.values():
        vectors = np.stack([navec[w] for w in words]).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
        index = {w: i for i, w in enumerate(words)}
        nearest: dict[int, np.ndarray] = {}

        def near(i: int, vectors: np.ndarray = vectors, nearest: dict[int, np.ndarray] = nearest) -> np.ndarray:
            if i not in nearest:
                scores = vectors @ vectors[i]
                scores[i] = -1
                nearest[i] = np.argpartition(-scores, top)[:top]
            return nearest[i]

        for word in sorted(desk & index.keys()):
            i = index[word]
            for j in near(i):
                other = words[j]
                score = float(vectors[i] @ vectors[j])
                if score < cosine or i not in near(int(j)) or _decided(word, other):
                    continue
                pairs[tuple(sorted((word, other)))] = round(score, 3)  # type: ignore[index]
    return sorted((a, b, s) for (a, b), s in pairs.items())


def measure(pairs: list[tuple[str, str, float]]) -> str:
    """Repeat recall and false refusals on every corpus, without and with the pairs."""
    from deskcli.domain.intake import morphology, repeats

    corpora = sorted((Path(__file__).resolve().parent.parent / "tests" / "data" / "intake_eval").glob("*.jsonl"))
    rows = [
        row for path in corpora for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        if (row := json.loads(line))["kind"] in ("repeat", "not_repeat") and "history" in row
    ]
    plain = repeats._likeness
    table = {(a, b) for a, b, _ in pairs} | {(b, a) for a, b, _ in pairs}

    def with_pairs(a: repeats.Term, b: repeats.Term) -> float:
        found = plain(a, b)
        if found or a.kind == "entity" or b.kind == "entity":
            return found
        return 0.8 if (morphology.lemma(a.word), morphology.lemma(b.word)) in table else 0.0

    lines = []
    for name, likeness in (("without", plain), ("with", with_pairs)):
        repeats._likeness = likeness  # type: ignore[assignment]
        hits = [any(repeats.rules_find_repeat(r["text"], h) for h in r["history"]) for r in rows]
        caught = sum(h for h, r in zip(hits, rows, strict=True) if r["kind"] == "repeat")
        refused = sum(h for h, r in zip(hits, rows, strict=True) if r["kind"] == "not_repeat")
        asked = sum(r["kind"] == "repeat" for r in rows)
        lines.append(f"{name} the {len(pairs)} pairs: {caught} of {asked} repeats caught, "
                     f"{refused} of {len(rows) - asked} different questions refused")
    repeats._likeness = plain
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="natasha-1.6.0-py3-none-any.whl")
    parser.add_argument("--cosine", type=float, default=0.6, help="least cosine of a pair")
    parser.add_argument("--top", type=int, default=10, help="each must be among the other's N nearest")
    parser.add_argument("--scores", action="store_true", help="write each pair's cosine after it")
    parser.add_argument("--measure", action="store_true", help="repeat recall and false refusals with the pairs")
    args = parser.parse_args()
    if args.measure:
        print(measure(derive(args.wheel, args.cosine, args.top)))
        return
    out = io.StringIO()
    out.write(
        "# Related lemmas for repeat detection (SPEC 2.8.5): two questions that use one word of a\n"
        "# pair where the other uses the other may ask the same. Derived, not hand-written: see\n"
        f"# benchmarks/related_words.py and README.md (natasha 1.6.0, MIT, navec news v1;\n"
        f"# mutual {args.top} nearest of one part of speech, cosine >= {args.cosine}). One pair a line.\n"
    )
    for a, b, score in derive(args.wheel, args.cosine, args.top):
        out.write(f"{a} {b}  {score}\n" if args.scores else f"{a} {b}\n")
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main()
