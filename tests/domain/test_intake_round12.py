"""The twelfth round (issue 13): re-asked questions in other words (already_answered),
by what their words mean beside their neighbours, each with the different questions the
repeat check must still tell apart.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake.repeats import is_repeat

# --------------------------------------------------------------------------- neighbours


@pytest.mark.parametrize(("new", "earlier"), [
    # the vendor's half of a dotted product name may be left out
    ("Как подключить Метрику к нашему магазину?", "Как подключить Яндекс.Метрику к магазину?"),
    ("Почему в Маркет не уходят товары без картинок?", "Почему в Яндекс.Маркет не уходят товары без картинок?"),
    # an e-mail address or a link is the customer's data, not another thing asked about
    ("Уведомления о заказах приходят от noreply@example.org, где поменять адрес отправителя?",
     "Где задаётся адрес отправителя уведомлений о заказах?"),
    # a light verb that points at a state described elsewhere asks for whatever brings it about
    ("Как сделать так, чтобы новые отзывы не публиковались без проверки?", "Как включить премодерацию отзывов?"),
    ("Хотим, чтобы скидки не суммировались. Как это настроить?", "Как запретить суммирование скидок?"),
    # seeing negated is hiding
    ("Нужно, чтобы незарегистрированные посетители не видели остатки на складе. Как?",
     "Как скрыть остатки на складе от незарегистрированных посетителей?"),
    # a message typed in capitals: a capital letter names nothing there
    ("КАК ПОДКЛЮЧИТЬ ОПЛАТУ ЧЕРЕЗ ЮKASSA К МАГАЗИНУ?", "Как подключить оплату через ЮKassa?"),
])
def test_neighbours_keep_a_rewording_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # another product of the same vendor is another question
    ("Как подключить Яндекс.Метрику?", "Как подключить Яндекс.Маркет?"),
    ("Как подключить Яндекс.Кассу к магазину?", "Как подключить Яндекс.Метрику к магазину?"),
    # a light verb pointing elsewhere still leaves the state asked for to differ
    ("Как сделать, чтобы скидки суммировались?", "Как запретить суммирование скидок?"),
    ("Как сделать, чтобы цены видели только оптовики?", "Как скрыть раздел каталога от гостей?"),
    # shown / not shown stay opposite
    ("Как сделать, чтобы гости не видели цены?", "Как показать цены гостям?"),
    # a message typed in capitals still names its thing
    ("КАК ПОДКЛЮЧИТЬ ОПЛАТУ ЧЕРЕЗ ROBOKASSA?", "Как подключить оплату через ЮKassa?"),
])
def test_neighbours_keep_different_questions_apart(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


# --------------------------------------------------------------------------- the desk's words


@pytest.mark.parametrize(("new", "earlier"), [
    # kh is х when a name is written in Latin letters
    ("Why doesn't the module calculate delivery to Khabarovsk?", "Почему модуль не считает доставку в Хабаровск?"),
    # the product's words for the same thing
    ("Как включить для менеджеров вход по второму фактору?", "Как включить 2FA для менеджеров?"),
    ("Where do I turn on the CAPTCHA of the sign-up page?", "How do I enable the CAPTCHA on the registration page?"),
    ("Какие смс-сервисы можно подключить для уведомлений?", "Какие SMS-провайдеры можно подключить для уведомлений?"),
    ("Discontinued products are still listed in search. How do I make them disappear?",
     "How can I hide discontinued products from search?"),
    # a light verb at the end of the question points at its topic
    ("Экспорт заказов в XML — как сделать?", "Как выгрузить заказы в XML?"),
    # "at most" asks for the limit; a greeting and "again" ask nothing
    ("How many managers can one Business license have at most?",
     "Is there a limit on the number of managers in the Business license?"),
    ("hey where is the timezone setting again", "Where do I change the timezone?"),
])
def test_the_desks_words_keep_a_rewording_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Why doesn't the module calculate delivery to Kazan?", "Почему модуль не считает доставку в Хабаровск?"),
    ("Как включить вход по второму фактору для покупателей?", "Как включить 2FA для менеджеров?"),
    ("Какие смс-сервисы можно подключить для уведомлений?", "Какие платёжные сервисы можно подключить?"),
    ("Discontinued products are still listed in search. How do I make them appear again?",
     "How can I hide discontinued products from search?"),
    ("Импорт заказов из XML — как сделать?", "Как выгрузить заказы в XML?"),
    ("How many managers can one Business license have at most?",
     "Is there a limit on the number of managers in the Start license?"),
    ("hey where is the currency setting again", "Where do I change the timezone?"),
])
def test_the_desks_words_keep_different_questions_apart(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)
