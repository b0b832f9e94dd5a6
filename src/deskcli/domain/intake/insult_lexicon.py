"""The insult vocabulary (SPEC 2.8.3), insults.txt compiled: what a word is as an insult
(noun or adjective, weak or not, a plural subject or not) in any of its inflections, and the
abusive phrases. Whether an insult is aimed at someone is ``insults``'s question."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC, plain_readings
from deskcli.domain.intake.insult_coined import Insult, dull_headed, emptied, sham
from deskcli.domain.intake.insult_parties import context_words
from deskcli.domain.intake.obscene import obscene_lexicon
from deskcli.domain.intake.obscene_english import english_word
from deskcli.domain.intake.wordlists import stopwords, word_list


# The second person or its possessive, then up to two words, before an @"phrase" of
# insults.txt (you are brain-dead, your pea-brained support).
_TO_ADDRESSEE = r"(?:вы|ты|you|your|ваш\w*|тво[йиеё]\w*)(?:\s+[^\s.,!?;:]+){0,2}\s+"
_PROPER_NAME = frozenset(("Surn", "Name", "Patr"))
_PARTS_OF_SPEECH = frozenset(("NOUN", "ADJF", "ADJS", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "INTJ"))
_EN_INFLECTIONS = ("", "s", "es", "ic", "ically", "ish", "ed")


def _escaped(phrase: str) -> str:
    """A phrase of words, spaces, hyphens and apostrophes as its own pattern (none of them is
    special outside a class); anything else escaped. re.escape on every one of the list's
    hundreds of phrases cost a millisecond of each desk open."""
    plain = phrase.replace(" ", "").replace("-", "").replace("'", "").replace("’", "")
    escaped = phrase if plain.isalnum() else re.escape(phrase)
    if "-" not in phrase:
        return escaped
    # the hyphen may have been joined away, spaces put after (tin-pot: obscene_masks.joined_cut_words)
    return escaped.replace("\\-", "-").replace("\\ ", " ").replace("-", r"(?:-|\s*)").replace(" ", r"\s+")


# words stopwords.txt leaves in search terms that still make a phrase of everyday English with
# the word beside them (know nothing, has it all), not a hyphened insult written apart
_FUNCTION_WORDS = frozenset({"nothing", "anything", "everything", "something", "all", "know"})


# The words that make an English phrase a telling-off (screw you, kiss my ass, sod off), not a
# label (con man, whose words run together are the word conman)
_TOLD_OFF = frozenset(("you", "your", "yours", "ya", "ye", "me", "my", "off"))


def _run_together(pattern: str) -> str:
    """A telling-off's pattern that also reads its words run together, as a hashtag or a handle
    writes them (screwyou, #yousuck); none of the list's runs into an English word."""
    return pattern.replace(r"\s+", " ").replace(" ", r"\s*")


class _InsultLexicon:
    """insults.txt compiled: Russian lemmas (every inflection through the dictionary),
    whole words, English stems, and abusive phrases."""

    def __init__(self, entries: Sequence[str]) -> None:
        self._lemmas: dict[str, frozenset[str]] = {}
        self._whole: dict[str, frozenset[str]] = {}
        stems: list[tuple[str, frozenset[str]]] = []
        phrases: list[str] = []
        # entries with the same tags (most have none, many are weak) share one set: the list
        # is read on every desk open, three thousand entries and more
        tag_sets: dict[str, frozenset[str]] = {"": frozenset()}
        for entry in entries:
            first = entry[0]
            if first == "@":
                # said to someone: вы (вообще) в своем уме, are you guys out of your mind
                phrases.append(_TO_ADDRESSEE + _escaped(entry[2:-1]))
            elif first == '"':
                phrases.append(_run_together(_escaped(entry[1:-1])) if _TOLD_OFF & set(entry[1:-1].split()) else _escaped(entry[1:-1]))
            else:
                word, _, said = entry.partition(" ")
                tags = tag_sets.get(said) or tag_sets.setdefault(said, frozenset(said.split()))
                if first == "=":
                    self._whole[word[1:]] = tags
                elif not first.isascii():  # folded Cyrillic: a lemma
                    self._lemmas[word] = tags
                else:
                    stems.append((word, tags))
        self._stems = tuple(stems)
        self._phrases = rf"(?<!\w)(?:{'|'.join(phrases) or '(?!)'})(?!\w)"

    @property
    def phrases(self) -> re.Pattern[str]:
        return patterns.compile(self._phrases)  # built once, then patterns gives it back

    def insult(self, word: str) -> Insult | None:
        """The word as an insult, or None when it is no insult."""
        if word in self._whole:
            tags = self._whole[word]
            plural = word.endswith(("ы", "и")) or word.isascii() and word.endswith("s")
            return Insult("adj" in tags, "weak" in tags, plural)
        if CYRILLIC.search(word):
            return self._russian(word)
        for stem, tags in self._stems:
            if not word.startswith(stem):
                continue
            # (and a wit's folly made a noun: nitwittery, dimwittery)
            ending = word[len(stem) :]
            folly = stem.endswith("wit") and ending in ("tery", "teries")
            if (ending in _EN_INFLECTIONS or folly) and not obscene_lexicon().is_innocent(word):
                plural = word.endswith("s") and not word.endswith(("ss", "ous"))
                return Insult("adj" in tags, "weak" in tags, plural)
        return _empty_head(word)

    def spaced(self, first: str, second: str) -> Insult | None:
        """A hyphened whole entry written as two words (knuckle draggers, clever clogs), when
        neither half is a function word: "has been" and "know nothing" are everyday English."""
        if first in _FUNCTION_WORDS or second in _FUNCTION_WORDS or first in stopwords() or second in stopwords():
            return None
        joined = f"{first}-{second}"
        return self.insult(joined) if joined in self._whole else None

    def _russian(self, word: str) -> Insult | None:
        # A proper name is no reading of a word inside a sentence (_looks_like_name keeps the
        # capitalised ones apart): баранов, козлов are the insults' plurals, not surnames.
        parses = [p for p in morphology.parses(word) if not p.grammemes & _PROPER_NAME]
        if parses and parses[0].lemma not in self._lemmas and not morphology.is_known(word):
            # A word the dictionary does not know is guessed, and a guess can miss the lemma
            # (имбецилы, утырки, тормознутых): read its ending off instead.
            if (guessed := self._guessed(word)) is not None:
                return guessed
        # Only when the likeliest reading is the insult: падали is a verb before it is падаль.
        # A reading under a lemma the dictionary lists later but as the same part of speech
        # as every reading before it still counts (неумехи: неумех before неумеха).
        at = next((i for i, p in enumerate(parses) if p.lemma in self._lemmas), None)
        if at is None and parses and (collective := self._collective(parses[0]) or _coined_collective(word)) is not None:
            return collective
        if at is None and (coined := _belittled(word) or sham(word) or dull_headed(word) or emptied(word) or self._quality(parses)
                                or self._of_an_insult(parses)):
            return coined
        if at is None and (augmented := _AUGMENTED.fullmatch(word)) and _with_fleeting_vowel(augmented.group("base")) & self._lemmas.keys():
            return Insult(False, False, word.endswith("и"))  # бракоделище, болванище: the insult made bigger
        if at is None and (small := _DIMINISHED.fullmatch(word)) and small.group("base") + "ик" in self._lemmas:
            return Insult(False, False, word.endswith("и"))  # нахлебнички: the insult made small, in scorn
        if at is None or any(p.grammemes & _PARTS_OF_SPEECH != parses[at].grammemes & _PARTS_OF_SPEECH
                             for p in parses[:at]):
            return None
        readings = [p for p in parses if p.lemma == parses[at].lemma]
        tags = self._lemmas[readings[0].lemma]
        adjective = "adj" in tags or all(p.has("ADJF") or p.has("ADJS") for p in readings)
        plural_subject = any(
            p.has("plur") and (p.has("nomn") or p.has("voct") or p.has("ADJS")) for p in readings
        )
        return Insult(adjective, "weak" in tags, plural_subject)


    def _quality(self, parses: Sequence[morphology.Parse]) -> Insult | None:
        """A want of wits an insult names (безмозглость of безмозглый, бездарность): said of the desk's
        people as its owner (ваша безмозглость; безмозглость вашего отдела). Not other qualities,
        which a complaint names in earnest (хамство, наглость, медлительность вашего сотрудника)."""
        if not parses or not parses[0].has("NOUN"):
            return None
        lemma = parses[0].lemma
        if not (lemma.endswith("ость") and any(root in lemma for root in _WITS)):
            return None
        return Insult(False, False, False) if any(lemma[:-4] + end in self._lemmas for end in ("ый", "ой", "ий")) else None

    def _of_an_insult(self, parses: Sequence[morphology.Parse]) -> Insult | None:
        """An adjective made of an insulting noun (раздолбайская контора, ротозейное сборище: of
        раздолбай, ротозей), said of people as the noun is; weak when the noun is (клоунский)."""
        if not parses or not parses[0].has("ADJF"):
            return None
        lemma = parses[0].lemma
        stem = next((lemma[: -len(end)] for end in ("овский", "овской", "евский", "ский", "ской", "ный", "ной") if lemma.endswith(end)), "")
        # (шельмовская: of шельма, its vowel dropped before the suffix)
        noun = next((n for n in (stem, stem + "а", stem + "я") if n in self._lemmas and morphology.can_be(n, "NOUN")), None)
        return Insult(True, "weak" in self._lemmas[noun], parses[0].has("plur")) if noun else None

    def _collective(self, parse: morphology.Parse) -> Insult | None:
        """A collective noun in -ьё built on an insult (хамьё on хам, дурачьё on дурачок):
        the whole crowd named by it. Its stem must be the insult itself or, from four
        letters, an insult's start, so бельё, сырьё, дубьё (дуб, not дубина) stay words."""
        lemma = parse.lemma
        if not (parse.has("NOUN") and lemma.endswith("ье") and len(lemma) > 4):
            return None
        stem = lemma[:-2]
        if stem in self._lemmas or len(stem) >= 4 and any(known.startswith(stem) for known in self._lemmas):
            return Insult(False, False, parse.has("nomn"))
        return None

    def _guessed(self, word: str) -> Insult | None:
        """An unknown word as an insult lemma with a noun's or an adjective's ending."""
        for ending, lemma_ending, plural in _GUESSED_ENDINGS:
            if word.endswith(ending) and (lemma := word[: len(word) - len(ending)] + lemma_ending) in self._lemmas:
                tags = self._lemmas[lemma]
                adjective = "adj" in tags or lemma_ending == "ый"
                return Insult(adjective, "weak" in tags, plural and (adjective or ending in ("ы", "и")))
        return None


_WITS = ("мозг", "голов", "умн", "бездар", "бестолк")


# A crowd named by a coined collective in -ьё or -ота on a noun of the living or an adjective
# (бюрократьё, ишачьё, жабьё, студентота, вшивота): Russian makes them only to sneer. Only a word
# the dictionary does not know (бельё, сырьё, старьё, работа, забота are words of their own),
# on a base it knows: the stem itself, with -а or -ый (вшив: вшивый), or with its consonant
# before -ьё put back (ишач: ишак, жаб: жаба).
_COLLECTIVE_ENDINGS = ("ьё", "ье", "ота")
_ALTERNATIONS = (("ч", "к"), ("ж", "г"), ("ш", "х"))
_SHORTEST_STEM = 3


def _coined_collective(word: str) -> Insult | None:
    ending = next((e for e in _COLLECTIVE_ENDINGS if word.endswith(e)), None)
    if ending is None or morphology.is_known(word) or len(stem := word[: -len(ending)]) < _SHORTEST_STEM:
        return None
    bases = [stem, stem + "а", stem + "ый", *(stem[:-1] + to for at, to in _ALTERNATIONS if stem.endswith(at))]
    for base in bases:
        for parse in morphology.parses(base):
            living = parse.has("NOUN", "anim") and not parse.grammemes & _PROPER_NAME
            if parse.known and parse.has("nomn") and (living or ending == "ота" and parse.has("ADJF")):
                return Insult(False, False, True)
    return None


# Endings of Russian nouns (к-stems drop the fleeting о: утырки, утырок) and adjectives,
# with the lemma's ending and whether the form is plural, for words the dictionary lacks.
_GUESSED_ENDINGS = (
    ("ками", "ок", True), ("ков", "ок", True), ("кам", "ок", True), ("ках", "ок", True), ("ки", "ок", True),
    ("ами", "", True), ("ов", "", True), ("ам", "", True), ("ах", "", True), ("ы", "", True), ("и", "", True),
    ("ом", "", False), ("а", "", False), ("у", "", False), ("е", "", False), ("", "", False),
    ("ыми", "ый", True), ("ых", "ый", True), ("ые", "ый", True), ("ый", "ый", False), ("ого", "ый", False),
    ("ому", "ый", False), ("ым", "ый", False), ("ая", "ый", False), ("ой", "ый", False), ("ую", "ый", False),
)


# An English name for a fool made of a thing and the head, brain or wits it stands for
# (cabbageheads, mushbrains, wantwits, cloth-heads read hyphened, clod-pates): a coinage of the kind
# everyone makes, which no list holds. Not a word English has (letterhead, warhead, forehead,
# the ones in english_words.txt or _NOT_EMPTY_HEADS), nor one of two letters before the head.
_EMPTY_HEAD = patterns.compile(r"(?P<thing>[a-z]{3,})-?(?:head|brain|wit|pate)s?")
_NOT_EMPTY_HEADS = frozenset((
    "skin", "bulk", "print", "shower", "war", "letter", "figure", "mast", "spear", "arrow", "fore", "red", "god",
    "bridge", "rail", "trail", "well", "drum", "pit", "dead", "fountain", "hammer", "sleepy", "tow", "bed", "over",
    "sub", "logger", "copper", "black", "white", "beach", "spring", "thread", "cylinder", "read", "write", "out",
    "bar", "match", "fish", "pier", "show", "de", "mind", "life", "saver", "super", "pot", "nut",
))


# gravel-brained, mud-brained, hogget-brained: a thing's brain said of a person, as an adjective
# (scatterbrained too); not the left or right brain of popular psychology, nor a big one
_BRAINED = patterns.compile(r"(?P<thing>[a-z]{3,})-?brained")
_NOT_DULL_BRAINS = frozenset(("left", "right", "big", "large", "quick", "whole"))


# waffle-merchants, kettle-watchers, keyboard-warmers, clock-botherers, script-monkeys: a thing and a
# doer who only trades in it, watches, warms, bothers, prods, twiddles, polishes, fills, dodges or juggles it, or apes
# at it, coined as chair-warmer and clock-watcher are (weak: a tea merchant is one)
_IDLE_DOER = patterns.compile(
    r"[a-z]{3,}-(?:merchant|watcher|warmer|pusher|shuffler|botherer|prodder|twiddler|polisher|filler|monkey|dodger|juggler)s?")
# clickwits, snooze-wits: a thing's wit, as dimwit and nitwit are (weak: the godwit is a bird)
_WIT = patterns.compile(r"(?P<thing>[a-z]{3,})-?wits?")
# shrug-artists, excuse-artists: an artist of what is no art, as con-artist and piss-artist are;
# not the trades an artist has (make-up, tattoo, graffiti artists)
_FAKE_ARTIST = patterns.compile(r"(?P<art>[a-z]{3,})-artists?")
_ARTS = frozenset(("makeup", "tattoo", "graffiti", "trapeze", "concept", "sketch", "storyboard", "street", "nail", "henna",
                   "performance", "recording", "voice", "comic", "cover", "lead", "guest", "solo", "session", "video", "sound"))


def _empty_head(word: str) -> Insult | None:
    artist = _FAKE_ARTIST.fullmatch(word)
    if _IDLE_DOER.fullmatch(word) or artist is not None and artist.group("art") not in _ARTS:
        return Insult(False, True, word.endswith("s"))
    wit = _WIT.fullmatch(word)
    if wit is not None and english_word(wit.group("thing")) and not english_word(word.replace("-", "")):
        return Insult(False, True, word.endswith("s"))
    brained = _BRAINED.fullmatch(word)
    if brained is not None:
        return Insult(True, False, False) if brained.group("thing") not in _NOT_DULL_BRAINS else None
    match = _EMPTY_HEAD.fullmatch(word)
    if match is None or match.group("thing") in _NOT_EMPTY_HEADS:
        return None
    if english_word(word.replace("-", "")):
        return None
    if word.rstrip("s").endswith("pate") and (len(match.group("thing")) < 4 or not english_word(match.group("thing"))):
        return None  # a pate after a word of its own (clod-pates), not a verb's end (constipate, palpates)
    # weak: counted only when plainly said to someone, for tools, toys and sweets are named so
    # too (hex-heads, Bobbleheads, Airheads candy)
    return Insult(False, True, word.endswith("s"))


@cache
def insult_lexicon() -> _InsultLexicon:
    return _InsultLexicon(word_list("insults.txt"))


@lru_cache(maxsize=8192)
def _insult_readings(word: str) -> tuple[Insult, ...]:
    """A folded word's readings as an insult, aimed or not; none if it is no insult."""
    lexicon = insult_lexicon()
    return tuple(found for reading in plain_readings(word) if (found := lexicon.insult(reading)) is not None)


def is_insult_word(word: str) -> bool:
    """Whether a folded word is an insult in any reading, aimed or not."""
    return bool(_insult_readings(word))


def is_strong_insult_word(word: str) -> bool:
    """Whether a folded word is an insult in a reading that is not a weak one (баран, dog)."""
    return any(not found.weak for found in _insult_readings(word))


def abusive_phrases() -> re.Pattern[str]:
    """The abusive phrases of insults.txt ("пошли вы", "shut up") over folded text."""
    return insult_lexicon().phrases


# операторишки, консультантишка, людишки: a person's noun with the suffix that belittles
# ребятишки, девчатишки: fond, not belittling
_FOND_BASES = frozenset(("ребят", "девчат"))
_BELITTLING = patterns.compile(r"(?P<base>[а-яё]{3,}?)[ие]шк(?:и|а|ам|ами|ах|у|ой|е|ек)")


# An insult with the suffix that makes it bigger (бракоделище, болванищи): a noun's -ищ- on the
# lemma itself.
_AUGMENTED = patterns.compile(r"(?P<base>[а-яё]{4,})ищ(?:е|а|у|ем|и|ам|ами|ах)?")
_DIMINISHED = patterns.compile(r"(?P<base>[а-яё]{4,}н)ичк(?:и|ов|ам|ами|ах|а|у|ой|е)")


def _with_fleeting_vowel(base: str) -> set[str]:
    """A stem as it is, and with the vowel that drops before an ending put back (козл: козел,
    козёл, as the list writes either)."""
    return {base, *(base[:-1] + vowel + base[-1] for vowel in "еоё")}


def _belittled(word: str) -> Insult | None:
    """A noun of the desk's people, or of people at all, with the suffix -ишк- that belittles
    them (операторишки, специалистишка, людишки): an insult whatever the base."""
    match = _BELITTLING.fullmatch(word)
    if match is None:
        return None
    base = match.group("base")
    # (сисадминишки: a job's noun with a word before it, ending in one the sections hold)
    people, jobs = context_words("person"), context_words("staff_role")
    if not any(base[at:] in people or base[at:] in jobs for at in (0, *range(2, len(base) - 3))) and base != "люд":
        return None
    if base in _FOND_BASES:
        return None  # ребятишки: children, said fondly
    return Insult(False, False, word.endswith("и"))
