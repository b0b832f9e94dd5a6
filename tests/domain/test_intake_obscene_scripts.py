"""Disguises read in round 38 (SPEC 2.8.3): combining marks between letters, text turned
around by a right-to-left override, a curse in base64, Markdown emphasis inside a word, Latin
letters with marks (a writer of another language typing Russian), JI for л, ü for у, ы for
the и of the root, and ЗБС. Innocent text with the same devices passes.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import base64

import pytest

from tests.domain.intake_cases import codes

_TITLO = "\u0483"
_OVERRIDE, _POP = "\u202e", "\u202c"


def _encoded(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize("body", [
    f"Опять {_TITLO.join('хуйня')}{_TITLO} с выгрузкой. Где лог?",
    f"Вы там {_OVERRIDE}ьсилабеу{_POP} совсем? Где ответ?",
    f"Вот что я думаю о вашей поддержке: {_encoded('идите вы нахуй со своим продлением')}",
    "Ваш модуль — **хуй**ня, а не модуль. Как его удалить?",
    "Ваш модуль — ху__йн__я. Как его удалить?",
    "Вам вообще насрать, я вижу. Пох\u00fcй на клиентов?",
    "Опять этот бJIядский экспорт виснет.",
    "Пыздец, а не обновление. Где откат?",
    "ЗБС сервис, третий день без ответа.",
    "Dobryj den', pishú vam opját'. Ĥuinja kakaja-to s katalogom, kak ego vernut'?",
    "Privet, eto opyat' ja. Zaebașili vy nas obnovlenijami, kak ih otkljuchit'?",
])
def test_the_disguise_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # letters of other alphabets and symbols drawn for a Russian one (lookalike_letters.txt)
    "Какой \u13acбаный модуль! Где настройки?",  # Cherokee Ꭼ for Е
    "Это просто \u1d07банина, а не импорт.",  # a small capital E
    "Вы там совсем \u0585хуели?",  # Armenian օ for о
    "Опять пиз\u2202ец с корзиной.",  # ∂ for д
    "Пидо\u00aeы из отдела продаж снова звонят.",  # ® for р
    "Бл\u0467дь, где кнопка?",  # the little yus for я
    "Вы о\U0001F187уели с ценами?",  # a Latin X in a black square
])
def test_letters_drawn_from_other_alphabets_are_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # round 38, after holdout41/42: more signs drawn for a letter or hiding one
    "Опять \u24b3уйня с выгрузкой.",  # a parenthesized x, which NFKC spells (x)
    "Это что за \u274cуйня в корзине?",  # a cross mark for х
    "Му\u2731ачьё из отдела продаж.",  # a heavy asterisk for a letter
    "Хватит пи\u00a7деть про хостинг.",  # the section sign for з
    "Ну и х\u10e7йня у вас.",  # a Georgian letter for у
    "Раздайте программистам пи`зд`юлей.",  # backticks around some letters
    "Песдец, а не обновление.",  # spelled by ear
])
def test_more_signs_for_letters_are_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Код `price` в шаблоне и `цена` в макете не выводятся. Почему?",
    "Статья 5 § 2 договора оферты: где её разместить на сайте?",
    "Пункт ✱ в меню: как убрать звёздочку у раздела «Акции»?",
    "Отметка ❌ у товара в списке: что она значит?",
])
def test_those_signs_standing_for_themselves_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    # the same characters where they mean themselves
    "Наш бренд — «Acme®», как поставить знак ® в названии товара?",
    "Формула ∂f/∂x в описании товара отображается квадратами. Как вставить символ?",
    "Armenian shop: the word «օրինակ» shows as boxes in the catalogue. Which font do we need?",
    "Цена в фунтах (£) не выводится в корзине. Как добавить валюту?",
])
def test_those_characters_standing_for_themselves_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    # a base64 key, a Markdown word in bold, a name with a mark, a town in Poland
    f"Ключ для проверки: {_encoded('test-key-0042-abcdef-xyz')} — куда его вставить?",
    f"Лог ответа: {_encoded('Ошибка авторизации на странице оплаты')}. Что это значит?",
    "В описании товара слово **важно** не выделяется жирным. Почему?",
    "Our café in Zürich sells crème brûlée. How do I add a recipe tab?",
    "Заказ из Kırıkkale не считает доставку. Как добавить Турцию?",
    "Наш поставщик — керамика из Пыздр. Как указать страну производителя?",
    # names, abbreviations and a site's address that hold a root (Heerenveen, Herrnhut stars, the
    # Mandinka, a Karachay surname, МУДО, the EBRD)
    "Продаём шарфы клубов: «Херенвен», «Аякс», ПСВ. Как добавить фильтр по клубу?",
    "Хернхутские звёзды пропали из каталога после импорта. Где их искать?",
    "Магазин барабанов мандинго: как добавить видеоурок к товару?",
    "Пишет Алибек Ебзеев. Как поменять телефон в шапке сайта?",
    "МУДО «Школа искусств»: как добавить на сайт раздел для родителей?",
    "Отчёт по кредиту ЕБРР нужно выложить на сайт. Как добавить PDF в раздел?",
    "Ссылка «ЕБС» в меню библиотеки ведёт не туда. Как её поменять?",
    "Тур на озеро Шлюхзе пропал из каталога. Где его искать?",
    "В статье опечатка: «словарь Уебстера». Как исправить уже разосланный текст?",
    "Наш сайт greblya-klub.ru после обновления открывается без стилей. Почему?",
    # a pasted password whose Latin part reads like a disguise (Xy9: ху9)
    "Временный пароль Kw8+rz2Lq/Xy9 не подходит к админке. Как его сбросить?",
    f"Арабский текст {_OVERRIDE}abc{_POP} в описании отображается справа налево. Как это исправить?",
])
def test_the_same_devices_in_innocent_text_pass(body: str) -> None:
    assert "obscene" not in codes(body)
