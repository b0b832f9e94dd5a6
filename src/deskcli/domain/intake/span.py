"""What the intake rules read of a message: its words, not the data pasted into it.

Customers paste logs, stack traces, base64 blobs and hashes into their messages, and mail
brings bodies of any length. The rules are written for prose: on one 20,000-character token
some of their expressions backtrack quadratically (1.2 s; a 1 MB body ran for minutes), a
20,000-character log still cost 0.4 s, and in random base64 the obscenity rule found mat
spelled in Latin letters (QA: a pasted log refused as obscene). So, before any rule runs:

- a run of 20 or more letters, digits and ``+/=_-`` with 20 of them or more between
  separators, letters and digits mixed and cased at random (or hexadecimal), is encoded data
  (base64, a hash, a token), not a word, and is left out (a path, a UUID or an address keeps
  its short parts and stays; words glued with digits keep a word's case and are read);
- any other run of more than `LONGEST_WORD` non-space characters is no word either (a line of
  one repeated letter, a pasted minified script) and is left out whole: cut, it would leave a
  fragment the rules read as a word;
- a text longer than `HEAD` + `TAIL` characters is read at its start and its end, cut between
  words: a question opens or closes a message, and the middle of a pasted log asks nothing.

The stored message is untouched; only what the rules read is bounded, so every rule costs at
most a fixed amount per message whatever the customer pastes.
"""

from __future__ import annotations

import re

HEAD = 8_000
TAIL = 2_000
LONGEST_WORD = 200

#: A run of 20 or more of base64's and a token's characters, where a word would start (the
#: last line of a base64 blob is as short as it happens to be).
_RUN = re.compile(r"(?<![^\s\"'(<\[=:,])[A-Za-z0-9+/=_-]{20,}")
#: What makes such a run encoded data rather than a path or an identifier: 20 characters or
#: more between separators, letters and digits mixed (a path's or a UUID's parts are short).
_ENCODED = re.compile(r"[A-Za-z0-9+=]{20,}")


#: The letters of a part between its digits and signs.
_LETTERS = re.compile(r"[A-Za-z]+")


def _words_only(run: re.Match[str]) -> str:
    for part in _ENCODED.findall(run.group()):
        if any(c.isdigit() for c in part) and any(c.isalpha() for c in part) and _looks_encoded(part):
            return _as_text(run.group())
    return run.group()


#: Mail's quoted-printable (=D0=B7=D0=B0): each byte as = and two hexadecimal digits.
_QUOTED_PRINTABLE = re.compile(r"(?:=[0-9A-F]{2})+")


def _as_text(run: str) -> str:
    """What a base64 or quoted-printable run says when it is Russian prose (0L/QvtGI0LvQuCDQstGLIA==
    and =D0=B7=D0=B0... are curses written so that no filter reads them); otherwise nothing."""
    import binascii  # only for a message with encoded data in it

    try:
        if _QUOTED_PRINTABLE.fullmatch(run):
            decoded = bytes.fromhex(run.replace("=", "")).decode("utf-8")
        else:
            decoded = binascii.a2b_base64(run.encode("ascii"), strict_mode=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return " "
    prose = sum(c.isalpha() or c.isspace() or c in ",.!?-" for c in decoded) >= 0.9 * len(decoded)
    cyrillic = sum("а" <= c.casefold() <= "я" or c in "ёЁ" for c in decoded) >= 0.5 * len(decoded.replace(" ", ""))
    return f" {decoded} " if prose and cyrillic and len(decoded) <= LONGEST_WORD else " "


def _looks_encoded(part: str) -> bool:
    """Letters as an encoder leaves them, not as a writer does: hexadecimal, or cased at
    random. Words glued with digits (``Fuck1you2and3your4module``) keep a word's case, all
    small, all capitals or a capital first, and are read (review: they were dropped as data)."""
    letters = _LETTERS.findall(part)
    if all(c in "abcdefABCDEF" for chunk in letters for c in chunk):
        return True
    long = [chunk for chunk in letters if len(chunk) >= 3]
    wordlike = sum(len(chunk) for chunk in long if chunk.islower() or chunk.isupper() or chunk.istitle())
    return wordlike < 0.8 * sum(len(chunk) for chunk in long) or not long


_LONG = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")
#: The part of a word cut at the end of the head or the start of the tail (at most a word's
#: length: a longer run is no word and goes with ``_LONG``).
_PARTIAL_END = re.compile(rf"\S{{1,{LONGEST_WORD}}}\Z")
_PARTIAL_START = re.compile(rf"\A\S{{1,{LONGEST_WORD}}}")


def readable(text: str) -> str:
    """``text`` as the intake rules read it (module docstring)."""
    if len(text) > HEAD + TAIL:
        # Cut between words, never inside one: half a word is another word (тр|ебуется,
        # муд|рый), and the obscenity rule read the halves as mat (review).
        head, tail = text[:HEAD], text[-TAIL:]
        if not text[HEAD].isspace():
            head = _PARTIAL_END.sub("", head)
        if not text[-TAIL - 1].isspace():
            tail = _PARTIAL_START.sub("", tail)
        text = f"{head}\n{tail}"
    if len(text) < 20:
        return text
    text = _RUN.sub(_words_only, text)
    return _LONG.sub(" ", text)
