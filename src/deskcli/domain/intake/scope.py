"""Scope (SPEC 2.10): requests for the services technical support does not include."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import cache

from deskcli.domain.intake.morphology import lemma_text
from deskcli.domain.intake.normalising import SENTENCE_SPLIT
from deskcli.domain.intake.wordlists import data_text


@dataclass(frozen=True)
class _ScopeRule:
    """One rule of scope_rules.json: every `required` pattern and no `forbidden` one."""

    required: tuple[re.Pattern[str], ...]
    forbidden: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        return all(p.search(text) for p in self.required) and not any(
            p.search(text) for p in self.forbidden
        )


@cache
def _scope_rules() -> tuple[tuple[str, tuple[_ScopeRule, ...]], ...]:
    data = json.loads(data_text("scope_rules.json"))
    fragments: dict[str, str] = data["fragments"]

    def compile_(pattern: str) -> re.Pattern[str]:
        while "%" in pattern:  # fragments may name fragments
            for name, fragment in fragments.items():
                pattern = pattern.replace(f"%{name}%", f"(?:{fragment})")
        return re.compile(pattern)

    return tuple(
        (
            f"{clause['clause']} {clause['label']}",
            tuple(
                _ScopeRule(
                    tuple(compile_(p) for p in rule["all"]),
                    tuple(compile_(p) for p in rule.get("none", ())),
                )
                for rule in clause["rules"]
            ),
        )
        for clause in data["clauses"]
    )


def out_of_scope(normalized: str) -> list[str]:
    """Labels of the 2.10 clauses the message asks for, e.g. "2.10.1 moving a site ..."."""
    sentences = [lemma_text(s) for s in SENTENCE_SPLIT.split(normalized) if s.strip()]
    windows = sentences + [f"{a} {b}" for a, b in itertools.pairwise(sentences)]
    return [
        label
        for label, rules in _scope_rules()
        if any(rule.matches(window) for rule in rules for window in windows)
    ]

