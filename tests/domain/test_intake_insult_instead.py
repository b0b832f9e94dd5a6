"""Insults (SPEC 2.8.3), round 43: the desk called something else by a shape that says so
(insult_instead.py), whatever noun the writer invents: "X, а не поддержка", "X из второй линии",
"X, the lot of you", "you (lot) are a bunch of X", "your so-called engineers", "whoever answered
is a X". What the writer asks for, his own side, the product, a job, a name, a quote, a report
of someone else's words, praise and the subject of a verb are no name for the desk.

Every example here is written for this file, not taken from a corpus; the abusive nouns are
ones the insult lexicon does not list, so that only the shape can find them.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake.insult_instead import called_instead
from deskcli.domain.intake.insult_lexicon import is_insult_word
from deskcli.domain.intake.insult_sentences import sentences
from tests.domain.intake_cases import codes

_CALLED = [
    ("Кастрюльки, а не поддержка. Третий день жду ответа по заявке.", "Кастрюльки"),
    ("Пылесосы вы, а не консультанты: где включается поиск по артикулу?", "Пылесосы"),
    ("Вы там подберёзовики какие-то, а не специалисты. Почему не уходят письма покупателям?", "подберёзовики"),
    ("Трамвайчик на колёсиках, а не техподдержка. Верните деньги за продление.", "Трамвайчик"),
    ("Кофемолки из второй линии опять прислали ссылку на документацию. Где настройка складов?", "Кофемолки"),
    ("Ваши скрепки из отдела продаж выставили счёт не на ту фирму. Перевыставьте.", "скрепки"),
    ("Паровозики сонные с первой линии закрыли заявку. Почему не считается доставка?", "Паровозики"),
    ("Paper lanterns, the lot of you. Three weeks without a reply on the export ticket.", "Paper"),
    ("Teapots, the whole lot of you. Why does the cart forget the coupon?", "Teapots"),
    ("You lot are a bunch of parsnips. Reopen my ticket.", "parsnips"),
    ("Honestly, you people are a pack of pinecones. Where is the VAT setting?", "pinecones"),
    ("Your so-called engineers are a disgrace to spreadsheets. Why is the VAT rounded twice?", "so"),
    ("Ваши так называемые специалисты молчат неделю. Где ответ по заявке?", "так"),
    ("Whoever closed my ticket is a walrus in a tie. Reopen it.", "walrus"),
    ("Honestly, whoever tested 7.2.1 is a doorstop. The cart loses its coupon.", "doorstop"),
    ("Whoever wrote this importer is a real teapot. Why are quotes cut?", "real"),
    ("Ну вы и тапочки, честное слово. Заявка висит неделю.", "тапочки"),
    ("Soggy crumpets — whoever wrote the 7.2 importer. Why are the quotes cut?", "Soggy"),
    ("У вас не поддержка, а кукольный театр. Где ответ по заявке?", "кукольный"),
    ("Thanks for nothing, sunflowers. The export is still empty.", "sunflowers"),
    ("Are you a herd of armchairs or a support team? The import fails on row two.", "armchairs"),
]


@pytest.mark.parametrize(("body", "name"), _CALLED)
def test_the_desk_called_something_else_is_an_aimed_insult(body: str, name: str) -> None:
    assert [word for _, word in called_instead(sentences(body))] == [name]
    assert "obscene" in codes(body)


@pytest.mark.parametrize(("body", "name"), _CALLED)
def test_the_examples_names_are_not_in_the_insult_lexicon(body: str, name: str) -> None:
    assert not any(is_insult_word(word.lower().strip(",.")) for word in body.split())


@pytest.mark.parametrize("body", [
    # what the writer asks for, his own side, the product, his dealings with the desk
    "Мне нужна консультация, а не поддержка. Как продлить лицензию?",
    "У меня вопрос по продлению, а не техподдержка: сколько это стоит?",
    "Нам нужен живой человек, а не служба поддержки с шаблонами. Где настройка доставки?",
    "Я бухгалтер, а не программист. Где выгрузка заказов в Excel?",
    "Модуль доставки, а не сервис, считает цену неверно. Почему?",
    "Лицензия на магазин, а не сервис по подписке: так в договоре. Как её продлить?",
    # a job, a friendly word, a name, someone, the writer's own people
    "Бухгалтер из вашей бухгалтерии прислал акт. Где счёт за продление?",
    "Юристы из отдела продаж прислали договор. Где его подписать?",
    "Стажёр из первой линии ответил быстро, спасибо. Как добавить склад?",
    "Ребята из отдела продаж не видят новые заказы. Какие права им нужны?",
    "Большое спасибо Алексею из второй линии, очень помог.",
    "Марина из бухгалтерии просила прислать реквизиты. Куда их отправить?",
    "Кто-нибудь из поддержки может посмотреть заявку 512?",
    # the subject of a verb after it
    "Дворники, а не разработчики, чистят у нас снег. Как добавить баннер на главную?",
    # friendly names, quotes, a report
    "Legends, the lot of you. How do I add a coupon?",
    "You guys are a bunch of heroes. How do I add a coupon?",
    "A troll wrote 'you lot are a bunch of wombats' under our blog post. How do I ban him?",
    'Our forum has a thread called "Parsnips, the lot of you". How do I close it?',
    "We are a bunch of volunteers, not a company. Is there a discount for charities?",
    # a title said plainly, whoever is praised or is on the writer's side, a clause in between
    "Наш так называемый программист уволился. Как сменить пароль администратора?",
    "Whoever answered my ticket yesterday is a legend, thank you!",
    "Whoever wrote the docs is a genius. How do I add a second warehouse?",
    "Whoever answered me is a true professional, thank you!",
    "Whoever set up our shop is a former employee. How do I reset the admin password?",
    "Whoever is on duty, is a fix for the cart planned?",
    "Ну вы и молодцы, всё заработало!",
    "Ну вы и даёте: ответили за пять минут. Спасибо!",
    "Thanks, whoever answered yesterday. How do I add a coupon?",
    "Hello, whoever reads this: how do I add a coupon?",
    "Это не поддержка, а консультация по коду: сколько она стоит?",
    "Мы не компания, а ИП. Как выставить счёт на продление?",
    "Thanks for nothing. How do I hide products that are out of stock?",
])
def test_what_names_no_one_or_is_friendly_is_no_insult(body: str) -> None:
    assert called_instead(sentences(body)) == []
    assert "obscene" not in codes(body)
