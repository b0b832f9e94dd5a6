"""No question (SPEC 2.8.2), round 41: a message that only arranges the asking asks nothing.
Which way to send the questions (сюда или новой заявкой, одним письмом или отдельными
заявками), when to send or discuss them, whom to turn to "с этим", whether a letter reached
the desk, a receipt to confirm, a warning announced, and what will be told later, once
something is done (напишу, когда разберусь; I'll send the log tomorrow when ...). Beside each,
a question or a fault of the product still asks.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    # the way to send them
    "Здравствуйте. Есть ещё вопрос по складам: как вам удобнее — сюда или новой заявкой?",
    "Добрый день. Вопросов набралось четыре. Можно их прислать одним письмом или лучше отдельными заявками?",
    # when, and to whom
    "Добрый вечер. У нас будет пара вопросов по рассылкам. Когда удобно их прислать?",
    "Здравствуйте, есть несколько вопросов по редакциям. Когда вам будет удобно их обсудить?",
    "Есть вопрос по закрывающим документам. К кому у вас с этим лучше обратиться?",
])
def test_arranging_how_when_or_to_whom_to_ask_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Проверка связи. Сообщения до вас доходят?",
    "Добрый день. Дошло ли до вас наше письмо?",
    "Прошу подтвердить получение письма со сканами договора.",
    "Письмо с паролем от FTP отправили вам вчера. Прошу подтвердить получение.",
    "Hello, just checking you received my files from Monday.",
])
def test_whether_a_letter_reached_the_desk_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Хочу предупредить: скоро будет вопрос по скидкам, менеджер опишет подробно, когда выйдет из отпуска.",
    "Вопрос по корзине. Какой именно — напишу, когда пойму, что у нас сломалось.",
    "Пока вопрос не задаю, сначала уточню у бухгалтера, какие отчёты ей нужны.",
    "Hi, I'll send you the error screenshots tomorrow when our designer is back.",
    "Morning. I will have two questions about taxes, but I need to check a few things with our accountant first.",
    "Hello, I have a few questions about the import, will write them up next week. Is that okay?",
])
def test_a_question_kept_for_later_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    # a question or a request beside what is to come later
    "Подскажите, где включить режим отладки, подробности напишу позже.",
    "Как вам удобнее — сюда или новой заявкой? И сразу: почему не уходят письма с формы заказа?",
    # a fault reported beside a warning
    "Хочу предупредить: после обновления не работает оплата картой.",
    # the product's mail, not the writer's letter to the desk
    "Письма клиентам о заказах до сих пор не доходят, проверьте, пожалуйста, настройки SMTP.",
    "Вы получили мой файл импорта? Он не загружается, выдаёт ошибку 500.",
])
def test_a_question_or_a_fault_beside_the_arranging_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    # a call asked for, and what it is to be about
    "Please call me back about the support renewal. Maris, +371 2 555 0101.",
    "Хотим кое-что спросить по счёту, наберите, пожалуйста, после обеда: +7 913 000-11-22, Зоя.",
    # the writer reminding the desk of himself
    "Добрый день, это Фарид из пекарни «Колос». Вы нас помните?",
    # leave asked to send the questions announced, in the same sentence
    "Добрый день, хочу задать пару вопросов про склады, ничего, если сразу два?",
    # where the desk takes its requests, and when it reads them
    "Скажите, у вас заявки принимаются только по почте или через форму на сайте тоже можно?",
    "Just checking: is anyone reading this mailbox on Saturdays?",
])
def test_a_call_a_reminder_or_the_desks_ways_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Перезвоните, пожалуйста, по поводу продления: почему счёт выставлен на 40 %, а не на 20 %?",
    "Call me back, please: the checkout page shows error 500 since the update.",
    "Вы нас помните? У нас опять не уходят письма с формы обратной связи.",
])
def test_a_question_or_a_fault_beside_a_call_or_a_reminder_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


# After holdout55/56: a reminder of the request, a follow-up in English, who handles something
# "этим", a talk with him, a moment to clarify "у вас", the desk's Saturdays, leave to ask in the
# sentence that announces the question, access to be deleted after use.
@pytest.mark.parametrize("body", [
    "Добрый вечер. Напоминаю про нашу заявку по выгрузке в 1С, ждём.",
    "Following up on my ticket from Tuesday (71204), any news?",
    "Подскажите, к кому обратиться по вопросу доставки? Хотим понять, кто у вас этим занимается.",
    "Кто у вас отвечает за счета? Хочу с ним поговорить.",
    "Хотела бы уточнить у вас один момент по продлению, когда будет удобно?",
    "У вас ведь поддержка в воскресенье не работает, да?",
    "Hi, quick question about the blog module, is now a good time to ask?",
    "Temporary FTP user: ftp_helper, password Lm4!qz8R. Please delete after use.",
])
def test_reminders_and_arrangements_after_holdout55_56_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Напоминаю про заявку: почему выгрузка в 1С по-прежнему падает на складах?",
    "Hi, quick question about the blog module: how do I turn off comments on one post?",
    "Кто у вас отвечает за счета? И почему в счёте на продление сумма 40 %, а не 20 %?",
])
def test_a_question_beside_them_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


# After holdout57/58: whom to discuss them with, a call asked for or asked leave for, which
# question to start with, what is written once put into words, a new contact person, a change
# to be taken into account.
@pytest.mark.parametrize("body", [
    "Добрый день. У нас есть пара вопросов по модулю «Блог». С кем можно их обсудить?",
    "Прошу связаться со мной по телефону +7 913 555-10-20 после обеда.",
    "Здравствуйте, у меня к вам два вопроса: по доставке и по скидкам. С какого начать?",
    "Есть пара вопросов по модулю «Форум», как сформулирую — напишу.",
    "Можно я вам позвоню минут через пять? Так быстрее.",
    "Хотела бы обсудить с вашим специалистом пару моментов по доставке. Когда вам удобно?",
    "Сообщаем, что с 1 марта контактное лицо по договору — Инна Белова, inna@zarya-opt.ru.",
    "Мы сменили реквизиты, новое название ООО «Заря-Опт». Просим учесть при выставлении счетов.",
])
def test_arrangements_after_holdout57_58_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Прошу связаться со мной: после обновления не работает оплата картой.",
    "Мы сменили реквизиты. Почему в новом счёте всё ещё старое название организации?",
])
def test_a_fault_or_a_question_beside_those_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
