"""How this process holds the desk's file: the connections it has open, counted per file,
and whether the file sits on read-only media (both read by store/db.py when it connects)."""

from __future__ import annotations

import os
import sqlite3

from deskcli.domain.named import TYPE_CHECKING
from deskcli.files import absolute

if TYPE_CHECKING:
    from _typeshed import StrPath

#: Connections this process has open, by database file (device, inode). While one is open,
#: the file's header is not read again: closing any descriptor of a file drops every POSIX
#: lock the process holds on it, SQLite's included, and a connection that has lost its
#: shared lock lets another process take the file for its last and delete the write-ahead
#: log under it. That corrupted the desk when the screen (one connection reading, another
#: per write) wrote after a command had (QA). An open connection keeps its file, so the
#: inode cannot be another file's meanwhile.
LIVE: dict[tuple[int, int], int] = {}


class TrackedConnection(sqlite3.Connection):
    """A connection that counts itself in ``LIVE`` until it is closed."""

    _file: tuple[int, int] | None = None

    def track(self, path: str) -> None:
        try:
            info = os.stat(path)
        except OSError:
            return
        self._file = (info.st_dev, info.st_ino)
        LIVE[self._file] = LIVE.get(self._file, 0) + 1

    def close(self) -> None:
        self._forget()
        super().close()

    def __del__(self) -> None:
        self._forget()

    def _forget(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            left = LIVE.get(file, 1) - 1
            if left > 0:
                LIVE[file] = left
            else:
                LIVE.pop(file, None)


def on_read_only_media(path: StrPath) -> bool:
    """A desk on a file system mounted read-only (a CD, a backup served read-only) whose
    write-ahead log holds nothing: its main file is the whole desk, and nobody can change it.
    Only a read-only mount says so: a directory this user cannot write may be another user's
    desk at work, which read as immutable would give torn reads."""
    try:
        if not os.statvfs(os.path.dirname(absolute(path)) or ".").f_flag & os.ST_RDONLY:
            return False
        return os.path.getsize(f"{absolute(path)}-wal") == 0
    except FileNotFoundError:
        return True  # on a read-only mount, with no log at all
    except OSError:
        return False
