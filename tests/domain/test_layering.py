"""The domain core stays pure: importing it must not pull in the CLI, Rich or SQLite helpers."""

import subprocess
import sys


def test_domain_imports_no_typer_rich_or_sqlite_utils() -> None:
    code = (
        "import sys, importlib, pkgutil, deskcli.domain as d\n"
        "for m in pkgutil.iter_modules(d.__path__): importlib.import_module('deskcli.domain.' + m.name)\n"
        "bad = [n for n in ('typer', 'rich', 'sqlite_utils', 'click') if n in sys.modules]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
