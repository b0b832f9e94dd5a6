"""The fifteenth round (issue 13): no obscene refusal of an innocent message.

Two mechanisms, each with innocent messages that must pass beside look-alikes that must
still be refused: who an insult is aimed at (the customer's own people and unknown
outsiders are not the desk), and what a name's position is (a company or a person named
with a word whose mat-like letters belong to an innocent word or a longer surname).

Every example is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, find_obscene


def refused(body: str) -> bool:
    return "obscene" in [r.code for r in check_intake("", body).refusals]


# ------------------------------------------------------ insults said of a third party


@pytest.mark.parametrize("body", [
    # the customer's own colleague or employee, owned after the insult
    "Какой-то придурок из нашего отдела продаж поменял все цены, где история изменений?",
    "Кретины из нашей бухгалтерии снова выгрузили акты дважды. Как удалить дубли?",
    "Один идиот у нас в отделе поменял цены на всё, можно откатить?",
    "Somebody on our team, a complete moron, removed the payment module. How to reinstall?",
    "Some morons in our sales department changed every price. Can we roll back?",
    "Some morons from our marketing agency broke the banner. Can we restore the old one?",
    "Наши идиоты программисты сломали шаблон, как восстановить из резервной копии?",
    # anonymous outsiders: people the writer cannot name, spammers, bots
    "Какие-то дебилы спамят в комментариях к новостям. Как включить капчу?",
    "Какие-то идиоты регистрируются на сайте по сто раз в день, как это запретить?",
    "Кретины-спамеры засыпали отзывы ссылками, как включить модерацию?",
    "Some idiots keep posting spam through our contact form. Is there a captcha?",
    "Some idiot keeps registering fake accounts on our shop. How do I block by IP?",
])
def test_an_insult_of_the_customers_own_people_or_of_outsiders_passes(body: str) -> None:
    assert find_obscene(body) == []
    assert not refused(body)


@pytest.mark.parametrize(("body", "word"), [
    # at the staff, however the sentence begins
    ("Вы идиоты, третий день не можете ответить.", "идиоты"),
    ("Your support is run by morons. Where is my export?", "morons"),
    ("Идиоты из поддержки опять закрыли заявку.", "Идиоты"),
    ("Какой-то идиот из вашей поддержки удалил мой сайт.", "идиот"),
    ("Какой-то кретин из ваших программистов сломал выгрузку.", "кретин"),
    ("Some morons on your support team keep closing my tickets.", "morons"),
    ("Some idiots at your company wrote this import.", "idiots"),
    ("Какие-то идиоты у вас в поддержке закрыли мою заявку.", "идиоты"),
    # whoever answers the customer, whoever made the product
    ("Какие-то идиоты отвечают мне уже неделю, а ошибка не исправлена.", "идиоты"),
    ("Какие-то кретины сверстали этот шаблон, он разваливается на телефоне.", "кретины"),
    ("Some morons built this import module, it loses half of the goods.", "morons"),
    # an address first, then the customer's own people
    ("Идиоты, наши программисты уже всё проверили, ошибка у вас.", "Идиоты"),
])
def test_an_insult_at_the_staff_is_still_refused(body: str, word: str) -> None:
    assert word in find_obscene(body)
    assert refused(body)


@pytest.mark.parametrize(("body", "word"), [
    ("Какой-то мудак из наших менеджеров удалил все товары.", "мудак"),
    ("Some fucking moron on our team deleted the catalog.", "fucking"),
    ("Какие-то пидорасы спамят в комментариях, как включить капчу?", "пидорасы"),
])
def test_mat_about_a_third_party_is_still_refused(body: str, word: str) -> None:
    assert word in find_obscene(body)


# ------------------------------------------------------------- names with mat-like letters


@pytest.mark.parametrize("body", [
    # a company named on an innocent word (страховать, психовать) in quotes after ООО, ИП ...
    "Поставщик ООО «Страхуйка» не получает письма с заказами. Почему?",
    "Мы работаем с ООО \"Подстрахуйка\", как добавить их в контрагенты?",
    "ИП «Застрахуйка» просит счёт, где его выставить?",
    "Магазин «Психуйчик» не открывается после обновления. Что делать?",
    "Контрагент «Страхуйко» не выгружается в 1С, в чём дело?",
    # an English surname that holds the letters, after named, Mr, author, client
    "Our client named Dick Shitterton cannot log in. Why?",
    "Mr Shitterton asked for an invoice, where do I change the payer?",
    "The author Jane Shittington cannot publish her post. Why?",
    "A customer named Rob Shitley says the coupon does not apply. Where are coupon logs?",
])
def test_a_name_built_on_an_innocent_word_or_a_longer_surname_passes(body: str) -> None:
    assert find_obscene(body) == []
    assert not refused(body)


@pytest.mark.parametrize(("body", "word"), [
    # mat capitalised at a sentence's start, or quoted: in no name's position or no innocent word
    ("Хуйня какая-то, а не модуль. Как откатить?", "Хуйня"),
    ("Shit, the import failed again. Why?", "Shit"),
    ("Он написал «Пиздец», как удалить комментарий?", "Пиздец"),
    # a name that is mat itself, or whose word is not an innocent one
    ("ООО «Хуйня» не получает письма. Почему?", "Хуйня"),
    ("ИП «Нахуйка» просит счёт.", "Нахуйка"),
    ("ООО «Ебанька» не получает письма.", "Ебанька"),
    ("Компания «Похуист» не платит.", "Похуист"),
    ("ООО «Домахуй» не платит.", "Домахуй"),
    ("Магазин «Сучка» не платит.", "Сучка"),
    ("ООО «Страхуйхуйня» не платит.", "Страхуйхуйня"),
    # English mat in a name's position that is no longer surname
    ("Mr Shithead cannot log in.", "Shithead"),
    ("Our client named Dick Shit cannot log in.", "Shit"),
    # surname-shaped, but built on a root no innocent word holds, or on Russian mat in Latin
    ("Our client named Rob Fuckington cannot log in.", "Fuckington"),
    ("ООО «Pizdaton» не получает письма.", "Pizdaton"),
    ("Mr Blyadson asked for an invoice.", "Blyadson"),
    ("Mr Shitpizdaton asked for an invoice.", "Shitpizdaton"),
])
def test_mat_in_a_name_or_at_a_sentence_start_is_still_refused(body: str, word: str) -> None:
    assert word in find_obscene(body)
    assert refused(body)
