"""Obscene language (SPEC 2.8.3), round 40: disguises holdout47/48's writers used that no rule
read, each written here in words of this file's own: letters drawn with three signs (|\\/| for
м, |‾| for п), an ellipsis in brackets, a sign after every letter (an emoji, the blank Braille
cell), a keycap digit, the interrobang as a mask, Latin turned upside down, Glagolitic, more
look-alike letters, Icelandic ð for d, 4 and 7 for a and t in English, and English spellings
from anti-profanity 0.2.6's list. Beside them, what those signs are when they stand for
themselves, and the innocent names those files held.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import obscene


@pytest.mark.parametrize("body", [
    "|\\/|удилы вы, а не поддержка. Где настройка доставки?",
    "Это |‾|издец, а не обновление. Как откатиться на 7.0.4?",
    "Ну и пи(…)ец с этим импортом. Где лог обмена?",
    "б🙏л🙏я🙏д🙏и, когда ответите по заявке?",
    "м⠀у⠀д⠀а⠀к⠀и у вас в отделе продлений. Пересчитайте счёт.",
    "3️⃣аебали уже с вашими обновлениями. Где скачать дистрибутив?",
    "Ху‽ня какая-то с корзиной. Почему она пустая после входа?",
    "Ðolbojoby vy tam, sajt lezhit. Kogda pochinite?",
    "Nu i ɐdoɥz s etim obnovleniem. Kak vernut staruyu versiyu?",
    "После обновления ⰿⱆⰴⰰⰽⰻ сломали фильтр. Как вернуть фильтр по цене?",
    "Опять メуйня с выгрузкой в Ozon. Что поменялось в формате?",
    "Вы там совсем ㄨуесосы? Третий день без ответа.",
    "Что за ϰуйня с поиском? Он не находит товары по артикулу.",
    "Надо вам п¡здюлей выписать за такую документацию. Где описан обмен?",
    "Это полный пиԑдец. Почему письма о заказах уходят в спам?",
])
def test_the_disguise_is_read(body: str) -> None:
    assert obscene(body)


@pytest.mark.parametrize("body", [
    "Refund my licence, you phukking clowns.",
    "Some twunter on your line closed my ticket. Reopen it.",
    "Your wanky new editor loses my tables. How do I get the old one back?",
    "Tell the b17ches in billing to call me back.",
    "What a load of bolloks your changelog is. Which version fixed the cart?",
])
def test_english_spellings_from_the_list_are_read(body: str) -> None:
    assert obscene(body)


@pytest.mark.parametrize("body", [
    "The 1C exchange log says: failed, timeout after 45s. Where do I raise the timeout?",
    "We run kayak tours from Phuket. How do customers pick a date from a calendar?",
    "Посчитайте, пожалуйста: в*а*ш калькулятор доставки дал 5*4*3 = 60 рублей, а должно быть 90.",
    "Мы продаём посуду из Шитары и Сукиндола. Как добавить регион в фильтр?",
    "Меня зовут Сукина Ольга Петровна, я новый администратор. Как сменить e-mail учётной записи?",
    "В новости опечатка: «вирус Ебола» вместо «Эбола». Почему поиск находит старый заголовок?",
    "We sell Shitara-yaki bowls. Why does search not find Shitara?",
    "Is there an age check in the shop module, or how would you do it with the system's own tools?",
    "Ⰰⰱⰲ is how our designer signs his Glagolitic logo. Can the logo be an SVG?",
])
def test_those_signs_and_names_standing_for_themselves_pass(body: str) -> None:
    assert not obscene(body)


@pytest.mark.parametrize("body", [
    "Тихушники, опять молча закрыли заявку. Почему не работает поиск?",
    "Вы там пэтэушники, что ли? Где настройка округления цен?",
    "Газлайтеры вы, а не поддержка: раньше фильтр работал.",
    "Жестянщики вы, а не программисты. Как вернуть старый шаблон письма?",
    "Ну вы и нехристи, обновление в воскресенье выкатили.",
    "Слизни из отдела продаж опять прислали не тот счёт. Пересчитайте.",
    "What a tin-pot outfit you run. Reopen my ticket.",
    "Are you noodleheads reading my mail at all?",
])
def test_abuse_the_lists_lacked_is_read_when_aimed(body: str) -> None:
    assert obscene(body)


@pytest.mark.parametrize("body", [
    "Мы детский сад «Ромашка». Как добавить на сайт расписание групп?",
    "Ищем жестянщика в автосервис. Как добавить вакансию в раздел «Работа»?",
    "Продаём средство от слизней для огорода. Как сделать скидку на второй флакон?",
    "Our tin-pot collection needs a new category. How do I nest categories?",
])
def test_those_words_in_their_everyday_sense_pass(body: str) -> None:
    assert not obscene(body)


def test_an_exclamative_that_asks_of_another_noun_aims_no_insult() -> None:
    assert not obscene("Какие ещё способы отсечь роботов от формы заказа есть в системе?")
    assert obscene("Какие же вы роботы, одни шаблоны в ответах!")


@pytest.mark.parametrize("body", [
    "ヨБАНАЯ выгрузка опять встала. Где журнал обмена?",
    "Дѳлбѳёбы, ответьте по заявке.",
    "У вас не поддержка, а xn----dtbeebigg9cqje2d.рф какой-то. Где настройка доставки?",
    "Передайте тому пи<b>з</b>добол<i>у</i>, что я жду звонка.",
    "Опять х[цензура]ня с корзиной. Почему не пересчитывается скидка?",
    "Плюшкины жадные, за продление 60 процентов! Где это написано?",
    "Маниловы вы, одни обещания. Когда будет исправление?",
    "Кулхацкеры из поддержки посоветовали переустановить систему.",
    "Spineless jellyfish, the whole lot of you.",
    "Listen, pudding-brains: the cart total is wrong.",
    "Your dickweasel of a manager promised a discount.",
])
def test_disguises_and_abuse_of_holdout49_50_are_read(body: str) -> None:
    assert obscene(body)


@pytest.mark.parametrize("body", [
    "Чай «Кимун из провинции Аньхуй» не выгружается в YML. Почему?",
    "Продаём пряжу из шерсти хердвик. Как сделать фильтр по составу?",
    "Пишем о поездке в Ёбуко за кальмарами. Где настраивается шаблон title?",
    "Признаю, я олух царя небесного: удалил группу товаров. Как восстановить?",
    "Сайт магазина: xn--80aswg.xn--p1ai. Как подключить доставку СДЭК?",
    "Плюшкины — наши постоянные покупатели из Твери. Как дать им скидку 5 %?",
])
def test_their_innocent_names_and_words_pass(body: str) -> None:
    assert not obscene(body)


def test_a_place_after_its_kind_is_a_place() -> None:
    assert not obscene("Продаём чай из провинции Аньхуй. Как добавить регион в фильтр?")
    assert obscene("Это просто хуйня, а не провинция. Где настройка?")


@pytest.mark.parametrize("body", [
    "Вы там м︀у︀д︀а︀к︀и все? Ответьте по заявке.",
    "Гон󠁸доны, где ответ?",
    "Вы нам всё разʼебали обновлением. Как откатить?",
    "∑БАНАЯ выгрузка снова встала.",
    "Пꙇздец с корзиной, она пустая.",
    "ɗolboyoɓy, kogɗa otvetite?",
    "Я просто ohuela (ROT13: buhryn, чтобы фильтр не понял), когда увидела счёт.",
    "Для знатоков: ᛈᛁᛉᛞᛖᛏᛋ вашей поддержке.",
    "У нас на сайте пиз-\nдец с оформлением заказа.",
    "Вы там все ибанутые? Где ответ?",
    "Answer my ticket. 🖕",
    "Хлебушки вы, а не специалисты.",
    "You absolute donuts, the cart is broken again.",
])
def test_disguises_and_abuse_of_holdout51_52_are_read(body: str) -> None:
    assert obscene(body)


@pytest.mark.parametrize("body", [
    "Пишу по поручению общины херрнгутеров. Как закрыть раздел паролем?",
    "Продаём кофе Колумбия Huila. Как добавить выбор помола в корзине?",
    "Наш сайт-\nвизитка не открывается с телефона. Почему?",
    "Испекли донатсы и пончики. Как добавить товар с вариантами начинки?",
    "We sell lemons and limes by the crate. How do I set a minimum order of two crates?",
])
def test_their_innocent_words_pass(body: str) -> None:
    assert not obscene(body)


def test_rot13_named_in_an_english_question_leaves_it_as_written() -> None:
    from tests.domain.intake_cases import codes

    assert codes("Does the mailer support ROT13 obfuscation of e-mail addresses on contact pages?") == []
