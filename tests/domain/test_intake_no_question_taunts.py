"""No question (SPEC 2.8.2), round 39: in an abusive message a "?" sentence that names nothing
of the product (no product word, number, version, quoted title or Latin name) taunts the
staff and asks nothing (judging.only_taunts). A question about the product in the same
abuse still asks, and so does the same taunt without abuse beside a real question.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Вы там все такие тупые или через одного?",
    "Вы решили меня довести, мудаки?",
    "Уроды, вы хоть что-нибудь дочитываете до конца?",
    "Мне что, лично к вам ехать, долбоёбы?",
])
def test_a_taunt_in_abuse_asks_nothing(body: str) -> None:
    found = codes(body)
    assert "obscene" in found and "no_question" in found


@pytest.mark.parametrize("body", [
    # a question about the product, abuse beside it
    "Вы там заснули, уроды? Почему корзина не пересчитывает доставку?",
    "Дебилы, почему после обновления 7.1.2 пропал фильтр?",
    "Мне что, лично к вам ехать, долбоёбы? Как включить выгрузку в «Маркет»?",
    "Morons, why does the YML export skip products without a price?",
])
def test_a_question_about_the_product_in_abuse_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
