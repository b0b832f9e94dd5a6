"""Repeats (SPEC 2.8.5), round 37: an action noun after "в" (в настройках) is where, not what is
done; and synonym groups written blind, by a helper who read no corpus,
for the things of a shop its customers name two ways (инвойс / счёт, наценка / надбавка,
бейдж / наклейка, габариты / dimensions), in data/repeat_terms.txt. Two questions naming one
thing by either word are one question; two different things of a shop stay two.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import is_repeat


@pytest.mark.parametrize(("new", "answered"), [
    ("Как выгрузить инвойсы за месяц в PDF?", "Как выгрузить счета за месяц в PDF?"),
    ("Как задать наценку на все товары группы?", "Как задать надбавку на все товары группы?"),
    ("Как загрузить прайс-лист поставщика?", "Как загрузить pricelist поставщика?"),
    ("Как показать габариты товара в карточке?", "Как показать dimensions товара в карточке?"),
    ("Как сделать бейдж «Хит» на товаре?", "Как сделать наклейку «Хит» на товаре?"),
])
def test_one_thing_named_by_either_word_of_a_group_is_a_repeat(new: str, answered: str) -> None:
    assert is_repeat(new, answered)


@pytest.mark.parametrize(("new", "answered"), [
    ("Как выгрузить счета за месяц в PDF?", "Как выгрузить чеки за месяц в PDF?"),
    ("Как задать наценку на все товары группы?", "Как задать скидку на все товары группы?"),
])
def test_two_things_of_a_shop_stay_two_questions(new: str, answered: str) -> None:
    assert not is_repeat(new, answered)


@pytest.mark.parametrize(("new", "answered"), [
    # "в настройках" says where, not what is done: it no longer joins отключить to включить
    ("Как отключить SSL для поддомена в настройках системы?", "Как включить SSL для сайта в настройках системы?"),
    ("Как отключить капчу в настройках формы?", "Как включить капчу в настройках формы?"),
])
def test_opposite_actions_stay_two_questions_whatever_settings_they_name(new: str, answered: str) -> None:
    assert not is_repeat(new, answered)


def test_the_same_action_with_or_without_the_settings_named_is_one_question() -> None:
    assert is_repeat("Как включить SSL для сайта в настройках?", "Как включить SSL для сайта?")
