"""Where the text of ``desk reply`` and ``desk open`` comes from: an option, a file, a pipe,
a canned answer, or the agent's editor on a terminal. Typer-free: the launcher runs
``open`` and ``reply`` without the command line. A text left empty in the editor is None
(the caller exits 1 with nothing changed)."""

from __future__ import annotations

import sys

from deskcli.domain import tickets
from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeVar

    from _typeshed import StrPath
    from deskcli.services.context import Context

    T = TypeVar("T")


def read_body(text: str | None, path: StrPath | None, *, what: str = "body") -> str:
    """``--body TEXT``, ``--body-file PATH`` or standard input (``-`` or a pipe)."""
    if text is not None and path is not None:
        raise InvalidInput(f"give the {what} once: --body or --body-file")
    if text is not None and text != "-":
        return tickets.validate_text(text, what=what, limit=tickets.MAX_BODY_BYTES)
    if path is not None and str(path) != "-":
        try:
            with open(path, "rb") as handle:
                raw = handle.read(tickets.MAX_BODY_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
        return tickets.decode_body(raw, what=what)
    missing = InvalidInput(f"the {what} is missing: give --body, --body-file or pipe it in")
    if text is None and path is None and sys.stdin.isatty():
        raise missing
    raw = sys.stdin.buffer.read(tickets.MAX_BODY_BYTES + 1)
    if text is None and path is None and not raw:
        raise missing  # nothing was piped in: no option named standard input either
    return tickets.decode_body(raw, what=what)


def reply_text(ctx: Context, request_id: int, *, body: str | None, body_file: StrPath | None,
               template: str | None, kb: int | None, edit: bool) -> tuple[str | None, Callable[[Context], bool] | None]:
    """The reply: given text or a template filled in for the request, with a documentation
    link (--kb); the editor opens when nothing is given on a terminal, or with --edit. With it,
    for a template's text nobody reads over, the check that it still fills in the same
    (``templates.still_renders``, asked inside the reply's write lock)."""
    articles = None
    check = None
    if kb is not None:
        from deskcli.services import kb as documentation

        articles = [documentation.article(ctx, kb)]
    if template is not None:
        if body is not None or body_file is not None:
            raise InvalidInput("give the message once: --template, --body or --body-file")
        from deskcli.domain.templates import placeholders
        from deskcli.services import templates

        try:
            text = templates.for_request(ctx, template, request_id, articles=articles)
        except templates.NoArticle as exc:
            raise InvalidInput(f"{exc}; name one with --kb ARTICLE (desk kb search)") from None
        if not edit:
            check = templates.still_renders(template, request_id, text, articles=articles)
        if "docs" in placeholders(templates.get(ctx, template)["body"]):
            articles = None  # the template placed the link itself
    elif body is not None or body_file is not None:
        text = read_body(body, body_file, what="message")
    elif articles:
        text = ""  # the documentation link is the whole answer
    else:
        from deskcli import editor  # only when it may open: it loads subprocess and tempfile

        if not editor.available(ctx):
            text = read_body(None, None, what="message")
        else:
            text, edit = "", True
    if articles:
        link = f"Documentation: {articles[0]['title']} — {articles[0]['url']}"
        text = f"{text.rstrip()}\n\n{link}" if text.strip() else link
    if edit:
        from deskcli import editor

        if not editor.available(ctx):
            raise InvalidInput("--edit needs a terminal (and no --no-input)")
        from deskcli.services.views import reply_comments

        edited = editor.edit(ctx, text, reply_comments(ctx, request_id, empty="aborts the reply"), what="reply")
        if edited is None:
            aborted("reply")
        return edited, None
    return text, check


def request_body(ctx: Context, body: str | None, body_file: StrPath | None, *, license: str,
                 subject: str) -> str | None:
    """The body of a new request; on a terminal without one, the editor."""
    if body is not None or body_file is not None:
        return read_body(body, body_file)
    from deskcli import editor

    if not editor.available(ctx):
        return read_body(body, body_file)
    text = editor.edit(ctx, "", [
        f"New request for license {license}: {subject}",
        "Write the error text or the question above: what happens, what was expected, since when.",
        "Lines starting with '#' are ignored; an empty text opens nothing.",
    ], what="request")
    if text is None:
        aborted("request")
    return text


def aborted(what: str) -> None:
    """An editor left empty: the agent's way to drop what was being written. Nothing is
    changed and the command ends with 0 (1 would read as a refusal: ``desk open``'s
    exit code for a rejected request)."""
    from deskcli import output

    output.note(f"aborted: the {what} is empty; nothing was changed")


def keeping(text: str, what: str, save: Callable[[], T]) -> T:
    """``save()``, and if it fails the text written in the editor is not lost: it is kept
    in a private file the error names, to look at and save again (--body-file). If even
    that file cannot be written, the error says so, and says what failed first."""
    from deskcli.domain.errors import DeskError

    try:
        return save()
    except DeskError as exc:
        import os
        import tempfile

        from deskcli import paths
        from deskcli.files import describe, private_dir

        directory = os.path.join(paths.data_dir(), "unsaved")
        try:
            private_dir(directory)
            fd, kept = tempfile.mkstemp(prefix=f"{what}-", suffix=".txt", dir=directory)  # 0600
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8"))
        except OSError as failed:
            raise type(exc)(f"{exc}; your text could not be kept either ({describe(failed)})") from None
        raise type(exc)(f"{exc}; your text is kept in {kept} (--body-file {kept} saves it)") from None
