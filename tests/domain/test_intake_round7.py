"""The classes of misses of the seventh tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


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
