"""A question for a fix after a report (SPEC 2.8.2): "Есть решение?", "Any fix?" ask how to
mend what the sentence before told of the product, and are questions. The same words after
a sentence about the request itself ask after the request (its status) and stay no question.
An HTML entity a customer quotes (&quot;, &mdash;) ends no sentence (review of 2026-12-07:
both messages below were flagged no_question, and refused under intake.refuse no_question)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain import intake


def codes(subject: str, body: str) -> list[str]:
    found = intake.check_intake(subject, body)
    return [r.code for r in (*found.refusals, *found.flags)]


@pytest.mark.parametrize(("subject", "body"), [
    ("RSS: &quot; in titles (again)", "Follow-up: the RSS feed still shows &quot; entities. Any fix?"),
    ("RSS", "Лента RSS показывает мусор вместо кавычек. Есть решение?"),
    ("Корзина", "Корзина не сохраняет товары после обновления. Какой выход?"),
    ("Экспорт", "Выгрузка в CSV обрывается на середине. Is there a workaround?"),
    ("Title", "The product page prints &amp;amp; in the title. Any solution?"),
])
def test_a_question_for_a_fix_after_a_report_is_a_question(subject, body) -> None:
    assert codes(subject, body) == []


@pytest.mark.parametrize(("subject", "body"), [
    ("Заявка", "Прошло четыре дня. Есть решение?"),
    ("Заявка 4521", "Есть решение по заявке?"),
    ("Вопрос", "Есть решение?"),
])
def test_the_same_words_about_the_request_itself_ask_nothing_support_can_answer(subject, body) -> None:
    assert codes(subject, body) == ["no_question"]


@given(entity=st.sampled_from(["&quot;", "&amp;", "&mdash;", "&#171;", "&#x2014;", "&nbsp;"]))
def test_an_html_entity_quoted_in_a_report_leaves_its_question_asked(entity) -> None:
    assert codes("Feed", f"The feed still shows {entity} entities. Any fix?") == []
