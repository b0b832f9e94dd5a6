"""Cache files: the user's own and no one else's, or not used.

What deskcli computes once and keeps between runs (a year of the calendar, a help page,
the intake rules' compiled expressions) is read only from a plain file this user owns and
nobody else may write, and written owner-only and whole. Light to import: the fast
commands read these.
"""

from __future__ import annotations

import contextlib
import os
import stat

from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import StrPath


#: A cache file is small (a year of days, a help page, compiled rules): larger is not ours.
CACHE_FILE_LIMIT = 4 * 2**20


def others_may_write(info: os.stat_result) -> bool:
    """Whether anyone but the file's owner may write it: others, or a group other than the
    user's own private one (Debian and Ubuntu give each user a group of their own, and under
    their umask 002 an editor leaves a file 0664: a write only the user can make)."""
    return bool(info.st_mode & 0o002 or info.st_mode & 0o020 and not _private_group(info.st_gid))


def _private_group(gid: int) -> bool:
    """Whether ``gid`` is the user's own group: named after them, their primary group, no
    other member."""
    try:
        import grp
        import pwd

        group, user = grp.getgrgid(gid), pwd.getpwuid(os.getuid())
    except (ImportError, KeyError):  # no such group or user in the system's lists
        return False
    return group.gr_name == user.pw_name and gid == user.pw_gid and all(m == user.pw_name for m in group.gr_mem)


def read_own(path: StrPath) -> bytes | None:
    """A cache file's bytes if this user wrote it and nobody else may write it, else None
    (missing, unreadable, another's, not a plain file, or too large: what is computed from
    it must be the user's own). A link or a FIFO put in its place is not followed or waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if (not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or others_may_write(info)
                or info.st_size > CACHE_FILE_LIMIT):
            return None
        try:
            return handle.read(CACHE_FILE_LIMIT + 1)
        except OSError:
            return None


def keep_cached(path: str, data: bytes) -> None:
    """Write a cache file owner-only and whole (beside it, then renamed into place), in a
    private directory; not synced, and a cache that cannot be written only costs speed."""
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        from deskcli.files import private_dir

        private_dir(os.path.dirname(path))
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
