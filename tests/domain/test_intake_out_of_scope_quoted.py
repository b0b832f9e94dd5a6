"""Out of scope (SPEC 2.10) and words in quotes: an imperative quoted (ваш специалист написал
«обновитесь») is what the writer was told, not work asked of the staff; a quoted name («Купить в
один клик») and a request made outside the quotes still count.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import clauses


@pytest.mark.parametrize("body", [
    "Ваш специалист ответил «обновитесь». Мы обновились, а купоны всё равно не считаются. Что дальше?",
    "Сотрудник сказал «переустановите систему». Почему после обновления слетели настройки доставки?",
    "Support told me \"reinstall the module\". I did, and the invoice is still blank. Why?",
])
def test_advice_quoted_from_the_staff_asks_no_work(body: str) -> None:
    assert clauses(body) == []


@pytest.mark.parametrize(("body", "clause"), [
    # the request is outside the quotes
    ("Вы в прошлый раз писали «обновитесь». Обновите нас сами, пожалуйста, сегодня вечером.", "2.10.3"),
    # a quoted name is a name, not someone's words
    ("Сверстайте нам, пожалуйста, новую страницу «Оптовикам» по макету из Figma.", "2.10.4"),
])
def test_work_asked_beside_quotes_still_counts(body: str, clause: str) -> None:
    assert clause in clauses(body)
