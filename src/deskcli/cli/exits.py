"""Exit codes (SPEC section 6) and the one place failures become an ``error:`` line.

Typer-free, so the fast path and the full command line share it.
"""

from __future__ import annotations

import _signal
import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable, Iterator

from deskcli.domain.errors import (
    DeskError,
    InvalidInput,
    NotFound,
    NotRecognised,
    Refused,
    StorageError,
)
from deskcli.domain.named import TYPE_CHECKING
from deskcli.env import DESK_DEBUG

if TYPE_CHECKING:
    from _typeshed import StrPath


class OutputClosed(Exception):
    """The reader of standard output went away (``desk export | head``): not an error of
    the command's, and not an OSError, which Click would turn into exit 1."""


class ExitStatus:
    """Exit codes of SPEC section 6; scripts and cron branch on them."""

    OK = 0
    #: A negative answer, not a failure: rejected, not eligible, overdue found by --check.
    NEGATIVE = 1
    #: The command line or a value on it is wrong; retrying the same input cannot help.
    USAGE = 2
    #: The request or license named does not exist.
    NOT_FOUND = 3
    #: License or PIN not recognised; one code for both so neither can be probed alone.
    NOT_RECOGNISED = 4
    #: The database cannot be used; the data is safe but an admin must look.
    STORAGE = 5
    #: ``desk mail-in`` only: EX_TEMPFAIL (sysexits.h), the MTA keeps the message and offers
    #: it again later.
    TEMPORARY = 75
    #: Interrupted by Ctrl-C, as shells report SIGINT.
    INTERRUPTED = 130
    #: A bug in deskcli (EX_SOFTWARE); the message says how to get details.
    INTERNAL = 70
    #: The reader of our output went away (`desk queue | head`): 128 + SIGPIPE, as a shell
    #: reports it, and distinct from 1, which --check uses for "overdue found".
    BROKEN_PIPE = 141


#: ``ctx.meta`` key: the error that stopped setting up ``desk mail-in`` (a broken personal
#: file), which the command answers once it knows whether an MTA or a poll runs it.
SETUP_FAILED = "deskcli.setup_failed"


_EXIT_FOR = (
    (Refused, ExitStatus.NEGATIVE),
    (InvalidInput, ExitStatus.USAGE),
    (NotFound, ExitStatus.NOT_FOUND),
    (NotRecognised, ExitStatus.NOT_RECOGNISED),
    (StorageError, ExitStatus.STORAGE),
)


def exit_code_for(exc: DeskError) -> int:
    for kind, code in _EXIT_FOR:
        if isinstance(exc, kind):
            return code
    return ExitStatus.USAGE


#: What Ctrl-C leaves behind: every write is one transaction, rolled back when interrupted,
#: and files are written aside and moved into place only when complete.
INTERRUPTED_MESSAGE = "error: interrupted; nothing was changed"
#: Ctrl-C after a transaction committed (a long import's last moment, between the messages of
#: a mail run): what was saved stays saved, and saying otherwise invites a duplicate.
INTERRUPTED_AFTER_SAVING = "error: interrupted; what was saved before it stays saved"


def commits_so_far() -> dict[str, int]:
    """Write transactions committed so far in this process, by database file (none if the
    store never loaded)."""
    repository = sys.modules.get("deskcli.store.repository")
    return repository.commits() if repository is not None else {}


def saved_since(before: dict[str, int]) -> bool:
    """Whether a transaction committed since ``before`` to a database that is still there."""
    return any(count > before.get(path, 0) and os.path.exists(path) for path, count in commits_so_far().items())


class Interrupted(Exception):
    """Ctrl-C, carried past click, which would otherwise print its own "Aborted!" lines."""

    def __init__(self, signum: int | None = None) -> None:
        super().__init__()
        self.signum = signum


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP (``timeout`` in a cron line, a terminal closed): raised where the
    command is, so its transaction rolls back and a half-written file is removed, as on
    Ctrl-C, instead of the process vanishing mid-way."""

    def __init__(self, signum: int) -> None:
        super().__init__()
        self.signum = signum


#: The signals that stop a command as Ctrl-C does: a ``timeout`` in a cron line, a terminal closed.
STOPPING = (_signal.SIGTERM, _signal.SIGHUP)


@contextlib.contextmanager
def stopping_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise `Stopped` while a command runs; the handlers before are
    restored. One the process was told to ignore stays ignored (``nohup desk import …``
    must survive the terminal closing: review). Only the main thread may set handlers: in
    another (a test's), the command runs with the handlers as they are. ``_signal``, not
    ``signal``: the C module is loaded with the interpreter, its wrapper costs a fast command
    a millisecond."""

    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    kept = {}
    try:
        for number in STOPPING:
            if _signal.getsignal(number) is not _signal.SIG_IGN:
                kept[number] = _signal.signal(number, stop)
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for number, handler in kept.items():
            _signal.signal(number, handler)


def interrupted(*, saved: bool = False, signum: int | None = None) -> int:
    """Ctrl-C (exit 130) or a stopping signal (128 + its number, as shells report it)."""
    # On a terminal the line starts after the "^C" the terminal echoed.
    lead = "\n" if hasattr(sys.stderr, "isatty") and sys.stderr.isatty() else ""
    message = INTERRUPTED_AFTER_SAVING if saved else INTERRUPTED_MESSAGE
    if signum is not None:
        import signal

        message = message.replace("interrupted", f"stopped by {signal.Signals(signum).name}")
    sys.stderr.write(f"{lead}{message}\n")
    return 128 + signum if signum is not None else ExitStatus.INTERRUPTED


def storage_failure(db_path: StrPath | None, exc: BaseException) -> StorageError | None:
    """A sqlite3 error that escaped a command (a page damaged past what opening checks) as
    the storage error it is, naming the database file."""
    sqlite3 = sys.modules.get("sqlite3")
    if db_path is None or sqlite3 is None or not isinstance(exc, sqlite3.DatabaseError):
        return None
    from deskcli.store.db import storage_failure as describe

    return describe(db_path, exc)


#: errno values of a write that failed for lack of room or a broken device.
_OUTPUT_FAILURES = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS, errno.EBADF}


def drop_stdout() -> None:
    """Buffered output that cannot be written must not fail again when Python exits: the
    descriptor under stdout now leads nowhere, so the final flush succeeds silently."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # a test's stand-in stdout has no descriptor
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass


def debugging() -> bool:
    return os.environ.get(DESK_DEBUG) not in (None, "", "0")


def trace_if_debugging() -> None:
    """With ``DESK_DEBUG`` set, the traceback of the exception being handled goes to stderr
    before its ``error:`` line; the exit code stays the one SPEC section 6 gives it (an MTA
    or cron reads the code, whatever a person debugging reads)."""
    if debugging():
        import traceback

        traceback.print_exc()


def whole_writes() -> None:
    """Standard output over ``files.WholeWrites`` when it is a pipe or a file (a terminal takes
    whole writes; a test's stand-in is neither a ``BufferedWriter`` nor, unbuffered
    (``PYTHONUNBUFFERED``), a ``FileIO``)."""
    stream = sys.stdout
    if type(stream) is not io.TextIOWrapper:  # asked first: a stand-in may note what is asked of it (help_cache)
        return
    buffer = stream.buffer
    if type(buffer) not in (io.BufferedWriter, io.FileIO) or stream.isatty():
        return
    stream.flush()
    from deskcli.files import WholeWrites

    sys.stdout = io.TextIOWrapper(WholeWrites(buffer, closes=False), encoding=stream.encoding, errors=stream.errors,
                                  line_buffering=stream.line_buffering, write_through=stream.write_through)


def _say(message: str) -> None:
    """The one ``error:`` line; what prints it loads only when a command fails (``desk
    open`` starts its PIN check sooner without it)."""
    from deskcli import output

    output.error(message)


def guarded(run: Callable[[], int | None], *, extra: tuple = ()) -> int:
    """Run a command; every failure becomes one ``error:`` line on stderr and an exit code.

    ``extra`` lets the full command line add its own (exception type, handler) pairs.
    SIGTERM and SIGHUP stop the command as Ctrl-C does, the screen's too: Textual gives the
    terminal back on the way out (it was left drawn when the process died).
    """
    committed = commits_so_far()
    whole_writes()
    try:
        with stopping_on_signals():
            code = run()
        sys.stdout.flush()  # a full disk under a redirected stdout is reported here, not at exit
        return code if isinstance(code, int) else ExitStatus.OK
    except DeskError as exc:
        trace_if_debugging()
        _say(str(exc))
        return exit_code_for(exc)
    except (KeyboardInterrupt, Interrupted) as exc:
        return interrupted(saved=saved_since(committed), signum=getattr(exc, "signum", None))
    except (BrokenPipeError, OutputClosed):
        drop_stdout()
        if saved_since(committed):  # a script must not do it again (stderr may have gone too)
            with contextlib.suppress(OSError):
                _say("the change was saved, but its output could not be written: nothing reads it")
        sys.stderr = open(os.devnull, "w")
        return ExitStatus.BROKEN_PIPE
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno in _OUTPUT_FAILURES:
            # Output that could not be written (a redirected stdout on a full disk): the
            # data is safe in the database, the copy of it is not.
            drop_stdout()
            if saved_since(committed):
                _say(f"the change was saved, but its output could not be written: {exc.strerror}")
            else:
                _say(f"cannot write the output: {exc.strerror}")
            return ExitStatus.STORAGE
        for kind, handler in extra:
            if isinstance(exc, kind):
                return handler(exc)
        if isinstance(exc, OSError) and exc.filename is not None and exc.strerror:
            # A place the desk needs that the environment got in the way of (a data directory
            # that is a file, a folder without permission): the file, and what is wrong with it.
            from deskcli.domain.text import printable
            from deskcli.files import describe, shown

            trace_if_debugging()
            _say(f"cannot use {printable(shown(exc.filename), single_line=True)}: {describe(exc)}")
            return ExitStatus.STORAGE
        trace_if_debugging()
        _say(f"unexpected {type(exc).__name__}; run with {DESK_DEBUG}=1 for details")
        return ExitStatus.INTERNAL
