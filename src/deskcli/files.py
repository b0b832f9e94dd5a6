"""Files deskcli writes: private from the first byte, complete or absent, never half-written.

Everything deskcli keeps (the database, the access key, the personal file, the calendar
cache, exports and backups) may hold customers' data or secrets, so directories it
creates are 0700 and files 0600 whatever the umask, and a file is written beside its
target and renamed into place only once it is complete and on disk: a full disk or a
killed process leaves the old file (or none), never a truncated or empty one.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
from collections.abc import Iterable, Iterator

from deskcli.domain.errors import StorageError
from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import IO, Any
    from _typeshed import StrPath

#: Bits a deskcli process never grants on what it creates (group and others).
PRIVATE_UMASK = 0o077


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """For one command: whatever the inherited umask (even 000), what this process creates
    — SQLite's own -wal, -shm and -journal files included — is owner-only."""
    previous = os.umask(PRIVATE_UMASK)
    os.umask(previous | PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def absolute(path: StrPath) -> str:
    """``path`` made absolute with ``..`` resolved in the text: SQLite refuses a relative
    path that climbs above the root, and error messages should name the real place.
    A ``str`` (spelt as ``pathlib.Path`` prints it) so the fast commands need no pathlib."""
    return os.path.abspath(path)


def describe(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "the path is too long"
    return exc.strerror or str(exc)


def shown(path: StrPath, limit: int = 160) -> str:
    """A path for a one-line message: a 5,000-character one is cut in the middle."""
    text = str(path)
    if len(text) <= limit:
        return text
    return f"{text[:limit // 2]}…{text[-limit // 2:]} ({len(text)} characters)"


def private_dir(directory: StrPath) -> list[str]:
    """Create ``directory`` and any missing parents 0700 (``mkdir(parents=True)`` would
    give the parents the umask's mode); existing directories are left as they are.
    Returns the directories made, outermost first."""
    missing = []
    current = absolute(directory)
    while not os.path.isdir(current):
        missing.append(current)
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    made = []
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            if not os.path.isdir(path):
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path)) from None
            continue
        made.append(path)
        os.chmod(path, 0o700)  # an unusual umask (0o700 and up) could have taken bits away
    return made


def fsync_directory(directory: StrPath) -> None:
    """Make a rename in ``directory`` durable; some file systems cannot, which is harmless."""
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temporary_beside(path: StrPath, purpose: str = "partial") -> tuple[int, str]:
    """A new 0600 file next to ``path`` (same file system, so a rename is atomic). One left
    by a process that was killed meanwhile (its pid is in the name) is removed first."""
    path = os.fspath(path)
    _remove_orphans(path, purpose)
    directory, name = os.path.split(path)
    for attempt in range(100):
        candidate = os.path.join(directory, f".{name}.{os.getpid()}-{attempt}.{purpose}")
        try:
            return os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600), candidate
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path))


def _remove_orphans(path: str, purpose: str) -> None:
    directory, name = os.path.split(path)
    prefix, suffix = f".{name}.", f".{purpose}"
    try:
        names = [n for n in os.listdir(directory or ".") if n.startswith(prefix) and n.endswith(suffix)]
    except OSError:
        return
    for name in names:
        pid_text = name[len(prefix):-len(suffix)].split("-")[0]
        if not (pid_text.isascii() and pid_text.isdigit()) or int(pid_text) == os.getpid():
            continue
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            for leftover in (os.path.join(directory, name), os.path.join(directory, f"{name}-journal")):
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
        except (PermissionError, OverflowError):
            continue  # alive (another user's) or not a pid at all


def named_target(named: StrPath, *, special: bool = True) -> str:
    """The absolute path of a file the user named for a command to write (an export, a
    backup), refused as a usage error (exit 2) when it can only fail: a directory (``-o ""``
    reaches here as ``.``), or a directory that does not exist (a typo should fail, not
    grow a tree). ``special=False``: a device or a pipe is refused too (a backup is a file)."""
    from deskcli.domain.errors import InvalidInput

    path = absolute(named)
    if os.path.isdir(path):
        raise InvalidInput(f"cannot write {shown(named)}: it is a directory; name a file")
    if not special and _special(path):
        raise InvalidInput(f"cannot write {shown(named)}: it is not a regular file (a link, a device or a pipe)")
    parent = os.path.dirname(path)
    if not os.path.isdir(parent):
        missing = "is not a directory" if os.path.lexists(parent) else "does not exist"
        raise InvalidInput(f"cannot write {shown(named)}: directory {shown(parent)} {missing}")
    return path


def refuse_own_file(named: StrPath, own: Iterable[tuple[StrPath, str]], what: str) -> None:
    """Refuse (exit 2) a file the user named for a command to write when it is one of the
    desk's own files (``own``: each path with what it is to the desk), by name or through a
    link: ``desk export -o desk.db`` would put a CSV where the database was."""
    from deskcli.domain.errors import InvalidInput

    path = os.path.realpath(named)
    for mine, kind in own:
        same = path == os.path.realpath(mine)
        if not same:
            try:
                same = os.path.samefile(path, mine)
            except (OSError, ValueError):
                same = False
        if same:
            raise InvalidInput(f"cannot write {shown(named)}: it is the desk's {kind}; {what} must go to another file")


#: How long a named pipe may go without a reader before writing to it fails ("cat pipe &"
#: started just before the command may not have opened it yet).
PIPE_READER_WAIT = 2.0


def _open_writing(path: str, flags: int) -> int:
    import time

    waited_until = time.monotonic() + PIPE_READER_WAIT
    while True:
        try:
            return os.open(path, flags, 0o600)
        except OSError as exc:
            if exc.errno != errno.ENXIO or time.monotonic() >= waited_until:
                raise
            time.sleep(0.01)


def _descriptor(path: str) -> int | None:
    """The descriptor a path such as /dev/stdout or /dev/fd/3 names (through its links)."""
    import re

    for _ in range(8):
        found = re.fullmatch(r"/(?:proc/self|dev)/fd/(\d{1,9})", path)
        if found:
            return int(found.group(1))
        if not os.path.islink(path):
            return None
        path = os.path.join(os.path.dirname(path), os.readlink(path))
    return None


def _special(path: str) -> bool:
    """Whether ``path`` is there and is neither a regular file nor a directory, or is a
    symbolic link (``/dev/stdout``: renamed over, the link itself would go)."""
    if os.path.islink(path):
        return True
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


class WholeWrites(io.BufferedIOBase):
    """A binary stream writing every byte it is given or raising: a large write into a pipe
    whose reader left mid-way comes back short with no error (the buffered layer returns the
    count, and the text layer drops it), so the rest was lost and the command ended 0
    (review: desk queue | head -1 over 2,000 requests). The next write of what is left meets
    the closed pipe, as a shell expects (141). Standard output (``exits.whole_writes``) and
    an ``-o`` that names a pipe or a device are written through it."""

    def __init__(self, buffer: io.BufferedWriter | io.FileIO, *, closes: bool = True) -> None:
        self._buffer = buffer
        self._closes = closes  # standard output's buffer outlives this layer: flushed, never closed

    def write(self, data) -> int:
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            written = self._buffer.write(view)
            if not written:
                raise BrokenPipeError(errno.EPIPE, "nothing reads the output")
            view = view[written:]
        return total

    def flush(self) -> None:
        self._buffer.flush()

    def close(self) -> None:
        if self._buffer.closed:
            return
        if self._closes:
            self._buffer.close()
        else:
            self._buffer.flush()

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._buffer.fileno()

    def isatty(self) -> bool:
        return self._buffer.isatty()

    @property
    def closed(self) -> bool:
        return self._buffer.closed

    @property
    def raw(self):
        return getattr(self._buffer, "raw", self._buffer)


@contextlib.contextmanager
def atomic_output(path: StrPath, *, replace: bool = True, encoding: str | None = None,
                  create_parent: bool = True) -> Iterator[IO[Any]]:
    """A binary handle whose bytes become ``path`` only when the block ends without error.

    The data goes to a 0600 file beside ``path``, is flushed and fsynced, then renamed
    over ``path`` (``replace=False``: linked, so an existing file is never replaced and
    two writers cannot both win). Any failure removes the temporary file and raises
    ``StorageError`` naming ``path``. With ``encoding`` the handle takes text. deskcli's
    own files get their directory made; a place the user named must exist (a typo in it
    should fail, not grow a tree).
    """
    named = path
    path = absolute(path)
    temporary: str | None = None
    made: list[str] = []
    if not create_parent:
        named_target(named)
    if _special(path):
        # /dev/null, a pipe, a terminal, a process substitution's /dev/fd/N, /dev/stdout or
        # any link: written into as it is (not atomically). Renamed over, the device or the
        # link would become a file (as root, /dev/null a 0600 one).
        if not replace:
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), path)
        try:
            inherited = _descriptor(path)
            if inherited is not None:  # /dev/stdout, /dev/fd/N: the stream the shell opened, as it is
                fd = os.dup(inherited)
            else:
                # Never made by the name (it may have changed since it was looked at); a
                # pipe nobody reads is said at once rather than waited on for ever.
                dangling = os.path.islink(path) and not os.path.exists(path)  # a link to a file to be
                fd = _open_writing(path, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY | (os.O_CREAT if dangling else 0))
        except OSError as exc:
            if exc.errno == errno.ENXIO:
                raise StorageError(f"cannot write {shown(named)}: nothing reads from it") from None
            raise StorageError(f"cannot write {shown(named)}: {describe(exc)}") from None
        try:
            os.set_blocking(fd, True)
            if inherited is None and stat.S_ISREG(os.fstat(fd).st_mode):  # a link to a file: replaced whole
                os.ftruncate(fd, 0)
            whole = WholeWrites(os.fdopen(fd, "wb"))
            fd = -1
            handle: Any = whole if encoding is None else io.TextIOWrapper(whole, encoding=encoding, newline="")
            with handle:
                yield handle
        except BrokenPipeError:  # -o /dev/stdout | head: the reader went away, as for any output (141)
            raise
        except OSError as exc:
            raise StorageError(f"cannot write {shown(named)}: {describe(exc)}") from None
        finally:
            if fd >= 0:
                os.close(fd)
        return
    try:
        if create_parent:
            made = private_dir(os.path.dirname(path))
        fd, temporary = temporary_beside(path)
        mode = "wb" if encoding is None else "w"
        with os.fdopen(fd, mode, encoding=encoding, newline="" if encoding else None) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(temporary, path)
        else:
            os.link(temporary, path)
            os.unlink(temporary)
        temporary = None
        made = []
        fsync_directory(os.path.dirname(path))
    except FileExistsError:
        raise
    except OSError as exc:
        raise StorageError(f"cannot write {shown(named)}: {describe(exc)}") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        for directory in reversed(made):  # nothing left behind, not even an empty directory
            with contextlib.suppress(OSError):
                os.rmdir(directory)


def write_atomic(path: StrPath, data: bytes, *, replace: bool = True, create_parent: bool = True) -> None:
    with atomic_output(path, replace=replace, create_parent=create_parent) as handle:
        handle.write(data)
