"""Help served from a copy: ``desk --help`` and ``desk COMMAND --help`` without loading Typer.

Typer renders help with Rich from the whole command tree, a quarter of a second for text
that changes only when the program or the terminal does. The first time, help is rendered
by Typer as always and a copy of what it printed is kept in the user cache directory; later
runs with the same key print the copy, byte for byte.

The key holds everything the rendering reads: the command line, deskcli's source files
(path, size, modification time: an edit or an upgrade misses), where Typer, click and Rich
are installed and when, the environment variables Typer, Rich and the desk consult, which
standard streams are terminals, the terminal's size and stdout's encoding. The copy stores a
SHA-256 digest of its key, never the key itself, and is used only when that equals the
digest of this run's key; anything unusual (an error, a cache that cannot be read or
written) simply renders through Typer.

Secrets stay out: a PIN or password variable (``DESK_PIN``, ``DESK_SMTP_PASSWORD`` ...) enters
the key only as being set, never by its value. Each command line and terminal has one file,
which a run with other desk variables (another ``DESK_NOW``, another database) replaces
rather than adds to, and the directory keeps the newest ``KEPT`` files at most.
"""

from __future__ import annotations

import os
import sys

HELP_OPTIONS = ("--help", "-h")
#: What Typer's and Rich's help rendering read from the environment.
ENVIRONMENT = ("COLUMNS", "LINES", "TERM", "COLORTERM", "NO_COLOR", "FORCE_COLOR", "PY_COLORS", "TERMINAL_WIDTH",
               "TTY_COMPATIBLE", "TTY_INTERACTIVE", "GITHUB_ACTIONS", "JUPYTER_COLUMNS", "JUPYTER_LINES",
               "DATABRICKS_RUNTIME_VERSION", "LANG", "LC_ALL", "LC_CTYPE", "LANGUAGE", "PYTHONIOENCODING")
ENVIRONMENT_PREFIXES = ("DESK_", "TYPER_", "_TYPER", "_DESK")
#: Variables of those whose value is a secret: the key says only that they are set.
SECRET_WORDS = ("PIN", "PASSWORD", "SECRET", "TOKEN")
#: How many copies the directory keeps (a few per command line the team asks help for).
KEPT = 64
_DIGEST_LENGTH = 64  # SHA-256 in hex
#: Libraries whose version shapes the text: the install time of each stands for its version.
RENDERERS = ("typer", "click", "rich")


def wanted(argv: list[str]) -> bool:
    """A plain request for help: ``--help`` or ``-h`` after nothing but command names."""
    if not argv or argv[-1] not in HELP_OPTIONS or len(argv) > 3 or os.name != "posix":
        return False
    return all(word[:1].isalpha() and word.isascii() and word.replace("-", "").isalnum() for word in argv[:-1])


def _sources(directory: str, found: list[str]) -> None:
    for entry in os.scandir(directory):
        if entry.is_dir(follow_symlinks=False):
            if entry.name != "__pycache__":
                _sources(entry.path, found)
        elif entry.name.endswith(".py"):
            info = entry.stat()
            found.append(f"{entry.path}:{info.st_size}:{info.st_mtime_ns}")


def _installed(name: str) -> str:
    for place in sys.path:
        try:
            info = os.stat(os.path.join(place or ".", name, "__init__.py"))
        except OSError:
            continue
        return f"{name}:{place}:{info.st_size}:{info.st_mtime_ns}"
    return f"{name}:missing"


def _terminal_size() -> str:
    for descriptor in (0, 1, 2):  # in Rich's order: the first standard stream that is a terminal
        try:
            return "{}x{}".format(*os.get_terminal_size(descriptor))
        except (AttributeError, ValueError, OSError):
            continue
    return "none"


def _terminal(argv: list[str]) -> list[str]:
    """The part of the key that names the copy's file: the command line and the terminal."""
    lines = ["argv " + " ".join(argv)]
    lines += [f"env {name}={value}" for name, value in sorted(os.environ.items()) if name in ENVIRONMENT]
    ttys = []
    for descriptor in (0, 1, 2):
        try:
            ttys.append(str(int(os.isatty(descriptor))))
        except OSError:
            ttys.append("x")
    return lines + [f"tty {''.join(ttys)}", f"size {_terminal_size()}", f"encoding {getattr(sys.stdout, 'encoding', None)}"]


def _shown(name: str, value: str) -> str:
    return "set" if any(word in name for word in SECRET_WORDS) else value


def key(argv: list[str]) -> str:
    from deskcli import __version__

    lines = _terminal(argv) + [f"desk {__version__}", f"python {sys.version}", f"platform {sys.platform}"]
    lines += [f"env {name}={_shown(name, value)}" for name, value in sorted(os.environ.items())
              if name.startswith(ENVIRONMENT_PREFIXES)]
    lines += [_installed(name) for name in RENDERERS]
    sources: list[str] = []
    _sources(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), sources)
    return "\n".join(lines + sorted(sources))


def _directory() -> str:
    """The user cache directory's ``help``: on Linux by the XDG rule itself, which saves
    loading platformdirs (and pathlib) on the one path that should be nearly free."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
        return os.path.join(base, "deskcli", "help")
    from deskcli import paths

    return os.path.join(os.path.dirname(paths.calendar_cache()), "help")


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def _path(argv: list[str]) -> str:
    import zlib

    return os.path.join(_directory(), f"{zlib.crc32(_encoded(chr(10).join(_terminal(argv)))):08x}.txt")


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(_encoded(text)).hexdigest()


def cached(argv: list[str], text: str) -> str | None:
    """The help kept for ``argv``, if a copy made by this user has exactly the key ``text``."""
    from deskcli.cache_files import read_own

    kept = read_own(_path(argv))
    try:
        stored, separator, shown = (kept or b"").decode("utf-8").partition("\x00")
    except UnicodeDecodeError:
        return None
    return shown if separator and stored == _digest(text) else None


def keep(argv: list[str], text: str, shown: str) -> None:
    """Keep a copy of help as printed; a cache that cannot be written only costs speed."""
    from deskcli.cache_files import keep_cached

    try:
        data = f"{_digest(text)}\x00{shown}".encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return
    keep_cached(_path(argv), data)
    _prune(_directory())


def _prune(directory: str) -> None:
    """Drop the oldest copies beyond ``KEPT`` (terminals of every size add up over the years),
    and any copy that does not start with a digest: an earlier version kept the whole key,
    PIN variables and all, and such a file must not outlive the upgrade."""
    try:
        copies = []
        for entry in os.scandir(directory):
            if not entry.name.endswith(".txt"):
                continue
            with open(entry.path, "rb") as file:
                head = file.read(_DIGEST_LENGTH + 1)
            if head[-1:] == b"\x00" and len(head) == _DIGEST_LENGTH + 1 and head[:-1].isalnum():
                copies.append(entry)
            else:
                os.unlink(entry.path)
        copies.sort(key=lambda entry: entry.stat().st_mtime_ns)
        for entry in copies[: max(0, len(copies) - KEPT)]:
            os.unlink(entry.path)
    except OSError:
        return  # another desk pruned first, or the directory went: nothing to keep tidy



class Recording:
    """Standard output that also keeps what is written to it as text."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.parts: list[str] = []
        self.other = False

    def write(self, text):
        if isinstance(text, str):
            self.parts.append(text)
        elif text:  # (click probes a stream with an empty bytes write)
            self.other = True  # bytes where text was expected: not something to replay
        return self._stream.write(text)

    def __getattr__(self, name: str):
        if name == "buffer":
            self.other = True
        return getattr(self._stream, name)


def serve(argv: list[str], full) -> None:
    """Print help from the copy, or render it through ``full`` (the Typer command line) and
    keep a copy when it printed only help on stdout and ended with exit 0."""
    text = key(argv)
    shown = cached(argv, text)
    if shown is not None:
        try:
            sys.stdout.write(shown)
            sys.stdout.flush()
        except OSError as exc:  # a reader that went away, a full disk: reported as any command reports it
            from deskcli.cli.exits import guarded

            failure = exc

            def fail() -> None:
                raise failure

            sys.exit(guarded(fail))
        sys.exit(0)
    stdout, stderr = sys.stdout, sys.stderr
    recording, errors = Recording(stdout), Recording(stderr)
    sys.stdout, sys.stderr = recording, errors
    code: object = 0
    try:
        full()
    except SystemExit as exc:
        code = exc.code
        raise
    finally:
        sys.stdout, sys.stderr = stdout, stderr
        if code in (0, None) and not errors.parts and not errors.other and not recording.other:
            keep(argv, text, "".join(recording.parts))
