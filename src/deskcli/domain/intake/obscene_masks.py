"""Obscene words spelled so as to slip past a word list: letters spaced out (х у й), hidden
behind dots or asterisks (х..ня, ох.уеть, б***ь), or cut with hyphens (ху-и-та). Each
reading found is judged by ``obscene.is_obscene_word`` like any other word."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC, words
from deskcli.domain.intake.obscene import carries_root, is_obscene_word, obscene_lexicon
from deskcli.domain.intake.obscene_english import english_word
from deskcli.domain.intake.undisguise import ALPHABET, unmasked
from deskcli.domain.intake.wordlists import fold


# What may stand between spelled-out letters, the same all along the run (х у й, п~и~д~о~р, б/л/я,
# м,у,д,а,к, е:б:а:т:ь, у;ё;б;о;к, П—И—З—Д—А, Х / У / Й, Б!Л!Я, з'а'е'б, or a letter a line)
_SPELLING_GAPS = frozenset((" ", "~", "/", "_", "|", "\\", ",", ":", ";", "—", "–", " / ", " | ", " — ", "\n", "!", "'", "’"))


def _cut_once(gap: str, first_gap: str) -> bool:
    """A run spaced by single spaces and cut by a line's end or a sign between spaces (Х У / Е Т Е Н Ь;
    such a gap stands in `_SPELLING_GAPS`): still one run."""
    return first_gap == " " and gap in ("\n", " / ", " | ", " — ")


_LONGEST_SPELLED = 40


def spelled_with_spaces(text: str) -> Iterator[tuple[int, str]]:
    """Runs of single letters separated by single spaces, or one other sign all along, that
    spell a root (х у й, п~и~д~о~р~ы, б/л/я/д/с/к/и/й)."""
    run: list[re.Match[str]] = []
    before: re.Match[str] | None = None  # the word before the run
    previous: re.Match[str] | None = None  # and before this one
    for match in itertools.chain(words(text), [None]):
        single = match if match is not None and len(match.group()) == 1 and match.group().isalpha() else None
        gap = text[run[-1].end() : single.start()] if single is not None and run else ""
        first_gap = text[run[0].end() : run[1].start()] if len(run) > 1 else gap
        if single is not None and (gap in _SPELLING_GAPS or _one_sign(gap)) and (gap == first_gap or _cut_once(gap, first_gap)):
            run.append(single)
            previous = match
            continue
        # the run ends at a word, a comma or the text's end (Х У Й Н Я, а ...): read it, and with
        # a word of two letters a space before it as its start (Му д о л и с т и н г)
        head = [before] if before is not None and len(before.group()) == 2 and text[before.end() : run[0].start()] == " " else []
        for found in (run, [*head, *run]) if len(run) >= 2 and head else (run,):
            # (a run longer than any word is no word: 20,000 spaced letters once overflowed the dictionary's recursion)
            if 3 <= len(found) <= _LONGEST_SPELLED and is_obscene_word("".join(m.group() for m in found)):
                yield found[0].start(), text[found[0].start() : run[-1].end()]
                break
        run, before, previous = ([single], previous, match) if single is not None else ([], None, match)


# Letters hidden behind dots (х..ня, п...ц, на…й) or behind more asterisks than are worth
# filling one by one (б***ь): a short start, two to four dots, an ellipsis, three to six
# asterisks or two to four dashes (f--king), a short end. The visible ends must frame an
# obscene lemma, which keeps a word that a mail filter cut in the middle (ко***ие) out.
_DOTTED = patterns.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})(?:\.{2,4}|…|\*{3,6}|-{2,4})([^\W\d_]{1,4})(?![^\W\d_*])")
# One letter hidden behind one dot inside a word (ох.уеть), or a word cut by one (му.даки):
# lower case after the dot and no dot on either side (a full stop may end the sentence), so
# initials before a surname (Е.Борисов) and abbreviations (т.е.) are no mask; the word read
# with the dot as an asterisk, or without it, must be obscene.
# A Latin letter may stand in a Cyrillic word on either side (спиz.дить), read by its sound.
# An underscore or one asterisk inside a word does the same (пи_зда, бл*дь, пи*дец).
_ONE_DOT = patterns.compile(
    r"(?<![\w.*])(?:([а-яёА-ЯЁa-zA-Z]{1,4})(?:\.|_|\*)([а-яёa-z]{2,8})|([а-яёА-ЯЁ]{3,4})\*([а-яё]))(?![\w*]|\.\w)"
)
# A word cut into short pieces with hyphens (ху-и-та, бл-я-ть, УБЛЮ-ДКИ; in Cyrillic the last may
# have up to six letters: уе-банцы, not Hex-heads), or with dots into
# pieces the first of which has two letters or more and the last up to eight (ЗАЕ.БА.ЛИ,
# ХУ.Е.СО.СЫ, по.ху.ячили, отъ.ё.бываться; a word that starts with one letter between dots is initials:
# Е.Б.Иванов).
_HYPHENATED = patterns.compile(r"(?<![^\W\d_-])[^\W\d_]{1,4}(?:-[^\W\d_]{1,4})+(?![^\W\d_-])")
_HYPHENATED_LONG_END = patterns.compile(r"(?<![^\W\d_-])[а-яёА-ЯЁ]{1,4}(?:-[а-яёА-ЯЁ]{1,4})*-[а-яёА-ЯЁ]{5,6}(?![^\W\d_-])")
_DOT_CUT = patterns.compile(r"(?<![\w.])[а-яёА-ЯЁ]{2,4}(?:\.[а-яёА-ЯЁ]{1,4})+\.[а-яёА-ЯЁ]{1,8}(?![\w]|\.\w)")
# Letters put in brackets inside a word (пи(зд)а, [ху]йня, пи<з>деть): the brackets are a mask
_BRACKETED = patterns.compile(
    r"(?<![\w(\[<{])[а-яёА-ЯЁ]{0,4}[(\[<{][а-яёА-ЯЁ]{1,4}[)\]>}][а-яёА-ЯЁ]{0,6}(?![\w)\]>}])"
)
# Cut by slashes into short Cyrillic pieces (пи/з/деть); S/M/L and 1/2/3 are no words
_SLASH_CUT = patterns.compile(r"(?<![\w/])[а-яёА-ЯЁ]{1,4}(?:/[а-яёА-ЯЁ]{1,4}){2,}(?![\w/])")
# Cut by underscores (Пи_зд_ец, ХУ_ЕС_ОСЫ): Cyrillic pieces only, so shop_items stays a name
_UNDERSCORE_CUT = patterns.compile(r"(?<!\w)[а-яёА-ЯЁ]{1,4}(?:_[а-яёА-ЯЁ]{1,4})+(?!\w)")
# Cut by any other sign, the same one at every cut (За~е~ба~ли, Пи。зд。ец, Пи*зд*ец, ху·йня,
# Ху—ёвина): Cyrillic pieces only, so 2+2=4 and a—b stay what they are
_SIGNS = "~。·•*—–+=^|¦"
_SIGN_CUT = patterns.compile(
    rf"(?<![\w{_SIGNS}])[а-яёА-ЯЁ]{{1,5}}([{_SIGNS}])(?:[а-яёА-ЯЁ]{{1,6}}\1)*[а-яёА-ЯЁ]{{1,6}}(?![\w{_SIGNS}])"
)
# Letters of an English vulgar word dropped behind an apostrophe (a'hole, mf'ers); don't and
# o'clock joined are no mat
_ELIDED = patterns.compile(r"(?<![\w'’])[a-zA-Z]{1,4}['’][a-zA-Z]{2,5}(?![\w'’])")
# A Latin start hyphened to a Cyrillic word (hue-лыжник): the start read as the mat it spells
_LATIN_HEAD = patterns.compile(r"(?<![^\W\d_-])[a-zA-Z]{2,5}-[а-яёА-ЯЁ]{2,12}(?![^\W\d_-])")
def _latin_head_alone(word: str) -> bool:
    """Whether the Latin start says what it is alone: mat found as it stands (pizdo-), or an
    English word hyphened to a thing, a brand or a kind (hue-лампы of Philips Hue; hyphened to a
    person, it calls him names: hue-специалисты)."""
    head, thing = word.split("-", 1)
    return is_obscene_word(head) or english_word(head.lower()) and not morphology.can_be(fold(thing), "NOUN", "anim")


_CUTS = (_HYPHENATED, _HYPHENATED_LONG_END, _DOT_CUT, _UNDERSCORE_CUT, _BRACKETED, _SLASH_CUT, _SIGN_CUT, _ELIDED, _LATIN_HEAD)
_CUT_SIGNS = patterns.compile(r"[-._()\[\]<>{}/~。·•*—–+=^|¦'’]")
# The start of a mat word and its end hidden behind signs (на х**, ху#$, бл@@): the starts that
# begin nothing but mat.
# A capital Х alone is a model's or a series' placeholder (Модель Х**) as often as mat.
_TRAILING_MASK = patterns.compile(
    r"(?<![^\W\d_])(?:(?-i:х)|ху|хy|бл|еб|ёб|пизд|пидор)[*#$@%&]{2,6}(?![^\W\d_*#$@%&])", re.IGNORECASE
)


@cache
def _mat_forms() -> frozenset[str]:
    """Every form of every obscene lemma (пидорасы, ебал), for the ends a mask leaves in view."""
    return frozenset(f for lemma in obscene_lexicon().lemmas for f in morphology.forms(lemma))


def masked_with_dots(text: str) -> Iterator[tuple[int, str]]:
    """Words whose hidden letters, one to five, make an obscene lemma: х..ня, п...ц."""
    lexicon = obscene_lexicon()
    for match in _DOTTED.finditer(text):
        start, end = fold(match.group(1)), fold(match.group(2))
        # in Latin, three letters shown at least (f***ing): a.s and H...g frame too many words
        forms = _mat_forms() if CYRILLIC.search(start + end) else lexicon.latin_forms if len(start + end) >= 3 else ()
        if _frames_a_form(re.escape(start) + r"[^\W\d_]{1,5}" + re.escape(end), forms):
            yield match.start(), match.group()


# A masked mat stem joined by its linking vowel to a word of the dictionary (п***окомпот,
# х..еплёт): the mask hides about as many letters as it has asterisks (dots, one to five), and
# the shown start, the hidden letters and the vowel must begin a compound of the obscene lemmas
# (мудозвон, пиздобол: three letters more at least; курвой is a case form, not a compound) with
# the root in the masked half (not руко- of рукосрак).
_MASKED_COMPOUND = patterns.compile(r"(?<![^\W\d_])([а-яёА-ЯЁ]{1,3})(\.{2,4}|…|\*{2,5})([оеОЕ])([а-яёА-ЯЁ]{4,})(?![^\W\d_*])")


def masked_compounds(text: str) -> Iterator[tuple[int, str]]:
    """Compounds whose mat half is masked and whose other half is a dictionary word: п***осаппорт."""
    for match in _MASKED_COMPOUND.finditer(text):
        start, mask, vowel, word = (fold(group) for group in match.groups())
        if not morphology.is_known(word) or is_obscene_word(word):
            continue
        hidden = f"[а-яё]{{{len(mask) - 1},{len(mask) + 1}}}" if mask.startswith("*") else "[а-яё]{1,5}"
        stem = re.compile(f"({re.escape(start)}{hidden}{vowel})[а-яё]{{3}}")
        if any((found := stem.match(form)) and carries_root(found.group(1)) for form in _mat_forms()):
            yield match.start(), match.group()


def _frames_a_form(hidden: str, forms: Iterable[str]) -> bool:
    """Whether a reading with letters hidden (a pattern built from the message) is one of the
    forms whole. Compiled by re's own cache, never patterns' (which keeps what it compiles)."""
    reading = re.compile(hidden)
    return any(reading.fullmatch(form) for form in forms)


# A word masked in two places or more (Х**с*сы, *б*н*тую): Cyrillic letters and runs of one to
# three asterisks or hashes, at least two runs and three letters in view.
_MASKED_IN_PLACES = patterns.compile(
    r"(?<![\w*#])(?=(?:[а-яёА-ЯЁ]*[*#]+){2})(?:[*#]{1,3})?(?:[а-яёА-ЯЁ]+[*#]{1,3})+[а-яёА-ЯЁ]*(?![\w*#])"
)
_MASK_RUN = patterns.compile(r"[*#]+")


def masked_in_places(text: str) -> Iterator[tuple[int, str]]:
    """Words with letters hidden in two places or more, one sign a letter, whose reading is a
    form of an obscene lemma: Х**с*сы, *б*н*тую. Filling the signs with any letters the
    roots allow would read innocent words as mat (х*р*ш* as хер-); the lemmas' forms do not."""
    for match in _MASKED_IN_PLACES.finditer(text):
        word = fold(match.group())
        pieces = _MASK_RUN.split(word)
        if sum(map(len, pieces)) < 3:
            continue
        runs = [len(run) for run in _MASK_RUN.findall(word)]
        hidden = re.escape(pieces[0]) + "".join(f"[а-яё]{{{n}}}" + re.escape(p) for n, p in zip(runs, pieces[1:], strict=True))
        if _frames_a_form(hidden, _mat_forms()):
            yield match.start(), match.group()


# One sign inside a word that other words also hold (ху'ня, НИХ_Я): an apostrophe stands for ъ
# (под'езд), an underscore joins names (shop_items); either is read as a hidden letter, or as
# nothing, only when that makes a form of an obscene lemma. (A space parting a word was tried:
# "Ебро хром" and "Похер уже" joined read as mat.)
_ONE_SIGN = patterns.compile(r"(?<![\w'_])([а-яёА-ЯЁ]{1,6})['_]([а-яёА-ЯЁ]{1,6})(?![\w'_])")


def masked_by_one_sign(text: str) -> Iterator[tuple[int, str]]:
    """Words with a letter hidden behind an apostrophe or an underscore, or cut by one, that
    read as a form of an obscene lemma: ху'ня, НИХ_Я."""
    for match in _ONE_SIGN.finditer(text):
        if _frames_a_form(re.escape(fold(match.group(1))) + "[а-яё]?" + re.escape(fold(match.group(2))), _mat_forms()):
            yield match.start(), match.group()


def masked_with_one_dot(text: str) -> Iterator[tuple[int, str]]:
    """Words with one letter hidden behind a dot, or cut by one, whose reading is obscene:
    ох.уеть, му.даки."""
    for match in _ONE_DOT.finditer(text):
        if not CYRILLIC.search(match.group()):
            continue  # e.g, i.e, file.txt
        # пзд*ц: three letters or four, an asterisk and one more
        start, end = fold(match.group(1) or match.group(3)), fold(match.group(2) or match.group(4))
        # the dot hides a letter (ох.уеть) or only cuts the word (му.даки)
        if is_obscene_word(start + "*" + end) or is_obscene_word(start + end):
            yield match.start(), match.group()


# Two dots inside a longer word, hiding one letter or two (сп..здошил, прое..алова, Г..донство):
# the short ends are masked_with_dots' own (х..ня)
_WORD_BEFORE_DOTS = 3
_WORD_AFTER_DOTS = 4  # a shorter end is a word's ending as often (зае..али: али is a word too)
_TWO_DOTS = patterns.compile(r"(?<![\w.])([а-яёА-ЯЁ]{1,7})\.\.([а-яё]{2,9})(?![\w]|\.\w)")


def masked_with_two_dots(text: str) -> Iterator[tuple[int, str]]:
    """Words with one letter or two hidden behind two dots, whose reading is obscene: сп..здошил."""
    for match in _TWO_DOTS.finditer(text):
        start, end = fold(match.group(1)), fold(match.group(2))
        # two words run together by an ellipsis (Ну..блин, Ждём..ответа) hide nothing
        if len(end) >= _WORD_AFTER_DOTS and morphology.is_known(end) or len(start) >= _WORD_BEFORE_DOTS and morphology.is_known(start):
            continue
        if any(is_obscene_word(start + hidden + end) for hidden in ("*", "**")):
            yield match.start(), match.group()


def cut_with_hyphens(text: str) -> Iterator[tuple[int, str]]:
    """Words cut into short pieces with hyphens, dots or underscores whose pieces joined are
    obscene: ху-и-та, ЗАЕ.БА.ЛИ, Пи_зд_ец."""
    for match in itertools.chain.from_iterable(cut.finditer(text) for cut in _CUTS):
        if _a_name_of_parts(match.group()) or match.re is _LATIN_HEAD and _latin_head_alone(match.group()):
            continue
        if is_obscene_word(_pieces_joined(match)):
            yield match.start(), match.group()


# A word cut in two by a space or a tab (Зае бали, разъе башили, уё	бывать): a first piece that
# is no word of the dictionary and holds no mat of its own, joined to the word after it.
_SPACE_CUT = patterns.compile(r"(?<![^\W\d_])(?=([а-яё]{2,5})[ \t]([а-яё]{2,9})(?![^\W\d_]))", re.IGNORECASE)


def cut_by_a_space(text: str) -> Iterator[tuple[int, str]]:
    """Words cut in two by a space whose first piece is no word and whose pieces joined are
    obscene: Зае бали, пох уй."""
    for match in _SPACE_CUT.finditer(text):
        first, second = match.group(1), match.group(2)
        # the mat must be cut: a name before a word (Ху Юань, Ебро хром, Херши поштучно, ЕБРР для)
        # holds it whole, and the piece's last letters with the next word make it (Зае бали: ебали;
        # Похер уже: хуже is no mat)
        if second[:1].isupper() or first.isupper() or first.istitle() and len(first) < 3:
            continue
        if morphology.is_known(first.lower()) or carries_root(fold(first)):  # the cheaper test first
            continue
        if is_obscene_word(first + second) and any(is_obscene_word(first[-n:] + second) for n in (1, 2)):
            yield match.start(), f"{first} {second}"


def _a_name_of_parts(word: str) -> bool:
    """Whether a hyphened word is a name of two capitalised parts (Верх-Уймон, Усть-Кан): a mask
    cuts a word without starting the piece after the cut with a capital of its own, and spelled
    capitals (Е-Б-А-Т-Ь) have a letter a piece."""
    pieces = word.split("-")
    return len(pieces) == 2 and all(len(piece) > 1 and piece.istitle() for piece in pieces)


def _pieces_joined(match: re.Match[str]) -> str:
    return _CUT_SIGNS.sub("", match.group())


def joined_cut_words(text: str) -> str:
    """The text with each word cut into pieces (УБЛЮ-ДКИ) that joined is an insult written whole,
    in the same length (the pieces joined, then spaces), for the reading of insults."""
    from deskcli.domain.intake.insult_lexicon import is_insult_word

    def join(match: re.Match[str]) -> str:
        joined = _pieces_joined(match)
        return joined.ljust(len(match.group())) if is_insult_word(fold(joined)) else match.group()

    for cut in _CUTS:
        text = cut.sub(join, text)
    return text


def masked_at_the_end(text: str) -> Iterator[tuple[int, str]]:
    """The start of a mat word with the rest behind signs: на х**, ху#$."""
    for match in _TRAILING_MASK.finditer(text):
        yield match.start(), match.group()


# The curse "... твою мать" with its verb masked from its first letters on (Ё*** твою мать,
# е.. твою мать): the formula names the root the mask hides; an unmasked ёлки stays mild.
_MASKED_CURSE = patterns.compile(
    r"(?<![^\W\d_])[её][^\W\d_]{0,2}(?:\*+|\.{2,}|…)[^\W\d_]{0,3}(?= (?:твою|твоё|вашу|его) (?:ж )?мать)", re.IGNORECASE
)


def masked_curse(text: str) -> list[tuple[int, str]]:
    """The curse "... твою мать" with its verb masked (Ё*** твою мать)."""
    return [(m.start(), m.group()) for m in _MASKED_CURSE.finditer(text)]


# A sign that is no letter (❎, ⊓, ⤫, an asterisk) at the start of a Cyrillic word or inside it
# stands for a letter as an asterisk does (❎УЕТРЁПЫ, *издец, на⤫уй). Signs of more than two
# places, or only at the end, are other masks' (masked_in_places, masked_at_the_end).
_MOST_SIGNS = 2
_TOKEN = patterns.compile(r"\S+")
_EDGE = "\"'«»“”„()[]{}.,:;!?…-–—"


def _a_sign(char: str) -> bool:
    """A sign that stands for nothing in a word: a symbol (★ ❎ ¤), or a mark that is no
    punctuation of sentences (‡ ‖), or an asterisk."""
    category = unicodedata.category(char)
    return char == "*" or (category.startswith("S") or category == "Po" and not char.isascii() and char not in _SENTENCE_MARKS) and (
        char not in "<>=|~^`+")


_SENTENCE_MARKS = "…«»„“”‘’¡¿·"


def _one_sign(gap: str) -> bool:
    """One sign between spelled-out letters that is neither a letter, a digit nor a space (Б¦л¦я, е┃б┃а)."""
    return len(gap) == 1 and _a_sign(gap)


def masked_by_a_sign(text: str) -> Iterator[tuple[int, str]]:
    """Cyrillic words with one or two letters hidden behind a sign that is no letter, at the
    word's start or inside it, whose reading is obscene: ❎УЕТРЁПЫ, ⊓ИЗДАБОЛЫ, *уйня.

    Only a word no dictionary knows, with the signs left out or with any letter in their place,
    is read so: a sign before a word that is one (✔Уйти, *ебель for мебель, ☆тебе) hides nothing."""
    for match in _TOKEN.finditer(text):
        token = match.group().strip(_EDGE)
        signs = [i for i, char in enumerate(token) if _a_sign(char)]
        letters = [char for char in token if CYRILLIC.search(char)]
        if not signs or len(signs) > _MOST_SIGNS or signs[0] == len(token) - 1 or len(letters) < 3:
            continue
        if len(letters) + len(signs) != len(token):
            continue
        masked = fold("".join("*" if i in signs else char for i, char in enumerate(token)))
        if morphology.is_known(masked.replace("*", "")) or any(
            morphology.is_known(filled) and not is_obscene_word(filled) for filled in unmasked(masked, ALPHABET)
        ):
            continue
        if is_obscene_word(masked):
            yield match.start() + match.group().index(token[0]), token
