"""Russian typed in the letters of another script (SPEC 2.8.3): Greek, Georgian, Armenian or
Hebrew, by a writer whose keyboard has no Cyrillic, or to get a word past a filter (ხუინია,
מודאקי). Each word of those scripts is read aloud into Cyrillic, pairs of letters first, and
what is read goes through the ordinary obscene check.

A word is read so when the message is Russian: its other words are Cyrillic or Russian typed
in Latin letters, or the script's own words read as words of the Russian dictionary (σαϊτ:
сайт). Greek, Georgian, Armenian or Hebrew written as itself reads as no Russian word, and
stays what it is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC

# Each script: its letters' range, pairs read first, then single letters as they sound.
_SCRIPTS = (
    ("\u0370-\u03ff\u1f00-\u1fff",
     (("ου", "у"), ("μπ", "б"), ("ντ", "д"), ("γκ", "г"), ("τσ", "ц"), ("τς", "ц"), ("τζ", "дж")),
     ("αβγδεζηθικλμνξοπρσςτυφχψω", "авгдезитиклмнкопрсстыфхпо")),
    ("\u10d0-\u10ff",
     (("ძ", "дз"), ("ჯ", "дж")),
     ("აბგდევზთიკლმნოპჟრსტუფქღყშჩცწჭხჰ", "абгдевзтиклмнопжрстуфкгкшчццчхх")),
    ("\u0530-\u058f",
     (("ու", "у"), ("ձ", "дз"), ("ջ", "дж"), ("և", "ев")),
     ("աբգդեզէըթժիլխծկհղճմյնշոչպռսվտրցփքօֆ", "абгдезэытжилхцкхгчмйншочпрсвтрцпкоф")),
    ("\u0590-\u05ff",
     (),
     ("אבגדהוזחטיכךלמםנןסעפףצץקרשת", "абгдхузхтикхлммннсапфццкршт")),
)
_OTHER_WORD = patterns.compile("[" + "".join(letters for letters, _, _ in _SCRIPTS) + "]{2,}")
# Read words the Russian dictionary knows that make a message Russian typed in another script
_RUSSIAN_WORDS = 2


@cache
def _tables() -> tuple[tuple[tuple[tuple[str, str], ...], dict[int, str]], ...]:
    return tuple((pairs, str.maketrans(dict(zip(*singles, strict=True)))) for _, pairs, singles in _SCRIPTS)


def aloud(word: str) -> str:
    """A word of Greek, Georgian, Armenian or Hebrew letters read as Russian (σαϊτ: сайт)."""
    plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    for pairs, singles in _tables():
        for pair, letters in pairs:
            plain = plain.replace(pair, letters)
        plain = plain.translate(singles)
    return plain


def other_script_mat(cleaned: str, is_obscene: Callable[[str], bool], russian: bool = False) -> Iterator[tuple[int, str]]:
    """(position, word as written) of each word of another script that is mat read aloud, in a
    message that is Russian (``russian``: typed in Latin letters; or with Cyrillic words) or
    whose words of that script read as Russian ones."""
    found = [(match, aloud(match.group())) for match in _OTHER_WORD.finditer(cleaned)]
    if not found:
        return
    russian = russian or len(CYRILLIC.findall(cleaned)) > len(cleaned) // 4
    if not russian and sum(len(read) > 2 and morphology.is_known(read) for _, read in found) < _RUSSIAN_WORDS:
        return
    for match, read in found:
        if is_obscene(read):
            yield match.start(), match.group()


__all__: Sequence[str] = ("aloud", "other_script_mat")
