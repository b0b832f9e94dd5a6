"""Obscene language (SPEC 2.8.3) disguised by the letters and signs a keyboard or a web form
gives: a letter written as an HTML reference, letters of other Cyrillic alphabets and Greek
ones, signs and bleeps that hide letters, spelled-out letters set apart by slashes, and Russian
typed with the keyboard left on the Latin layout (intake/normalising.py, obscene_masks.py,
latin_mat.py). Each class stands beside innocent text that uses the same signs.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene


@pytest.mark.parametrize("text", [
    # a numeric HTML reference for a letter, decimal or hexadecimal
    "Ну и &#1093;ерня у вас с фильтрами, ничего не работает.",
    "Опять &#x445;уйню прислали вместо ответа.",
    # letters of other Cyrillic alphabets and of the old spelling
    "Ваш менеджер опять напіздел про сроки.",
    "Кто этот ҳуйлан, что закрыл заявку?",
    "Вы там охуелі совсем?",
    "Что за ѣбучая корзина, товары пропадают.",
    "Идите нахуј, я сам разберусь.",
    # Greek letters for the Russian ones they look or sound like
    "Полный πздец с выгрузкой опять.",
    "Это δлядство, а не поддержка.",
    # signs and bleeps that hide a letter
    "Ну и ху■ня у вас в корзине.",
    "Все эти п█дарасы из отдела продаж.",
    "Снова за•бали своими шаблонами.",
    "Вы там совсем ох-бип-ели?",
    "Какая-то ху[beep]ня с оплатой.",
    "Хватит пи;)дить про нагрузку.",
    'Кто у вас на"е"бал с продлением?',
    "Что-то опять ><ерня с доставкой.",
    "п|/|здёж про пять часов, неделю жду.",
    # letters set apart by slashes or bars with spaces
    "Вы / М / У / Д / И / Л / Ы / из второй линии.",
    "Б | Л | Я | Д | Ь, опять ошибка.",
    "П\nИ\nЗ\nД\nЕ\nЦ\nкорзине опять.",
    # a capital's "!" for и, an apostrophe or an underscore for a hidden letter
    "П!здёж про пять часов, неделю жду.",
    "Опять пи'дец с выгрузкой.",
    "НИ_УЯ не работает после обновления.",
    # the curse's interjection cut short
    "Ёпта, опять корзина пустая. Что проверить?",
    # Russian typed with the keyboard on the Latin layout
    "Ну ds b velfrb, ответьте уже.",
    "Опять ,kznm ошибка при выгрузке.",
    "Полный [thjdjt решение, спасибо.",
])
def test_disguised_mat_is_read_through_its_disguise(text: str) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    # HTML references that are no letters, and letters that hide nothing
    "В шаблоне стоит &#169; 2026 и &#8212; вместо тире.",
    "Клиент из Киева пишет по-украински: «Дякую, все працює».",
    "Площадь считается как πr², а в карточке стоит π = 3,14.",
    # signs between words and a bullet list
    "Размеры: S / M / L / XL, цвета • белый • чёрный.",
    "Оценка ★★★★☆, отзыв хороший.",
    "Смайлик :) в конце письма ломает шаблон :(",
    # English words, addresses and credentials on the Latin keys
    "Our developer's deployment overwrote the settings on velokazan.ru.",
    "Hosting is Beget, login shop_admin, password 8nB!q2Lm.",
    "Saving a product gives \"Duplicate entry\" for key PRIMARY. Why?",
    "Варианты ответа:\nА\nБ\nВ\nКакой выбрать?",
    "Ура!Спасибо, всё заработало. А!да, и счёт оплатили.",
    "Подъезд указан как под'езд, а файл называется shop_items, поле user_id. Это нормально?",
    "Ирландский клиент О'Нил не может ввести фамилию с апострофом. Где это настраивается?",
    "Is there a way to sync stock with Shopify? [link] x.y.z",
    # an abbreviation in capitals on the Latin keys is no Russian word making its neighbours Russian
    "Our export to CSV puts street, city and ZIP into one column.",
])
def test_the_same_signs_in_innocent_text_hide_nothing(text: str) -> None:
    assert find_obscene(text) == []
