"""Russian morphology for the intake rules: lemmas and grammatical tags from pymorphy3.

One entry of a word list (a lemma: перенести, идиот) then covers every inflection
(перенесите, перенесёте, переносом; идиотами, идиотов). pymorphy3 costs about 30 ms to
import and its dictionary is opened on demand (``dictionary``), on the first word a rule
asks about, never with the package: ``desk queue`` and ``desk show`` never read a message.
A word the dictionary lists is read from its files without pymorphy3 (``known_words``), so
a message made only of such words, three in four, never imports it.
"""

from __future__ import annotations

from functools import cache, lru_cache

from deskcli.domain.intake import patterns
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.named import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from typing import Any


class Parse(NamedTuple):
    """One reading of a word: its lemma (ё written е) and grammemes (NOUN, plur, nomn ...)."""

    lemma: str
    grammemes: frozenset[str]
    known: bool

    def has(self, *grammemes: str) -> bool:
        return all(g in self.grammemes for g in grammemes)


@cache
def _dictionary_path() -> str | None:
    try:
        import pymorphy3_dicts_ru
    except ImportError:  # pragma: no cover - a dependency; pymorphy3 then finds its own
        return None
    return str(pymorphy3_dicts_ru.get_path())


@cache
def _known_words() -> Any:
    from deskcli.domain.intake import known_words

    path = _dictionary_path()
    return None if path is None else known_words.open_known_words(path)


@cache
def _analyzer() -> Any:
    # The dictionary's own package names its path; asked by language, pymorphy3 first scans
    # the entry points of every installed package for it (about 40 ms of each desk open).
    path = _dictionary_path()
    if path is None:  # pragma: no cover - the dictionary is a dependency
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang="ru")
    from deskcli.domain.intake import dictionary

    return dictionary.analyzer(path, _known_words())


def load() -> None:
    """Open the dictionary and load pymorphy3 now (once; every later use finds them loaded)."""
    _known_words()
    _analyzer()


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Parse, ...]:
    """The readings of one folded word, most probable first; () for a word with no Cyrillic.

    A word the dictionary does not know still gets readings guessed from its ending, with
    ``known`` false; obscene coinages are usually such words.
    """
    if not CYRILLIC.search(word):
        return ()
    known_words = _known_words()
    # A capital letter alone may be an initial, which pymorphy3 reads as a name as well
    if known_words is not None and not (len(word) == 1 and word.isupper()) and (
            found := known_words.readings(word.lower())):
        return tuple(Parse(normal.replace("ё", "е"), _grammemes(tag), True) for _, tag, normal, _ in found)
    analyzer = _analyzer()
    known = analyzer.word_is_known(word)
    return tuple(
        Parse(p.normal_form.replace("ё", "е"), frozenset(p.tag.grammemes), known)
        for p in analyzer.parse(word)
    )


@lru_cache(maxsize=1024)
def _grammemes(tag: str) -> frozenset[str]:
    """A tag's text (NOUN,inan,femn sing,gent) as its grammemes, as pymorphy3's tag has them."""
    return frozenset(tag.replace(" ", ",").split(","))


def lemmas(word: str) -> frozenset[str]:
    """Every lemma the word can be a form of (its folded self for non-Cyrillic words)."""
    found = parses(word)
    return frozenset(p.lemma for p in found) if found else frozenset((word,))


def lemma(word: str) -> str:
    """The most probable lemma (the word itself for non-Cyrillic words)."""
    found = parses(word)
    return found[0].lemma if found else word


@lru_cache(maxsize=1024)
def forms(word: str) -> frozenset[str]:
    """Every form (folded) of the word's most probable reading: пидорас -> пидорасы, пидорасов ...;
    the word alone for non-Cyrillic words."""
    if not CYRILLIC.search(word):
        return frozenset((word,))
    found = _analyzer().parse(word)
    return frozenset(f.word.replace("ё", "е") for f in found[0].lexeme) | {word} if found else frozenset((word,))


def is_known(word: str) -> bool:
    """Whether the Russian dictionary lists the word as written."""
    found = parses(word)
    return bool(found) and found[0].known


def can_be(word: str, *grammemes: str) -> bool:
    """Whether some reading of the word has all the grammemes (impr, NOUN plur nomn ...)."""
    return any(p.has(*grammemes) for p in parses(word))


# A word of a message for lemma_text: letters and digits, joined by inner dots, hyphens
# or pluses (reg.ru, 1с:фреш is two words, z-index, c++).
_TOKEN = patterns.compile(r"[^\W_]+(?:[.+\-][^\W_]+)*\+*|\?")
_KEEP_SURFACE = ("PRTF", "PRTS", "GRND", "ADVB", "COMP")


# After its subject (мы перешли, я сделал) a verb that can be in the past is: "перешли" is
# then перейти, not the imperative of переслать that is likelier alone.
_SUBJECT_PRONOUNS = frozenset(("я", "мы", "он", "она", "они"))
# how far before a verb its subject may stand (мы в прошлом месяце перешли: past, not перешли!)
_SUBJECT_REACH = 4


def _lemma_token(
    word: str, subjunctive: bool = False, of_staff: bool = False, after_number: bool = False, after_subject: bool = False,
) -> str:
    if "." in word and CYRILLIC.search(word):
        # Яндекс.Метрики -> яндекс.метрика: each part of a dotted name by its own lemma
        return ".".join(lemma(part) for part in word.split("."))
    found = parses(word)
    if not found:
        return word
    best = found[0]
    if after_subject and best.has("VERB", "impr"):
        best = next((p for p in found if p.has("VERB", "past")), best)
    if after_number and best.has("Abbr"):
        return word  # 120 см is centimetres, not смотреть
    # A participle's dictionary lemma is its verb (встроенный -> встроить), which would
    # lose what the rules look for; keep such words as written.
    token = word if any(g in best.grammemes for g in _KEEP_SURFACE) else best.lemma
    # An imperative of the same verb (обновите), not of a rare homograph (пропали: пропалить)
    # (будем, давайте: "let us" is the writer's own doing, not a request; можете, like
    # сможете: the staff's ability asked about is a request to them)
    # A word the dictionary lacks is an imperative only in the plural, polite form (обновите):
    # its singular guess is a noun or a curse as often (капчи, прокси, бльадь).
    if best.has("VERB") and (best.known or word.endswith("те")) and any(
        p.has("VERB", "impr") and "incl" not in p.grammemes and p.lemma == best.lemma for p in found
    ):
        return f"{token} _impr_"
    if best.lemma == "мочь" and best.has("VERB", "pres", "2per", "plur"):
        return f"{token} _impr_"
    # сделаете?, свяжете его с системой?, поставите сами?: the staff's own doing in the
    # future, said to them, asks them to do it as an imperative does
    if best.has("VERB", "futr", "2per") and best.has("plur"):
        return f"{token} _impr_"
    if best.has("VERB", "past"):
        # чтобы вы сделали, хотелось бы: a wish, not a report of the past
        # нам бы хотелось, чтобы вы перенесли: a wish of what the staff do is a request to them
        if of_staff:
            return f"{token} _impr_"
        return f"{token} _subj_" if subjunctive else f"{token} _past_"
    return token


def lemma_text(text: str) -> str:
    """A folded text as its lemmas joined by spaces, ``?`` kept, and a marker after each
    verb that can be an imperative (``обновить _impr_`` for обновите) or is in the past
    (``перенести _past_`` for перенесли): the form the scope and question rules read."""
    words = _TOKEN.findall(text)
    return " ".join(
        _lemma_token(
            word,
            any(w in ("чтобы", "бы", "б") for w in words[max(0, i - 3) : i]),
            _wished_of_staff(words, i),
            i > 0 and words[i - 1].isdigit(),
            any(w in _SUBJECT_PRONOUNS for w in words[max(0, i - _SUBJECT_REACH) : i]),
        )
        for i, word in enumerate(words)
    )


# Who is wished to do it: вы, or the vendor's people (ваши специалисты, кто-то из вас)
_STAFF_WORDS = frozenset(("вы", "вас", "вами"))
_STAFF_PEOPLE = frozenset((
    "специалист", "сотрудник", "программист", "разработчик", "инженер", "верстальщик", "дизайнер",
    "поддержка", "техподдержка", "ребята", "мастер", "команда", "менеджер", "администратор", "сторона",
))


# A relative clause's head (то, что вы настраивали; правки, которые вы вносили) starts a
# clause of its own: a бы before it does not make its verb a wish.
_RELATIVE = frozenset(("что", "который", "которые", "которую", "которое", "которого", "которых", "которым"))


_WISH_REACH = 8  # how far back чтобы / бы may stand before the verb it wishes


def _wished_of_staff(words: list[str], at: int) -> bool:
    """Whether the verb at `at` follows чтобы / если бы and, between them, the staff as its
    doer (чтобы вы перенесли, если бы кто-то из вас доработал, чтобы ваши специалисты раз
    в месяц обновляли): a wish of what the staff do is a request to them."""
    before = words[max(0, at - _WISH_REACH) : at]
    for back in range(len(before) - 1, -1, -1):
        if before[back] in _RELATIVE:
            return False  # надо бы внести всё то, что вы настраивали: the бы is the main clause's
        if before[back] in ("чтобы", "бы", "б"):
            between = before[back + 1 :]
            # кто-нибудь из ваших зашёл и накатил: one of yours is the staff too
            if any(w in _STAFF_WORDS or w.startswith("ваш") and prior == "из" for prior, w in zip(["", *between], between, strict=False)):
                return True
            return any(w.startswith("ваш") for w in between) and any(lemma(w) in _STAFF_PEOPLE for w in between)
    return False
