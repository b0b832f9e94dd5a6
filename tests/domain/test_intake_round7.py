"""The classes of misses of the seventh tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, is_repeat

# --------------------------------------------------------------------------- already_answered


@pytest.mark.parametrize(("new", "earlier"), [
    # a number written in words or in digits is one number
    ("Как дать скидку за две единицы в корзине?", "Как дать скидку за 2 единицы в корзине?"),
    # "от USD к EUR": both are currencies, the kind the earlier question named
    ("How do I switch prices from USD to EUR?", "How do I change the currency of prices?"),
    # synonyms of the desk: a guest is a visitor who has not logged in; hide = прятать
    ("Как спрятать остатки склада от гостей?", "Как скрыть остатки склада от посетителей?"),
    # a letter not sent and a letter not received: one fault seen from either end
    ("Почему клиенту не приходят письма о заказе?", "Почему не отправляются письма клиенту о заказе?"),
])
def test_rewordings_with_the_desks_synonyms_are_repeats(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # a word and its negation: платный / бесплатный, видимый / невидимый
    ("Как настроить платный вход в личный кабинет?", "Как настроить бесплатный вход в личный кабинет?"),
    # the bounds of a range swapped: от 1000 / до 1000, с 6.9 до 7.0 / с 7.0 до 6.9
    ("Как дать скидку на заказы до 1000 рублей?", "Как дать скидку на заказы от 1000 рублей?"),
    ("Как перейти с 7.1 на 7.2?", "Как перейти с 7.2 на 7.1?"),
    # updating and rolling back are different actions
    ("Как откатить модуль форума?", "Как обновить модуль форума?"),
    # hiding a thing is not deleting it
    ("Как скрыть раздел новостей?", "Как удалить раздел новостей?"),
])
def test_opposites_and_different_actions_stay_different(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


# --------------------------------------------------------------------------- out_of_scope


def _clauses(text: str) -> set[str]:
    return {f.message.split(" ", 1)[0] for f in check_intake("", text).flags if f.code == "out_of_scope"}


@pytest.mark.parametrize(("text", "clause"), [
    # the staff named as the ones to install, the version alone naming the update
    ("Пусть ваши инженеры накатят 7.3.1 на наш магазин, ключ прежний.", "2.10.3"),
    ("Could your team upgrade our store to 8.0 next week?", "2.10.3"),
    # a page or a part of the design to be redrawn by the staff
    ("Можете перекрасить шапку магазина в синий?", "2.10.4"),
    ("Пусть кто-то из ваших подвинет логотип в подвале правее.", "2.10.4"),
])
def test_work_asked_of_the_staff_is_out_of_scope(text: str, clause: str) -> None:
    assert clause in _clauses(text)


@pytest.mark.parametrize("text", [
    # the customer updating himself, or asking whether he may
    "Мы на 7.1, хотим обновиться до 7.3 сами. Можно ли сразу?",
    # a fault after the update is the product's
    "Your engineers' update broke the cart totals after the upgrade to 8.0.",
    # where the customer changes it himself
    "В каком разделе админки поменять цвет кнопок?",
])
def test_the_customers_own_work_and_defects_stay_in_scope(text: str) -> None:
    assert not _clauses(text) & {"2.10.3", "2.10.4"}
