"""Intake rules: what the desk reads in a new message before it joins the queue.

The policy (SPEC 2.8) does not take up a message that is outside support's competence
(2.10), has no question, contains obscene or insulting language, wanders off into
extraneous reasoning, or asks again what was already answered. Only obscenity is decided
here outright: it is a refusal. The other findings are flags, advice to the agent, because
a machine that wrongly closes a customer's request does more harm than one that lets an
agent have a look. Repeats are decided by `is_repeat`, which the store calls on the
candidates its full-text index finds; `search_terms` builds the terms for that index and
for the documentation search of 2.11.

One module per concern: `normalising`, `obscene`, `insults`, `answerability` (its cue lists
in `cues`, its sentence shapes in `asking_patterns`, its digressions in `digression`),
`scope`, `stemming` (Snowball), `repeats` (the rules' reading of a repeat) and
`repeat_model` (a model learned from the corpus that weighs it and decides), `rule_text`;
`learned` a model's second opinion on the flags, learned from the labelled corpus;
`morphology` gives lemmas and tags (pymorphy3) to the obscene, insult, question, scope and
repeat rules; `wordlists` reads the data files (``deskcli/data/``) that support staff extend
without touching code.
Everything here is plain functions over strings: no database, no terminal. pymorphy3 and
snowballstemmer load on the first message read, never with the package, and each rule's
module when first used (a reply only stems its words for the search index).
"""

from __future__ import annotations


from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.domain.reasons import Reason

if TYPE_CHECKING:
    from typing import Any

    from deskcli.domain.intake.normalising import normalize
    from deskcli.domain.intake.obscene import find_obscene
    from deskcli.domain.intake.repeat_model import is_repeat, repeat_probability
    from deskcli.domain.intake.repeats import REPEAT_THRESHOLD, compare_questions, question_similarity, rules_find_repeat
    from deskcli.domain.intake.rule_text import RULE_TEXT
    from deskcli.domain.intake.span import readable
    from deskcli.domain.intake.stemming import search_terms, stem

#: The module of each rule, loaded when first asked for: every reply stems its words for
#: the search index, and need not compile the other rules' patterns and word lists.
_RULES = {
    "normalize": "normalising", "find_obscene": "obscene", "REPEAT_THRESHOLD": "repeats", "is_repeat": "repeat_model",
    "repeat_probability": "repeat_model", "rules_find_repeat": "repeats",
    "question_similarity": "repeats", "compare_questions": "repeats", "RULE_TEXT": "rule_text",
    "search_terms": "stemming", "stem": "stemming", "readable": "span",
}


def __getattr__(name: str) -> Any:
    module = _RULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "REPEAT_THRESHOLD",
    "RULE_TEXT",
    "IntakeResult",
    "Reason",
    "check_intake",
    "compare_questions",
    "find_obscene",
    "is_repeat",
    "repeat_probability",
    "rules_find_repeat",
    "normalize",
    "question_similarity",
    "readable",
    "search_terms",
    "stem",
]


class IntakeResult(NamedTuple):
    """What intake found in one message: refusals close it, flags only advise the agent."""

    refusals: tuple[Reason, ...] = ()
    flags: tuple[Reason, ...] = ()
    #: 2.10 clauses whose look-alike the scope rules read and left in scope (перенести сайт самим)
    set_aside: tuple[str, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    @property
    def codes(self) -> list[str]:
        """The code of every refusal, then of every flag: what the benchmark and tests compare."""
        return [r.code for r in self.refusals] + [f.code for f in self.flags]


def check_intake(subject: str, body: str, *, follow_up: bool = False) -> IntakeResult:
    """Read a new request's subject and body against the intake rules of SPEC 2.8;
    ``follow_up``: a customer's message in an existing request's thread.

    Obscene or insulting language is a refusal. A missing question, extraneous reasoning
    and a request for a service outside 2.9 are flags: the request stays open and the
    agent decides. Repeats need the license's history and are checked by the store with
    `is_repeat`. The learned model (`learned`) gives its opinion on what the rules found:
    it adds or takes back flags, never a refusal.
    """
    from deskcli.domain.intake import learned
    from deskcli.domain.intake.scope import clause_labels
    from deskcli.domain.intake.span import readable

    text = readable(f"{subject}\n{body}")  # words, not pasted data; bounded whatever is pasted
    found = rule_findings(text, follow_up=follow_up)
    if follow_up:  # the model learned standalone messages; a reply in a thread reads with the thread
        return found
    return learned.review(learned.reading(body), found, clause_labels())


def rule_findings(text: str, *, follow_up: bool = False) -> IntakeResult:
    """What the rules alone find in `text` (as `span.readable` leaves it), before the
    learned model's opinion: `check_intake` without it."""
    from deskcli.domain.intake.answerability import answerability_flags
    from deskcli.domain.intake.latin_mat import read_aloud
    from deskcli.domain.intake.normalising import normalize
    from deskcli.domain.intake.obscene import find_obscene
    from deskcli.domain.intake.scope import scope_findings

    refusals = []
    if words := find_obscene(text):
        refusals.append(
            Reason("obscene", "2.8.3 obscene or insulting language: " + ", ".join(words))
        )
    # Russian typed in Latin letters is read aloud, so every rule reads it as Russian
    normalized = normalize(read_aloud(text))
    flags = answerability_flags(normalized, abusive=bool(words), follow_up=follow_up)
    labels, set_aside = scope_findings(normalized)
    scope = [Reason("out_of_scope", label) for label in labels]
    if scope:  # a request for work outside support is a request: it does not also ask nothing
        flags = [flag for flag in flags if flag.code != "no_question"]
    return IntakeResult(tuple(refusals), tuple(flags + scope), tuple(set_aside))
