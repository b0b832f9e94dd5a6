"""Mat in Russian typed with Latin letters (po huy, eblan), read by sound; other scripts are
read in other_scripts.py.

obscene_roots.txt lists a few transliterated roots whole (nahuy, blyad), but a writer who
types Russian in Latin letters spells every root his own way. In a message that is Russian
typed in Latin (two different Russian function words in Latin letters), each Latin word is
read aloud into Cyrillic and the Cyrillic word goes through the ordinary obscene check, with
its dictionary and look-alike guards. An English message is never read this way, so Huy (a
Belgian town) and Ebla (an ancient city) stay names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.other_scripts import other_script_mat
from deskcli.domain.intake.normalising import sounded_reading
from deskcli.domain.intake.wordlists import CYRILLIC, LATIN, fold
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:  # the obscene lexicon, for its type only: obscene.py imports this module
    from deskcli.domain.intake.obscene import _ObsceneLexicon as Lexicon

# Russian function words as typed in Latin letters; two different ones make a message
# Russian. Each is a word no English sentence uses.
_RUSSIAN_IN_LATIN = patterns.compile(
    r"(?<![\w'])(?:ne|net|kak|chto|gde|pochemu|uzhe|eto|ili|vy|vas|nas|mne|menya|kogda|kto|"
    r"kotoryi|kotoryj|kotoraya|vashi|vashe|vash|esli|tozhe|seichas|sejchas|ochen|pishu|mozhno|"
    r"pozhalu[jy]?sta|pozhalu[iy]sta|zdravstvu[jy]te|spasibo|nam|vam|nash|nashem|nashego|sajt|sajta|sajte|sajtu|"
    r"zhdu|voobshe|voobshche|otveta|posle|"
    # everyday words of a ticket no English sentence uses either
    r"rebyata|drugo[iyj]|opyat|tolko|zayavk[aueoi]|segodnya|vchera|zavtra|nichego|nado|nuzhno|davno|svoimi|vs[eyo]|tut|"
    # prepositions, pronouns and particles no English sentence uses
    r"iz|dlya|bez|cherez|oni|ego|ee|ikh|eshche|eshe|tak|vot|byl|byla|bylo|budet|khochu|hochu|mozhet|ty|tebya|tebe|"
    # the desk itself as typed
    r"podderzhk[aiue]|tekhpodderzhk[aiue]|tehpodderzhk[aiue])'?(?![\w'])"  # an apostrophe for ь (opyat')
)
_RUSSIAN_WORDS = 2

# Letter groups first, then single letters: the common ways of typing Russian in Latin.
_GROUPS = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"),
    ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("ye", "е"), ("ja", "я"), ("ju", "ю"),
    # a soft sign before a vowel, as bl'adskij and l'ubit type я and ю
    ("'a", "я"), ("'u", "ю"),
)
# Digits that stand for the letters they look like (hu9: 9 for я, 3 for з, 4 for ч, 6 for б).
_LETTERS = dict(zip("abvgdezijklmnoprstufhcwqx'9346", "абвгдезийклмнопрстуфхквкхьязчб", strict=True))
_VOWELS = "аеёиоуыэюя"
# Russian typed by writers of other languages in their own spelling: y for the у it looks
# like (xyilo), oe and oo for у (Dutch moe, English poo), ee for и, zj, sj, tj (Dutch and
# Swedish) and sz, cz, rz (Polish) for ж, ш, ч, a Spanish j for х, the ch of Czech, Polish and
# German for х before u (chujovina, nachui; not ochered, docheryu) and a French ou for у
# (khouinia), the jo of the scholars' spelling for ё (ob'jobyvaete), and yo with a hard sign or
# an ы left out before it. Each is another reading of the word, tried beside the plain one.
_OTHER_SPELLINGS = (
    ("y", "u"), ("oe", "u"), ("oo", "u"), ("ee", "i"), ("zj", "zh"), ("sj", "sh"), ("tj", "ch"),
    ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("j", "h"), ("chu", "khu"), ("ou", "u"), ("jo", "yo"),
    # yo after a prefix, for the hard sign it leaves out (podyobka: подъёбка, razyob), or for ы and
    # ё run together (vyobka: выёбка)
    ("yo", "'yo"), ("yo", "yyo"),
)
# A word of three letters or more; an asterisk or two inside hide letters (yo*anyi), which
# the obscene check fills in as it does in Cyrillic; an apostrophe stands for ь or ъ (ot'ebis).
# A digit among the letters may stand for one (ni hu9), not open the word (9am, 3ds).
_LATIN_WORD = patterns.compile(
    r"(?<![\w'*])(?=(?:[a-z0-9']\**){3})[a-z]{2}[a-z9346]*(?:'[a-z]+)?'?(?:\*{1,2}[a-z9346]+)?(?![\w'*])"
)


# Or three words of five letters or more, in lower case or capitalised where a sentence starts,
# that read aloud as words of the Russian dictionary and are no English words (prodlenie,
# chistoe, Vernite; not marina, stroke, banana; not Natasha or Ivanova inside a sentence), in a
# message with no two function words of English or of a Romance language (Hi, the administrator
# cannot reach the admin login page: admin, login and administrator read as Russian words too).
_READ_AS_RUSSIAN = 3
_LOWER_LATIN_WORD = patterns.compile(r"(?<![\w'])(?:[a-z]|(?:^|(?<=[.!?] ))[A-Z])[a-z]{4,}(?![\w'])", re.MULTILINE)
_FOREIGN_FUNCTION_WORD = patterns.compile(
    r"(?<![\w'])(?:the|is|are|was|and|of|to|in|on|for|with|this|that|it|we|you|our|your|here|there|where|what|how|"
    r"can|not|have|has|do|does|la|el|los|las|de|del|que|por|para|una|les|des|est|und|der|die|das|ist)(?![\w'])",
    re.IGNORECASE,
)


def russian_in_latin(text: str) -> bool:
    """Whether a message is Russian typed in Latin letters (mne po huy, kogda ...)."""
    return len(set(_RUSSIAN_IN_LATIN.findall(text.lower()))) >= _RUSSIAN_WORDS


def _read_as_russian(text: str) -> bool:
    """Whether a message is Russian typed in Latin letters, by its function words or by words of
    the Russian dictionary read aloud: the obscene check's test. The question and scope rules
    read a message aloud on its function words only (``read_aloud``): on the 84 corpus files,
    reading aloud by dictionary words too lost six no-question findings (bare complaints the
    Cyrillic rules take for defect reports) and gained three."""
    if russian_in_latin(text):
        return True
    if CYRILLIC.search(text) or len(set(_FOREIGN_FUNCTION_WORD.findall(text.lower()))) >= _RUSSIAN_WORDS:
        return False
    read = {w for w in {w.lower() for w in _LOWER_LATIN_WORD.findall(text)} if morphology.is_known(by_sound(w))}
    if len(read) < _READ_AS_RUSSIAN:
        return False
    from deskcli.domain.intake.obscene_english import english_word  # the long list, read only now

    return sum(not english_word(w) for w in read) >= _READ_AS_RUSSIAN


# An adjective's ending as typed (ublyudochnyi, tupoi): -ый, -ий, -ой
_ADJECTIVE_END = patterns.compile(r"(?<=[^аеёиоуыэюя])ыи$")


def by_sound(word: str) -> str:
    """A Latin word read aloud as Russian: huy -> хуй, eblan -> еблан, zhopa -> жопа."""
    out: list[str] = []
    i = 0
    while i < len(word):
        for group, letter in _GROUPS:
            if word.startswith(group, i):
                out.append(letter)
                i += len(group)
                break
        else:
            char = word[i]
            if char == "y":  # after a vowel a short и (huy), elsewhere ы (my)
                out.append("й" if out and out[-1] in _VOWELS else "ы")
            else:
                out.append(_LETTERS.get(char, char))
            i += 1
    return _ADJECTIVE_END.sub("ый", "".join(out))


# A word read aloud: lower case or capitalised only; CamelCase and capitals are names and
# abbreviations (HostCMS, PHP, SMTP) and keep their letters.
_SPOKEN_WORD = patterns.compile(r"(?<![\w'])[A-Za-z][a-z']*(?![\w])")


def read_aloud(text: str) -> str:
    """A message that is Russian typed in Latin letters (perenesite sajt na hosting) with its
    words read aloud into Cyrillic, so the question and scope rules read it as Russian; any
    other message unchanged."""
    if not russian_in_latin(text):
        return text
    return _SPOKEN_WORD.sub(lambda m: by_sound(m.group().lower()), text)


def latin_mat(cleaned: str, is_obscene: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """(position, word as written) of each Latin word, or word of another script, that is mat
    when read aloud."""
    russian = _read_as_russian(cleaned)
    yield from other_script_mat(cleaned, is_obscene, russian=russian)
    if not russian:
        yield from _latin_compounds(cleaned, is_obscene)
        return
    for match in _LATIN_WORD.finditer(cleaned.lower()):
        word = match.group()
        readings = {word}
        # another spelling only for a word that reads as no Russian word plainly (pochuyal: почуял)
        if not morphology.is_known(by_sound(word)):
            readings.update(word.replace(spelled, said) for spelled, said in _OTHER_SPELLINGS if spelled in word)
        if any(is_obscene(by_sound(w)) for w in readings):
            yield match.start(), cleaned[match.start() : match.end()]


# In a Cyrillic message, a Latin word no English list knows that reads aloud as a mat compound, a
# stem and its linking vowel with a word after (hueserver, ebopochta, mudoverstal'shchiki), or a
# Latin half so joined by a hyphen to a Cyrillic word (mudo-специалисты; hue is English, and
# Philips sells Hue lamps). Four letters at least after the stem (not Hueman, ebony), in lower
# case or where a sentence starts (not Huebner, a surname inside one).
_COMPOUND_STEMS = ("хуе", "хуё", "ебо", "ёбо", "мудо", "пиздо", "долбо", "блядо")
_AFTER_STEM = 4
_LATIN_COMPOUND = patterns.compile(
    r"(?:(?<![\w'-])|(?<=[.!?] ))(?:(?<=[.!?] )[A-Z]|(?<![.!?] )[a-z]|^[A-Z])[a-z']{6,}(?![\w-])"
    r"|(?<![\w'-])[a-z]{2,6}-[а-яё]{4,}(?![\w-])", re.MULTILINE)


def _latin_compounds(cleaned: str, is_obscene: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """Latin mat compounds in a Cyrillic message (see ``_COMPOUND_STEMS``), and in a Latin one
    too short to read as Russian when what follows the stem is a word of the Russian dictionary
    (Ne katalog, a huejarmarka: ярмарка)."""
    latin_message = len(CYRILLIC.findall(cleaned)) <= len(LATIN.findall(cleaned))
    for match in _LATIN_COMPOUND.finditer(cleaned):
        written = match.group()
        latin, _, cyrillic = written.lower().partition("-")
        read = by_sound(latin.replace("'", "ь")) + cyrillic
        stem = next((s for s in _COMPOUND_STEMS if read.startswith(s)), None)
        if not stem or len(read) - len(stem) < _AFTER_STEM:
            continue
        if latin_message and not morphology.is_known(read[len(stem) :]):
            continue
        if is_obscene(read):
            from deskcli.domain.intake.obscene_english import english_word  # the long list, read only now

            # and no English word, nor one with e- before it (ebooking, ebox)
            if not english_word(latin) and not (latin.startswith("e") and english_word(latin[1:])):
                yield match.start(), written


# Russian typed with the keyboard left on the Latin layout (gbpltw for пиздец, pft,fkb for
# заебали): each key's Russian letter. A run of those keys with a Latin letter is read so when
# it cannot be English: a key sign inside it (the keys of х, б, ж, ъ) or no English vowel at
# all, which Russian vowels typed on those keys often leave (developer, Beget stay English).
# Words typed beside such a run (ds b velfrb: вы и мудаки) are read the same way once one of
# them is a Russian word on those keys.
_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~"
_KEYS_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"
_ON_RUSSIAN_KEYS = str.maketrans(_KEYS, _KEYS_RUSSIAN)
_KEY_RUN = patterns.compile(r"(?<![\w\[\];',.`{}<>~])[a-zA-Z\[\];',.`{}<>~]*[a-zA-Z][a-zA-Z\[\];',.`{}<>~]*")
_SENTENCE_SIGNS = ".,;'"
# not a dot or an apostrophe, which English words and addresses hold too (developer's, velo.ru)
_KEY_SIGN_INSIDE = patterns.compile(r"^[\[{<`~]|.[\[\];,`{}<>~].")
_ENGLISH_VOWEL = patterns.compile(r"[aeiouyAEIOUY]")


def _on_russian_keys(typed: str) -> str:
    return typed.translate(_ON_RUSSIAN_KEYS).casefold()


def _a_russian_word(typed: str) -> bool:
    """Whether the keys type a word of the Russian dictionary, no abbreviation (ds: вы); keys
    typed in capitals are an abbreviation themselves (CSV is no сым)."""
    if typed.isupper():
        return False
    read = _on_russian_keys(typed)
    return morphology.is_known(read) and not morphology.can_be(read, "Abbr")


def _not_english(typed: str) -> bool:
    return bool(_KEY_SIGN_INSIDE.search(typed)) or len(typed) >= 2 and not _ENGLISH_VOWEL.search(typed)


# The same slip on a Hebrew or a Greek layout, which writers in Israel, Cyprus and Greece keep
# beside the Russian one (ענפךא' for пиздец): each letter's key, and a sign the layout puts on a
# letter's key (' on w, / on q, , on ', ; on `) where it stands beside those letters.
_LAYOUT_KEYS = str.maketrans(
    "קראטוןםפשדגכעיחלךףזסבהנמצתץ'/,;" "ςερτυθιοπασδφγηξκλζχψωβνμ",
    "ertyuiopasdfghjkl;zxcvbnm,.wq'`" "wertyuiopasdfghjklzxcvbnm",
)
_LETTERS_OF_LAYOUTS = "\u05d0-\u05ea\u03b1-\u03c9"
_LAYOUT_RUN = patterns.compile(
    rf"(?:[{_LETTERS_OF_LAYOUTS}]|(?<=[{_LETTERS_OF_LAYOUTS}])['/,;]|['/,;](?=[{_LETTERS_OF_LAYOUTS}])){{3,}}"
)


def _other_layouts(cleaned: str, is_obscene: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """(position, word as written) of each run of Hebrew or Greek keys that is mat typed on the
    Russian keys, in a Russian message: a word of the Russian dictionary, since a Hebrew word read
    on those keys often holds a root (אתר, a website, is ебр)."""
    if not CYRILLIC.search(cleaned):
        return
    for match in _LAYOUT_RUN.finditer(cleaned):
        keys = match.group().translate(_LAYOUT_KEYS)
        for typed in dict.fromkeys((keys, keys.rstrip(_SENTENCE_SIGNS))):
            if morphology.is_known(read := _on_russian_keys(typed)) and is_obscene(read):
                yield match.start(), match.group()
                break


# The layout switched in the middle of a word after a prefix's two or three keys (jnмудохать: от
# on the Latin keys, then Cyrillic), keys no English word is (developерам stays English).
_SWITCHED_IN_WORD = patterns.compile(r"(?<![\w\[\];',.`])([a-zA-Z\[\];'`]{2,3})[а-яё]{3,}(?!\w)")


def _switched_in_word(cleaned: str, is_obscene: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    for match in _SWITCHED_IN_WORD.finditer(cleaned):
        if _not_english(match.group(1)) and is_obscene(_on_russian_keys(match.group())):
            yield match.start(), match.group()


def wrong_layout(cleaned: str, is_obscene: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """(position, word as written) of each run of Latin keys that is mat typed on the Russian
    keys: [eqyz, gbpltw, velfrb after ds b; and of Hebrew or Greek keys so typed. A sign that
    ends a sentence is tried without it."""
    yield from _other_layouts(cleaned, is_obscene)
    yield from _switched_in_word(cleaned, is_obscene)
    # runs of keys one space apart, each group read as Russian once one of its words is
    groups: list[list[re.Match[str]]] = []
    for match in _KEY_RUN.finditer(cleaned):
        if groups and cleaned[groups[-1][-1].end() : match.start()] == " ":
            groups[-1].append(match)
        else:
            groups.append([match])
    for group in groups:
        russian = any(_not_english(typed) and _a_russian_word(typed) for typed in (m.group().rstrip(_SENTENCE_SIGNS) for m in group))
        for match in group:
            keys = match.group()
            for typed in dict.fromkeys((keys, keys.rstrip(_SENTENCE_SIGNS))):
                if len(typed) >= 3 and (russian or _not_english(typed)) and is_obscene(_on_russian_keys(typed)):
                    yield match.start(), keys
                    break


# An all-Latin word is read by sound only when long enough that English has no word that
# sounds like mat (her, hue do); then only a dictionary form of an obscene lemma counts.
_SOUNDED_LATIN_LENGTH = 6


def sounded_mat(word: str, lexicon: Lexicon) -> bool:
    """Whether Latin letters read by their sound make mat: Pиzдец, ebanogo."""
    if not LATIN.search(word) or not word.isalpha():
        return False
    reading = sounded_reading(word)
    if LATIN.search(reading):
        return False
    if CYRILLIC.search(word):
        # mostly Cyrillic already: the word is Russian, every obscene test applies
        return lexicon.matches(reading) or bool(morphology.lemmas(reading) & lexicon.lemmas)
    # an adjective's ending typed short: dolbany for долбаный, dolbanye for долбаные
    readings = [reading, *(reading[: -len(short)] + full for short, full in _SHORT_ENDINGS if reading.endswith(short))]
    if len(word) < _SOUNDED_LATIN_LENGTH or lexicon.is_innocent(fold(word)):
        return False
    # a word typed the Russian way (zh, kh, yo, ya; -aya, -yj, -ajte) is Russian: a root counts
    # too (Gondonskaya, uyobyvajte); no word of an English dictionary of 73,604 has that shape
    # and a mat root read aloud
    return any(morphology.is_known(r) and bool(morphology.lemmas(r) & lexicon.lemmas) for r in readings) or bool(
        _TYPED_RUSSIAN.search(fold(word))) and lexicon.matches(fold(reading))


# The letters of Russian typed in Latin that English words seldom have (zh, kh, yo, ya …) and
# its endings (-aya, -yj, -ajte, -ogo …).
_TYPED_RUSSIAN = patterns.compile(r"zh|kh|shch|yo|ya|yu|ye|(?:aya|yj|iy|oj|yte|ajte|ovat|yy|ogo|ego|ykh|ikh)$")


# Russian typed in Latin often drops an adjective ending's й or writes ые as "ye" (novy, novye).
_SHORT_ENDINGS = (("ы", "ый"), ("е", "ые"), ("и", "ий"))


__all__: Sequence[str] = ("by_sound", "latin_mat", "read_aloud", "russian_in_latin", "sounded_mat", "wrong_layout")
