"""The whole desk as JSON Lines records, and back: the records' shapes, and ``import``
(``store.shapes`` declares them; ``store.dump`` writes them for ``export --all``).

Each record carries ``kind``: license, renewal, renewal_reminder (a reminder that went
out), request, message, mail_contact (where a
request's mail goes), mail_received (mail already taken in, so that none is taken twice),
article (documentation, 2.11), template (canned answers),
mail_template (the team's mail texts), event or sla_stop (where an SLA clock stopped, as
the desk recorded it then), in that order, so a file can be imported in one pass. Instants are shown in the desk's zone and stored
in UTC, money as decimal strings, the PIN only as its hash. Temporary access is never
exported. Import is all or nothing: one bad line names itself and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import Any

from deskcli.domain.errors import InvalidInput
from deskcli.domain.money import parse_amount, to_kopecks
from deskcli.domain.pins import hash_pin, is_pin_hash
from deskcli.domain.policy import Policy
from deskcli.store import import_checks
from deskcli.store.records import LARGEST_NUMBER
from deskcli.store.bulk import Deadlines, Writer
from deskcli.store.repository import Repository
from deskcli.store.shapes import BOOL_COLUMNS, DATE_COLUMNS, INTEGER_COLUMNS, JSON_COLUMNS, KINDS, SHAPES

_Instants = import_checks.Instants

UTC = dt.UTC

def _date_text(value: Any) -> str | None:
    return None if value is None else import_checks.date_text(value)




def _integer(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LARGEST_NUMBER:
        raise InvalidInput(f"{value!r} is not a whole number from 0 to {LARGEST_NUMBER}")
    return value


def _json_text(value: Any) -> str | None:
    if value is None:
        return None
    if value == []:
        return "[]"
    return json.dumps(value, ensure_ascii=False)


def _tags_text(value: Any) -> str:
    from deskcli.domain.tags import validate_tag

    if value is None:
        return "[]"
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise InvalidInput(f"tags {value!r} is not a list of tags")
    return json.dumps(sorted({validate_tag(tag) for tag in value}), ensure_ascii=False)


def _then_json(check: Any) -> Any:
    def run(value: Any) -> str | None:
        return _json_text(check(value))

    try:
        empty: str | None = run([])
    except InvalidInput:
        empty = None

    def present(value: Any) -> str | None:  # an empty list, the common case, passes once
        if empty is not None and type(value) is list and not value:
            return empty
        return run(value)

    run.present = present  # type: ignore[attr-defined]
    return run


def _money(value: Any) -> int:
    return to_kopecks(parse_amount(str(value)))


def _flag(value: Any) -> int | None:
    if value is None:
        return None
    if value not in (True, False):  # true, false, 1 or 0; 1 == True in Python
        raise InvalidInput(f"{value!r} is not true or false")
    return int(value)


def _unchanged(value: Any) -> Any:
    return value


def _fast(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` for a value that is present, in its quickest form: a remembering check
    becomes its dictionary lookup, an optional check the check inside."""
    if isinstance(convert, import_checks.Memo | _Instants):
        return convert.fast
    return getattr(convert, "present", convert)


class _Plan:
    """How one kind of record becomes a row: keys to read, and one check per column."""

    def __init__(self, kind: str, instants: _Instants, checks: dict[tuple[str, str], Any]) -> None:
        shape = SHAPES[kind]
        rename = shape.get("rename", {})
        self.kind = kind
        self.columns: list[str] = []
        self.keys: list[str] = []
        self.converters: list[Any] = []
        for column in shape["columns"]:
            convert: Callable[[Any], Any]
            self.columns.append(shape["money"].get(column, column))
            self.keys.append(rename.get(column, column))
            if (kind, column) == ("request", "tags"):
                convert = _tags_text
            elif column in shape["money"]:
                convert = _money
            elif column in shape["instants"]:
                convert = instants
            elif (kind, column) in JSON_COLUMNS:
                convert = _then_json(checks[kind, column])
            elif (kind, column) in BOOL_COLUMNS:
                convert = _flag
            elif (kind, column) in DATE_COLUMNS:
                convert = _date_text
            elif (kind, column) in checks:
                convert = checks[kind, column]
            elif (kind, column) in INTEGER_COLUMNS:
                convert = _integer
            elif column == "pin_hash":
                convert = _unchanged  # checked with the PIN below
            else:
                raise AssertionError(f"{kind}.{column} has no import check")
            self.converters.append(convert)
        # named as the record names them (a stop's "stop_kind", not the column's "kind")
        self.required = [(shape["columns"].index(c), rename.get(c, c)) for c in sorted(shape["required"])]
        self.at = {column: i for i, column in enumerate(self.columns)}
        # What each check makes of an absent value, worked out once: most columns of a record
        # are absent, and a check that refuses an absent value is on a required column
        # (checked first) or, in ``none_checked``, is called on it row by row.
        self.when_absent: list[Any] = []
        self.none_checked: list[int] = []
        for i, convert in enumerate(self.converters):
            try:
                self.when_absent.append(convert(None))
            except InvalidInput:
                self.when_absent.append(None)
                if i not in {j for j, _ in self.required}:
                    self.none_checked.append(i)
        self.required_at = tuple(i for i, _ in self.required)
        self.fast = [_fast(convert) for convert in self.converters]

    def row(self, record: dict[str, Any]) -> list[Any]:
        values = list(map(record.get, self.keys))
        for i in self.required_at:
            if values[i] is None:
                missing = [column for j, column in self.required if values[j] is None]
                raise InvalidInput(f"{self.kind} lacks {', '.join(missing)}")
        try:
            for i in self.none_checked:
                if values[i] is None:
                    self.converters[i](None)
            values = [absent if value is None else convert(value)
                      for convert, value, absent in zip(self.fast, values, self.when_absent, strict=True)]
        except (InvalidInput, TypeError):  # the plain checks say which column, or pass after all
            values = self._checked(values)
        if self.kind == "license":
            self._license(values, record)
        elif self.kind == "request":
            self._request(values)
        elif self.kind == "mail_template":
            from deskcli.mail.templates import check_text

            at = self.at
            name, language, text = (str(values[at[column]]) for column in ("name", "language", "text"))
            values[at["text"]] = check_text(name, language, text, unclosed=False, required=False)  # as a template body
        return values

    def _checked(self, values: list[Any]) -> list[Any]:
        converted = []
        for key, convert, value in zip(self.keys, self.converters, values, strict=True):
            try:
                converted.append(convert(value))
            except InvalidInput as exc:
                raise InvalidInput(f"{self.kind} {key}: {exc}") from None
        return converted

    def _license(self, values: list[Any], record: dict[str, Any]) -> None:
        at = self.at
        pin = record.get("pin")
        if values[at["pin_hash"]] is None and pin is not None:
            values[at["pin_hash"]] = hash_pin(str(pin) if type(pin) is int else pin)
        if values[at["pin_hash"]] is None:
            raise InvalidInput("license lacks pin_hash (or pin)")
        if not is_pin_hash(values[at["pin_hash"]]):
            raise InvalidInput("pin_hash is not a deskcli PIN hash (scrypt, at most the desk's own cost)")
        values[at["support_until"]] = values[at["support_until"]] or _support_until(values[at["purchased"]])

    def _request(self, values: list[Any]) -> None:
        at = self.at
        values[at["line"]] = values[at["line"]] or 1
        values[at["flags"]] = values[at["flags"]] or "[]"
        values[at["reasons"]] = values[at["reasons"]] or "[]"
        values[at["ready_to_close"]] = values[at["ready_to_close"]] or 0


def _support_until(purchased: str) -> str:
    from deskcli.domain.entitlement import support_until

    return support_until(dt.date.fromisoformat(purchased)).isoformat()


def load(repo: Repository, records: Iterable[tuple[int, Any]], zone, policy: Policy | None = None, *,
         deadlines: Deadlines | None = None) -> dict[str, int]:
    """Insert every record in one transaction as it is read; the first bad one aborts them all.

    Values pass the checks the commands apply (``import_checks``), editions the desk's
    ``policy``. With ``deadlines``, an open request whose deadlines another calendar or
    other targets made (or none) gets them as ``services.deadlines.recalculate`` would give
    them, so the next command finds nothing to recalculate.
    """
    import itertools

    from deskcli.domain import policy as policy_module
    from deskcli.store.sla_schema import derived_after_bulk_load

    rest = iter(records)
    first = next(rest, None)
    if first is None:  # nothing to write: the file is left as it was, to the byte (data-safety QA)
        return {}
    records = itertools.chain([first], rest)
    instants = _Instants(zone)
    checks = import_checks.checks(policy or policy_module.build({}))
    plans = {kind: _Plan(kind, instants, checks) for kind in SHAPES}
    # SQLite checks each row's references as it goes in; a file may name a request before the
    # license it refers to, and deferring the check costs a scan per parent row. So the
    # check is off (it cannot change inside a transaction) and the writer makes it at the end.
    enforced = repo.scalar("PRAGMA foreign_keys")
    repo.conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with repo.transaction(), derived_after_bulk_load(repo.conn) as stops:
            writer = Writer(repo, plans, deadlines, SHAPES, before_first={"sla_stops": stops.file_stops})
            # A desk that already has history (its own policy set, say) keeps it: the file's
            # events follow it, numbered after the last, in the file's order.
            after = repo.scalar("SELECT coalesce(max(id), 0) FROM events")
            event_id = SHAPES["event"]["columns"].index("id")
            for number, record in records:
                try:
                    if not isinstance(record, dict):
                        raise InvalidInput("expected a JSON object")
                    kind = record.get("kind")
                    if not isinstance(kind, str) or kind not in plans:
                        raise InvalidInput(f"kind must be one of {', '.join(KINDS)}")
                    row = plans[kind].row(record)
                    if kind == "event" and after and row[event_id] is not None:
                        row[event_id] += after
                except InvalidInput as exc:
                    raise InvalidInput(f"line {number}: {exc}") from None
                writer.add(kind, row, number)
            return writer.finish()
    finally:
        repo.conn.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")
