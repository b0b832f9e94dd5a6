"""``desk template``: the team's canned answers (add, list, show, edit, remove)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from deskcli import output
from deskcli.cli.context import reading, writing
from deskcli.cli.mail_template_cmd import mail_template_app
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.domain.templates import VARIABLES
from deskcli.output import Format

_VARIABLES_HELP = "Variables: " + ", ".join(f"${name}" for name in VARIABLES) + " ($$ writes a dollar sign)."

template_app = typer.Typer(
    help="Canned answers, filled in for a request by desk reply ID --template NAME.\n\n"
         f"{_VARIABLES_HELP}\n\nThe texts of the desk's own mail: desk template mail --help.\n\n"
         "Example: desk template show renewal-needed",
    no_args_is_help=True)

NameArgument = Annotated[str, typer.Argument(help="Template name, like renewal-needed.", metavar="NAME")]
TitleOption = Annotated[str | None, typer.Option("--title", help="One line saying when to use it.")]
BodyOption = Annotated[str | None, typer.Option("--body", "-b", help="The text; - reads standard input.")]
BodyFileOption = Annotated[Path | None, typer.Option("--body-file", help="Read the text from a file (- for standard input).")]


def _print(records: list[dict] | dict, fmt: Format, fields: str | None) -> None:
    from deskcli.services.templates import FIELDS

    if fmt is Format.table and fields is None:
        from deskcli import render_day

        view = render_day.template_detail(records) if isinstance(records, dict) else render_day.templates(records)
        output.print_rich(view)
    else:
        output.emit(records, fmt, fields=fields, columns=list(FIELDS))


def _text(ctx: typer.Context, body: str | None, body_file: Path | None, *, initial: str,
          name: str) -> tuple[str | None, bool]:
    """(the text, whether it was written in the editor): --body, --body-file or a pipe; on a
    terminal without either, the editor."""
    from deskcli import editor
    from deskcli.cli.compose import read_body

    desk = writing(ctx)
    if body is None and body_file is None and editor.available(desk):
        return editor.edit(desk, initial, [
            f"Template {name}. Lines starting with '#' are ignored; an empty text changes nothing.",
            _VARIABLES_HELP, "", *(f"${key}: {meaning}" for key, meaning in VARIABLES.items())],
            what="template"), True
    return read_body(body, body_file, what="template"), False


def _saved(text: str, edited: bool, save: Callable[[], dict]) -> dict:
    """``save()``; what was written in the editor is kept if it fails (compose.keeping)."""
    from deskcli.cli.compose import keeping

    return keeping(text, "template", save) if edited else save()


def _aborted() -> NoReturn:
    from deskcli.cli.compose import aborted

    aborted("text")
    raise typer.Exit()


@template_app.command("add")
def add(ctx: typer.Context, name: NameArgument, *, title: TitleOption = None, body: BodyOption = None,
        body_file: BodyFileOption = None, fmt: FormatOption = Format.table, as_json: JsonOption = False,
        fields: FieldsOption = None) -> None:
    """Add a template; its text may use the variables listed in desk template --help.

    Example: desk template add cache-clear --title "Очистка кеша" --body 'Здравствуйте! Очистите кеш: $docs'
    """
    from deskcli.services import templates

    fmt = chosen_format(fmt, as_json, fields, templates.FIELDS)  # before the editor and the change
    text, edited = _text(ctx, body, body_file, initial="", name=name)
    if text is None:
        _aborted()
    saved = _saved(text, edited, lambda: templates.save(writing(ctx, starts=True), name, text, title=title or "",
                                                        new=True))
    _print(saved, fmt, fields)


@template_app.command("list")
def list_(ctx: typer.Context, *, fmt: FormatOption = Format.table, as_json: JsonOption = False,
          fields: FieldsOption = None) -> None:
    """List the templates.

    Example: desk template list --json --fields name,title
    """
    from deskcli.services import templates

    _print(templates.all_templates(reading(ctx)), chosen_format(fmt, as_json, fields), fields)


@template_app.command("show")
def show(ctx: typer.Context, name: NameArgument, *,
         request: Annotated[int | None, typer.Option("--for", help="Fill it in for this request, as desk reply --template would.", metavar="ID", min=1)] = None,
         fmt: FormatOption = Format.table, as_json: JsonOption = False, fields: FieldsOption = None) -> None:
    """Show a template, or (--for ID) the answer it makes for a request.

    Example: desk template show renewal-needed --for 42
    """
    from deskcli.services import templates

    desk = reading(ctx)
    record = templates.get(desk, name)
    if request is not None:
        record = {**record, "body": templates.for_request(desk, name, request)}
    _print(record, chosen_format(fmt, as_json, fields), fields)


@template_app.command("edit")
def edit(ctx: typer.Context, name: NameArgument, *, title: TitleOption = None, body: BodyOption = None,
         body_file: BodyFileOption = None, fmt: FormatOption = Format.table, as_json: JsonOption = False,
         fields: FieldsOption = None) -> None:
    """Change a template: in the editor, or with --body / --body-file / --title.

    Example: desk template edit docs
    """
    from deskcli.services import templates

    fmt = chosen_format(fmt, as_json, fields, templates.FIELDS)  # before the editor and the change
    current = templates.get(reading(ctx), name)
    if title is not None and body is None and body_file is None:
        text: str | None = current["body"]
        edited = False
    else:
        text, edited = _text(ctx, body, body_file, initial=current["body"], name=name)
    if text is None:
        _aborted()
    from deskcli.editor import strip_comments

    if edited and text == strip_comments(current["body"]) and title is None:  # the editor left as it opened
        output.note(f"template {name} was not changed; nothing was saved")
        return
    # Written from the text as it stood (in the editor, or the title alone with the text kept):
    # refused if another agent saved the template meanwhile, whose text would be lost.
    based_on = current["body"] if edited or text is current["body"] else None
    saved = _saved(text, edited, lambda: templates.save(writing(ctx, starts=True), name, text, title=title,
                                                        new=False, based_on=based_on))
    _print(saved, fmt, fields)


# The desk's own mail texts are templates too, kept apart from the canned answers.
template_app.add_typer(mail_template_app, name="mail")


@template_app.command("remove")
def remove(ctx: typer.Context, name: NameArgument) -> None:
    """Remove a template (a shipped one does not come back).

    Example: desk template remove out-of-scope-redo
    """
    from deskcli.services import templates

    templates.remove(writing(ctx), name)
    output.note(f"template {name} removed")


def register(app: typer.Typer) -> None:
    app.add_typer(template_app, name="template", rich_help_panel="Requests")
