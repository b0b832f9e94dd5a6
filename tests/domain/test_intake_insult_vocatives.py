"""Insults (SPEC 2.8.3), round 42: the desk's people called by a plural address at the head of
a clause, whatever noun the writer invents (insult_vocatives.py). Russian names the reader in
the clause after the address; English puts the address after "you" or a greeting. Friendly
addresses, names, places, a relative clause and words that are no plural noun are not abuse.

Every example here is written for this file, not taken from a corpus; the abusive nouns are
ones the insult lexicon does not list, so that only the address's shape can find them.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake.insult_lexicon import is_insult_word
from deskcli.domain.intake.insult_sentences import sentences
from deskcli.domain.intake.insult_vocatives import vocative_insults
from tests.domain.intake_cases import codes

_ADDRESSED = [
    ("Кочерыжки недоваренные, вы опять ответили не на тот вопрос. Где включается поиск по артикулу?", "Кочерыжки"),
    ("Самовары сибирские, вы письма вообще читаете? Импорт CSV падает на второй строке.", "Самовары"),
    ("Подсвечники, третий день не можете сказать, почему не уходят письма покупателям.", "Подсвечники"),
    ("Суслики, сколько можно ждать от вас ответа про выгрузку?", "Суслики"),
    ("Listen, you parsnips, the CSV export drops every second row. Why?", "parsnips"),
    ("Right, you wombats, once more: where is the shipping zone setting?", "wombats"),
    ("You cardboard hatstands closed my ticket again. Reopen it.", "hatstands"),
    ("Hello, sausages. The cart has been empty since the update. What changed?", "sausages"),
    ("Dear paperweights, the invoice PDF shows the wrong VAT. How do I fix the template?", "paperweights"),
]


@pytest.mark.parametrize(("body", "address"), _ADDRESSED)
def test_an_address_said_to_the_reader_is_an_aimed_insult(body: str, address: str) -> None:
    assert [word for _, word in vocative_insults(sentences(body))] == [address]
    assert "obscene" in codes(body)


@pytest.mark.parametrize(("body", "address"), _ADDRESSED)
def test_the_examples_nouns_are_not_in_the_insult_lexicon(body: str, address: str) -> None:
    assert not is_insult_word(address.lower())


@pytest.mark.parametrize("body", [
    # friendly addresses
    "Коллеги, вы не подскажете, где настройки доставки?",
    "Знатоки, вы не знаете, почему обмен с 1С висит?",
    "Ребята, вы лучшие, всё заработало!",
    "Thanks, you legends! The import works now.",
    "Hello, folks. How do I add a second warehouse?",
    "Hi all, quick one: where is the robots.txt setting?",
    # a relative clause, a name, a place, a word that does not decline
    "Товары, которые вы прислали в выгрузке, не видны в каталоге.",
    "Березники, вы меня слышите? Это аптека, по поводу обновления.",
    "Спасибо, ваш специалист всё объяснил.",
    # no address: a subject, an object, a verb
    "Hi, we sell mushrooms, and the weight unit is wrong. How do I change it?",
    "Hello, gift wrapping works. Can we offer it only for one group of goods?",
    "Hi, the new shipping rules work. How do we add a zone?",
    "We sent you screenshots, as asked. What else do you need?",
    "Have you configured our robots file yet?",
    "You always answer quickly, thank you.",
    # a plural noun heading a sentence with no reader after it
    "Стройматериалы, г. Видное. Как поменять адрес доставки в личном кабинете?",
    "Суслики домашние! Новая порода в каталоге, как добавить её в фильтр?",
])
def test_no_abusive_address_in_ordinary_mail(body: str) -> None:
    assert vocative_insults(sentences(body)) == []
    assert "obscene" not in codes(body)
