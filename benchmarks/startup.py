"""Start-up: how long each everyday command takes, as a multiple of ``python3 -c pass``.

    python benchmarks/startup.py            # prints the table
    python benchmarks/run.py --startup-only # the same table, written into BENCHMARKS.md

The performance issue's targets: every command at most 6 x the bare interpreter measured in
the same run (``open`` 6 x plus its PIN check, which is slow by design), ``--version`` and
``--help`` at most 4 x. The desk is small (one license, a few requests), so what is timed is
start-up: imports, the command line, opening the database, printing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NOW = "2026-11-25T12:00:00+03:00"
BODY = "После обновления корзина интернет-магазина пустая. Как это исправить?"


#: Marks a command run with a terminal (a pseudo-terminal, 100 x 40) as its standard output.
ON_A_TERMINAL = " (on a terminal)"


def commands(db: str) -> list[tuple[str, list[str], float]]:
    """(what the table shows, the arguments after ``desk``, the target ratio). Every other
    row prints to a pipe; the rows marked ``ON_A_TERMINAL`` are what an agent waits for."""
    on = ["--db", db]
    return [
        ("desk --version", ["--version"], 4),
        ("desk --help", ["--help"], 4),
        ("desk queue", [*on, "queue"], 6),
        ("desk show 1", [*on, "show", "1"], 6),
        ("desk queue" + ON_A_TERMINAL, [*on, "queue"], 6),
        ("desk show 1" + ON_A_TERMINAL, [*on, "show", "1"], 6),
        ("desk search корзина --json", [*on, "search", "корзина", "--json"], 6),
        ("desk calendar --year 2026 --json", [*on, "calendar", "--year", "2026", "--json"], 6),
        ("desk renewal-quote --price 24900 --support-until 2026-01-01",
         [*on, "renewal-quote", "--price", "24900", "--support-until", "2026-01-01"], 6),
        ("desk deadline --from 2026-11-27T16:30 --category emergency",
         [*on, "deadline", "--from", "2026-11-27T16:30", "--category", "emergency"], 6),
        ("desk reply 2 --body …", [*on, "reply", "2", "--body", "Очистите кеш и проверьте ещё раз."], 6),
        ("desk open … (PIN from DESK_PIN)", [*on, "open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site",
                                             "https://shop.example.ru/cart", "-s", "Пустая корзина", "--body", BODY], 6),
    ]


def median_seconds(command: list[str], env: dict[str, str], runs: int, warmup: int = 3) -> float:
    return in_turns({"it": (command, env)}, runs, warmup)["it"]


def in_turns(commands: dict[str, tuple[list[str], dict[str, str]]], runs: int, warmup: int = 3) -> dict[str, float]:
    """The median wall time of each command, run in turns (each once a round, ``warmup``
    rounds first): on a shared machine a burst of someone else's work then slows every
    command a little, instead of one command (or one side of a ratio) a lot."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for n in range(warmup + runs):
        for name, (command, env) in commands.items():
            started = time.perf_counter()
            done = (_on_a_terminal if name.endswith(ON_A_TERMINAL) else _to_a_pipe)(command, env)
            if done.returncode:
                sys.exit(f"{' '.join(command)} -> exit {done.returncode}: {done.stderr.decode(errors='replace')}")
            if n >= warmup:
                times[name].append(time.perf_counter() - started)
    return {name: statistics.median(found) for name, found in times.items()}


def _to_a_pipe(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _on_a_terminal(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """``command`` writing to a pseudo-terminal of 100 x 40 (its output, a screenful at most,
    fits the terminal's buffer and is read after), with no pager."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    try:
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
        done = subprocess.run(command, env={**env, "PAGER": "cat"}, stdin=subprocess.DEVNULL, stdout=slave,
                              stderr=subprocess.PIPE)
        os.close(slave)
        slave = -1
        while True:
            try:
                if not os.read(master, 65536):
                    break
            except OSError:
                break
    finally:
        os.close(master)
        if slave >= 0:
            os.close(slave)
    return done


def pin_check_seconds(runs: int = 5) -> float:
    """One PIN check at the desk's own cost (scrypt), the part of ``open`` slow on purpose."""
    from deskcli.domain import pins

    stored = pins.hash_pin("4321")
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        pins.verify_pin("4321", stored)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def seed(desk: str, env: dict[str, str], db: Path) -> None:
    def run(*args: str, **extra: str) -> None:
        subprocess.run([desk, "--db", str(db), *args], env={**env, **extra}, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    run("license", "add", "HC-1", "--edition", "Бизнес", "--price", "24900", "--purchased", "2026-06-01",
        "--customer", "ООО Ромашка", DESK_PIN="4321")
    run("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru/cart",
        "-s", "Пустая корзина", "--body", BODY, DESK_PIN="4321")
    # The replies go to another request, so every timed `open` of BODY stays a new question.
    run("open", "-l", "HC-1", "-v", "6.9.1", "-c", "technical", "--site", "https://shop.example.ru/",
        "-s", "Не работает поиск", "--body", "Поиск по сайту не находит товары. Почему?", DESK_PIN="4321")
    run("queue")  # caches this year's calendar in the database, as any desk in use has


def table(desk: str, env: dict[str, str], runs: int, directory: Path) -> tuple[float, list[tuple[str, str, str]]]:
    """(the unit in seconds, rows of (command, median, ratio and target))."""
    db = directory / "startup.db"
    env = {**env, "DESK_PIN": "4321"}
    seed(desk, env, db)
    pin = pin_check_seconds()
    timed = in_turns({"unit": (["python3", "-c", "pass"], env),
                      **{name: ([desk, *args], env) for name, args, _ in commands(str(db))}}, runs)
    unit = timed["unit"]
    rows = [("python3 -c pass (the unit)", f"{unit * 1000:.0f} ms", "")]
    for name, args, target in commands(str(db)):
        seconds = timed[name]
        allowed = target * unit + (pin if "open" in args else 0)
        verdict = "ok" if seconds <= allowed else "MISSED"
        budget = f"<= {target} x" + (f" + PIN check {pin * 1000:.0f} ms" if "open" in args else "")
        rows.append((name, f"{seconds * 1000:.0f} ms",
                     f"{seconds / unit:.1f} x (target {budget}: {verdict})"))
    return unit, rows


def markdown(rows: list[tuple[str, str, str]], runs: int, command: str) -> list[str]:
    load = os.getloadavg()
    import datetime as dt

    return [
        "## Startup",
        "",
        (f"Measured {dt.date.today().isoformat()}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the end; "
         f"command: `{command}` (median of {runs} runs per command after 3 warm-up rounds, the commands taken in turns, a small desk, "
         "the same run's `python3 -c pass` as the unit; default paths and written bytecode, as an installed desk has)."),
        "",
        "| command | median | ratio to `python3 -c pass` / target |",
        "| --- | --- | --- |",
        *[f"| `{a}` | {b} | {c} |" if c else f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
        ("Without Typer: `queue`, `show`, `search`, `calendar`, `deadline`, `renewal-quote`, `reply` and `open` (launcher.py, "
         "reading cli/grammar.py, generated from the Typer app; a PIN prompt or an editor goes to Typer); `--help` "
         "and `COMMAND --help` print a copy of Typer's own rendering (cli/help_cache.py). Without Rich at all "
         "when printing to a pipe or file: the tables of `queue`, `show`, `reply`, `open`, `deadline` and "
         "`renewal-quote` (plain.py and detail_layout.py, held to Rich's bytes by tests/test_plain.py and "
         "tests/test_detail_plain.py; text of one-cell characters is measured by its length, anything else by "
         "rich.cells). On a terminal too, for `queue` and for a `show` that fits the terminal, with the escapes "
         "Rich writes there (a property over three colour systems, and a pty test). "
         "A fast command runs without the cycle collector (launcher.py); `queue`, `show` and `reply` load no "
         "`typing` (domain/named.py builds the named tuples). `reply` loads no dataclasses "
         "and only the Russian and English Snowball stemmers; what it costs beyond `show` is its write (a "
         "transaction, WAL with synchronous=FULL) and the use case's modules. `open` hashes the PIN (scrypt, "
         "outside the interpreter lock) in a thread while it reads the message with the intake rules: about "
         "10 ms to import them, 5 ms to open the dictionary (intake/known_words.py reads dictionary words from "
         "pymorphy3's files without importing pymorphy3, which loads only for a word the dictionary lacks) and "
         "8-10 ms to apply them; their sixty-odd regular expressions come compiled from the user cache "
         "(pattern_cache.py: about 15 ms of re's parser saved a run), and the hash starts before the other "
         "fields are checked, before the lock check (which needs the desk's policy and calendar) and before "
         "the rest of the use case loads (services/drafts.py, services/pins.py). On a free second core "
         "the PIN check costs nothing and "
         "`open` costs `reply` plus that reading; with no core free the hash runs after it. The `desk` console script (`launcher.console`) "
         "leaves a fast command without the interpreter's teardown (5-15 ms of freeing modules and objects)."),
        "",
    ]


def environment(directory: Path) -> dict[str, str]:
    """A user's environment: no DESK_CONFIG or DESK_DB (the default paths are resolved as
    on any machine, inside ``directory``), and bytecode written as an installed package has it."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONDONTWRITEBYTECODE", "DESK_CONFIG", "DESK_DB", "DESK_AGENT", "NO_COLOR")}
    return {**env, "DESK_NOW": NOW, "XDG_CONFIG_HOME": str(directory / "config"),
            "XDG_DATA_HOME": str(directory / "data"), "XDG_CACHE_HOME": str(directory / "cache"),
            "COLUMNS": "100"}


def section(output: Path, lines: list[str]) -> None:
    """Put the startup ``lines`` into ``output`` in place of its "## Startup" section (or at
    its end), keeping every other section as it is."""
    text = output.read_text(encoding="utf-8") if output.exists() else "# Benchmarks\n"
    head, found, rest = text.partition("\n## Startup\n")
    tail = ""
    if found:
        after = rest.find("\n## ")
        tail = rest[after:] if after >= 0 else ""
    output.write_text(head.rstrip("\n") + "\n\n" + "\n".join(lines).rstrip("\n") + "\n" + tail, encoding="utf-8")


if __name__ == "__main__":
    import shutil

    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    found = shutil.which("desk") or sys.exit("desk is not on PATH: pip install . first")
    with tempfile.TemporaryDirectory() as tmp:
        _, measured = table(found, environment(Path(tmp)), runs, Path(tmp))
    print("\n".join(markdown(measured, runs, f"python benchmarks/startup.py {runs}")))
