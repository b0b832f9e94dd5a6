"""Names, numbers and stems however they are written, for repeat detection (SPEC 2.8.5): Озон
and Ozon, СДЭК and CDEK, Казахстан and Kazakhstan name one thing; 3, три and трёх one number;
индексация and индексировать share a root, платный and бесплатный are opposites."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from deskcli.domain.intake.repeat_terms import Term

# Units a figure is written with (2 МБ, 800 px, 5 кг, 30 сек): part of the figure, no name of
# their own; currencies are kinds of their own (repeat_terms.txt).
UNITS = frozenset((
    "кб", "мб", "гб", "тб", "kb", "mb", "gb", "tb", "кбайт", "мбайт", "гбайт", "px", "пикс", "пикселей", "пикселя",
    "мм", "см", "м", "км", "mm", "cm", "km", "г", "гр", "кг", "g", "kg", "сек", "мин", "ч", "sec", "min", "ms",
    "мс", "%", "шт", "pcs",
))

# Cyrillic written in Latin letters, to tell that Озон and Ozon, Сбер and Sber name one thing.
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
# Spellings that differ between transliterations (Яндекс / Yandex, Tinkoff / Тинькофф,
# Excel / Эксель: x is ks).
# A Latin c reads s before e, i, y and most consonants (CDEK / СДЭК), k elsewhere
# (Calltouch / Коллтач); ch is ч; kh is х (Kazakhstan / Казахстан).
_LATIN_SKELETON = (
    ("x", "ks"), ("ck", "k"), ("wh", "v"), ("ff", "f"), ("w", "v"), ("ch", "ч"), ("kh", "h"), ("c", "k"), ("y", "i"),
    ("j", "i"),
)
_DOUBLED = patterns.compile(r"(.)\1+")
_SOFT_C = patterns.compile(r"c(?=[eiybdfgjlmnpqrstvwxz])")


def name_skeleton(word: str) -> str:
    """A name written in Latin letters and spelling variants merged: озон and ozon -> ozon."""
    latin = _SOFT_C.sub("s", word.translate(_TRANSLIT))
    for written, merged in _LATIN_SKELETON:
        latin = latin.replace(written, merged)
    # doubled letters come and go between spellings: Excel / Эксель, Calltouch / Колтач
    return _DOUBLED.sub(r"\1", latin)


# Numerals as the number they name (трёх -> три -> 3, twice -> 2); ordinals stay apart.
_NUMERALS = {
    word: str(value)
    for value, words in enumerate(
        ("ноль zero", "один one once", "два две two twice", "три three thrice", "четыре four", "пять five",
         "шесть six", "семь seven", "восемь eight", "девять nine", "десять ten", "одиннадцать eleven",
         "двенадцать twelve", "тринадцать thirteen", "четырнадцать fourteen", "пятнадцать fifteen",
         "шестнадцать sixteen", "семнадцать seventeen", "восемнадцать eighteen", "девятнадцать nineteen"),
    )
    for word in words.split()
} | {
    word: str(value)
    for value, words in (
        (20, "двадцать twenty"), (30, "тридцать thirty"), (40, "сорок forty"), (50, "пятьдесят fifty"),
        (60, "шестьдесят sixty"), (70, "семьдесят seventy"), (80, "восемьдесят eighty"), (90, "девяносто ninety"),
        (100, "сто hundred"), (200, "двести"), (300, "триста"), (400, "четыреста"), (500, "пятьсот"), (600, "шестьсот"),
        (700, "семьсот"), (800, "восемьсот"), (900, "девятьсот"), (1000, "тысяча thousand"),
    )
    for word in words.split()
}


def number_named(word: str, lemma: str) -> str:
    """The number a word (with its lemma) names, written in digits, or ""."""
    if word.isdigit():
        return str(int(word))
    return _NUMERALS.get(lemma, "") or _NUMERALS.get(word, "")


# Case endings a Russian speaker puts on a foreign name (в Экселе, через Юкассу, на Озоне).
_CASE_ENDINGS = ("ами", "ями", "ах", "ях", "ом", "ем", "ой", "ей", "е", "а", "у", "ы", "и", "ю", "я")


def inflected_name(folded: str) -> tuple[str, ...]:
    """A Cyrillic name the dictionary cannot read as a noun, without its case ending
    (экселе -> эксел, which meets Excel), when the rest keeps four letters."""
    if not folded.isalpha() or folded.isascii() or any(p.has("NOUN") for p in morphology.parses(folded)):
        return ()
    return tuple(folded[: -len(e)] for e in _CASE_ENDINGS if folded.endswith(e) and len(folded) - len(e) >= 4)[:1]


def said_again(terms: Sequence[Term], used: set[int]) -> set[int]:
    """The unpaired names that repeat a paired one by its name (Маркета / Маркету)."""
    named = {c for i in used for c in terms[i].concepts if c.startswith("name:")}
    return {i for i, t in enumerate(terms) if i not in used and t.kind == "entity" and t.concepts & named}


def unpaired_numbers(terms: Sequence[Term], used: set[int]) -> set[str]:
    """The numbers the unpaired terms name, however written (три, 3); not one, which often
    only says "a" (одной группы, one of the sites)."""
    return {c for i, t in enumerate(terms) if i not in used for c in t.concepts if c.startswith("number:") and c != "number:1"}


# Near spellings of one stem (языковой / язык, индексация / индексировать).
@lru_cache(maxsize=16384)
def trigrams(word: str) -> frozenset[str]:
    padded = f"#{word}#"
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def shared_root(a: str, b: str) -> bool:
    """Stems that part only after a long shared beginning: six letters or more, and at
    least three quarters of the shorter (индексац / индексир, not перенос / перенаправ)."""
    shared = len(os.path.commonprefix((a, b)))
    return shared >= 6 and shared >= 0.75 * min(len(a), len(b))


# Verb prefixes: a stem that only adds one of them is another action (выгрузк / грузк).
_VERB_PREFIXES = ("пере", "под", "при", "раз", "рас", "вы", "за", "от", "на", "по", "до", "об", "вз", "с", "у", "в", "о")


def compound_of(a: str, b: str) -> bool:
    """A compound and its last part (техподдержк / поддержк, webhook / hook): the longer
    ends in the shorter, five letters or more, behind a first part that is no verb prefix."""
    short, long = sorted((a, b), key=len)
    head = long[: len(long) - len(short)]
    return len(short) >= 5 and long.endswith(short) and len(head) >= 2 and head not in _VERB_PREFIXES


# Prefixes that turn a word into its opposite: платный / бесплатный, видимый / невидимый.
_NEGATING = ("без", "бес", "не", "non", "un", "dis")


def negation_of(a: str, b: str) -> bool:
    return len(b) >= 4 and a.endswith(b) and a[: len(a) - len(b)] in _NEGATING


def joined_number(first: int, then: int) -> int:
    """The number two numerals in a row name (пять тысяч: 5000, двадцать пять: 25), or 0."""
    if then == 1000 and first < 1000:
        return first * 1000
    if first >= 20 and first % 10 == 0 and first < 100 and 0 < then < 10 or first >= 100 and first % 100 == 0 and 0 < then < 100:
        return first + then
    return 0
