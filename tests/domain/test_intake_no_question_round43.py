"""No question (SPEC 2.8.2), round 43: a question settled beside what the fault turned out to
be (вопрос снят: оказалось, …), whether the desk received what the writer sent (did you get the
SSH details we sent?, дошло ли оно до вас?), the request asked after with words that add
nothing (просто подтвердите; третий раз пишу, ответа нет; я правильно понимаю, что заявку взяли
в работу?) and a question put off (задам его вечером) ask nothing. A fault found out without the question
being settled, and a question of the product beside a receipt, still ask.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Всё, вопрос снят: оказалось, антивирус у бухгалтера блокировал вход в админку.",
    "Проблему с поиском решили сами, выяснилось, что индекс не перестроился после импорта. Спасибо.",
    "Did you get the SSH details we sent on Monday?",
    "Вы получили мой файл с логами? Просто подтвердите.",
    "Третий раз пишу про выгрузку в 1С, ответа нет.",
    "Проблема с купонными скидками решилась сама, спасибо.",
    "Вы получили логи, которые я приложил вчера?",
    "В понедельник отправлял письмо со скриншотом оплаты — дошло ли оно до вас?",
    "Я правильно понимаю, что мою заявку уже передали разработчикам?",
    "Есть вопрос про шаблоны писем. Задам его вечером, сейчас уезжаю на склад.",
])
def test_a_settled_question_or_one_after_the_request_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Оказалось, что после обновления не работает корзина. Как исправить?",
    "I sent the FTP details yesterday. Why does the upload fail with error 553?",
    "Можете уже посмотреть, почему не работает корзина?",
    "Вы получили скриншот? Можете уже посмотреть, почему не считается доставка?",
    "Did you get the login details I sent? Why does the import fail again?",
    "Проблема с корзиной решилась, но теперь не считается доставка. Почему?",
    "Отправлял письмо с ошибкой импорта: почему импорт падает на второй строке?",
    "Я правильно понимаю, что продление стоит 20 % от цены лицензии?",
])
def test_a_fault_or_a_question_of_the_product_beside_them_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
