"""Write lock, concurrent writers and the price of durable commits; writes benchmarks/RELIABILITY.md.

    python benchmarks/reliability.py             # all three, about two minutes on 2 cores
    python benchmarks/reliability.py --only locks

- ``locks``: every writing command, each run in a fresh process as a real command runs, on
  a desk with history, timing how long each holds SQLite's write lock (from BEGIN IMMEDIATE
  to the end of COMMIT, fsync included), and again without the fsync. Target: under 10 ms
  per command.
- ``writers``: 16 processes, each 50 mixed writes through the real ``desk`` entry point
  (open, reply, a customer's clarification, assign, escalate, close, license edit, a note)
  against one database; latency per command and errors. Target: 0 errors, p99 under 4 s.
- ``sync``: the cost of ``synchronous=FULL`` (every commit fsyncs the WAL, so an agent's
  "done" survives a power cut) against ``NORMAL``, on the same small write transaction.

This is not a test: the pytest suite never times anything.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOW = "2026-11-25T10:00:00+03:00"
PIN = "4321"
BODY = "После обновления до 7.1 корзина интернет-магазина пустая. Как это исправить?"


def _environment(directory: Path) -> dict[str, str]:
    return {"DESK_DB": str(directory / "desk.db"), "DESK_CONFIG": str(directory / "config.toml"),
            "DESK_KEY_FILE": str(directory / "access.key"), "DESK_NOW": NOW, "DESK_AGENT": "bench",
            "DESK_PIN": PIN, "XDG_CACHE_HOME": str(directory / "cache"), "NO_COLOR": "1"}


def _seed(directory: Path, env: dict[str, str], requests: int = 200, licenses: int = 20) -> None:
    """A desk with licenses, history and open requests, built through the command line."""
    from deskcli.domain.pins import hash_pin

    run = {**os.environ, **env}
    lines = []
    pin_hash = hash_pin(PIN)
    for n in range(licenses):
        lines.append({"kind": "license", "number": f"HC-{n:04d}", "pin_hash": pin_hash, "edition": "Бизнес",
                      "price": "24900", "purchased": "2026-06-01", "customer": f"Клиент {n}"})
    source = directory / "seed.jsonl"
    source.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    subprocess.run(["desk", "import", str(source)], env=run, check=True, capture_output=True)
    for i in range(requests // 20 if requests else 0):
        subprocess.run(["desk", "open", "-l", f"HC-{i % 20:04d}", "-v", "7.1.2", "-c", "usage", "--site",
                        "https://shop.example.ru", "-s", f"Вопрос {i}", "--body", f"{BODY} ({i})"],
                       env=run, check=True, capture_output=True)


# -- write lock hold time ------------------------------------------------------------------


LOCK_COMMANDS = [
    ("license add", ["license", "add", "HC-9001", "--edition", "Бизнес", "--price", "24900", "--purchased",
                     "2026-06-01"]),
    ("open", ["open", "-l", "HC-9001", "-v", "7.1.2", "-c", "usage", "--site", "https://shop.example.ru",
              "-s", "Корзина", "--body", BODY]),
    ("open (wrong PIN recorded)", ["open", "-l", "HC-9001", "--pin-file", "{wrong}", "-v", "7.1.2", "-c", "usage",
                                   "--site", "https://shop.example.ru", "-s", "Корзина", "--body", BODY]),
    ("reply", ["reply", "{id}", "--body", "Очистите кеш в разделе Система → Кеш."]),
    ("reply --customer", ["reply", "{id}", "--customer", "--body", "Не помогло. Что ещё можно сделать?"]),
    ("reply --internal", ["reply", "{id}", "--internal", "--body", "Похоже на дефект модуля"]),
    ("assign", ["assign", "{id}", "anna"]),
    ("escalate", ["escalate", "{id}", "--note", "Нужен разработчик"]),
    ("edit --category", ["edit", "{id}", "--category", "technical"]),
    ("access add", ["access", "add", "{id}", "--from-file", "{creds}"]),
    ("access show", ["access", "show", "{id}"]),
    ("close (erases access)", ["close", "{id}", "--resolution", "Кеш сброшен"]),
    ("reject", ["reject", "{other}", "--reason", "out_of_scope"]),
    ("license edit", ["license", "edit", "HC-9001", "--customer", "ООО Ромашка"]),
    ("license edit --pin-file", ["license", "edit", "HC-9001", "--pin-file", "{pin}"]),
    ("license renew", ["license", "renew", "HC-9001", "--on", "2026-11-25"]),
    ("license unlock", ["license", "unlock", "HC-9001"]),
    ("kb add", ["kb", "add", "--title", "Очистка кеша", "--url", "https://www.hostcms.ru/documentation/cache/"]),
    ("policy set (200 open deadlines move)", ["policy", "set", "targets.usage", "{minutes}"]),
]


# Run in a fresh interpreter per command, as a real command runs: a module first imported
# inside the lock costs there what an in-process loop (warm after one round) would hide.
LOCK_PROBE = textwrap.dedent(
    """
    import contextlib, io, json, resource, sys, time
    import typer.main
    from deskcli.store import repository
    from deskcli.cli.app import app

    synchronous, argv = sys.argv[1], sys.argv[2:]
    held = []
    original = repository.immediate

    @contextlib.contextmanager
    def timed(conn):
        if synchronous != "FULL":
            conn.execute(f"PRAGMA synchronous = {synchronous}")
        with original(conn) as inner:
            switches = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw
            begin, cpu = time.perf_counter(), time.process_time()
            yield inner
            commit = time.perf_counter()
        end = time.perf_counter()
        # Involuntary context switches: the kernel gave the core to another process meanwhile.
        preempted = resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw - switches
        held.append(((end - begin) * 1000, (end - commit) * 1000, (time.process_time() - cpu) * 1000, preempted))

    repository.immediate = timed
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = typer.main.get_command(app).main(argv, prog_name="desk", standalone_mode=False)
    print(json.dumps({"code": code or 0, "held": max(held) if held else [0.0, 0.0, 0.0, 0]}))
    """
)


def lock_hold_times(rounds: int = 5, synchronous: str = "FULL") -> dict[str, list[tuple[float, ...]]]:
    """Per command, over ``rounds`` runs, each in a fresh process: (ms the write lock was
    held, ms of it spent in COMMIT, CPU ms of the process while it held the lock, times the
    kernel gave its core to another process meanwhile). On a
    loaded machine the wall time includes waiting for a core and for the disk; the CPU time
    is what deskcli spends. ``synchronous="NORMAL"`` overrides the desk's FULL on the
    writing connection, to show what the same commands hold without the COMMIT's fsync
    (the desk never runs so)."""
    results: dict[str, list[tuple[float, ...]]] = {name: [] for name, _ in LOCK_COMMANDS}
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        env = _environment(directory)
        _seed(directory, env)
        run = {**os.environ, **env}
        (directory / "wrong.txt").write_text("0000\n")
        (directory / "pin.txt").write_text("5678\n")
        (directory / "creds.toml").write_text('kind = "ftp"\naddress = "ftp.example.ru"\nlogin = "tmp"\n'
                                              'password = "Tmp-Pa55"\n')
        fill = {"{wrong}": str(directory / "wrong.txt"), "{pin}": str(directory / "pin.txt"),
                "{creds}": str(directory / "creds.toml")}
        for round_ in range(rounds):
            for name, args in LOCK_COMMANDS:
                conn = sqlite3.connect(env["DESK_DB"])
                ids = [r[0] for r in conn.execute(
                    "SELECT id FROM requests WHERE status IN ('open', 'answered') ORDER BY id DESC LIMIT 2")]
                conn.close()
                values = {**fill, "{id}": str(ids[0]), "{other}": str(ids[1]), "{minutes}": str(240 + round_)}
                argv = [values.get(a, a).replace("HC-9001", f"HC-9{round_:03d}") for a in args]
                out = subprocess.run([sys.executable, "-c", LOCK_PROBE, synchronous, *argv], env=run,
                                     capture_output=True, text=True, check=True)
                result = json.loads(out.stdout)
                code = result["code"]
                if name == "open (wrong PIN recorded)":
                    assert code == 4, (name, code)
                elif code not in (0, 1):
                    raise SystemExit(f"{name}: exit {code}")
                results[name].append(tuple(result["held"]))
    return results


# -- concurrent writers ----------------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import contextlib, json, os, sqlite3, sys, time
    import typer.main
    import deskcli.store.repository as repository
    from deskcli.cli.app import app
    command = typer.main.get_command(app)
    waited = []
    original = repository.immediate

    @contextlib.contextmanager
    def timed(conn):
        asked = time.perf_counter()
        with original(conn) as inner:
            waited.append(time.perf_counter() - asked)
            yield inner

    repository.immediate = timed
    # Warm up first: importing the intake rules' word libraries costs seconds when 16
    # processes start at once on 2 cores; that is start-up, not write latency.
    from deskcli.domain import intake
    import deskcli.services.requests, deskcli.services.pins, deskcli.cli.request_view  # noqa: E401
    intake.check_intake("Вопрос", "Как это исправить?")
    intake.search_terms("Как это исправить?")
    sys.stdout, real = open(os.devnull, "w"), sys.stdout
    command.main(["check-eligibility", f"HC-{sys.argv[3]:0>4}", "--category", "usage"], prog_name="desk",
                 standalone_mode=False)
    sys.stdout.close()
    sys.stdout = real
    print(json.dumps({"ready": time.perf_counter()}), flush=True)
    sys.stdin.readline()
    agent, count, first, licenses = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    questions = ["Почему после обновления корзина пуста", "Как настроить скидки для оптовиков",
                 "Почему не приходят письма о заказах", "Как перенести сайт на другой хостинг",
                 "Почему поиск по каталогу ничего не находит", "Как подключить оплату картой"]
    current = None
    for n in range(count):
        step = n % 8
        if current is None:
            argv = ["open", "-l", f"HC-{(first * count + n) % licenses:04d}", "-v", "7.1.2", "-c", "usage",
                    "--site", "https://shop.example.ru", "-s", f"{agent} {n}",
                    "--body", f"{questions[n % len(questions)]} (заказ {agent}-{n})?"]
        else:
            argv = {1: ["reply", current, "--body", "Очистите кеш"],
                    2: ["reply", current, "--customer", "--body", "Не помогло, что ещё можно сделать?"],
                    3: ["assign", current, agent],
                    4: ["escalate", current],
                    5: ["reply", current, "--internal", "--body", "заметка"],
                    6: ["license", "edit", f"HC-{first % licenses:04d}", "--customer", f"Клиент {agent} {n}"],
                    7: ["close", current, "--resolution", "Готово"],
                    0: ["reply", current, "--internal", "--body", "ещё заметка"]}[step]
        started = time.perf_counter()
        waited.clear()
        sys.stdout, real = open(os.devnull, "w"), sys.stdout
        try:
            code = command.main(["--agent", agent, *argv], prog_name="desk", standalone_mode=False) or 0
        finally:
            sys.stdout.close()
            sys.stdout = real
        elapsed = time.perf_counter() - started
        if argv[0] == "open" and code == 0:
            conn = sqlite3.connect(os.environ["DESK_DB"])
            current = str(conn.execute("SELECT id FROM requests WHERE subject = ?", (f"{agent} {n}",)).fetchone()[0])
            conn.close()
        elif argv[0] == "close":
            current = None
        print(json.dumps({"command": argv[0], "n": n, "code": code, "seconds": elapsed, "waited": sum(waited)}), flush=True)
    """
)


def concurrent_writers(writers: int = 16, each: int = 50) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        env = {**os.environ, **_environment(directory)}
        _seed(directory, env, requests=20, licenses=writers * each)  # the opens cache the calendar year
        processes = [subprocess.Popen([sys.executable, "-c", WRITER, f"agent{i}", str(each), str(i), str(writers * each)],
                                      env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True)
                     for i in range(writers)]
        for process in processes:  # all loaded and waiting: then all start writing at once
            assert process.stdout is not None and "ready" in process.stdout.readline()
        started = time.perf_counter()
        for process in processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()
        outputs = [p.communicate() for p in processes]
        wall = time.perf_counter() - started
        samples, waits, errors, messages = [], [], 0, []
        for process, (out, err) in zip(processes, outputs, strict=True):
            for line in out.splitlines():
                record = json.loads(line)
                samples.append(record["seconds"])
                waits.append(record["waited"])
                if record["code"] not in (0, 1):  # 1: the policy refused a request, an answer
                    errors += 1
            if process.returncode != 0 or err.strip():
                errors += process.returncode != 0
                messages.append(err.strip().splitlines()[-1] if err.strip() else f"exit {process.returncode}")
        conn = sqlite3.connect(directory / "desk.db")
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.close()
    samples.sort()
    waits.sort()
    return {"writes": len(samples), "errors": errors, "p50": statistics.median(samples),
            "wait_p50": statistics.median(waits), "wait_p99": waits[int(len(waits) * 0.99) - 1],
            "p99": samples[int(len(samples) * 0.99) - 1], "max": samples[-1], "wall": wall,
            "integrity": integrity, "messages": messages[:3]}


# -- synchronous=FULL against NORMAL ---------------------------------------------------------


def sync_cost(commits: int = 200) -> dict[str, float]:
    results = {}
    with tempfile.TemporaryDirectory(dir=os.environ.get("DESK_BENCH_DIR")) as tmp:
        for mode in ("NORMAL", "FULL"):
            path = Path(tmp) / f"{mode}.db"
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(f"PRAGMA synchronous = {mode}")
            conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, at TEXT, body TEXT)")
            times = []
            for _ in range(commits):
                started = time.perf_counter()
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO events (at, body) VALUES (?, ?)", (NOW, BODY * 3))
                conn.execute("COMMIT")
                times.append((time.perf_counter() - started) * 1000)
            conn.close()
            results[mode] = statistics.median(times)
            results[f"{mode}_p99"] = sorted(times)[int(commits * 0.99) - 1]
    return results


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (f"Linux {platform.release()}, {os.cpu_count()} cores, {cpu}; Python {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}; load average {os.getloadavg()[0]:.1f} at the start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("locks", "writers", "sync"))
    parser.add_argument("--rounds", type=int, default=5, help="runs of each command in the lock table")
    parser.add_argument("--output", type=Path, default=HERE / "RELIABILITY.md")
    args = parser.parse_args()
    rounds = f" --rounds {args.rounds}" if args.rounds != 5 else ""
    lines = ["# Reliability benchmarks", "", f"Measured {time.strftime('%Y-%m-%d')} on {machine()}.", "",
             f"Command: `python benchmarks/reliability.py{rounds}`", ""]
    if args.only in (None, "locks"):
        held = lock_hold_times(args.rounds)
        unsynced = lock_hold_times(args.rounds, synchronous="NORMAL")
        lines += ["## Write lock held per command (ms, from BEGIN IMMEDIATE to the end of COMMIT)", "",
                  ("Wall time includes the COMMIT's fsync of the WAL (synchronous=FULL) and, on a busy machine, "
                  "waiting for a core and the disk; it is an upper bound, since SQLite's automatic checkpoint "
                  "(every ~1000 WAL pages) runs inside the COMMIT call after the lock is released. CPU is what "
                  f"deskcli itself spent while holding the lock. Median of {args.rounds} runs (max in brackets). "
                  "The last column runs the same commands with synchronous=NORMAL forced on (no fsync at "
                  "COMMIT; the desk itself never runs so): the difference is the fsync. Target: under 10 ms."), "",
                  "| command | held (wall) | of which COMMIT | CPU while held | held without fsync |",
                  "| --- | --- | --- | --- | --- |"]
        for name, values in held.items():
            walls, commits, cpus, _ = zip(*values, strict=True)
            bare = [value[0] for value in unsynced[name]]
            lines.append(f"| desk {name} | {statistics.median(walls):.1f} ({max(walls):.1f}) | "
                         f"{statistics.median(commits):.1f} | {statistics.median(cpus):.1f} ({max(cpus):.1f}) | "
                         f"{statistics.median(bare):.1f} ({max(bare):.1f}) |")
        for label, table in (("with fsync (as the desk runs)", held), ("without fsync", unsynced)):
            every = [value for values in table.values() for value in values]
            alone = [value[0] for value in every if not value[3]]
            walls = [value[0] for value in every]
            lines += ["", (f"All {len(walls)} holds {label}: median {statistics.median(walls):.1f} ms, "
                           f"{sum(v < 10 for v in walls) / len(walls):.0%} under 10 ms, max {max(walls):.1f} ms; "
                           f"the {len(alone)} holds the kernel did not interrupt for another process: "
                           + (f"median {statistics.median(alone):.1f} ms, "
                              f"{sum(v < 10 for v in alone) / len(alone):.0%} under 10 ms, max {max(alone):.1f} ms."
                              if alone else "none."))]
        lines += ["", ("What the flushes cost: the last command's close checkpointed the WAL and removed it, "
                       "so a command's COMMIT starts a new WAL and, with synchronous=FULL, flushes three "
                       "times inside the lock: the new WAL's header, its directory entry, and the frames "
                       "(strace shows them; each 0.1-0.6 ms on this machine's disk when nothing else writes "
                       "to it). A disk that other programs keep busy makes each flush take tens of "
                       "milliseconds, and then so does the hold, whatever deskcli does: a run of this "
                       "benchmark beside another process's installs measured a median of 9 ms. The "
                       "checkpoint at close flushes twice more after the lock is released. SECURITY.md "
                       "states the guarantee.")]
        lines.append("")
    if args.only in (None, "writers"):
        result = concurrent_writers()
        lines += ["## 16 writers × 50 mixed writes, one database", "",
                  ("Latency is each command's wall time in its process (no interpreter start); the wait is "
                   "the part spent asking for the write lock."), "",
                  "| writes | errors | p50 | p99 | max | wait p50 | wait p99 | wall | integrity_check |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
                  (f"| {result['writes']} | {result['errors']} (target 0) | {result['p50']:.2f} s | "
                   f"{result['p99']:.2f} s (target < 4 s) | {result['max']:.2f} s | {result['wait_p50']:.2f} s | "
                   f"{result['wait_p99']:.2f} s | {result['wall']:.0f} s | {result['integrity']} |"), ""]
        if result["messages"]:
            lines += ["Errors: " + "; ".join(result["messages"]), ""]
    if args.only in (None, "sync"):
        cost = sync_cost()
        lines += ["## One small write transaction: synchronous=FULL against NORMAL (WAL)", "",
                  "| synchronous | median | p99 |", "| --- | --- | --- |",
                  f"| NORMAL | {cost['NORMAL']:.2f} ms | {cost['NORMAL_p99']:.2f} ms |",
                  f"| FULL | {cost['FULL']:.2f} ms | {cost['FULL_p99']:.2f} ms |", ""]
    text = "\n".join(lines)
    print(text)
    if args.only is None:
        args.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
