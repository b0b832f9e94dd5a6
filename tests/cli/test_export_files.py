"""``desk export`` writes the same bytes to a file as to standard output; a byte order
mark only on request; an interrupted export leaves no half-written file."""

from __future__ import annotations

import itertools

import pytest

from deskcli.cli.app import app
from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


@pytest.fixture
def busy(desk):
    add_license(desk)
    open_request(desk, at="2026-11-24T10:00")
    open_request(desk, at="2026-11-25T09:00", subject="=HYPERLINK(\"x\")")
    desk("close", "1", "--resolution", "Кеш очищен; всё работает.")
    return desk


@pytest.mark.parametrize("args", [[], ["--messages"], ["--format", "json"], ["--format", "jsonl"], ["--json"],
                                  ["--bom"], ["--fields", "id,resolution,closed_at"]])
def test_a_file_holds_exactly_what_standard_output_shows(busy, isolation, args) -> None:
    target = isolation / "out.file"
    shown = busy.runner.invoke(app, ["export", *args]).stdout_bytes
    busy("export", *args, "-o", str(target))
    assert target.read_bytes() == shown
    assert (target.stat().st_mode & 0o777) == 0o600


def test_csv_has_no_byte_order_mark_unless_asked(busy) -> None:
    plain = busy("export").stdout
    assert plain.startswith("id,license,") and "\ufeff" not in plain
    assert busy("export", "--bom").stdout.startswith("\ufeffid,license,")
    assert_one_error_line(busy("export", "--bom", "--format", "json", code=2))


def test_json_is_short_for_format_json_and_conflicts_are_usage_errors(busy) -> None:
    assert busy.json("export", "--json") == busy.json("export", "--format", "json")
    assert_one_error_line(busy("export", "--json", "--format", "csv", code=2))
    result = busy("export", "--format", "table", code=2)
    assert "table" in result.stderr


def test_dash_is_standard_output(busy, isolation, monkeypatch) -> None:
    monkeypatch.chdir(isolation)
    assert busy("export", "-o", "-").stdout == busy("export").stdout
    assert not (isolation / "-").exists()


def test_an_interrupted_export_leaves_no_file(busy, isolation, monkeypatch) -> None:
    from deskcli import output

    target = isolation / "out.csv"
    target.write_text("yesterday's export\n", encoding="utf-8")
    real = output.write_csv_lines  # what the streaming export writes CSV with

    def interrupted(lines, columns, stream=None):
        real(itertools.islice(lines, 1), columns, stream)
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "write_csv_lines", interrupted)
    result = busy("export", "-o", str(target), code=130)
    assert result.stderr == "error: interrupted; nothing was changed\n"
    assert target.read_text(encoding="utf-8") == "yesterday's export\n"
    assert sorted(p.name for p in isolation.iterdir() if p.name.startswith(".out.csv")) == []


@pytest.mark.parametrize("fields,says", [("", "names no field"), (" , ", "names no field"),
                                         ("id,,subject", "empty name"), ("id,subject,id", "names id twice")])
@pytest.mark.parametrize("command", [("queue", "--format", "csv"), ("show", "1", "--json"),
                                     ("export", "--format", "csv")], ids=" ".join)
def test_fields_that_name_nothing_or_twice_are_refused(desk, command, fields, says) -> None:
    """An empty --fields listed every column, and id,id gave two columns in CSV and one in
    JSON (QA): a script's typo must not quietly change its columns."""
    from tests.cli.test_requests import add_license, open_request

    add_license(desk)
    open_request(desk)
    result = desk(*command, "--fields", fields, code=2)
    assert_one_error_line(result)
    assert says in result.stderr and result.stdout == ""


@pytest.mark.parametrize("command", [("reply", "1", "--internal", "--body", "заметка"),
                                     ("open", "-l", "HC-1", "-v", "6.9.1", "-c", "usage", "--site", "https://a.ru/",
                                      "-s", "Корзина", "--body", "Как настроить скидки?")], ids=lambda c: c[0])
@pytest.mark.parametrize("fields", ["id,id", "nope", ""])
def test_a_change_with_wrong_fields_records_nothing(desk, isolation, command, fields) -> None:
    """The change was stored and its mail queued, then the printing refused the fields with
    exit 2: a script retrying the usage error posted twice (review)."""
    from tests.cli.test_requests import add_license, open_request

    add_license(desk)
    open_request(desk)
    before = desk("export", "--all", "--format", "jsonl").stdout
    result = desk(*command, "--json", "--fields", fields, env={"DESK_PIN": "4321"}, code=2)
    assert_one_error_line(result)
    assert desk("export", "--all", "--format", "jsonl").stdout == before


def test_export_all_takes_no_fields_not_even_an_empty_one(desk) -> None:
    result = desk("export", "--all", "--fields", "", code=2)
    assert_one_error_line(result)
    assert "takes no filters" in result.stderr


def test_a_pipe_or_a_device_named_with_o_is_written_into_never_replaced(desk, isolation) -> None:
    """`-o /dev/null` as root renamed a 0600 file over /dev/null (QA): a path that is a
    device or a pipe is written into as it is, and a backup refuses it."""
    import os
    import stat

    from tests.cli.test_requests import add_license, open_request
    from tests.conftest import assert_one_error_line

    add_license(desk)
    open_request(desk)
    fifo = isolation / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDWR)  # a reader there before the export starts, as `cat pipe &` is
    try:
        desk("export", "-o", str(fifo))
        os.set_blocking(reader, False)
        read = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    desk("export", "-o", str(isolation / "file.csv"))
    assert read == (isolation / "file.csv").read_bytes()
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    refused = desk("backup", str(fifo), "--force", code=2)
    assert_one_error_line(refused)
    assert "not a regular file" in refused.stderr and stat.S_ISFIFO(os.stat(fifo).st_mode)
    link = isolation / "stdout"  # /dev/stdout's kind: a link, written through, never replaced
    link.symlink_to(isolation / "target.csv")
    desk("export", "-o", str(link))
    assert link.is_symlink() and (isolation / "target.csv").read_bytes() == (isolation / "file.csv").read_bytes()
    assert "not a regular file" in desk("backup", str(link), "--force", code=2).stderr
    if os.geteuid() == 0:  # a device of our own, as /dev/null is
        null = isolation / "null"
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        desk("export", "--all", "-o", str(null))
        assert stat.S_ISCHR(os.stat(null).st_mode)


def test_dev_stdout_is_the_stream_the_shell_opened_and_a_pipe_nobody_reads_is_an_error(desk, isolation,
                                                                                       monkeypatch) -> None:
    """`-o /dev/stdout >> log` appends as the shell asked (a fresh open would write from the
    start of the file); a named pipe with no reader fails at once instead of waiting for ever."""
    import os
    import subprocess
    import sys

    from tests.cli.test_requests import add_license, open_request
    from tests.conftest import assert_one_error_line

    add_license(desk)
    open_request(desk)
    log = isolation / "log.txt"
    log.write_text("keep me\n")
    with log.open("a") as appended:
        subprocess.run([sys.executable, "-m", "deskcli", "export", "--format", "json", "--fields", "id",
                        "-o", "/dev/stdout"], stdout=appended, check=True, capture_output=False, stderr=subprocess.DEVNULL)
    assert log.read_text() == 'keep me\n[{"id":1}]\n'
    fifo = isolation / "nobody"
    os.mkfifo(fifo)
    from deskcli import files

    monkeypatch.setattr(files, "PIPE_READER_WAIT", 0.0)  # no reader will come: the test does not wait for one
    refused = desk("export", "-o", str(fifo), code=5)
    assert_one_error_line(refused)
    assert "nothing reads from it" in refused.stderr


def _desk_files(isolation):
    """The files of the test's desk, each as a test names it for -o: the database, its journal,
    the access key and the settings file."""
    (isolation / "config.toml").write_text("")
    key = isolation / "home" / "config" / "deskcli" / "access.key"
    return {"database": isolation / "desk.db", "database journal": isolation / "desk.db-wal",
            "access key": key, "settings file": isolation / "config.toml"}


@pytest.mark.parametrize("args", [["export"], ["export", "--format", "json"], ["export", "--all"],
                                  ["backup", "--force"]])
@pytest.mark.parametrize("kind", ["database", "database journal", "access key", "settings file", "a link"])
def test_no_output_replaces_a_file_of_the_desk(busy, isolation, args, kind) -> None:
    """`desk export -o desk.db` once wrote a CSV where the database was (review): a file the
    desk keeps, named or reached through a link, is refused before anything is written."""
    files = _desk_files(isolation)
    if kind == "a link":
        (isolation / "out.csv").symlink_to(files["database"])
        target, said = isolation / "out.csv", "database"
    else:
        target, said = files[kind], kind
    if args[0] == "backup" and kind in ("database", "a link"):  # the backup's own checks, in their words
        said = "the backup must go to another file" if kind == "database" else "not a regular file"
    before = {path: path.read_bytes() for path in files.values() if path.exists()}
    result = busy(*args[:1], *(["-o"] if args[0] == "export" else []), str(target), *args[1:], code=2)
    assert_one_error_line(result)
    assert said in result.stderr
    assert {path: path.read_bytes() for path in files.values() if path.exists()} == before


@pytest.mark.parametrize(("name", "args", "format_asked"), [
    ("november.json", [], ["--format", "json"]), ("november.jsonl", [], ["--format", "jsonl"]),
    ("november.JSON", ["--messages"], ["--format", "json", "--messages"]),
    ("november.csv", [], []), ("november.txt", [], []),
    ("november.json", ["--format", "csv"], ["--format", "csv"]),  # a format given is the one written
])
def test_a_file_named_json_or_jsonl_gets_that_format_unless_one_is_given(busy, isolation, name, args,
                                                                         format_asked) -> None:
    """Review scripter27: desk export -o november.json wrote CSV into it (the format is csv
    unless given), while desk export --all -o desk.json, in the same command, follows the name."""
    target = isolation / name
    busy("export", *args, "-o", str(target))
    assert target.read_bytes() == busy.runner.invoke(app, ["export", *format_asked]).stdout_bytes
