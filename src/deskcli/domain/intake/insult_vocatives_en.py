"""English addresses said to the reader (SPEC 2.8.3): the desk's people called by a plural
after "you" or a greeting (Listen, you prannies, …; Hello, gumbies.), or at the head of a
message (Absolute clowns.; Gommies, answer my ticket.). Other English shapes that judge the
desk's people whatever the word are in ``insult_judged_en``. The Russian ones are in
``insult_vocatives``, which shares ``closes`` and ``friendly_or_insult`` from here."""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake.cues import cue_words, domain_words
from deskcli.domain.intake.insult_lexicon import is_insult_word
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_parties import THE_DESK, speaks_to_reader
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.normalising import CYRILLIC, LATIN
from deskcli.domain.intake.obscene_english import english_word
from deskcli.domain.intake.writer_intro import EN_MONTHS

# The most words an address at the head of a message may take.
_MOST_WORDS = 4
# After these an English "you" still opens the clause (Listen, you …; Right, you …).
_LEADING = frozenset(("listen", "right", "hello", "hi", "hey", "oi", "look", "well", "dear", "ok", "okay", "so", "and",
                      "honestly", "seriously", "cheers", "thanks", "now"))
# Greetings besides the [greeting] section's (hello, hi, hey, dear) that head an English address.
_EN_GREETING = frozenset(("greetings", "morning", "evening", "afternoon"))
# Calls that head one as a greeting does (Okay, knotheads, …; Listen, copy-paste monkeys: …).
_EN_CALLS = frozenset(("listen", "okay", "ok", "alright", "right", "look", "oi", "now"))
# Words that are no adjective of an English address (you configured our robots, hi, we sell …).
_NOT_MODIFIER = frozenset((
    "our", "my", "the", "a", "an", "your", "his", "her", "their", "its", "this", "that", "these", "those", "me", "us",
    "them", "him", "it", "to", "for", "from", "in", "on", "at", "with", "about", "and", "or", "but", "not", "no", "we",
    "i", "how", "what", "why", "where", "when", "who", "is", "are", "can", "do", "does", "did", "will", "would", "could",
    "should", "just", "please", "there", "here", "all", "again",
))
# English words in -s that are no plural noun after "you".
NOT_PLURAL = frozenset((
    "always", "sometimes", "perhaps", "nevertheless", "besides", "afterwards", "towards", "regardless", "thus",
    "nowadays", "as", "is", "was", "has", "does", "yes", "its", "this", "us", "plus", "less", "unless", "across",
    "yourselves", "themselves", "ourselves", "thanks", "whereas", "was",
))
# What an English address may be followed by besides punctuation: a verb it is the subject of.
EN_VERBS = frozenset((
    "are", "were", "have", "had", "can", "cannot", "couldn", "won", "don", "didn", "never", "always", "still", "keep",
    "should", "need", "just", "really", "broke", "sent", "told", "shipped", "closed", "made", "took", "sold", "wrote",
    "gave", "lost", "did", "can't", "don't", "didn't", "won't", "haven", "hasn", "aren", "weren", "wasn", "shouldn",
    "wouldn",
))


def closes(gap: str, marks: str = ",.!?;:—–") -> bool:
    """Whether the gap between two words ends a clause: holds one of ``marks``."""
    return any(mark in gap for mark in marks)


def english_plural(word: str) -> bool:
    """Whether a lower-case English word reads as a plural in -s (clowns, merchants; not glass,
    bonus, this, nor a short word such as gas or bus)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


def friendly_or_insult(tokens: Sequence[Token]) -> bool:
    """A friendly address, or one whose words the insult lexicon knows: the rules of
    ``insults`` judge those, with what they know of each word (Hello little clowns, …)."""
    return any(_in(t, "friendly_address") or is_insult_word(t.reading) for t in tokens)


def _english_noun(sentence: Sequence[Token], at: int, lowercase: bool) -> Token | None:
    """The plural noun an English address ends in, from ``at``: up to three words before it
    (absolute balloons, pudding-heads), five with a group it is of (useless pair of mackems),
    then punctuation or a verb it is the subject of."""
    for index in range(at, min(at + 6, len(sentence))):
        if index >= at + 4 and not any(t.reading in GROUPS for t in sentence[at:index]):
            return None
        token = sentence[index]
        if CYRILLIC.search(token.reading) or not LATIN.search(token.reading) or token.quoted:
            return None
        if lowercase and token.surface[:1].isupper():
            return None
        following = sentence[index + 1] if index + 1 < len(sentence) else None
        ends = following is None or closes(token.gap_after)
        verb_after = following is not None and token.gap_after.strip() == "" and (
            following.reading in EN_VERBS or following.reading.endswith("ed"))
        plural = english_plural(token.reading) and token.reading not in NOT_PLURAL
        # a coined plural "of" or "at" the desk after a greeting (Dear jobbernowls of the support desk)
        # (… with words of respect before it, which mock: Dear esteemed jobbernowls of the support desk)
        respect = all(t.reading in _RESPECT for t in sentence[at:index])
        if plural and lowercase and respect and not english_word(token.reading) and _of_the_desk(sentence[index + 1 :]):
            return None if friendly_or_insult(sentence[at : index + 1]) else token
        # after a greeting, words before a word in -s may make a clause of it (Hi, gift wrapping
        # works.): an address with its adjectives goes on after a comma (Dear paper pushers, …)
        if plural and lowercase and index > at and "," not in token.gap_after:
            return None
        if plural and (ends or verb_after and not lowercase):
            if lowercase and (_of_things(sentence[index + 1 : index + 5]) or _signed(sentence, index)):
                return None
            if not lowercase and index == at and domain_words([token.reading]):
                return None  # You products aren't showing: "your" mistyped, the shop's things
            called = sentence[at : index + 1]
            if any(t.reading in GROUPS for t in called):  # an insult word among them is the group's
                # (the group word itself aside: "you lot" is friendly, "you lot of woodentops" is not)
                return None if any(_in(t, "friendly_address") and t.reading not in GROUPS for t in called) else token
            # a noun the lexicon knows is the insult rules' to judge; any other is a name the reader
            # is called, an insult word before it or not (you useless dollops)
            return None if any(_in(t, "friendly_address") for t in called) or is_insult_word(token.reading) else token
        # a group called by an insult word alone (you useless shower.; not you lovely lot)
        if token.reading in GROUPS and index > at and ends and any(is_insult_word(t.reading) for t in sentence[at:index]):
            return None if any(_in(t, "friendly_address") for t in sentence[at:index]) else token
        # or by a word no English list knows, a dialect's (you gakey lot made me …; not you Cornish lot)
        if token.reading in GROUPS and index == at + 1 and (ends or verb_after) and coined_word(sentence[at]):
            return sentence[at]
        of_a_group = token.reading == "of" and index > at and sentence[index - 1].reading in GROUPS
        if token.reading in _NOT_MODIFIER and not of_a_group or ends or token.gap_after.strip() not in ("", "-"):
            return None
    return None


_RESPECT = frozenset(("esteemed", "respected", "honoured", "honored", "valued", "revered", "venerable", "most"))
# A group named before the plural it is made of (you useless pair of mackems, you sorry bunch of …).
GROUPS = frozenset(("pair", "bunch", "pack", "load", "gang", "shower", "band", "herd", "crowd", "lot", "crew"))


_OF = frozenset(("of", "at", "from", "in", "on"))


def _of_the_desk(after: Sequence[Token]) -> bool:
    """Whether the words after a plural place it at the desk: of the support desk, at your
    helpdesk (not greetings from Belfast, where our office …)."""
    words = [t.reading for t in after[:4]]
    return len(words) > 2 and words[0] in _OF and words[1] in ("the", "your") and bool(THE_DESK & set(words[2:]))


def _signed(sentence: Sequence[Token], at: int) -> bool:
    """Whether a plural after a greeting is what a shop sells, signed with its village after a
    comma (Hi, tea room supplies, Slaggyford.; Hi, vintage tractor parts, Hoxne.)."""
    place = sentence[at + 1] if at + 1 < len(sentence) else None
    return place is not None and "," in sentence[at].gap_after and place.surface[:1].isupper() and closes(place.gap_after, ".,")


def _of_things(after: Sequence[Token]) -> bool:
    """Whether what follows a plural after a greeting or a call goes on about it as a thing, not
    to it: a list (Hi, orders, payments and refunds fail) or "they" (Right, invoices: where are
    they stored?)."""
    words = [t.reading for t in after]
    listed = len(words) > 1 and words[0].endswith("s") and (words[1] == "and" or "," in after[0].gap_after)
    return listed or bool({"they", "them", "their"} & set(words))


def english_opening(sentence: Sequence[Token], following: Sequence[Token] = ()) -> Token | None:
    """People called names at the head of an English message, as its first words (Absolute
    goons.; Tin-eared clowns, I said …; Gommies, answer my ticket.): up to four words ending in a
    plural before the clause's end, an insult among them or a plural no English word list knows.
    Not a friendly one, a greeting, the product's things (Refunds. How do I …?), nor a number
    of them (Two questions.). ``following``: the message's next sentence."""
    end = next((at for at, t in enumerate(sentence[:_MOST_WORDS]) if closes(t.gap_after, ",.!:;—–")), None)
    if end is None or any(CYRILLIC.search(t.reading) for t in sentence):
        return None
    head = sentence[: end + 1]
    plural = head[-1].reading
    if any(t.quoted or not LATIN.search(t.reading) or _in(t, "interjection") or t.reading in EN_MONTHS for t in head):
        return None
    if sum(t.surface[:1].isupper() for t in head) > 1 or any("'" in t.gap_after or "’" in t.gap_after for t in head):
        return None  # a name or a thing's (Dallas Cowboys jerseys, Tailor's dummies)
    if any(t.reading in _WRITER_S and not t.quoted for t in sentence):
        return None  # the writer's side (Total noobs here, sorry.)
    if not english_plural(plural) or plural in NOT_PLURAL:
        return None
    if any(_in(t, "friendly_address") or _in(t, "greeting") or t.reading.isdigit() or t.reading in _NUMBERS for t in head):
        return None
    if any(domain_words([t.reading]) or t.reading in _NOT_MODIFIER for t in head):
        return None
    if any(is_insult_word(t.reading) for t in head):
        return head[0]
    # a plural no word list knows may be an exclamation the lists lack (Crivvens, the shop's
    # gone blank): it calls the reader names only when the words after it speak to him; so does a
    # hyphened doer of what the customer deals with the desk about, a sentence of its own before
    # one that speaks to him (Reply-dodgers. Five days and nothing from you.)
    dealing = head[-2].reading if len(head) > 1 else ""
    coined_doer = (dealing in cue_words("dealings") or dealing in THE_DESK) and head[-1].gap_before == "-" and plural.endswith("ers")
    rest = sentence[end + 1 :] or (following if coined_doer else ())
    after = [t.reading for t in rest[:11]]
    if (coined_doer or not english_word(plural)) and (speaks_to_reader(rest) or after[:1] and after[0] in _TOLD_TO):
        return head[0]
    return None


# What a customer tells the desk to do, first in a clause (Gommies, answer my ticket.).
_TOLD_TO = frozenset(("answer", "reply", "respond", "fix", "give", "put", "get", "escalate", "reopen", "refund", "stop",
                      "read", "pass", "call", "sort", "tell", "send", "assign", "explain", "cancel", "try", "learn"))


# Words of the writer's own side in the sentence of an opening plural.
_WRITER_S = frozenset(("here", "we", "us", "our", "sorry"))
# Numbers that make a plural at the head of a message a count of things (Two questions.).
_NUMBERS = frozenset(("two", "three", "four", "five", "several", "some", "few", "many", "quick", "couple", "both"))


# Words between "you lot are" and what it calls the reader (you lot are proper doylums).
INTENSIFIERS = frozenset(("just", "all", "such", "proper", "absolute", "complete", "total", "real", "right", "utter",
                           "pure", "absolutely", "truly", "really"))
_YOU_GROUP = frozenset(("lot", "people", "guys", "all", "folks", "two", "lads"))


def _you_are(sentence: Sequence[Token], at: int) -> Token | None:
    """A coined plural the reader is said to be, after "you" at ``at``: You lot are doylums.
    Only a plural no English word list knows: a misspelled praise (you guys are amazng) is no
    plural, and a real word (you lot are developers) is the insult lexicon's to judge."""
    index = at + 1
    if index < len(sentence) and sentence[index].reading in _YOU_GROUP and not closes(sentence[at].gap_after):
        index += 1
    asked = at > 0 and sentence[at - 1].reading == "are" and not closes(sentence[at - 1].gap_after)  # Are yous all …?
    if not asked and (index >= len(sentence) or sentence[index].reading not in ("are", "re") or closes(sentence[index - 1].gap_after)):
        return None
    index += not asked
    while index < len(sentence) and sentence[index].reading in INTENSIFIERS and not closes(sentence[index - 1].gap_after):
        index += 1
    if index >= len(sentence) or closes(sentence[index - 1].gap_after):
        return None
    token = sentence[index]
    or_what = [t.reading for t in sentence[index + 1 : index + 3]] == ["or", "what"]  # Are yous all amadans or what?
    ends = index + 1 == len(sentence) or closes(token.gap_after) or asked and or_what
    if not (english_plural(token.reading) and token.reading not in NOT_PLURAL and ends):
        return None
    if token.quoted or token.surface[:1].isupper() or not LATIN.search(token.reading):
        return None
    if CYRILLIC.search(token.reading) or english_word(token.reading) or friendly_or_insult([token]):
        return None
    return token


# "you" as some English speakers write it to more than one (ye spides, are yous all …)
_YOU = frozenset(("you", "ye", "yous", "youse"))


def english_address(sentence: Sequence[Token]) -> Token | None:
    for at, token in enumerate(sentence):
        if token.reading in _YOU and (called := _you_are(sentence, at)) is not None:
            return called
        if token.reading not in _YOU or at + 1 == len(sentence) or closes(token.gap_after) or (
                token.reading == "ye" and sentence[at + 1].reading in ("olde", "old", "gods")):  # Ye olde shoppe: "the"; Ye gods!
            continue
        leads = at == 0 or closes(token.gap_before, ",:;—–") or (
            sentence[at - 1].reading in _LEADING and (at == 1 or closes(sentence[at - 1].gap_before)))
        if leads and (noun := _english_noun(sentence, at + 1, lowercase=False)):
            return noun
    if [t.reading for t in sentence[:2]] == ["well", "done"] and len(sentence) > 2 and "," in sentence[1].gap_after:
        return _english_noun(sentence, 2, lowercase=True)  # Well done, lollpoops, the update broke …
    greeted = len(sentence) > 1 and (_in(sentence[0], "greeting") or sentence[0].reading in _EN_GREETING | _EN_CALLS)
    if greeted and not closes(sentence[0].gap_after, ".!?"):
        return _english_noun(sentence, 1, lowercase=True)
    return _what_kind_of(sentence) or _closing(sentence)


def coined_word(token: Token) -> bool:
    """A lower-case Latin word no English list knows, nor the product's words, and no friendly one."""
    word = token.reading
    return (token.surface[:1].islower() and LATIN.search(word) is not None and not CYRILLIC.search(word) and not english_word(word)
            and not domain_words([word]) and not _in(token, "friendly_address") and not token.quoted)


def coined(token: Token) -> bool:
    """A lower-case English plural no word list holds, nor the product's words, and no friendly
    one (fearties, dunderwhelps; an insult word the lexicon holds too, in these shapes)."""
    return coined_word(token) and english_plural(token.reading) and token.reading not in NOT_PLURAL


# Words after "what kind of X" that make X the object asked about (… widgets does the theme support?).
_ASKED_ABOUT = frozenset(("does", "do", "did", "is", "are", "can", "could", "should", "would", "will", "were", "was"))


# Words of a sentence said to someone: you, we, your.
_SAID_TO = frozenset((*_YOU, "we", "your"))


def _what_kind_of(sentence: Sequence[Token]) -> Token | None:
    """What kind of dunderwhelps ship an update …?: the people who did it, asked what kind they are,
    by a coined plural that does it."""
    words = [t.reading for t in sentence[:5]]
    if len(sentence) > 4 and words[0] == "what" and words[1] in ("kind", "sort", "type") and words[2] == "of":
        return sentence[3] if coined(sentence[3]) and words[4] not in _ASKED_ABOUT else None
    return None


def _closing(sentence: Sequence[Token]) -> Token | None:
    """Too feart to answer, are we, fearties?: a coined plural closing a question after a comma, in
    one said to someone; not the last of a list (Do you support SKUs, GTINs?)."""
    if len(sentence) < 3 or "?" not in sentence[-1].gap_after or "," not in sentence[-2].gap_after:
        return None
    if english_plural(sentence[-2].reading) or not any(t.reading in _SAID_TO for t in sentence):
        return None
    return sentence[-1] if coined(sentence[-1]) else None
