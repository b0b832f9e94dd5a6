"""Checking a license's PIN, with a limit on guessing, and clearing a lock.

The check runs before any write lock is taken (scrypt is slow on purpose), and a wrong
PIN is recorded in a short transaction of its own. An unknown number costs the same hash
and is counted and locked the same way, so neither the answer, its timing nor the lock
tells whether a number exists. A lock refuses without checking: nothing more is learned
while it lasts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from deskcli.domain import pins, tickets
from deskcli.domain.errors import NotFound, NotRecognised
from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.services.context import Context
from deskcli.store import pin_failures
from deskcli.store.records import LicenseRow
from deskcli.store.repository import Repository, utc_text

if TYPE_CHECKING:
    from typing import Any


def unpinned(text: str, pin: str | None = None) -> str:
    """``text`` as the desk may keep it: a PIN written after its label, or ``pin`` itself,
    masked (``mail.fields.remove_pin``, loaded only for a text that may hold one: ``desk
    open`` starts without it)."""
    lowered = text.lower()
    if "pin" not in lowered and "пин" not in lowered and not (pin and pin in text):
        return text
    from deskcli.mail.fields import remove_pin

    return remove_pin(text, pin)


#: How far back ``license show`` lists wrong PINs, and the fields it adds.
SHOWN_DAYS = 30
STATUS_FIELDS = ("locked_until", "failed_checks")


class PinCheck(NamedTuple):
    """A PIN check under way (`start_authenticating`)."""

    #: The license number as the desk stores it ("hc-1001" typed is HC-1001), None for an
    #: unknown one: what the caller may read meanwhile, never write.
    number: str | None
    #: The rest of the check: returns the license, or raises the refusal.
    finish: Callable[[], LicenseRow]


def authenticate(ctx: Context, number: str, pin: str) -> LicenseRow:
    """The license when ``number`` and ``pin`` match and the number is not locked."""
    return start_authenticating(ctx, number, pin).finish()


def start_authenticating(ctx: Context, number: str, pin: str,
                         meanwhile: Callable[[], object] | None = None) -> PinCheck:
    """`authenticate` with the hash left running: the slow part (scrypt) runs in a thread,
    outside the interpreter lock, while the caller does work of its own (``desk open`` reads
    the message meanwhile). A bad or locked number is refused here, as `authenticate`
    refuses it.

    ``meanwhile``: the caller's own checks of its input, run once the hash is under way (on
    a second core they cost nothing) and before a lock is refused; what they raise is the
    answer instead, the hash is left unread and nothing is counted, as if they ran first."""
    number = tickets.validate_license_number(number)
    pin = pins.validate_pin(pin)
    row = ctx.repo.find_license(number)  # the database stays in this thread
    stored = None if row is None else str(row["pin_hash"])
    outcome: list[Any] = []

    def check() -> None:
        try:
            outcome.append(pins.verify_pin(pin, stored) if stored is not None else pins.verify_unknown(pin))
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            outcome.append(exc)

    import threading

    # The hash starts before the lock is looked at: whether the number is locked needs the
    # desk's clock (its policy and calendar), which load meanwhile. A lock refuses all the
    # same, and the hash's outcome is then never read: nothing is learned while it lasts.
    checking = threading.Thread(target=check, name="pin check", daemon=True)
    checking.start()
    locked = is_locked(ctx, ctx.repo, number)
    if meanwhile is not None:
        meanwhile()
    if locked:
        _record(ctx, number, "while_locked")
        raise NotRecognised(pins.NOT_RECOGNISED)

    def finish() -> LicenseRow:
        checking.join()
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        if not outcome[0] or row is None:
            _record(ctx, number, "wrong_pin")
            raise NotRecognised(pins.NOT_RECOGNISED)
        return row

    return PinCheck(None if row is None else str(row["number"]), finish)


def confirm_unlocked(ctx: Context, repo: Repository, number: str) -> None:
    """Inside the command's transaction: other guesses may have locked the number while
    this PIN was being checked; then even the right PIN is refused, with the same answer."""
    if is_locked(ctx, repo, number):
        raise NotRecognised(pins.NOT_RECOGNISED)


def is_locked(ctx: Context, repo: Repository, number: str) -> bool:
    failures = pin_failures.failures(repo, number, limit=pins.GUESS_LIMIT)
    return pins.locked_until(_instants(failures), ctx.now) is not None


def _instants(failures: list[dict[str, Any]]) -> list[dt.datetime]:
    return [dt.datetime.fromisoformat(f["at"]) for f in failures]


def _record(ctx: Context, number: str, kind: str) -> None:
    with ctx.transaction() as repo:
        pin_failures.record(repo, number, at=ctx.now, agent=ctx.agent, kind=kind)


def unlock(ctx: Context, number: str) -> int:
    """Clear a license's wrong PINs (and so its lock); returns how many were cleared."""
    number = tickets.validate_license_number(number)
    with ctx.transaction() as repo:
        row = repo.find_license(number)
        if row is None:
            raise NotFound(f"license {number} not found")
        number = row["number"]
        cleared = pin_failures.clear(repo, number, at=ctx.now, agent=ctx.agent)
        if cleared:  # nothing to clear is done already (a script may unlock to be sure), not an event
            repo.record(at=ctx.now, agent=ctx.agent, action="PIN lock cleared", license=number,
                        before={"wrong_pins": cleared}, after={"wrong_pins": 0})
    return cleared


def status(ctx: Context, number: str) -> dict:
    """What ``license show`` says about guessing: the lock, and recent wrong PINs."""
    repo = ctx.repo
    failures = pin_failures.failures(repo, number, limit=pins.GUESS_LIMIT)
    until = pins.locked_until(_instants(failures), ctx.now)
    since = str(utc_text(ctx.now - dt.timedelta(days=SHOWN_DAYS)))
    recent = [{"at": ctx.show_stored(f["at"]), "agent": f["agent"],
               "refused": "while locked" if f["kind"] == "while_locked" else "wrong PIN",
               "cleared": f["cleared_at"] is not None}
              for f in pin_failures.recent_attempts(repo, number, since=since)]
    return {"locked_until": ctx.show_instant(until), "failed_checks": recent}
