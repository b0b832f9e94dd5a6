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
