"""Insults Russian coins from words of its own (SPEC 2.8.3), read by their shape since no list
holds them: a sham of a person (недоадмины), a dull head or a poor mind (кочанноголовые,
тугоумные), and an empty one of new making (пустомешки). ``Insult`` is what the lexicon makes
of every insulting word."""

from __future__ import annotations

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.named import NamedTuple

__all__ = ["Insult", "dull_headed", "emptied", "sham"]

_PROPER_NAME = frozenset(("Surn", "Name", "Patr"))


class Insult(NamedTuple):
    """What an insulting word is: a noun or adjective, plural or not, nominative or not.

    ``weak`` marks a word with an everyday sense (баран, свинья, clown): it counts only
    when plainly addressed, never for being a plural in the nominative.
    """

    adjective: bool
    weak: bool
    plural_subject: bool


# полутехники, лжеэкономисты, псевдопрограммисты, недоадмины: a person's noun with a prefix that
# says they are not what the noun names. Only a word the dictionary does not know (полузащитник,
# лжесвидетель, полубог are words of their own), on a noun of the living it knows, and not on
# the words that make halves of a whole (полусотня) or kin (полубрат).
_SHAM = patterns.compile(r"(?P<prefix>лже|псевдо|недо|полу|горе-?)(?P<base>[а-яё]{4,})")
_NOT_SHAM = frozenset(("брат", "сестра", "сирота", "финалист", "кровка", "сотник", "эльф", "орк", "гном", "демон", "рослик"))


def sham(word: str) -> Insult | None:
    match = _SHAM.fullmatch(word)
    if match is None or morphology.is_known(word):
        return None
    for parse in morphology.parses(match.group("base")):
        if parse.known and parse.has("NOUN", "anim") and not parse.grammemes & _PROPER_NAME and parse.lemma not in _NOT_SHAM:
            return Insult(False, False, parse.has("plur") and parse.has("nomn"))
    return None


# кочаноголовые, пнеголовый, чурбанолобые, тугоумные: a head or a brow of a dull thing, or a mind
# called poor, as Russian coins them to call someone slow. Only a word the dictionary does not
# know, on a thing's noun (not gold, flax or snow, that say a colour; copper is dull) or a poor mind's adverb;
# and empty or tin eyes (пустоглазые), an empty or flat brow (пустолобые).
_HEADED = patterns.compile(  # the poor mind first: пустолобые is no brow of a thing called пуст
    r"(?:(?:худо|скудо|мало|слабо|туго|мелко|косно|куце)умн|(?:пусто|мутно|оловянно|стеклянно|рыбо|тупо)глаз|(?:пусто|плоско)лоб)"
    r"(?P<mind>ый|ая|ое|ые|ых|ым|ыми|ого|ому|ой|ую)"
    r"|(?P<base>[а-яё]{2,}?)[ое](?:голов|лоб)(?P<ending>ый|ая|ое|ые|ых|ым|ыми|ого|ому|ой|ую)"
)
_DULL_STUFF = frozenset(("медный", "чугунный", "деревянный", "оловянный", "каменный", "свинцовый", "дубовый", "пробковый", "ватный",
                         "мякинный", "опилочный", "картонный", "фанерный", "глиняный", "тряпичный"))
_COLOURS = frozenset(("золото", "серебро", "лён", "снег", "огонь", "соль", "смоль", "лунь"))


def dull_headed(word: str) -> Insult | None:
    match = _HEADED.fullmatch(word)
    if match is None:
        return None
    plural = (match.group("ending") or match.group("mind")) == "ые"
    if match.group("ending") and match.group("base") + "ый" in _DULL_STUFF:
        return Insult(True, False, plural)  # (деревянноголовые, чугуннолобый: a head of a dull stuff, in the dictionary or not)
    if morphology.is_known(word):
        return None
    if match.group("mind"):
        return Insult(True, False, plural)
    base = match.group("base")
    # кочанноголовые: the thing's adjective (кочанный) joined, not its noun
    for noun in (base, base + "а", base + "я", base + "ь", base + "о", *([base[:-1]] if base.endswith("нн") else [])):
        if any(p.known and p.has("NOUN", "inan") and p.has("nomn") and p.lemma == noun and noun not in _COLOURS
               for p in morphology.parses(noun)):
            return Insult(True, False, plural)
    return None


# пустомешки, пустомясые: a coinage on пусто- (empty) and a noun the dictionary knows, as
# пустомеля and пустозвон were coined; only a word the dictionary does not know (пустотелый,
# пустошь and пустоцвет are words of their own). An adjective's ending joins the noun's stem
# (мясо: пустомясые).
_EMPTY = patterns.compile(r"пусто(?P<base>[а-яё]{3,}?)(?P<adjective>ый|ая|ое|ые|ых|ым|ыми|ого|ому|ой|ую)?")


def emptied(word: str) -> Insult | None:
    match = _EMPTY.fullmatch(word)
    if match is None or morphology.is_known(word):
        return None
    base, adjective = match.group("base"), match.group("adjective")
    if adjective is None:
        nouns = [p for p in morphology.parses(base) if p.known and p.has("NOUN")]
        return Insult(False, False, nouns[0].has("plur") and nouns[0].has("nomn")) if nouns else None
    if any(p.known and p.has("NOUN") and p.lemma == base + vowel for vowel in "оа" for p in morphology.parses(base + vowel)):
        return Insult(True, False, adjective == "ые")
    return None
