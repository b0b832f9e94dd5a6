"""Asking only where the request stands (SPEC 2.8.2, round 38): whether it is in the queue
yet, being told when the answer is ready. The same words beside a question about the
product still ask.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Добрый день. Наше обращение 4410 уже взяли в работу или оно ещё в очереди?",
    "Is my ticket 5120 still in the queue?",
    "Если не затруднит, сообщите, когда будет готов ответ по нашему обращению.",
    "Дайте знать, когда ответ будет готов.",
])
def test_the_request_s_place_in_the_queue_and_its_answer_asked_after_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Заказы стоят в очереди на выгрузку в 1С по два часа. Как ускорить обмен?",
    "Сообщите, как включить очередь отправки писем в 7.1?",
    "Дайте знать, готов ли модуль доставки к обновлению до 7.1, и как его обновить.",
    "How do I see which orders are still in the export queue?",
])
def test_the_same_words_about_the_product_still_ask(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Добрый день. Давайте я вам наберу и объясню голосом?",
    "Did you receive my letter on Tuesday? No need to reply.",
    "Good morning, I have a question about the catalogue. Have I written to the right address?",
    "Здравствуйте, у меня вопрос по каталогу. Туда ли я пишу?",
])
def test_a_call_offered_no_answer_needed_and_the_right_address_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Голосовой поиск по каталогу не работает в Safari. Как его включить?",
    "Where do I change the shop's return address on invoices?",
    "Как проверить, правильный адрес у поставщика в карточке или нет?",
])
def test_voices_and_addresses_of_the_product_still_ask(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Добрый день. Вы получили наше последнее письмо с доступами администратора?",
    "Скажите, дошёл ли мой предыдущий имейл со скриншотами?",
    "Подтвердите, что обращение приняли.",
    "Has anyone picked up ticket 7731 yet?",
])
def test_a_letter_received_and_the_request_taken_up_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Почему покупатель не получил письмо с данными заказа? Где это настроить?",
    "Как принять оплату от юрлица по счёту в 7.1?",
    "Has anyone found a way to export orders with their comments?",
])
def test_the_same_verbs_about_the_product_still_ask(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Подтвердите, пожалуйста, что наше письмо с реквизитами дошло.",
    "Могу я позвонить вам завтра утром?",
    "Вы получили мой вчерашний запрос с доступами к админке?",
    "Please confirm you got the new admin credentials we sent.",
    "На какой стадии наше обращение?",
])
def test_a_letter_s_arrival_a_call_tomorrow_and_the_stage_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Могу я настроить доставку завтрашним днём для части товаров?",
    "Как добавить стадию «Собран» в статусы заказа?",
])
def test_the_same_words_about_the_product_still_ask_here_too(body: str) -> None:
    assert "no_question" not in codes(body)
