"""The tenth round (issue 13): misses of every development corpus, one class per test,
each with the innocent variants the class must keep.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake
from deskcli.domain.intake.obscene import find_obscene


def codes(body: str) -> list[str]:
    return check_intake("", body).codes


# --------------------------------------------------------------------------- obscene


@pytest.mark.parametrize("body", [
    # a Latin letter standing for the Cyrillic one it sounds like, in any position
    "Пиzдец какой-то с выгрузкой, где лог обмена?",
    "Это полный пиздeц: цены сбились. Где их вернуть?",
    "Nахуя нужна вторая форма оплаты? Как её убрать?",
    "Заеbали уже эти сбои корзины.",
    # Russian mat typed wholly in transliteration
    "Eto pizdets, kak otklyuchit kapchu?",
    "Kakogo ebanogo cherta ne rabotaet poisk?",
    # a vulgar curse of the сука class
    "Курва, снова не грузятся картинки. Что с CDN?",
    "Опять эти курвы из банка не подтверждают платёж, как проверить статус?",
])
def test_sounded_latin_letters_and_vulgar_curses_are_obscene(body: str) -> None:
    assert find_obscene(body)
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # English words that sound like mat are English
    "Her order has not arrived. Where can I see the tracking number?",
    "The Philips Hue plugin stopped syncing. Is there an update?",
    "Our manager is off with a hernia, can someone else get the invoices?",
    "Does the shop support ebay and Amazon listings export?",
    # a Latin letter in a Cyrillic word that sounds innocent
    "Пaвел не может войти в админку. Как сбросить пароль?",
    "Где включить Wi-Fi-виджет и модуль СДЭK на главной?",
])
def test_innocent_words_read_by_sound_stay_innocent(body: str) -> None:
    assert find_obscene(body) == []
