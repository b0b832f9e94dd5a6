"""No question (SPEC 2.8.2), round 46: whom or where to send a question, asked instead of the
question, asks nothing the desk answers, however the route is put: a question handed on (куда
его переслать, кому этот вопрос задать), the routes weighed (— вам или в бухгалтерию?; — через
форму или по почте?), the address asked for (на какой ящик писать), how to reach the desk, a
person who knows the field asked for, "is this the right place", "who do I send it to". A
question about the product beside such words still asks.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Здравствуйте. У нас вопрос по счёту. Кому его лучше задать — вам или в бухгалтерию?",
    "Добрый вечер. Вопрос по редакциям — кому его адресовать, вам или менеджеру?",
    "Есть вопрос по SEO. Куда его лучше отправить?",
    "Коллеги, на какой ящик присылать вопросы по доставке — сюда или в отдел логистики?",
    "Добрый день. Как с вами удобнее связываться — через личный кабинет или по телефону?",
    "Здравствуйте. У вас есть специалист, который разбирается в обмене с 1С? Хочу к нему обратиться со своим вопросом.",
    "Вопрос к вам будет по складам. Есть ли у вас кто-то, кто отвечает за складской учёт?",
    "Hello, I have a question about invoices. Am I writing to the right address for that?",
    "Hello. There is one more thing about invoices. Who should I direct it to?",
])
def test_whom_or_where_to_send_a_question_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Куда в админке вписать адрес для копий писем о заказах?",
    "Кому приходят письма о новых заказах — администратору или менеджеру? Хотим поменять получателя.",
    "Как с вами связаться, если сайт не открывается? И почему он сейчас отдаёт ошибку 502?",
    "Is this the right place to set the shipping zones? I cannot find where to add Kazakhstan.",
])
def test_a_question_about_the_product_beside_a_route_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
