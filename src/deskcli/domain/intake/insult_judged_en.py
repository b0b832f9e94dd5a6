"""English shapes that judge the desk's people whatever the word (SPEC 2.8.3), beside the
addresses of ``insult_vocatives_en``: asked which of them did it (Which of you wingnuts told …?);
called "you absolute X"; a coinage placed at the desk that did something or answers the tickets
(Some mumpit on your desk closed …); asked whether they are all X up there; said to be a coined
plural (Your support staff are complete dunderwhelps); or called by a compound of a head or a
brain (Dear parsnip-brained experts). Each shape names a word no list need hold; the insult
lexicon's own words are its rules' to judge."""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake.cues import domain_words
from deskcli.domain.intake.insult_lexicon import is_insult_word
from deskcli.domain.intake.insult_parties import THE_DESK, at_the_desk, context_words
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives_en import (
    EN_VERBS, GROUPS, INTENSIFIERS, NOT_PLURAL, closes, coined, english_plural,
)
from deskcli.domain.intake.normalising import CYRILLIC, LATIN
from deskcli.domain.intake.obscene_english import english_word


def judged_in_english(sentence: Sequence[Token]) -> Token | None:
    """The word the desk's people are called in one of the module's shapes, if any."""
    for at, token in enumerate(sentence):
        if token.reading == "you" and (called := _which_of_you(sentence, at) or _you_absolute(sentence, at)) is not None:
            return called
    return (_x_brained(sentence) or _placed_coinage(sentence) or _all_up_there(sentence) or _your_people_are(sentence)
            or _everyone_there_a(sentence))


# Who the desk's people are, asked which of them did something: engineers, not wingnuts.
_DESK_FOLK = frozenset(("experts", "specialists", "managers", "techs", "technicians", "admins", "administrators", "operators",
                        "consultants", "reps", "representatives", "ladies", "gentlemen", "chaps", "lads", "colleagues",
                        "two", "three", "lot", "all", "folk", "staff", "agents", "guys", "folks", "people"))


def _which_of_you(sentence: Sequence[Token], at: int) -> Token | None:
    """Which of you wingnuts told our manager …?: whatever plural the reader's people are called
    when asked which of them did it, if no job, friendly word or thing of the shop's it is, and a
    verb follows. The insult lexicon judges its own words (Which of you idiots …)."""
    if at < 2 or [t.reading for t in sentence[at - 2 : at]] != ["which", "of"] or at + 2 >= len(sentence):
        return None
    named, verb = sentence[at + 1], sentence[at + 2]
    if closes(sentence[at].gap_after) or closes(named.gap_after) or named.quoted or not english_plural(named.reading):
        return None
    if named.reading in _DESK_FOLK | NOT_PLURAL or _in(named, "person") or _in(named, "friendly_address") or _in(
            named, "mock_praise") or domain_words([named.reading]) or is_insult_word(named.reading):
        return None
    return named if verb.reading in EN_VERBS or verb.reading.endswith("ed") else None


_ABSOLUTE = frozenset(("absolute", "utter", "complete", "total"))


def _you_absolute(sentence: Sequence[Token], at: int) -> Token | None:
    """You absolute pondlife.; you utter dross, …: one word after "you" and an intensifier, that
    ends the clause, is a name the reader is called, whatever its number, if no friendly or
    praise word (You absolute legend!) nor the lexicon's own, which its rules judge."""
    if at + 2 >= len(sentence) or sentence[at + 1].reading not in _ABSOLUTE or closes(sentence[at].gap_after):
        return None
    named = sentence[at + 2]
    if not (at + 3 == len(sentence) or closes(named.gap_after)) or named.quoted or not named.reading.isalpha():
        return None
    if CYRILLIC.search(named.reading) or is_insult_word(named.reading) or any(
            named.reading + ending in context_words(section) for ending in ("", "s", "es")
            for section in ("friendly_address", "mock_praise")):
        return None  # (a praise word the lists hold in the plural: legend, star)
    thanked = any(t.reading in ("thanks", "thank", "cheers") for t in sentence)
    return None if thanked or "!" in named.gap_after and not english_plural(named.reading) else named


# Words before a coinage that make it someone (some mumpit, whatever gowk, that bampot).
_SOMEONE = frozenset(("some", "whatever", "whichever", "that", "this", "the", "your"))
# The desk's people as customers shorten them, which no English word list holds.
_SHORT_ROLES = frozenset(("temp", "temps", "techie", "techies", "tech", "techs", "admin", "admins", "rep", "reps", "dev",
                          "devs", "bot", "bots", "newbie", "newbies", "noob", "noobs", "intern", "interns"))


def _placed_coinage(sentence: Sequence[Token]) -> Token | None:
    """Some mumpit on your desk closed my ticket: a word no English word list holds, said of
    someone (some, whatever, that …) placed at the desk by the words after it, is what the
    writer calls the desk's person when it did something to the writer; not a job shortened
    (some temp on your desk), nor a thing there (some macros in your support portal break)."""
    for at in range(1, len(sentence) - 2):
        named = sentence[at]
        word = named.reading
        if sentence[at - 1].reading not in _SOMEONE or named.quoted or not named.surface[:1].islower():
            continue
        if not word.isalpha() or not LATIN.search(word) or len(word) < 4 or word in _SHORT_ROLES or english_word(word):
            continue
        if domain_words([word]) or any(_in(named, s) for s in ("person", "staff_role", "friendly_address", "mock_praise")):
            continue
        # and it did something to the writer, as a person does (closed, told, keeps …)
        did = any(t.reading in EN_VERBS or t.reading in _DID or t.reading.endswith("ed") for t in sentence[at + 2 : at + 7])
        if did and at_the_desk(sentence, at):
            return named
        # or it does the desk's work (the dozeballs answering your tickets)
        if english_plural(word) and [t.reading for t in sentence[at + 1 : at + 3]] in (["answering", "your"], ["answering", "my"]):
            return named
    return None


_DID = frozenset(("told", "said", "keeps", "kept", "sent", "wrote", "hung", "gave", "says", "tells", "refused", "ignores"))


def _all_up_there(sentence: Sequence[Token]) -> Token | None:
    """Are you all donnert up there?: the desk asked whether all of it is something, where it
    sits; a word no English word list holds (an insult word the lexicon's rules judge)."""
    words = [t.reading for t in sentence]
    for at in range(len(words) - 5):
        asked = words[at : at + 3] in (["are", "you", "all"], ["are", "ye", "all"])
        if not asked or words[at + 4] not in ("up", "over", "down", "out") or words[at + 5] != "there":
            continue
        named = sentence[at + 3]
        if named.reading.isalpha() and LATIN.search(named.reading) and not english_word(named.reading) and not named.quoted:
            return named
    return None


def _everyone_there_a(sentence: Sequence[Token]) -> Token | None:
    """Is everyone on that desk a mommet?: the whole desk asked whether it is a word no English
    word list holds."""
    words = [t.reading for t in sentence]
    for at in range(len(words) - 5):
        if words[at : at + 2] not in (["is", "everyone"], ["is", "everybody"]) or words[at + 2] not in ("on", "at", "in"):
            continue
        rest = words[at + 3 : at + 7]
        place = next((i for i, w in enumerate(rest) if w in THE_DESK), None)
        if place is None or place + 1 >= len(rest) or rest[place + 1] not in ("a", "an"):
            continue
        named = sentence[at + 3 + place + 2] if at + 3 + place + 2 < len(sentence) else None
        if named is not None and named.reading.isalpha() and LATIN.search(named.reading) and not english_word(named.reading):
            return named
    return None


_YOUR_PEOPLE = frozenset(("staff", "team", "people", "agents", "engineers", "operators", "lot", "folk", "support"))


def _your_people_are(sentence: Sequence[Token]) -> Token | None:
    """Your support staff are complete ullus: the desk's people said to be a coined plural, as
    "you lot are doylums" is (`_you_are`)."""
    words = [t.reading for t in sentence]
    for at in range(len(words) - 2):
        if words[at] != "are" or not any(w == "your" for w in words[max(0, at - 3) : at]) or words[at - 1] not in _YOUR_PEOPLE:
            continue
        index = at + 1
        while index < len(sentence) and words[index] in INTENSIFIERS and not closes(sentence[index - 1].gap_after):
            index += 1
        if index < len(sentence) and (index + 1 == len(sentence) or closes(sentence[index].gap_after)) and coined(sentence[index]):
            return sentence[index]
    return None


# Compounds of a head or a brain that judge one (parsnip-brained, hulver-headed), and the words
# that make such a compound praise (level-headed, clear-headed, quick-witted).
_HEADED = frozenset(("brained", "headed", "witted", "pated"))
_GOOD_HEADS = frozenset(("level", "clear", "cool", "quick", "sharp", "keen", "open", "fair", "bright", "sound", "strong",
                         "clever", "smart", "even", "wise", "nimble", "hard", "calm",
                         # a head's colour or number says what it looks like, not what it is worth
                         "red", "white", "black", "grey", "gray", "dark", "two", "three", "many", "double"))
_BEFORE_HEADED = frozenset(("your", "you", "dear", "of", "those", "these"))


def _x_brained(sentence: Sequence[Token]) -> Token | None:
    """Dear parsnip-brained experts, …; your hulver-headed support; a pack of bin-brained clerks:
    a compound of a head or a brain said of the desk's people (your, you, dear, a pack of before
    it, a plural or the desk after it); not one that praises (level-headed, quick-witted)."""
    for at in range(1, len(sentence) - 1):
        token, first = sentence[at], sentence[at - 1]
        if token.reading not in _HEADED or token.gap_before != "-" or first.reading in _GOOD_HEADS or not first.reading.isalpha():
            continue
        said_of = sentence[at + 1]
        people = english_plural(said_of.reading) or said_of.reading in THE_DESK or said_of.reading in ("lot", "staff", "crew")
        if people and (at == 1 or at >= 2 and sentence[at - 2].reading in _BEFORE_HEADED):
            return first  # (… or heading the sentence: Addle-pated support staff, …)
        # a clay-brained bunch, a beef-witted clown: a group or an insult, in a sentence to or of the reader's
        group = said_of.reading in GROUPS or is_insult_word(said_of.reading)
        after = [t.reading for t in sentence[at + 2 : at + 3]]
        said_to = {"you", "your"} & {t.reading for t in sentence[: at - 2]} or after == ["you"]
        if group and at >= 2 and sentence[at - 2].reading in ("a", "an") and said_to:  # (… or "What a X-brained bunch you are")
            return first
    return None
