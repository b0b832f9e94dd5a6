"""Costs that grow with the data (issue 15), at 10,000, 100,000 and 1,000,000 requests.

Each size is one database built through ``desk import`` (a tenth of the requests open, one
message each) and reused by every row: import, the first command after it, export in each
format with and without messages, the whole desk (``export --all``), the open queue as JSON, ``report sla``, the open queue
left alone under ``--watch`` on a pseudo-terminal (watch.py), and the stale-deadline check.
Wall and CPU time are medians of ``runs`` after one warm-up; memory is the largest peak
resident set of any run; both CPU and memory come from the child's own rusage (``os.wait4``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from pathlib import Path
from typing import NamedTuple

import datasets
import watch

EXPORTS = [(fmt, messages) for fmt in ("csv", "json", "jsonl") for messages in (False, True)]


class Run(NamedTuple):
    seconds: float  # wall
    cpu: float  # user + system seconds of the child
    peak_kb: int  # peak resident set


def run_once(command: list[str], env: dict[str, str]) -> Run:
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{command} failed with status {status}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


def measure(command: list[str], env: dict[str, str], runs: int, warmup: int = 1) -> Run:
    """Median wall and CPU time of ``runs`` after ``warmup``; the largest peak of any run."""
    done = [run_once(command, env) for _ in range(warmup + runs)]
    kept = done[warmup:]
    return Run(statistics.median(r.seconds for r in kept), statistics.median(r.cpu for r in kept),
               max(r.peak_kb for r in done))


def probe_times(db: Path, repeats: int = 200) -> list[tuple[str, float | None]]:
    """Seconds per stale-deadline check when nothing is stale (every command's case): the
    first ``IS NOT`` probe, ``services.deadlines.has_stale``, ``Repository.has_stale_deadlines``
    (None where this deskcli lacks one)."""
    from deskcli.store.repository import Repository

    try:
        from deskcli.services.deadlines import has_stale
    except ImportError:
        has_stale = None
    repo = Repository(db)
    basis = repo.one("SELECT due_calendar FROM requests WHERE status = 'open' LIMIT 1")["due_calendar"]
    checks = {
        "IS NOT": lambda: repo.one("SELECT 1 FROM requests WHERE status = 'open' AND due_calendar IS NOT ? "
                                   "LIMIT 1", (basis,)),
        "deadlines.has_stale": (lambda: has_stale(repo, basis)) if has_stale else None,
        "has_stale_deadlines": (lambda: repo.has_stale_deadlines(basis))
        if hasattr(repo, "has_stale_deadlines") else None,
    }
    results = []
    for name, check in checks.items():
        if check is None:
            results.append((name, None))
            continue
        check()
        started = time.perf_counter()
        for _ in range(repeats):
            check()
        results.append((name, (time.perf_counter() - started) / repeats))
    repo.close()
    return results


def _cell(run: Run, unit: float, rows: int) -> str:
    return (f"{run.seconds:.2f} s ({run.cpu:.2f} s CPU), {rows / run.seconds / 1000:,.0f}k rows/s, "
            f"{run.peak_kb / 1024:.0f} MB, {run.seconds / unit:,.0f}x")


def curve(desk: str, env: dict[str, str], directory: Path, sizes: list[int], runs: int,
          unit: float) -> tuple[list[tuple[str, list[str], str]], dict[int, Path]]:
    """Rows of (what, one cell per size, target) and the database built for each size."""
    table: dict[str, list[str]] = {}
    targets: dict[str, str] = {}
    built: dict[int, Path] = {}

    def put(name: str, cell: str, target: str = "") -> None:
        table.setdefault(name, []).append(cell)
        targets[name] = target

    for size in sizes:
        db = directory / f"desk{size}.db"
        source = directory / f"desk{size}.jsonl"
        datasets.write(source, size, size // 10)
        records = size + size + 1000  # requests, one message each, licenses
        run = run_once([desk, "--db", str(db), "import", str(source)], env)
        source.unlink()
        built[size] = db
        put("desk import (requests + messages + 1,000 licenses)", f"{run.seconds:.1f} s ({run.cpu:.1f} s CPU), "
            f"{records / run.seconds / 1000:,.0f}k records/s, {run.peak_kb / 1024:.0f} MB", "memory flat")
        # A command that writes: it is the one that would bring stale deadlines up to date.
        note = [desk, "--db", str(db), "reply", "1", "--internal", "--body", "benchmark note"]
        first, then = run_once(note, env), measure(note, env, runs)
        put("first writing command after the import (desk reply 1 --internal) vs the same again",
            f"{first.seconds * 1000:.0f} ms vs {then.seconds * 1000:.0f} ms "
            f"({first.cpu * 1000:.0f} vs {then.cpu * 1000:.0f} ms CPU)", "about 1.0")
        for fmt, messages in EXPORTS:
            command = [desk, "--db", str(db), "export", "--format", fmt] + (["--messages"] if messages else [])
            put(f"desk export --format {fmt}{' --messages' if messages else ''}",
                _cell(measure(command, env, runs), unit, size), ">= 100k rows/s, < 100 MB")
        everything = measure([desk, "--db", str(db), "export", "--all"], env, runs)
        put("desk export --all (the import format: licenses, requests, messages, history; records/s)",
            _cell(everything, unit, records + 1), "memory flat")
        for fmt in ("json", "jsonl"):
            run = measure([desk, "--db", str(db), "queue", "--format", fmt], env, runs)
            put(f"desk queue --format {fmt} (a tenth open: every open request)", _cell(run, unit, size // 10),
                "memory flat")
        report = measure([desk, "--db", str(db), "report", "sla"], env, runs)
        put("desk report sla (over this desk: one customer message per request, no replies; "
            "benchmarks/sla.py times a desk with replies)", _cell(report, unit, size), "< 1 s, < 100 MB")
        left = watch.idle(desk, db, env)
        put("desk queue --watch (a tenth open), a refresh every 2 s, left alone 10 s on a 100x30 pty: first frame, "
            "idle CPU, peak memory",
            f"{left.first_frame:.1f} s, {left.cpu_share * 100:.0f} % CPU, {left.peak_kb / 1024:.0f} MB",
            "< 5 % CPU, < 100 MB at 100,000 open")
        put("stale-deadline check, nothing stale, in process: IS NOT / services.deadlines.has_stale / "
            "Repository.has_stale_deadlines",
            " / ".join("absent" if t is None else f"{t * 1e6:,.1f} us" for _, t in probe_times(db)),
            "one indexed lookup")
    return [(name, cells, targets[name]) for name, cells in table.items()], built
