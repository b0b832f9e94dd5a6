"""No question (SPEC 2.8.2), round 45: leave asked to ask about something left unsaid (кое о
чём, кое про что, об одной вещи) announces a question and asks none; how long the desk takes
"as a rule" (обычно, в среднем, usually) asks after the desk's answer as the same question
without the adverb does. A question about the product with such an adverb still asks. Leave to
come with a question described in two words (с одним срочным вопросом) announces it as one word did.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Добрый день. Можно вас кое о чём спросить?",
    "Здравствуйте. Хотела бы вас кое о чём спросить.",
    "Сколько у вас обычно ждать ответа на заявку?",
    "Добрый день. Сколько в среднем ждать ответа на заявку?",
    "Здравствуйте. Можно ли к вам обратиться с одним срочным вопросом?",
    "Простите, можно ли обратиться с парой коротких вопросов?",
])
def test_a_question_announced_or_after_the_answer_as_a_rule_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Как обычно настраивается доставка СДЭК?",
    "Сколько обычно занимает выгрузка в Яндекс.Маркет?",
    "How do you usually set up a second price for wholesale?",
    "Можно вас кое о чём спросить? Почему после обновления пропал фильтр по брендам?",
])
def test_a_question_about_the_product_as_a_rule_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
