"""Money survives a round trip through the store, to the kopeck."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcli.config import build
from deskcli.domain.calendar import BusinessCalendar
from deskcli.domain.money import amount_text, from_kopecks
from deskcli.store.repository import Repository
from deskcli.store.transfer import dump
from deskcli.store.workflows import Desk

prices = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prices)
def test_price_round_trip(tmp_path_factory, price: Decimal) -> None:
    path = tmp_path_factory.mktemp("money") / "desk.db"
    repo = Repository(path)
    config = build(path.with_suffix(".toml"), {})
    calendar = BusinessCalendar(config.calendar)
    desk = Desk(repo=repo, config=config, calendar=calendar,
                now=dt.datetime(2026, 11, 25, 10, tzinfo=calendar.zone), agent="t")
    desk.add_license(number="M-1", pin="1", edition="Бизнес", price=price, purchased=dt.date(2026, 1, 1))
    stored = repo.license("M-1")
    assert from_kopecks(stored["price_kopecks"]) == price
    record = next(r for r in dump(repo, calendar.zone) if r["kind"] == "license")
    assert record["price"] == amount_text(price)
    quote = desk.quote(stored, dt.date(2027, 2, 1))
    assert quote.retail_price == price
    repo.close()
