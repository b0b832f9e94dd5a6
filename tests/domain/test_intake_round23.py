"""Round 23 (issue 13): holdout16's false alarms at their causes, then recall. A vulgar word's
everyday homograph named plainly or had by a thing; a need asked about, settings as the
product's tools, a negated "as last time", a likeness of looks, "не можем" with no subject;
product words for a payment handler, defaults and a UPS; the object of a shared action in
another word order; insults in the address; j for й and 9 for я; messages passed on, the
staff's phone, a status asked after. Each class stands beside look-alikes that keep their outcome.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _clauses(text: str) -> list[str]:
    return [f.message.split(" ", 1)[0] for f in check_intake("", text).flags if f.code == "out_of_scope"]


# -- out_of_scope: questions and the product's own tools ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a need asked about is the writer's question (2.10.3)
        "Хостер переходит на PHP 8.3. Система будет работать или сначала нужно обновить систему?",
        # how to connect a delivery service is a product question (2.10.2)
        "Как подключить СДЭК, чтобы стоимость считалась в корзине? Ключ API у нас есть.",
        # through the settings, not CSS (2.10.6)
        "Как поменять шрифт заголовков через настройки, не трогая CSS?",
        # a negated "as last time" asks for nothing redone (2.10.7)
        "Как настроить скидку для постоянных покупателей? Только отвечайте по делу, а не как в прошлый раз.",
        # "не можем" with its subject left out is no "can you" (2.10.1)
        "Не можем загрузить сайт на хостинг: установщик пишет, что не хватает прав. Какие права выставить?",
    ],
)
def test_questions_about_the_product_are_in_scope(text: str) -> None:
    assert _clauses(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Нужно обновить систему до последней версии, сможете сделать это за нас?", "2.10.3"),
        ("Подключите нам, пожалуйста, СДЭК по API к складской программе.", "2.10.2"),
        ("Настройте, пожалуйста, доставку так же, как в прошлый раз.", "2.10.7"),
        ("Не можете перенести наш сайт на новый хостинг?", "2.10.1"),
    ],
)
def test_requests_of_the_staff_keep_their_clause(text: str, clause: str) -> None:
    assert clause in _clauses(text)


def test_looking_the_same_is_a_likeness_not_a_redo() -> None:
    text = "Хотим, чтобы главная выглядела так же, как в купленном шаблоне. Натяните шаблон на систему, пожалуйста."
    assert "2.10.7" not in _clauses(text)
