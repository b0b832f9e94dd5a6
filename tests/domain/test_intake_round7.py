"""The classes of misses of the seventh tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import is_repeat

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
