"""The application as a whole: entry points, version, help text with examples, errors."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer.main

from deskcli import __version__
from deskcli.cli.app import app


def _commands(group, prefix=()):
    for name, command in group.commands.items():
        path = prefix + (name,)
        if hasattr(command, "commands"):
            yield from _commands(command, path)
        else:
            yield path, command


ALL_COMMANDS = sorted(_commands(typer.main.get_command(app)), key=lambda item: item[0])


ALL_HELP = [()] + [path for path, _ in ALL_COMMANDS] + sorted(
    {path[:1] for path, _ in ALL_COMMANDS if len(path) > 1})
#: What Typer would print for a type instead of a word a person reads.
TYPE_NOISE = ("<bool>", "<str>", "<int", "<float", "<path>", "range", "RANGE", "BOOLEAN", "9223372036854775807",
              "{ID}", "{")


_HELP: dict[tuple[str, ...], str] = {}


def _printed_help(desk, path) -> str:
    """A command's help at 80 columns; three tests read each, and it depends on nothing they set up."""
    key = tuple(path)
    if key not in _HELP:
        _HELP[key] = desk(*path, "--help", env={"COLUMNS": "80"}).stdout
    return _HELP[key]


@pytest.mark.parametrize("path,command", ALL_COMMANDS, ids=[" ".join(p) for p, _ in ALL_COMMANDS])
def test_every_option_has_help(path, command) -> None:
    for param in command.params:
        if param.name not in ("help",) and hasattr(param, "help"):
            assert param.help, f"{' '.join(path)} {param.name} has no help"


@pytest.mark.parametrize("path", ALL_HELP, ids=[" ".join(p) or "desk" for p in ALL_HELP])
def test_every_help_ends_with_its_example(desk, path) -> None:
    text = _printed_help(desk, path)
    lines = [line.strip() for line in text.strip().splitlines()]
    last = lines[len(lines) - lines[::-1].index(""):] if "" in lines else lines
    assert " ".join(last).startswith("Example: desk"), text


@pytest.mark.parametrize("path", ALL_HELP, ids=[" ".join(p) or "desk" for p in ALL_HELP])
def test_help_names_values_in_words_not_python_types(desk, path) -> None:
    text = _printed_help(desk, path)
    for noise in TYPE_NOISE:
        assert noise not in text, (noise, text)


@pytest.mark.parametrize("path,command", ALL_COMMANDS, ids=[" ".join(p) for p, _ in ALL_COMMANDS])
def test_choices_are_never_cut_mid_word(desk, path, command) -> None:
    import enum

    words = _printed_help(desk, path).split()
    for param in command.params:
        held = getattr(getattr(param, "type_descriptor", None), "annotation", None)
        for candidate in [held, *__import__("typing").get_args(held)]:
            if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                for member in candidate:
                    assert any(member.value in word for word in words), (path, member.value)


def test_export_lists_only_the_formats_it_writes(desk) -> None:
    import re

    words = re.findall(r"[\w|]+", _printed_help(desk, ("export",)))
    assert {"csv", "json", "jsonl"} <= set(words) and "table" not in words


def test_python_m_deskcli_help() -> None:
    result = subprocess.run([sys.executable, "-m", "deskcli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout


def test_version(desk) -> None:
    assert desk("--version").stdout.strip() == f"desk {__version__}"


def test_unknown_command_is_one_line(desk) -> None:
    result = desk("frobnicate", code=2)
    assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1


def test_every_command_is_mapped_to_the_module_that_registers_it() -> None:
    from deskcli.cli.app import COMMAND_MODULES, make_app

    full = typer.main.get_command(app)
    assert set(full.commands) == set(COMMAND_MODULES)
    for name in COMMAND_MODULES:
        assert name in typer.main.get_command(make_app(name)).commands


def test_the_console_script_runs_a_lazily_built_command(isolation) -> None:
    result = subprocess.run([sys.executable, "-m", "deskcli", "deadline", "--from", "2026-11-27T16:30",
                             "-c", "emergency", "--json"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert '"due_at": "2026-11-30T10:30:00+03:00"' in result.stdout
    bad = subprocess.run([sys.executable, "-m", "deskcli", "show", "x"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.startswith("error: ")


@pytest.mark.parametrize("group", [(), ("license",), ("mail",), ("template", "mail")])
def test_a_bare_command_group_prints_its_help_and_one_error_line(desk, group) -> None:
    """Help for the person, and for a script one error line saying what is missing, as every
    error has (review: stderr was empty under exit 2)."""
    result = desk(*group, code=2)
    path = " ".join(("desk", *group))
    assert "Usage" in result.stdout
    assert result.stderr == f"error: missing command: {path} COMMAND ({path} --help lists them)\n"


@pytest.mark.parametrize("path,command", ALL_COMMANDS, ids=[" ".join(p) for p, _ in ALL_COMMANDS])
def test_every_machine_readable_output_takes_fields_and_json(path, command) -> None:
    names = {param.name for param in command.params}
    if "fmt" in names:
        assert "fields" in names, f"desk {' '.join(path)} prints data but has no --fields"
        assert "as_json" in names, f"desk {' '.join(path)} prints data but has no --json"


@pytest.mark.parametrize("path,command", ALL_COMMANDS, ids=[" ".join(p) for p, _ in ALL_COMMANDS])
def test_a_command_s_summary_is_one_line(path, command) -> None:
    """The list of commands shows each one's first paragraph; a line break there breaks the list."""
    summary = (command.help or "").strip().split("\n\n")[0]
    assert "\n" not in summary, f"{' '.join(path)}: {summary!r}"


@pytest.mark.parametrize("path", ALL_HELP, ids=[" ".join(p) or "desk" for p in ALL_HELP])
def test_help_paragraphs_wrap_to_the_terminal(desk, path) -> None:
    """A docstring's own line breaks are not the terminal's (TUI QA: "… for every / key, / / to
    filter …" at 80 columns): a line is broken early only at the end of its paragraph."""
    import re

    prose = _printed_help(desk, path).split("╭", 1)[0]
    for paragraph in re.split(r"\n[ \t]*\n", prose):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        assert all(len(line) >= 50 for line in lines[:-1]), (path, lines)
