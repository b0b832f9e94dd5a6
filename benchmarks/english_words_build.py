"""Write src/deskcli/data/english_root_words.txt and english_words.txt from Debian's SCOWL lists.

The obscene rule reads English compounds of a vulgar root (the ``%`` entries of
obscene_roots.txt: cocknugget, dickless) as abuse only where the word is no English word
and what follows the root is one. This script writes the two lists it asks:

- english_root_words.txt: every word of the largest American and British lists that starts with
  a ``%`` root (assess, cockpit, Dickens, arsenal), less those the rule refuses anyway;
- english_words.txt: the common English words (SCOWL size 35) in their base forms, the plural,
  past, -ing and -er forms left to the rule's own endings.

Needs the Debian packages wamerican-small, wamerican-huge and wbritish-huge (SCOWL
2020.12.07, "Copyright 2000-2011 by Kevin Atkinson", permission to use, copy, modify,
distribute and sell granted without fee with the notice kept; see the data README).

    python benchmarks/english_words_build.py        # rewrites the file
    python benchmarks/english_words_build.py --check  # exit 1 if it would change
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from deskcli.domain.intake.obscene import obscene_lexicon
from deskcli.domain.intake.obscene_english import ENGLISH_ENDINGS

DICT = Path("/usr/share/dict")
DATA = Path(__file__).resolve().parent.parent / "src" / "deskcli" / "data"
_WORD = re.compile(r"[A-Za-z]+")
HEADER = """\
# {what}, for the obscene rule's English compounds (the % entries of obscene_roots.txt).
# Written by benchmarks/english_words_build.py from SCOWL 2020.12.07 as Debian ships it
# (wamerican-small, wamerican-huge, wbritish-huge): "Copyright 2000-2011 by Kevin Atkinson.
# Permission to use, copy, modify, distribute and sell these word lists, the associated
# scripts, the output created from the scripts, and its documentation for any purpose is
# hereby granted without fee, provided that the above copyright notice appears in all copies
# and that both that copyright notice and this permission notice appear in supporting
# documentation. Kevin Atkinson makes no representations about the suitability of this array
# for any purpose. It is provided "as is" without express or implied warranty."
# Do not edit by hand: rerun the script.
"""


def _read(name: str) -> set[str]:
    return {w.lower() for line in (DICT / name).read_text(encoding="utf-8", errors="replace").splitlines()
            if _WORD.fullmatch(w := line.strip())}


def _inflected(word: str, words: set[str]) -> bool:
    """Whether a word is another's plural, past, -ing or -er form, which the rule's endings read."""
    for ending, restored in ENGLISH_ENDINGS:
        base = word[: -len(ending)] + restored
        if word.endswith(ending) and base != word and len(base) >= 3 and base in words:
            return True
    return False


def build() -> dict[str, str]:
    """The text of each file by its name."""
    lexicon = obscene_lexicon()
    roots = lexicon.english_roots
    huge = _read("american-english-huge") | _read("british-english-huge")
    root_words = sorted(w for w in huge if w.startswith(roots) and not lexicon.matches(w))
    small = {w for w in _read("american-english-small") if 3 <= len(w) <= 12}
    words = sorted(w for w in small if not _inflected(w, small))
    return {
        "english_root_words.txt": HEADER.format(what="English words and names that start with a vulgar root")
        + "\n".join(root_words) + "\n",
        "english_words.txt": HEADER.format(what="Common English words in their base forms") + "\n".join(words) + "\n",
    }


if __name__ == "__main__":
    files = build()
    if "--check" in sys.argv:
        sys.exit(0 if all((DATA / name).read_text(encoding="utf-8") == text for name, text in files.items()) else 1)
    for name, text in files.items():
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"{DATA / name}: {text.count(chr(10))} lines")
