"""Normalising: the form in which intake reads a message, disguises undone."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from deskcli.domain.intake import patterns
from deskcli.domain.intake.cyrillic_letters import LETTER_ABOVE, RUSSIAN_NAMES, letters_above
from deskcli.domain.intake.undisguise import undone
from deskcli.domain.intake.wordlists import CYRILLIC, LATIN, data_text, fold

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064"
                                 "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_INVISIBLE[ord("\ufeff")] = None
# variation selectors (the emoji one of a keycap, пи3️⃣дец) and tag characters, which show
# nothing between letters; the blank Braille cell is a space
_INVISIBLE.update({**dict.fromkeys((*range(0xFE00, 0xFE10), *range(0xE0000, 0xE0080))), 0x2800: " "})
# the Hangul fillers, letters that show nothing (х\uffa0у\uffa0й: NFKC makes the halfwidth one U+1160)
_INVISIBLE.update(dict.fromkeys((0x115F, 0x1160, 0x3164, 0xFFA0)))
# and the hyphen of typography (U+2010; the non-breaking U+2011 is one after NFKC) is the hyphen a
# keyboard types, as in уе‑банцы: one table, one pass over the text
_INVISIBLE[0x2010] = "-"
# Single letters strung together with dots, dashes, underscores or pluses: х.у.й, f-u-c-k, м+у+д.
# (an emoji between letters, з👏а👏е👏б, is a star by then: a star after each letter parts them)
_SPELLED_OUT = patterns.compile(r"(?<![^\W\d_])[^\W\d_](?:([.\-_·•+・･‧∙*♪♫♦♠♣∕⁄])[^\W\d_])(?:\1[^\W\d_])+(?![^\W\d_]|\*)")
# … and after a Russian prefix or word start, four or more with dots (недох.у.й.н.я), or three before the word's end (м.у.д.о.звон)
_SPELLED_AFTER_PREFIX = patterns.compile(
    r"(?<![^\W\d_])(?:[а-яёА-ЯЁ]{3,}(?:\.[а-яёА-ЯЁ]){3,}|[а-яёА-ЯЁ](?:\.[а-яёА-ЯЁ]){2,}\.[а-яё]{3,})(?![^\W\d_]|\.[^\W\d_])")
_SPELLING_SIGN = patterns.compile(r"[.\-_·•+・･‧∙*♪♫♦♠♣∕⁄]")
# A word, with masking characters allowed between its letters (п*здец, бл@ть, a$$hole).
# A sentence ends after . ! ? … ; but not after an abbreviation that stands inside one (из доп.
# свойства, т.е., т.к., напр., e.g., i.e.).
SENTENCE_SPLIT = patterns.compile(
    r"(?<=[.!?…;])(?<!\bдоп\.)(?<!\bт\.е\.)(?<!\bт\.к\.)(?<!\bнапр\.)(?<!\be\.g\.)(?<!\bi\.e\.)\s+|\n+", re.IGNORECASE
)
PLAIN_WORD = patterns.compile(r"[^\W_]+")
# A quoted stretch of one line, in any of the quotes Russian and English text use: a name
# («Страхуйка»), a phrase the customer reports, a label. One line, so a quote left open
# cannot swallow the rest of a message.
QUOTED = patterns.compile(r"«[^»\n]*»|“[^”\n]*”|„[^“”\n]*[“”]|\"[^\"\n]*\"")
WORD = patterns.compile(r"(?:[^\W_]|(?<=[^\W_])[*@$€]+(?=[^\W_]))+")
CAMEL_HUMP = patterns.compile(r"(?<=[a-z])(?=[A-Z])")

# Latin letters that pass for Cyrillic ones. Case matters: capital B and H look like В and
# Н, while lowercase b stands for б and n for п in the usual disguises.
LATIN_AS_CYRILLIC = str.maketrans(
    "ABCEHKMOPTXYZabcdehkmnoprtuxyzëË",
    "АВСЕНКМОРТХУЗабсденкмпоргтихузёЁ",
)
_CYRILLIC_AS_LATIN = str.maketrans("аеорсухкмтнАВЕКМНОРСТУХі", "aeopcyxkmthABEKMHOPCTYXi")
# An all-Latin word is read as disguised Cyrillic only if it has a letter English rarely
# needs where a Cyrillic one is meant (xep, cyka, 3aebal); ebb, Eben and Ebro stay English.
DISGUISE_MARK = patterns.compile(r"[xXyY0346@$]")
# Digits and signs that stand in for letters; applied only when that reveals a root.
# 9 stands for я as it does in Russian typed with digits (бл9, ху9), 1 for и (ху1ня) as
# it stands for i in Latin; 3 for з, or for е it mirrors (0ху3ть), tried second.
SIGNS_AS_CYRILLIC = str.maketrans("013469@$€", "оизчбяасе")
_THREE_AS_E = str.maketrans("3", "е")
_LATIN_SIGNS = {"0": "o", "1": "i", "3": "e", "5": "s", "@": "a", "$": "s", "€": "e"}
_SIGNS_AS_LATIN = str.maketrans(_LATIN_SIGNS)
# 4 for a and 7 for t too (b17ch, nigg4h), in a word of three Latin letters or more: 45s is a time
_MORE_SIGNS_AS_LATIN = str.maketrans({**_LATIN_SIGNS, "4": "a", "7": "t"})

# Signs that hide a letter inside a word like an asterisk does (ху№ня, п#здец, х¤йло), beside a letter
# or another sign that hides one (н@#уй).
_HIDING_SIGN = patterns.compile(r"(?<=[^\W\d_]|[*@$€])(?:[#№%■□▪█▓▒░◆★☆♥♦♣♠‽※⁂¤¥¢§¬\ufffd\u2731-\u274b]+|~~+)(?=[^\W\d_]|[*@$€])")
# A bleep put in a word for the letters it hides (ху[бип]ня, е-пииип-анулись), or a smiling
# face (пи:)деть; not a sad one, which "Время:(мин)" would read as): one mask. A letter set in
# quotes inside a word is that letter (пи"з"дец).
_BLEEP = patterns.compile(
    r"(?<=[а-яёА-ЯЁ])(?:\[(?:бип|пи+п|beep|bleep)\]|\((?:бип|пи+п|beep|bleep)\)|-(?:бип|пи+п|beep|bleep)-"
    r"|[:;]-?\))(?=[а-яёА-ЯЁ])",
    re.IGNORECASE,
)
_QUOTED_LETTER = patterns.compile(r"(?<=[а-яёА-ЯЁ])[\"«]([а-яёА-ЯЁ])[\"»](?=[а-яёА-ЯЁ])")
# Backticks set inside a word around some of its letters (пи`зд`юлей): the letters.
_BACKTICKED = patterns.compile(r"(?<=[а-яёА-ЯЁ])`([а-яёА-ЯЁ]+)`(?=[а-яёА-ЯЁ])|(?<=[а-яёА-ЯЁ])`([а-яёА-ЯЁ]+)`|`([а-яёА-ЯЁ]+)`(?=[а-яёА-ЯЁ])")
# Latin letters in parentheses as one character (⒳, which NFKC would spell "(x)"), capitals
# in a black circle or square (🅧, 🆇) and regional indicators (🇽, half of a flag), which NFKC
# leaves as they are: the letter.
_ENCLOSED_LATIN = {0x249C + i: chr(ord("a") + i) for i in range(26)} | {
    first + i: chr(ord("A") + i) for first in (0x1F150, 0x1F170, 0x1F1E6) for i in range(26)
}
# the kappa and curled beta symbols drawn for х and б (ϰуйня, Ёϐаный), which NFKC would make a plain kappa and beta
_ENCLOSED_LATIN |= {0x03F0: "х", 0x03D0: "б"}
# "!" between lower-case Cyrillic letters (or a digit drawn for one: П!3д0) hides one, or stands
# for и it looks like (п!здец, П!здец); a sentence's own "!" has a space or a capital after it.
_HIDING_BANG = patterns.compile(
    r"(?<=[а-яё])!(?=[а-яё])|(?<=[А-ЯЁ])!(?=[А-ЯЁ]{2}|[а-яё]{2})|(?<=[A-Za-z][a-z])!(?=[a-z])|(?<![а-яёА-ЯЁ]{3})(?<=[а-яёА-ЯЁ])!(?=\d[а-яё])"
)
# Between two Cyrillic letters a caret, a plus or an emoji hides one too (бл^дь, бл+дь,
# п🙈здец), and so does a "?" a mail program put for a letter it could not show (гр?бля: one
# word, not "гр" and "бля"), within a word's first letters and before a lower-case one, so
# that a question run on without a space (сделать?Спасибо, дела?всё) still asks; not an
# apostrophe, which stands for ъ (под'езд: under * it would frame пезд).
_HIDING_IN_CYRILLIC = patterns.compile(
    r"(?<=[а-яёА-ЯЁ])(?:[\^+=&]|[\U0001F300-\U0001FAFF])(?=[а-яёА-ЯЁ])|(?<![а-яёА-ЯЁ]{4})(?<=[а-яёА-ЯЁ])\?(?=[а-яё])"
    r"|(?<=[а-яё])…(?=[а-яё])"
)


# Letters drawn with other signs beside Cyrillic ones: Greek look-alikes (Χуета, μудак), two
# brackets for х (}{уйня), the rouble sign for р (пидо₽асы). Only beside a Cyrillic letter, so
# Greek text, code and prices keep their signs.
_DRAWN_PAIRS = {
    "Α": "А", "Β": "В", "Ε": "Е", "Η": "Н", "Κ": "К", "Μ": "М", "Ο": "О", "Ρ": "Р", "Τ": "Т", "Υ": "У", "Χ": "Х",
    "α": "а", "ε": "е", "κ": "к", "μ": "м", "ο": "о", "ρ": "р", "τ": "т", "υ": "у", "χ": "х", "₽": "р",
    # Greek letters for the Russian ones they look or sound like: π for пи (πздец), δ for б
    "π": "пи", "Π": "Пи", "δ": "б", "λ": "л", "Λ": "Л",
    # letters of other Cyrillic alphabets and the old spelling's ѣ read as the Russian letter
    # they sound or look like (напіздели, хұйня, хўйло, уѣбки, нахуј, Дѡлбѡёб, пиѕдец)
    "і": "и", "І": "И", "ї": "и", "є": "е", "Є": "Е", "ў": "у", "Ў": "У", "ұ": "у", "Ұ": "У", "ү": "у",
    "Ү": "У", "һ": "х", "Һ": "Х", "ѣ": "е", "Ѣ": "Е", "ј": "й", "ө": "о", "Ө": "О", "ә": "а",
    "ѡ": "о", "Ѡ": "О", "ѕ": "з", "Ѕ": "З",
    # Latin and other signs drawn for a letter: ʒ for з, ƃ for б, a mirrored R for я, the yen
    # sign for у, the multiplication sign for х
    "ʒ": "з", "Ʒ": "З", "ƃ": "б", "ᴙ": "я", "¥": "у", "×": "х",
    # round 38: u with a diaeresis for у (похüй), crosses for х (❌уйня), the section sign for з,
    # the Georgian letter that looks like у
    "ü": "у", "Ü": "У", "❌": "х", "✖": "х", "✕": "х", "✗": "х", "✘": "х", "☓": "х", "§": "з", "ყ": "у",
    # round 48: o with a diaeresis for the ё it looks like (öбнутые), as ë is
    "ö": "ё", "Ö": "Ё",
}


def _letters_under_marks(codes: Iterable[int], script: str, base: Callable[[str], str | None]) -> dict[str, str]:
    """The letters of a script among ``codes`` that are another letter with a mark, as that
    letter, read from the Unicode name (CYRILLIC SMALL LETTER ZE WITH DESCENDER: з; LATIN SMALL
    LETTER U WITH ACUTE: u); ``base`` reads the letter's own name, None for one not wanted."""
    found = {}
    for code in codes:
        name = unicodedata.name(chr(code), "")
        for case, lead in ((str.lower, f"{script} SMALL LETTER "), (str.upper, f"{script} CAPITAL LETTER ")):
            letter, marked, _ = name.removeprefix(lead).partition(" WITH ")
            if name.startswith(lead) and marked and (under := base(letter)):
                found[chr(code)] = case(under)
    return found


def _marked_letters() -> dict[str, str]:
    """Every Cyrillic letter that is a Russian one with a mark (ӗ, ӳ, ҙ, ӿ, ҳ, қ ...)."""
    return _letters_under_marks((*range(0x400, 0x530), *range(0xA640, 0xA6A0)), "CYRILLIC", RUSSIAN_NAMES.get)


# A word written in Latin small capitals (ᴍᴜᴅᴀᴋɪ ᴠʏ), or in Latin letters with a small capital
# among them (pɪzdec, as NFKC reads the modifier letters of ᵖᶦᶻᵈᵉᶜ): its Latin letters, read as
# any Latin word is; one small capital beside Cyrillic letters is a look-alike (lookalike_letters.txt).
_SMALL_CAPITALS = r"\u0260-\u02af\u1d00-\u1d2b\ua730-\ua7ff"
_SMALL_CAPITAL_WORD = patterns.compile(
    rf"[{_SMALL_CAPITALS}]{{2,}}|(?<![^\W\d_])(?=[a-zA-Z]*[{_SMALL_CAPITALS}])[a-zA-Z{_SMALL_CAPITALS}]{{3,}}(?![^\W\d_])"
)


@cache
def _small_capitals() -> dict[int, str]:
    lead = "LATIN LETTER SMALL CAPITAL "
    codes = (*range(0x260, 0x2B0), *range(0x1D00, 0x1D2C), *range(0xA730, 0xA800))
    names = {chr(code): unicodedata.name(chr(code), "") for code in codes}
    return str.maketrans({c: n[len(lead):].lower() for c, n in names.items() if n.startswith(lead) and len(n) == len(lead) + 1})


@cache
def _lookalike_letters() -> tuple[dict[str, str], dict[str, str]]:
    """lookalike_letters.txt: characters of other alphabets and symbols drawn for a Russian
    letter (Ꭼ, ᴇ, ®, ∂), read once: the usual letter of each, and the other letter of those
    drawn for two (β: в, and б)."""
    usual, other = {}, {}
    for line in data_text("lookalike_letters.txt").splitlines():
        if line and not line.startswith("#"):
            char, letters, *_ = line.split("\t")
            usual[char], *more = letters.split()
            if more:
                other[char] = more[0]
    return usual, other


@cache
def _other_letters() -> dict[int, str]:
    return str.maketrans(_lookalike_letters()[1])


def other_reading(text: str) -> str:
    """The text with each character drawn for two letters read as its other one (βлядство:
    блядство), where the usual reading takes the first (влядство); the text itself if none is."""
    # the table is read only for a message with a character of another script or a sign
    return text.translate(_other_letters()) if _FOREIGN_CHARACTER.search(text) else text


_FOREIGN_CHARACTER = patterns.compile(r"[^\x00-\x7fа-яёА-ЯЁ\s]")


@cache
def _drawn_as_cyrillic() -> dict[int, str]:
    """The signs drawn for a letter, the marked letters and the look-alikes as one table, built
    when a message first has a sign beside a Cyrillic letter, not when the module loads."""
    return str.maketrans(_DRAWN_PAIRS | _marked_letters() | _lookalike_letters()[0])


# two or three signs for one letter: }{ )( >< for х, |/| for и, JI and /\ for л (бJIядь), |3 for б (|3ля)
_DRAWN_WITH_TWO = (("}{", "х"), (")(", "х"), ("><", "х"), ("|/|", "и"), ("|\\/|", "м"), ("JI", "л"), ("/\\", "л"), ("|3", "б"))
# п drawn with an overline or a macron, which NFKC would part into a space and a mark (|‾|издёж)
_DRAWN_PE = patterns.compile(r"\|[\u203e\u00af]\|")
# Letters hidden behind an ellipsis or a censor's word in brackets (пи[...]ец, х[цензура]ня, пи<...>ц): a mask.
_BRACKETED_ELLIPSIS = patterns.compile(r"(?<=[^\W\d_])[\[(<](?:\.{2,4}|…|цензура|censored|мат)[\])>](?=[^\W\d_])", re.IGNORECASE)
# Latin turned upside down (ɔǝpzıd): each letter its turned one, read from the other end, in a
# word with a letter only a turned text uses (ı alone is Turkish).
_TURNED_WORD = patterns.compile(r"(?<![^\W\d_])[a-zıʍ]*[ɐɔǝɟƃɥɾʞɯɹʇʌʎ][a-zɐɔǝɟƃɥıɾʞɯɹʇʌʍʎ]*(?![^\W\d_])")
_TURNED = str.maketrans("ɐqɔpǝɟƃɥıɾʞɯuɹʇnʌʍʎabcdefghijkmrtuvwy", "abcdefghijkmnrtuvwyɐqɔpǝɟƃɥıɾʞɯɹʇnʌʍʎ")
# Any character but ASCII, a Cyrillic letter or a space may be drawn for a letter; the table
# says which are (an expression listing its hundreds of characters cost a millisecond to build)
_DRAWN_SIGN = rf"(?:[^\x00-\x7fа-яёА-ЯЁ\s]|{'|'.join(re.escape(sign) for sign, _ in _DRAWN_WITH_TWO)})"
_DRAWN_IN_CYRILLIC = patterns.compile(rf"{_DRAWN_SIGN}+(?=[а-яёА-ЯЁ])|(?<=[а-яёА-ЯЁ]){_DRAWN_SIGN}+")
# Combining marks of Latin, Cyrillic (the titlo of п҃и҃з҃д҃е҃ц҃) and symbols.
_COMBINING_MARK = patterns.compile(r"[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\ua66f-\ua67d]")
# Letters written as a link's percent-encoding (%D0%BF%D0%B8...+...), with a "+" for a space
# between words (escapes and code pages: undisguise.py); π as 3.14 before a Cyrillic letter
# (3.14здец); a spoiler's bars around a part of a word (му||дак||).
_PERCENT_ENCODED = patterns.compile(r"(?:%[0-9A-Fa-f]{2}){2,}(?:\+(?:%[0-9A-Fa-f]{2})+)*")
_PI_AS_DIGITS = patterns.compile(r"(?<![\d.,])3[.,]14(?=[а-яё])", re.IGNORECASE)
_SPOILER = patterns.compile(r"(?<=[^\W\d_])\|\|([^\W\d_]+)\|\||\|\|([^\W\d_]+)\|\|(?=[^\W\d_])")
_BULLET_IN_WORD = patterns.compile(r"(?<=[^\W\d_])[•●]+(?=[^\W\d_])")
# Markdown's emphasis around a part of a word (пи**зд**обол, ху__й__ня): the letters.
_EMPHASIS_IN_WORD = patterns.compile(
    r"(?<=[^\W\d_])(\*\*|__|~~)([^\W\d_]+)\1|(\*\*|__|~~)([^\W\d_]+)\3(?=[^\W\d_])"
)
# A right-to-left override turns the letters after it around on the screen (‮илеухирп‬ shows
# as прихуели): read them as shown, up to the pop or the line's end.
_OVERRIDDEN = patterns.compile(r"\u202e([^\u202a-\u202e\u2066-\u2069\n]*)")


def clean(text: str) -> str:
    """Undo tricks that change how a word is spelled but not what it says."""
    # what hides letters in encodings (undisguise.py), before NFKC, which spells № as "No"
    text = undone(text)
    text = _PERCENT_ENCODED.sub(_decoded_link, text)
    text = _OVERRIDDEN.sub(lambda m: m.group(1)[::-1], text)
    text = _TURNED_WORD.sub(lambda m: m.group()[::-1].translate(_TURNED), text)
    text = _BRACKETED_ELLIPSIS.sub("...", _DRAWN_PE.sub("п", text))
    text = _EMPHASIS_IN_WORD.sub(lambda m: m.group(2) or m.group(4), text)
    text = _SPOILER.sub(lambda m: m.group(1) or m.group(2), _PI_AS_DIGITS.sub("пи", text))
    text = _HIDING_SIGN.sub(lambda m: "*" * len(m.group()), text)
    text = _QUOTED_LETTER.sub(r"\1", _BLEEP.sub("*", text))
    if "`" in text:
        text = _BACKTICKED.sub(lambda m: m.group(1) or m.group(2) or m.group(3), text)
    # letters strung with pluses are joined before a plus inside a word is read as a mask (бл+дь)
    if "+" in text:
        text = _SPELLED_OUT.sub(lambda m: _SPELLING_SIGN.sub("", m.group()), text)
    text = _HIDING_IN_CYRILLIC.sub("*", _HIDING_BANG.sub("*", text))
    text = unicodedata.normalize("NFKC", text.translate(_ENCLOSED_LATIN)).translate(_INVISIBLE)
    text = _SMALL_CAPITAL_WORD.sub(lambda m: m.group().translate(_small_capitals()), text)
    # a Cyrillic letter drawn above another is a letter of the word (cyrillic_letters.py); then
    # stress marks (ху́йня) go; й and ё are whole letters after NFKC and keep theirs
    if LETTER_ABOVE.search(text):
        text = text.translate(letters_above())
    text = _COMBINING_MARK.sub("", text)
    text = _DRAWN_IN_CYRILLIC.sub(_drawn_letters, text)
    if _MARKED_LATIN.search(text):
        text = text.translate(_plain_latin())
    text = _SPELLED_AFTER_PREFIX.sub(lambda m: m.group().replace(".", ""), text) if "." in text else text
    text = _SPELLED_OUT.sub(lambda m: _SPELLING_SIGN.sub("", m.group()), text)
    # a bullet left inside a word once spelled-out letters are joined hides one (Е•анина)
    return _BULLET_IN_WORD.sub("*", text)


# A Latin letter with a mark (á, ñ, ĥ, ș): Russian typed in Latin by a writer of another language (pishú, Ĥuevo,
# ebașit'), its stress marks and its own letters for ш, ж, ч, ц, and ISO 9's for я, ю and щ (blât', dlâ, ŝuka).
_MARKED_LATIN = patterns.compile(r"[\u00c0-\u02af\u1e00-\u1eff]")
_SPOKEN_AS_TWO = {"Č": "Ch", "č": "ch", "Ć": "Ch", "ć": "ch", "Š": "Sh", "š": "sh", "Ș": "Sh", "ș": "sh", "Ş": "Sh", "ş": "sh",
                  "Ž": "Zh", "ž": "zh", "Ț": "Ts", "ț": "ts", "Ţ": "Ts", "ţ": "ts", "ı": "y", "Ð": "D", "ð": "d",
                  "Â": "Ya", "â": "ya", "Û": "Yu", "û": "yu", "Ŝ": "Shch", "ŝ": "shch"}


@cache
def _plain_latin() -> dict[int, str]:
    """Every Latin letter with a mark as the letter under it, and the marked letters spoken as two."""
    codes = (*range(0xC0, 0x2B0), *range(0x1E00, 0x1F00))
    one_letter = _letters_under_marks(codes, "LATIN", lambda name: name if len(name) == 1 else None)
    return str.maketrans(one_letter | _SPOKEN_AS_TWO)


def _drawn_letters(match: re.Match[str]) -> str:
    drawn = match.group().translate(_drawn_as_cyrillic())
    for sign, letter in _DRAWN_WITH_TWO:
        drawn = drawn.replace(sign, letter)
    return drawn


def _decoded_link(match: re.Match[str]) -> str:
    import urllib.parse  # only for a message that holds percent-encoding: desk open loads no urllib

    try:
        decoded = urllib.parse.unquote_plus(match.group(), errors="strict")
    except UnicodeDecodeError:
        return match.group()
    return decoded if CYRILLIC.search(decoded) else match.group()


def words(text: str) -> Iterator[re.Match[str]]:
    return WORD.finditer(text)


def readings(word: str) -> list[str]:
    """The ways one written word can be read, the most plausible first, folded.

    A word mixing scripts is read in the script most of its letters are in; digits and
    signs are kept as they are here and only tried as letters by the obscenity check.
    """
    has_cyrillic = bool(CYRILLIC.search(word))
    has_latin = bool(LATIN.search(word))
    if has_cyrillic and has_latin:
        cyrillic = word.translate(LATIN_AS_CYRILLIC)
        latin = word.translate(_CYRILLIC_AS_LATIN)
        if len(LATIN.findall(word)) > len(CYRILLIC.findall(word)):
            return [fold(latin), fold(cyrillic)]
        return [fold(cyrillic), fold(latin)]
    return [fold(word)]


def normalize(text: str) -> str:
    """The form in which intake reads a message.

    NFKC, zero-width characters removed, letters spelled out with dots or dashes joined
    (х.у.й), casefolded with ё as е. Latin look-alikes become Cyrillic inside words that
    are mostly Cyrillic (and the reverse), and an all-Latin or digit-disguised word is
    rewritten only when the rewrite reveals an obscene root (xep, cyka, 3аебал), so that
    ordinary English and version numbers pass through unchanged.
    """
    from deskcli.domain.intake.obscene import obscene_lexicon, obscene_readings

    cleaned = clean(text)

    def rewrite(match: re.Match[str]) -> str:
        word = match.group()
        for reading in obscene_readings(word):
            if obscene_lexicon().matches(reading):
                return reading
        return readings(word)[0]

    return fold(WORD.sub(rewrite, cleaned))

# A letter written three times or more is a stretched word (пиииздец, нааахуй).
_STRETCHED = patterns.compile(r"([^\W\d_])\1\1")
_REPEATED = patterns.compile(r"([^\W\d_])\1+")
_STRETCHED_RUN = patterns.compile(r"([^\W\d_])\1\1+")
_ALL_DOUBLED = 3
_DOUBLED_VOWEL = patterns.compile(r"([аиоуыяАИОУЫЯ])\1", re.IGNORECASE)

# One Latin letter among Cyrillic ones, or opening a word if LATIN_AS_CYRILLIC does not read it
# (Nиздец: N for the п its small n stands for)
_STRAY_LATIN = patterns.compile(r"(?:[а-яёА-ЯЁ]+[a-zA-Z]|[DFGIJLNQRSUVWfgijlqsvw])[а-яё]{2,}")
# мvдак: a Latin v among Cyrillic letters drawn for the у it looks like
_V_FOR_U = patterns.compile(r"(?<=[а-яёА-ЯЁ])[vV](?=[а-яёА-ЯЁ])")
_LATIN_LETTER = patterns.compile(r"[a-zA-Z]")


def plain_readings(word: str) -> list[str]:
    """Readings of a word with digits and signs also read as letters (мр@зи, 3аебал), and
    a stretched word with every repeated letter written once (хууууйня)."""
    found = readings(word)
    if _STRETCHED.search(word) or len(_REPEATED.findall(word)) >= _ALL_DOUBLED:
        # хууууйня, ппиизздеецц: each repeated letter once; блиииять: the drawn-out run left out
        found += [_REPEATED.sub(r"\1", reading) for reading in list(found)]
        found += [_STRETCHED_RUN.sub("", reading) for reading in list(found) if _STRETCHED_RUN.search(reading)]
    elif _DOUBLED_VOWEL.search(word):
        # гаандоны, пиидоры: a vowel written twice is drawn out too (not е: длиннее, её)
        found += [_DOUBLED_VOWEL.sub(r"\1", reading) for reading in list(found)]
    if _V_FOR_U.search(word):
        found.append(fold(_V_FOR_U.sub("у", word)))
    if _STRAY_LATIN.fullmatch(word):
        # заQебал: one Latin letter among Cyrillic ones is a letter (by look or sound: Мuдо), noise, or a mask (пиsдец)
        found += [fold(_LATIN_LETTER.sub("", word)), fold(_LATIN_LETTER.sub("*", word)), sounded_reading(word)]

    for reading in list(found):
        signs = SIGNS_AS_CYRILLIC if CYRILLIC.search(reading) else (
            _MORE_SIGNS_AS_LATIN if len(_LATIN_LETTER.findall(reading)) >= 3 else _SIGNS_AS_LATIN)
        if (unsigned := reading.translate(signs)) not in found:
            found.append(unsigned)
        if signs is SIGNS_AS_CYRILLIC and "3" in reading and (mirrored := reading.translate(_THREE_AS_E).translate(signs)) not in found:
            found.append(mirrored)
    return found


# Latin letters read by their sound, as Russian is typed in transliteration (ebanyi, zhopa)
# or with a Latin letter standing for the Cyrillic one it sounds like, not looks like
# (Pиzдец: P for П, z for з), which LATIN_AS_CYRILLIC cannot read.
_SOUNDED_PAIRS = {
    "shch": "щ", "sch": "щ", "zh": "ж", "kh": "х", "ch": "ч", "sh": "ш", "ts": "ц",
    "yo": "ё", "ya": "я", "yu": "ю", "ye": "е", "iy": "ий", "yi": "ый", "iu": "ю", "ia": "я",
}
_SOUNDED_LETTERS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "абцдефгхийклмнопкрстуввхыз")


def sounded_reading(word: str) -> str:
    """A folded word with its Latin letters read as the Cyrillic ones they sound like."""
    pairs = patterns.compile("|".join(sorted(_SOUNDED_PAIRS, key=len, reverse=True)))
    folded = fold(word)
    return pairs.sub(lambda m: _SOUNDED_PAIRS[m.group()], folded).translate(_SOUNDED_LETTERS)
