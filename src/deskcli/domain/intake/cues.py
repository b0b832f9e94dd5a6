"""The cue lists of intake_cues.txt (SPEC 2.8.2, 2.8.4) as word sets and phrases over a
sentence's words: what `answerability` asks of a word (a question word, a request, the
product's subject, filler). Matched by set and prefix lookups: nothing to compile.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import PLAIN_WORD
from deskcli.domain.intake.wordlists import WordSet, sections, stopwords


class Cues:
    """A section of intake_cues.txt over a sentence's words.

    An entry is a word start, ``=word`` a whole word; an entry with spaces is a phrase
    whose words must follow one another, the last one a word start unless the entry
    starts with ``=``. Matched by set and prefix lookups: nothing to compile.
    """

    def __init__(self, entries: Sequence[str]) -> None:
        # "кое-что", "how's it going": a sentence's plain words part them at the hyphen or
        # apostrophe, so each such entry stands as the phrase of its parts as well
        entries = [*entries, *(_parted(e) for e in entries if _JOINED.search(e))]
        self.words = WordSet([e for e in entries if " " not in e])
        self._phrases: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
        for entry in entries:
            if " " in entry:
                first, *rest = entry.lstrip("=").split()
                self._phrases.setdefault(first, []).append((tuple(rest), entry.startswith("=")))

    def _spans(self, words: Sequence[str]) -> Iterator[tuple[int, int]]:
        for index, word in enumerate(words):
            if word in self.words:
                yield index, index + 1
            for rest, whole in self._phrases.get(word, ()):
                end = index + 1 + len(rest)
                following = words[index + 1 : end]
                if len(following) == len(rest) and list(following[:-1]) == list(rest[:-1]) and (
                    following[-1] == rest[-1] if whole else following[-1].startswith(rest[-1])
                ):
                    yield index, end

    def found(self, words: Sequence[str]) -> bool:
        return next(self._spans(words), None) is not None

    def starts(self, words: Sequence[str]) -> list[int]:
        """Where each phrase or word of this section starts among the words."""
        return [start for start, _ in self._spans(words)]

    def without(self, words: Sequence[str]) -> list[str]:
        """The words less every phrase or word of this section."""
        dropped = {i for start, end in self._spans(words) for i in range(start, end)}
        return [w for i, w in enumerate(words) if i not in dropped]


_JOINED = patterns.compile("[-'’]")


def _parted(entry: str) -> str:
    return ("=" if entry.startswith("=") else "") + " ".join(PLAIN_WORD.findall(entry))


@cache
def cues(section: str) -> Cues:
    return Cues(sections("intake_cues.txt")[section])


def cue_words(section: str) -> WordSet:
    return cues(section).words


def content_words(words: Sequence[str]) -> list[str]:
    """Words that say something: not stopwords, greetings, or bare asking words."""
    noise = (cue_words("filler"), cue_words("question"), cue_words("request"))
    stop = stopwords()
    return [w for w in words if w not in stop and not w.isdigit() and not any(w in n for n in noise)]


def domain_words(words: Sequence[str]) -> list[str]:
    """Words of support's subject: the product, the site, hosting, payments, errors."""
    domain = cue_words("product")
    return [w for at, w in enumerate(words) if w in domain and not verdict(words, at)]


# "она права", "вы правы": the short adjective of правый closing a clause after whoever is
# right, not права (rights) of the product's users
_RIGHT = frozenset(("права", "прав", "правы"))
_WHO_IS_RIGHT = frozenset(("она", "он", "вы", "ты", "я", "мы", "они", "наверное", "наверно", "пожалуй", "вполне",
                           "совершенно", "абсолютно", "полностью", "тоже", "и"))


def verdict(words: Sequence[str], at: int) -> bool:
    """Whether a word is "прав(а, ы)" said of someone being right, at the end of its clause."""
    return words[at] in _RIGHT and at + 1 == len(words) and at > 0 and words[at - 1] in _WHO_IS_RIGHT


def lemma_in(word: str, section: str) -> bool:
    """Whether the word or its dictionary lemma is an entry of the section."""
    return any(lemma in cue_words(section) for lemma in (morphology.lemma(word), word))
