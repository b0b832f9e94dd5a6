"""Thanks and confirmed fixes are told apart from clarifications (SPEC section 8)."""

from __future__ import annotations

import pytest

from deskcli.domain.courtesy import only_thanks

THANKS = [
    "Спасибо, всё заработало!", "Спасибо!", "Благодарю, проблема решена.", "Огромное спасибо за помощь!",
    "СПАСИБО", "Большое спасибо, помогло.", "Всё ок, спасибо", "Понял, спасибо",
    "Спасибо, теперь всё работает", "Спасибо, корзина на сайте снова работает, заказы идут.",
    "Thanks, it works now.", "Thank you, that fixed it", "Thanks a lot!", "C п а с и б о, заработало",
]
NOT_THANKS = [
    "Спасибо, но не помогло.", "Не помогло. Что ещё?", "Спасибо, заработало. А как настроить доставку?",
    "Спасибо, всё заработало, но теперь не открывается оплата", "Спасибо. Сайт снова упал",
    "Спасибо, но ошибка осталась", "Спасибо за ответ. Ещё вопрос по доставке.", "Корзина пустая",
    "Уточняю: корзина пуста только у гостей.", "ок", "Thanks, but the cart is still empty",
    "It does not work", "Thanks. Now I get error 500.", "It doesn't work, thanks", "thanks " * 50,
]


@pytest.mark.parametrize("text", THANKS)
def test_thanks_and_confirmations(text) -> None:
    assert only_thanks(text)


@pytest.mark.parametrize("text", NOT_THANKS)
def test_anything_more_is_a_clarification(text) -> None:
    assert not only_thanks(text)
