"""The classes of misses of the fifth tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def codes(body: str) -> list[str]:
    return check_intake("", body).codes


def clauses(body: str) -> list[str]:
    result = check_intake("", body)
    return [r.message.split()[0] for r in result.flags if r.code == "out_of_scope"]


# --------------------------------------------------------------------------- out_of_scope

@pytest.mark.parametrize("body", [
    "Есть ли в системе штатная синхронизация с amoCRM?",
    "Умеет ли магазин из коробки подключать WhatsApp для уведомлений?",
    "Можно ли средствами системы перенести сайт на новый хостинг?",
    "Does the shop have a built-in integration with Stripe?",
])
def test_whether_the_product_does_it_itself_is_a_product_question(body) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    "Поддерживает ли наша версия PHP 8.2, или нужно обновить сайт до последнего релиза?",
    "Можно ли нам перейти с версии 6.8 сразу на 7.2, или надо обновляться по шагам?",
    "Фильтр каталога не сбрасывается. Исправить это в настройках или надо подождать ваше обновление?",
])
def test_a_whether_question_about_updating_one_s_own_site_stays_in_scope(body) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    "Можете ли вы обновить наш сайт до последней версии?",
    "Поставьте, пожалуйста, нам последнее обновление, доступ в админку дадим.",
])
def test_asking_the_staff_to_update_is_still_out_of_scope(body) -> None:
    assert clauses(body) == ["2.10.3"]


@pytest.mark.parametrize("body", [
    "Мы уже оплатили продление, а доступа нет. Верните деньги, раз так.",
    "Заказ покупателя не удаляется: жму крестик ещё раз, а он снова в списке. Что делать?",
])
def test_a_refund_or_a_fault_is_not_redoing_work(body) -> None:
    assert "out_of_scope" not in codes(body)
