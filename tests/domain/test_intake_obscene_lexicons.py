"""Words taken from public lexicons in round 38 (SPEC 2.8.3): detected-profanity 0.1.0's
forms that no entry read before, and its allowlist's innocent words that contain a root.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    # derivations of mat roots that the dictionary lacks
    "Сучата из отдела продаж опять прислали не тот счёт. Где акт?",
    "Опять этот говённый импорт встал на середине файла. Что с ним?",
    "Вы там совсем обоссались от страха перед обновлением? Когда выйдет патч?",
    "Шлюшонка какая-то из продаж звонит мне каждый день. Уберите мой номер.",
    # English forms and slurs no entry read
    "You twats deleted my ticket. Where is it?",
    "Stop wanking around and fix the export.",
    "What a jerkoff answered my ticket? Nothing in it helps.",
])
def test_forms_of_the_lexicon_are_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Вы падлы, деньги взяли и молчите. Как вернуть оплату?",
    "Ну вы и падлюки, третий день без ответа. Как включить капчу?",
    "You cocks closed my ticket again. Why?",
])
def test_scum_words_aimed_at_the_staff_are_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # the allowlist's words with a root inside: a mandate, mandarins, a writ of mandamus
    "В карточке товара «Мандариновка домашняя» не выводится цена. Почему?",
    "Как добавить поле «Мандатка» в форму регистрации делегата?",
    "Мандаринчиковый аромат не выгружается в Маркет как свойство. Как это исправить?",
    # the animals of those weak English words, and the plumbing
    "We sell a ball cock for cisterns; how do I add its thread size as a filter?",
    "Our pussy willow bouquets vanished from the catalogue after the update. Where are they?",
    "Как настроить доставку для коньяка Курвуазье в другие регионы?",
])
def test_the_innocent_words_beside_them_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    # the blind list of round 38: everyday abuse no earlier list held
    "Вы там совсем узколобые? Я третий раз спрашиваю про склады.",
    "Ну вы и жадюги: 60 % за продление. Как получить 20 %?",
    "Очковтиратели! Обещали исправить к пятнице. Где обновление?",
    "Your support is run by pen-pushers. Why is the export still empty?",
    "You cheapskates, why does the renewal cost more than the licence did?",
    "Listen, you nutters, the sitemap is empty again.",
])
def test_the_blind_list_s_abuse_aimed_at_the_staff_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # its weak words in their everyday senses
    "Мы продаём серебряные серьги с чернью. Как добавить свойство «Покрытие»?",
    "В магазине костюмов раздел «Нечисть» пропал из меню. Как его вернуть?",
    "Scammers keep sending our customers fake invoices in our name. Can we add a warning to the order page?",
    # its adjectives said of things, not of people
    "Почему у ограниченного доступа к разделу нет срока? Как его задать?",
])
def test_the_blind_list_s_words_in_their_everyday_senses_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    # the second blind list: the long tail, and comparisons said of people
    "Вы там дуб дубом, что ли? Где настройка доставки?",
    "Двурушники вы, а не поддержка. Как включить капчу?",
    "Your support is as much use as a chocolate teapot. When is the fix?",
    "Listen, you braggarts, the export is empty again.",
])
def test_the_second_blind_list_s_abuse_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # bad-words-plus 3.0.4 and profanity-js 0.1.4: spellings no English dictionary holds
    "The azzhole who wrote this importer should try it once.",
    "Phuck, the search is broken again.",

    "Stop sending me the same shyt reply.",
])
def test_the_npm_lists_spellings_are_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # their dictionary words stay out: a pecker is a woodpecker, a kraut a cabbage dish
    "We sell woodpecker feeders; how do I add a size option?",
    "Our sauerkraut and kraut salads are missing from the catalogue. Where are they?",
    "Tours to Phuket vanished from the search after the update. Why?",
])
def test_their_dictionary_words_pass(body: str) -> None:
    assert "obscene" not in codes(body)
