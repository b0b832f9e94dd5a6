"""The desk's people called by a famous name in the plural (SPEC 2.8.3): Копперфильды, куда исчез
мой заказ?; Ломоносовы из техподдержки, объясните …; Кулибины вы наши; Жду ответа, Пинкертоны.;
Обещаете сроки, как Нострадамусы.

No desk has a team of Lomonosovs: a person's name put in the plural and said to the reader is
the writer's mockery of them, whoever the name belongs to, so the shape decides and no list of
names is needed. A plural of a surname is also a family (Ивановы), and a capitalised plural a
town's people (Кемцы, москвичи): a family is not addressed by a support desk's customer, and
a town's people take the endings of demonyms, which this module leaves alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.insult_parties import DESK_PLACES
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives import FOND, closes, reader
from deskcli.domain.intake.normalising import CYRILLIC

# Endings of the names of a town's or a land's people (кемцы, москвичи, туляки, северяне).
_DEMONYMS = ("цы", "чи", "ане", "яне", "ки")
_RESPECTFUL = frozenset(("уважаемые", "дорогие", "многоуважаемые", "господа"))


def name_plural(token: Token, known: bool = False) -> bool:
    """Whether a capitalised Russian word is a person's name in the plural: a surname or first
    name the dictionary knows in the plural (Ломоносовы, Пинкертоны), or, unless
    ``known`` is asked for, a plural it does not know (Кулибины, Нострадамусы), that no place or
    demonym is. A word the dictionary does not know at a sentence's edge is as often a village
    signing a letter (Магазин тканей, Важины.), so only the surer shapes take one."""
    if not token.surface[:1].isupper() or not CYRILLIC.search(token.reading) or token.quoted:
        return False
    found = morphology.parses(token.reading)
    if any(p.has("Geox") and p.known for p in found):
        return False
    # (a name the dictionary knows keeps a demonym's ending: Шерлоки)
    named = any(p.known and p.has("NOUN", "nomn", "plur") and not p.has("Fixd") and (p.has("Surn") or p.has("Name")) for p in found)
    if named:
        return True
    return not known and not token.reading.endswith(_DEMONYMS) and not morphology.is_known(token.reading) and morphology.can_be(
        token.reading, "NOUN", "plur", "nomn")


def _a_name(token: Token) -> bool:
    """A capitalised name of a person that may be a plural, an indeclinable one too (Гудини; not
    Иван вы наш, said to one person, as often fondly)."""
    return token.surface[:1].isupper() and not token.quoted and any(
        p.known and (p.has("Surn") or p.has("Name")) and p.has("plur") and not p.has("Geox") for p in morphology.parses(token.reading))


def famous_names(read: Sequence[Sequence[Token]]) -> list[tuple[int, str]]:
    """Famous names in the plural said to the reader, with offsets, in the shapes of the module."""
    found = []
    for index, sentence in enumerate(read):
        if (named := _addressed(sentence, index == 0) or _closing(sentence)) is not None:
            found.append((named.start, named.surface))
    return found


def _addressed(sentence: Sequence[Token], opens: bool) -> Token | None:
    """At a sentence's head: "X вы наши", "X из техподдержки, …", or "X, …" that asks or speaks to
    the reader (in the message's first sentence, or after a greeting word)."""
    if sentence and sentence[0].reading in _RESPECTFUL:
        sentence = sentence[1:]  # (Уважаемые Менделеевы из техподдержки, …)
    if len(sentence) < 3:
        return None
    named, words = sentence[0], [t.reading for t in sentence[1:4]]
    if words[0] == "вы" and words[1] in FOND and (name_plural(named) or _a_name(named)):
        return named  # (Гудини вы наши)
    if not name_plural(named):
        return None
    if words[0] == "из" and words[1].startswith(DESK_PLACES):
        return named
    if not opens or "," not in named.gap_after or name_plural(sentence[1]) or not name_plural(named, known=True):
        return None  # (Ивановы, Петровы и Сидоровы: a list of names)
    asks = "?" in sentence[-1].gap_after
    return named if asks or any(reader(t) for t in sentence[1:8]) else None


def _closing(sentence: Sequence[Token]) -> Token | None:
    """At a sentence's end after a comma: Жду ответа третью неделю, Пинкертоны."""
    if len(sentence) < 3:
        return None
    named, before = sentence[-1], sentence[-2]
    if not name_plural(named, known=True) or "," not in before.gap_after or before.reading in ("уважением", "regards"):
        return None
    if closes(sentence[-3].gap_after, ",") and name_plural(before):
        return None
    # a clause with a verb, or a question, before it: a verbless one is a shop signing with its
    # village (Магазин струнных инструментов, Важины.)
    said = "?" in named.gap_after or any(morphology.can_be(t.reading, "VERB") or morphology.can_be(t.reading, "INFN")
                                         for t in sentence[:-1])
    return named if said else None
