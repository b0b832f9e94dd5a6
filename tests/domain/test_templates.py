"""Template rendering: plain names from a dict of strings, never code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain import templates
from deskcli.domain.errors import InvalidInput

VALUES = {"customer": "ООО Ромашка", "request": "#42", "deadline": "2026-11-25 15:00 (UTC+03:00)"}


def test_variables_are_filled_in_both_spellings() -> None:
    text = "Здравствуйте, $customer! По обращению ${request} ответим до $deadline. Цена: 100 $$."
    assert templates.render(text, VALUES) == (
        "Здравствуйте, ООО Ромашка! По обращению #42 ответим до 2026-11-25 15:00 (UTC+03:00). Цена: 100 $.")


@pytest.mark.parametrize("hostile", [
    "${customer.__class__}", "${customer.__class__.__mro__}", "{customer.__class__}", "{0.__globals__}",
    "${__import__('os').system('id')}", "$customer.__class__.__name__", "%(customer)s", "${customer!r}",
])
def test_a_template_cannot_reach_python(hostile) -> None:
    rendered = templates.render(hostile, VALUES)
    assert "class 'str'" not in rendered and "<" not in rendered and "uid=" not in rendered
    # What is not a plain variable stays as typed; a plain one before a dot is just text after it.
    assert rendered in (hostile, hostile.replace("$customer", "ООО Ромашка"))


def test_values_are_inserted_once_never_rendered_again() -> None:
    assert templates.render("$customer", {"customer": "$request ${request}"}) == "$request ${request}"


def test_unknown_and_malformed_placeholders_are_reported() -> None:
    found = templates.problems("Hi $custmer, ${customer.__class__} and $Customer; 5$ is text, $$ too")
    assert found[0] == "unknown variable $custmer"
    assert "unknown variable $Customer" in found
    assert any("${customer.__class__}" in item for item in found)
    assert not any("5$" in item for item in found)
    with pytest.raises(InvalidInput, match=r"unknown variable \$custmer; known variables: \$customer"):
        templates.check("Hi $custmer")


def test_a_caller_brings_its_own_variables() -> None:
    assert templates.problems("$message_id", known=["message_id"]) == []
    assert templates.check("Номер $message_id", known=("message_id",)) == "Номер $message_id"


@pytest.mark.parametrize("text", ["", "  \n", "a\x00b"])
def test_check_refuses_empty_and_nul(text) -> None:
    with pytest.raises(InvalidInput):
        templates.check(text)


@pytest.mark.parametrize("name", ["docs", "renewal-needed", "out-of-scope-2"])
def test_good_names(name) -> None:
    assert templates.validate_name(name) == name


@pytest.mark.parametrize("name", ["", "Docs", "две", "a b", "-x", "x-", "a--b", "a" * 61, "../etc"])
def test_bad_names(name) -> None:
    with pytest.raises(InvalidInput):
        templates.validate_name(name)


@given(st.text(max_size=200), st.dictionaries(st.sampled_from(sorted(templates.VARIABLES)), st.text(max_size=30)))
def test_render_never_fails_and_only_adds_given_values(text, values) -> None:
    rendered = templates.render(text, values)
    if not any(f"${name}" in text or f"${{{name}}}" in text for name in values) and "$$" not in text:
        assert rendered == text
