"""Off topic (SPEC 2.8.4), round 41: a statement is the question's context when it names a thing
of the question in another part of speech (голосуют / голос: a shared snowball stem of five letters
or more); courses head a letter as an institution does; "I can't see how to …" asks. A story of
the writer's life beside a question still wanders off.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Бассейн в Химках. Сделали опрос «Какой тренер лучше», а один и тот же человек голосует сколько угодно раз. "
    "Можно ограничить один голос?",
    "Hello from Tofino, British Columbia. We sell carved cedar boxes and ship to the US and Canada. Shipping cost has to depend on "
    "the country AND the size. I can set size ranges, but I can't see how to combine them with a country. Is that possible in the "
    "delivery settings?",
    "Курсы вязания для пенсионеров, Старая Купавна. Как выгрузить всех пользователей сайта в CSV (ФИО, почта, дата регистрации)?",
])
def test_context_of_the_question_is_no_digression(body: str) -> None:
    assert "off_topic" not in codes(body)


@pytest.mark.parametrize("body", [
    "Как ограничить голосование одним голосом на человека? А у нас вчера была свадьба у сестры, гуляли до утра, "
    "тётя пела, дядя плясал, все очень устали, но было весело, и торт был огромный, трёхэтажный.",
])
def test_a_story_beside_the_question_still_wanders_off(body: str) -> None:
    assert "off_topic" in codes(body)
