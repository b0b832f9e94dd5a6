"""What the intake rules read of a message: its words, not the data pasted into it.

Customers paste logs, stack traces, base64 blobs and hashes into their messages, and mail
brings bodies of any length. The rules are written for prose: on one 20,000-character token
some of their expressions backtrack quadratically (1.2 s; a 1 MB body ran for minutes), a
20,000-character log still cost 0.4 s, and in random base64 the obscenity rule found mat
spelled in Latin letters (QA: a pasted log refused as obscene). So, before any rule runs:

- a run of 32 or more letters, digits and ``+/=_-`` with 20 of them or more between
  separators, letters and digits mixed, is encoded data (base64, a hash, a token), not a
  word, and is left out (a path, a UUID or an address keeps its short parts and stays);
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

#: A run of 32 or more of base64's and a token's characters, where a word would start.
_RUN = re.compile(r"(?<![^\s\"'(<\[=:,])[A-Za-z0-9+/=_-]{32,}")
#: What makes such a run encoded data rather than a path or an identifier: 20 characters or
#: more between separators, letters and digits mixed (a path's or a UUID's parts are short).
_ENCODED = re.compile(r"[A-Za-z0-9+=]{20,}")


def _words_only(run: re.Match[str]) -> str:
    for part in _ENCODED.findall(run.group()):
        if any(c.isdigit() for c in part) and any(c.isalpha() for c in part):
            return " "
    return run.group()


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
    if len(text) < 32:
        return text
    text = _RUN.sub(_words_only, text)
    return _LONG.sub(" ", text)
