"""Steps a stopping signal must not split: done outside the desk and written down in it.

A commit and its record in ``committed`` (``store.db.immediate``); a letter handed to the
mail server and its row marked sent (``services.mail.sending``). The signals are held back
while the step runs, then delivered: the command stops right after it, as it would have.
``_signal``, not ``signal``: the C module is loaded with the interpreter, its wrapper costs
a fast command a millisecond.
"""

from __future__ import annotations

import _signal
import contextlib
from collections.abc import Iterator

#: The signals a command stops on: Ctrl-C, a ``timeout`` in a cron line, a terminal closed.
_HELD = {_signal.SIGINT, _signal.SIGTERM, _signal.SIGHUP}


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """SIGINT, SIGTERM and SIGHUP held back while the block runs, then delivered."""
    held = _signal.pthread_sigmask(_signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        _signal.pthread_sigmask(_signal.SIG_SETMASK, held)
