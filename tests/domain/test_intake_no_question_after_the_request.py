"""No question (SPEC 2.8.2), round 39: asking after one's own request is no question when
what is left beside the request's words only numbers it (№ 51234, от 5-го), says someone is
looking at it (кто-нибудь смотрит?), when it was sent (вчера вечером), or what a call offered
is about (позвоню вам по поводу лицензии). A question of where to look still asks.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Подскажите, на каком этапе заявка № 51234?",
    "Моё обращение от 5-го кто-нибудь смотрит?",
    "Дошли ли до вас скриншоты, которые мы выслали вчера вечером?",
    "Можно я в понедельник наберу вам по поводу продления?",
    "Объедините, пожалуйста, заявки № 3301 и № 3307, это та же проблема.",
])
def test_asking_after_one_s_own_request_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Обмен с 1С падает на выгрузке заказов. Куда смотреть в первую очередь?",
    "Заявка № 51234: после обновления 7.1.2 пропал фильтр по цене. Как его вернуть?",
])
def test_a_question_beside_the_request_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


# Round 40: a request about the request itself (merge, close, hurry it) followed by a clause
# giving its reason asks nothing; a clause that reports a fault or asks keeps it a question.
@pytest.mark.parametrize("body", [
    "Добрый день. Прошу закрыть обращение 5120, справились без вас, спасибо.",
    "Просим ускорить рассмотрение заявки № 2290, в пятницу у нас открытие магазина.",
    "Прошу объединить заявки 4410 и 4418, я нечаянно нажал «отправить» два раза.",
])
def test_a_request_about_the_request_with_its_reason_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Просим ускорить рассмотрение заявки № 2290, у нас не открывается корзина.",
    "Прошу ускорить заявку 2290, как теперь выгрузить остатки в 1С?",
    "Посоветуйте, как посмотреть, кто из менеджеров поменял статус заказа.",
])
def test_a_reason_that_reports_a_fault_or_asks_keeps_the_question(body: str) -> None:
    assert "no_question" not in codes(body)
