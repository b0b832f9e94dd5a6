"""Canned answers: the team's templates, kept in the desk's database, and filling one in
for a request.

A new desk starts with the starter set shipped in ``data/templates_ru.toml``; the first
change to any template stores that set in the database, and from then on the database
is the only source (a removed template stays removed, an edited one stays edited).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from typing import Any

from deskcli.domain import templates as rules
from deskcli.domain.errors import InvalidInput, NotFound
from deskcli.services.context import Context
from deskcli.store.repository import Repository, utc_text

SHIPPED_FILE = "templates_ru.toml"
FIELDS = ("name", "title", "body", "updated_at", "updated_by")


@cache
def _shipped_file() -> dict[str, dict[str, str]]:
    import tomllib
    from importlib.resources import files

    return tomllib.loads((files("deskcli") / "data" / SHIPPED_FILE).read_text(encoding="utf-8"))


@cache
def shipped() -> dict[str, dict[str, str]]:
    return {name: {"title": entry["title"], "body": entry["body"].strip("\n")} for name, entry in _shipped_file().items()}


@cache
def _states() -> dict[str, str]:
    """Shipped templates that tell the customer a fact of their license (a refusal code of
    ``guards.LICENSE_FACTS``), by name: the name keeps that meaning whatever the team writes."""
    return {name: entry["states"] for name, entry in _shipped_file().items() if "states" in entry}


def _stored(repo: Repository) -> list[dict] | None:
    rows = repo.all("SELECT * FROM templates ORDER BY name")
    return rows or None


def all_templates(ctx: Context) -> list[dict[str, Any]]:
    rows = _stored(ctx.repo) if ctx.has_database else None
    if rows is None:
        return [{"name": name, **entry, "updated_at": None, "updated_by": None}
                for name, entry in sorted(shipped().items())]
    return [_shown(ctx, row) for row in rows if row["body"] is not None]


def get(ctx: Context, name: str) -> dict[str, Any]:
    name = rules.validate_name(name)
    for template in all_templates(ctx):
        if template["name"] == name:
            return template
    raise NotFound(f"template {name} not found (desk template list shows them)")


def _shown(ctx: Context, row: dict) -> dict[str, Any]:
    return {**{key: row[key] for key in FIELDS}, "updated_at": ctx.show_stored(row["updated_at"])}


def _seed(repo: Repository) -> None:
    """Store the starter set, once: the first change makes the database the only source."""
    if repo.one("SELECT 1 FROM templates LIMIT 1") is None:
        repo.conn.executemany("INSERT INTO templates (name, title, body) VALUES (?, ?, ?)",
                              [(name, entry["title"], entry["body"]) for name, entry in shipped().items()])


def save(ctx: Context, name: str, body: str, *, title: str | None = None, new: bool,
         based_on: str | None = None) -> dict[str, Any]:
    """Add (``new``) or change a template; its text may use only known variables.
    ``based_on``: the text the change was made from (an editor opened on it): refused if
    another agent saved the template since, whose text would otherwise be lost."""
    name = rules.validate_name(name)
    rules.check(body)
    if title is not None:
        title = rules.validate_title(title)
    with ctx.transaction() as repo:
        _seed(repo)
        row = repo.one("SELECT * FROM templates WHERE name = ?", (name,))
        exists = row is not None and row["body"] is not None
        if new and exists:
            raise InvalidInput(f"template {name} already exists; change it with desk template edit {name}")
        if not new and not exists:
            raise NotFound(f"template {name} not found (desk template list shows them)")
        if based_on is not None and row is not None and row["body"] != based_on:
            raise changed_meanwhile(ctx, f"template {name}", row)
        previous_title = row["title"] if row is not None else ""
        values = {"title": title if title is not None else previous_title, "body": body,
                  "updated_at": utc_text(ctx.now), "updated_by": ctx.agent}
        repo.conn.execute("INSERT OR REPLACE INTO templates (name, title, body, updated_at, updated_by) "
                          "VALUES (?, ?, ?, ?, ?)", (name, *values.values()))
        repo.record(at=ctx.now, agent=ctx.agent, action="template added" if new else "template changed",
                    before={"template": name, "title": previous_title} if exists else None,
                    after={"template": name, "title": values["title"]})
        return _shown(ctx, {"name": name, **values})


def changed_meanwhile(ctx: Context, what: str, row: dict) -> InvalidInput:
    """The refusal of a change made from a text another agent has replaced since."""
    who = f" by {row['updated_by']}" if row.get("updated_by") else ""
    when = f" at {ctx.show_stored(row['updated_at'])}" if row.get("updated_at") else ""
    return InvalidInput(f"{what} was changed{who}{when} after you opened it; nothing was saved, so their text "
                        "stands (look at it before saving yours again)")


def remove(ctx: Context, name: str) -> None:
    name = rules.validate_name(name)
    with ctx.transaction() as repo:
        _seed(repo)
        row = repo.one("SELECT * FROM templates WHERE name = ?", (name,))
        if row is None or row["body"] is None:
            raise NotFound(f"template {name} not found (desk template list shows them)")
        # A row without a body, so a shipped template never comes back by itself.
        repo.conn.execute("UPDATE templates SET body = NULL, updated_at = ?, updated_by = ? WHERE name = ?",
                          (utc_text(ctx.now), ctx.agent, name))
        repo.record(at=ctx.now, agent=ctx.agent, action="template removed", before={"template": name},
                    after=None)


class NoArticle(InvalidInput):
    """A template that links documentation, for a request no article matches: each face
    says how to name one (the command line has --kb)."""


def for_request(ctx: Context, name: str, request_id: int, *, articles: list[dict] | None = None) -> str:
    """The template filled in for a request; an answer that would leave ``$docs`` empty is refused."""
    template = get(ctx, name)
    if name in _states():  # "your support has ended" to a customer whose support runs (review)
        from deskcli.services.guards import license_says

        license_says(ctx, ctx.repo.request(request_id), _states()[name],
                     otherwise=f"template {name} says it does; answer with another")
    variables = request_variables(ctx, request_id, articles=articles)
    if "docs" in rules.placeholders(template["body"]) and not variables["docs"]:
        raise NoArticle(f"template {name} links documentation, and no article matches request #{request_id}")
    return rules.render(template["body"], variables)


def still_renders(name: str, request_id: int, rendered: str, *,
                  articles: list[dict] | None = None) -> Callable[[Context], bool]:
    """Whether ``name`` still fills in for the request as ``rendered``: asked inside the
    write lock of a reply whose text nobody read over (``desk reply --template`` without
    ``--edit``), so a price, a date or the template's own text changed meanwhile by another
    agent is not mailed as it was a moment before."""
    return lambda ctx: for_request(ctx, name, request_id, articles=articles) == rendered


def request_variables(ctx: Context, request_id: int, *, articles: list[dict] | None = None) -> dict[str, str]:
    """Every variable of ``templates.VARIABLES`` for one request, as text."""
    from deskcli.domain.entitlement import percent_text
    from deskcli.domain.money import format_money
    from deskcli.services.licenses import renewal_quote
    from deskcli.store import search

    repo = ctx.repo
    row = repo.request(request_id)
    lic = repo.license(row["license"])
    quote = renewal_quote(dict(lic), ctx.today)
    following, price_until = quote.next_tier, quote.current_tier.last_day
    if articles is None:
        first = next((m["body"] for m in repo.messages(request_id) if m["kind"] == "customer"), "")
        articles = search.find_articles(repo, f"{row['subject']}\n{first}")
    currency = ctx.policy.currency
    return {
        "customer": row["customer"] or lic["customer"] or "",
        "request": f"#{request_id}",
        "subject": row["subject"] or "",
        "deadline": _deadline(ctx, row["due_at"]) if row["status"] == "open" else "",
        "license": lic["number"],
        "edition": lic["edition"],
        "support_until": lic["support_until"],
        "renewal_price": format_money(quote.amount, currency),
        "renewal_share": percent_text(quote.rate),
        "renewal_price_until": price_until.isoformat() if price_until else "",
        "renewal_next_price": format_money(following.amount, currency) if following else "",
        "new_support_until": quote.new_support_until.isoformat(),
        "docs": "\n".join(f"{a['title']} — {a['url']}" for a in articles),
        "agent": ctx.agent,
        "today": ctx.today.isoformat(),
    }


def _deadline(ctx: Context, due_at: str | None) -> str:
    if due_at is None:
        return ""
    local = dt.datetime.fromisoformat(due_at).astimezone(ctx.zone)
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} (UTC{offset[:3]}:{offset[3:]})"
