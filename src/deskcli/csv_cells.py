"""What a CSV cell may hold, for ``output``: a value no spreadsheet evaluates (OWASP CSV
injection, formulas after leading spaces too) and no terminal obeys, and the bulk export's
test of a comma-joined line that is already that CSV."""

from __future__ import annotations

import json
import re

from deskcli.domain.text import printable

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")  # OWASP, and a line break a sheet may trim



def csv_cell(value: object) -> str:
    """A CSV cell that a spreadsheet will not evaluate (OWASP CSV injection)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)  # a negative number is data a spreadsheet should see as a number
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    text = printable(str(value))  # a spreadsheet or a terminal reading the file obeys no escape
    if text.startswith(_FORMULA_START) or text[:1].isspace() and text.lstrip().startswith(_FORMULA_START):
        return "'" + text  # after spaces too: a sheet that trims them on import reads " =1+1" as a formula
    return text


# A comma-joined line is already CSV unless a cell needs quoting (a quote, a line break, a
# comma of its own: then the commas miscount; a lone empty cell is written "") or
# neutralising (a formula start).
_FORMULA_CELL = re.compile(b",[" + re.escape("".join(_FORMULA_START).encode()) + b"]")
#: A cell starting with a space of any kind (" =1+1"): left to ``csv_cell`` to look past it.
_SPACE_FIRST = re.compile(rb"(?:^|,)(?: |\xc2\xa0|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)")
_FORMULA_BYTES = tuple(c.encode() for c in _FORMULA_START)


#: What ``printable`` would change, in UTF-8: C0 controls (line breaks too: they need
#: quoting) and DEL, found by deleting them; C1 controls and the bidirectional overrides,
#: looked for only in text with their lead bytes (a regular expression over every row of
#: a million would cost more than the rest of the row).
_C0 = bytes([*range(0x20), 0x7f])
_HIGH = re.compile(rb"\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]")


def _printable_bytes(text: bytes) -> bool:
    """Whether ``printable`` leaves this UTF-8 text as it is (and it has no line break)."""
    if len(text.translate(None, _C0)) != len(text):
        return False
    return (b"\xc2" not in text and b"\xe2\x80" not in text and b"\xe2\x81" not in text) or _HIGH.search(text) is None


#: The bytes after which a line needs a closer look: a quote, C0 controls and DEL, and the
#: lead bytes of the C1 controls, the unusual spaces and the bidirectional marks. Most lines
#: have none, and one ``translate`` finds that in a tenth of the time of the checks below.
_UNUSUAL = bytes([*range(0x20), 0x7F, ord('"'), 0xC2, 0xE1, 0xE2, 0xE3])
#: A cell that starts a formula or with a space, in a line without unusual bytes.
_PLAIN_CELL_START = re.compile(b",[" + re.escape("".join((*_FORMULA_START, " ")).encode()) + b"]")
_PLAIN_FIRST = (*_FORMULA_BYTES, b" ")


def csv_joined(text: bytes, cells: int) -> bool:
    """Whether ``cells`` values joined by commas (UTF-8) are already the line ``write_csv``
    writes for them (a CSV cell each, nothing to quote or neutralise): the bulk export's fast case."""
    if len(text.translate(None, _UNUSUAL)) == len(text):  # the usual line: only the commas and cell starts to read
        return (text.count(b",") == cells - 1 and text != b"" and not text.startswith(_PLAIN_FIRST)
                and _PLAIN_CELL_START.search(text) is None)
    return (text.count(b",") == cells - 1 and text != b"" and text.find(b'"') < 0
            and not text.startswith(_FORMULA_BYTES) and _FORMULA_CELL.search(text) is None
            and b", " not in text and text[:1] != b" "
            and (b"\xc2\xa0" not in text and b"\xe1\x9a" not in text and b"\xe2" not in text
                 and b"\xe3\x80" not in text or _SPACE_FIRST.search(text) is None)
            and _printable_bytes(text))
