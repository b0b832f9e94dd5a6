"""Repeats (SPEC 2.8.5): where the unpaired terms of two questions stand, and which sides
of a scale or a direction each takes: the slots and sides `repeats.compare_questions` reads
its replaced-thing and opposite vetoes from, the actions a question asks for or rules out, and the
names that only restate (asides)."""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.cues import lemma_in
from deskcli.domain.intake.repeat_names import negation_of
from deskcli.domain.intake.repeat_terms import ALTERNATIVE, ANY_ACTION, ANY_STOPPING, ASIDE, Term, scale_sides, stopping_actions


def asides(terms: Sequence[Term], others: Sequence[Term], partners: dict[int, int], used: set[int],
           narrowing: bool) -> set[int]:
    """The unpaired names of `terms` that only restate or illustrate: asides, alternatives
    to a name the other question asked about, and (`narrowing`: the new question's side) names
    attached to a head noun the earlier question asked about in general. An earlier question
    about one named instance was answered for that instance only."""
    found = set()
    for i, term in enumerate(terms):
        if i in used or term.kind != "entity":
            continue
        if term.role == ASIDE:
            found.add(i)
        elif term.head.startswith(ALTERNATIVE):  # CSV или xlsx, one of them asked about before
            if any(other.word == term.head[len(ALTERNATIVE) :] and k in used for k, other in enumerate(terms)):
                found.add(i)
        elif narrowing and term.head and any(
            head.stem == term.head and k in partners
            and not any(o.kind == "entity" and o.head == others[partners[k]].stem for o in others)
            for k, head in enumerate(terms)
        ):
            found.add(i)
    return found


def against(sides_a: dict[str, set[str]], sides_b: dict[str, set[str]]) -> bool:
    """Whether on some scale of [opposites] one question stands only on one side and the other
    only on the other (увеличить / уменьшить); a question naming both sides opposes nothing."""
    return any(len(sides_a[n]) == len(sides_b[n]) == 1 and sides_a[n] != sides_b[n] for n in sides_a.keys() & sides_b.keys())


def swapped(anchors: list[tuple[int, int]], terms_a: Sequence[Term], terms_b: Sequence[Term], role: str) -> bool:
    """Whether the paired terms that take `role` (where to, where from) in one question are
    all paired with terms that do not take it in the other, and both have some."""
    in_a = {k for k, (i, _) in enumerate(anchors) if terms_a[i].role == role}
    in_b = {k for k, (_, j) in enumerate(anchors) if terms_b[j].role == role}
    return bool(in_a and in_b and not in_a & in_b)


def slots(terms: Sequence[Term], used: set[int], anchors: list[int]) -> dict[tuple[str, int, int], list[Term]]:
    """Where each unpaired thing, place or qualifier stands: its class and the shared terms
    (by pair) right before and after it in its own question (-1 at either end)."""
    found: dict[tuple[str, int, int], list[Term]] = {}
    for index, term in enumerate(terms):
        if index in used or term.kind not in _SLOT_CLASSES:
            continue
        before = max(((at, k) for k, at in enumerate(anchors) if at < index), default=(-1, -1))[1]
        after = min(((at, k) for k, at in enumerate(anchors) if at > index), default=(-1, -1))[1]
        found.setdefault((_SLOT_CLASSES[term.kind], before, after), []).append(term)
    return found


def replaced_what(left_a: list[list[Term]], left_b: list[list[Term]]) -> str:
    """What stands replaced in a shared slot: a place (сайт / админка), a name (PHP / MySQL),
    an instance of one kind by another (евро / доллар), or another thing."""
    terms_a = [t for group in left_a for t in group]
    terms_b = [t for group in left_b for t in group]
    if any(t.kind == "place" for t in terms_a + terms_b):
        return "replaced_place"
    if any(t.kind == "entity" for t in terms_a + terms_b):
        return "replaced_name"
    kinds_a = {c for t in terms_a for c in t.concepts if c.startswith("isa:")}
    kinds_b = {c for t in terms_b for c in t.concepts if c.startswith("isa:")}
    return "replaced_kind" if kinds_a & kinds_b else "replaced_thing"


THINGS = frozenset(("entity", "noun"))
# A qualifier and a thing in one place name the same slot two ways (смс-сервисы / платёжные сервисы).
_SLOT_CLASSES = {"entity": "thing", "noun": "thing", "place": "place", "qualifier": "thing"}


def participle(term: Term) -> bool:
    """удалённый, отменённых: a verb's participle, the state its action leaves."""
    return morphology.can_be(term.word, "PRTF")


def desk_thing_left(terms: Sequence[Term], used: set[int]) -> bool:
    """Whether a thing the desk's vocabulary names (a synonym group's noun, a kind, a name) is
    left without a counterpart: in English, where every unknown word reads as a noun, the
    words no group knows may be verbs or adverbs (skip, twice), not replaced things."""
    return any(
        t.kind in THINGS and (t.kind == "entity" or lemma_in(t.word, "product")
                              or any(c.startswith(("synonyms:", "kind:", "isa:")) for c in t.concepts))
        for i, t in enumerate(terms) if i not in used
    )


def actions(terms: Sequence[Term]) -> set[str]:
    """The action groups of a question's actions (not the wildcards of light verbs)."""
    return {c for t in terms if t.kind == "action" for c in t.concepts if c.startswith("actions:") and c not in (ANY_ACTION, ANY_STOPPING)}


def _ruled_out(terms: Sequence[Term]) -> set[str]:
    """Actions a question rules out (не удаляя, without deleting, вместо удаления)."""
    return actions([t for t in terms if t.role == "without"])


def _asked(terms: Sequence[Term]) -> set[str]:
    """Actions a question asks for."""
    return actions([t for t in terms if t.role != "without"])


def opposite_ways(terms_a: Sequence[Term], terms_b: Sequence[Term], anchors: list[tuple[int, int]]) -> bool:
    """One thing taken opposite ways, read from the words rather than from the pairs' roles."""
    # платная доставка / бесплатная доставка: a word of one question negated in the other.
    # (as written too: оплаченные / неоплаченные, whose stems the dictionary takes apart)
    return (any(negation_of(x.stem, y.stem) or negation_of(y.stem, x.stem) or negation_of(x.word.lower(), y.word.lower())
                or negation_of(y.word.lower(), x.word.lower()) for x in terms_a for y in terms_b)
            # увеличить / уменьшить размер, на старшую / на младшую редакцию: opposite ends of one scale.
            or against(scale_sides(terms_a), scale_sides(terms_b))
            # с «Старт» на «Стандарт» / с «Стандарт» на «Старт»: both name the same two things,
            # and where one goes to is not where the other goes to.
            or swapped(anchors, terms_a, terms_b, "to") or swapped(anchors, terms_a, terms_b, "from")
            # скрыть, не удаляя / удалить; отключить, не удаляя модуль / удалить модуль: an action
            # one question rules out is the one the other asks for, whatever the pairing found.
            or bool(_ruled_out(terms_a) & _asked(terms_b) or _ruled_out(terms_b) & _asked(terms_a))
            # сделать, чтобы скидки суммировались / запретить суммирование скидок: a state one question
            # brings about, the other stops
            or _brought_about_and_stopped(terms_a, terms_b) or _brought_about_and_stopped(terms_b, terms_a))


def _brought_about_and_stopped(brought: Sequence[Term], stopped: Sequence[Term]) -> bool:
    """Whether one question asks to bring a state about with a light verb and nothing that stops
    (сделать, чтобы …), and the other asks to stop, hide or forbid something."""
    stops = stopping_actions()
    return (any(ANY_ACTION in t.concepts for t in brought) and not any(t.concepts & stops or ANY_STOPPING in t.concepts
                                                                       for t in brought)
            and any(t.kind == "action" and t.concepts & stops for t in stopped))
