"""``desk policy``: the desk's shared policy, kept and versioned in the database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading, writing
from deskcli.cli.documents import FORMAT_HELP, print_document
from deskcli.cli.options import FieldsOption
from deskcli.domain.errors import InvalidInput
from deskcli.services import policy

policy_app = typer.Typer(
    help="The desk's policy, shared by every agent: calendar, response targets, editions, lines, "
    "intake refusals, mail addresses. Each change is recorded and recalculates open deadlines.\n\n"
    "Example: desk policy set targets.emergency 90",
    no_args_is_help=True,
)

PolicyFormat = Annotated[str, typer.Option("--format", "-f", help=FORMAT_HELP.replace("table (TOML", "table or toml (TOML"),
                                            metavar="table|toml|json|jsonl|csv")]


def _print(document: dict, fmt: str, fields: str | None = None) -> None:
    from deskcli.output import Format

    try:
        chosen = Format.table if fmt == "toml" else Format(fmt)
    except ValueError:
        raise InvalidInput(f"--format {fmt!r}: policy prints table (toml), json, jsonl or csv") from None
    print_document(document, chosen, fields)


@policy_app.command("show")
def show(
    ctx: typer.Context,
    *,
    fmt: PolicyFormat = "toml",
    as_json: Annotated[bool, typer.Option("--json", help="Short for --format json.")] = False,
    fields: FieldsOption = None,
) -> None:
    """Print the policy in force.

    Example: desk policy show --json --fields targets
    """
    if as_json and fmt not in ("toml", "table", "json"):
        raise InvalidInput("give --json or --format, not both")
    # --fields alone asks for JSON, as everywhere (output.chosen_format): never dropped in silence.
    _print(policy.current(reading(ctx)), "json" if as_json or fields is not None and fmt in ("toml", "table") else fmt,
           fields)


@policy_app.command("export")
def export(ctx: typer.Context) -> None:
    """Print the policy as a TOML file that desk policy import reads back.

    Example: desk policy export > policy.toml
    """
    _print(policy.current(reading(ctx)), "toml")


@policy_app.command("set")
def set_(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="Dotted key, e.g. calendar.hours.fri, targets.usage, mail.from.")],
    value: Annotated[str, typer.Argument(help="New value; lists are comma-separated.")],
) -> None:
    """Change one key of the policy; the whole policy is checked first.

    Example: desk policy set calendar.hours.fri "09:00-13:00,14:00-17:00"
    """
    _report(policy.set_key(writing(ctx, starts=True), key, value))


@policy_app.command("unset")
def unset(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(help="Dotted key, e.g. mail.addresses.installation, lines.5, targets.usage.")],
) -> None:
    """Remove one key of the policy: back to its default, or gone where the desk named it; the whole policy is checked first.

    Example: desk policy unset mail.addresses.installation
    """
    _report(policy.unset_key(writing(ctx, starts=True), key))


@policy_app.command("import")
def import_(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A TOML policy file (as desk policy export writes), or - for standard input.", metavar="PATH|-")],
) -> None:
    """Put a whole policy file in force: validated whole, applied atomically.

    Example: desk policy import policy.toml
    """
    if source == "-":
        raw = sys.stdin.buffer.read()
    else:
        try:
            raw = Path(source).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read {source}: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{source}: not valid UTF-8") from None
    named = "standard input" if source == "-" else source
    _report(policy.import_document(writing(ctx, starts=True), policy.parse_document(text, source=named), source=named))


def _report(change: policy.Change) -> None:
    if not change.changed:
        output.note("the policy already says that; nothing changed")
        return
    keys = ", ".join(change.changed)
    output.note(f"policy version {change.version}: changed {keys}; "
                f"{change.moved} open deadline{'s' if change.moved != 1 else ''} moved")


def register(app: typer.Typer) -> None:
    app.add_typer(policy_app, name="policy", rich_help_panel="Administration")
