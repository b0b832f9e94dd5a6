"""Exit codes (SPEC section 6) and the one place failures become an ``error:`` line.

Typer-free, so the fast path and the full command line share it.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from deskcli.domain.errors import (
    DeskError,
    InvalidInput,
    NotFound,
    NotRecognised,
    Refused,
    StorageError,
)
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


class Interrupted(Exception):
    """Ctrl-C, carried past click, which would otherwise print its own "Aborted!" lines."""


def interrupted() -> int:
    # On a terminal the line starts after the "^C" the terminal echoed.
    lead = "\n" if hasattr(sys.stderr, "isatty") and sys.stderr.isatty() else ""
    sys.stderr.write(f"{lead}{INTERRUPTED_MESSAGE}\n")
    return ExitStatus.INTERRUPTED


def storage_failure(db_path: StrPath | None, exc: BaseException) -> StorageError | None:
    """A sqlite3 error that escaped a command (a page damaged past what opening checks) as
    the storage error it is, naming the database file."""
    sqlite3 = sys.modules.get("sqlite3")
    if db_path is None or sqlite3 is None or not isinstance(exc, sqlite3.DatabaseError):
        return None
    from deskcli.store.db import storage_failure as describe

    return describe(db_path, exc)


#: errno values of a write that failed for lack of room or a broken device.
_OUTPUT_FAILURES = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


def _drop_stdout() -> None:
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


def guarded(run: Callable[[], int | None], *, extra: tuple = ()) -> int:
    """Run a command; every failure becomes one ``error:`` line on stderr and an exit code.

    ``extra`` lets the full command line add its own (exception type, handler) pairs.
    """
    from deskcli import output

    try:
        code = run()
        sys.stdout.flush()  # a full disk under a redirected stdout is reported here, not at exit
        return code if isinstance(code, int) else ExitStatus.OK
    except DeskError as exc:
        trace_if_debugging()
        output.error(str(exc))
        return exit_code_for(exc)
    except (KeyboardInterrupt, Interrupted):
        return interrupted()
    except (BrokenPipeError, OutputClosed):
        sys.stderr = open(os.devnull, "w")
        _drop_stdout()
        return ExitStatus.BROKEN_PIPE
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno in _OUTPUT_FAILURES:
            # Output that could not be written (a redirected stdout on a full disk): the
            # data is safe in the database, the copy of it is not.
            _drop_stdout()
            output.error(f"cannot write the output: {exc.strerror}")
            return ExitStatus.STORAGE
        for kind, handler in extra:
            if isinstance(exc, kind):
                return handler(exc)
        trace_if_debugging()
        output.error(f"unexpected {type(exc).__name__}; run with {DESK_DEBUG}=1 for details")
        return ExitStatus.INTERNAL
