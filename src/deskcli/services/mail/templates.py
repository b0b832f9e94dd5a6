"""The desk's own mail texts, as the team edits them: ``desk template mail …``.

Each mail the desk writes (acknowledgement, reply, refusal, …) has a packaged text per
language in ``deskcli/data/mail_templates``. A team changes one by storing its own copy in
the desk's database (table ``mail_templates``); ``overrides`` hands those copies to the
renderer, and removing the copy (``reset``) goes back to the packaged text. A mail text
cannot be deleted: the desk needs every one of them to write to customers.

A copy is checked before it is stored (``mail.templates.check_text``, which ``desk import``
applies too), so a mistake shows when it is saved, not when a customer's mail is built.
"""

from __future__ import annotations

from typing import Any

from deskcli.domain.errors import InvalidInput, NotFound
from deskcli.services.context import Context
from deskcli.store.repository import Repository, utc_text

FIELDS = ("name", "language", "subject", "edited", "updated_at", "updated_by")


def _packaged():
    from deskcli.mail import templates as packaged

    return packaged


def names() -> list[str]:
    """Every mail template, as typed on the command line: ``missing-fields``."""
    return [name.replace("_", "-") for name in _packaged().PLACEHOLDERS]


def _key(name: str, language: str) -> tuple[str, str]:
    """``(stored name, language)`` for what an agent typed; NotFound / InvalidInput otherwise."""
    packaged = _packaged()
    stored = name.strip().lower().replace("-", "_")
    if stored not in packaged.PLACEHOLDERS:
        raise NotFound(f"mail template {name!r} not found; the desk's mail templates are {', '.join(names())}")
    if language not in packaged.LANGUAGES:
        raise InvalidInput(f"unknown mail language {language!r}; use one of {', '.join(packaged.LANGUAGES)}")
    return stored, language


def check(name: str, language: str, text: str) -> str:
    """The text as it will be stored if it is a valid copy of template ``name`` in ``language``."""
    stored, language = _key(name, language)
    return _packaged().check_text(stored, language, text)


def overrides(repo: Repository) -> dict[str, str]:
    """The team's copies, keyed ``"ru/acknowledgement"`` as ``mail.templates.render`` takes them."""
    return {f"{row['language']}/{row['name']}": row["text"]
            for row in repo.all("SELECT language, name, text FROM mail_templates")}


def _record(ctx: Context, stored: str, language: str, row: dict | None) -> dict[str, Any]:
    packaged = _packaged()
    text = row["text"] if row else packaged.template_text(stored, language)
    subject, _ = packaged.parse_template(text)
    return {"name": stored.replace("_", "-"), "language": language, "subject": subject, "edited": row is not None,
            "updated_at": ctx.show_stored(row["updated_at"]) if row and row["updated_at"] else None,
            "updated_by": row["updated_by"] if row else None, "text": text}


def _row(repo: Repository, stored: str, language: str) -> dict | None:
    return repo.one("SELECT * FROM mail_templates WHERE language = ? AND name = ?", (language, stored))


def all_templates(ctx: Context, language: str | None = None) -> list[dict[str, Any]]:
    """Every mail template in every language (or one), edited or as shipped; without the text."""
    packaged = _packaged()
    languages = packaged.LANGUAGES if language is None else (_key("reply", language)[1],)
    rows = {}
    if ctx.has_database:
        rows = {(row["language"], row["name"]): row for row in ctx.repo.all("SELECT * FROM mail_templates")}
    found = []
    for lang in languages:
        for stored in packaged.PLACEHOLDERS:
            record = _record(ctx, stored, lang, rows.get((lang, stored)))
            del record["text"]
            found.append(record)
    return found


def get(ctx: Context, name: str, language: str = "ru") -> dict[str, Any]:
    """One mail template with its whole text (the team's copy if there is one)."""
    stored, language = _key(name, language)
    row = _row(ctx.repo, stored, language) if ctx.has_database else None
    return _record(ctx, stored, language, row)


def placeholders(name: str) -> list[str]:
    """The placeholders template ``name`` may use, for help text and the editor's comments."""
    return sorted(_packaged().PLACEHOLDERS[_key(name, "ru")[0]])


def save(ctx: Context, name: str, language: str, text: str, *, based_on: str | None = None) -> dict[str, Any]:
    """Store the team's copy of a mail template; the next mail of that kind uses it.
    ``based_on``: the text the change was made from (an editor opened on it): refused if
    another agent saved or reset the template since."""
    from deskcli.services.templates import changed_meanwhile

    stored, language = _key(name, language)
    text = check(stored, language, text)
    with ctx.transaction() as repo:
        before = _row(repo, stored, language)
        if based_on is not None and _record(ctx, stored, language, before)["text"] != based_on:
            raise changed_meanwhile(ctx, f"mail template {stored.replace('_', '-')} ({language})", before or {})
        repo.conn.execute("INSERT OR REPLACE INTO mail_templates (language, name, text, updated_at, updated_by) "
                          "VALUES (?, ?, ?, ?, ?)", (language, stored, text, utc_text(ctx.now), ctx.agent))
        what = {"mail_template": f"{language}/{stored}"}
        repo.record(at=ctx.now, agent=ctx.agent, action="mail template changed",
                    before={**what, "edited": before is not None}, after={**what, "edited": True})
        return _record(ctx, stored, language, _row(repo, stored, language))


def reset(ctx: Context, name: str, language: str) -> bool:
    """Go back to the packaged text; False when there was no copy to remove."""
    stored, language = _key(name, language)
    with ctx.transaction() as repo:
        removed = repo.conn.execute("DELETE FROM mail_templates WHERE language = ? AND name = ?",
                                    (language, stored)).rowcount
        if removed:
            what = {"mail_template": f"{language}/{stored}"}
            repo.record(at=ctx.now, agent=ctx.agent, action="mail template reset",
                        before={**what, "edited": True}, after={**what, "edited": False})
        return bool(removed)
