"""No question (SPEC 2.8.2), courtesy: thanks and praise, a question the writer settled himself,
a notice for the record, a new person introducing himself, a proposal to talk, small talk and a
message passed on ask nothing support can answer; a question or a request beside the same
formulas still asks.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake import check_intake
from tests.domain.intake_cases import codes

# The tests call one helper by the two names they were written with.
_codes = codes


# -- thanks, praise and a question the writer settled himself --------------------------------------


@pytest.mark.parametrize("body", [
    "Спасибо, Ольга, очень помогли. Передайте руководству нашу благодарность.",
    "Всё, разобрались сами, спасибо за подсказку.",
    "Never mind, we figured it out. Thanks!",
])
def test_thanks_passed_on_and_a_settled_question_ask_nothing(body: str) -> None:
    assert "no_question" in codes(body)


@pytest.mark.parametrize("body", [
    "Спасибо Ирине, очень помогла нам с настройкой скидок. Вы лучшие!",
    "Ваш Олег — профессионал, вы лучшие. Передайте начальству.",
])
def test_thanks_for_help_given_and_praise_handed_on_ask_nothing(body: str) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    # help missed, or asked for
    "Ваш специалист не помог с настройкой скидок, скидка так и не применяется.",
    "Помогите, пожалуйста, с настройкой скидок.",
    # a fault handed on to the management is a fault
    "Скидки в корзине не применяются. Передайте руководству.",
])
def test_help_missed_or_asked_and_faults_handed_on_still_ask(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize("body", [
    "Разобрались сами, причина оказалась в настройках модуля доставки. Можно закрывать.",
    "Вопрос снят. Была ошибка в выгрузке на стороне 1С.",
    "Never mind, the problem was in the payment module settings.",
    "Подтверждаем: теперь выгрузка заказов проходит без ошибок.",
])
def test_the_cause_found_beside_a_settled_question_asks_nothing(body: str) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    # a new fault after a settled one still asks
    "Разобрались сами, проблема была в настройках доставки. Но теперь не открывается корзина.",
    # the cause without its being settled is a report
    "Проблема была в настройках доставки, после их правки корзина всё равно не открывается.",
    # a question after the customer found the cause himself still asks
    "Нашли сами причину в логе: модуль доставки падает на пустом весе. Как это исправить?",
    # a report to be passed on is a report
    "Передайте, пожалуйста, разработчикам, что корзина не считает скидку.",
])
def test_what_follows_a_settled_part_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


@pytest.mark.parametrize(
    "text",
    [
        # an absence notice sends the reader elsewhere
        "Меня нет на месте до 3 мая. По всем срочным вопросам пишите Ольге, olga@example.ru.",
        "I am on leave until the 2nd. For anything urgent please call our office on 555 0101.",
        # the writer's own saying announced: thanks, praise, displeasure
        "Хотим поблагодарить Сергея, всё заработало.",
        "Хотела бы выразить благодарность за быстрый ответ.",
        "I would like to thank your team for sorting out the invoice.",
        # leave to ask, in another word order, with a topic
        "Можно нам вопрос задать про обмен с 1С?",
        # whom to write, and whether anyone reads the ticket
        "Кому написать по поводу договора?",
        "Кто-нибудь вообще читает мою заявку?",
    ],
)
def test_messages_that_ask_nothing(text: str) -> None:
    assert "no_question" in check_intake("", text).codes


@pytest.mark.parametrize(
    "text",
    [
        # a real question beside the same words
        "По срочным вопросам кому звонить, если сайт упал ночью?",
        "Хочу оставить отзыв к товару, а кнопка «Отправить» не нажимается. Что не так?",
        "Можно задать вопрос: как выгрузить заказы в Excel?",
        "Письма покупателям не уходят с почты, прочитайте лог во вложении и подскажите, в чём дело.",
    ],
)
def test_questions_beside_those_words_still_ask(text: str) -> None:
    assert "no_question" not in check_intake("", text).codes


# -- notices, introductions and proposals to talk --------------------------------------------------


@pytest.mark.parametrize("body", [
    "Добрый день, я новенькая помощница директора, буду теперь вам писать по всем делам сайта.",
    "Здравствуйте! Я теперь новенький контент-менеджер, буду с вами на связи.",
])
def test_a_new_person_introducing_himself_asks_nothing(body: str) -> None:
    assert "no_question" in codes(body)


def test_a_new_person_with_a_question_still_asks() -> None:
    assert "no_question" not in codes("Я новенький администратор. Как сменить пароль от админки?")


@pytest.mark.parametrize(
    "text",
    [
        # each names the product, which alone was once read as a report
        "Просим принять к сведению: с понедельника сайтом занимается другой отдел.",
        "Для сведения: модуль доставки на сайте теперь ведёт наш новый менеджер Ольга.",
        "Прошу принять к сведению, что за обмен с 1С у нас теперь отвечает Сидоров.",
        "Коллектив магазина выражает благодарность инженеру за быструю настройку обмена с 1С.",
        "Хотел бы обсудить с вами тарифы на лицензии для нашей сети магазинов.",
        "Хотели бы обсудить с вами пару моментов по лицензиям клиентов.",
        "Панель хостинга: логин owner, пароль передам по телефону.",
        # round 29: a formal notice, a notice said to be only that, a call asked for
        "Уведомляем, что с 1 декабря за сайт отвечает новый администратор Петров.",
        "Уведомление: с 1 декабря у нас новые банковские реквизиты, счёт прежний закрыт.",
        "Just letting you know we renewed the license.",
        "Когда будет минутка, свяжитесь, пожалуйста, со мной.",
        "Please call me back this afternoon, Riga time.",
        # small talk in other words
        "Как у вас там дела? Много работы?",
        "Поддержка, приём. Как слышно?",
        # our contacts changed: for the desk's records
        "Мы поменяли почту, присылайте всё на новый ящик office@shop.example.",
        "Our new email is info@shop.example, please use it from now on.",
    ],
)
def test_messages_that_only_notify_thank_or_propose(text: str) -> None:
    assert _codes(text) == ["no_question"]


@pytest.mark.parametrize(
    "text",
    [
        # the notice beside a question
        "Для сведения: версия 7.2. Почему не работает фильтр по цене?",
        # a question marked, whatever formula opens it
        "Прошу принять к сведению и ответить: где включается капча?",
        # thanks and a real request
        "Выражаем благодарность за помощь. Подскажите ещё, как выгрузить заказы в Excel?",
        # a discussion of a concrete thing asked with a question mark
        "Можно обсудить, почему не приходят письма о заказах?",
        # the password sent along with a fault report
        "Пароль пришлю отдельно. Корзина не пересчитывает доставку после смены адреса.",
        # round 29: a fault in a formal notice, a call asked for about the product
        "Уведомляем: после обновления перестала работать оплата, заказы не проходят.",
        "Перезвоните, у нас не работает оплата картой.",
        "Свяжитесь со мной, пожалуйста: не могу настроить выгрузку в 1С.",
        "Just letting you know the invoice module is broken since the update.",
        "Как сделать, чтобы покупатель мог заказать обратный звонок?",
        "Много работы по переносу товаров — можно ли сделать это массово?",
        "Just checking: does the update fix the coupon bug?",
        "Мы сменили адрес сайта, и теперь не работает оплата.",
        "Мы сменили email администратора. Как теперь восстановить пароль?",
        "Пишите уведомления о заказах на новый адрес — где это настраивается?",
    ],
)
def test_questions_beside_those_formulas_still_ask(text: str) -> None:
    assert "no_question" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день. У нас к вам пара вопросов по лицензиям, можно?",
        "Есть вопрос по доставке, с кем лучше поговорить?",
        "Хотим поделиться: магазин на новой версии открывается вдвое быстрее. Спасибо!",
        "Передайте, пожалуйста, Ирине нашу благодарность.",
    ],
)
def test_more_messages_that_ask_nothing(text: str) -> None:
    assert "no_question" in check_intake("", text).codes


@pytest.mark.parametrize(
    "text",
    [
        "У меня к вам вопрос: как выгрузить заказы в Excel?",
        "С кем поговорить по поводу интеграции — и как вообще подключить СДЭК в модуле доставки?",
    ],
)
def test_a_question_after_the_announcement_still_asks(text: str) -> None:
    assert "no_question" not in check_intake("", text).codes


@pytest.mark.parametrize("text", ["Алло, поддержка? Вы на месте?", "Hello, support? Is anybody there?"])
def test_calling_the_desk_by_its_name_asks_nothing(text: str) -> None:
    assert "no_question" in check_intake("", text).codes


@pytest.mark.parametrize("text", [
    "Сколько стоит продление поддержки на год?",
    "Support, why does the cart drop the coupon at checkout?",
])
def test_a_question_beside_the_desk_s_name_still_asks(text: str) -> None:
    assert "no_question" not in check_intake("", text).codes


# -- a problem left for a later message --------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Здравствуйте. Есть проблема с выгрузкой товаров, подробности пришлю вечером, сейчас не могу.",
    "Опишу ошибку в корзине отдельным сообщением, пока нет времени.",
    "There is a problem with the payment module, I'll describe it in my next email.",
])
def test_a_problem_left_for_a_later_message_asks_nothing_yet(body: str) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    # a fault told now is told, whatever is promised later
    "Корзина не оформляет заказы, подробности пришлю вечером.",
    # a question now is asked
    "Как выгрузить товары в YML? Подробности о каталоге пришлю потом.",
])
def test_what_is_told_now_beside_a_later_message_still_asks(body: str) -> None:
    assert "no_question" not in codes(body)


# -- small talk, messages passed on, the staff's phone ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Передайте вашему менеджеру, что он нам надоел.",
        "Можно с вами созвониться?",
        "Как узнать, на каком этапе моя заявка про импорт и когда её возьмут в работу?",
        "Пересылаю вам письмо от банка, гляньте, пожалуйста.",
    ],
)
def test_messages_that_ask_nothing_support_can_answer(text: str) -> None:
    assert "no_question" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Передайте программисту, что корзина не пересчитывает доставку после обновления.",
        "Как поменять телефон в шапке сайта?",
        "Пересылаю письмо от банка, посмотрите, почему не проходят платежи.",
        "Можно с вами связаться, чтобы настроить обмен с 1С?",
    ],
)
def test_questions_and_reports_still_ask(text: str) -> None:
    assert "no_question" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Проблема с выгрузкой на сайте. Срочно!",
        "Добрый вечер. Снова пишу я, Ольга из пекарни. Как поживаете?",
        "Простите, прошлое сообщение отправилось само, не обращайте внимания.",
        "Как продвигаются дела с моей заявкой?",
        "Мне ответили «почистите кэш браузера» — и всё.",
        # the whole site not opening or slow says no more than "сайт не работает"
        "Магазин опять не открывается!",
        "Здравствуйте. Сайт опять тормозит.",
    ],
)
def test_small_talk_notices_and_vague_faults_ask_nothing(text: str) -> None:
    assert "no_question" in check_intake("", text).codes


@pytest.mark.parametrize(
    "text",
    [
        "Хотелось бы, чтобы вы помогли настроить доставку.",
        "Не работает оплата на сайте, ошибка 500 при переходе в банк.",
        "Личный кабинет не открывается.",
        "Сайт тормозит только на странице корзины, каталог грузится быстро.",
        "Подскажите, как сделать фильтр по цвету? Как ваши дела, кстати?",
        "Напишите «да» в поле подтверждения и сохраните форму?",
        "Подскажите по выгрузке товаров с меткой «Сохраняй» — так называется наша серия.",
    ],
)
def test_questions_requests_and_reports_still_ask(text: str) -> None:
    assert "no_question" not in check_intake("", text).codes


@given(st.sampled_from(["волнуйтесь", "отвечайте", "обращайте внимания", "беспокойтесь"]))
def test_a_negated_imperative_alone_asks_nothing(rest: str) -> None:
    assert "no_question" in check_intake("", f"Письмо выше ушло само, не {rest}.").codes


# -- a person asked for rather than a question -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Кто у вас отвечает за интеграцию с маркетплейсами?",
    "Добрый день. Кто у вас по лицензиям?",
    "Переключите, пожалуйста, на старшего специалиста.",
    "Позовите кого-нибудь из второй линии.",
    "Could I talk to a manager?",
    "Who deals with invoices at your end?",
    "Дайте толкового специалиста.",
    "А кто у вас занимается вопросами по доставке?",
    "Адекватного сотрудника позовите.",
])
def test_a_person_asked_for_asks_nothing(text: str) -> None:
    assert "no_question" in _codes(text)


@pytest.mark.parametrize("text", [
    "Кто по умолчанию видит новые заказы в админке?",
    "Кто у вас отвечает за интеграцию? Обмен с 1С падает с ошибкой 500 после обновления.",
    "Who handles the payment callback in the module code?",
    "Можно ли подключить второй склад к магазину?",
])
def test_who_in_the_product_or_a_fault_beside_the_person_still_asks(text: str) -> None:
    assert "no_question" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Ваш менеджер Игорь — болван, так ему и передайте.",
    "Vash menedzher Igor — bolvan, tak i peredajte.",
    "Ваша Марина молодец, так и передайте руководству!",
])
def test_words_handed_on_with_so_tell_him_ask_nothing(text: str) -> None:
    assert "no_question" in _codes(text)


def test_a_fault_told_to_be_handed_on_still_reports() -> None:
    assert "no_question" not in _codes("Так и передайте разработчикам: после обновления корзина пустая.")


@pytest.mark.parametrize("text", [
    "Добрый день, я новая администраторка магазина вместо Ирины, прошу учесть.",
    "Здравствуйте. Я теперь новый ответственный за сайт, все вопросы буду задавать я. Прошу учесть.",
])
def test_a_new_person_asking_to_be_noted_asks_nothing(text: str) -> None:
    assert "no_question" in _codes(text)


@pytest.mark.parametrize("text", [
    "После обновления не работает корзина, прошу учесть.",
    "Прошу учесть скидку при расчёте продления.",
])
def test_what_is_to_be_noted_is_read_as_it_stands(text: str) -> None:
    assert "no_question" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Hey there, how's it going?",
    "Как дела у вашей техподдержки?",
    "Как дела у поддержки?",
    "Много работы перед праздниками?",
])
def test_small_talk_asks_nothing_whatever_its_spelling_or_case(text: str) -> None:
    # "how's" parts into how + s like any word with an apostrophe; поддержки is the desk named
    # in another case; перед is a preposition like до and после
    assert "no_question" in _codes(text)


@pytest.mark.parametrize("text", [
    "Сколько стоит продление поддержки на год?",
    "How's the shipping module meant to pick the cheapest carrier?",
    "Что делать перед обновлением до 7.1?",
])
def test_a_question_beside_those_words_still_asks(text: str) -> None:
    assert "no_question" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Как ваши дела? Не устали от нас?",
    "Как дела у техподдержки? Не устали от нас?",
])
def test_a_question_after_small_talk_follows_up_nothing(text: str) -> None:
    assert "no_question" in _codes(text)


def test_a_product_question_after_small_talk_still_asks() -> None:
    assert "no_question" not in _codes("Как ваши дела? Как выгрузить заказы в Excel?")


@pytest.mark.parametrize("body", [
    "Добрый день! Вопрос с доставкой у нас отпал, курьер сам позвонил.",
    "Вопрос по счёту снят, бухгалтерия всё нашла.",
    "Thanks, the cache fix worked. All good now.",
    "Спасибо, ваш совет помог.",
    "Хотел просто сказать, что импорт теперь летает.",
    "We just wanted to say that the new editor is great.",
])
def test_a_question_settled_a_fix_that_worked_and_a_saying_ask_nothing(body: str) -> None:
    assert codes(body) == ["no_question"]


@pytest.mark.parametrize("body", [
    "Вопрос по доставке: почему курьер не видит адрес?",
    "The cache fix worked on staging but not in production. Why?",
    "Ваш совет не помог, письма всё ещё не уходят. Что проверить?",
    "Хотел сказать, что импорт падает на втором файле. Что делать?",
])
def test_the_same_words_beside_a_question_or_a_fault_still_ask(body: str) -> None:
    assert "no_question" not in codes(body)
