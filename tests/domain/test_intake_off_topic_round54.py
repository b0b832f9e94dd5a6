"""Off topic (SPEC 2.8.4), round 54: a season the business works, closes, books or sells in is
the shop's season, the question's context, not the writer's life; a season of the writer's
own life stays one.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Здравствуйте. Лодочная станция открыта только летом, зимой закрываемся. Как на зиму выключить оформление заказов?",
    "Здравствуйте. Каток у нас работает только зимой, летом закрываемся и сдаём площадку. Как отключить продажу билетов на лето?",
    "Hi. We're a campsite open from May to September only, and in winter nobody books. Can the booking form be closed for the winter?",
])
def test_the_season_a_business_works_in_is_context(body: str) -> None:
    assert "off_topic" not in codes(body)


def test_a_season_of_the_writer_s_life_is_still_a_digression() -> None:
    body = ("Летом ездили всей семьёй на море, зимой собираемся в горы, осенью к тёще на дачу. "
            "Как поменять пароль администратора?")
    assert "off_topic" in codes(body)
