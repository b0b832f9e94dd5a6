"""The classes of misses of the eighth tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import is_repeat


# --------------------------------------------------------------------------- already_answered


@pytest.mark.parametrize(("new", "earlier"), [
    # an abbreviation and its spelled-out form
    ("Как включить оплату через систему быстрых платежей?", "Как подключить оплату через СБП?"),
    ("Where do I enable 2FA for the admin panel?", "How do I turn on two-factor authentication for the admin panel?"),
    # a product term and its everyday paraphrase
    ("Где выставляется временная зона сайта?", "Как поменять часовой пояс сайта?"),
    ("Почему поиск не находит товар по коду товара?", "Почему поиск не находит товары по артикулу?"),
])
def test_a_term_spelled_out_is_the_same_question(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # the spelled-out term beside another thing is still another question
    ("Как включить оплату через систему быстрых платежей?", "Как подключить оплату картой?"),
    ("Где задаётся адрес отправителя писем?", "Где задаётся адрес доставки по умолчанию?"),
])
def test_a_spelled_out_term_does_not_match_another_thing(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)
