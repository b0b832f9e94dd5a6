"""The sentences the scope rules read (SPEC 2.10), without what would stand between two that
belong together: the scope rules join a request to the sentence beside it (we are changing
hosting company / how much do you charge to migrate the site), and a sentence of the request's
data alone ("Лицензия 14-30117.", "Licence 63-31770, PIN 5802.", "6.9.1.") or a list item's
number does not part them."""

from __future__ import annotations

import re

from deskcli.domain.intake import patterns
from deskcli.domain.intake.normalising import SENTENCE_SPLIT

# a label (or none) and a value with a digit, the pieces apart by a space or a comma, a colon or
# a full stop; the value is taken whole (possessive), so a long run of digits that is no datum
# fails at once instead of trying every way of cutting it into pieces
_DATUM = r"(?:(?:лицензи[яи]|лиц\.?|licen[cs]e|pin|пин(?:-код)?|версия|версии|version|ver\.?|редакция|edition|№)\s*[:#№]?\s*)?"
_VALUE = r"(?=[\w.\-/]*\d)[\w.\-/]++"
_ONLY_DATA = patterns.compile(rf"\s*{_DATUM}{_VALUE}(?:(?:\s*[,;:]\s*|\s+){_DATUM}{_VALUE})*+\s*[,;:.]?\s*", re.IGNORECASE)


def only_data(sentence: str) -> bool:
    """Whether a sentence is only labelled numbers: a license, a PIN, a version."""
    return _ONLY_DATA.fullmatch(sentence) is not None


# A list item's number at a line's start (1. 2) 3.) marks the item; read as a sentence of its
# own, it would stand between two items and keep them from being read together.
_LIST_NUMBER = patterns.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]+")


def scope_sentences(normalized: str) -> list[str]:
    """A message's sentences as written, without list numbers and sentences of data alone."""
    return [s for s in SENTENCE_SPLIT.split(_LIST_NUMBER.sub("", normalized)) if s.strip() and not only_data(s)]
