"""The rules' expressions compiled from kept code are the expressions ``re`` compiles
(issue 15: ``desk open`` keeps the compiled rules between runs)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake import patterns


#: A fresh interpreter reads a few messages and prints every expression the rules compiled.
_EVERY_PATTERN = """
import json
from deskcli.domain import intake
from deskcli.domain.intake import patterns
for text in ("Корзина пустая после обновления. Как исправить?", "Сайт не работает, помогите!!!",
             "Перенесите сайт на новый хостинг", "How do I add a second language?"):
    intake.check_intake("Вопрос", text)
    intake.is_repeat(text, "Как добавить второй язык на сайт?")
print(json.dumps(patterns.learned()))
"""


@pytest.fixture(scope="module")
def every_rule_pattern() -> dict[str, patterns.Compiled]:
    """Every expression the rules compile, with its code, through a round trip of JSON (in a
    process of its own: in this one, other tests may have compiled and taken them already)."""
    done = subprocess.run([sys.executable, "-c", _EVERY_PATTERN], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def _source(key: str) -> tuple[str, int]:
    flags, pattern = key.split(":", 1)
    return pattern, int(flags)


def test_the_rules_compile_dozens_of_expressions(every_rule_pattern) -> None:
    assert len(every_rule_pattern) >= 40


def test_kept_code_compiles_to_the_expression_re_compiles(every_rule_pattern) -> None:
    for key, entry in every_rule_pattern.items():
        pattern, flags = _source(key)
        # Pattern objects are equal when their text, flags and code are.
        assert patterns._from_code(pattern, entry) == re.compile(pattern, flags), pattern


def test_damaged_kept_code_is_compiled_again(every_rule_pattern) -> None:
    key = next(k for k in every_rule_pattern if "вопрос" in k)
    pattern, flags = _source(key)
    damaged = [*every_rule_pattern[key]]
    damaged[1] = [7] * len(damaged[1])  # code _sre's validator refuses
    patterns.adopt({key: damaged})
    try:
        assert patterns.compile(pattern, flags) == re.compile(pattern, flags)
        assert patterns.learned()[key] == every_rule_pattern[key]  # compiled afresh, to be kept
    finally:
        patterns.adopt({key: every_rule_pattern[key]})


@given(st.sampled_from(["[а-яё]+", r"(?P<word>\w+)\s+(?P=word)", r"(?i)вопрос\w*", r"\d{2,4}|x(?=y)"]),
       st.sampled_from([0, re.IGNORECASE, re.MULTILINE | re.DOTALL]), st.text(max_size=40))
def test_a_kept_expression_finds_what_re_finds(pattern, flags, text) -> None:
    kept = patterns._code(pattern, int(flags))
    assert patterns._from_code(pattern, json.loads(json.dumps(kept))).findall(text) == \
        re.compile(pattern, flags).findall(text)


def test_a_changed_rule_is_compiled_from_its_new_text() -> None:
    """Code is kept under its pattern's text and flags: the old text's code stays unused."""
    patterns.adopt({patterns.key("котик", 0): patterns._code("котик", 0),
                    patterns.key("кот", re.IGNORECASE): patterns._code("кот", re.IGNORECASE)})
    assert patterns.compile("кот").search("котик") is not None
    assert patterns.compile("кот").search("КОТ") is None
    assert patterns.key("кот", 0) in patterns.learned()
