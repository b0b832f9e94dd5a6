"""English compounds of a vulgar root (SPEC 2.8.3): cocknugget, assbag, dickless, knobends;
and an English word with ass, shit, fuck, cunt or twat joined after it (jerkass, ratshit).

Writers join a vulgar root to any English word, and no lexicon can list what they join
(asswad, cockmonkey). A word that starts with one of the ``%`` roots of obscene_roots.txt is
such a compound when what follows the root is an English word, and the word itself is none:
assess, cockpit, dickens and arsenal are words of their own, and assistence, a misspelling,
leaves no word after its root. Only a word written in lower case or in capitals counts: with
its capital, it is the name of a place or a person (Cockermouth, Assbach, Dickleburgh).

The lists are english_root_words.txt and english_words.txt, written from SCOWL by
benchmarks/english_words_build.py. Each is read only when it is needed: the first when a word
starts with a root (assign, buttons), the second, twenty times longer, only when such a word is
no English word (assesment, cockbag).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from deskcli.domain.intake import patterns

from deskcli.domain.intake.normalising import plain_readings
from deskcli.domain.intake.wordlists import word_list

# The endings a joined word may take that its base form in english_words.txt lacks (lickers: lick; ends:
# end; a restored "e": wipers, wipe), longest first.
ENGLISH_ENDINGS = (
    ("ies", "y"), ("ers", "e"), ("ers", ""), ("ing", "e"), ("ing", ""), ("er", "e"), ("er", ""),
    ("ed", "e"), ("ed", ""), ("es", ""), ("s", ""), ("y", ""),
)
# The shortest English word that may follow a root (bag, wad, hat).
_SHORTEST = 3


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(word_list(name))


def english_word(word: str) -> bool:
    """Whether a lower-case word is in english_words.txt, or one of it with an ending."""
    words = _words("english_words.txt")
    if word in words:
        return True
    return any(
        word.endswith(ending) and len(base := word[: -len(ending)] + restored) >= _SHORTEST and base in words
        for ending, restored in ENGLISH_ENDINGS
    )


def english_compound(written: str, roots: Sequence[str]) -> bool:
    """Whether a written word is a vulgar root joined to an English word (see the module)."""
    if not (written.isascii() and written.isalpha()):
        return False
    word = written.lower()
    if not (written.islower() or written.isupper()):
        # a capital makes a name of a root at the start (Cockermouth), not of one after a word
        # or an interjection (Ratshit, Ohshit: no name ends in shit), nor of one before the face,
        # head or wits a name-calling gives it (Prickface, Twatwits)
        return written.istitle() and (word.endswith(_STRONG_TRAILING) and _joined_before(word) or any(
            word[len(r) :] in _CALLING_HEADS for r in roots if word.startswith(r)) and word not in _words("english_root_words.txt"))
    root = next((r for r in roots if word.startswith(r) and len(word) - len(r) >= _SHORTEST), None)
    if root is None:
        return _joined_before(word)
    rest = word[len(root) :]
    # a second vulgar root (cockshit), or the trade suffix English joins to nouns (dickmonger, as fishmonger),
    # or the endings of an adjective made of a root no everyday adjective is made of (wankier, twattish; not cockier)
    joined = english_word(rest) or rest in roots or rest in _TRAILING_ROOTS or rest.endswith(_TRADE) or (
        rest.removeprefix(root[-1]) in _ADJECTIVE_ENDINGS and root not in _EVERYDAY_ADJECTIVES)  # (twattish: its t doubled)
    return word not in _words("english_root_words.txt") and joined


_TRADE = ("monger", "mongers", "mongering")
_ADJECTIVE_ENDINGS = frozenset(("ier", "iest", "ily", "ish", "iness"))
_EVERYDAY_ADJECTIVES = frozenset(("cock", "dick", "knob", "butt", "prick", "ass", "arse"))  # cocky, dicky, knobby, …
_CALLING_HEADS = frozenset(f"{head}{s}" for head in ("face", "head", "wit", "brain", "wad", "nugget", "stain") for s in ("", "s"))


# Roots an English word is joined to from the front (jerkass, suckass, ratshit, clusterfuck,
# bullturd, camwhore, jerkwad: no English word ends in turd, whore or wad but wad); not "kick" or
# "bad" (kickass, badass praise).
_TRAILING_ROOTS = ("ass", "shit", "fuck", "cunt", "twat", "turd", "whore", "wad")
_PRAISING = frozenset(("kick", "bad"))
_STRONG_TRAILING = ("shit", "fuck", "cunt", "twat", "turd", "whore")
# the interjections that run on to a root (ohshit, ahfuck), shorter than any word joined to one
_INTERJECTIONS = frozenset(("oh", "ah", "aw", "uh"))


def _joined_before(word: str) -> bool:
    """An English word with a vulgar root joined after it, the whole no English word (class,
    compass, bypass are; jerkass, ratshit are not)."""
    root = next((r for r in _TRAILING_ROOTS if word.endswith(r) and len(word) - len(r) >= 2), None)
    if root is None or english_word(word) or word in _words("english_root_words.txt") or word.endswith("pass"):
        return False  # skipass, keepass: a pass, not an ass
    first = word[: -len(root)]
    if len(first) < _SHORTEST:
        return first in _INTERJECTIONS and root in _STRONG_TRAILING
    return first not in _PRAISING and english_word(first)


# English words vulgar in one sense and innocent in another (a cock is a rooster, a prick what a
# needle does), which no root list can refuse as written.
_TWO_SENSES = frozenset((
    "cock", "cocks", "prick", "pricks", "dick", "dicks", "knob", "knobs", "tit", "tits", "pussy", "pussies", "dong",
    "dongs", "willy", "willies", "wang", "nob", "nobs", "boner", "boners",
))

def disguised_vulgar(written: str) -> bool:
    """Whether a Latin word writes one of those words with a digit or a sign for a letter (c0ck,
    pr1ck, t1ts): no one disguises a rooster, so the disguise says which sense is meant. Not in
    capitals, as codes are written (SKU C0CK-12)."""
    if written.isalpha() or not written.isascii() or not any(c.isalpha() for c in written) or written.isupper():
        return False
    return any(reading in _TWO_SENSES for reading in plain_readings(written))


# The f-word as writers bend it past a filter: a vowel swapped for v, x, @, 0 or *, or dropped
# (fvck, fxcking, fkn, fking), the c dropped (fuking, fukn), ph for f (phucking), an a before its
# ck (facking; not faking) or fux for it (fux0red). Without a vowel it takes an ending, so FK, a
# foreign key, stays a column. Matched on the whole word in lower case, its digits as written.
_F_WORD = patterns.compile(
    r"(?:f|ph)(?:(?:[uv@*0x]|oo|a(?=c))c?[kq]+|c?k+(?=in|n|ed|er))(?:in[g']?|n|ed|er|ers|ah|s|wit|tard|face|head|up)?"
    r"|fux+(?:0r|or)?(?:ed|ing|s)?"
)


# Vulgar words that are names with a capital (Great Cockup is a fell in Cumbria), written in lower
# case or, hyphened, joined by obscene_masks (cock-up)
_LOWER_CASE_ONLY = frozenset(("cockup", "cockups"))


# The f-word's initialisms with the last letter doubled in a hurry (wtff, stfuu); three
# letters or more of it repeated are read as stretched by normalising already.
_INITIALISMS = frozenset(("wtf", "stfu", "gtfo", "stfd", "foad", "gfy"))
# Chat initialisms built on it, counted written small (as soon as f-ing possible, are you f-ing
# kidding me, don't f- with me (today), f-ing piece of s-, I have no f-ing clue, no f- way): in
# capitals they are as often a code or a field's name (NFW, FPOS).
_CHAT_INITIALISMS = frozenset(("asafp", "ayfkm", "dfwm", "dfwmt", "fpos", "ihnfc", "nfw"))


def vulgar_as_written(written: str) -> bool:
    """Whether a word is the f-word bent past a filter (fvck, fkn, fuking, phucking, fux0red, phuc),
    or a word vulgar in lower case (cockup), or an initialism of it with its last letter doubled (wtff)."""
    if not written.isascii():
        return False
    lower = written.lower()
    doubled = len(lower) > 3 and lower[-1] == lower[-2] and lower[:-1] in _INITIALISMS and not written.isupper()  # (SKU WTFF)
    chat = lower in _CHAT_INITIALISMS and not written.isupper()
    # phuc with a capital is the Vietnamese name Phúc (Nguyen Van Phuc)
    phuc = lower == "phuc" and not written.istitle()
    return _F_WORD.fullmatch(lower) is not None or written in _LOWER_CASE_ONLY or doubled or chat or phuc
