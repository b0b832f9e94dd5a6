"""The layers hold: faces (cli, tui) → services → store → domain; the domain imports only
the standard library, holidays and the word-form libraries. ``mail`` (reading and building
messages, SMTP and IMAP) is a library the mail use cases in services call, resting on the
domain alone; the mail face is the ``desk mail-in`` / ``desk mail`` commands in cli.

An import-linter style contract, read from the source with ``ast`` (function-level imports
included, since deskcli imports lazily for start-up speed).
"""

from __future__ import annotations

import ast
import functools
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "src" / "deskcli"

#: Each part of the package and the parts it may import.
RANK = {
    "domain": 0,
    "env": 0,
    "paths": 1, "clock": 1, "mail": 1, "files": 1, "cache_files": 1.1, "formats": 1, "held_signals": 1,
    "store": 2,
    "settings": 3, "calendar_cache": 3, "pattern_cache": 3,
    "services": 4,
    "csv_cells": 4.9, "output": 5, "editor": 5.1, "queue_layout": 5.15, "plain": 5.2, "plain_views": 5.21, "detail_layout": 5.22,
    "queue_view": 5.25, "render": 5.5, "render_day": 5.5,
    "cli": 6, "tui": 6, "__main__": 7, "__init__": 0,
}
#: pymorphy3_dicts_ru: pymorphy3's Russian dictionary, asked for its path directly (intake.morphology);
#: dawg_python: the DAWG reader under pymorphy3, whose files intake.dictionary maps instead of copying.
DOMAIN_EXTERNAL = {"holidays", "snowballstemmer", "pymorphy3", "pymorphy3_dicts_ru", "dawg_python"}
FACES = {"cli", "tui"}
#: A command that starts another face may import that face's entry point, and nothing else
#: of it: ``desk tui`` hands its Context to the screen.
ENTRY_POINTS = {("deskcli.cli.tui_core", "deskcli.tui.app")}


def _part(module: str) -> str:
    parts = module.split(".")
    part = parts[1] if len(parts) > 1 else "__init__"
    if part == "launcher":  # the command line's Typer-free front door
        return "cli"
    return part if part in RANK or (SOURCE / part).exists() or (SOURCE / f"{part}.py").exists() else "__init__"


@functools.cache
def _imports() -> list[tuple[str, str]]:
    """(importer, imported) for every import in the package; parsed once, when a test asks."""
    found = []
    for path in SOURCE.rglob("*.py"):
        relative = path.relative_to(SOURCE.parent).with_suffix("")
        module = ".".join(relative.parts).removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.extend((module, alias.name) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.append((module, node.module))
                if node.module == "deskcli":
                    found.extend((module, f"deskcli.{alias.name}") for alias in node.names)
    return found


def test_every_part_has_a_rank() -> None:
    parts = {_part(m) for m, _ in _imports()}
    assert parts <= set(RANK), parts - set(RANK)


def _breach(importer: str, imported: str) -> str | None:
    source, target = _part(importer), _part(imported)
    if source == target or (importer, imported) in ENTRY_POINTS:
        return None
    if source in FACES and target in FACES:
        return f"one face imports another: {importer} → {imported}"
    if not (RANK[target] < RANK[source] or target == "env"):
        return f"{importer} imports {imported}"
    return None


def test_no_layer_imports_one_above_it() -> None:
    pairs = [(a, b) for a, b in _imports() if b.startswith("deskcli.")]
    assert len(pairs) > 500  # the walk found the package's imports
    breaches = [breach for pair in pairs if (breach := _breach(*pair))]
    assert breaches == []


def test_a_breach_is_named() -> None:
    assert _breach("deskcli.domain.tickets", "deskcli.store.db") == "deskcli.domain.tickets imports deskcli.store.db"
    assert _breach("deskcli.cli.app", "deskcli.tui.app") == "one face imports another: deskcli.cli.app → deskcli.tui.app"
    assert _breach("deskcli.cli.app", "deskcli.services.requests") is None


def test_the_domain_imports_only_the_standard_library_and_its_word_libraries() -> None:
    outside = sorted({(m, i) for m, i in _imports() if _part(m) == "domain"
                      and i.split(".")[0] not in sys.stdlib_module_names
                      and i.split(".")[0] not in DOMAIN_EXTERNAL and not i.startswith("deskcli.domain")
                      and i != "__future__"})
    assert outside == []
