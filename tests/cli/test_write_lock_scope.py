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
