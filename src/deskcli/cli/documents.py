"""A settings document (``policy show``, ``config show``) in every format SPEC 5 names.

The table is the document's own TOML, which people edit; JSON and JSON Lines give it whole
(one line in JSON Lines); CSV gives one ``key,value`` row per setting, the dotted keys that
``policy set`` and ``config set`` take (a name with a dot or a quote of its own is quoted, as
in TOML), and lists comma-separated as they read them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from deskcli import output
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

FORMAT_HELP = "table (TOML, the default), json, jsonl, or csv (a key,value row per setting)."


def print_document(document: dict[str, Any], fmt: Format, fields: str | None) -> None:
    """``document`` as ``fmt``; ``fields`` chooses its top-level keys (sections), in order."""
    wanted = output.field_names(fields, list(document))
    if wanted is not None:
        document = {name: document[name] for name in wanted}
    if fmt is Format.table:
        import tomli_w

        sys.stdout.write(output.clean_text(tomli_w.dumps(document)))
    elif fmt is Format.csv:
        output.write_csv([{"key": key, "value": value} for key, value in settings(document)], ["key", "value"])
    else:
        output.emit(document, fmt)


def settings(document: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(dotted key, value as the set commands read it) for every setting, in the document's order."""
    for name, value in document.items():
        key = f"{prefix}{_key(name)}"
        if isinstance(value, dict):
            if value:
                yield from settings(value, key + ".")
            else:
                yield key, ""
        else:
            yield key, setting_text(value)


def _key(name: str) -> str:
    if not name or "." in name or '"' in name:
        return '"' + name.replace('"', '\\"') + '"'
    return name


def setting_text(value: object) -> str:
    """A setting's value as ``desk policy set`` takes it: a list comma-separated."""
    if isinstance(value, list):
        return ",".join(_scalar(item) for item in value)
    return _scalar(value)


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        raise InvalidInput("a setting nested in a list cannot be one CSV cell")
    return str(value)
