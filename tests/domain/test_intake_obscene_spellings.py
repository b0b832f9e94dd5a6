"""Russian typed in the spelling of another language (SPEC 2.8.3), read in round 39: Dutch
and English vowels (oe, oo, ee for у, у, и), Dutch, Swedish and Polish pairs for ж, ш, ч, a
Spanish j for х, and Russian typed with Greek letters; mat written backwards or spelled by
the names of its letters. Greek itself, English words with the same letters, names that
start with a root read back, and innocent letter names pass.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Dobryj den, opyat ne rabotaet eksport. Kakoj moedak eto napisal?",
    "Vy tam zjopoj dumaete? Zayavka visit uzhe nedelyu, kogda budet otvet?",
    "Pochemu opyat ne rabotaet oplata? Vam voobshche poohooy na nas?",
    "Zdravstvujte, u nas opyat kakaya-to jerña s katalogom, ne vidno tovarov. Kak ispravit?",
    "Vash menedzher prosto szmara, opyat prislal ne tot schet. Kogda ispravite?",
])
def test_russian_spelled_as_another_language_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Μουδακι, ποτσεμου νιε οτβετσαετε? Λιτσενζια 12345, οπλατα νιε προχοδιτ.",
    "Πιζντετς, σαϊτ νιε ραμποτατ, να στρανιτσε οσιμπκα. Κακ ισπραβιτ?",
])
def test_russian_typed_in_greek_letters_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # Greek written as Greek: its words read as no Russian ones
    "Καλημέρα, έχω ένα πρόβλημα με την πληρωμή στο κατάστημα. Πώς το διορθώνω;",
    "Γεια σας, το μουσείο μας θέλει να αλλάξει το θέμα του ιστότοπου. Τι κάνουμε;",
    # English words with the same letter pairs
    "Hi, our shoe shop in Leeds sees the checkout hang on the coupon step. How do we fix it?",
    "Hello from Jerez. The cookie banner covers the menu on phones; which setting moves it?",
    # Dutch written as Dutch, about the shop
    "Goedemorgen, de betaling via iDEAL werkt niet meer sinds gisteren. Wat moeten we doen?",
])
def test_the_same_letters_in_their_own_language_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Это какой-то цедзип, а не обновление. Где старая версия шаблона?",
    "Скажу одно: ьдялб. Заявка висит неделю.",
    "Сервис у вас — пэ-и-зэ-дэ-е-цэ. Когда ответите по выгрузке?",
    "Ну вы и ха-у-е-эс-о-эс-ы, честное слово. Где счёт?",
])
def test_mat_backwards_or_by_letter_names_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # a name ending in -бе starts with еб read back, but is no word that way
    "Доставка в Нюрбе не считается, город есть в справочнике. Почему?",
    "Продаём джембе и бонго; фильтр по материалу корпуса пустой. Что проверить?",
    # letters named one by one, innocent
    "Артикул пишется как эс-тэ-о-эль, через дефисы. Поиск по нему не находит. Почему?",
])
def test_innocent_words_backwards_and_named_letters_pass(body: str) -> None:
    assert "obscene" not in codes(body)
