"""Obscene language (SPEC 2.8.3), round 37: letters drawn from other alphabets and signs
(every marked Cyrillic letter by its Unicode name, ѡ, ѕ, ʒ, ƃ, a mirrored R, the yen and the
multiplication signs), a capital in another alphabet, letters written as code writes them
(\\u escapes, a link's percent-encoding), π as 3.14, a spoiler's bars inside a word, letters set
apart by semicolons or dashes, and the vulgar English compounds and everyday abuse added this
round (intake/normalising.py, obscene_capitalised.py, obscene_masks.py, obscene_roots.txt,
insults.txt). Each class stands beside innocent text that uses the same signs.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene


@pytest.mark.parametrize("text", [
    # marked Cyrillic letters of other alphabets, found by their Unicode names
    "Идите наӿуй со своими шаблонами.",
    "Вы совсем оӗбенели со своими счетами?",
    "Пиҙдабол ваш менеджер по продажам.",
    # other look-alikes: omega for о, dze and ezh for з, b with a topbar for б, a mirrored R
    "Дѡлбѡёбы из поддержки опять молчат.",
    "Пиѕдёж про пять часов, неделю жду.",
    "Ну и пиʒдец у вас с оплатой.",
    "Опять этот ёƃаный импорт.",
    "Этот блᴙдский фильтр ничего не фильтрует.",
    "Работает всё х¥ёво после обновления.",
    "Что за ×ерня с корзиной?",
    # a capital of another alphabet inside a sentence is a disguise, not a foreign name
    "Какое Xуйло закрыло мою заявку?",
    # letters as code writes them
    "Ваша поддержка — \\u043f\\u0438\\u0437\\u0434\\u0435\\u0446, честно.",
    "Вот ссылка: https://example.com/?q=%D1%85%D1%83%D0%B9%D0%BD%D1%8F+%D0%B2%D0%B0%D1%88%D0%B0",
    # π as digits, a spoiler inside a word, letters set apart by semicolons or dashes
    "Это просто 3.14здец, а не сервис.",
    "Ваш менеджер — му||дило||, извините.",
    "х;у;й;н;я, а не документация.",
    "Б—Л—Я—Д—С—К—И—Й модуль скидок.",
    # vulgar English compounds and everyday abuse aimed at the desk
    "You assclowns broke the cart again.",
    "You dickweeds promised a fix last week.",
    "Вы — отребье, а не техподдержка.",
    "Хитрованы! Взяли деньги и пропали.",
    "You lowlifes took the renewal money and went silent.",
    "Гаврики, вы хоть одно письмо прочитали?",
    "Con artists. Where is the warehouse module you sold us?",
    "Dear space cadets, the form is still broken.",
    "First a jackass told me to clear the cache, then nobody answered.",
    "Where is the goddamn export button?",
    # a soft sign before a vowel in Russian typed in Latin letters: l'a for ля
    "Vash bl'adskij modul ne rabotaet, pochemu?",
])
def test_mat_and_abuse_are_read_through_this_round_s_disguises(text: str) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    # the same signs and letters in innocent text
    "Размер 3×4 метра, цена 3.14 руб. за штуку, скидка ¥ не считается.",
    "Сайт на казахском: Қазақстан, Өскемен, Ұлытау — как вывести эти буквы в меню?",
    "Ссылка на каталог: https://example.com/%D0%BA%D0%B0%D1%82%D0%B0%D0%BB%D0%BE%D0%B3/",
    "Escape в JSON выглядит так: \\u0022, а не кавычка. Как это исправить?",
    "В условии стоит a || b, и шаблон не компилируется.",
    "Поля через точку с запятой: а;б;в — так можно импортировать?",
    "Our developer Mr Xu left; the git repository has gits of history, is that a problem?",
    "Колхозники из соседнего района заказали у нас сайт. Как добавить им второй склад?",
    "Пишем статьи про семь видов муда в бережливом производстве. Как сделать поиск по целым словам?",
    "Our space program blog needs a category for cadets. How do I add one?",
    "Ya l'ublu vash sajt, no kak dobavit tovar?",
])
def test_the_same_signs_and_words_in_innocent_text_pass(text: str) -> None:
    assert find_obscene(text) == []
