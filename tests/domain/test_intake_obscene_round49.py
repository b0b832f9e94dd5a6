"""Round 49: a capitalised name inside a sentence spelled as only a foreign name is (SPEC 2.8.3).

Chinese sounds spelled in Cyrillic (чж, цз) are in no Russian
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
    "Везём ткань из Хуйцзяо, название так и пишется. Почему поле обрезает его?",
])
def test_a_capitalised_name_spelled_as_only_a_foreign_name_is_no_mat(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("text,word", [
    ("Ваши Хуесосы опять молчат. Где ответ?", "Хуесосы"),
    ("Ебанутые у вас специалисты. Где ответ?", "Ебанутые"),
    # э for е is a disguise, not a foreign spelling (the round-49 review)
    ("Вы там все Хуеплэты, ответьте наконец.", "Хуеплэты"),
])
def test_the_root_in_a_russian_word_or_at_a_sentence_start_stays_mat(text: str, word: str) -> None:
    assert word in find_obscene(text)


@pytest.mark.parametrize("text,word", [
    ("Your slackass agent closed my ticket again. Reopen it.", "slackass"),
    ("The search went goatshit after the update. Which log shows why?", "goatshit"),
])
def test_an_english_word_with_a_vulgar_root_joined_after_it_is_obscene(text: str, word: str) -> None:
    assert word in find_obscene(text)


@pytest.mark.parametrize("text", [
    "You guys are kickass, thanks! How do I add a coupon?",
    "We sell glass, brass and a compass in a leather case. How do I add a bypass valve to the catalogue?",
    "Our yacht shop lists a windlass and a cutlass. Why does search miss them?",
])
def test_english_words_ending_like_a_root_and_praise_are_no_mat(text: str) -> None:
    assert find_obscene(text) == []



@pytest.mark.parametrize("text", [
    "We sell a skipass for the season and keepass licences. How do I add a bundle?",
    "Your support is badass, thanks! How do I add a coupon?",
])
def test_a_pass_or_praise_is_no_english_compound(text: str) -> None:
    assert find_obscene(text) == []
