"""No question (SPEC 2.8.2), round 36: a purchase or a move announced as news, the request's
receipt asked or confirmed, a letter asked after by its day, and the request asked whether taken
up (intake/asking_shapes.py, asking_patterns.py, intake_cues.txt). Beside each, the same words
with a fault or a question about the product still ask.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Добрый день! Мы пекарня из Тулы, на днях приобрели у вас лицензию «Малый бизнес». Осваиваемся, спасибо.",
    "Здравствуйте. Мы наконец перешли на версию 7.1, пока всё хорошо, просто сообщаем.",
    "Подтвердите, пожалуйста, получение нашего письма с реквизитами.",
    "Вы получили моё письмо от пятницы со скриншотами?",
    "Has my last email with the logs reached you?",
    "Скажите, заявку по выгрузке уже взяли в работу?",
])
def test_news_and_the_request_s_own_progress_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Мы купили лицензию «Бизнес», а модуль складов в центре администрирования не появился. Где его включить?",
    "Перешли на версию 7.1, и после этого в корзине пропала кнопка оформления заказа.",
    "Продлили поддержку, а в кабинете по-прежнему не видно нового срока.",
    "Письмо о заказе от вторника ушло покупателю без суммы. Почему?",
])
def test_the_same_words_with_a_fault_or_a_question_still_ask(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Нам нужен живой специалист, а не отписки. Жду звонка.",
    "Let me speak to a human, not to a bot that pastes links.",
    "We want a different support agent on this.",
])
def test_a_person_asked_for_instead_of_what_came_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Нам нужен программист, который настроит обмен с 1С по новой схеме. Вы такое делаете?",
    "I need a developer who knows XSL: which template renders the product list?",
])
def test_a_person_needed_for_work_or_a_question_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Скажите, к кому у вас обращаться по поводу закрывающих документов?",
    "К кому из ваших инженеров лучше писать насчёт обмена?",
])
def test_whom_to_turn_to_at_the_desk_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


def test_whom_to_turn_to_about_a_fault_still_asks() -> None:
    assert "no_question" not in codes("К кому у вас обращаться, если после обновления не работает корзина?")


@pytest.mark.parametrize("body", [
    "Добрый день, у нас пара вопросов по доставке. С чего начать?",
    "Есть несколько вопросов по складам. Можно я их напишу завтра списком?",
])
def test_questions_announced_and_put_off_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Вопрос по импорту. С чего начать импорт товаров из CSV?",
    "У меня вопрос по складам. Как добавить второй склад?",
])
def test_a_question_named_and_then_asked_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Добрый день. Я новый менеджер магазина, имейте в виду: теперь по всем вопросам пишу я, а не Ольга.",
    "Hello, I have taken over the shop's account. Please send all answers to me from now on.",
])
def test_a_new_contact_for_the_record_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


def test_a_new_contact_with_a_question_still_asks() -> None:
    assert "no_question" not in codes("Теперь по всем вопросам пишу я. Почему не уходят письма о заказах?")


def test_a_log_stamped_with_the_time_alone_is_data_pasted() -> None:
    log = ("Лог обмена за ночь:\n[02:00:01] Обмен: начало\n[02:00:07] Ошибка: таймаут соединения с 1С\n"
           "[02:10:00] Обмен: завершён с ошибками")
    assert "no_question" in codes(log)
    assert "no_question" not in codes(log + "\nПочему обмен обрывается по таймауту?")


def test_a_request_closed_by_its_number_with_the_fault_gone_asks_nothing() -> None:
    assert "no_question" in codes("Заявку № 48120 можно закрывать: ошибка ушла сама после перезапуска хостинга.")
    assert "no_question" not in codes("Заявку 48120 можно закрывать, но теперь не уходят письма. Почему?")


def test_data_added_to_the_request_asks_nothing() -> None:
    assert "no_question" in codes("Дополняю свою заявку: лицензия 20-4417, версия 7.0.9, редакция «Бизнес».")
    assert "no_question" not in codes("Дополняю заявку: после обновления корзина не работает. Что делать?")


@pytest.mark.parametrize(("body", "asks"), [
    ("Хотел уточнить про модификации, но пока не буду, сначала почитаю документацию по модулю.", False),
    ("Собиралась спросить про скидки, но пока не буду, сперва посмотрю документацию.", False),
    ("Хотел спросить про склады, но передумал. А вот как выгрузить заказы в Excel?", True),
    ("Обновление 7.1 вышло, но пока не буду ставить. Оно совместимо с PHP 8.3?", True),
])
def test_a_question_meant_and_withdrawn_asks_nothing(body: str, asks: bool) -> None:
    assert ("no_question" not in codes(body)) is asks


@pytest.mark.parametrize("body", [
    # round 37: the request handed to a person by name, with the reason after a comma
    "Передайте, пожалуйста, заявку Марине, она в тот раз быстро разобралась.",
    # whom to address a question named before
    "Есть вопрос по оплате. Кому его лучше направить?",
    # a letter asked after by its date and by what it described
    "Вы получили моё письмо от 3-го числа с описанием проблемы?",
    # questions named, then leave asked to put them one by one
    "Я тут подумал и решил, что у меня будет к вам целых два вопроса. Можно по очереди?",
    "Накопилось несколько вопросов по сайту. Можно все сразу?",
])
def test_a_person_by_name_whom_to_ask_a_dated_letter_and_leave_to_ask_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Передайте, пожалуйста, заявку Марине: почему не уходят письма о заказах?",
    "Вы получили моё письмо от 3-го числа? Там описано, почему корзина теряет товары, как это исправить?",
    "У меня к вам будет пара вопросов. Первый: как добавить второй склад?",
])
def test_the_same_beside_a_question_about_the_product_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


def test_a_fault_s_subject_four_words_before_its_negation_still_reports() -> None:
    """Письма ... вообще не доходят: the subject stands further from "не" than two words."""
    assert "no_question" not in codes("Письма на Gmail вообще не доходят, даже в спам.")


@pytest.mark.parametrize("body", [
    # round 37: only labelled data, as a screen or a program showed it
    "Ошибка: Доступ запрещён. Модуль: Склады. Действие: Удаление ячейки. Пользователь: sklad_2",
    "Сайт: pechki-tula.ru\nВерсия: 7.1.3\nРедакция: Малый бизнес",
])
def test_only_labelled_data_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    # the writer's own account under a label, or a question among the data
    "Проблема: не уходят письма о заказах. Версия: 7.1.3.",
    "Ошибка: Доступ запрещён. Модуль: Склады. Почему так?",
])
def test_labelled_data_with_the_writer_s_account_or_a_question_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)
