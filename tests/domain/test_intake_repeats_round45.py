"""Repeats (SPEC 2.8.5), round 45: a clause that says the earlier question's thing works now
(фильтр теперь находит товары по бренду; description уже разный) settles that question, as "нашли"
or "работает" did: what the message still asks is another question. "Теперь" telling of a new
fault or a new wish (теперь в админке белый экран; теперь письма должен получать другой
менеджер) settles nothing.

A warehouse is no synonym of the stock kept in it: a question about another figure per warehouse
(дата поступления по каждому складу) is not the earlier one about the stock per warehouse.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import is_repeat


@pytest.mark.parametrize(("new", "earlier"), [
    ("Фильтр теперь находит товары по бренду, спасибо. А почему он не находит новинки по цвету?",
     "Почему фильтр в каталоге не находит товары по бренду?"),
    ("Здравствуйте. А почему у всех разделов одинаковый keywords? Description уже разный, спасибо.",
     "Почему в выдаче у всех разделов одинаковый description?"),
])
def test_what_works_now_settles_the_earlier_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Обновились до 7.0.6, теперь в админке белый экран. Что делать?",
     "Обновились до 7.0.6, в админке белый экран. Что делать?"),
])
def test_a_fault_that_came_now_settles_nothing(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Уже третий день жду ответа. Как выгрузить заказы в Excel?", "Как выгрузить заказы в Excel?"),
    ("Теперь хотим показывать остатки на складе. Как вывести остатки на складе?", "Как вывести остатки на складе?"),
])
def test_a_count_of_days_or_a_wish_settles_nothing(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


def test_another_figure_per_warehouse_is_another_question() -> None:
    assert not is_repeat("Как вывести дату поступления товара по каждому складу?",
                         "Как вывести остаток товара по каждому складу?")
