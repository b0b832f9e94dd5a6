"""What every command needs, resolved once per invocation: configuration, calendar, clock."""

from __future__ import annotations

import datetime as dt
import os
from functools import cached_property
from pathlib import Path

from deskcli import clock
from deskcli import config as config_module
from deskcli.domain.calendar import BusinessCalendar
from deskcli.domain.errors import InvalidInput
from deskcli.env import DESK_AGENT, DESK_DB


class Runtime:
    def __init__(self, config_option: str | None = None, db_option: str | None = None,
                 agent_option: str | None = None, no_input: bool = False) -> None:
        self.config_option = config_option
        self.db_option = db_option
        self.agent_option = agent_option
        self.no_input = no_input
        for name, value in (("--db", self.db_option), ("--config", self.config_option),
                            ("--agent", self.agent_option)):
            if value and "\x00" in value:
                raise InvalidInput(f"{name} contains a NUL byte")

    @cached_property
    def config_path(self) -> Path:
        return config_module.resolve_path(self.config_option)

    @cached_property
    def config(self) -> config_module.Config:
        return config_module.load(self.config_path)

    @cached_property
    def calendar(self) -> BusinessCalendar:
        from deskcli.calendar_cache import RuntimeYearCache

        return BusinessCalendar(self.config.calendar, cache=RuntimeYearCache(self._open_connection))

    @property
    def reader(self):
        """The repository for a command that only reads: a missing database is an error, not
        a new empty one (a mistyped --db in a cron line must not report "nothing overdue")."""
        if "repo" not in self.__dict__ and not self.db_path.exists():
            from deskcli.domain.errors import StorageError

            raise StorageError(f"no desk database at {self.db_path}; it is created by the first command "
                               "that records something (e.g. desk license add), or try desk demo")
        return self.repo

    def _open_connection(self):
        """The database connection if this command has opened it already, else None."""
        repo = self.__dict__.get("repo")
        return repo.conn if repo is not None else None

    @property
    def zone(self):
        return self.calendar.zone

    @cached_property
    def now(self) -> dt.datetime:
        """Fixed for the whole command, so every row of one listing shares one "now"."""
        return clock.now(self.zone).replace(microsecond=0)

    @property
    def today(self) -> dt.date:
        return self.now.date()

    @cached_property
    def db_path(self) -> Path:
        if self.db_option:
            return Path(self.db_option)
        env = os.environ.get(DESK_DB)
        if env:
            return Path(env)
        import platformdirs

        return Path(platformdirs.user_data_dir("deskcli")) / "desk.db"

    @cached_property
    def agent(self) -> str:
        """``--agent``, then ``DESK_AGENT``, then the configuration, then the login name."""
        for candidate in (self.agent_option, os.environ.get(DESK_AGENT), self.config.agent):
            if candidate and candidate.strip():
                return candidate.strip()
        import getpass

        try:
            return getpass.getuser()
        except Exception:
            return "agent"

    @cached_property
    def repo(self):
        from deskcli.store.repository import Repository

        repo = Repository(self.db_path)
        self.__dict__["repo"] = repo  # from here on, calendar years are cached in the database
        # A cheap indexed probe; the full recalculation runs only after a calendar change.
        from deskcli.domain.tickets import deadline_basis

        if repo.one("SELECT 1 FROM requests WHERE status = 'open' AND due_calendar IS NOT ? LIMIT 1",
                    (deadline_basis(self.calendar.fingerprint, self.config.targets),)):
            from deskcli.store.workflows import Desk

            Desk(repo=repo, config=self.config, calendar=self.calendar, now=self.now,
                 agent=self.agent).recalculate_deadlines()
        return repo

    @cached_property
    def desk(self):
        from deskcli.store.workflows import Desk

        return Desk(repo=self.repo, config=self.config, calendar=self.calendar, now=self.now, agent=self.agent)

    def record(self, row: dict) -> dict:
        from deskcli.domain.tickets import request_record

        return request_record(row, self.calendar, self.now)

    def close(self) -> None:
        if "repo" in self.__dict__:
            self.repo.close()

    def instant(self, text: str, *, what: str = "instant") -> dt.datetime:
        return clock.parse_instant(text, self.zone, what=what)

    def period(self, first: str | None, last: str | None, *, names: tuple[str, str]) -> tuple[str | None, str | None]:
        """Stored-instant bounds ``[start of first day, start of the day after last)`` in the
        desk's zone, for ``--since/--until`` style options named ``names``."""
        from deskcli.store.repository import utc_text

        def start_of(text: str | None, what: str, days: int) -> str | None:
            if text is None:
                return None
            day = clock.parse_date(text, what=what) + dt.timedelta(days=days)
            return utc_text(dt.datetime.combine(day, dt.time(), self.zone))

        return start_of(first, names[0], 0), start_of(last, names[1], 1)

    def show_stored(self, text: str | None) -> str | None:
        """A stored UTC instant as the desk shows it: ISO 8601 in its zone, to the second."""
        from deskcli.domain.tickets import shown_instant

        return shown_instant(text, self.zone)

    def show_instant(self, value: dt.datetime | None) -> str | None:
        if value is None:
            return None
        return value.astimezone(self.zone).isoformat(timespec="seconds")


runtime = Runtime()


def reset(**options: str | None) -> Runtime:
    """A fresh runtime per invocation, so nothing leaks between commands run in one process."""
    global runtime
    runtime.close()
    runtime = Runtime(**options)
    return runtime


def current() -> Runtime:
    return runtime
