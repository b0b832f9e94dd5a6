"""Intake, round 56 of issue 13: a Latin mat compound in a short Latin message, the oath's
abbreviations, two words of address between a comma and a question's end, an adjective with
"ваши" before the desk's people, the copula first in an English question (Are you all X?);
and fewer false alarms: a place name of two capitalised parts, a fond diminutive, a beast "у
нас", the site's visit statistics."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


@pytest.mark.parametrize("body", [
    # a mat stem with a Russian word after it, in Latin, in a message too short to read as Russian
    "Ne katalog, a mudovitrina.",
    # the oath's abbreviations, whore made a verb, the gonads
    "OMFG, the invoice doubled again. Which setting does that?",
    "FML, the import died again overnight. Where is the log?",
    "You keep whoring out my address to your partners. Delete it.",
    "Another price rise, another kick in the nads. Why so much?",
    # two words of address between a comma and the end of a question, "мой" of a thing before
    "Вы опять закрыли заявку по моему отчёту, сонные бездельники? Где ответ?",
    # an adjective, then "ваши", then the desk's people
    "Криворукие ваши программисты сломали импорт. Когда исправят?",
    "Криволапые консультанты опять прислали не ту инструкцию. Где ответ?",
    # heads of cardboard, a rabble
    "Головы у вас картонные, что ли? Жду ответа третий день.",
    "Вся ваша шатия только отписки шлёт. Где ответ по счёту?",
    # the copula first: Are you all X?
    "Are you all completely useless over there? Where is my invoice?",
    "Are you all doolally on that desk? Three replies, three different answers.",
    "Tell the munter on your desk to call me back.",
    "Do the boobies on your phone line ever listen? I asked for a refund.",
    # a word no English list knows before "lot"; one Latin letter read by its sound
    "And you scrattly lot took a week to answer. Where is the refund?",
    "Мụдоредактор опять съел таблицу. Как вернуть?",
    # after holdout135 and holdout136 were measured: a compound at a sentence's head ending as a
    # Georgian surname does, a run of words with a Latin word after it, an insult made small
    "Мудоинструкция опять не про нашу версию. Где настоящая?",
    "Опятьвашмудоредакторсъелтаблицуconfig",
    "Бездельнички на линии опять молчат. Где ответ?",
    "Tell the scuzzbag on your desk to refund me.",
    "That pricing is plain sodomy. Refund me.",
    # an insulting adjective after "Какие же вы", whatever the noun
    "Какие же вы гадкие бумажки ходячие! Где ответ по счёту?",
    # after holdout137 and holdout138 were measured
    "Какой гондоредактор у вас писал эту форму?",
    "Which genius keeps goddamning the changelog? Where is the fix?",
    "Your updater farted out another blank page. Which log?",
    "Don't get arsey with me, just refund the renewal.",
    "Are you wussies going to answer or not?",
    "Dodderers. Your manager promised a call on Monday.",
    # what the name is made of may be the customer's dealings, its head may not
    "Template-mangling parrots, the lot of you. Why is the footer gone?",
    # a hyphened doer of the customer's dealings, a sentence of its own before one to the reader
    "Ticket-closers. You closed mine again without a word.",
])
def test_these_are_obscene(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    # a place name of two capitalised parts
    "Сувенирная лавка в Верх-Уймоне. Как добавить доставку почтой?",
    # a fond diminutive the dictionary lacks, as an exclamation
    "Ойоньки, опять касса зависла! Почему чек не печатается?",
    # a beast "у нас", the writer's own
    "Кобыла у нас ленивая скотина, но сайт работает. Как скрыть товар на время?",
    # "мой" of a person in the clause before stays the writer's own
    "Где мой внук, ленивый бездельник? Обещал настроить сайт. Как добавить товар?",
    # an adjective with "ваши" before things
    "Тупые ваши модули опять сломались после обновления. Как откатить?",
    # birds, and a whole word with no endings behind a mask
    "We watched blue-footed boobies nest on the cliffs. How do I add a photo gallery?",
    "Wh...er I change, the page stays the same. Is there a cache?",
    # the Latin compound rule needs a Russian word after the stem
    "Hueman resources asked for a staff page. How do I add one?",
    # praise in slang before "lot"
    "You brill lot fixed it overnight. How do I add a banner?",
    # surnames stay surnames
    "Сукиасян Армен не может войти в кабинет. Почему?",
    "Мандария Гоча не может войти в кабинет. Почему?",
    # a gondola, Honduras and Gondor beside the condom's stem
    "Гондолы и гондольеры в Венеции. Как добавить тур?",
    "Гондурасский кофе не ищется. Почему?",
    "Гондор и Мордор: настольная игра. Как добавить?",
    # an exclamation no list holds, and a hyphened trade, before a sentence to the reader
    "Crivvens. Your update broke the shop. How do I roll it back?",
    "Bee-keepers. Your shop theme is great. How do I add products?",
    # insure and plough in forms the dictionary lacks (after holdout139 was measured)
    "Склад подстрахуется и попросит накладную. Где она печатается?",
    "Сосед запахует огород к субботе, а нам нужен предзаказ на рассаду. Как его включить?",
])
def test_these_are_not_obscene(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Добрый день. В статистике посещаемости видно, что трафик упал, но только за месяц. Можно ли посмотреть за год?",
    "Hello. The traffic statistics show only the last month. Can I see a whole year?",
])
def test_visit_statistics_are_the_products_subject(body: str) -> None:
    assert "off_topic" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    # the writer's own trouble, a few words into the sentence, then a question where it is set
    "Третий день никак не можем поменять логотип. Где он задаётся, в макете или в настройках?",
    "Уже неделю не можем поменять шапку сайта. Где она задаётся?",
])
def test_what_the_writer_cannot_do_is_no_request(body: str) -> None:
    assert "out_of_scope" not in check_intake("", body).codes
