"""Round 48: an address at the head of a message, said to the reader (SPEC 2.8.3).

The reader named inside the address itself (Гнилушки вы трухлявые), and a question put to the
reader right after it (Лаптежники, кто так делает?), are said to the desk whatever the noun;
an indefinite word after the address (вы когда-нибудь) is no relative clause. Fond addresses
with вы and a possessive, and the exclamation "черти полосатые", stay innocent.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, find_obscene


@pytest.mark.parametrize("text,word", [
    ("Ламантины вы неповоротливые. Третий день ни слова по заявке.", "Ламантины"),
    ("Валуны вы придорожные, когда будет ответ?", "Валуны"),
    ("Мухоловы, кто у вас отвечает за выгрузку в 1С?", "Мухоловы"),
    ("Тихоходы конторские, где обещанное исправление?", "Тихоходы"),
    ("Броненосцы сонные, вы когда-нибудь читаете заявки до конца?", "Броненосцы"),
])
def test_an_address_said_to_the_reader_is_an_insult(text: str, word: str) -> None:
    assert word in find_obscene(text)
    assert "obscene" in check_intake("", text).codes


@pytest.mark.parametrize("text", [
    "Умницы вы наши, всё заработало, спасибо!",
    "Золотые вы мои, спасибо за быстрый ответ!",
    "Красавцы вы, спасибо! Выгрузка пошла.",
    "Черти полосатые, кто придумал, что при смене группы сбрасывается сортировка? Можно отключить?",
    "Кролики, что живут у нас в питомнике, где их фото на сайте?",
    "Покупатели, которые оплатили заказ, где их найти в админке?",
    "Товары вы новые добавили? У нас не видны.",
])
def test_a_fond_address_an_exclamation_or_a_subject_is_no_insult(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("text,word", [
    ("Okay, spreadsheet goblins, one more time: why is the cart empty after login?", "goblins"),
    ("Alright, pencil pushers, I've sent the licence twice. Answer the ticket.", "pencil pushers"),
    ("Listen, keyboard hamsters, the export still drops every second row.", "hamsters"),
])
def test_an_english_address_after_a_call_is_an_insult(text: str, word: str) -> None:
    assert word in find_obscene(text)


@pytest.mark.parametrize("text", [
    "Okay, orders, payments and refunds are all broken. Why?",
    "Hi, orders, payments and refunds are all broken. Why?",
    "Right, invoices: where are they stored?",
    "Okay, devs, please check the import when you can.",
    "Listen, customers keep asking why the cart empties.",
])
def test_a_call_before_things_or_friends_is_no_insult(text: str) -> None:
    assert find_obscene(text) == []
