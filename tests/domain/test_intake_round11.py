"""The eleventh round (issue 13): false alarms of the seventh hold-out, one class per
test, each with the cases the rules must still catch.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake.obscene import find_obscene
from deskcli.domain.intake.repeats import is_repeat

# --------------------------------------------------------------------------- obscene


@pytest.mark.parametrize("body", [
    # an English place name built on an old word, in an address
    "The courier cannot find Shitlingthorpe, West Yorkshire. Why is the town missing from the list?",
    "Our warehouse is in Shitterford and the postcode check fails. Where is the list kept?",
    "Please add Pisshill, Oxfordshire to the delivery zones: the address form refuses it.",
])
def test_english_place_names_in_an_address_are_no_mat(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize("body", [
    # a given name the dictionary does not know, joined by a hyphen to one it knows
    "Клиентка Мария-Мандана не получает писем о заказе. Где проверить её адрес?",
    "Оператор Мандана-Ирина не видит раздел заказов. Какие права ей выдать?",
])
def test_half_of_a_double_first_name_is_no_mat(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize("body", [
    # the same roots outside a name or an address stay mat
    "Это просто shit, а не модуль доставки. Как его откатить?",
    "Your shitty postcode lookup fails again. Where is the list?",
    "Что за мандец с корзиной, почему не сохраняется?",
    "Мария, это мандец, а не обновление: где откатить?",
    "Fucking postcode field rejects every address. How to turn it off?",
])
def test_mat_beside_names_and_addresses_is_still_caught(body: str) -> None:
    assert find_obscene(body)


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
