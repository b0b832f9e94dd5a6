"""Out of scope (SPEC 2.10), round 44: a transport company and an accounting service are outside
services to integrate with (data/scope_rules.json, the service fragment), while a question about
the product's own delivery module stays in scope.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import clauses


@pytest.mark.parametrize("body", [
    "Нужна интеграция с транспортной компанией «Энергия» — расчёт стоимости и создание заявок прямо из заказа. "
    "Возьмётесь? Сколько по срокам?",
    "Could your team integrate our store with the accounting service we use, so that paid orders land there?",
])
def test_an_outside_carrier_or_accounting_service_is_an_integration(body: str) -> None:
    assert "2.10.2" in clauses(body)


def test_the_products_own_delivery_module_stays_in_scope() -> None:
    assert clauses("Как в модуле доставки задать свою транспортную компанию с фиксированной ценой?") == []
