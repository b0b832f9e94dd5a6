"""Help from the copy is byte for byte the help Typer renders, and a copy is used only for
exactly the run it was made for (the performance issue: ``desk --help`` at most 4 x the bare
interpreter)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from deskcli.cli import help_cache

PROBE = (
    "import sys\n"
    "from deskcli import launcher\n"
    "sys.argv = ['desk'] + sys.argv[1:]\n"
    "try:\n"
    "    launcher.main()\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "sys.stdout.flush()\n"
    "sys.stderr.write(f'EXIT {code} TYPER {int(\"typer\" in sys.modules)}\\n')\n"
)


def _desk(*args: str, **env: str) -> tuple[str, str, bool]:
    """(stdout, the exit code, whether Typer was loaded) of ``desk ARGS`` in a process of its own."""
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                            env={**os.environ, **env})
    *errors, last = result.stderr.splitlines()
    _, code, _, typer = last.split()
    return result.stdout, "\n".join(errors) + code, typer == "1"


def _copies(isolation: Path) -> list[Path]:
    return sorted((isolation / "home" / "cache" / "deskcli" / "help").glob("*.txt"))


@pytest.mark.parametrize("argv", [["--help"], ["-h"], ["queue", "--help"], ["license", "add", "--help"],
                                  ["renewal-quote", "-h"]])
def test_help_from_the_copy_is_what_typer_printed(argv) -> None:
    rendered = _desk(*argv)
    served = _desk(*argv)
    assert rendered[2] and not served[2]  # Typer the first time, the copy after
    assert served[:2] == rendered[:2] and rendered[1] == "0" and "Usage: desk" in rendered[0]


def test_a_copy_is_kept_only_for_its_own_terminal(isolation) -> None:
    narrow = _desk("--help", COLUMNS="60")
    wide = _desk("--help", COLUMNS="120")
    assert wide[2] and narrow[0] != wide[0]  # a width of its own: rendered again
    assert _desk("--help", COLUMNS="60")[:2] == narrow[:2]
    coloured = _desk("--help", COLUMNS="60", FORCE_COLOR="1", NO_COLOR="")
    assert coloured[2] and "\x1b[" in coloured[0]
    assert _desk("--help", COLUMNS="60", FORCE_COLOR="1", NO_COLOR="") == (coloured[0], coloured[1], False)
    assert len(_copies(isolation)) == 3


def test_errors_are_never_kept(isolation) -> None:
    first = _desk("no-such-command", "--help")
    assert first[1].endswith("2") and first[2]
    assert _desk("no-such-command", "--help") == first
    assert _copies(isolation) == []


def test_a_copy_with_another_key_or_another_writer_is_not_served(isolation) -> None:
    rendered = _desk("--help")
    (copy,) = _copies(isolation)
    digest, _, shown = copy.read_text(encoding="utf-8").partition("\x00")
    copy.write_text(digest + "\x00forged help\n", encoding="utf-8")
    copy.chmod(0o666)
    assert _desk("--help") == rendered  # not served, and rendered again
    copy.write_text("0" * len(digest) + "\x00forged help\n", encoding="utf-8")
    copy.chmod(0o600)
    assert _desk("--help") == rendered


def test_no_secret_reaches_the_copy_and_other_desk_settings_replace_it(isolation) -> None:
    secrets = {"DESK_PIN": "4321-secret", "DESK_SMTP_PASSWORD": "s3cret-smtp", "DESK_IMAP_PASSWORD": "imap-pw"}
    rendered = _desk("queue", "--help", **secrets)
    for now in ("2026-11-25T10:00:00+03:00", "2026-11-26T10:00:00+03:00", "2026-11-27T10:00:00+03:00"):
        assert _desk("queue", "--help", DESK_NOW=now, **secrets)[:2] == rendered[:2]
    (copy,) = _copies(isolation)  # one file for the command line and terminal, however the desk is set
    kept = copy.read_bytes()
    assert not any(value.encode() in kept for value in secrets.values())
    assert b"DESK_" not in kept and b"env " not in kept  # a digest of the key, not the key
    # another PIN is the same key: only that a PIN is set counts
    assert not _desk("queue", "--help", DESK_NOW=now, **{**secrets, "DESK_PIN": "9999"})[2]


def test_the_directory_keeps_the_newest_copies(isolation, monkeypatch) -> None:
    monkeypatch.setattr(help_cache, "KEPT", 3)
    directory = isolation / "home" / "cache" / "deskcli" / "help"
    directory.mkdir(parents=True)
    legacy = directory / "0badc0de.txt"  # as an earlier version kept it: the key in clear
    legacy.write_text("argv --help\nenv DESK_PIN=4321\x00help\n", encoding="utf-8")
    for width in range(60, 66):
        monkeypatch.setenv("COLUMNS", str(width))
        help_cache.keep(["--help"], help_cache.key(["--help"]), f"help at {width}\n")
    assert len(list(directory.glob("*.txt"))) == 3 and not legacy.exists()
    monkeypatch.setenv("COLUMNS", "65")
    assert help_cache.cached(["--help"], help_cache.key(["--help"])) == "help at 65\n"
    monkeypatch.setenv("COLUMNS", "60")
    assert help_cache.cached(["--help"], help_cache.key(["--help"])) is None


def test_the_key_follows_what_rendering_reads(monkeypatch) -> None:
    base = help_cache.key(["--help"])
    assert help_cache.key(["--help"]) == base
    assert help_cache.key(["queue", "--help"]) != base
    for name, value in (("COLUMNS", "81"), ("TERM", "dumb"), ("FORCE_COLOR", "1"), ("DESK_DB", "/elsewhere")):
        with monkeypatch.context() as patched:
            patched.setenv(name, value)
            assert help_cache.key(["--help"]) != base, name


@pytest.mark.parametrize("argv,wanted", [
    (["--help"], True), (["-h"], True), (["license", "add", "--help"], True), (["renewal-quote", "-h"], True),
    ([], False), (["queue"], False), (["--db", "x", "queue", "--help"], False), (["queue", "--help", "x"], False),
    (["a", "b", "c", "--help"], False), (["квота", "--help"], False),
])
def test_only_plain_help_lines_use_the_copy(argv, wanted) -> None:
    assert help_cache.wanted(argv) is wanted


def test_a_reader_that_goes_away_is_an_exit_code_not_a_traceback(isolation) -> None:
    _desk("--help")  # the copy
    plain = "import sys; from deskcli import launcher; sys.argv = ['desk', '--help']; launcher.main()"
    child = subprocess.Popen([sys.executable, "-c", plain], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=os.environ.copy())
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader is gone before the copy is written
    errors = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141 and errors == "", errors  # as any command a reader left
