"""Money survives a round trip through the store, to the kopeck."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deskcli import settings as personal
from deskcli.domain.money import amount_text, from_kopecks
from deskcli.services import licenses
from deskcli.services.context import Context
from deskcli.store.dump import dump

prices = st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2, allow_nan=False)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prices)
def test_price_round_trip(tmp_path_factory, price: Decimal) -> None:
    path = tmp_path_factory.mktemp("money") / "desk.db"
    ctx = Context(db_path=path, settings=personal.build(path.with_suffix(".toml"), {}), agent="t", creates=True,
                  now=dt.datetime(2026, 11, 25, 10, tzinfo=dt.timezone(dt.timedelta(hours=3))))
    licenses.add_license(ctx, number="M-1", pin="1", edition="Бизнес", price=price, purchased=dt.date(2026, 1, 1))
    repo = ctx.repo
    stored = repo.license("M-1")
    assert from_kopecks(stored["price_kopecks"]) == price
    record = next(r for r in dump(repo, ctx.zone) if r["kind"] == "license")
    assert record["price"] == amount_text(price)
    quote = licenses.renewal_quote(stored, dt.date(2027, 2, 1))
    assert quote.retail_price == price
    ctx.close()
