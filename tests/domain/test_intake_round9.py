"""False alarms of the ninth round (issue 13), one class per test, each with the innocent
variants the class must keep and the abuse it must still catch.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def codes(body: str) -> list[str]:
    return check_intake("", body).codes


# --------------------------------------------------------------------------- out_of_scope


@pytest.mark.parametrize("body", [
    # the product's own delivery or payment module, asked how to switch on
    "Как подключить модуль оплаты Stripe к корзине?",
    "Подскажите, как подключить доставку Boxberry для самовывоза?",
    "How do I connect Stripe as a payment option at checkout?",
    # the customer moving the site himself asks what to leave behind
    "Сами переезжаем на новый VPS. Какие каталоги с кешем можно не переносить?",
    "We are moving the shop to a new host ourselves. Which folders can be skipped?",
    # an update named as a date is a timestamp, not a release
    "Нужно, чтобы в карточке товара показывалась дата обновления цены. Как её вывести?",
    # choosing which release to install is the customer's own choice
    "Какую версию нам ставить, чтобы заработала выгрузка заказов?",
    # where the mail templates are edited
    "Хочу поменять шаблон уведомления о регистрации. Где он правится в админке?",
    # HTML as a file format of a document the shop prints
    "Счёт покупателю формируется в HTML или PDF? Хочу распечатать его отдельно.",
])
def test_a_question_about_the_products_own_parts_is_in_scope(body: str) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    # an outside service through its API, or a module that does not exist
    "Подключите, пожалуйста, оплату через банк «Заря» по их API, модуля для него нет.",
    "Could you connect the Pochtoviy delivery service to our checkout through their API?",
    # the staff asked to move the site, the customer afraid to do it himself
    "Перенесите, пожалуйста, наш сайт на новый хостинг, сами мы боимся ошибиться.",
    # the staff asked to install an update for the customer
    "Поставьте нам, пожалуйста, последнюю версию, сами не успеваем.",
    # the staff asked to redesign the order mail
    "Переверстайте, пожалуйста, шаблон письма о заказе под наш новый фирменный стиль.",
])
def test_a_request_for_the_excluded_work_stays_out_of_scope(body: str) -> None:
    assert "out_of_scope" in codes(body)
