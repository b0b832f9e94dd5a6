"""Names beside which a word is no mat (SPEC 2.8.3): a first name or patronymic next to a
surname (Анна Сукиева), the other half of a double first name (Анна-Мандана), an English
place name in an address (Shitterton, Dorset)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.wordlists import fold


def beside_name(written: Sequence[re.Match[str]], index: int) -> bool:
    """Whether a capitalised first name or patronymic stands next to the word (Анна Сукиева)."""
    for at in (index - 1, index + 1):
        if 0 <= at < len(written):
            word = written[at].group()
            if word[:1].isupper() and not word.isupper() and (
                morphology.can_be(fold(word), "Name") or morphology.can_be(fold(word), "Patr")
            ):
                return True
    return False


def double_name(written: Sequence[re.Match[str]], index: int, text: str) -> bool:
    """Whether the word is one half of a hyphenated double first name whose other half the
    dictionary knows as a first name (Анна-Мандана, Мандана-Анна)."""
    word = written[index]
    for at, gap in ((index - 1, (index - 1, index)), (index + 1, (index, index + 1))):
        if 0 <= at < len(written) and text[written[gap[0]].end() : written[gap[1]].start()] == "-":
            other = written[at].group()
            if other[:1].isupper() and not other.isupper() and word.group()[:1].isupper():
                if morphology.can_be(fold(other), "Name"):
                    return True
    return False


# English place names are built of old words and endings (-ton, -ham, -bury); some old
# words are mat today (Shitterton, Dorset). Such a name in an address is no mat.
_PLACE_NAME = patterns.compile(
    r"[A-Z][a-z]{3,}(?:ton|ham|ford|bury|borough|burgh|field|wick|worth|ley|thorpe|stead|"
    r"combe|minster|hurst|mouth|bridge|well|wood|by|cott|cote|hill|dale|wich|don|den)"
)
# Where a place name stands in an address: after in/at/near/from, or before a comma and
# another name (Shitterton, Dorset), or in a message that speaks of addresses.
_ADDRESS_CUE = patterns.compile(
    r"\b(?:post\s?code|zip|address|village|town|city|county|street|road|адрес\w*|индекс\w*)\b",
    re.IGNORECASE,
)
_NEXT_NAME = patterns.compile(r",\s*[A-Z]")
_BEFORE_PLACE = frozenset(["in", "at", "near", "from", "to", "of"])


def place_name(written: Sequence[re.Match[str]], index: int, text: str) -> bool:
    """Whether the word is an English place name in an address (our partner is in Shitterton)."""
    word = written[index].group()
    if not _PLACE_NAME.fullmatch(word):
        return False
    before = fold(written[index - 1].group()) if index else ""
    return bool(
        before in _BEFORE_PLACE or _NEXT_NAME.match(text, written[index].end()) or _ADDRESS_CUE.search(text)
    )
