"""``desk access``: temporary credentials a customer hands to support (policy 2.12)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, RequestId, chosen_format
from deskcli.cli.context import reading, writing
from deskcli.domain.access import make_access
from deskcli.services.access import add_access, show_access
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

access_app = typer.Typer(
    help="Temporary admin or FTP access for one request; erased when it closes.\n\n"
    "Example: desk access add 42 --from-file creds.toml",
    no_args_is_help=True,
)


def _from_file(path: Path) -> dict:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"{path}: not a TOML file with kind, address, login, password ({exc})") from None
    except RecursionError:
        raise InvalidInput(f"{path}: nested too deeply to be a TOML file with kind, address, login, password") from None
    for key, value in data.items():
        if not isinstance(value, str):
            raise InvalidInput(f"{path}: {key} must be a string")
    return data


def _can_prompt() -> bool:
    return sys.stdin.isatty()


def _prompted(ctx: typer.Context, no_input: bool) -> dict:
    if no_input or reading(ctx).no_input or not _can_prompt():
        raise InvalidInput("no credentials given: use --from-file PATH (prompting needs a terminal)")
    return {
        "kind": typer.prompt("Kind (admin or ftp)"),
        "address": typer.prompt("Admin URL or FTP host"),
        "login": typer.prompt("Login"),
        "password": typer.prompt("Password", hide_input=True),
    }


@access_app.command("add")
def add(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    from_file: Annotated[Path | None, typer.Option("--from-file", help="TOML file with kind, address, login and password.")] = None,
    no_input: Annotated[bool, typer.Option("--no-input", help="Never prompt; fail instead.")] = False,
) -> None:
    """Keep temporary credentials for an open request, sealed; asks with a hidden prompt.

    Example: desk access add 42 --from-file creds.toml
    """
    data = _from_file(from_file) if from_file else _prompted(ctx, no_input)
    access = make_access(str(data.get("kind", "")), str(data.get("address", data.get("url", data.get("host", "")))),
                         str(data.get("login", "")), str(data.get("password", "")))
    add_access(writing(ctx), request_id, access)
    output.note(f"#{request_id}: {access.summary}")


@access_app.command("show")
def show(
    ctx: typer.Context,
    request_id: RequestId,
    *,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Print the credentials in clear, for this one request; the history records who looked.

    Example: desk access show 42
    """
    from deskcli.domain.access import TemporaryAccess

    fmt = chosen_format(fmt, as_json, fields, TemporaryAccess.FIELDS)  # before the look is recorded
    access = show_access(writing(ctx), request_id)
    if fmt is Format.table:
        from deskcli.render import key_values

        shown = {name: value for name, value in access.as_dict().items() if value}  # no empty "written"
        output.print_rich(key_values(shown, title=f"Temporary access for #{request_id}"))
    else:
        output.emit(access.as_dict(), fmt, fields=fields)


def register(app: typer.Typer) -> None:
    app.add_typer(access_app, name="access", rich_help_panel="Requests")
