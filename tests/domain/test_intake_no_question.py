"""No question (SPEC 2.8.2): a message that asks nothing support can answer is flagged: a question
after the desk's own doing or where the request stands, a question only announced, data alone, a
rant against the service or a demand; a question, a request or a fault report beside the same
words still asks (intake/answerability.py, asking_shapes.py, asking_patterns.py). Thanks,
notices and small talk are in test_intake_no_question_courtesy.py; a message in a request's
thread, in test_intake_follow_up.py.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake
from tests.domain.intake_cases import codes

# The tests call one helper by the two names they were written with.
_codes = codes


def _no_question(text: str) -> bool:
    return any(flag.code == "no_question" for flag in check_intake("", text).flags)


# -- what the desk did, where the request stands, the staff themselves -----------------------------


@pytest.mark.parametrize("body", [
    "Получили наше позавчерашнее сообщение?",
    "Вы получили файлы, которые мы отправили в пятницу?",
    "Подтвердите, что сообщение дошло.",
    "Just checking whether you got the logs I sent?",
])
def test_asking_whether_the_desk_received_what_was_sent_asks_nothing(body) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    # the product's own mail and data, and a confirmation of something in it, are asked about
    "Покупатели не получили письмо о заказе, которое магазин отправил в пятницу.",
    "Подтвердите, пожалуйста, что письмо о заказе уходит покупателю с копией менеджеру: где это настроить?",
    "Did the shop confirm the order e-mail? It never got to the customer.",
])
def test_the_product_s_mail_is_still_asked_about(body) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", ["Когда приблизительно ждать ответа?", "Ориентировочно когда ответите по заявке?"])
def test_asking_roughly_when_the_desk_answers_asks_nothing(body) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    "Дошло ли до вас наше сообщение от пятницы?",
    "Вы там работаете вообще?",
    "Как продвигается работа по нашему вопросу?",
    "Did you receive my email from yesterday?",
    # whether the request was handed on, and to whom
    "Скажите, обращение уже передали специалистам?",
    "Has my ticket been passed to the developers yet?",
])
def test_asking_after_the_desk_s_own_doing_asks_nothing(body) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    "Почему сообщения с формы обратной связи не доходят до менеджера?",
    "Как получить ключ для модуля доставки?",
    "Почему письма о новых заказах уходят в спам?",
])
def test_the_product_s_own_mail_and_doing_still_ask(body) -> None:
    assert codes(body) == []


@pytest.mark.parametrize("body", [
    "Тестовое сообщение, не отвечайте.",
    "Не отвечайте на это письмо, просто проверяем почту.",
    "test message, please ignore",
    "Тест, не обращайте внимания.",
])
def test_a_message_sent_to_be_ignored_asks_nothing(body) -> None:
    """Round 29: "не отвечайте" read as a fault (не + a verb) beside a subject (сообщение)."""
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    "Не отвечайте клиенту автоматически — как отключить автоответ?",
    "Письма клиентам не уходят, как быть?",
])
def test_a_fault_or_question_beside_the_same_words_still_asks(body) -> None:
    assert codes(body) == []


def test_the_desk_not_answering_is_a_complaint_not_a_fault() -> None:
    assert codes("Пишу вам с понедельника, а вы не отвечаете и не читаете.") == ["no_question"]
    # the staff unable to fix a thing still reports that thing
    assert codes("Неделю не можете починить выгрузку заказов в 1С.") == []


@pytest.mark.parametrize("text", [
    # a question announced with what it is about left unsaid
    "Добрый вечер. Хотим кое-что спросить по оплате, можно?",
    "Можно я вам задам несколько вопросов по каталогу?",
    # the whole site down, or trouble and a call for help, and nothing more said
    "Магазин не работает.",
    "Беда с оплатой. Выручайте.",
    "Our store is down. Help!",
    # a question to the staff about nothing of the product
    "А вы в субботу дежурите?",
    # a letter sent again, and whether the staff have looked
    "Повторяю письмо, вдруг потерялось.",
    "Ну что, удалось глянуть?",
    # data only: credentials written without a colon, a file attached
    "логин support_7\nпароль Qw-81zz",
    "Скриншот страницы во вложении.",
])
def test_messages_that_ask_nothing_support_can_answer(text: str) -> None:
    assert _no_question(text)


@pytest.mark.parametrize("text", [
    # a version is what the question is about
    "Как перейти на 7.2.1?",
    # a question word before an infinitive, not at the head
    "логотип в шапке сайта как заменить",
    # the part that fails named: a report
    "Не работает корзина.",
    # a request put to the staff with a modal
    "Вы можете перенести лицензию на новый домен?",
])
def test_short_questions_and_reports_still_ask(text: str) -> None:
    assert not _no_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Дошло наше письмо с логами?",
        "Вы получили моё сообщение с фотографиями?",
        "Прошу не закрывать заявку, вопрос актуален.",
    ],
)
def test_asking_after_the_letter_or_the_request_asks_nothing(text: str) -> None:
    assert "no_question" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Как закрыть раздел от индексации поисковиками?",
        "Наше письмо с вложениями покупателю не дошло: как посмотреть журнал почты?",
        "Актуальна ли инструкция по обмену с 1С для версии 7?",
    ],
)
def test_questions_about_the_product_still_ask(text: str) -> None:
    assert "no_question" not in _codes(text)


def test_a_question_about_the_staff_led_by_tell_me_asks_nothing() -> None:
    assert "no_question" in _codes("Скажите, а у вас там вообще люди работают или роботы?")


@pytest.mark.parametrize(
    "text",
    [
        "Скажите, как в системе добавить второй склад?",
        "Подскажите, вы можете перенести нам сайт на новый хостинг?",
        "Скажите, а вы сами-то пользуетесь своей системой?",
    ],
)
def test_questions_led_by_tell_me_keep_their_outcome(text: str) -> None:
    assert "no_question" not in _codes(text)


def test_nobody_answering_speaks_of_the_desk() -> None:
    assert "no_question" in check_intake("", "Третий день жду ответа по заявке про доставку, никто не отвечает.").codes


@pytest.mark.parametrize(
    "text",
    [
        "Третий день жду ответа по заявке про доставку, никто не может оплатить заказ.",
        "Письма покупателям не уходят, никто не получает уведомлений.",
    ],
)
def test_nobody_able_to_use_the_product_is_a_fault(text: str) -> None:
    assert "no_question" not in check_intake("", text).codes


# -- a question announced, and leave asked to put it -----------------------------------------------


@pytest.mark.parametrize("body", [
    "Разрешите к вам обратиться с вопросом насчёт продления?",
    "Можно вам задать вопрос по выгрузке?",
    # the question named with no verb, and its topic hedged
    "А можно вопросик не совсем по складу?",
    "Можно вопрос не очень про магазин?",
    # the topic tied on with a participle, and when to ask it
    "Хотели бы проконсультироваться по нескольким моментам, связанным с доставкой. Когда вам удобно?",
    "We'd like to ask about the Corporate edition when you are free.",
])
def test_a_question_only_announced_asks_nothing(body) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    # a question named, then only leave to ask it
    "Здравствуйте. Вопрос по доставке. Можно задать?",
    "Есть вопрос насчёт лицензии. Можно?",
    "Hello. A question about invoices. May I ask?",
])
def test_a_question_announced_then_leave_asked_is_no_question(body: str) -> None:
    assert "no_question" in _codes(body)


@pytest.mark.parametrize("body", [
    # leave to do something with the product is a question
    "Вопрос по доставке. Можно выбрать два пункта выдачи в одном заказе?",
    "Вопрос по оплате: можно ли платить картой при получении?",
    "Где поменять валюту магазина? Можно?",
    "Можно вопрос не совсем по складу: как списать брак?",
    "Хотели бы уточнить по доставке, связанной с ПВЗ: как поменять тариф?",
])
def test_a_question_after_its_announcement_is_answered(body: str) -> None:
    assert "no_question" not in _codes(body)


# -- data, pasted logs and quoted lines ------------------------------------------------------------


def test_a_quoted_line_of_the_desk_s_letter_is_not_the_customer_s_question() -> None:
    assert codes("> Пришлите, пожалуйста, адрес сайта.\n\nexample.org") == ["no_question"]
    assert codes("> Пришлите адрес сайта.\n\nПочему после обновления не открывается корзина?") == []


def test_a_pasted_log_alone_asks_nothing() -> None:
    log = (
        "[2025-01-09 11:02:45] app.CRITICAL: Class not found in /var/www/site/modules/cart.php:77\n"
        "#0 /var/www/site/index.php(12): Cart_Controller->run()\n"
        "#1 {main}"
    )
    assert codes(log) == ["no_question"]
    assert codes(log + "\n\nЧто это значит и как исправить?") == []


@pytest.mark.parametrize("text", [
    "[2025-04-01 02:11:09] PHP Warning: Undefined index: weight in /srv/shop/modules/cdek/calc.php on line 77",
    "SQLSTATE[42S02]: Base table or view not found\n#0 /srv/shop/modules/core/db.php(120)\n#1 /srv/shop/index.php(9)",
    "Что пишет сайт:\nFatal error: Uncaught Error: Class \"Cdek_Api\" not found in /srv/shop/cdek.php:15\nСтраница: https://shop.example/cart/",
])
def test_a_log_line_an_error_with_its_frames_or_its_page_ask_nothing(text: str) -> None:
    assert codes(text) == ["no_question"]


@pytest.mark.parametrize("record", [
    "Счёт 7731, клиент Петров, сумма 2 100 руб., статус «Не отгружен».",
    "Номер счёта: 7731\nСтатус в CRM: не выставлен\nСтатус в магазине: отменён",
    "Order 7731, total 21.00 EUR, status: not shipped.",
])
def test_a_record_of_data_with_its_status_asks_nothing(record: str) -> None:
    assert codes(record) == ["no_question"]


@pytest.mark.parametrize("report", [
    "Заказ оплачен, а статус «Не оплачен».",
    "Payment went through but status: not paid",
    "Счёт 7731 выставлен, статус «Ошибка отправки».",
])
def test_a_status_set_against_what_should_be_still_reports_a_fault(report: str) -> None:
    assert "no_question" not in codes(report)


@pytest.mark.parametrize("lead_in", ["Лог ночной синхронизации:", "Here is what the server wrote:", "Сообщение в админке:"])
@pytest.mark.parametrize("pasted", [
    "PHP Warning:  Undefined array key \"price\" in /srv/shop/modules/catalog/item.php on line 88",
    "«Платёж отклонён банком-эмитентом. Код ответа: 05»",
    "[2025-03-02 04:10:11] sync: 0 of 120 items\n[2025-03-02 04:10:12] sync: ERROR connection reset",
])
def test_errors_pasted_under_a_lead_in_ask_nothing(lead_in: str, pasted: str) -> None:
    assert codes(f"{lead_in}\n{pasted}") == ["no_question"]
    # the writer's own words beside them ask or report
    assert codes(f"{lead_in}\n{pasted}\nКак это исправить?") == []
    assert codes(f"После обновления корзина не оформляет заказ. {lead_in}\n{pasted}") == []


@pytest.mark.parametrize(
    "text",
    [
        # grateful if you ...: a request put politely
        "Добрый день. Будем благодарны, если вы настроите нам выгрузку каталога в YML, доступы во вложении.",
        # a fault report about the product's calendar module, with no question mark
        "Мероприятие в модуле календаря выводится со сдвигом на сутки назад от указанной даты.",
        # the question named as asked before, in an abusive message
        "Вы там совсем тупые. Я спрашивал про доставку в корзине, а вы мне про оплату.",
        "Ну и помощнички. Повторяю вопрос про выгрузку заказов в 1С.",
    ],
)
def test_requests_and_questions_the_rules_did_not_read(text: str) -> None:
    assert "no_question" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # a question only announced stays no question
        "Здравствуйте, у меня вопрос про доставку в корзине.",
        # thanks for help, with no request
        "Будем благодарны за помощь.",
        # a screenshot of an error sent, nothing asked
        "Прикладываю скриншот ошибки.",
    ],
)
def test_announcements_and_data_still_ask_nothing(text: str) -> None:
    assert "no_question" in _codes(text)


# -- rants, abuse and demands ----------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Верните деньги за лицензию.",
    "Требую: верните мне деньги за продление. Больше писать не буду.",
    "I want a refund for the renewal.",
    "Верните второй платёж за продление.",
    "Верните разницу за редакцию, вы обещали скидку.",
    "Refund our licence, it never worked.",
    # the refund itself wanted or awaited
    "Ждём возврата средств за второй год.",
    "Хочу полного возврата, раз ничего не работает.",
])
def test_a_demand_for_money_back_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    # a question about a refund is a question
    "Как вернуть деньги покупателю за отменённый заказ?",
    "Можно ли вернуть деньги за лицензию, если она не подошла?",
    # the shop's own payments are the product's
    "Как в админке вернуть покупателю оплату за отменённый заказ?",
    "Хочу возврат товара оформить частично, где это в заказе?",
])
def test_a_question_about_money_back_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    # an abusive message that only judges the desk's service asks nothing
    "Дерьмо, а не техподдержка.",
    "Уроды, хуже службы поддержки в жизни не встречал.",
    "You morons, worst support service ever.",
    "Сволочи, деньги за продление взяли, и тишина.",
    # a status ping by the request's number
    "Заявка №5531: есть движение?",
])
def test_rants_against_the_service_and_status_pings_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    # abuse beside a fault of the product, a request or a question still asks
    "Дебилы, после обновления не уходят письма с сайта.",
    "Идиоты, пришлите ссылку на документацию по обмену с 1С.",
    "Идиоты, почему в документации нет раздела про скидки?",
    "Your support is useless. The CSV import is not adding product images.",
])
def test_abuse_beside_a_real_question_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


def test_a_past_form_joined_to_a_past_verb_asks_nothing() -> None:
    """пропали after "забрали ... и" is the past of пропасть, not the imperative of пропалить."""
    assert "no_question" in check_intake("", "Хамы вы: забрали деньги за продление и пропали.").codes


def test_an_imperative_joined_to_an_imperative_still_asks() -> None:
    # (of the product: abuse asking only for money back asks nothing, test_intake_no_question_dealings)
    assert "no_question" not in check_intake("", "Хамы вы: почините выгрузку в 1С и пропадите.").codes


# -- an English question told indirectly -----------------------------------------------------------


def test_an_indirect_english_question_asks() -> None:
    assert "no_question" not in _codes("Three days now and no one could explain why the invoice shows VAT twice.")
    assert "no_question" not in _codes("Can somebody tell me which PHP extensions the 7.2 release requires.")


def test_a_bare_greeting_still_asks_nothing() -> None:
    assert "no_question" in _codes("Hello, just saying hi to the team.")


@pytest.mark.parametrize("body", [
    "Благодарим за консультацию по выгрузке, всё передадим бухгалтеру.",
    "Спасибо за консультацию, передам директору.",
    "Это проверка формы, отвечать на неё не нужно.",
])
def test_a_need_negated_or_a_consultation_thanked_for_asks_nothing(body: str) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    "Нужна консультация по обмену с 1С.",
    "Перезванивать не нужно, нужно исправить выгрузку заказов.",
    "Не надо мне ссылок на документацию, помогите настроить обмен с 1С.",
])
def test_a_need_asked_for_beside_one_negated_still_asks(body: str) -> None:
    assert codes(body) == []


@pytest.mark.parametrize("body", [
    "Просьба подключить на сайте оплату через СБП.",
    "Добрый день. Просьба перенести модуль отзывов в правую колонку.",
    "Фильтр по брендам вчера пропал из каталога. Верните его, пожалуйста.",
    "После обновления исчезла валюта тенге. Добавьте её снова.",
    "Выгрузку в Авито, которую вы нам делали, удалил наш программист. Верните её, пожалуйста, как было.",
])
def test_a_request_as_a_noun_or_an_imperative_about_the_sentence_before_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", ["Пересылаю письмо клиента. Разберитесь.", "Сервис так себе. Так и запишите."])
def test_an_imperative_that_takes_up_nothing_before_it_still_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    # the request handed up or over, and whom to complain to
    "Переведите, пожалуйста, моё обращение старшему специалисту.",
    "Прошу передать эту заявку руководителю отдела.",
    "Дайте мне телефон вашего директора.",
    "Кому тут можно пожаловаться на качество ответов?",
    "Please escalate my ticket to your supervisor.",
    # data handed over, and the wrong address owned up to
    "Передаю логин временного пользователя отдельным письмом, как договаривались.",
    "Простите, если пишу не по адресу.",
    # leave asked for questions with a word between the verb and them
    "Можно задать вам несколько вопросов по рассылкам?",
])
def test_asking_only_about_the_request_s_handling_asks_nothing(body) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Передайте заявку разработчикам: после обновления корзина пустая, как это исправить?",
    "Дайте номер телефона поддержки ЮKassa, куда звонить по возвратам платежей покупателей?",
    "Is anyone looking at why the export drops half the orders?",
])
def test_a_question_beside_the_request_s_handling_still_asks(body) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "What a shambles. Nine days without a word.",
    "Соедините меня с руководителем отдела.",
    "Заявку 4410 закройте, сами разобрались.",
    "Переоткройте её обратно.",
    "Деньги верните за второй год.",
    "Ждём компенсацию за простой.",
    "Give me your supervisor's phone number.",
])
def test_exclaiming_and_asking_about_the_request_s_handling_ask_nothing(body) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "What a customer sees in the cart differs from the admin. Why?",
    "Как закрыть заявку покупателя в модуле «Обратная связь»?",
])
def test_what_a_question_asks_and_the_product_s_own_requests_still_ask(body) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    # round 35: another person asked for, by any verb, and the request escalated
    "Переведите нас на старшего специалиста.",
    "Свяжите меня с программистами.",
    "Прошу сменить специалиста по нашей заявке.",
    "Смените сотрудника, пожалуйста.",
    "Требую другого сотрудника.",
    "Позовите начальство.",
    "Get us somebody else.",
    "We need a call from your supervisor today.",
    "Escalate my ticket please.",
])
def test_round_35_another_person_or_the_request_escalated_asks_nothing(body) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Как перевести заказ на другого менеджера в центре администрирования?",
    "Как сменить специалиста, ответственного за раздел, в правах доступа?",
    "How do I escalate a customer's ticket to a second-line group in the helpdesk module?",
])
def test_round_35_the_same_words_about_the_product_still_ask(body) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Олухи из поддержки, где ответ на мой тикет?",
    "Ленивые бездельники, когда вы уже ответите по заявке 7712?",
])
def test_round_35_a_status_question_with_an_insult_or_the_desk_named_asks_nothing(body) -> None:
    assert "no_question" in codes(body)


def test_the_support_period_asked_stays_a_question() -> None:
    assert "no_question" not in codes("До какого числа у нас действует поддержка?")


@pytest.mark.parametrize("body", [
    # round 35: how and when to reach the desk, who is there, and whom to write to from now on
    "Добрый день, к вам можно звонить или только через почту?",
    "Заявки у вас принимаются по выходным?",
    "Во сколько лучше звонить, чтобы застать специалиста?",
    "Is anybody working on my ticket?",
    "Hello, is anyone there?",
    "Извините, с кем я сейчас переписываюсь?",
    "Я правильно попала на поддержку HostCMS?",
    "Я новый директор магазина, прошу теперь все письма по лицензии слать мне.",
    "Уведомляем: теперь заявки буду писать я, Ольга, вместо Петра.",
    "Информируем: в субботу с 02:00 до 04:00 сайт будет на обслуживании у хостера.",
])
def test_round_35_reaching_the_desk_and_a_new_contact_ask_nothing(body) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Можно ли настроить, чтобы заявки с формы на сайте принимались только в рабочее время?",
    "Is anyone able to explain why the export skips inactive products?",
    "Как настроить, чтобы уведомления о заказах приходили мне на почту?",
])
def test_round_35_the_same_words_about_the_product_still_ask_too(body) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    # round 35: a look asked at the whole site, or at something strange, says no more than help
    "Гляньте, пожалуйста, магазин.",
    "С сайтом что-то не то, проверьте.",
    "We need help with the website.",
    "Здравствуйте. Ответ получил, пока не проверял, потом отпишусь.",
])
def test_round_35_a_look_asked_at_the_whole_site_asks_nothing(body) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Проверьте, пожалуйста, почему с сайта не уходят письма о заказах.",
    "Посмотрите, пожалуйста, ошибку 500 в корзине: она появляется при выборе доставки.",
    "We need help with the shipping rates for Germany.",
])
def test_round_35_a_look_asked_at_a_named_fault_still_asks(body) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    # round 35: a record's fields listed, and attachments listed
    "Номер заказа 7720, покупатель Смирнов К., сумма 5 400 руб., оплата через ЮKassa, статус «Новый».",
    "Заказ 5531, покупатель Петрова А., сумма 2 150 руб., доставка СДЭК, статус «Оплачен».",
    "Файлы: скриншот 1 — корзина, скриншот 2 — карточка товара, скриншот 3 — письмо.",
])
def test_round_35_a_record_s_fields_listed_ask_nothing(body) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    "Заказ 5531, сумма 2 150 руб., статус не меняется после оплаты.",
    "Корзина, оформление, оплата — всё перестало работать после обновления.",
    "Заказ 5531, покупатель Петрова А., сумма 2 150 руб. Почему статус «Новый», если оплата прошла?",
])
def test_round_35_a_fault_among_the_fields_or_a_question_after_them_still_asks(body) -> None:
    assert "no_question" not in codes(body)
