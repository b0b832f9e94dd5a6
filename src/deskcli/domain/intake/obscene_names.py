"""Names in which a word is no mat (SPEC 2.8.3): an English place name in an address
(Shitterton, Dorset), a town in an address of any language, a name built on an innocent word
or a longer surname in a name's position (ООО «Страхуйка», a client named Dick Shitterton).
Surnames beside a first name or a role are read in ``obscene_surnames``."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.latin_mat import by_sound
from deskcli.domain.intake.normalising import QUOTED
from deskcli.domain.intake.wordlists import fold, word_list


# English place names are built of old words and endings (-ton, -ham, -bury); some old
# words are mat today (Shitterton, Dorset). Such a name in an address is no mat.
_PLACE_NAME = patterns.compile(
    r"[A-Z][a-z]{3,}(?:ton|ham|ford|bury|borough|burgh|field|wick|worth|ley|thorpe|stead|"
    r"combe|minster|hurst|mouth|bridge|well|wood|by|cott|cote|hill|dale|wich|don|den|"
    # the Border's own (Shittleheugh, Otterburn's neighbour): a heugh is a crag, a haugh a river meadow
    r"heugh|haugh|cleugh|hope|shaw)"
)
# Where a place name stands in an address: after in/at/near/from, or before a comma and
# another name (Shitterton, Dorset), or in a message that speaks of addresses.
_ADDRESS_CUE = patterns.compile(r"\b(?:post\s?code|zip|address|village|town|city|county|street|road|адрес\w*|индекс\w*)\b", re.IGNORECASE)
# (or a word of a farm's or a street's name after it: Shitterton Farm, Dorset)
_NEXT_NAME = patterns.compile(r",\s*[A-Z]|\s+(?:Farm|Lane|Road|Street|Hall|Manor|Mill|House|Cottage|Common|Green)\b")
_BEFORE_PLACE = frozenset(["in", "at", "near", "from", "to", "of"])
_PLACE_HEADS = frozenset(["Mount", "Mt", "Lake", "Cape", "Port", "Fort", "Glen", "Loch", "Ben", "Point", "Isle"])  # heads of names


def place_name(written: Sequence[re.Match[str]], index: int, text: str) -> bool:
    """Whether the word is an English place name in an address (our partner is in Shitterton)."""
    word = written[index].group()
    if index and word[:1].isupper() and written[index - 1].group() in _PLACE_HEADS:
        return True  # Mount Buggery, Lake Titicaca: the head word says it is a place
    if not _PLACE_NAME.fullmatch(word):
        return False
    before = fold(written[index - 1].group()) if index else ""
    return bool(
        before in _BEFORE_PLACE or _NEXT_NAME.match(text, written[index].end()) or _ADDRESS_CUE.search(text)
    )


# A town in an address, of any language: a capitalised word after a preposition of place
# with another place named right after it, as an address lists them (in Bitche, Moselle; из
# Мандрог и Вологды; from Schlüchtern (Hesse)). Read for a word whose mat letters are only a guarded root
# or, in Latin, an English root with letters after it that make no English form of it.
_PLACE_BEFORE = frozenset(("in", "at", "near", "from", "в", "во", "из", "под", "около", "возле", "близ"))
_EN_FORMS = ("", "s", "es", "ed", "er", "ers", "ing", "in", "y", "ty", "ies", "ier", "iest")
_PLACE_KINDS = frozenset((
    "провинция", "префектура", "город", "деревня", "село", "посёлок", "поселок", "остров", "гора", "река", "озеро", "регион",
    "штат", "округ", "уезд", "долина", "пик", "province", "prefecture", "village", "town", "island", "county", "region", "mount", "lake",
    "valley",
))
_PLACE_ABBREVIATIONS = frozenset(("с", "д", "дер", "пос", "п", "пгт", "г", "ст", "х", "сл", "рп"))
# and the region or country it is in, or its other spelling, in brackets (из Шлюхтерна (Гессен),
# in Cuntis (Galicia), долина Ебро (Эбро))
# A place of two words is one (Bitchet Green, Kent).
_NEXT_PLACE = patterns.compile(r"(?:\s+[A-ZА-ЯЁ][a-zа-яё]+)?,\s*[A-ZА-ЯЁ]|\s+(?:и|and)\s+[A-ZА-ЯЁ]|\s*\(\s*[A-ZА-ЯЁ]")


def place_in_address(
    written: Sequence[re.Match[str]], index: int, text: str, strong_mat: Callable[[str], bool],
) -> bool:
    """Whether a capitalised word is a town in an address (a shop in Bitche, Moselle; мёд из
    Мандрог и Вологды): after in / at / from / в / из ..., and before a comma or
    "и" / "and" and another capitalised place. ``strong_mat`` tells a word that is mat however
    it stands (a Russian root that counts in any word, a mat lemma)."""
    word = written[index].group()
    if not index or not _capitalised(word):
        return False  # before the lemma below: find_obscene asks this of every word of a message
    # or right after the kind of place it is (провинция Аньхуй, the village of ...)
    gap = text[written[index - 1].end() : written[index].start()].strip()  # (or its abbreviation and a dot: с. Мандрово)
    abbreviated = gap == "." and fold(written[index - 1].group()) in _PLACE_ABBREVIATIONS
    kind = abbreviated or morphology.lemma(fold(written[index - 1].group())) in _PLACE_KINDS
    if fold(written[index - 1].group()) not in _PLACE_BEFORE and not kind:
        return False
    if gap and not abbreviated or not (kind or _NEXT_PLACE.match(text, written[index].end())):
        return False
    reading = fold(word)
    if not word.isascii():
        return not strong_mat(reading)
    roots = [r.lstrip("*=") for r in word_list("obscene_roots.txt") if r.isascii() and r.lstrip("*=").isalpha()]
    # Bitche is bitch and an e no English form of it takes; bitches, shitty stay mat
    return not any(reading.startswith(root) and reading[len(root) :] in _EN_FORMS for root in roots) and not any(
        reading.startswith(root) and strong_mat(reading[len(root) :]) for root in roots if reading != root
    )


# A list of places (Черногория: Будва, Котор; Архангельск, остров Вага, Соловки): items
# of one to three words cut by commas, a colon opening the list, each a capitalised name,
# a lower-case word of the kind of place allowed before it (остров, город). A capitalised
# word in such a list with a place the dictionary knows (Geox) is a place too.
_LIST_CUT = patterns.compile(r"\s*[,:;]\s*")
_LIST_END = patterns.compile(r"[.!?\n()«»\"“”]")
_LONGEST_ITEM = 3
_SHORTEST_LIST = 2


def _list_items(text: str, at: int) -> tuple[list[str], int]:
    """The comma-cut items of the clause around position ``at`` and which item holds it."""
    start = max((m.end() for m in _LIST_END.finditer(text, 0, at)), default=0)
    end_match = _LIST_END.search(text, at)
    end = end_match.start() if end_match else len(text)
    items: list[str] = []
    which, position = -1, start
    for cut in [*_LIST_CUT.finditer(text, start, end), None]:
        stop = cut.start() if cut else end
        if position <= at < max(stop, position + 1):
            which = len(items)
        items.append(text[position:stop].strip())
        position = cut.end() if cut else end
    return items, which


def _place_item(item: str) -> bool:
    """A list item that is a name (Будва, Херцег-Нови, остров Вага): capitalised words,
    one lower-case word of the place's kind before them at most."""
    found = item.replace("-", " ").split()
    if not found or len(found) > _LONGEST_ITEM:
        return False
    if found[0][:1].islower():
        found = found[1:]
    return bool(found) and all(_capitalised(w) and w.isalpha() for w in found)


def place_in_list(
    written: Sequence[re.Match[str]], index: int, text: str, strong_mat: Callable[[str], bool],
    plain_root: Callable[[str], bool],
) -> bool:
    """Whether a capitalised Cyrillic word is one of a list of places with a place the
    dictionary knows (Черногория: Будва, Котор; Архангельск, остров Вага, Соловки), and
    no word mat however it stands (a root counted in any word, a mat lemma). A root that
    counts in every word it heads (``plain_root``: хер, хуй, еб) is a place's only in half
    of a hyphenated name whose other half is capitalised and no mat (Хер-Нови; not Хуйбург)."""
    word = written[index].group()
    if not _capitalised(word) or word.isascii() or strong_mat(fold(word)):
        return False
    if plain_root(fold(word)) and not _other_half(written, index, text, plain_root):
        return False
    items, which = _list_items(text, written[index].start())
    if which < 0 or len(items) < _SHORTEST_LIST or not _place_item(items[which]):
        return False
    return any(
        i != which and _place_item(item) and any(
            _capitalised(w) and morphology.can_be(fold(w), "Geox") for w in item.replace("-", " ").split()
        )
        for i, item in enumerate(items)
    )


def _other_half(written: Sequence[re.Match[str]], index: int, text: str, mat: Callable[[str], bool]) -> bool:
    """Whether the word is joined by a hyphen to a capitalised word that is no mat."""
    for first, second in ((index - 1, index), (index, index + 1)):
        if 0 <= first and second < len(written) and text[written[first].end() : written[second].start()] == "-":
            other = written[first if second == index else second].group()
            if _capitalised(other) and not mat(fold(other)):
                return True
    return False


# A place with its name of today in brackets, in an address (Fucking (now Fugging), Austria):
# the two names differ in a letter or two, the other is no mat, and another place follows.
_RENAMED = patterns.compile(
    r"\s*\(\s*(?:now|today|formerly|since\s+\d{4}|ныне|сейчас|теперь|бывш\w*)?\s*([A-ZА-ЯЁ]\w+)\s*\)\s*,\s*[A-ZА-ЯЁ]"
)
_RENAMED_LETTERS = 2


def renamed_place(written: Sequence[re.Match[str]], index: int, text: str, is_obscene: Callable[[str], bool]) -> bool:
    """Whether a capitalised word is a place given with its other name in brackets, then a
    comma and the region (Fucking (now Fugging), Austria): the names as long, differing in
    two letters at most, and the bracketed one no mat."""
    word = written[index].group()
    found = _RENAMED.match(text, written[index].end())
    if not _capitalised(word) or not found:
        return False
    other = found.group(1)
    return (
        len(other) == len(word)
        and sum(a != b for a, b in zip(fold(word), fold(other), strict=True)) <= _RENAMED_LETTERS
        and not is_obscene(other)
    )


# Words after which a capitalised word names a company, a person or a brand.
_NAME_CUES = frozenset((
    "ооо", "оао", "зао", "пао", "ао", "ип", "чп", "тоо", "нко", "компания", "компании", "компанией", "фирма",
    "фирмы", "фирмой", "магазин", "бренд", "бренда", "марки", "зовут", "фамилия", "фамилией", "фамилии",
    "фамилию", "имени", "названием", "называется", "клиент", "клиентка", "клиента", "автор", "автора",
    "господин", "госпожа", "named", "called", "mr", "mrs", "ms", "miss", "dr", "sir", "author", "client",
    "customer", "surname", "name", "company", "brand", "llc", "ltd", "inc",
))
# How many capitalised words a name may run to before the word (named Dick Shitterton).
_NAME_RUN = 3
_OPENING_QUOTE = patterns.compile(r"[«“„\"]")
# English surnames end like place names or in a few endings of their own (Shitterton, Cockburn).
_SURNAME = patterns.compile(r"[A-Z][a-z]{3,}(?:son|sen|man|more|shaw|stone|ridge|burn|bourne|ington|er?ton)")
_SHORTEST_NAME_WORD = 4
# A surname of another language on an English root's letters ends in a vowel no English
# derivative of the root ends in (Shittu, Pisso; not Shitty, Shite, Pissed).
_FOREIGN_NAME_END = patterns.compile(r"[aiou]|[aeiou][aiou]")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def name_position(written: Sequence[re.Match[str]], index: int, text: str) -> bool:
    """Whether a capitalised word stands where a name does: inside «» or "" quotes, or in a
    run of capitalised words right after ООО, ИП, зовут, named, Mr, author, client ..."""
    if not _capitalised(written[index].group()):
        return False
    start = written[index].start()
    if any(m.start() < start < m.end() for m in QUOTED.finditer(text)):
        return True
    at = index
    while at > 0 and index - at < _NAME_RUN:
        gap = text[written[at - 1].end() : written[at].start()]
        if _OPENING_QUOTE.search(gap) or fold(written[at - 1].group()) in _NAME_CUES:
            return True
        if not _capitalised(written[at - 1].group()) or gap.strip(" "):
            return False
        at -= 1
    return False


@cache
def _english_roots_in_names(is_obscene: Callable[[str], bool]) -> tuple[str, ...]:
    """The English roots that old words in names begin with (shit, piss): those counted at a
    word's start only (a root counted anywhere is in no innocent word), and not Russian typed
    in Latin letters (ebal), which read aloud is mat."""
    return tuple(
        root for root in word_list("obscene_roots.txt")
        if root.isascii() and root.isalpha() and not is_obscene(by_sound(root))
    )


def innocent_name(
    written: Sequence[re.Match[str]], index: int, text: str, carries_root: Callable[[str], bool],
    ordinary: Callable[[str], bool], is_obscene: Callable[[str], bool],
) -> bool:
    """Whether a word in a name's position is no mat: its mat-like letters are part of an
    ordinary word it is built on (Страхуйка on страхуй, страховать; not Хуйня, whose word is
    mat), with nothing obscene after that word; or, in Latin, part of a longer English
    surname (Shitterton, Cockburn). Mat capitalised at a sentence's start is in no name's
    position and stays mat."""
    word = written[index].group()
    if not name_position(written, index, text):
        return False
    reading = fold(word)
    if word.isascii() and any(
        reading.startswith(root) and _FOREIGN_NAME_END.fullmatch(reading[len(root) :].removeprefix(root[-1]))
        for root in _english_roots_in_names(is_obscene)
    ):
        return True  # Shittu, Shitta: a surname of another language, in a name's position
    if _SURNAME.fullmatch(word) or _PLACE_NAME.fullmatch(word):
        # an English root the surname begins with, the rest no mat (not Fuckington, Pizdaton)
        return any(
            reading.startswith(root) and not is_obscene(reading[len(root) :])
            for root in _english_roots_in_names(is_obscene)
        )
    return any(
        ordinary(reading[:end]) and carries_root(reading[:end]) and not (reading[end:] and is_obscene(reading[end:]))
        for end in range(len(reading), _SHORTEST_NAME_WORD - 1, -1)
    )


# A first name is followed by a patronymic (Ебенгард Михайлович): the word before one is a
# first name whatever letters it starts with. A patronymic ends in -вич / -вна / -ична / -ич.
_PATRONYMIC_END = patterns.compile(r"\w+(?:вич|вна|ична|ич)(?:а|у|ем|е|ой|ы|ом)?")


# A first name built on mat's letters runs well past them (Ебенгард): a short one (Блядун,
# Хуйлан) is a mat word with an ending, a nickname, not a name.
_SHORTEST_FIRST_NAME = 7


def before_patronymic(written: Sequence[re.Match[str]], index: int, text: str) -> bool:
    """Whether a capitalised word stands right before a capitalised patronymic, in the first
    name's place (Ебенгард Михайлович), with nothing but a space between, and reads as a first
    name (pymorphy3's Name, known or guessed) of seven letters or more."""
    word = written[index].group()
    if not _capitalised(word) or index + 1 >= len(written) or len(word) < _SHORTEST_FIRST_NAME:
        return False
    if not morphology.can_be(fold(word), "Name"):
        return False
    after = written[index + 1].group()
    return bool(
        _capitalised(after)
        and not text[written[index].end() : written[index + 1].start()].strip(" ")
        and _PATRONYMIC_END.fullmatch(fold(after))
        and morphology.can_be(fold(after), "Patr")
    )


# A name given in both scripts, one of them in round brackets (Херольд (Herold), Eberhard
# (Эберхард)): read aloud, the Latin spelling starts like the Cyrillic one.
_BRACKET_GAP = patterns.compile(r"[»”\"]?\s*\(\s*[«“\"]?")
_SHARED_START = 4
_SHARED_SHARE = 0.6


def _same_name(cyrillic: str, latin: str, by_sound: Callable[[str], str]) -> bool:
    sounded, spelled = by_sound(latin.lower()), fold(cyrillic)
    shared = 0
    while shared < min(len(sounded), len(spelled)) and sounded[shared] == spelled[shared]:
        shared += 1
    return shared >= _SHARED_START and shared >= _SHARED_SHARE * len(spelled)


def spelled_in_both_scripts(
    written: Sequence[re.Match[str]], index: int, text: str, by_sound: Callable[[str], str],
    is_obscene: Callable[[str], bool],
) -> bool:
    """Whether a capitalised Cyrillic word is a foreign name whose own Latin spelling stands
    beside it in brackets (Херольд (Herold)), or follows it in brackets (Herold (Херольд))."""
    word = written[index].group()
    if not _capitalised(word) or word.isascii():
        return False
    pairs = []
    if index + 1 < len(written):
        pairs.append((written[index], written[index + 1]))
    if index > 0:
        pairs.append((written[index - 1], written[index]))
    for first, second in pairs:
        other = second if first is written[index] else first
        if (
            other.group().isascii()
            and other.group().isalpha()
            and _BRACKET_GAP.fullmatch(text[first.end() : second.start()])
            and _same_name(word, other.group(), by_sound)
            and not is_obscene(other.group())  # Блядун (Blyadun): mat in both scripts
        ):
            return True
    # «Смесь Ебро» (так зовётся серия у производителя, Ebro): the Latin spelling inside the
    # brackets that explain the name, further on in the same sentence
    if explained := _EXPLAINING_BRACKET.match(text, written[index].end()):
        return any(
            _same_name(word, latin, by_sound) and not is_obscene(latin)
            for latin in _LATIN_WORD.findall(explained.group(1))
        )
    return False


# Up to the first round bracket after the word within its sentence, and that bracket's text.
_EXPLAINING_BRACKET = patterns.compile(r"[^.!?\n()]{0,60}?\(([^()]{0,120})\)")
_LATIN_WORD = patterns.compile(r"(?<![^\W\d_])[A-Za-z]{3,}(?![^\W\d_])")


def foreign_name(
    written: Sequence[re.Match[str]], index: int, text: str, mat_word: Callable[[str], bool],
    by_sound: Callable[[str], str], is_obscene: Callable[[str], bool],
) -> bool:
    """A first name before a patronymic (Ебенгард Михайлович), or a foreign name with its own
    Latin spelling in brackets (Херольд (Herold)), is no mat — unless the dictionary reads it
    as a mat word or a root that is mat inside any word stands in it (``mat_word``)."""
    if mat_word(fold(written[index].group())):
        return False
    return before_patronymic(written, index, text) or spelled_in_both_scripts(written, index, text, by_sound, is_obscene)
