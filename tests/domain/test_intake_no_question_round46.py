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


@pytest.mark.parametrize("body", [
    "Вы там все ебанутые? Пересчитайте счёт на продление и пришлите новый.",
    "Какой мудак закрыл мою заявку без ответа? Откройте её заново и передайте старшему.",
    "Вы там все охуели? Поддержку продлили, а в кабинете старый срок. Разберитесь.",
])
def test_abuse_that_taunts_and_demands_only_the_desks_dealings_asks_nothing(body: str) -> None:
    assert set(codes(body)) == {"obscene", "no_question"}


@pytest.mark.parametrize("body", [
    "Вы там все охуели? Скидка считается дважды, исправьте.",
    "Какой мудак придумал эту форму? Как убрать поле «Отчество»?",
])
def test_abuse_beside_a_fault_of_the_product_or_a_question_about_it_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Пусть мне ответит кто-нибудь толковый, а не этот бот.",
    "Есть сегодня кто-нибудь в поддержке?",
    "Добрый день. Кто-то из специалистов может сейчас со мной переписываться?",
])
def test_whoever_of_the_desk_wished_for_or_asked_after_is_no_question(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Пусть кто-нибудь подскажет, почему не уходят письма с сайта.",
    "Кто-нибудь знает, как включить капчу в форме обратной связи?",
    "Кто-то у нас удалил раздел «Новости». Откуда его восстановить?",
])
def test_whoever_asked_a_question_about_the_product_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Добрый день. Когда будет готово исправление по заявке 4410?",
    "Отпишитесь, пожалуйста, когда выпустите исправление.",
    "Добрый день. Наше обращение пока рассматривается или уже отклонено?",
    "Со вчерашнего дня сдвинулось что-нибудь?",
    "В какую очередь попала наша заявка?",
])
def test_when_the_promised_fix_comes_or_how_the_request_moves_asks_after_the_request(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "После возврата платежа статус заказа не меняется. Есть ли исправление?",
    "Как сделать исправление цены в уже оформленном заказе?",
    "Почему новые товары не попадают в выгрузку для Яндекс.Маркета?",
])
def test_a_fix_asked_for_or_a_word_of_the_product_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Hi. Is this the right inbox for billing questions?",
    "Скажите, можно ли вам писать через личный кабинет по вопросам обмена, или только на почту?",
    "Правильно ли я понимаю, что присылать заявки нужно на этот адрес?",
    "Есть вопрос про перенос лицензии на другой домен. Это к вам или к менеджерам?",
    "Можно я уточню про модуль опросов, или это вообще не к вам?",
    "Хотим уточнить кое-что по складам, но сначала хочу убедиться, что пишем по адресу.",
    "Добрый день. Хочу спросить про выгрузку, но сначала уточню: вы по воскресеньям отвечаете?",
    "Hello from the Tartu office. Is now a good time to call?",
    "Вопрос сложный, долго расписывать. Давайте лучше созвонимся?",
    "Можно мы позвоним в понедельник и зададим вопросы по интеграции?",
])
def test_how_or_when_to_put_a_question_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Это к вам вопрос: почему в корзине не пересчитывается доставка?",
    "Is this the right place to change the order statuses? The list under Shop has only three.",
    "Сначала уточню: после обновления до 7.0.5 перестал работать поиск. Как его вернуть?",
])
def test_a_question_of_the_product_after_such_words_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Здравствуйте, сайт ruchki-kirov.ru опять лежит.",
    "Good afternoon. The shop is down again. Licence 77120.",
])
def test_a_fault_of_the_whole_site_named_by_its_host_or_said_again_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Проблема с сайтом mebel-tula.ru: после обновления до 7.0.5 пустая корзина.",
    "Письма с сайта mebel-tula.ru не доходят до покупателей.",
    "Сайт опять не открывается, ошибка 502.",
])
def test_a_fault_told_with_its_part_or_detail_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "HTTP/1.1 500 Internal Server Error\nServer: nginx/1.26.0\nContent-Type: text/html; charset=UTF-8\nX-Powered-By: PHP/8.3.2",
    "POST /shop/order/ HTTP/1.1 500\nPHP Fatal error: Uncaught Error: Call to a member function getId() on null",
    "Вход для проверки:\nадрес — https://lipki-shop.ru/admin/\nлогин — check_tmp\nпароль — Qr7!mm2Xz\nУчётку удалим после решения.",
    "Temporary admin user, as asked:\nlogin: desk_tmp_1\npassword: Lp4#vv9Kq\nIt will be removed as soon as the fix is in.",
])
def test_a_response_head_or_temporary_access_pasted_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "HTTP/1.1 500 Internal Server Error\nServer: nginx\nПочему сайт отдаёт эту ошибку после обновления?",
    "Данные для входа:\nлогин: tmp_check\nпароль: Kw8!rz2Lq\nПосмотрите, почему в корзине не считается доставка.",
])
def test_pasted_data_with_a_question_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Good morning, who can we write to about a copy of last year's invoices?",
    "Hello, is anybody actually reading these tickets of mine?",
    "Можно ли у вас поинтересоваться кое-чем по поводу доставки?",
])
def test_whom_to_ask_about_a_topic_and_leave_to_ask_about_something_unsaid_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Не приходят письма — Gmail, Outlook.",
    "Пароль — не подходит, хотя я его только что сменил.",
    "GET /cart 404 after your update, customers cannot pay",
    "HTTP/1.1 502 Bad Gateway\nС утра: сайт не открывается, клиенты не могут оплатить",
    "Кто-нибудь может разблокировать мой аккаунт?",
    "Кто-то заходил в мой аккаунт?",
    "Получаю ваши письма каждый день. Как отписаться?",
    "Проблема с сайтом, ошибка в bundle.js",
    "Who do I contact about the 500 error on checkout?",
    "Можно вам писать, если сайт не принимает оплату, или только звонить?",
])
def test_a_fault_or_a_request_in_the_new_shapes_words_still_asks(body: str) -> None:
    """The review's cases: a dash before prose is no label, an HTTP line with a sentence after it
    is no pasted head, whoever asked to unlock an account or who logged in is asked a question,
    a file name is no site, an error code is what is asked about."""
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Вы там все идиоты? Сколько стоит продление лицензии на год.",
    "Вы там все идиоты? Подскажите, как скачать акт сверки за квартал.",
])
def test_abuse_beside_a_question_without_its_mark_still_asks(body: str) -> None:
    assert set(codes(body)) == {"obscene"}


@pytest.mark.parametrize("body", [
    "Здравствуйте. Сбой с выгрузкой в 1С больше не повторяется.",
    "Здравствуйте. Сообщаю: магазин снова работает, программист наладил сервер сам.",
    "Ошибка 500 в админке больше не появляется, видимо, это был хостинг.",
])
def test_news_that_the_fault_is_gone_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Сайт снова работает, но корзина пустая. Почему?",
    "Программист починил корзину сам, но теперь не работает поиск. Что делать?",
    "Всё сохраняется, кроме фото: почему они не грузятся?",
])
def test_a_fault_beside_the_good_news_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


def test_the_desk_written_to_through_a_messenger_is_a_channel_not_an_integration() -> None:
    assert codes("Скажите, можно ли вам писать в телеграм по вопросам обмена, или только на почту?") == ["no_question"]


@pytest.mark.parametrize("body", [
    "Хотим, чтобы сайт писал в телеграм о новых заказах и был обмен с 1С. Сможете подключить?",
    "Подключите нам обмен с Телеграмом, чтобы заказы приходили в бот. Сколько стоит?",
])
def test_a_messenger_hooked_to_the_site_is_still_an_integration(body: str) -> None:
    assert "out_of_scope" in codes(body)
