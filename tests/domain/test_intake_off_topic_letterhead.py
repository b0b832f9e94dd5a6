"""Off topic (SPEC 2.8.4), round 39: a letterhead naming the business in quotes, a handful of
words with no predicate (Турбаза «Северный ветер», Карелия.), says who writes and is no
digression, and so does what an English business offers, ships, teaches or organises. A
story with a quoted title and a verb, or of the writer's family, still is one.

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


@pytest.mark.parametrize("body", [
    "Hi, we organise kayak trips on Loch Lomond. Can a booking form send the chosen date to two addresses?",
    "Hello, a guesthouse near Bled. We offer airport pickups and breakfast. Why does the booking e-mail drop the number of guests?",
])
def test_what_an_english_business_offers_or_organises_says_who_writes(body: str) -> None:
    assert "off_topic" not in codes(body)


def test_an_english_story_of_life_is_still_a_digression() -> None:
    body = ("My daughter got married last Saturday, the whole family came from Cork and we danced until three in the "
            "morning, everybody is still exhausted. How do we set up a coupon for the first order of a new customer?")
    assert "off_topic" in codes(body)


# Round 40: the institution after its adjectives (Детская музыкальная школа в Ирбите.), a camp,
# a town then a compound institution (Тобольск, фитнес-клуб.): a letterhead, no digression.
@pytest.mark.parametrize("body", [
    "Здравствуйте. Детская музыкальная школа в Ирбите. Как вывести расписание занятий таблицей?",
    "Добрый день. Летний лагерь в Кулунде. Можно ли принимать предоплату 30 % за смену?",
    "Как сделать, чтобы код подтверждения приходил по SMS, а не на почту? Тобольск, фитнес-клуб.",
])
def test_a_letterhead_with_adjectives_or_a_town_first_is_no_digression(body: str) -> None:
    assert "off_topic" not in codes(body)


def test_a_school_trip_told_at_length_is_still_a_digression() -> None:
    body = ("Наша музыкальная школа вчера вернулась из Казани, дети пели на конкурсе, заняли второе место, "
            "а потом мы всю ночь ехали в автобусе под дождём и пели песни. Как вывести расписание таблицей?")
    assert "off_topic" in codes(body)
