"""Repeats (SPEC 2.8.5), round 41: a thing the writer says is settled, named as the earlier
question named it, is not asked again even when the thesaurus holds the new word alike (отзывы
settled, комментарии asked); a total and a breakdown by item are opposite ways of showing the
same figure (суммарно / отдельно). The same question asked again stays a repeat.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import is_repeat


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как включить модерацию комментариев в новостях? С отзывами к товарам уже разобрались.",
     "Как включить модерацию отзывов?"),
    ("Как вывести в карточке цену отдельно по каждому типу цен, с их названиями?",
     "Как вывести в карточке цену по всем типам цен суммарно?"),
])
def test_a_word_settled_as_written_or_the_other_side_of_a_total_is_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Подскажите ещё раз, как включить модерацию отзывов к товарам?", "Как включить модерацию отзывов?"),
    ("Как вывести в карточке остатки по всем складам суммарно?", "Как показывать в карточке остаток по складам суммарно?"),
])
def test_the_same_question_asked_again_is_still_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("How do I change the colour of the header, not the footer?", "How do I change the colour of the footer?"),
    ("Does the shop remind customers about unpaid invoices, not abandoned carts?", "Does the shop send abandoned cart reminders?"),
    ("Цена в карточке товара видна. А можно показывать её и в списке товаров группы?", "Как вывести цену в карточке товара?"),
])
def test_a_thing_set_aside_with_not_or_said_to_be_visible_is_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_what_should_be_visible_is_still_asked() -> None:
    assert is_repeat("Раздел «Оптовикам» должен быть виден только группе «Оптовики». Как это сделать?",
                     "Как сделать раздел видимым только для группы «Оптовики»?")


def test_a_word_and_its_negation_as_written_ask_opposite_things() -> None:
    assert not is_repeat("Как сделать, чтобы оплаченные, но не собранные заказы помечались красным через двое суток?",
                         "Как сделать, чтобы неоплаченные заказы помечались красным через двое суток?")
