"""No question (SPEC 2.8.2), round 41: abuse that names its open request by number (заявка
#4410, ticket 61377) chases that request. A demand (откройте её обратно, дайте ответ), a fault
told again and a question after the request's status ask nothing; a question about the product
in it still asks, and so does a short "почему?" after the fault it asks about. Without abuse a
request's number changes nothing.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    # a demand about the request
    "Долбоёбы, откройте заявку 7781 обратно, ничего не решено.",
    "Ваши мудаки со второй линии закрыли заявку #5120 без ответа. Откройте её снова.",
    "Clowns. Give ticket 40915 to someone who reads, the idiot on it answers with templates.",
    # a fault told again, the request named
    "Вы там хернёй страдаете, а у нас вторую неделю не грузятся фото товаров. Заявка #33107. Жду ответа сегодня.",
    # the request's status asked, after abuse that names something of the product
    "Бараны, неделю гоняете меня по кругу с этими шаблонами. Когда будет решение по заявке 55120?",
    "Вы там пришибленные? Заявку 70114 третий раз переводите в «Ожидает клиента». Что за статус такой?",
])
def test_abuse_chasing_a_numbered_request_asks_nothing(body: str) -> None:
    found = codes(body)
    assert "obscene" in found and "no_question" in found


@pytest.mark.parametrize("body", [
    # a question about the product beside the number
    "Уроды, в заявке 8114 я спрашивал: почему корзина не пересчитывает доставку после смены адреса?",
    "Morons, ticket 5531 again: why does the YML export skip products without a price?",
    # a short question after the fault it asks about
    "Сучары, кто у вас отвечал по заявке 6620? Лицензионный ключ не подходит. Почему?",
    # the same fault without abuse
    "Заявка #33107. Вторую неделю не грузятся фото товаров, подскажите, что проверить.",
])
def test_a_question_about_the_product_in_such_abuse_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
