"""The tenth round (issue 13): misses of every development corpus, one class per test,
each with the innocent variants the class must keep.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def codes(body: str) -> list[str]:
    return check_intake("", body).codes


# --------------------------------------------------------------------------- out_of_scope


@pytest.mark.parametrize("body", [
    "Could you put our shop online? It runs on my laptop right now and the hosting is paid.",
    "Перетащите, пожалуйста, магазин на новый сервак, доступы пришлю.",
    "Хотим, чтобы заказы уходили в RetailCRM через их API. Настроите?",
    "Есть скрипт на Python, который считает скидки. Он лежит у нас на диске. Подключите его к сайту?",
    "Could you embed this chat snippet into the footer of our site?",
    "Remember you fixed our filter in March? A rollback wiped it out. Please re-apply it.",
    "Вы нам настраивали права менеджеров. Мы перезалили базу, выставьте их обратно.",
    "Please add a page with our store addresses to the site menu.",
])
def test_polite_requests_for_the_work_itself_are_out_of_scope(body: str) -> None:
    assert "out_of_scope" in codes(body)


@pytest.mark.parametrize("body", [
    "После переустановки PHP не работает поиск. Что проверить?",
    "A snippet of the error log is attached: the cart shows error 500.",
    "Где в админке добавить страницу с контактами?",
    "How do I add a page to the site menu myself?",
    "Мы перенесли сайт сами, но теперь не приходят письма. Почему?",
])
def test_product_questions_near_those_words_stay_in_scope(body: str) -> None:
    assert "out_of_scope" not in codes(body)
