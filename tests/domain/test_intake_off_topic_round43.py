"""Off topic (SPEC 2.8.4), round 43: a letterhead whose town stands in brackets (прокат байдарок
на Ладожском озере (Лахденпохья)), and an English letterhead (Surf board rental, Jeffreys Bay,
South Africa.: a few words in parts parted by commas, no word of grammar, no verb in the past,
no word of time or the weather) say who writes; a digression about the weather stays one.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Hi. Surf board rental, Jeffreys Bay, South Africa. License 30111, PIN 1234, version 7.0.2. The sitemap lists inactive "
    "pages. Should they be there?",
    "Добрый день, прокат байдарок и катамаранов на Ладожском озере (Лахденпохья). Как ограничить поле «Количество» в форме "
    "бронирования числом 10?",
])
def test_a_letterhead_is_no_digression(body: str) -> None:
    assert "off_topic" not in codes(body)


@pytest.mark.parametrize("body", [
    "Rain, rain, rain, third week here. Our garden is flooded and the dog refuses to go out. Anyway, how do I add a coupon?",
    "У нас в Сортавале опять снег, третий день чистим дорожки, спина болит. Как добавить поле в форму?",
])
def test_the_weather_stays_a_digression(body: str) -> None:
    assert "off_topic" in codes(body)
