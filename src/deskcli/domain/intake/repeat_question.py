"""What the other words of a question make of each term, for repeat detection (SPEC 2.8.5).

`repeat_terms` reads each word of a question where it stands; these readings need the whole
question: a light verb beside another action only carries it (сделать экспорт), a kind word
beside its own instance says nothing more (файл goods.xml), and a light verb with an
adjective in the instrumental asks for that change of state (сделать поле обязательным).
"""

from __future__ import annotations

from deskcli.domain.intake import morphology
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from deskcli.domain.intake.repeat_terms import Term

# The kind of repeat_terms.txt whose words leave a value open (сумма, определённый, number).
VALUE = "значение"


def read_together(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """The question's terms as the whole question makes them."""
    return _without_named_kinds(_without_light_verbs(_made_into(_without_done_actions(terms))))


def _done(term: Term) -> bool:
    return term.kind == "action" and bool(CYRILLIC.search(term.word)) and any(
        p.has("VERB", "past", "perf") for p in morphology.parses(term.word)[:1]
    )


def _without_done_actions(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """Включили, а как выключить?: beside an action asked for, an action told in the past is
    what was done, not what is asked, and is left out."""
    if not any(t.kind == "action" and not _done(t) for t in terms):
        return terms
    return tuple(t for t in terms if not _done(t))


def is_light(term: Term) -> bool:
    """A light verb (сделать, настроить, make): one that carries another action or a state."""
    return any(c.startswith("light:") for c in term.concepts)


def _light_action(term: Term) -> bool:
    return term.kind == "action" and is_light(term)


def _made_into(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """сделать поле обязательным, make it visible: a light verb with an adjective in the
    instrumental names the change of state, which the adjective carries: the adjective is
    the question's action (make:обязательный), not a thing."""
    made = [
        t for t in terms
        if CYRILLIC.search(t.word) and (found := morphology.parses(t.word)) and found[0].has("ADJF", "ablt")
    ]
    if not made or not any(_light_action(t) for t in terms):
        return terms
    return tuple(
        t._replace(concepts=t.concepts | {f"make:{morphology.lemma(t.word)}"}, kind="action") if t in made else t
        for t in terms
    )


def _without_light_verbs(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """сделать экспорт, настроить импорт, make a backup: beside another action a light
    verb only carries it, and the question asks for that other action (экспортировать)."""
    if not any(t.kind == "action" and not _light_action(t) for t in terms):
        return terms
    return tuple(
        t._replace(concepts=frozenset(c for c in t.concepts if not c.startswith("actions:")), kind="weak",
                   role="", head="")
        if _light_action(t) else t
        for t in terms
    )


def _without_named_kinds(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """файл goods.xml, валюта евро, оплата через PayPal: beside its own instance a kind word
    says nothing more, and left alone it would read as a thing the other question lacks."""
    named = {c[4:] for t in terms for c in t.concepts if c.startswith("isa:") and c[4:] != VALUE}
    return tuple(t for t in terms if not any(c.startswith("kind:") and c[5:] in named for c in t.concepts))
