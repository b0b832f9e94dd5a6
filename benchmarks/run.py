"""Benchmarks of deskcli against references measured in the same run; writes BENCHMARKS.md.

    pip install '.[bench]'            # pandas, for the SLA arithmetic reference
    apt-get install taskwarrior       # the command-line reference (task 2.6)
    python benchmarks/run.py          # 10,000 and 100,000 requests; add --large for 1,000,000

Each command runs a few times to warm the page cache, then ``--runs`` times; the table
shows medians and their ratio to the reference. This is not a test: the pytest suite stays
fast and never times anything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_size  # noqa: E402
import datasets  # noqa: E402
import startup  # noqa: E402

NOW = "2026-11-25T12:00:00+03:00"


def median_seconds(command: list[str], env: dict[str, str], runs: int, warmup: int = 3) -> float:
    return startup.median_seconds(command, env, runs, warmup)


def taskwarrior(directory: Path, pending: int) -> dict[str, str] | None:
    """A taskwarrior data directory with ``pending`` tasks, or None when task is missing."""
    if shutil.which("task") is None:
        return None
    data = directory / "taskdata"
    data.mkdir()
    rc = directory / "taskrc"
    rc.write_text(f"data.location={data}\nconfirmation=off\nverbose=nothing\n", encoding="utf-8")
    env = {**os.environ, "TASKRC": str(rc), "TASKDATA": str(data)}
    base = dt.datetime(2026, 1, 12, 9, 0)
    tasks = []
    for i in range(pending):
        stamp = (base + dt.timedelta(minutes=7 * i)).strftime("%Y%m%dT%H%M%SZ")
        tasks.append({"uuid": f"00000000-0000-4000-8000-{i:012d}", "status": "pending", "entry": stamp,
                      "modified": stamp, "due": stamp, "project": "desk", "tags": ["usage"],
                      "description": f"{datasets.SUBJECTS[i % len(datasets.SUBJECTS)]} #{i}"})
    source = directory / "tasks.json"
    source.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    subprocess.run(["task", "import", str(source)], env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return env


def _rate(count: int, work, passes: int = 5) -> float:
    """Calls per second of ``work()`` (``count`` calls), the median of ``passes`` passes: one
    pass is at the mercy of whatever else the machine does for its tenth of a second."""
    rates = []
    for _ in range(passes):
        started = time.perf_counter()
        work()
        rates.append(count / (time.perf_counter() - started))
    return statistics.median(rates)


def sla_arithmetic(count: int = 100_000) -> dict[str, float]:
    from deskcli.domain.calendar import BusinessCalendar, CalendarSettings

    calendar = BusinessCalendar()
    zone = calendar.zone
    rng = random.Random(20261125)
    base = dt.datetime(2026, 1, 12, 9, 0, tzinfo=zone)
    starts = [base + dt.timedelta(seconds=rng.randrange(0, 320 * 86400)) for _ in range(count)]
    calendar.add_business_minutes(starts[0], 1)
    add, between = calendar.add_business_minutes, calendar.business_minutes_between
    now = dt.datetime(2026, 6, 1, 12, 0, tzinfo=zone)
    stamps = [s.timestamp() for s in starts]

    def one_each() -> None:
        for start in starts:
            add(start, 300)

    def measured() -> None:
        for start in starts:
            between(now, start)

    def remaining() -> None:
        until = calendar.minutes_until_each(now)
        for stamp in stamps:
            until(stamp)

    result = {"deadlines": _rate(count, one_each), "between": _rate(count, measured),
              "deadlines_batch": _rate(count, lambda: calendar.add_business_minutes_each(starts, 300)),
              "remaining_batch": _rate(count, remaining)}

    try:
        import pandas as pd
    except ImportError:
        return result
    plain = {i: ((540, 1080),) for i in range(5)} | {5: (), 6: ()}
    ours = BusinessCalendar(CalendarSettings(weekly_hours=plain, shorten_pre_holidays=False))
    holidays = sorted(d for d in ours.year(2026).days_off if d.weekday() < 5)
    five_hours = 5 * pd.offsets.CustomBusinessHour(start="09:00", end="18:00",
                                                   weekmask="Mon Tue Wed Thu Fri", holidays=holidays)
    sample = starts[:3000]
    for start in sample[:500]:  # the same calendar must give the same answers
        expected = (pd.Timestamp(start.replace(tzinfo=None)) + five_hours).to_pydatetime()
        assert ours.add_business_minutes(start, 300).replace(tzinfo=None) == expected, start
    aware = [pd.Timestamp(s) for s in sample]
    naive = [pd.Timestamp(s.replace(tzinfo=None)) for s in sample]
    rates = {}
    for name, values in (("pandas_aware", aware), ("pandas_naive", naive)):
        started = time.perf_counter()
        for value in values:
            value + five_hours
        rates[name] = len(values) / (time.perf_counter() - started)
    import warnings

    index = pd.DatetimeIndex(naive)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas warns that the offset is applied element-wise
        started = time.perf_counter()
        index + five_hours
        rates["pandas_index"] = len(index) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(20):
        for start in sample:
            ours.add_business_minutes(start, 300)
    rates["ours_plain"] = 20 * len(sample) / (time.perf_counter() - started)
    started = time.perf_counter()
    for _ in range(20):
        ours.add_business_minutes_each(sample, 300)
    rates["ours_plain_batch"] = 20 * len(sample) / (time.perf_counter() - started)
    return result | rates | {"pandas_version": pd.__version__}


def import_rate(directory: Path, requests: int = 100_000) -> float:
    from zoneinfo import ZoneInfo

    from deskcli.store.repository import Repository
    from deskcli.store.transfer import load

    records = list(enumerate(datasets.records(requests, requests // 10, with_messages=False), start=1))
    repo = Repository(directory / "import.db")
    started = time.perf_counter()
    load(repo, records, ZoneInfo("Europe/Moscow"))
    elapsed = time.perf_counter() - started
    repo.close()
    return requests / elapsed


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    task = subprocess.run(["task", "--version"], capture_output=True, text=True).stdout.strip() \
        if shutil.which("task") else "not installed"
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}; "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, taskwarrior {task}")


def startup_section(desk: str, runs: int, command: str) -> list[str]:
    """The start-up table (benchmarks/startup.py), measured first, before the big datasets
    warm the machine up."""
    with tempfile.TemporaryDirectory() as tmp:
        _, rows = startup.table(desk, startup.environment(Path(tmp)), runs, Path(tmp))
    return startup.markdown(rows, runs, command)


def kept_sections(output: Path, written: tuple[str, ...]) -> list[str]:
    """The "## " sections of ``output`` this script does not write (``desk tui`` and ``desk search``
    come from their own scripts), as they are, so a run replaces only its own tables."""
    if not output.exists():
        return []
    sections = output.read_text(encoding="utf-8").split("\n## ")[1:]
    kept = [section for section in sections if section.splitlines()[0].strip() not in written]
    return [line for section in kept for line in ("## " + section.rstrip("\n")).splitlines() + [""]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--data-runs", type=int, default=3, help="runs per command in the data-size table")
    parser.add_argument("--large", action="store_true", help="also build and time 1,000,000 requests")
    parser.add_argument("--output", type=Path, default=HERE.parent / "BENCHMARKS.md")
    parser.add_argument("--startup-only", action="store_true",
                        help="only the start-up table (a few seconds), written as the Startup section of --output")
    args = parser.parse_args()
    desk = shutil.which("desk") or sys.exit("desk is not on PATH: pip install . first")
    started = startup_section(desk, args.runs, f"python benchmarks/run.py --startup-only --runs {args.runs}")
    if args.startup_only:
        startup.section(args.output, started)
        print("\n".join(started))
        return
    rows: list[tuple[str, str, str]] = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = {**os.environ, "DESK_NOW": NOW, "DESK_CONFIG": str(tmp_path / "none.toml"),
               "XDG_CACHE_HOME": str(tmp_path / "cache"), "COLUMNS": "100"}
        unit = median_seconds(["python3", "-c", "pass"], env, args.runs)
        rows.append(("python3 -c pass (the unit of the x ratios)", f"{unit * 1000:.0f} ms", ""))
        sizes = [10_000, 100_000] + ([1_000_000] if args.large else [])
        curve, built = data_size.curve(desk, env, tmp_path, sizes, args.data_runs, unit)
        db = tmp_path / "desk10k.db"
        datasets.build(db, 10_000, 10_000, desk=desk)
        tw = taskwarrior(tmp_path, 10_000)
        pairs = [
            ("desk queue --format json (10,000 open)", [desk, "--db", str(db), "queue", "--format", "json"],
             "task export (10,000 pending)", ["task", "export"], "<= 0.6 (issue 15)"),
            ("desk queue --limit 50 (table)", [desk, "--db", str(db), "queue", "--limit", "50"],
             "task list limit:50", ["task", "list", "limit:50"], "<= 0.6 (issue 15)"),
        ]
        for ours_name, ours, ref_name, ref, target in pairs:
            if tw is None:
                mine = median_seconds(ours, env, args.runs)
                rows.append((ours_name, f"{mine * 1000:.0f} ms", "taskwarrior missing: no ratio"))
                continue
            # In turns, so that a burst of load elsewhere weighs on both sides of the ratio.
            both = startup.in_turns({"ours": (ours, env), "theirs": (ref, tw)}, args.runs)
            mine, theirs = both["ours"], both["theirs"]
            rows.append((f"{ours_name} vs {ref_name}", f"{mine * 1000:.0f} ms vs {theirs * 1000:.0f} ms",
                         f"{mine / theirs:.2f} (target {target})"))
        if args.large:
            big = built[1_000_000]
            for name, command, limit in (
                ("desk queue --overdue --limit 50 (1,000,000 requests, 100,000 open)",
                 [desk, "--db", str(big), "queue", "--overdue", "--limit", "50"], 0.3),
                ("desk show 500000 (1,000,000 requests)", [desk, "--db", str(big), "show", "500000"], 0.2),
            ):
                mine = median_seconds(command, env, args.runs)
                rows.append((name, f"{mine * 1000:.0f} ms", f"target < {limit * 1000:.0f} ms"))
            size = sum(p.stat().st_size for p in tmp_path.glob(f"{big.name}*"))
            rows.append(("database file at 1,000,000 requests", f"{size / 1e6:,.0f} MB", "target < 1,500 MB"))
        rate = import_rate(tmp_path)
        rows.append(("import, in process (100,000 requests)", f"{rate:,.0f} requests/s", "target >= 50,000/s"))
    sla = sla_arithmetic()
    rows.append(("deadline computations, one call each (add_business_minutes; median of 5 passes of 100,000)", f"{sla['deadlines']:,.0f}/s",
                 "target >= 500,000/s"))
    rows.append(("deadline computations, batch (add_business_minutes_each)", f"{sla['deadlines_batch']:,.0f}/s",
                 "target >= 500,000/s"))
    rows.append(("remaining time, one at a time (business_minutes_between)", f"{sla['between']:,.0f}/s", ""))
    rows.append(("remaining time, queue batch (minutes_until_each)", f"{sla['remaining_batch']:,.0f}/s",
                 "target >= 500,000/s"))
    if "pandas_aware" in sla:
        versus = f"pandas {sla['pandas_version']} CustomBusinessHour"
        for label, ours_key, theirs_key in (
            ("one call each, time-zone-aware instants on both sides", "ours_plain", "pandas_aware"),
            ("batch vs pandas element by element, naive timestamps for pandas", "ours_plain_batch", "pandas_naive"),
            ("batch vs pandas DatetimeIndex + offset", "ours_plain_batch", "pandas_index"),
            ("one call each vs pandas with naive timestamps (no zone work for pandas)", "ours_plain",
             "pandas_naive"),
        ):
            rows.append((f"plain Mon-Fri 09-18 deadlines vs {versus}: {label}",
                         f"{sla[ours_key]:,.0f}/s vs {sla[theirs_key]:,.0f}/s",
                         f"{sla[ours_key] / sla[theirs_key]:.1f}x (target >= 20x)"))
    load_after = os.getloadavg()
    lines = [
        "# Benchmarks",
        "",
        (f"Measured {dt.date.today().isoformat()} on {machine()}; load average "
         f"{load_before[0]:.1f} at the start, {load_after[0]:.1f} at the end (a shared machine inflates wall times)."),
        "",
        (f"Command: `python benchmarks/run.py{' --large' if args.large else ''} --runs {args.runs} "
         f"--data-runs {args.data_runs}` (medians of wall time per command, each side measured in the same run)."),
        "",
        "| what | measured | ratio / target |",
        "| --- | --- | --- |",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
        "## Cost with the data",
        "",
        ("Each database built once by `desk import` (a tenth of the requests open, one message each) and "
         "reused by every row. A cell: median wall time, rate, largest peak resident memory of any run, and "
         "the time as a multiple of `python3 -c pass`."),
        "",
        "| what | " + " | ".join(f"{size:,} requests" for size in sizes) + " | target |",
        "| --- | " + " | ".join("---" for _ in sizes) + " | --- |",
        *[f"| {name} | " + " | ".join(cells) + f" | {target} |" for name, cells, target in curve],
        "",
        *kept_sections(args.output, ("Cost with the data", "Startup")),
        *started,
    ]
    args.output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
