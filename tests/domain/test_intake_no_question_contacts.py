"""No question (SPEC 2.8.2), round 40: a change of contact told for the desk's record asks
nothing, with what usually follows it: the old contact dropped (прежний адрес прошу не
использовать), the one who held it gone (прежний программист у нас больше не работает),
someone else to be written to while the writer is away, a new contact named in English
(intake/notices.py). Beside each, a fault of the product or a question still asks.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "С понедельника по лицензии 4410 отвечаю я, Ирина Котова. Старый телефон (8 800 …) просим больше не использовать.",
    "Сообщаем, что ответственным за сайт теперь будет Андрей Лис. Предыдущий вебмастер уже не работает в компании.",
    "Добрый день. До 3 мая я на больничном, прошу обращаться к моему коллеге, Петру, petr@les-kirov.ru.",
    "Good afternoon, please note our new technical contact: Ruth Kahn, ruth@haifa-olive.example.",
])
def test_a_contact_changed_for_the_record_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Прежний программист у нас больше не работает, а после его правок не открывается корзина.",
    "Старую почту просим не использовать. Подскажите, как поменять адрес для уведомлений о заказах?",
    "How do I add our new contact form to the footer?",
    "Please add our new contact page to the main menu, it does not show up after saving.",
])
def test_a_fault_or_a_question_beside_the_change_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


# A temporary access sent with the promise or the request to delete it after the check is data
# sent; an English request's word after "your" or "the" is a noun (a login for your check).
@pytest.mark.parametrize("body", [
    "Temporary FTP login for your check: user: tmp_vendor, password: Lx8-river-Oulu. Please remove it once you are done.",
    "Временная учётка для проверки: логин: help_tmp, пароль: Ru7-les-Vyatka. Удалите её после проверки, пожалуйста.",
])
def test_a_temporary_access_to_be_deleted_after_the_check_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Temporary admin login for your check: user: tmp_vendor. After your fix the cart does not open, please look.",
    "Please delete the old order statuses after the import, how is it done in bulk?",
])
def test_a_fault_or_a_question_beside_the_access_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


# Whom to write to, with what about, and who handles something: a person asked for, no question.
@pytest.mark.parametrize("body", [
    "Кому у вас можно написать насчёт акта сверки за прошлый год?",
    "Вопрос будет по продлению, но сначала хочу понять, кто у вас занимается счетами?",
    "Hello, we have a question about invoices. Who is the right person to contact?",
])
def test_whom_to_turn_to_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Кому у вас написать, если после оплаты в личном кабинете не продлилась поддержка? Оплатили 3 марта.",
    "Who is the right person to ask why the YML export skips products without a price?",
])
def test_whom_to_turn_to_with_a_fault_or_a_question_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


# After holdout49/50: the new contact to be written to (прошу писать ей), a test of the line,
# the request asked whether lost, thanks for a fix named with an adjective (the quick fix).
@pytest.mark.parametrize("body", [
    "С понедельника по лицензии отвечает наш бухгалтер Ирина Лосева. Прошу писать ей.",
    "Тестовое сообщение, проверяем, доходит ли почта с нового адреса.",
    "Заявка 70112 ещё у вас или её потеряли?",
    "Thanks for the speedy fix on Monday, everything works again.",
])
def test_a_contact_a_test_a_lost_request_or_thanks_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "После обновления потеряли все фото товаров. Как их вернуть из резервной копии?",
    "Please check the quick order form: it does not send anything since Monday.",
])
def test_a_product_fault_beside_those_words_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Добрый день. Поддержка завтра работает? У нас тут праздничный день.",
    "Подскажите, до скольки вы сегодня работаете?",
])
def test_the_desk_s_hours_asked_are_no_question(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Поддержка сегодня работает? У нас с утра не открывается корзина.",
    "Вы работаете с выгрузкой в 1С:Фреш или только с CommerceML?",
])
def test_the_hours_beside_a_fault_or_a_product_question_still_ask(body: str) -> None:
    assert "no_question" not in codes(body)


# After holdout51/52: why the writer asks (нам нужно планировать), a request forgotten, a new
# contact to be written to from now on in English.
@pytest.mark.parametrize("body", [
    "Когда ждать ответ по заявке 8120? Нам важно понимать, ждать сегодня или нет.",
    "Обращение 7711 ещё у вас или про него забыли?",
    "Hello, our accounts are now handled by Mia Berg; please write to her from now on.",
])
def test_a_status_with_its_reason_a_forgotten_request_or_a_new_contact_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


def test_a_fault_with_the_reason_still_asks() -> None:
    assert "no_question" not in codes("Нам нужно планировать поставки, а выгрузка остатков в 1С не работает с утра.")
