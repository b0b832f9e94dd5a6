"""Records coming in for ``desk import``: JSON Lines, or one JSON array, read as they come.

A million-request file is about a gigabyte; memory holds one line, or one block of the
array, at a time. ``export --all --format json`` writes the array on one line, so the
input is never read by lines until it is known not to be an array.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from deskcli.domain.errors import InvalidInput

BLOCK = 1 << 20
_BLANK = b" \t\n\r\x0b\x0c"  # what bytes.strip() removes: a blank line is only these
_SPACE = " \t\n\r"  # JSON's whitespace
_VISIBLE = re.compile("[^ \t\n\r]")
_NUMBER_GOES_ON = re.compile(r"[0-9.eE+\-]*")  # after a number cut at the end of a block: read on


def parse_lines(source: BinaryIO) -> Iterator[tuple[int, Any]]:
    """(line number, record) from JSON Lines, or (position, item) from one JSON array
    spread over the input: an array when the first byte that is not blank is ``[``."""
    head = b""
    while not head.strip(_BLANK):
        block = source.read(BLOCK)
        if not block:
            break
        head += block
    if head.lstrip(_BLANK).startswith(b"["):
        yield from _ArrayReader(head, source).items()
        return
    yield from _json_lines(head, source)


def _json_lines(head: bytes, source: BinaryIO) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(_lines(head, source), start=1):
        if not line.strip():
            continue
        try:  # decoded here: json.loads would read bytes that are not UTF-8 as UTF-16 or UTF-32
            text = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidInput(f"line {number}: not UTF-8 text (byte 0x{line[exc.start]:02x} at position "
                               f"{exc.start}); desk import reads the UTF-8 that desk export writes") from None
        try:
            record = json.loads(text)
        except ValueError as exc:
            raise InvalidInput(f"line {number}: not valid JSON ({exc})") from None
        except RecursionError:
            raise InvalidInput(f"line {number}: nested too deeply to be a desk record") from None
        yield number, _whole_text(text, record, f"line {number}")


#: A UTF-16 surrogate, as a JSON escape or as a character: only a pair of escapes makes a letter.
_SURROGATE = re.compile(r"[\ud800-\udfff]|\\u[dD][89a-fA-F]")


def _whole_text(raw: str, record: Any, where: str) -> Any:
    """``record``, refused when a string of it holds half a surrogate pair ("\\ud800" alone):
    text that no UTF-8 column can store (review: some fields failed only at the insert,
    with an unexpected error)."""
    if _SURROGATE.search(raw):
        try:
            json.dumps(record, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidInput(f"{where}: text with half of a UTF-16 surrogate pair (an escape from "
                               "\\ud800 to \\udfff without its other half) is not UTF-8 text") from None
    return record


def _lines(head: bytes, source: BinaryIO) -> Iterator[bytes]:
    """The input's lines, the ``head`` already read first."""
    *whole, partial = head.split(b"\n")
    yield from (line + b"\n" for line in whole)
    rest = partial + source.readline()
    if rest:
        yield rest
    yield from source


def _number_end(text: str, pos: int) -> int:
    """Where characters that could continue a number end, from ``pos``."""
    found = _NUMBER_GOES_ON.match(text, pos)
    return found.end() if found is not None else pos


class _ArrayReader:
    """Items of one JSON array, parsed block by block with the standard decoder.

    A value cut by the end of a block fails to parse (an unfinished string or object) or
    parses short (a number, ``12`` of ``12.5``), so it is parsed again with more text; the
    next block doubles until the value fits, so one large record costs a few passes.
    """

    def __init__(self, head: bytes, source: BinaryIO) -> None:
        self.source = source
        self.decode = codecs.getincrementaldecoder("utf-8")("surrogatepass").decode
        self.text = ""
        self.pos = 0
        self.eof = False
        self.read_before = 0  # characters dropped from the front of text
        self.lines_before = 0
        self.line_start = 0  # where the current line began, counted like read_before
        self._append(head)
        start = self.text.index("[")
        if self.text[:start].strip(_SPACE):  # blank to bytes.strip(), not to JSON
            self._fail("Expecting value", 0)
        self.pos = start + 1

    def items(self) -> Iterator[tuple[int, Any]]:
        decode = json.JSONDecoder().raw_decode
        number = 0
        if self._next_char() == "]":
            self.pos += 1
            self._end()
            return
        while True:
            size = BLOCK
            while True:
                self._next_char()
                try:
                    item, end = decode(self.text, self.pos)
                    if self.eof or _number_end(self.text, end) < len(self.text):
                        break
                except RecursionError:
                    raise InvalidInput("the input is nested too deeply to be desk records") from None
                except json.JSONDecodeError as exc:
                    near_end = exc.pos >= len(self.text) - 16 or exc.msg.startswith("Unterminated string")
                    if self.eof or not near_end:
                        self._fail(exc.msg, exc.pos)
                if not self._more(size):
                    continue  # at the end now: the last attempt decides
                size *= 2
            number += 1
            yield number, _whole_text(self.text[self.pos:end], item, f"item {number}")
            self.pos = end
            following = self._next_char()
            self.pos += 1
            if following == "]":
                self._end()
                return
            if following != ",":
                self._fail("Expecting ',' delimiter", self.pos - 1)

    def _append(self, block: bytes) -> None:
        try:
            self.text += self.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            raise InvalidInput(f"the input is not a valid JSON array: {exc}") from None

    def _more(self, size: int) -> bool:
        """Read on (dropping what was parsed); False at the end of the input."""
        if self.eof:
            return False
        done = self.text[:self.pos]
        newlines = done.count("\n")
        if newlines:
            self.lines_before += newlines
            self.line_start = self.read_before + done.rindex("\n") + 1
        self.read_before += self.pos
        self.text, self.pos = self.text[self.pos:], 0
        block = self.source.read(size)
        self.eof = not block
        self._append(block)
        return True

    def _next_char(self) -> str:
        """The next character that is not JSON whitespace ('' at the end), reading on as needed."""
        while True:
            found = _VISIBLE.search(self.text, self.pos)
            if found is not None:
                self.pos = found.start()
                return self.text[self.pos]
            self.pos = len(self.text)
            if not self._more(BLOCK):
                return ""

    def _end(self) -> None:
        if self._next_char():
            self._fail("Extra data", self.pos)

    def _fail(self, message: str, pos: int) -> None:
        newlines = self.text.count("\n", 0, pos)
        line = self.lines_before + newlines + 1
        start = self.text.rfind("\n", 0, pos) + 1 if newlines else self.line_start - self.read_before
        raise InvalidInput(f"the input is not a valid JSON array: {message}: line {line} column "
                           f"{pos - start + 1} (char {self.read_before + pos})")
