"""Obscene (SPEC 2.8.3), round 41: disguises and words after holdout53/54.

Letters of other alphabets drawn for Russian ones (Σ, Ϭ, ɣ, Ԋ, ԙ, the musical double sharp),
ь at a word's start for б and ио for the ё of ёб, Russian typed in Latin whose shape says so
(zh, yo, -aya) read for its roots, Thai and Gothic read aloud, an HTML entity or bracketed
letters inside a word, code points written as CSS escapes, letters spelled by their names, a
shift cipher the message names; and the abuse the hold-outs used that no entry read. Beside
each, the innocent text that must stay innocent.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "ΣБАНАЯ выгрузка опять упала, что делать?",
    "Ϭлядский фильтр не работает с утра.",
    "Хɣёвая у вас доставка, почините расчёт.",
    "ԊАХУЯ вы удалили мой комментарий?",
    "Блԙ, опять не открывается админка.",
    "Да идите вы на𝄪ер с вашими шаблонами.",
    "Ьлядь, корзина снова пустая после входа.",
    "иобаный импорт снова завис на середине.",
])
def test_letters_of_other_alphabets_drawn_for_russian_ones(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Zayebali vy uzhe so svoimi shablonami, otvet'te normal'no.",
    "Blyadskaya kapcha opyat' ne pokazyvaetsya.",
    "Vy vse มูดากิ, verni den'gi.",
    "Eto polnaya 𐍇𐌿𐌹𐌽𐌾𐌰 (gotskimi bukvami), kak otkatit' obnovlenie?",
])
def test_russian_typed_in_latin_thai_or_gothic(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Ваш ответ — сплошной пи&shy;здёж, макет у нас стандартный.",
    "[Б][л][я][д][ь], опять слетели цены в каталоге.",
    'Ваш редактор в двух словах: content: "\\43f\\438\\437\\434\\435\\446"; почините уже.',
    "Ваши программисты — эм-у-дэ-а-ки, простите за прямоту.",
    "Ваша поддержка — дпгоп. Прочитайте сдвигом на одну букву назад.",
])
def test_entities_brackets_escapes_names_and_a_named_shift(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Симулянты вы, а не техподдержка.",
    "Дармоглоты, когда ответите по заявке?",
    "Вы не поддержка, вы ботоводы.",
    "Вырожденцы, вы опять сломали поиск.",
    "Тупая тундра вы, а не инженеры.",
    "Лохов нашли? Продление в два раза дороже обещанного.",
    "Your update did jackshit for the slow catalogue.",
    "Listen, timewasters: the invoice is still wrong.",
    "You gremlins broke the sitemap again.",
    "Tell that cock-sucker in billing to refund us.",
])
def test_abuse_no_entry_read_before(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # other alphabets' letters in their own words, and Latin that is English
    "Σύνδεση με το κατάστημα δεν λειτουργεί, τι να κάνω;",
    "Our hermits and whereabouts pages load slowly, how do we cache them?",
    "Error 1064 near 'ORDER BY' at line 1 on the search page, how do we fix it?",
    # brackets, escapes and hyphens that spell no word
    "В таблице стоят отметки [x][y][z], как их убрать?",
    "Путь C:\\Users\\shop\\123\\456 не открывается, что проверить?",
    "Сделали кое-как, из-за этого ка-ка-ду в каталоге нет. Как добавить товар?",
    # a shift of the layout is no cipher; a shop's lemurs and a stone imitator
    "После обновления сдвиг вёрстки на главной, как исправить?",
    "Продаём игрушечных лемуров и имитатор камня для аквариумов. Как настроить фильтр по цене?",
])
def test_innocent_text_stays_innocent(body: str) -> None:
    assert "obscene" not in codes(body)


# After holdout55/56: more signs between letters, masks, UTF-8 read as Windows-1252, a word
# spelled by first names, Sinhala; a weak adjective said of a thing.
@pytest.mark.parametrize("body", [
    "Вы там все с♪у♪ч♪а♪р♪ы, отвечайте уже.",
    "П♦И♦З♦Д♦Е♦Ц с выгрузкой, третий день стоит.",
    "Получите пиз‧дю‧лей от руководства за такие сроки.",
    "Что за х-йня с поиском по сайту?",
    "Опять х\ufffdйня с корзиной, помогите.",
    "Какое ху⁂ло закрыло мою заявку?",
    "Ёϐнутый фильтр опять сбросился.",
    "Тема: Ð±Ð»Ñ\u008fÐ´Ñ\u008cÑ\u0081ÐºÐ¸Ð¹ импорт опять упал",
    "Записывайте по буквам, кто вы: Борис-Леонид-Яков-Дмитрий-Игорь.",
    "Вы все මුඩාකි, ответьте уже.",
    "хз что вы там поменяли, но каталог пустой.",
    "Крысюки, когда ответите?",
])
def test_more_disguises_after_holdout55_56(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Захудалый, конечно, у нас магазин, но клиенты есть. Как ускорить главную?",
    "Пишите на е-мейл, п-ва и б-ка у нас не работают.",
    "Маршрут Москва-Тверь-Клин-Дмитров-Талдом: как вывести его на карте?",
    "Наш менеджер Хуягт не может войти в админку, что проверить?",
    "В рецепте pissaladière поиск не находит «è». Как игнорировать акценты?",
])
def test_innocent_text_after_holdout55_56_stays_innocent(body: str) -> None:
    assert "obscene" not in codes(body)


def test_a_plural_insult_going_on_about_outsiders_named_before_is_not_aimed() -> None:
    assert "obscene" not in codes("Какие-то боты через форму заказа шлют пустые заявки. Мерзавцы приходят по ночам, "
                                  "по сотне за час. Можно ли поставить капчу на форму?")


def test_a_plural_insult_after_the_desks_people_is_still_aimed() -> None:
    assert "obscene" in codes("Ваши программисты опять всё сломали. Мерзавцы работают у вас, что ли?")


# After holdout57/58: one letter of an alphabet no table reads, inside a Cyrillic word, is a mask;
# a quotation mark or a non-breaking space inside a word, an escaped asterisk, "!" in English.
@pytest.mark.parametrize("body", [
    "Ꚕуёвая у вас корзина, почините.",
    "Опять эта ꭗуйня с оплатой картой.",
    "Кто придумал этот пиꙃдец с макетами?",
    "Это «бля»дство, а не обновление.",
    "Хватит пиз&nbsp;деть про сроки, дайте ответ.",
    "Бл\\*\\*ь, опять ошибка при сохранении.",
    "Sh!t, the checkout is down again.",
    "Короче, пнх с такой поддержкой.",
    "Хуле у вас поиск не работает?",
])
def test_more_disguises_after_holdout57_58(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Кафе «Café Ñoño» просит добавить испанскую раскладку. Как это сделать?",
    "Hello!how do I change the logo?",
    "В тексте «Акция»и «Скидки» стоят без пробела. Как исправить?",
])
def test_foreign_letters_and_signs_in_innocent_text(body: str) -> None:
    assert "obscene" not in codes(body)
