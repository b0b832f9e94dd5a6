"""``desk backup`` and ``desk doctor``: keeping the database safe."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.cli.context import reading
from deskcli.output import Format

PANEL = "Administration"


def backup(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Where to write the copy.")],
    *,
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it exists.")] = False,
) -> None:
    """Copy the database consistently, even while agents are writing (SQLite online backup).

    Silent when it succeeds, but on a terminal, where it says what it wrote.

    Example: desk backup /var/backups/desk-$(date +%F).db
    """
    from deskcli.files import refuse_own_file
    from deskcli.store.maintenance import backup as run_backup

    rt = reading(ctx)
    # the database itself is run_backup's to refuse, in its own words
    refuse_own_file(path, [(file, kind) for file, kind in rt.own_files() if kind != "database"], "the backup")
    size = run_backup(rt.db_path, path, force=force)
    if sys.stderr is not None and sys.stderr.isatty():  # a nightly cron job mails nothing when all went well
        output.note(f"backed up {rt.db_path} to {path} ({size} bytes)")


def doctor(
    ctx: typer.Context,
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Check the database (integrity, schema version, pending migrations, permissions) and the settings (the mail servers, the personal file). Exit 5 on a problem of the database, 1 on one of the settings.

    Example: desk doctor
    """
    from deskcli.services.mail.servers import setup_checks
    from deskcli.store.maintenance import doctor as run_doctor
    from deskcli.store.sealing import key_path

    rt = reading(ctx)
    checks = run_doctor(rt.db_path, key_path())
    sound = all(check["ok"] for check in checks)
    policy = sound and rt.repo.policy() is not None  # asked of a healthy desk only
    settings: list[dict] = []
    if rt.settings.legacy_policy and policy:
        # ignored on every command, and said only on a terminal (a cron job would mail it all day)
        from deskcli.settings import legacy_keys

        keys = legacy_keys(rt.settings.legacy_policy)
        settings.append({"check": "personal file", "ok": False,
                         "detail": f"{rt.settings.path}: policy keys an older deskcli kept there are ignored "
                                   f"({', '.join(keys)}); the desk's policy lives in the database: desk config unset "
                                   f"{keys[0]} removes one"})
    settings += setup_checks(rt, policy=policy)  # the servers whatever the database's state
    checks += settings
    fmt = chosen_format(fmt, as_json, fields)
    if fmt is Format.table:
        for check in checks:
            mark = "ok     " if check["ok"] else "PROBLEM"
            typer.echo(output.clean_text(f"{mark}  {check['check']}: {check['detail']}"))
    else:
        output.emit(checks, fmt, fields=fields)
    if not sound:
        raise typer.Exit(5)  # SPEC 6: a storage problem
    if not all(check["ok"] for check in settings):
        raise typer.Exit(1)  # the check's answer is no: a setting to mend


def register(app: typer.Typer) -> None:
    app.command("backup", rich_help_panel=PANEL)(backup)
    app.command("doctor", rich_help_panel=PANEL)(doctor)
