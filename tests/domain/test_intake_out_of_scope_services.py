"""Out of scope (SPEC 2.10), round 37: the price of the staff's work asked in new words (сколько
возьмёте, what would you charge), a site relocated, accounting and booking services hooked up,
the same work entrusted to the staff again (поручить), a new page priced or asked of the staff,
someone else's script to be put in, and the staff's updating priced or ordered (data/scope_rules.json). Beside
each, the same words about the product's own means stay in scope.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import clauses


@pytest.mark.parametrize(("body", "clause"), [
    ("What would you charge to relocate our shop from the old VPS to a new hosting provider?", "2.10.1"),
    ("Could you relocate the site to our new server this weekend?", "2.10.1"),
    ("Please connect our store to QuickBooks so that paid orders become invoices there.", "2.10.2"),
    ("Подключите, пожалуйста, к сайту гостиницы систему бронирования Bnovo, чтобы номера показывались онлайн.", "2.10.2"),
    ("Можно поручить вашему программисту повторно сделать ту же выгрузку, что он делал для первого сайта?", "2.10.7"),
    # "обратно" of a direction is no redo, and "не через стандартный" no product's own means
    ("Нам нужна интеграция с RetailCRM: заказы и статусы туда-обратно. Возьмётесь?", "2.10.2"),
    ("Нужна интеграция с МойСклад через их API, не через стандартный обмен. Сделаете?", "2.10.2"),
    ("Прошу связать наш сайт с кассой Эвотор, чтобы чеки пробивались сами.", "2.10.2"),
    ("Опишите по шагам, как сделать интеграцию с iiko, чтобы меню подтягивалось на сайт.", "2.10.2"),
    ("Можете ли вы подключить к нашему магазину выгрузку на Wildberries через их API?", "2.10.2"),
    # a new page priced or asked of the staff; a script of someone else's to put in
    ("Сколько будет стоить новая страница «Доставка и оплата» в нашем стиле?", "2.10.4"),
    ("Нам нужен скрипт онлайн-консультанта от партнёра на всех страницах, кроме оформления. Сделайте, пожалуйста.", "2.10.5"),
    ("Сколько стоит установить на сайт виджет онлайн-записи от партнёра?", "2.10.5"),
    # the staff's updating priced as a service
    ("Сколько будет стоить установка обновлений вашими специалистами на два наших сайта?", "2.10.3"),
])
def test_staff_work_asked_in_new_words_is_out_of_scope(body: str, clause: str) -> None:
    assert clause in clauses(body)


@pytest.mark.parametrize("body", [
    "Как в HostCMS настроить обмен заказами с 1С:УНФ стандартными средствами?",
    "Где в системе выбрать Эвотор как онлайн-кассу для чеков?",
    "Можно ли в форме сделать поле, которое считает сумму, или для этого нужен скрипт?",
    "Как самостоятельно подключить скрипт счётчика на все страницы?",
    "Подскажите, обновления системы входят в стоимость поддержки?",
    "Сколько стоит продление лицензии с обновлениями на год?",
    "Можете подсказать, почему выгрузка на Ozon обрывается на половине товаров?",
    "Подключили стандартный обмен с МойСклад, заказы уходят туда и обратно. Где смотреть журнал обмена?",
    "Where in the admin do I set which warehouse a relocated product ships from?",
])
def test_the_product_s_own_means_stay_in_scope(body: str) -> None:
    assert clauses(body) == []


@pytest.mark.parametrize("body", [
    # round 38: booking channels, and an integration priced
    "Подключите, пожалуйста, наш отель к Островку, чтобы номера бронировались и там.",
    "Could you connect our guest house site to Airbnb so bookings sync?",
    "Во сколько обойдётся интеграция нашего сайта с RetailCRM?",
])
def test_booking_channels_and_a_priced_integration_are_2_10_2(body: str) -> None:
    assert clauses(body) == ["2.10.2"]


def test_a_booking_channel_asked_about_as_the_product_s_own_stays_in_scope() -> None:
    assert clauses("Есть ли в системе готовый модуль для Booking.com?") == []


@pytest.mark.parametrize("body", [
    # round 40: an export set up through the other side's API is an integration; Kaspi named
    "Настройте, пожалуйста, выгрузку наших товаров на Ozon через их API, как у конкурентов.",
    "Было бы здорово, если бы кто-то из ваших разработчиков соединил наш магазин с Kaspi, чтобы заказы шли к нам.",
])
def test_an_export_through_their_api_and_kaspi_are_2_10_2(body: str) -> None:
    assert clauses(body) == ["2.10.2"]


def test_the_product_s_own_export_set_up_stays_in_scope() -> None:
    assert clauses("Подскажите, как настроить выгрузку товаров в YML для Яндекс.Маркета?") == []
