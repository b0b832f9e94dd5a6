"""Shell completion: the checked-in scripts, and request ids / license numbers from the database.

Completion runs on every Tab, so the lookups open the file read-only with plain sqlite3,
never create it, and give up silently on any problem.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import typer

SHELLS = ("bash", "zsh", "fish")


def script(shell: str) -> str:
    """The completion script Typer would install for ``shell``."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name="desk", complete_var="_DESK_COMPLETE", shell=shell)


def _db_path(ctx) -> Path:
    """The database the command line being completed names (``--db``), else the default."""
    from deskcli import paths

    option = ctx.find_root().params.get("db") if ctx is not None else None
    return Path(paths.database(option))


def _lookup(ctx, sql: str, prefix: str) -> list[str]:
    path = _db_path(ctx)
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
        try:
            return [str(row[0]) for row in conn.execute(sql, (prefix + "%",))]
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def request_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    return _lookup(
        ctx,
        "SELECT id FROM requests WHERE CAST(id AS TEXT) LIKE ? AND status IN ('open', 'answered') "
        "ORDER BY id DESC LIMIT 50",
        incomplete.lstrip("#"),
    )


def license_numbers(ctx: typer.Context, incomplete: str) -> list[str]:
    return _lookup(ctx, "SELECT number FROM licenses WHERE number LIKE ? ORDER BY number LIMIT 50", incomplete)


def write_all(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    names = {"bash": "desk.bash", "zsh": "_desk", "fish": "desk.fish"}
    written = []
    for shell in SHELLS:
        path = directory / names[shell]
        path.write_text(script(shell), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # python -m deskcli.cli.completion completions/
    import sys

    for written in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "completions")):
        print(written)


def refusal_reasons(incomplete: str) -> list[str]:
    """The rule codes ``desk reject --reason`` takes, as the policy quotes them."""
    from deskcli.domain.intake.rule_text import RULE_TEXT

    return [code for code in RULE_TEXT if code.startswith(incomplete)]
