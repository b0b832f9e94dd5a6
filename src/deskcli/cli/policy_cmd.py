"""``desk policy``: the desk's shared policy, kept and versioned in the database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading, writing
from deskcli.cli.documents import FORMAT_HELP, print_document, setting_text
from deskcli.cli.options import MAX_INT, FieldsOption, FormatOption, JsonOption
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


@policy_app.command("log")
def log(
    ctx: typer.Context,
    *,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=MAX_INT, help="Show the newest this many versions.")] = 20,
    fmt: FormatOption = output.Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """The policy's versions, newest first: who changed which keys, when, from what to what.

    CSV has a row for each key changed (version, at, agent, action, key, before, after), JSON
    and JSON Lines an object for each version with its changed keys.

    Example: desk policy log -n 5
    """
    versions = policy.log(reading(ctx), limit)
    fmt = output.chosen_format(fmt, as_json, fields)
    if fmt is output.Format.table:
        from deskcli.render import records_table

        rows = [{"version": v["version"], "at": v["at"], "agent": v["agent"], "change": _change_text(v)}
                for v in versions]
        output.print_rich(records_table(rows, ["version", "at", "agent", "change"], empty="No policy stored yet."))
    elif fmt is output.Format.csv:
        output.emit(_key_rows(versions), fmt, fields=fields,
                    columns=["version", "at", "agent", "action", "key", "before", "after"])
    else:
        output.emit(versions, fmt, fields=fields, columns=["version", "at", "agent", "action", "changed"])


def _key_rows(versions: list[dict]) -> list[dict]:
    """A row for each key a version changed (one with no key for the first version)."""
    rows = []
    for version in versions:
        head = {name: version[name] for name in ("version", "at", "agent", "action")}
        changes = version["changed"] or {"": {"before": None, "after": None}}
        rows += [{**head, "key": key, "before": _value_text(change["before"]), "after": _value_text(change["after"])}
                 for key, change in changes.items()]
    return rows


def _change_text(version: dict) -> str:
    if version["action"] == "created":
        return "the desk's first policy"
    return "; ".join(f"{key} {_value_text(change['before']) or 'none'} → {_value_text(change['after']) or 'none'}"
                     for key, change in version["changed"].items())


def _value_text(value: object) -> str:
    """A value as ``desk policy set`` takes it (a list comma-separated); a whole section
    added or removed as JSON; nothing for a key that was not there."""
    import json

    if value is None:
        return ""
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return setting_text(value)


def _report(change: policy.Change) -> None:
    if not change.changed:
        output.note("the policy already says that; nothing changed")
        return
    keys = ", ".join(change.changed)
    output.note(f"policy version {change.version}: changed {keys}; "
                f"{change.moved} open deadline{'s' if change.moved != 1 else ''} moved")


def register(app: typer.Typer) -> None:
    app.add_typer(policy_app, name="policy", rich_help_panel="Administration")
