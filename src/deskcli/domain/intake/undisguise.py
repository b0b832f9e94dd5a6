"""Encodings and signs that hide a word's letters beyond one character's look (SPEC 2.8.3),
undone before the obscenity rule reads a message (``normalising.clean``): a letter written as
an HTML reference (and a space or an invisible sign so written inside a word), a domain's label
in punycode, HTML tags set inside a word, a word broken across a line with a hyphen, letters in
brackets, code points written as escapes, letters named or spelled by names, UTF-8 read as
Windows-1252, ROT13 or a shift cipher the message says it uses, and the middle finger shown as
an emoji. What the other rules read (``span.readable``) keeps the text as written."""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Iterator
from functools import partial

from deskcli.domain.intake import patterns
from deskcli.domain.intake.wordlists import CYRILLIC, LATIN, fold

# A domain name's label in punycode (xn--...), which hides the Cyrillic of a name like any encoding.
_PUNYCODE = patterns.compile(r"(?<![\w-])xn--([a-z0-9-]+)", re.IGNORECASE)
# An HTML tag set inside a word around some of its letters (х<span>у</span>йня), or an empty
# inline element pasted into it (мудо<span></span>звоны; not </p><p>, which parts paragraphs);
# and what a mail program or an editor leaves inside a word: an inline image's placeholder
# ([cid:image001.png@01DA…]) or a footnote's mark ([2]).
_INLINE_TAG = r"</?(?:b|i|u|s|em|strong|span|font|a|sup|sub|small|mark|ins|del)>"
_TAG_IN_WORD = patterns.compile(
    rf"(?<=[^\W\d_])(?:</?[a-z][a-z0-9]{{0,9}}>|(?:{_INLINE_TAG}){{2,}}|\[cid:[^\]\s]{{1,80}}\]|\[\d{{1,2}}\])(?=[^\W\d_])",
    re.IGNORECASE,
)
# A word broken across a line with a hyphen (пиз-⏎дец), as a typesetter breaks it.
_BROKEN_WORD = patterns.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
# ROT13 said to be used (ROT13, чтобы фильтр не съел): its Latin words, as the writer meant them.
_ROT13 = patterns.compile(r"(?<![^\W_])rot-?13(?![^\W_])", re.IGNORECASE)
_LATIN_WORD = patterns.compile(r"(?<![^\W\d_])[A-Za-z]{3,}(?![^\W\d_])")
# A letter written as an HTML reference, numeric (&#1093;уйня) or named (&khcy;уйня): the letter;
# one for a space or an invisible sign inside a word (пиз&shy;дёж, пиз&nbsp;дёж): nothing.
_LETTER_REFERENCE = patterns.compile(r"&#(\d{2,7});|&#[xX]([0-9a-fA-F]{2,6});|&([A-Za-z]{2,8});")
_NO_LETTER = frozenset(("\u00ad", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060"))
# A letter in brackets, one after another ([П][и][з][д][е][ц]): the word they spell.
_BRACKETED_LETTERS = patterns.compile(r"(?:\[[^\W\d_]\]){3,}|(?:\([^\W\d_]\)){3,}")
# Code points written as JavaScript escapes (\u0445\u0443\u0439, \u{445}), one or more, or as CSS
# escapes (\445\443\439), three or more: their letters.
_ESCAPE = r"\\u([0-9a-fA-F]{4})|\\u\{([0-9a-fA-F]{2,6})\}|\\([0-9a-fA-F]{2,6})\s?"
_ESCAPES = patterns.compile(rf"(?:\\u[0-9a-fA-F]{{4}}|\\u\{{[0-9a-fA-F]{{2,6}}\}})+|(?:{_ESCAPE}){{3,}}")
_ONE_ESCAPE = patterns.compile(_ESCAPE)
# UTF-8 bytes as C and git write them, in octal (\321\205\321\203…), and letters typed by their
# DOS code page numbers (Alt+227 Alt+165 …, code page 866), three or more: their letters.
_OCTAL_BYTES = patterns.compile(r"(?:\\[0-7]{3}){4,}")
_ALT_CODES = patterns.compile(r"(?<!\w)(?:Alt\+\d{2,3}[ ,]{0,2}){2,}Alt\+\d{2,3}(?!\d)", re.IGNORECASE)


def _bytes_read(run: re.Match[str], numbers: str, base: int, code_page: str) -> str:
    try:
        return bytes(int(n, base) for n in re.findall(numbers, run.group())).decode(code_page)
    except (UnicodeDecodeError, ValueError):
        return run.group()


# Code points in Unicode's own notation, three or more (U+0445 U+0443 U+0439): their letters.
_CODE_POINTS = patterns.compile(r"(?<![\w+])(?:U\+[0-9A-Fa-f]{4,5}[ ,;]{1,2}){2,}U\+[0-9A-Fa-f]{4,5}(?![\w+])")
_ONE_CODE_POINT = patterns.compile(r"U\+([0-9A-Fa-f]{4,5})")
# A word spelled by its letters' names with hyphens (эм-у-дэ-а-ки): the letters; a part that
# names no letter (ки) stays as it is.
_NAMED_LETTERS = patterns.compile(r"(?<![\w-])[а-яё]{1,3}(?:-[а-яё]{1,3}){2,}(?![\w-])", re.IGNORECASE)
_LETTER_NAMES = dict(
    pair.split(":") for pair in
    "бэ:б бе:б вэ:в ве:в гэ:г ге:г дэ:д де:д жэ:ж же:ж зэ:з зе:з ка:к эль:л эл:л эм:м эн:н пэ:п пе:п эр:р эс:с "
    "тэ:т те:т эф:ф ха:х цэ:ц це:ц че:ч ша:ш ща:щ".split()
)
# Words spelled letter by letter as a telephone alphabet does (Павел-Иван-Зинаида-…): their initials.
_BY_NAMES = patterns.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+){3,}(?![\w-])")


def _shown_as(code_page: str, least: int) -> re.Pattern[str]:
    """UTF-8 Cyrillic shown in a one-byte code page: each letter's lead byte (D0 or D1) and its
    tail (80-BF) as the page shows them, ``least`` letters in a row or more, words of them one
    space apart; a byte the page leaves undefined shows as itself."""

    def shown(byte: int) -> str:
        try:
            return bytes((byte,)).decode(code_page)
        except UnicodeDecodeError:
            return chr(byte)

    pair = f"[{re.escape(shown(0xD0) + shown(0xD1))}][{re.escape(''.join(map(shown, range(0x80, 0xC0))))}]"
    return patterns.compile(rf"(?:{pair}){{{least},}}(?:\s(?:{pair})+)*")


# UTF-8 read as Windows-1251 (РџРѕР»РЅС‹Р№; three letters, as Р« and С… stand in plain Russian
# text) or as Windows-1252 (Ð¿Ð¸Ð·Ð´ÐµÑ†): put back.
_MISREAD = (("cp1251", _shown_as("cp1251", 3)), ("cp1252", _shown_as("cp1252", 2)))
# A hyphen for the letter after a word's first х, п or б (х-йня, п-здец): one mask; not after е
# or и, where it makes е-мейл and и-мейл.
_HYPHEN_FOR_A_LETTER = patterns.compile(r"(?<![^\W\d_])([хпбХПБ])-(?=[а-яё]{2,}(?![^\W\d_-]))")
# A quotation mark inside a word («пиз»дец) or a backslash escaping a mask (бл\*\*ь): neither is a letter.
_QUOTE_IN_WORD = patterns.compile(r"(?<=[а-яёА-ЯЁ])[«»\"„“”](?=[а-яёА-ЯЁ])|\\(?=\*)")
# The hyphenation point set between a word's syllables (пиз‧дю‧ли): no letter, nothing hidden.
_SYLLABLE_POINT = patterns.compile(r"(?<=[^\W\d_])‧(?=[^\W\d_])")
# A shift cipher said to be used (сдвигом на одну букву, Caesar): its words shifted back as well.
_SHIFT = patterns.compile(
    r"(?<![^\W_])(?:сдвиг\w*\s+на\s+(?:одну|две|три|[123])\s+букв\w*|шифр\w*\s+цезар\w*|caesar|shift(?:ed)?\s+by\s+(?:one|two|three|[123])\s+letters?)"
    r"(?![^\W_])", re.IGNORECASE)
_CYRILLIC_WORD = patterns.compile(r"(?<![^\W\d_])[а-я]{4,}(?![^\W\d_])")
ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
_SHIFTS = (1, 2, 3)


def _unpunycoded(label: re.Match[str]) -> str:
    try:
        return label.group(1).encode("ascii").decode("punycode")
    except UnicodeError:
        return label.group()


def _referenced_letter(match: re.Match[str]) -> str:
    if match.group(3):
        from html.entities import html5  # only for a message that holds a named reference

        letter = html5.get(match.group(3) + ";", "")
    else:
        code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
        letter = chr(code) if code <= sys.maxunicode else ""
    text, start, end = match.string, match.start(), match.end()
    if letter in _NO_LETTER and text[start - 1 : start].isalpha() and text[end : end + 1].isalpha():
        return ""
    if match.group(3):
        return letter if len(letter) == 1 and CYRILLIC.match(letter) else match.group()
    return letter if letter.isalpha() else match.group()


def _unescaped(run: re.Match[str], one: re.Pattern[str] = _ONE_ESCAPE) -> str:
    codes = [int("".join(found), 16) for found in one.findall(run.group())]
    letters = "".join(chr(code) for code in codes if code <= sys.maxunicode)
    return letters if letters.isalpha() else run.group()


def _named(word: re.Match[str]) -> str:
    parts = word.group().lower().split("-")
    if sum(part in _LETTER_NAMES for part in parts) < 2:
        return word.group()
    return "".join(_LETTER_NAMES.get(part, part) for part in parts)


def _read_back(run: re.Match[str], code_page: str) -> str:
    for codec in (code_page, "latin-1"):  # a byte the page leaves undefined was shown as itself
        try:
            return run.group().encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return run.group()


def _shifted_back(text: str) -> str:
    """The message's Cyrillic words shifted back along the alphabet by one to three letters."""
    shifted = []
    for by in _SHIFTS:
        table = str.maketrans(ALPHABET, ALPHABET[-by:] + ALPHABET[:-by])
        shifted += [word.translate(table) for word in _CYRILLIC_WORD.findall(text.lower())]
    return " ".join(shifted)


def undone(text: str) -> str:
    """``text`` with those encodings undone; most messages hold none and pass as they are."""
    if "&" in text:
        text = _LETTER_REFERENCE.sub(_referenced_letter, text)
    if "[" in text or "(" in text:
        text = _BRACKETED_LETTERS.sub(lambda m: m.group()[1::3], text)
    if "\\" in text:
        text = _OCTAL_BYTES.sub(partial(_bytes_read, numbers=r"[0-7]{3}", base=8, code_page="utf-8"), text)
        text = _ESCAPES.sub(_unescaped, text)
    if "+" in text:
        text = _ALT_CODES.sub(partial(_bytes_read, numbers=r"\d+", base=10, code_page="cp866"), text)
    if "U+" in text:
        text = _CODE_POINTS.sub(partial(_unescaped, one=_ONE_CODE_POINT), text)
    if "-" in text:
        text = _BY_NAMES.sub(lambda m: "".join(name[0] for name in m.group().split("-")), _NAMED_LETTERS.sub(_named, text))
    for code_page, shown in _MISREAD:
        text = shown.sub(partial(_read_back, code_page=code_page), text)
    # signs inside a word that hide or split its letters
    text = _SYLLABLE_POINT.sub("", _HYPHEN_FOR_A_LETTER.sub(r"\1*", _QUOTE_IN_WORD.sub("", text)))
    if _SHIFT.search(text):
        text = f"{text}\n{_shifted_back(text)}"
    if "xn--" in text.lower():
        text = _PUNYCODE.sub(_unpunycoded, text)
    if "<" in text or "[" in text:
        text = _TAG_IN_WORD.sub("", text)
    if "-" in text:
        text = _BROKEN_WORD.sub("", text)
    if _ROT13.search(text) and CYRILLIC.search(text):  # Russian written in Latin, then rotated
        import codecs  # only for a message that says it is written so

        text = _LATIN_WORD.sub(lambda m: m.group() if _ROT13.fullmatch(m.group()) else codecs.decode(m.group(), "rot13"), text)
    # the middle finger shown (🖕) says what it says
    return text.replace("\U0001f595", " fuck you ")


# Each asterisk is tried with every letter of the roots, so the work grows as 30**n; two
# cover б**дь, f**k and на**я, and keep a message full of asterisks cheap.
_MAX_MASKED_LETTERS = 2


def unmasked(word: str, alphabet: str) -> Iterator[str]:
    """Every way to fill the asterisks of a masked word (п*здец, f**k) with one letter each."""
    pieces = re.split(r"\*", word)
    if len(pieces) - 1 > _MAX_MASKED_LETTERS:
        return
    for letters in itertools.product(alphabet, repeat=len(pieces) - 1):
        filled = (piece + letter for piece, letter in zip(pieces, letters, strict=False))
        yield "".join(filled) + pieces[-1]


# a digit after each letter (е1б2а3н4у5т6ы)
_COUNTED_LETTERS = patterns.compile(r"(?:[а-яё]\d){3,}[а-яё]?")
# е written as heard before б or п, or п for б, where the mat stem goes on after it (ебан-, ебат-,
# ебац-, ебал-, ебну-, ебон-; not ибупрофен, ипотечник), in a word of five letters or more written
# in lower case or capitals (Ипанема, Ибатуллин are names; Ибэй is eBay); with a capital, only
# where it reads as a mat word whole (Ибало своё закройте)
_HEARD = patterns.compile(r"(?:йе|[иїё])[бп](?=ан|ат|ац|ал|ну|он)|еп(?=ан|ат|ац|ал)")
_HEARD_LETTERS = 5
# a word this long at least may have two letters swapped (Пзидец), if it has the letters of the
# Cyrillic roots mat in any word (пизд, пызд)
_SWAPPED_LETTERS = 5
_ROOT_LETTERS = frozenset("пзд")
_LONGEST_WORD = 30


def heard_or_counted(word: str, readings: list[str], whole_mat: Callable[[str], bool]) -> list[str]:
    """More readings of a word: mat written as heard (ипануцца, наибали, выибоны, наїбнулось: е as
    и, ї, йе or ё before б or п, and п for б) where the dictionary does not know the reading, and
    the letters of a word with a digit after each (е1б2а3н4у), and a word begun or ended in Latin
    transliteration read as the Russian it spells (Mudoболтуны). ``whole_mat``: whether a reading
    is a mat word whole, which a capitalised word must be."""
    found = []
    cased = word.islower() or word.isupper() or word.istitle()
    if len(word) >= _HEARD_LETTERS and cased and _HEARD.search(fold(word)) and not LATIN.search(word):
        from deskcli.domain.intake import morphology  # not at import: normalising, which replies load, imports this

        heard = [_HEARD.sub("еб", r, count=1) for r in readings if _HEARD.search(r) and not morphology.is_known(r)]
        found += [r for r in heard if not word.istitle() or whole_mat(r)]
    return found + [r[::2] for r in readings if _COUNTED_LETTERS.fullmatch(r)] + _latin_half(word)


# A word begun or ended in Latin transliteration and finished in Cyrillic (Mudoболтуны,
# pizdаболы): the Latin letters read as the Russian ones they spell, two letters at least.
_LATIN_HALF = patterns.compile(r"(?<=[а-яё])[a-z]{2,}|[a-z]{2,}(?=[а-яё])")
_SPELLED = (("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
            ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("x", "кс"))
_LETTER = str.maketrans("abvgdezijklmnoprstufhcyw", "абвгдезийклмнопрстуфхцыв")


def _latin_half(word: str) -> list[str]:
    folded = fold(word)
    if not _LATIN_HALF.search(folded):
        return []

    def spelled(match: re.Match[str]) -> str:
        latin = match.group()
        for pair, letter in _SPELLED:
            latin = latin.replace(pair, letter)
        return latin.translate(_LETTER)

    return [_LATIN_HALF.sub(spelled, folded)]


def swapped(readings: list[str], mat_anywhere: Callable[[str], bool], mat_lemma: Callable[[str], bool]) -> list[str]:
    """Readings with two neighbouring letters put back in order where that makes a mat word whole
    with a root mat in any word (Пзидец, пизедц: пиздец), of words the dictionary does not know; a
    word it merely holds the root in (пидзак, Пидзамче) is no such word."""
    found = []
    for reading in readings:
        if not _SWAPPED_LETTERS <= len(reading) <= _LONGEST_WORD or not _ROOT_LETTERS <= set(reading) or mat_anywhere(reading):
            continue
        from deskcli.domain.intake import morphology  # not at import: normalising, which replies load, imports this

        if morphology.is_known(reading):
            continue
        found += [put for i in range(len(reading) - 1) if reading[i] in _ROOT_LETTERS or reading[i + 1] in _ROOT_LETTERS
                  if mat_anywhere(put := reading[:i] + reading[i + 1] + reading[i] + reading[i + 2 :]) and mat_lemma(put)][:1]
    return found


# A hard sign stands only after a prefix, before е, ё, ю or я (подъезд, объявление): one before
# another letter, or two in a word, is filler (Бъляъдъ).
_FILLER_HARD_SIGN = patterns.compile(r"ъ(?![еёюя])|ъ.*ъ")


# A soft sign between two consonants where the word is said softer than it is spelled (пизьдёж):
# dropped in a word the dictionary does not know (письмо, деньги keep theirs), nor innocent_words.txt
# (Хуигальпы).
_SOUNDED_SOFT_SIGN = patterns.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])ь(?=[бвгджзклмнпрстфхцчшщ])")


def filler_signs_dropped(readings: list[str], innocent: Callable[[str], bool]) -> list[str]:
    """Readings without the hard signs strewn in a word as filler (Бъляъдъ: блядь), and without a
    soft sign put in for the sound (пизьдёж: пиздёж) in a word not ``innocent``."""
    found = [r.replace("ъ", "") for r in readings if "ъ" in r and _FILLER_HARD_SIGN.search(r)]
    sounded = [r for r in readings if "ь" in r and _SOUNDED_SOFT_SIGN.search(r) and not innocent(r)]
    if sounded:
        from deskcli.domain.intake import morphology  # not at import: normalising, which replies load, imports this

        found += [_SOUNDED_SOFT_SIGN.sub("", r) for r in sounded if not morphology.is_known(r)]
    return found

