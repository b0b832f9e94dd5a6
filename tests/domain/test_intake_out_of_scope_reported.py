"""Updates that are no request to install one (SPEC 2.10.3, round 38): an upgrade someone
promised is reported, not ordered, and what an update "could have" done asks about a fault.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import clauses, codes


@pytest.mark.parametrize("body", [
    "Someone on your sales team promised us a free upgrade. Is that true?",
    "Менеджер пообещал нам бесплатно обновить редакцию до «Бизнеса». Это правда?",
    "После импорта пропали цены у половины товаров. Версия 7.1.2. Что могло их удалить?",
])
def test_a_promise_reported_and_what_could_have_happened_are_in_scope(body: str) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    "Could you install the latest update on our site tonight?",
    "Можете обновить нашу систему до версии 7.1.5 сами? Доступы пришлю.",
])
def test_an_update_asked_of_the_staff_is_still_out_of_scope(body: str) -> None:
    assert "out_of_scope" in codes(body)


@pytest.mark.parametrize("body", [
    "Не возьмётесь за обновление нашей системы до 7.1? Сами боимся.",
    "Ждём от вас установки обновления до 7.1.6 на наш сервер, доступы в прошлом письме.",
    "Could your team keep our site updated as a paid service?",
])
def test_an_update_taken_on_awaited_or_kept_up_as_a_service_is_2_10_3(body: str) -> None:
    assert "out_of_scope" in codes(body)


@pytest.mark.parametrize("body", [
    "Ждём от вас обновления с исправлением ошибки в корзине. Когда оно выйдет?",
    "Ждём от вас обновления.",
    "We updated the site and the delivery service stopped showing prices. Could your team check why?",
])
def test_an_update_awaited_from_the_vendor_or_done_already_is_in_scope(body: str) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    "Опять выставили счёт не на то юрлицо. Переделайте счёт, пожалуйста.",
    "Invoice 4411 names the wrong company again. Please redo the invoice.",
])
def test_the_vendor_s_own_invoice_redone_is_no_site_work(body: str) -> None:
    assert "out_of_scope" not in codes(body)


def test_the_shop_s_invoice_template_redone_is_still_2_10_7() -> None:
    assert "out_of_scope" in codes("Вы нам уже настраивали шаблон счёта. Настройте шаблон счёта заново, он сбросился.")


@pytest.mark.parametrize(("body", "clause"), [
    ("Купили VPS. Ждём от вас переноса магазина на него до конца недели.", "2.10.1"),
    ("Вы уже настраивали нам выгрузку в Маркет, после смены тарифа она пропала. Ждём от вас повторной настройки.",
     "2.10.7"),
])
def test_work_awaited_from_the_desk_is_asked_for(body: str, clause: str) -> None:
    """Round 39: "ждём от вас ..." asks the desk for the work as a request does."""
    assert clause in clauses(body)
