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


@pytest.mark.parametrize("damage", [
    lambda e: [e[0], [7] * len(e[1]), *e[2:]],  # code _sre's validator refuses
    lambda e: [e[0], [-1, *e[1]], *e[2:]],  # a word _sre cannot take (OverflowError)
    lambda e: [2**40, *e[1:]],  # flags out of range
    lambda e: [e[0], e[1], e[2], {"word": 1}, [None, "другое"]],  # names that disagree
    lambda e: [e[0], e[1], 10**8, e[3], e[4]],  # a count of groups that is not the code's
    lambda e: "garbage",
], ids=["refused code", "negative word", "huge flags", "names", "groups", "not a list"])
def test_a_damaged_entry_is_compiled_as_re_compiles_it(damage) -> None:
    pattern = rf"(?P<word>проверка{id(damage)})\s+(?P=word)"  # a text no other test compiled
    name = patterns.key(pattern, 0)
    sound = patterns._code(pattern, 0)
    patterns.adopt({name: damage(sound)})
    built, wanted = patterns.compile(pattern), re.compile(pattern)
    assert (built, built.groups, built.groupindex) == (wanted, wanted.groups, wanted.groupindex)
    assert patterns.learned()[name] == sound  # compiled afresh, to be kept


def test_a_pattern_is_built_once_per_process() -> None:
    assert patterns.compile(r"однажды\d+") is patterns.compile(r"однажды\d+")


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
