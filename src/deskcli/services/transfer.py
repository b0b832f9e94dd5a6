"""``desk import``: a file written by ``export --all`` into this desk, all or nothing.

The file's first record may be the policy it was exported under: a new desk takes it before
the data, so open deadlines come back as they were; a desk with a policy of its own keeps
it, and is told the file's differs.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from deskcli.domain.errors import InvalidInput
from deskcli.services.context import Context
from deskcli.store.shapes import RECORDS_KEY


def import_records(ctx: Context, records: Iterable[tuple[int, Any]]) -> dict[str, int]:
    """Load (line number, record) pairs; returns how many rows each table gained.

    An input with no record at all (an export that failed before its first line) writes
    nothing, not even the policy a new desk would start with: a desk this command made is
    then removed as blank, rather than left to answer a cron line "nothing overdue"."""
    from deskcli.services.search import update_index
    from deskcli.store.bulk import Deadlines
    from deskcli.store.transfer import load

    given = iter(records)
    first = next(given, None)
    if first is None:
        return {}
    data = _after_policy(ctx, itertools.chain([first], given))
    counts = load(ctx.repo, data, ctx.zone, ctx.policy,
                  deadlines=Deadlines(ctx.calendar, ctx.policy.targets, ctx.basis))
    # Stemming is slower than loading, so the loaded requests are indexed after, not row by row.
    try:
        update_index(ctx)
    except KeyboardInterrupt:  # Ctrl-C, SIGTERM: the records are in; importing them again would fail
        ctx.warn(f"the import is complete ({counted(counts)}); indexing it for search was interrupted: "
                 "desk search --update-index finishes it")
        raise
    _unclosed(ctx)
    return counts


def counted(counts: dict[str, int]) -> str:
    """What an import added, in words: "2 licenses, 1 request"."""
    return ", ".join(f"{n} {table.removesuffix('s') if n == 1 else table}" for table, n in counts.items()) or "nothing"


def _unclosed(ctx: Context) -> None:
    """Texts an older version let through with a ``${`` never closed: kept, and named, since
    a customer would read the brace."""
    from deskcli.domain.templates import problems

    texts = [(f"template {row['name']}", f"desk template edit {row['name']}", row["body"])
             for row in ctx.repo.all("SELECT name, body FROM templates WHERE body LIKE '%${%'")]
    texts += [(f"mail template {row['name'].replace('_', '-')} ({row['language']})",
               f"desk template mail edit {row['name'].replace('_', '-')} --language {row['language']}", row["text"])
              for row in ctx.repo.all("SELECT name, language, text FROM mail_templates WHERE text LIKE '%${%'")]
    for what, mend, text in texts:
        left = set(problems(text, known=[], unclosed=True)) - set(problems(text, known=[], unclosed=False))
        for problem in sorted(left):
            ctx.warn(f"{what}: {problem}; {mend} mends it")


def _after_policy(ctx: Context, records: Iterator[tuple[int, Any]]) -> Iterator[tuple[int, Any]]:
    """The records after a leading policy record, which has been adopted (or compared) by then."""
    from deskcli.store.shapes import POLICY_KIND

    first = next(records, None)
    if first is None:
        return records
    number, record = first
    if not (isinstance(record, dict) and record.get("kind") == POLICY_KIND):
        # no policy came with the file: the desk's stays, and the file's changes are another's
        return _foreign_policy_changes(itertools.chain([first], records))
    document = record.get("document")
    if not isinstance(document, dict):
        raise InvalidInput(f"line {number}: the policy record has no document")
    if RECORDS_KEY in record:
        records = _all_there(records, _expected(number, record[RECORDS_KEY]))
    if ctx.adopt_policy(document, record.get("version")):
        return records
    if document != ctx.policy.document:
        ctx.notice("the file's policy differs from this desk's, which stays in force (desk policy import takes another)")
    return _foreign_policy_changes(records)


def _expected(number: int, counts: Any) -> dict[str, int]:
    from deskcli.store.shapes import KINDS

    if not (isinstance(counts, dict) and counts and all(
            kind in KINDS and type(n) is int and n >= 0 for kind, n in counts.items())):
        raise InvalidInput(f"line {number}: the policy record's {RECORDS_KEY} is not a count of each kind of "
                           f"record ({', '.join(KINDS)})")
    return counts


def _all_there(records: Iterator[tuple[int, Any]], expected: dict[str, int]) -> Iterator[tuple[int, Any]]:
    """The records, and at their end (inside the import's transaction, so nothing is kept) a
    refusal if they are not as many of each kind as the export counted: the file was cut
    short at a line's end, which no line of it shows, or edited."""
    from deskcli.store.shapes import SHAPES

    found = dict.fromkeys(expected, 0)
    for number, record in records:
        kind = record.get("kind") if isinstance(record, dict) else None
        if kind in found:
            found[kind] += 1
        yield number, record
    differ = [f"{found[kind]} {SHAPES[kind]['table']} where its export counted {n}"
              for kind, n in expected.items() if found[kind] != n]
    if differ:
        raise InvalidInput(f"the file holds {', '.join(differ)}: it was cut short or edited; nothing imported "
                           f"(to import what it holds, take {RECORDS_KEY!r} out of its first line)")


#: How the history names a policy change that a desk's import brought from another desk.
FOREIGN_POLICY_CHANGE = "policy changed in the imported desk"


def _foreign_policy_changes(records: Iterator[tuple[int, Any]]) -> Iterator[tuple[int, Any]]:
    """The file's policy changes, told apart from this desk's own: its policy stays in force,
    and its history must not say it went through versions it never had (review)."""
    for number, record in records:
        if isinstance(record, dict) and record.get("kind") == "event" and record.get("action") == "policy changed":
            record = {**record, "action": FOREIGN_POLICY_CHANGE}
        yield number, record
