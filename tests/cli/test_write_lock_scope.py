"""The write lock covers only statements (issue 14): nothing is imported or loaded inside it.

Each command runs in a fresh interpreter, as a real command does: in the test process the
modules are already loaded and a first import inside the lock (16-29 ms for the stemmers,
12 ms for the cipher library) would go unseen.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from tests.cli.test_requests import add_license, open_request

PROBE = textwrap.dedent(
    """
    import contextlib, io, json, sys
    import typer.main
    from deskcli.store import repository
    from deskcli.cli.app import app

    found = []
    original = repository.immediate

    @contextlib.contextmanager
    def watched(conn, **kwargs):
        with original(conn, **kwargs) as inner:
            before = set(sys.modules)
            yield inner
            found.extend(sorted(set(sys.modules) - before))

    repository.immediate = watched
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = typer.main.get_command(app).main(sys.argv[1:], prog_name="desk", standalone_mode=False)
    print(json.dumps({"code": code or 0, "imported": found}))
    """
)


@pytest.fixture
def request_with_access(desk, isolation) -> str:
    add_license(desk)
    number = str(open_request(desk)["id"])
    credentials = isolation / "creds.toml"
    credentials.write_text('kind = "ftp"\naddress = "ftp.example.ru"\nlogin = "tmp"\npassword = "Tmp-Pa55"\n')
    desk("access", "add", number, "--from-file", str(credentials), env={"DESK_KEY_FILE": str(isolation / "key")})
    return number


@pytest.mark.parametrize("args", [
    ("reply", "{id}", "--body", "Очистите кеш."),
    ("escalate", "{id}", "--note", "Нужен разработчик"),
    ("access", "show", "{id}"),
    ("close", "{id}", "--resolution", "Кеш сброшен"),
], ids=["reply", "escalate", "access-show", "close"])
def test_nothing_is_imported_while_the_write_lock_is_held(request_with_access, isolation, monkeypatch, args) -> None:
    monkeypatch.setenv("DESK_KEY_FILE", str(isolation / "key"))
    argv = [a.replace("{id}", request_with_access) for a in args]
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True, timeout=60)
    result = json.loads(out.stdout)
    assert result["code"] == 0
    assert result["imported"] == []


def test_a_writer_kept_waiting_for_the_lock_says_so_once(desk, isolation, monkeypatch) -> None:
    """Another process holds the write lock: the command says it waits (once), and goes on
    when the lock is free. The other writer lets go as the notice is given, so no clock is read."""
    import sqlite3
    import time
    from types import SimpleNamespace

    from deskcli import settings
    from deskcli.services import requests
    from deskcli.services.context import Context
    from deskcli.store import db

    add_license(desk)
    opened = open_request(desk)
    monkeypatch.setattr(db, "WAIT_NOTICE_SECONDS", 0.0)
    other = sqlite3.connect(isolation / "desk.db", isolation_level=None)
    said: list[str] = []
    retried: list[float] = []

    def notice(message: str) -> None:
        said.append(message)
        other.execute("COMMIT")

    for attended in (True, False):  # a person at a terminal is told; cron (no ``waiting``) is not
        other.execute("BEGIN IMMEDIATE")
        ctx = Context(db_path=isolation / "desk.db", settings=settings.build(isolation / "config.toml", {}),
                      notice=notice, writes=True)
        if attended:
            ctx.waiting = notice
        else:  # the other writer lets go at the first retry instead, and anything said is caught
            ctx.notice = ctx.warn = said.append

            def retry(seconds: float) -> None:
                retried.append(seconds)
                if other.in_transaction:
                    other.execute("COMMIT")

            monkeypatch.setattr(db, "time", SimpleNamespace(monotonic=time.monotonic, sleep=retry))
        try:
            requests.reply(ctx, opened["id"], f"Ответ {attended}", kind="internal")
        finally:
            ctx.close()
    other.close()
    assert retried  # the unattended writer did wait, in silence
    assert said == [f"another command is writing to {isolation / 'desk.db'}; waiting for it (up to 30 s)"]
    assert [m["body"] for m in desk.json("show", str(opened["id"]), "--json")["messages"][-2:]] == \
        ["Ответ True", "Ответ False"]
