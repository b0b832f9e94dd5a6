"""No question (SPEC 2.8.2), round 42: a question settled by itself (вопрос снялся, проблема
решилась) or left by the writer's decision (решили пока ничего не менять), and whether or when
one may write to the desk at all (можно вам звонить или только писать сюда?), ask nothing. A
fault told beside such a decision, or the same words about the product's users, still ask.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Добрый день. Вопрос снялся сам собой, виноват был кэш браузера.",
    "Здравствуйте. Проблема решилась, ошибка была в настройках почты у хостера.",
    "Добрый день. Посовещались и решили пока ничего не менять в каталоге. Заявку можно закрыть.",
    "Здравствуйте, а можно вам звонить по телефону или только писать сюда?",
    "А у вас можно задавать вопросы по вечерам или только днём?",
])
def test_a_settled_or_arranged_message_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Решили не обновляться, а теперь корзина не считает доставку. Что делать?",
    "Можно писать отзывы без регистрации или только после входа?",
    "Можно ли вам писать о модуле складов или только о магазине?",
])
def test_a_fault_or_a_question_of_the_product_beside_them_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
