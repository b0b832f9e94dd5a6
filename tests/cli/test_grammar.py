"""Command lines generated from the real grammar never crash.

The grammar is read from the application's own command tree (the click objects Typer
builds), not copied here: every command, its options and arguments, which are required,
which are flags and which values each accepts. Hypothesis then writes command lines a
person might type — valid and invalid options, values and combinations, a missing value,
an unknown option, a stray argument — and runs each in-process against a small seeded
desk. Whatever the line, the answer is an exit code of SPEC section 6 (0–5), at most one
``error:`` line, and never a traceback.

Left out: ``demo`` (seconds per run; its own tests cover it), ``queue --watch`` (runs
until Ctrl-C) and Typer's completion installers (they edit shell start-up files).
"""

from __future__ import annotations

import enum
import shutil
import typing
from pathlib import Path

import pytest
import typer.main
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from deskcli.cli.app import app
from tests.conftest import Desk

SKIPPED_COMMANDS = {("demo",)}
SKIPPED_OPTIONS = {"--watch", "--install-completion", "--show-completion"}

BODY = "После обновления корзина интернет-магазина пустая. Как это исправить?"
#: Text a person might type anywhere: ordinary, empty, hostile, markup, escapes, very long.
TEXTS = ["Пустая корзина", BODY, "", " ", "-", "x", "[bold]markup[/bold]", "\x1b[31mred", "=1+1",
         "line\nbreak", "ё" * 400, "Не помогло. Что ещё?", "Спасибо, всё заработало!"]
#: Realistic values per option or argument name, so generated lines also reach deep paths.
SAMPLES: dict[str, list[str]] = {
    "license": ["HC-1", "hc-1", "HC-FREE", "HC-404", "bad number!"],
    "number": ["HC-1", "hc-1", "HC-NEW", "HC-404", "???"],
    "pin": ["4321", "0000", ""],
    "version": ["6.9.1", "7", "x.y"],
    "edition": ["Бизнес", "бизнес", "Халява", "HostCMS.Халява", "Нет такой"],
    "site": ["https://shop.example.ru/cart", "ftp://x", "not a url", ""],
    "url": ["https://www.hostcms.ru/documentation/", "javascript:alert(1)"],
    "price": ["24900", "24 900,00", "0", "-5", "abc", "1e9"],
    "purchased": ["2026-06-01", "2025-11-24", "2026-02-30", "tomorrow"],
    "on": ["2026-11-25", "2027-06-20", "2020-01-01", "25.11.2026", "x"],
    "support_until": ["2026-11-19", "2026-13-01"],
    "since": ["2026-11-01", "2026-11-30", "nope"],
    "until": ["2026-11-30", "2026-11-01", "nope"],
    "from": ["2026-11-25T10:00", "2026-11-27T16:30+03:00", "2026-11-01", "yesterday"],
    "to": ["2026-11-30", "x"],
    "due_within": ["30m", "2h", "1h30m", "0", "forever"],
    "fields": ["id,status", "resolution", "id,,status", "nope", ""],
    "by": ["category", "month", "line", "category,month", "bogus"],
    "reason": ["obscene", "no_question", "out_of_scope", "bogus"],
    "key": ["agent", "targets.usage", "calendar.timezone", "intake.refuse", "nope.nope"],
    "value": ["120", "Europe/Moscow", '["no_question"]', "anna", "-1", ""],
    "agent": ["anna", "", " "],
    "assignee": ["anna", "nobody"],
    "query": ["корзина", "cache", ""],
    "keywords": ["корзина, кеш", ""],
    "title": ["Корзина", ""],
    "source": ["-", "{tmp}/missing.jsonl", "{tmp}/garbage.jsonl"],
}
PATHS = ["{tmp}/body.txt", "{tmp}/out.csv", "{tmp}/missing/x", "{tmp}", "-", "{tmp}/garbage.jsonl"]
INTS = [1, 2, 3, 4, 5, 0, -1, 99, 2**63 - 1, 2**63, "x", "1.5", ""]
FLOATS = [1, 5.5, 0, -1, "x"]
free_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)


def _leaves(group, path=()):
    for name, command in group.commands.items():
        if hasattr(command, "commands"):
            yield path + (name,), None  # a group without its subcommand
            yield from _leaves(command, path + (name,))
        elif path + (name,) not in SKIPPED_COMMANDS:
            yield path + (name,), command


ROOT = typer.main.get_command(app)
COMMANDS = list(_leaves(ROOT))


def _annotation(param) -> object:
    """What the parameter holds, from either a click type or Typer's own descriptor."""
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is not None:
        annotation = descriptor.annotation
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if args and typing.get_origin(annotation) is not None else annotation
    kind = getattr(param, "type", None)
    choices = getattr(kind, "choices", None)
    if choices:
        return enum.Enum("Choice", {str(c): str(c) for c in choices})
    name = getattr(kind, "name", "text")
    return {"integer": int, "integer range": int, "float": float, "float range": float,
            "path": Path, "boolean": bool}.get(name, str)


def _mostly(usual: st.SearchStrategy, odd: st.SearchStrategy) -> st.SearchStrategy:
    """Usually a value the command expects, sometimes an odd one: lines that get past the
    parser reach the code behind it, which is where crashes hide."""
    return st.integers(0, 3).flatmap(lambda n: odd if n == 0 else usual)


def _values(param) -> st.SearchStrategy:
    held = _annotation(param)
    if isinstance(held, type) and issubclass(held, enum.Enum):
        return _mostly(st.sampled_from([m.value for m in held]), st.sampled_from(["bogus", "", "TABLE"]))
    if held is int:
        return _mostly(st.sampled_from(INTS[:5]), st.sampled_from(INTS[5:]))
    if held is float:
        return st.sampled_from(FLOATS)
    if held is Path:
        return st.sampled_from(PATHS)
    return _mostly(st.sampled_from(SAMPLES.get(param.name, TEXTS)), st.sampled_from(TEXTS) | free_text)


@st.composite
def command_lines(draw) -> list[str]:
    line: list[str] = []
    if draw(st.integers(0, 3)) == 0:
        line += draw(st.sampled_from([["--agent", "anna"], ["--no-input"], ["--db", "{tmp}/desk.db"],
                                      ["--db", "{tmp}"], ["--db", "{tmp}/missing/desk.db"],
                                      ["--config", "{tmp}/missing.toml"], ["--version"]]))
    path, command = draw(st.sampled_from(COMMANDS))
    line += list(path)
    if command is not None:
        params = [p for p in command.params if not set(p.opts) & SKIPPED_OPTIONS]
        for param in draw(st.permutations(params)):
            if not draw(st.integers(0, 19) if param.required else st.integers(0, 1)):
                continue
            if param.param_type_name == "argument":
                line.append(str(draw(_values(param))))
            elif getattr(param, "is_flag", False):
                line.append(draw(st.sampled_from(param.opts + param.secondary_opts)))
            else:
                name, value = draw(st.sampled_from(param.opts)), str(draw(_values(param)))
                joined = name.startswith("--") and draw(st.booleans())
                line += [f"{name}={value}"] if joined else [name, value]
    if draw(st.integers(0, 5)) == 0:  # a mistake on top: unknown option, stray word, dangling option
        mistake = draw(st.sampled_from(["--bogus", "-Z", "stray", "--", "--help", "--json", "--format"]))
        line.insert(draw(st.integers(0, len(line))), mistake)
    return line


def _seed(desk: Desk, tmp: Path) -> None:
    """A desk with one request in every status, a free-edition license and an article."""
    def open_(subject: str, body: str, category: str = "usage", license: str = "HC-1", pin: str = "4321") -> None:
        desk("open", "-l", license, "--pin", pin, "-v", "6.9.1", "-c", category, "--site",
             "https://shop.example.ru/cart", "-s", subject, "--body", body, code=None)

    desk("license", "add", "HC-1", "--pin", "4321", "--edition", "Бизнес", "--price", "24900",
         "--purchased", "2026-06-01", "--customer", "ООО Ромашка")
    desk("license", "add", "HC-FREE", "--pin", "1111", "--edition", "Халява", "--price", "0",
         "--purchased", "2026-06-01")
    open_("Пустая корзина", BODY)                                                      # 1 open
    open_("Не работает поиск", "Поиск по сайту не находит товары. Почему?", "technical")  # 2 answered
    desk("reply", "2", "--body", "Переиндексируйте сайт.")
    open_("Ошибка 500", "Главная страница отдаёт ошибку 500. Что делать?", "emergency")  # 3 resolved
    desk("close", "3", "--resolution", "Кеш очищен.")
    open_("Меню", "Как добавить раздел в меню сайта?", "usage", "HC-FREE", "1111")      # 4 rejected: free
    desk("kb", "add", "--title", "Корзина", "--url", "https://www.hostcms.ru/documentation/cart/")
    (tmp / "body.txt").write_text(BODY, encoding="utf-8")
    (tmp / "garbage.jsonl").write_bytes(b"{not json\n\xff\n")


@pytest.fixture
def seeded(desk, isolation) -> Path:
    _seed(desk, isolation)
    seed = isolation / "seed.db"
    shutil.copyfile(isolation / "desk.db", seed)
    return seed


@settings(max_examples=int(__import__("os").environ.get("GRAMMAR_EXAMPLES", 100)), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(line=command_lines(), stdin=st.sampled_from(["", BODY, b"\xff\xfe"]))
# Lines that once crashed, kept so they run every time.
@example(line=["queue", "--json", "--format", "csv"], stdin="")
@example(line=["show", "1", "--json", "-f", "csv"], stdin="")
@example(line=["--db", "{tmp}", "doctor"], stdin="")
@example(line=["calendar", "-y", "9223372036854775808"], stdin="")
def test_any_command_line_ends_in_a_spec_exit_code_and_one_line_at_most(seeded, isolation, line, stdin,
                                                                         monkeypatch) -> None:
    monkeypatch.chdir(isolation)  # a relative path on a generated line lands in the test's directory
    for suffix in ("", "-wal", "-shm"):
        (isolation / f"desk.db{suffix}").unlink(missing_ok=True)
    shutil.copyfile(seeded, isolation / "desk.db")
    args = [arg.replace("{tmp}", str(isolation)) for arg in line]
    result = Desk()(*args, input=stdin, code=None)
    event(f"exit {result.exit_code}")
    shown = f"desk {' '.join(args)!r} -> {result.exit_code}\n{result.stdout}\n{result.stderr}"
    # SPEC 6: 75 is desk mail-in's alone (the MTA keeps the message and offers it again).
    assert 0 <= result.exit_code <= 5 or (result.exit_code == 75 and "mail-in" in args), shown
    assert sum(line.startswith("error:") for line in result.stderr.splitlines()) <= 1, shown
    assert "Traceback" not in result.stdout + result.stderr, shown
    assert result.exception is None or isinstance(result.exception, SystemExit), shown
