"""Repeats, round 50 of issue 13: the earlier question's own action told done settles it.

A customer who did what he asked about writes again about the next step: "Доставку СДЭК
подключили, как теперь печатать накладные?" after "Как подключить доставку СДЭК?" shares the
earlier question's words and asks another thing (a reviewer's follow-ups: 11 of 12 read as
repeats by the rules before this round).
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import compare_questions, rules_find_repeat


@pytest.mark.parametrize(("new", "earlier"), [
    ("Доставку СДЭК подключили, как теперь печатать накладные?", "Как подключить доставку СДЭК?"),
    ("Мы продлили лицензию, но в панели всё ещё написано, что она истекла.", "Как продлить лицензию?"),
    ("Сайт перенесли, а теперь не работает авторизация в админке.", "Как перенести сайт на другой хостинг?"),
    ("Резервную копию сделал, а где она хранится на сервере?", "Как создать резервную копию сайта?"),
])
def test_the_earlier_action_told_done_settles_the_earlier_question(new: str, earlier: str) -> None:
    assert "settled" in compare_questions(new, earlier).vetoes
    assert not rules_find_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # asked again after all
    ("Подключили Яндекс Кассу, но платежи не проходят, как подключить правильно?", "Как подключить Яндекс Кассу?"),
    # the earlier question tells of the action, it does not ask for it
    ("Здравствуйте! Обновились до 7.0.6, теперь в админке белый экран.", "После обновления до 7.0.6 белый экран в админке."),
    # another action told done (удалили), the earlier one (восстановить) still asked
    ("Как восстановить товар? Удалили по ошибке.", "Как восстановить удалённый товар?"),
    # undone: a negation in the clause
    ("Доставку СДЭК не подключили, как подключить доставку СДЭК?", "Как подключить доставку СДЭК?"),
])
def test_an_action_asked_again_or_not_asked_for_settles_nothing(new: str, earlier: str) -> None:
    assert "settled" not in compare_questions(new, earlier).vetoes
