"""The fourteenth round (issue 13): classes of misses read in several corpora, one class per
test, each positive beside look-alikes that must stay negative.

Every example is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def scope(body: str) -> list[str]:
    """The 2.10 clause numbers flagged for the message."""
    return [f.message.split()[0] for f in check_intake("", body).flags if f.code == "out_of_scope"]


# ------------------------------------------------------------------ a how-to is in scope


@pytest.mark.parametrize("body", [
    # a need, then a bare "how?": the customer asks how to do it
    "Нужно добавить страницу, которую видят только оптовики. Как?",
    "We need a banner that only logged-in buyers see. How?",
    # taking payments or delivery is the product's payment and delivery modules
    "How can we connect PayPal to our store?",
    "Подскажите, как подключить приём оплаты через Робокассу?",
    "Ну и сервис у вас. Так где настроить доставку курьером?",
    # through the product's own settings
    "Как через настройки раздела подключить на страницу внешний CSS-файл?",
    # "может быть" is "maybe", not "could you"
    "Поставили версию 7.1 на тестовый сервер, экспорт пустой. Что может быть причиной?",
    # хотели бы + a verb: the writer's own doing
    "Хотели бы рассказать, что новая версия магазина нам очень нравится.",
    # a data column of an import, not a CSS column
    "При загрузке прайса из Excel не подтягивается артикул. Как сопоставить колонку?",
    # a placeholder after an update is a defect report
    "Since the 7.2 upgrade every product card shows a grey placeholder instead of the photo. Why?",
    # Метрика put in by the customer: the product has a field for counters
    "Подскажите, куда вставить код Яндекс.Метрики, чтобы он был на всех страницах?",
])
def test_the_customers_own_how_to_stays_in_scope(body: str) -> None:
    assert scope(body) == []


@pytest.mark.parametrize(("body", "clause"), [
    # the same objects asked of the staff
    ("Нужно добавить страницу, которую видят только оптовики. Сделаете?", "2.10.4"),
    ("Подключите, пожалуйста, рассрочку от банка через их API, документация у них есть.", "2.10.2"),
    ("Вставьте, пожалуйста, код Яндекс.Метрики на все страницы и настройте цели.", "2.10.5"),
    ("Просьба поставить на сайт пиксел ретаргетинга.", "2.10.5"),
    # a breakage only feared is no defect report
    ("Переезжаем на новый хостинг. Не могли бы вы перенести сайт, чтобы ничего не сломалось?", "2.10.1"),
    # a local site made to work on the internet
    ("Сайт работает на домашнем компьютере. Сделайте, пожалуйста, чтобы он заработал в интернете на хостинге.", "2.10.1"),
    # the vendor's staff named, not the customer's
    ("Хотим, чтобы ваши сотрудники сделали раздел для партнёров с отдельными ценами.", "2.10.4"),
    # an integration asked for, a widget among its parts
    ("Прошу сделать интеграцию сайта с сервисом онлайн-записи, нужен их виджет и синхронизация.", "2.10.2"),
])
def test_the_same_things_asked_of_the_staff_stay_out_of_scope(body: str, clause: str) -> None:
    assert clause in scope(body)


def test_a_staff_member_of_the_customer_is_no_request_to_the_vendor() -> None:
    assert scope("Нужно сделать раздел, доступ к которому есть только у сотрудника склада. Как это настроить?") == []
