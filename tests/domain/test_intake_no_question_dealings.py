"""No question (SPEC 2.8.2), round 42: an abusive message without "?" that names nothing of
the product but the desk's own dealings (the licence, its renewal, an invoice, money, the
request and its answer, the staff) demands or complains; it asks nothing support can answer.
What it wants (деньги назад, пересчитать счёт, другого сотрудника, ответ) is no question.
A fault of the product, a letter or a button named, a "?" or a word asking why, when or where
still asks, and so does the same demand made politely.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    # money back, a recount, an invoice redone
    "Жулики, больше продлевать не будем. Деньги за остаток года верните.",
    "Идиоты, отозовите счёт и выставьте новый на правильную редакцию.",
    "You incompetent clowns billed our renewal twice. Refund the second charge.",
    # another person, an answer read properly
    "Бездельники, сидите и отвечаете через неделю. Дайте мне вашего начальника.",
    "Тупицы, прочитайте заявку целиком, прежде чем отвечать шаблоном.",
    "Придурки из поддержки, отпишитесь наконец по заявке 4471.",
    "Morons. Get your manager to phone me today.",
])
def test_abuse_demanding_only_of_the_desks_dealings_asks_nothing(body: str) -> None:
    assert {"obscene", "no_question"} <= set(codes(body))


@pytest.mark.parametrize("body", [
    # a fault of the product, however short
    "Дебилы, после обновления корзина не считает доставку. Верните как было.",
    "Morons, the CSV import drops every second row. Fix it.",
    # a letter named is the product's mail
    "Идиоты, письма покупателям уходят дважды. Разберитесь.",
    # a word asking why, when or where, without "?"
    "Бестолочи, объясните, почему счёт за продление выставлен на 60 %.",
    "Клоуны, скажите, где в кабинете скачать акт за продление",
    # a question mark
    "Кретины, а продление со скидкой 20 % мне положено или нет?",
])
def test_abuse_naming_the_product_or_asking_still_asks(body: str) -> None:
    found = codes(body)
    assert "obscene" in found and "no_question" not in found


@pytest.mark.parametrize("body", [
    "Здравствуйте. В счёте за продление 60 %, хотя опоздали мы на неделю. Пересчитайте его, пожалуйста.",
    "Добрый день. Нам выставили счёт за продление на 60 %, хотя опоздали мы на неделю. Прошу пересчитать.",
])
def test_the_same_demand_made_politely_is_not_refused_by_this_rule(body: str) -> None:
    assert "obscene" not in codes(body) and "no_question" not in codes(body)
