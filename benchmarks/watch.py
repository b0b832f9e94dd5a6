"""``desk queue --watch`` left alone on a real pseudo-terminal of 100x30: how soon the first
frame shows, the CPU it takes over a fixed idle window (a refresh every ``interval``
seconds) and its peak resident memory (issue 15: under 5 % and 100 MB at 100,000 open).

Used by data_size.py for each size of the cost curve; on its own:

    python benchmarks/watch.py PATH.db [--window 10] [--interval 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tui import NOW, Screen  # noqa: E402  (found through the path set just above)


HEADS = "ID  Category"


class Idle(NamedTuple):
    first_frame: float  # seconds from start until the table shows
    cpu_share: float  # CPU seconds per wall second over the window
    peak_kb: int  # VmHWM at the end of the window
    refreshes: int  # frames drawn in the window


def idle(desk: str, db: Path, env: dict[str, str], window: float = 10.0, interval: float = 2.0) -> Idle:
    env = {**env, "DESK_NOW": env.get("DESK_NOW", NOW), "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    env.pop("NO_COLOR", None)
    screen = Screen([desk, "--db", str(db), "queue", "--watch", "--interval", f"{interval:g}"], env)
    try:
        # The caption ("Refreshed ...") is below the fold of a long queue; the column heads are not.
        screen.wait_for(HEADS, limit=600.0)
        first = time.perf_counter() - screen.started
        screen.drain(interval)  # past the first refresh, which may still be settling
        screen.mark()
        before, at = screen.cpu_seconds(), time.perf_counter()
        screen.drain(window)
        share = (screen.cpu_seconds() - before) / (time.perf_counter() - at)
        peak = screen.memory_kb("VmHWM")
        return Idle(first, share, peak, screen.text().count(HEADS))
    finally:
        stop(screen)


def stop(screen: Screen) -> None:
    """Ctrl-C, as the agent stops it; a process group kill if it does not end."""
    screen.send(b"\x03")
    try:
        screen.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(screen.process.pid, signal.SIGKILL)
        screen.process.wait()
    os.close(screen.master)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--window", type=float, default=10.0)
    parser.add_argument("--interval", type=float, default=2.0)
    args = parser.parse_args()
    desk = shutil.which("desk") or sys.exit("desk is not on PATH")
    result = idle(desk, args.db, dict(os.environ), args.window, args.interval)
    print(f"first frame {result.first_frame:.2f} s, idle CPU {result.cpu_share * 100:.1f} % over {args.window:g} s "
          f"({result.refreshes} refreshes), peak {result.peak_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
