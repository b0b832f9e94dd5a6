"""Words of life written blind in round 38 (SPEC 2.8.4): a digression about the writer's
animals, weather, town and health beside a question is off topic; the same words in the
shop's own trade or in the question are not.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Добрый день. Барсук опять перекопал клумбы у крыльца. Как добавить в карточку товара второе фото?",
    "Здравствуйте. Вчера был субботник, белили бордюры. Как поменять порядок способов оплаты?",
    "Good morning. The heatwave finally broke, we slept well. How do I change the order confirmation e-mail?",
])
def test_a_digression_about_the_writer_s_life_is_off_topic(body: str) -> None:
    assert "off_topic" in codes(body)


@pytest.mark.parametrize("body", [
    "Мы продаём тюльпаны и луковицы почтой. Как задать сезон продажи у товара?",
    "Наш магазин торгует кормом для барсуков и ежей в зоопарки. Как добавить фасовку?",
    "We sell heat pumps for offices. How do I add a power rating filter to the catalogue?",
])
def test_the_same_words_in_the_shop_s_trade_are_no_digression(body: str) -> None:
    assert "off_topic" not in codes(body)
