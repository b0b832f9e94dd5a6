"""Round 49: a capitalised name inside a sentence spelled as only a foreign name is (SPEC 2.8.3).

Chinese and English sounds spelled in Cyrillic (чж, цз, э after a consonant) are in no Russian
word, so such a word written with its capital inside a sentence is a place or a firm even when
it begins with a strong root; the same root in a Russian word, or at a sentence's start, stays mat.
Every example is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene


@pytest.mark.parametrize("text", [
    "Наш склад получает чай из уезда Хуйчжоуфу. Как добавить поставщика?",
    "Заказываем шёлк в Хуйцзяне, город пишется так. Почему поле обрезает название?",
    "Партнёр из магазина Ебэйшоп просит выгрузку. Где её включить?",
])
def test_a_capitalised_name_spelled_as_only_a_foreign_name_is_no_mat(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("text,word", [
    ("Ваши Хуесосы опять молчат. Где ответ?", "Хуесосы"),
    ("Ебанутые у вас специалисты. Где ответ?", "Ебанутые"),
])
def test_the_root_in_a_russian_word_or_at_a_sentence_start_stays_mat(text: str, word: str) -> None:
    assert word in find_obscene(text)
