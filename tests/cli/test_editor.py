"""The editor for ``reply``/``open``/``template`` and the pager for ``show``, on a real terminal.

A pseudo-terminal stands in for the agent's terminal and small Python scripts for the
editor and the pager, so the whole path runs: ``desk`` sees a TTY, starts the program
named by the settings or the environment, and reads back what it saved.
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_requests import add_license, open_request

EDITOR_SCRIPT = """
import pathlib, sys
path = pathlib.Path(sys.argv[-1])
pathlib.Path({seen!r}).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
path.write_text({text!r} + path.read_text(encoding="utf-8"), encoding="utf-8")
sys.exit({code})
"""


def editor(tmp_path: Path, text: str, *, code: int = 0, name: str = "editor") -> tuple[str, Path]:
    """A command that plays the agent: types ``text`` above what the file held."""
    script, seen = tmp_path / f"{name}.py", tmp_path / f"{name}.seen"
    script.write_text(EDITOR_SCRIPT.format(seen=str(seen), text=text, code=code), encoding="utf-8")
    return f"{sys.executable} {script}", seen


def in_terminal(*args: str, env: dict | None = None, stdout_tty: bool = False) -> subprocess.CompletedProcess:
    """``desk ARGS`` with a terminal on standard input (and output, if asked)."""
    master, slave = pty.openpty()
    try:
        return subprocess.run([sys.executable, "-m", "deskcli", *args], stdin=slave,
                              stdout=slave if stdout_tty else subprocess.PIPE, stderr=subprocess.PIPE,
                              env={**os.environ, **(env or {})}, timeout=60, text=True)
    finally:
        os.close(master)
        os.close(slave)


@pytest.fixture
def waiting(desk):
    add_license(desk)
    return desk, open_request(desk, at="2026-11-25T10:00")["id"]


def test_reply_on_a_terminal_opens_the_editor_with_the_thread_as_comments(waiting, tmp_path) -> None:
    desk, request = waiting
    command, seen = editor(tmp_path, "Очистите кеш в разделе Система.\n\n\n")
    result = in_terminal("reply", str(request), "--json", env={"EDITOR": command})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "answered"
    shown = seen.read_text(encoding="utf-8")
    assert f"# Reply to #{request} (open, due 2026-11-25T15:00:00+03:00)" in shown
    assert "# После обновления корзина интернет-магазина пустая. Как это исправить?" in shown
    bodies = [m["body"] for m in desk.json("show", str(request), "--json")["messages"]]
    assert bodies[-1] == "Очистите кеш в разделе Система."  # comments and blank tail stripped


@pytest.mark.parametrize("argv", [
    ("reply", "1"),
    ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://shop.example.ru", "-s", "Пустая корзина"),
    ("template", "add", "thanks"),
], ids=["reply", "open", "template"])
def test_an_empty_message_aborts_with_nothing_changed(waiting, tmp_path, isolation, argv) -> None:
    """Emptying the editor is how the agent drops what was being written: exit 0, not 1,
    which ``desk open`` gives a rejected request."""
    before = (isolation / "desk.db").read_bytes()
    command, _ = editor(tmp_path, "   \n# только комментарий\n")
    result = in_terminal(*argv, env={"EDITOR": command, "DESK_PIN": "4321"})
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("aborted: the ") and result.stderr.endswith(" is empty; nothing was changed\n")
    assert (isolation / "desk.db").read_bytes() == before


def test_an_editor_that_fails_changes_nothing(waiting, tmp_path) -> None:
    desk, request = waiting
    command, _ = editor(tmp_path, "Ответ", code=3)
    result = in_terminal("reply", str(request), env={"EDITOR": command})
    assert result.returncode == 2 and result.stderr.startswith("error: the editor")
    assert len(desk.json("show", str(request), "--json")["messages"]) == 1


def test_the_personal_setting_comes_before_visual_and_editor(waiting, tmp_path, isolation) -> None:
    desk, request = waiting
    mine, mine_seen = editor(tmp_path, "Из настройки", name="mine")
    visual, visual_seen = editor(tmp_path, "Из VISUAL", name="visual")
    plain, _ = editor(tmp_path, "Из EDITOR", name="plain")
    assert in_terminal("reply", str(request), env={"VISUAL": visual, "EDITOR": plain}).returncode == 0
    assert visual_seen.exists()
    desk("config", "set", "editor", mine)
    assert in_terminal("reply", str(request), "--internal", env={"VISUAL": visual, "EDITOR": plain}).returncode == 0
    assert mine_seen.exists()
    bodies = [m["body"] for m in desk.json("show", str(request), "--json")["messages"]]
    assert bodies[-2:] == ["Из VISUAL", "Из настройки"]


def test_without_visual_or_editor_a_sensible_default_runs(waiting, tmp_path) -> None:
    """No setting, VISUAL or EDITOR: ``editor``, then ``nano``, then ``vi`` from PATH; none
    of them is one error line and nothing changes."""
    desk, request = waiting
    programs = tmp_path / "bin"
    programs.mkdir()
    (programs / "sh").symlink_to(shutil.which("sh") or "/bin/sh")
    unset = {"VISUAL": "", "EDITOR": "", "PATH": str(programs)}
    result = in_terminal("reply", str(request), env=unset)
    assert result.returncode == 2 and result.stderr.strip().splitlines() == [
        "error: no editor found: set EDITOR, or desk config set editor nano"]
    assert desk.json("show", str(request), "--json")["status"] == "open"
    for name, text in (("vi", "Из vi"), ("nano", "Из nano")):
        script = programs / name
        script.write_text(f"#!{sys.executable}\n" + EDITOR_SCRIPT.format(seen=str(tmp_path / f"{name}.seen"),
                                                                         text=text, code=0), encoding="utf-8")
        script.chmod(0o755)
    assert in_terminal("reply", str(request), env=unset).returncode == 0
    assert desk.json("show", str(request), "--json")["messages"][-1]["body"] == "Из nano"  # nano before vi


def test_no_input_and_pipes_never_open_an_editor(waiting, tmp_path) -> None:
    desk, request = waiting
    command, seen = editor(tmp_path, "Не должно попасть")
    result = in_terminal("--no-input", "reply", str(request), env={"EDITOR": command})
    assert result.returncode == 2 and "the message is missing" in result.stderr
    desk("reply", str(request), env={"EDITOR": command}, input="Из канала\n")
    assert not seen.exists()
    assert desk.json("show", str(request), "--json")["messages"][-1]["body"] == "Из канала\n"


def test_open_without_a_body_asks_the_editor(desk, tmp_path) -> None:
    add_license(desk)
    command, seen = editor(tmp_path, "Корзина пуста после обновления. Как исправить?\n")
    result = in_terminal("open", "-l", "HC-1", "--pin", "4321", "-v", "6.9.1", "-c", "usage", "--site",
                         "https://shop.example.ru", "-s", "Пустая корзина", "--json", env={"EDITOR": command})
    assert result.returncode == 0, result.stderr
    assert "# New request for license HC-1: Пустая корзина" in seen.read_text(encoding="utf-8")
    request = json.loads(result.stdout)["id"]
    assert desk.json("show", str(request), "--json")["messages"][0]["body"] == \
        "Корзина пуста после обновления. Как исправить?"


def test_reply_with_a_template_and_edit(waiting, tmp_path) -> None:
    desk, request = waiting
    desk("kb", "add", "--title", "Очистка кеша", "--url", "https://www.hostcms.ru/documentation/cache/")
    command, seen = editor(tmp_path, "P.S. Напишите, если не поможет.\n")
    result = in_terminal("reply", str(request), "--template", "docs", "--kb", "1", "--edit", env={"EDITOR": command})
    assert result.returncode == 0, result.stderr
    assert "Очистка кеша — https://www.hostcms.ru/documentation/cache/" in seen.read_text(encoding="utf-8")
    body = desk.json("show", str(request), "--json")["messages"][-1]["body"]
    assert body.startswith("P.S. Напишите") and "https://www.hostcms.ru/documentation/cache/" in body


def test_template_edit_in_the_editor(desk, tmp_path) -> None:
    command, seen = editor(tmp_path, "Здравствуйте, $customer! ")
    result = in_terminal("template", "edit", "docs", env={"EDITOR": command})
    assert result.returncode == 0, result.stderr
    assert "# $docs: links to documentation articles" in seen.read_text(encoding="utf-8")
    assert desk.json("template", "show", "docs", "--json")["body"].startswith("Здравствуйте, $customer! Здравствуйте!")
    bad, _ = editor(tmp_path, "Привет, ${customer.__class__}", name="bad")
    result = in_terminal("template", "edit", "docs", env={"EDITOR": bad})
    assert result.returncode == 2 and "is not a variable" in result.stderr


def test_show_pages_long_output_on_a_terminal_and_cuts_long_bodies(waiting, tmp_path) -> None:
    desk, request = waiting
    long_body = "\n".join(f"строка {n}" for n in range(1, 101))
    desk("reply", str(request), "--internal", "--body-file", "-", input=long_body)
    pager = tmp_path / "pager.py"
    paged = tmp_path / "paged.txt"
    pager.write_text(f"import sys, pathlib\npathlib.Path({str(paged)!r}).write_text(sys.stdin.read())\n")
    env = {"PAGER": f"{sys.executable} {pager}", "LINES": "20", "COLUMNS": "100"}
    result = in_terminal("show", str(request), env=env, stdout_tty=True)
    assert result.returncode == 0, result.stderr
    text = paged.read_text()
    assert "строка 40" in text and "строка 41\n" not in text
    assert "60 more lines" in text and f"desk show {request} --full" in text
    assert in_terminal("show", str(request), "--full", env=env, stdout_tty=True).returncode == 0
    assert "строка 100" in paged.read_text()
    # Not a terminal: no pager, and JSON always has the whole body.
    assert "строка 100" in desk.json("show", str(request), "--json")["messages"][-1]["body"]


MEANWHILE_EDITOR = """
import pathlib, subprocess, sys
path = pathlib.Path(sys.argv[-1])
subprocess.run([sys.executable, "-m", "deskcli", "--agent", "boris", *{meanwhile!r}], check=True,
               stderr=subprocess.DEVNULL)
path.write_text(path.read_text(encoding="utf-8") + "\\nВерсия Анны.\\n", encoding="utf-8")
"""


@pytest.mark.parametrize("command,meanwhile,shows", [
    (("template", "edit", "docs"), ("template", "edit", "docs", "--body", "Версия Бориса: $agent"),
     ("template", "show", "docs", "--json")),
    (("template", "mail", "edit", "close"), ("template", "mail", "edit", "close", "--body",
                                              "Subject: Закрыто ($ticket)\n\nВерсия Бориса. $resolution"),
     ("template", "mail", "show", "close", "--json")),
], ids=["canned answer", "mail text"])
def test_a_save_made_while_the_editor_was_open_is_not_overwritten(desk, tmp_path, command, meanwhile, shows) -> None:
    """Boris saved while Anna's editor was open; her save replaced his text without a word
    (QA). Now hers is refused, his stands, and what she wrote is kept in a file."""
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01",
         env={"DESK_PIN": "4321"})
    script = tmp_path / "anna.py"
    script.write_text(MEANWHILE_EDITOR.format(meanwhile=list(meanwhile)), encoding="utf-8")
    result = in_terminal("--agent", "anna", *command, env={"EDITOR": f"{sys.executable} {script}"})
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "was changed by boris" in result.stderr and "nothing was saved" in result.stderr
    kept = Path(result.stderr.split("your text is kept in ", 1)[1].split(" ", 1)[0])
    assert "Версия Анны." in kept.read_text(encoding="utf-8")
    assert oct(kept.stat().st_mode & 0o777) == "0o600"
    shown = desk.json(*shows)
    assert "Версия Бориса" in (shown.get("body") or shown.get("text"))


def test_when_the_text_cannot_be_kept_the_error_still_says_why_the_save_failed(desk, tmp_path) -> None:
    """Keeping the text failed on a full or unwritable disk, and that error replaced the one
    that mattered (review): now both are said, on one line."""
    script = tmp_path / "anna.py"
    script.write_text(MEANWHILE_EDITOR.format(meanwhile=["template", "edit", "docs", "--body", "Версия Бориса: $agent"]),
                      encoding="utf-8")
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("")
    result = in_terminal("--agent", "anna", "template", "edit", "docs",
                         env={"EDITOR": f"{sys.executable} {script}", "XDG_DATA_HOME": str(blocked)})
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "was changed by boris" in result.stderr and "your text could not be kept either" in result.stderr


@pytest.mark.parametrize("command,listing", [(("template", "mail", "edit", "close", "--language", "en"),
                                              ("template", "mail", "list", "--json")),
                                             (("template", "edit", "docs"), ("template", "list", "--json"))],
                         ids=["mail text", "canned answer"])
def test_an_editor_quit_without_a_change_saves_nothing(desk, tmp_path, command, listing) -> None:
    """Quitting the editor unchanged saved the text as the team's own copy (QA)."""
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01",
         env={"DESK_PIN": "4321"})
    before = desk(*listing).stdout
    unchanged, _ = editor(tmp_path, "")
    result = in_terminal(*command, env={"EDITOR": unchanged})
    assert result.returncode == 0 and "was not changed; nothing was saved" in result.stderr, result.stderr
    assert desk(*listing).stdout == before


def test_a_mail_text_edited_in_the_editor_keeps_its_signature_separator(desk, tmp_path) -> None:
    """The editor's clean-up cut the space of "-- ", so mail readers lost the signature's start."""
    desk("license", "add", "HC-1", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01",
         env={"DESK_PIN": "4321"})
    assert "\n-- \n" in desk.json("template", "mail", "show", "close", "--language", "en", "--json")["text"]
    script = tmp_path / "append.py"
    script.write_text("import pathlib, sys\np = pathlib.Path(sys.argv[-1])\n"
                      "t = p.read_text(encoding='utf-8').replace('Technical support', 'Technical support team')\n"
                      "p.write_text(t, encoding='utf-8')\n", encoding="utf-8")
    result = in_terminal("template", "mail", "edit", "close", "--language", "en",
                         env={"EDITOR": f"{sys.executable} {script}"})
    assert result.returncode == 0, result.stderr
    text = desk.json("template", "mail", "show", "close", "--language", "en", "--json")["text"]
    assert "\n-- \nTechnical support team" in text
