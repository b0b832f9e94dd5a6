"""The report's counts from SQLite against a brute-force count of the same stopped clocks.

Random stops (clustered around month ends, where a UTC month and the desk's month differ)
go straight into ``sla_stops``; the oracle reads them back row by row, puts each in its
month with ``zoneinfo`` and counts in plain Python. Whatever path the report takes (a UTC
month counted through its index and corrected at the edges, or a range sorted by SQLite),
the rows must be the same.
"""

from __future__ import annotations

import datetime as dt
import math
import types
from collections import defaultdict
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.services.reports import sla_compliance
from deskcli.store.repository import Repository, utc_text

UTC = dt.UTC
ZONES = ["Europe/Moscow", "America/New_York", "Asia/Tokyo", "Europe/Berlin", "UTC", "Pacific/Kiritimati"]
MONTH_ENDS = [dt.datetime(2026, m, 1, tzinfo=UTC) for m in range(2, 13)]


@st.composite
def stop(draw) -> dict:
    near = draw(st.sampled_from(MONTH_ENDS))
    at = near + dt.timedelta(minutes=draw(st.integers(-4 * 1440, 4 * 1440)))
    kind = draw(st.sampled_from(["response", "response", "closed"]))
    minutes = draw(st.integers(0, 40)) if kind == "response" else None
    requeued = kind == "response" and draw(st.booleans())
    return {"at": utc_text(at), "seq": draw(st.integers(0, 1)), "kind": kind,
            "agent": draw(st.sampled_from(["anna", "boris", None])), "category": draw(st.sampled_from(["usage", "emergency"])),
            "line": draw(st.integers(1, 2)), "met_due": draw(st.integers(0, 1)), "met_first_due": draw(st.integers(0, 1)),
            "minutes": minutes, "first_minutes": minutes + draw(st.integers(1, 30)) if requeued else minutes}


def oracle(stops: list[dict], by: tuple[str, ...], zone: ZoneInfo, since: dt.datetime | None,
           until: dt.datetime | None) -> list[dict]:
    groups: dict = defaultdict(lambda: {"responses": [], "originals": [], "on_time": 0, "on_time_original": 0,
                                         "closed_late": 0, "closed_late_original": 0})
    for s in stops:
        at = dt.datetime.fromisoformat(s["at"])
        if (since and at < since) or (until and at >= until):
            continue
        values = {"month": at.astimezone(zone).strftime("%Y-%m"), **s}
        for response in ("every", "first") if s["seq"] == 0 else ("every",):
            g = groups[(response, tuple(values[d] for d in by))]
            if s["kind"] == "response":
                g["responses"].append(s["minutes"])
                g["originals"].append(s["first_minutes"])
                g["on_time"] += s["met_due"]
                g["on_time_original"] += s["met_first_due"]
            else:
                g["closed_late"] += 1 - s["met_due"]
                g["closed_late_original"] += 1 - s["met_first_due"]
    rows = []
    for (response, key), g in groups.items():
        n = len(g["responses"])
        if not n and not g["closed_late"] and not g["closed_late_original"]:
            continue  # closed in time: nothing was owed any more
        breached = n - g["on_time"] + g["closed_late"]
        breached_original = n - g["on_time_original"] + g["closed_late_original"]
        rows.append({
            "response": response, **dict(zip(by, key, strict=True)), "responses": n, "on_time": g["on_time"],
            "late": n - g["on_time"], "unanswered": g["closed_late"], "still_open": 0, "breached": breached,
            "pending": 0, "on_time_share": _share(g["on_time"], g["on_time"] + breached),
            "median_minutes": _rank(g["responses"], 0.5), "p90_minutes": _rank(g["responses"], 0.9),
            "on_time_original": g["on_time_original"], "breached_original": breached_original,
            "on_time_share_original": _share(g["on_time_original"], g["on_time_original"] + breached_original),
            "median_minutes_original": _rank(g["originals"], 0.5), "p90_minutes_original": _rank(g["originals"], 0.9),
        })
    return sorted(rows, key=lambda r: (r["response"] == "every", *((r[d] is not None, r[d]) for d in by)))


def _share(part: int, whole: int) -> str | None:
    return f"{part / whole:.3f}" if whole else None


def _rank(values: list[int], share: float) -> int | None:
    return sorted(values)[max(1, math.ceil(share * len(values))) - 1] if values else None


groupings = st.sampled_from([("category", "month"), ("month",), ("category",), (), ("agent", "month"),
                             ("line",), ("month", "category", "line", "agent")])
bounds = st.one_of(st.none(), st.dates(dt.date(2026, 1, 20), dt.date(2026, 12, 10)))


@settings(max_examples=60, deadline=None)
@given(st.lists(stop(), min_size=1, max_size=40), groupings, st.sampled_from(ZONES), bounds, bounds)
def test_the_report_counts_what_a_brute_force_count_counts(tmp_path_factory, stops, by, zone_name, first, last):
    zone = ZoneInfo(zone_name)
    repo = Repository(tmp_path_factory.mktemp("sla") / "desk.db")
    try:
        repo.conn.executemany(
            "INSERT INTO sla_stops (at, request_id, seq, kind, agent, category, line, met_due, met_first_due, "
            "minutes, first_minutes) VALUES (:at, :request_id, :seq, :kind, :agent, :category, :line, :met_due, "
            ":met_first_due, :minutes, :first_minutes)",
            [{**s, "request_id": n} for n, s in enumerate(stops)])
        since = dt.datetime.combine(first, dt.time(), zone) if first else None
        until = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone) if last else None
        ctx = types.SimpleNamespace(repo=repo, zone=zone, now=dt.datetime(2026, 12, 31, tzinfo=UTC))
        got = sla_compliance(ctx, by, utc_text(since) if since else None, utc_text(until) if until else None)
        assert got == oracle(stops, by, zone, since, until)
    finally:
        repo.close()
