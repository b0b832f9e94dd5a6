"""Obscenity, round 52 of issue 13: the f-word bent past a filter, English words joined to
turd, whore or wad, mat in a sentence run together, two dots for one letter or two, a
typographic hyphen, and the scholars' jo for ё."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _obscene(body: str) -> bool:
    return any(r.code == "obscene" for r in check_intake("", body).refusals)


@pytest.mark.parametrize("body", [
    "Why the fvck does the cart empty itself at midnight?",
    "This fxcking export dropped half the rows again. Where is its log?",
    "Still no fkn reply on ticket 4410. Who has it?",
    "The fuking coupon applies twice. How do I stop that?",
    "Phucking update broke the sitemap. How do I roll back?",
    "Your patch fux0red the product URLs. Which setting builds them?",
    "That release was written by a total scumwad. Which version changed the URLs?",
    "That answer was pure dogturd. Where is the real fix?",
    "Listen, penisbreath, I have sent the licence number four times.",
    "What a cock-up: the invoices all show last year's prices. How do I fix them?",
    "The god damned stock count goes negative again. Is there a lock?",
    "You useless ball sack, where is my refund?",
    "Sorry to be dickish, but this is the fourth time I ask about the coupon.",
    # mat inside a sentence run together
    "Сноваперееблисьсостатусами заказов. Где журнал?",
    "Опятьзаебашиливыгрузку, где журнал?",
    # two dots for one letter or two, inside a longer word
    "Кто-то сп..здил фото товаров из папки upload. Как их вернуть?",
    "Опять зае..ались ждать ответа по заявке 5512.",
    # a hyphen of typography (U+2011) cutting the word
    "Вы там все уе\u2011бки, что ли? Третий раз пишу.",
    # a dot between each short piece, the last one long
    "Хватит на.ё.бываться с ценами на продление.",
    # the scholars' jo for ё, after the hard sign's apostrophe
    "Vy ob'jobyvaete klientov: oplatili prodlenie, a podderzhki net. Vernite den'gi ili vkljuchite.",
    # a Latin mat compound in a Cyrillic message
    "Ваш hueportal опять не открывается. Когда починят?",
    "Эта ebokorzina теряет товары при входе. Где настройка сессии?",
    "Ваши mudo-менеджеры перепутали счёт. Кому писать?",
    # dashes for the hidden letters
    "Two f--king weeks and the export is still broken. Where is its log?",
])
def test_these_spellings_of_mat_are_obscene(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Our FK on the orders table points at a deleted user. How do I clean it up?",
    "Customers keep faking the postcode to get free delivery. Can I validate it?",
    "We sell oak barrels with a bunghole and a spigot. How do I add the spigot as an option?",
    "Hi, we organise fell walks up Great Cockup in the Lake District. Can forms export to CSV?",
    "Our warehouse moved to Clitheroe. Where do I change the sender address?",
    "Delivery to Penistone costs the same as to Leeds. How do I set zone prices?",
    "The jack nut and the wheel wad are two products. How do I bundle them?",
    # words run together that hold no mat, or a name whose letters read as mat
    "Раздел «Из Херцогенаураха: классика» не сортируется. Почему?",
    "Акция называется небанальныйподходкподаркам. Как сделать для неё баннер?",
    "Группа «Подстрахуйтесь: аптечки» не выводит цену со скидкой. Почему?",
    # an ellipsis between two words
    "Ну..блин, опять выгрузка встала. Где её журнал?",
    "Ждём..ответа по заявке 5512. Когда будет?",
    # a hyphened pair of words
    "Кто-нибудь может объяснить, почему фильтр сбрасывается?",
    "Vy mozhete podjelit' zakaz na dve otpravki? Kak eto sdelat'?",
    # Latin words in a Cyrillic message that are English, a surname, or e- before an English word
    "Продаём hue-лампы Philips. Как сделать фильтр по цоколю?",
    "Нам нужен модуль ebooking для гостиницы. Он есть в редакции «Бизнес»?",
    "Наш поставщик Huebner прислал прайс. Как загрузить его в каталог?",
    "Мебель из ebony не выгружается в Маркет. Какое поле обязательное?",
    "Run the updater with --force or re--install it? Which is safer?",
    # foreign words holding a root (innocent_words.txt)
    "Статья про мандейцев не находится поиском. Почему?",
    "Игра «Храм Хуицилопочтли» обрезается в названии. Где длина поля?",
    "У производителя Ебата не выводится логотип в фильтре брендов. Почему?",
])
def test_words_that_look_like_them_are_not(body: str) -> None:
    assert not _obscene(body)
