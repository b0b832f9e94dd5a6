"""``desk template mail``: the texts of the mail the desk writes, as the team edits them."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from deskcli import output
from deskcli.cli.context import reading, writing
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.output import Format

NAMES = ("acknowledgement, reply, refusal, missing-fields, not-accepted, close, attachments-not-kept, "
         "renewal-before-end, renewal-before-step")

mail_template_app = typer.Typer(
    help="The mail the desk writes to customers, one template per kind and language (ru, en). "
         "The first line is 'Subject: …', then a blank line and the body, with $placeholders; "
         "the team's copy is stored in the desk and used for the next mail of that kind.\n\n"
         f"Templates: {NAMES}.\n\n"
         "Example: desk template mail show acknowledgement > ack.txt; "
         "desk template mail edit acknowledgement --body-file ack.txt",
    no_args_is_help=True)

NameArgument = Annotated[str, typer.Argument(help=f"The template: {NAMES}.", metavar="NAME")]
LanguageOption = Annotated[str, typer.Option("--language", "--lang", help="ru or en.", metavar="LANG")]
BodyOption = Annotated[str | None, typer.Option("--body", "-b", help="The whole text; - reads standard input.")]
BodyFileOption = Annotated[Path | None, typer.Option("--body-file", help="Read the whole text from a file (- for standard input).")]


def _emit(records: list[dict] | dict, fmt: Format, fields: str | None) -> None:
    from deskcli.services.mail.templates import FIELDS

    columns = list(FIELDS) if isinstance(records, list) else [*FIELDS, "text"]
    output.emit(records, Format.json if fmt is Format.table else fmt, fields=fields, columns=columns)


@mail_template_app.command("list")
def list_(ctx: typer.Context, *, language: Annotated[str | None, typer.Option("--language", "--lang", help="Only ru or only en.", metavar="LANG")] = None,
          fmt: FormatOption = Format.table, as_json: JsonOption = False, fields: FieldsOption = None) -> None:
    """List the mail templates, each as shipped or changed by the team.

    Example: desk template mail list --language en
    """
    from deskcli.services.mail import templates

    records = templates.all_templates(reading(ctx), language)
    fmt = chosen_format(fmt, as_json, fields)
    if fmt is Format.table and fields is None:
        from deskcli.render_day import mail_templates

        output.print_rich(mail_templates(records))
    else:
        _emit(records, fmt, fields)


@mail_template_app.command("show")
def show(ctx: typer.Context, name: NameArgument, *, language: LanguageOption = "ru", fmt: FormatOption = Format.table,
         as_json: JsonOption = False, fields: FieldsOption = None) -> None:
    """Print a mail template's text, ready to be edited and given back with --body-file.

    Example: desk template mail show close --language en
    """
    from deskcli.services.mail import templates

    record = templates.get(reading(ctx), name, language)
    fmt = chosen_format(fmt, as_json, fields)
    if fmt is Format.table and fields is None:
        # Stored texts are printable (checked on save), so they go out as they are: byte
        # for byte what --body-file takes back.
        sys.stdout.write(record["text"])
    else:
        _emit(record, fmt, fields)


@mail_template_app.command("edit")
def edit(ctx: typer.Context, name: NameArgument, *, language: LanguageOption = "ru", body: BodyOption = None,
         body_file: BodyFileOption = None, fmt: FormatOption = Format.table, as_json: JsonOption = False,
         fields: FieldsOption = None) -> None:
    """Change a mail template: in the editor, or with --body / --body-file (the whole text).

    Example: desk template mail edit acknowledgement --body-file ack.txt
    """
    from deskcli import editor
    from deskcli.cli.compose import read_body
    from deskcli.services.mail import templates

    fmt = chosen_format(fmt, as_json, fields, [*templates.FIELDS, "text"])  # before the editor and the change
    current = templates.get(reading(ctx), name, language)
    desk = writing(ctx, starts=True)
    edited = body is None and body_file is None and editor.available(desk)
    if edited:
        text = editor.edit(desk, current["text"], [
            f"Mail template {current['name']} ({language}): a 'Subject:' line, a blank line, the body.",
            "Lines starting with '#' are ignored; an empty text changes nothing.",
            "Placeholders: " + ", ".join(f"${p}" for p in templates.placeholders(name)) + " ($$ writes a $)."],
            what="mail-template")
    else:
        text = read_body(body, body_file, what="template")
    if text is None:
        from deskcli.cli.compose import aborted

        aborted("text")
        raise typer.Exit()
    if edited and text == editor.strip_comments(current["text"]):  # the editor left as it opened: nothing to save
        output.note(f"mail template {current['name']} ({language}) was not changed; nothing was saved")
        return
    if edited:  # refused if another agent saved it meanwhile; what was written here is kept then
        from deskcli.cli.compose import keeping

        saved = keeping(text, "mail-template", lambda: templates.save(desk, name, language, text,
                                                                       based_on=current["text"]))
    else:
        saved = templates.save(desk, name, language, text)
    output.note(f"mail template {saved['name']} ({language}) saved; the desk's next {saved['name']} mail uses it")
    if fmt is not Format.table or fields is not None:
        _emit(saved, fmt, fields)


@mail_template_app.command("reset")
def reset(ctx: typer.Context, name: NameArgument, *, language: LanguageOption = "ru") -> None:
    """Go back to the shipped text of a mail template (the team's copy is removed).

    Example: desk template mail reset acknowledgement
    """
    from deskcli.services.mail import templates

    shown = templates.get(reading(ctx), name, language)["name"]
    if templates.reset(writing(ctx), name, language):
        output.note(f"mail template {shown} ({language}) is the shipped text again")
    else:
        output.note(f"mail template {shown} ({language}) was not changed; it is the shipped text")
