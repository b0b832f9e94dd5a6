"""No question (SPEC 2.8.2), round 37: an abusive message whose only demand is money back or
another person (a manager, another specialist, the request reassigned), a call, a complaint or
the renewal refused asks nothing, though it tells a fault as the complaint's ground
(asking_shapes.demands_instead); a person of the desk asked for instead of an answer
(asks_for_a_person), a question of which abuser did it (asks_who_abused) and the desk told to
stop saying something (judging.py) ask nothing either. Beside each, the same fault with a
question, a request for a fix, or without abuse still asks.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Охуеть у вас сервис. Неделю висит выгрузка в маркетплейс, заказы не приходят. Верните деньги за продление.",
    "Бездари, после обновления не работает поиск по каталогу. Соедините с руководителем.",
    "Долбоёбы, импорт прайса опять не запускается. Передайте заявку другому специалисту.",
    "Morons. The shipping calculator has been broken for a week. I want my money back.",
    "Your useless lot broke the checkout again. Escalate this to a manager.",
    # a call awaited, a complaint threatened, the renewal refused
    "Пиздец, корзина не пересчитывает скидку с утра. Жду звонка.",
    "Халтурщики, рассылка опять не уходит подписчикам, перезвоните мне срочно.",
    "Уроды, фильтр каталога не работает вторую неделю. Пишу жалобу.",
    "Нахуй такую поддержку: модуль опросов не сохраняет ответы. Продлевать не будем.",
    "You clowns broke the newsletter module. Still waiting.",
])
def test_a_fault_beside_a_demand_for_money_or_a_person_asks_nothing_in_abuse(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    # the same faults without abuse: a report the desk answers
    "Неделю висит выгрузка в маркетплейс, заказы не приходят. Верните деньги за продление.",
    "После обновления не работает поиск по каталогу. Соедините с руководителем.",
    # abuse and a demand, but the fault is asked about
    "Бездари, почему после обновления не работает поиск по каталогу? Иначе соедините с руководителем.",
    # abuse and a fix asked for: "верните работоспособность оплаты" is no money back
    "Уроды, верните работоспособность оплаты: с утра ошибка подписи от банка.",
    # abuse without a demand: the fault is still reported
    "Бездари, после обновления не работает поиск по каталогу.",
    # a call asked for without abuse, and abuse with a call promised in the past
    "Корзина не пересчитывает скидку с утра. Перезвоните мне, пожалуйста.",
    "Ваш мудак из продаж обещал перезвонить. Почему корзина не пересчитывает скидку?",
])
def test_a_fault_asked_about_or_told_without_a_demand_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    # one of the desk's people asked for, naming nothing of the product but the desk
    "Соедините меня с руководителем отдела поддержки, буду говорить только с ним.",
    "Передайте заявку другому специалисту, с этим я больше не общаюсь.",
    "Дайте контакт вашего директора, пожалуйста.",
    "I want to speak to whoever runs your support team.",
    "Please put a senior engineer on my ticket, not the same person again.",
])
def test_a_person_asked_for_instead_of_an_answer_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    # a person named beside a question or a request about the product still asks
    "Соедините со специалистом по доставке: почему СДЭК не считает стоимость для Казани?",
    "Пусть специалист посмотрит, почему не уходят письма о заказах.",
    "I want an engineer to check why the CSV import skips rows.",
])
def test_a_person_asked_for_with_the_product_s_question_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    # a question that only asks which abusive person did it is a rhetorical accusation
    "Какой долбоёб у вас верстал эту админку?",
    "Which dickhead on your team wrote the release notes?",
])
def test_who_of_the_abusers_did_it_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    # what it did told after что, a second question, or an oath of "what the"
    "Какой мудак придумал, что при сохранении товара сбрасываются цены?",
    "Какой долбоёб писал этот модуль, почему доставка не считается?",
    "What the fuck happened to the product images after the update?",
])
def test_an_accusation_that_tells_the_fault_or_asks_why_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    # the desk told to stop saying something: its claim retold, no fault of the product
    "Хватит пиздеть, что ошибка в настройках браузера. Браузер ни при чём.",
    "Не пиздите мне про «ошибку на стороне банка», это я слышу третий месяц.",
    "Не пиздите, что это сбой хостинга.",
])
def test_the_desk_told_to_stop_saying_something_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


def test_a_fault_beside_the_desk_told_to_stop_still_reports() -> None:
    assert "no_question" not in codes("Хватит пиздеть, что виноват браузер: корзина не считает скидку ни в одном браузере.")


# Round 40: money asked back with прошу or оформите возврат; a reply asked with хоть (at
# least) and a promised call asked after are the request's status.
@pytest.mark.parametrize("body", [
    "Бракоделы. Полгода одно и то же. Прошу вернуть деньги за продление.",
    "Ну вы и мудилы, опять ссылка на ту же статью. Оформите возврат за год.",
    "Козлы, ответьте уже хоть что-то по моему обращению.",
    "Болтуны. Обещали перезвонить в понедельник. Уже четверг. Когда будет звонок?",
])
def test_money_back_a_reply_or_a_promised_call_asks_nothing_in_abuse(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Козлы, хоть подскажите, где включается округление цен?",
    "Как сделать, чтобы кнопка «Заказать звонок» была на каждой странице?",
    "Прошу вернуть в карточку товара поле «Артикул», оно пропало после обновления.",
])
def test_a_question_or_a_fix_beside_those_words_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
