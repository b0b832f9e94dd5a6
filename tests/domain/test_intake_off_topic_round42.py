"""Off topic (SPEC 2.8.4), round 42: a letterhead of any trade, a short sentence with no
predicate naming a place (Рыбалка и охота на Селигере; Сплавы по рекам, Кандалакша.), tells who writes, however much of
life its words name; one that tells of time or the weather is still the writer's day.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Добрый день. Рыбалка и охота на Селигере. Как добавить второй склад в магазин?",
    "Здравствуйте. Пироги и блины из Суздаля. Где поменять телефон в шапке сайта?",
    "Здравствуйте. Мёд и орехи из Абхазии. Почему при оплате картой заказ остаётся неоплаченным?",
    # its town after a comma
    "Рыбалка и охота, Селигер. Как добавить второй склад в магазин?",
    "Сплавы по рекам и походы, Кандалакша. Где поменять телефон в шапке сайта?",
])
def test_a_letterhead_naming_its_place_is_no_digression(body: str) -> None:
    assert "off_topic" not in codes(body)


@pytest.mark.parametrize("body", [
    "Здравствуйте. У нас в Вологде дождь третью неделю, все грустные. Почему не уходят письма покупателям?",
    "Здравствуйте. Отпуск на Бали, сижу у бассейна и пишу вам. Где включить уведомления о новых заказах?",
])
def test_the_writers_day_in_a_place_is_still_a_digression(body: str) -> None:
    assert "off_topic" in codes(body)
