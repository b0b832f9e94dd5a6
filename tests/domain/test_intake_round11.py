"""The eleventh round (issue 13): false alarms of the seventh hold-out, one class per
test, each with the cases the rules must still catch.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake.repeats import is_repeat


# --------------------------------------------------------------------------- already_answered


@pytest.mark.parametrize(("new", "earlier"), [
    # opposite ends of one scale of degree or direction
    ("Как понизить лимит писем в час для рассылки?", "Как повысить лимит писем в час для рассылки?"),
    ("Можно ли перейти на младшую редакцию продукта?", "Можно ли перейти на старшую редакцию продукта?"),
    ("How do I decrease the session timeout in the admin panel?",
     "How do I increase the session timeout in the admin panel?"),
    ("Как сделать, чтобы письмо клиенту уходило раньше?", "Как сделать, чтобы письмо клиенту уходило позже?"),
    ("Как показывать меньше товаров на странице каталога?", "Как показывать больше товаров на странице каталога?"),
    ("Can I downgrade my license to the basic plan?", "Can I upgrade my license to the basic plan?"),
    # the same two named things, the order of the move swapped
    ("Как перенести заказы с «Витрины» на «Склад»?", "Как перенести заказы с «Склад» на «Витрины»?"),
    ('How do I switch the price column from "Опт" to "Розница"?',
     'How do I switch the price column from "Розница" to "Опт"?'),
    # another currency and its sign
    ('How to change the currency sign from "лира" to "₺"?', 'How to change the currency sign from "евро" to "€"?'),
])
def test_opposite_degree_direction_or_order_is_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # rewordings on the same side of the scale, or with both sides named, still repeat
    ("Как увеличить лимит писем в час для рассылки?", "Как повысить лимит писем в час для рассылки?"),
    ("Как уменьшить размер картинок товаров в каталоге?", "Как снизить размер картинок товаров в каталоге?"),
    ("Как увеличить или уменьшить число товаров на странице?", "Как уменьшить или увеличить число товаров на странице?"),
    # the same move in the same order, worded otherwise
    ("Можно перейти с редакции «Старт» на «Бизнес»?", "Как перейти с «Старт» на «Бизнес»?"),
    ("Мы на «Старте», хотим «Бизнес». Можно доплатить разницу?",
     "Можно ли перейти с редакции «Старт» на «Бизнес» с доплатой разницы?"),
])
def test_the_same_degree_direction_and_order_still_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)
