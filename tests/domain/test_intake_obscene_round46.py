"""Obscene (SPEC 2.8.3), round 46: an insult said of the writer's neighbours or relatives (Соседи
— хамы, третью неделю сверлят; Соседи-недоумки опять …) is said of them, not of the desk, as one
said of clients or competitors is; and a lapidarium (лапидарий, in every case the dictionary lacks)
is a museum of stones, not mat. Said of the desk, the same insult is still abuse. cum- compounds
(cumstain, cumrag) are listed whole: a root would take cumsum and cumtime, which no word list holds.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene


@pytest.mark.parametrize("body", [
    "Соседи — хамы, третью неделю сверлят. Подскажите, где в админке поменять часовой пояс?",
    "Соседи-недоумки опять залили нам склад. Как отметить партию товара как уценённую?",
    "Родственники у меня злыдни, но вопрос не о них: как выгрузить заказы за месяц в Excel?",
    "Сайт городского лапидария: у каждого камня карточка. Как вывести фото в лапидарии крупнее?",
    "Фото аллеи перед лапидарием не грузятся на страницу. Почему?",
])
def test_insults_of_the_writers_own_people_and_a_lapidarium_are_no_abuse(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize("body", [
    "Вы — хамы, третью неделю не отвечаете на заявку.",
    "Хамы вы, а не поддержка. Когда ответ?",
])
def test_the_same_insult_said_of_the_desk_is_still_abuse(body: str) -> None:
    assert find_obscene(body) != []


@pytest.mark.parametrize("body", [
    "Tell that cumrag on the first line to read my ticket before closing it.",
    "Some cumsock closed ticket 4410 again. Reopen it.",
])
def test_the_listed_cum_compounds_are_abuse(body: str) -> None:
    assert find_obscene(body) != []


@pytest.mark.parametrize("body", [
    "The cumulative discount is applied twice in the cart. Why?",
    "Importing prices is cumbersome: can the CSV keep its column order?",
    "Our office in Cumbria needs a second price list. Where is it set?",
    "The product card for cumin shows no weight. Which property holds it?",
])
def test_english_words_that_start_with_cum_are_innocent(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize("body", [
    "cumsum в отчёте считает неправильно, почему?",
    "The cumtime column shows 30 s for every request. Is the profiler on?",
    "Даже соседский школьник сделал бы лучше, дебилы.",
])
def test_data_words_stay_innocent_and_an_insult_beside_a_neighbours_adjective_counts(body: str) -> None:
    assert (find_obscene(body) != []) == body.endswith("дебилы.")
