"""Off topic (SPEC 2.8.4), round 39: a letterhead naming the business in quotes, a handful of
words with no predicate (Турбаза «Северный ветер», Карелия.), says who writes and is no
digression. A story with a quoted title and a verb still is one.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Добрый день. Гостевой дом «Сосны» (Листвянка, Байкал). Почему письмо о брони приходит без даты заезда?",
    "Здравствуйте. Горячий Ключ, база отдыха «Лесное озеро». Почему в галерее номеров не создаются превью?",
])
def test_a_letterhead_with_a_quoted_name_is_no_digression(body: str) -> None:
    assert "off_topic" not in codes(body)


def test_a_story_with_a_quoted_title_is_still_a_digression() -> None:
    body = ("Вчера всей семьёй смотрели «Иронию судьбы», плакали и смеялись, потом долго пили чай с пирогами. "
            "Как включить уведомление покупателю о смене статуса заказа?")
    assert "off_topic" in codes(body)
