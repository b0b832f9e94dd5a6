"""The classes of misses of the fourth tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def codes(body: str) -> list[str]:
    return check_intake("", body).codes


# --------------------------------------------------------------------------- no_question

@pytest.mark.parametrize("body", [
    "Дошло ли до вас наше сообщение от пятницы?",
    "Вы там работаете вообще?",
    "Как продвигается работа по нашему вопросу?",
    "Did you receive my email from yesterday?",
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
    "Разрешите к вам обратиться с вопросом насчёт продления?",
    "Можно вам задать вопрос по выгрузке?",
])
def test_a_question_only_announced_asks_nothing(body) -> None:
    assert codes(body) == ["no_question"]


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


def test_the_desk_not_answering_is_a_complaint_not_a_fault() -> None:
    assert codes("Пишу вам с понедельника, а вы не отвечаете и не читаете.") == ["no_question"]
    # the staff unable to fix a thing still reports that thing
    assert codes("Неделю не можете починить выгрузку заказов в 1С.") == []


# --------------------------------------------------------------------------- out_of_scope

def scope_labels(body: str) -> set[str]:
    result = check_intake("", body)
    return {r.message.split()[0] for r in result.flags if r.code == "out_of_scope"}


@pytest.mark.parametrize(("body", "clause"), [
    ("Хотелось бы, чтобы вы обновили систему до последней версии на выходных.", "2.10.3"),
    ("Новая версия вышла. Может, вы сами её поставите на наш сайт? Пароль дадим.", "2.10.3"),
    ("We would be grateful if you could connect our store to HubSpot.", "2.10.2"),
    ("We have our own loyalty script in PHP. Please hook it into the cart.", "2.10.5"),
])
def test_polite_and_indirect_requests_for_excluded_work(body, clause) -> None:
    assert clause in scope_labels(body)


@pytest.mark.parametrize("body", [
    "Хотелось бы, чтобы обновление ставилось без ошибок. Почему оно падает на распаковке?",
    "Как нам самим поставить обновление через центр администрирования?",
])
def test_the_customer_s_own_update_stays_in_scope(body) -> None:
    assert "2.10.3" not in scope_labels(body)
