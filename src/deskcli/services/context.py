"""What one invocation works with, built once and passed in: paths, personal settings, the
desk's policy, its calendar, the clock, the acting agent and the repository.

Nothing here is global and no getter writes: a command that only reads opens the database
read-only, and only ``Context.transaction`` (used by the use cases that change something)
writes. Tests build a ``Context`` directly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property

from deskcli import paths
from deskcli.domain.errors import InvalidInput
from deskcli.domain.named import TYPE_CHECKING
from deskcli.env import DESK_AGENT

if TYPE_CHECKING:
    from typing import Any
    from _typeshed import StrPath

    from deskcli.domain.calendar import BusinessCalendar
    from deskcli.domain.policy import Policy
    from deskcli.settings import Settings
    from deskcli.store.repository import Repository


def _stderr(kind: str) -> Callable[[str], None]:
    def say(message: str) -> None:
        from deskcli.domain.text import printable

        sys.stderr.write(f"{kind}: {printable(message, single_line=True)}\n")

    return say


#: The highest policy version an imported file may carry: room for as many changes again.
MAX_POLICY_VERSION = 2**31 - 1

class Context:
    def __init__(self, *, db_path: StrPath, settings: Settings, agent: str | None = None,
                 now: dt.datetime | None = None, writes: bool = True, creates: bool = False, no_input: bool = False,
                 warn: Callable[[str], None] | None = None, notice: Callable[[str], None] | None = None,
                 repo: Repository | None = None) -> None:
        self.db_path = db_path
        self.settings = settings
        self.writes = writes
        #: Whether a missing (or blank) database file is made into a new desk: only by the
        #: commands that start one; any other fails on a mistyped path and leaves no file.
        self.creates = creates
        self.no_input = no_input
        self._agent = agent
        self._now = now
        self.warn = warn or _stderr("warning")
        self.notice = notice or _stderr("notice")
        #: Told, once, that a write waits for another writer's lock; None says nothing (the
        #: command line sets it only for a person at a terminal: cron would mail it).
        self.waiting: Callable[[str], None] | None = None
        self._repo: Repository | None = repo
        #: Whether this command made the database file (a new desk, removed at close if blank).
        self._made = False
        #: The version of the stored policy ``policy`` was read from (None: none stored yet).
        self._policy_version: int | None = None
        #: The version an adopted policy is stored as: the one it had in the desk it came from.
        self._adopted_version: int | None = None

    @classmethod
    def from_options(cls, *, db_option: str | None = None, config_option: str | None = None,
                     agent_option: str | None = None, no_input: bool = False, writes: bool = True,
                     creates: bool = False, mending: bool = False) -> Context:
        """``mending``: the command edits the personal file itself (``desk config``), so a
        file that does not pass its check is no reason to stop: its own key may be the fix."""
        for name, value in (("--db", db_option), ("--config", config_option), ("--agent", agent_option)):
            if value and "\x00" in value:
                raise InvalidInput(f"{name} contains a NUL byte")
            if value is not None and not value.strip():  # --db "$UNSET": not the agent's real desk
                raise InvalidInput(f"{name} is empty")
        from deskcli import settings as settings_module

        config_path = paths.config(config_option)
        try:
            settings = settings_module.load(config_path)
        except InvalidInput:
            if not mending:
                raise
            settings = settings_module.build(config_path, {})
        return cls(db_path=paths.database(db_option, settings.database), settings=settings,
                   agent=agent_option, writes=writes, creates=creates, no_input=no_input)

    # -- the database -------------------------------------------------------------

    @property
    def repo(self) -> Repository:
        """The repository, opened on first use: read-only for a command that only reads
        (a missing database is then an error, not a new empty one: a mistyped --db in a
        cron line must not report "nothing overdue")."""
        if self._repo is None:
            from deskcli.store.repository import Repository

            made = self.writes and self.creates and not _holds_data(self.db_path)
            self._repo = Repository(self.db_path, write=self.writes, create=self.creates, upgrading=self._upgrading)
            self._made = self._made or made
        return self._repo

    def _upgrading(self, old: int, new: int) -> None:
        """Said, to a person at a terminal, before a desk's schema is upgraded: on a large
        desk the first command after installing a new deskcli takes a while, once."""
        if self.waiting is not None:
            self.waiting(f"upgrading {self.db_path} for this version of deskcli (schema {old} to {new}); "
                         "once, but a large desk takes a while")

    def own_files(self) -> list[tuple[str, str]]:
        """The files this desk keeps, each with what it is: none may be a command's output."""
        from deskcli import paths

        database = str(self.db_path)
        return [(database, "database"), *((database + end, "database journal") for end in ("-wal", "-shm", "-journal")),
                (paths.key_file(), "access key"), (str(self.settings.path), "settings file")]

    @property
    def has_database(self) -> bool:
        return self._repo is not None or os.path.exists(self.db_path)

    @contextlib.contextmanager
    def transaction(self, *, searchable: bool = False) -> Iterator[Repository]:
        """One write transaction. The first one on a desk without a policy stores the
        policy in force (the defaults, or the keys an older personal file held).
        ``searchable``: the command changes what full-text search indexes (text, a status),
        so the stemmers load before the lock; inside it they cost a fresh process 16-29 ms."""
        if not self.writes:
            raise RuntimeError("a read-only command asked for a write transaction")
        self._prepare()
        # Imported before the lock for the same reason.
        from deskcli.services import deadlines
        from deskcli.store import fulltext

        if searchable:
            fulltext.ready()

        from deskcli.store.db import WRITE_WAIT_SECONDS

        def waiting() -> None:
            if self.waiting is not None:
                self.waiting(f"another command is writing to {self.db_path}; waiting for it "
                             f"(up to {WRITE_WAIT_SECONDS:g} s)")

        with self.repo.transaction(waiting=waiting) as repo:
            version = repo.policy_version()
            if version is not None and version != self._policy_version and "policy" in self.__dict__:
                # Another command changed the policy after this one read it: what is done
                # from here on (the deadlines below, the command's own) is done under the
                # policy in force, never under the one it replaced.
                self._forget_policy()
            if version is None:
                repo.save_policy(self.policy.document, at=self.now, agent=self.agent, version=self._adopted_version)
                if self.settings.legacy_policy:
                    self.notice(f"the policy keys of {self.settings.path} now live in the desk's database "
                                "(desk policy show); that file keeps only personal settings")
            deadlines.refresh_stale(self, repo)
            yield repo
            # What this command changed becomes searchable in the same commit; a backlog left
            # by an upgrade or an import is worked off a bounded slice per command.
            fulltext.catch_up(repo, limit=fulltext.CATCH_UP_PER_COMMAND)

    def _prepare(self) -> None:
        """What a transaction's statements need, computed before the write lock is taken so
        the lock covers only the statements: the policy, the calendar's fingerprint and this
        year's working days (built from the holidays package the first time)."""
        _ = self.basis
        try:
            self.calendar.year(self.today.year)
        except InvalidInput:
            pass  # a year outside the calendar fails where a deadline needs it, with its message

    def close(self) -> None:
        if self._repo is not None:
            self._repo.close()
            self._repo = None
        if self._made:  # made by this command: kept only if something was recorded in it
            from deskcli.store.db import discard_if_blank

            self._made = False
            discard_if_blank(self.db_path)

    # -- the policy and its calendar ----------------------------------------------

    @cached_property
    def policy(self) -> Policy:
        from deskcli.domain import policy as policy_module

        stored = self.repo.policy() if self.has_database else None
        self._policy_version = stored[0] if stored is not None else None
        legacy = self.settings.legacy_policy
        if stored is None:
            try:
                return policy_module.build(legacy, stored=True)
            except InvalidInput as exc:
                raise InvalidInput(f"{self.settings.path}: {exc}") from None
        if legacy and sys.stderr.isatty():
            # Said where a person reads it: a cron job mails every line it prints, so a
            # warning on each run of "queue --overdue" mailed all day (admin review);
            # desk doctor and desk config show report the keys to the admin.
            from deskcli.settings import legacy_keys

            for key in legacy_keys(legacy):
                self.warn(f"{self.settings.path}: {key} is ignored: the desk's policy lives in the "
                          f"database (desk policy set {key} ...); desk config unset {key} removes it here")
        return policy_module.build(stored[1], stored=True)

    def _forget_policy(self) -> None:
        """Read the policy (and its calendar) again when next asked."""
        for name in ("policy", "calendar"):
            self.__dict__.pop(name, None)

    @cached_property
    def calendar(self) -> BusinessCalendar:
        from deskcli.calendar_cache import ContextYearCache
        from deskcli.domain.calendar import BusinessCalendar

        return BusinessCalendar(self.policy.calendar, cache=ContextYearCache(self))

    def adopt_policy(self, document: dict[str, Any], version: int | None = None) -> bool:
        """A new desk takes ``document`` as its policy (``desk import`` of a file that carries
        one) when its first transaction stores it, under the ``version`` it had there, so the
        history's policy versions go on from it; a desk with a policy of its own keeps it.
        Returns whether the document was adopted."""
        from deskcli.domain import policy as policy_module

        if self.has_database and self.repo.policy() is not None:
            return False
        # a version near SQLite's largest rowid would leave no room for the next one (review)
        if version is not None and (type(version) is not int or not 1 <= version <= MAX_POLICY_VERSION):
            raise InvalidInput(f"the file's policy: version {version!r} is not a whole number from 1 to "
                               f"{MAX_POLICY_VERSION}")
        self._adopted_version = version
        try:
            adopted = policy_module.build(document)
        except InvalidInput as exc:
            raise InvalidInput(f"the file's policy: {exc}") from None
        self._forget_policy()  # the calendar was worked out from the old policy, if anything asked
        self.policy = adopted
        return True

    @property
    def zone(self) -> Any:
        return self.calendar.zone

    @property
    def basis(self) -> str:
        """What each deadline is computed from, stored with it (SPEC section 3)."""
        from deskcli.domain.tickets import deadline_basis

        return deadline_basis(self.calendar.fingerprint, self.policy.targets)

    # -- time and the actor -------------------------------------------------------

    @property
    def now(self) -> dt.datetime:
        """Fixed for the whole command, so every row of one listing shares one "now"."""
        if self._now is None:
            from deskcli import clock  # zoneinfo: loaded once the desk's zone is asked for

            self._now = clock.now(self.zone).replace(microsecond=0)
        return self._now

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.zone).date()

    @cached_property
    def agent(self) -> str:
        """``--agent``, then ``DESK_AGENT``, then the personal file, then the login name."""
        for name, candidate in (("--agent", self._agent), (DESK_AGENT, os.environ.get(DESK_AGENT)),
                                ("agent", self.settings.agent)):
            if candidate and candidate.strip():
                from deskcli.domain.tickets import validate_field

                return validate_field(candidate, what=name, limit=200).strip()
        import getpass

        try:
            return getpass.getuser()
        except (KeyError, OSError):  # a uid with no name (a container); OSError from Python 3.13 on
            return "agent"

    def act_as(self, gateway: str) -> None:
        """A gateway (``desk mail-in``: "mail") acts under its own name, not the login's of the
        process an MTA or cron runs it as (nobody, root); ``--agent`` still names another."""
        if not (self._agent and self._agent.strip()):
            self.agent = gateway

    # -- instants as the desk shows them ------------------------------------------

    def instant(self, text: str, *, what: str = "instant") -> dt.datetime:
        from deskcli import clock

        return clock.parse_instant(text, self.zone, what=what)

    def period(self, first: str | None, last: str | None, *, names: tuple[str, str]) -> tuple[str | None, str | None]:
        """Stored-instant bounds ``[start of first day, start of the day after last)`` in the
        desk's zone, for ``--since/--until`` style options named ``names``."""
        from deskcli import clock
        from deskcli.store.repository import utc_text

        def start_of(text: str | None, what: str, days: int) -> str | None:
            if text is None:
                return None
            day = clock.parse_date(text, what=what) + dt.timedelta(days=days)
            return utc_text(dt.datetime.combine(day, dt.time(), self.zone))

        since, until = start_of(first, names[0], 0), start_of(last, names[1], 1)
        if since is not None and until is not None and since >= until:
            raise InvalidInput(f"{names[0]} {first} is after {names[1]} {last}: no day is in that period")
        return since, until

    def show_stored(self, text: str | None) -> str | None:
        """A stored UTC instant as the desk shows it: ISO 8601 in its zone, to the second."""
        from deskcli.domain.tickets import shown_instant

        return shown_instant(text, self.zone)

    def show_instant(self, value: dt.datetime | None) -> str | None:
        if value is None:
            return None
        return value.astimezone(self.zone).isoformat(timespec="seconds")

    def record(self, row: Mapping[str, Any]) -> dict:
        from deskcli.domain.tickets import request_record

        return request_record(row, self.calendar, self.now)


def _holds_data(path: StrPath) -> bool:
    """Whether a file is there with anything in it (a blank file is made into a desk too)."""
    try:
        return os.path.getsize(path) > 0
    except OSError:
        return False
