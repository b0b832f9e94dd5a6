"""The readings of dictionary words, straight from pymorphy3's Russian dictionary files.

Importing pymorphy3 costs a command about 25 ms before its first word: the package loads
every analyzer unit and, through them, ``logging`` and ``inspect``. Three messages in four
hold only words the dictionary lists, and for such a word pymorphy3's answer is one lookup
in ``words.dawg``, the paradigm of each entry and the P(tag | word) ordering. This module
gives that answer from the same files with DAWG-Python alone; a word the dictionary does
not list (a coinage, a typo, a name) is left to pymorphy3's prediction units
(``morphology`` imports them only then). tests/domain/test_intake_dictionary.py holds every
reading here equal to pymorphy3's.

It knows one layout: pymorphy3 2.0's dictionary format 2.4 with DAWG-Python's arrays;
anything else gets ``None`` from `open_known_words`, and pymorphy3 reads every word.
"""

from __future__ import annotations

import array
import importlib.util
import json
import mmap
import os
import struct
import sys
from collections.abc import Sequence

from deskcli.domain.named import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

#: The dictionary layout this reader knows (pymorphy3's meta.json ``format_version``).
FORMAT = "2.4"
GRAMTAB = "opencorpora-int"
#: How pymorphy3 writes and orders readings, which this reader repeats; its other versions
#: go to pymorphy3 itself.
PYMORPHY_VERSIONS = ("2.0.",)
#: ё written as е: the Russian dictionary's character substitutes (pymorphy3's ru config).
SUBSTITUTES = {"е": "ё"}
#: P(tag | word) is stored as an integer times this (pymorphy3's ConditionalProbDistDAWG).
PROBABILITY_SCALE = 1_000_000


class Paradigms:
    """paradigms.array: a count, then each paradigm as its length and that many unsigned
    shorts (suffix ids, tag ids, prefix ids). The file is mapped (reading its 850 kB costs
    more than finding where each paradigm starts); a paradigm becomes an array when first
    asked for."""

    def __init__(self, filename: str) -> None:
        with open(filename, "rb") as file:
            self._units = memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)).cast("H")
        self._starts: list[int] = []
        found = self._starts.append
        units, position = self._units, 1
        for _ in range(units[0]):
            found(position)
            position += units[position] + 1
        self._built: dict[int, array.array] = {}

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, index: Any) -> Any:
        if not isinstance(index, int):
            return [self[i] for i in range(len(self))[index]]
        paradigm = self._built.get(index)
        if paradigm is None:
            start = self._starts[index]
            paradigm = self._built[index] = array.array("H", self._units[start + 1:start + 1 + self._units[start]])
        return paradigm


class _ListedStrings(Sequence):
    """A JSON list of strings written one to a line, each decoded when first asked for: a
    message needs a few dozen of the 16,311 suffixes (json.load of them all: 1.7 ms)."""

    def __init__(self, lines: list[bytes]) -> None:
        self._lines = lines
        self._decoded: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, index: Any) -> Any:
        if not isinstance(index, int):
            return [self[i] for i in range(len(self))[index]]
        try:
            return self._decoded[index]
        except KeyError:
            text = self._decoded[index] = json.loads(self._lines[index].strip().rstrip(b","))
            return text


def _strings(filename: str, length: Any) -> Sequence[str]:
    """The list of strings in the JSON file: read line by line when it is laid out one
    string to a line with ``length`` of them (as pymorphy3 writes it), else parsed whole."""
    with open(filename, "rb") as file:
        data = file.read()
    lines = data.rstrip().split(b"\n")
    # One line per string: JSON escapes a line break inside a string, so the count holds it
    if isinstance(length, int) and len(lines) == length + 2 and lines[0] == b"[" and lines[-1] == b"]":
        return _ListedStrings(lines[1:-1])
    return list(json.loads(data))


def mapped(dawg: Any, filename: str) -> Any:
    """``dawg`` (a DAWG-Python completion DAWG) over the file mapped into memory, where its
    ``load`` would copy it: the units then the guide, each after its length."""
    from dawg_python import wrapper

    with open(filename, "rb") as file:
        view = memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
    units = struct.unpack_from("=I", view, 0)[0]
    dawg.dct = wrapper.Dictionary()
    dawg.dct._units = view[4:4 + 4 * units].cast("I")
    guide_at = 4 + 4 * units
    guide = struct.unpack_from("=I", view, guide_at)[0]
    dawg.guide = wrapper.Guide()
    dawg.guide._units = view[guide_at + 4:guide_at + 4 + 2 * guide]
    return dawg


def read_meta(path: str) -> dict[str, Any]:
    with open(os.path.join(path, "meta.json"), encoding="utf-8") as file:
        return dict(json.load(file, parse_float=str))


def known_layout(meta: dict[str, Any]) -> bool:
    """Whether the dictionary at hand is laid out as this reader (and dictionary.py) expects."""
    from dawg_python import wrapper

    return (
        isinstance(vars(wrapper.Dictionary()).get("_units"), array.array)
        and isinstance(vars(wrapper.Guide()).get("_units"), array.array)
        and sys.byteorder == "little"  # paradigm lengths are little-endian, their data native
        and str(meta.get("format_version")) == FORMAT
        and GRAMTAB in meta.get("gramtab_formats", {})
        and isinstance(meta.get("compile_options", {}).get("paradigm_prefixes"), list)
    )


def pymorphy_version() -> str:
    """pymorphy3's version, read from its files without importing it (its import is the cost
    this module saves)."""
    spec = importlib.util.find_spec("pymorphy3")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            with open(os.path.join(folder, "version.py"), encoding="utf-8") as file:
                for line in file:
                    name, _, value = line.partition("=")
                    if name.strip() == "__version__":
                        return value.strip().strip("'\"")
        except OSError:
            continue
    return ""


class KnownWords:
    """Readings of the words ``words.dawg`` lists: (the word as listed, its tag's text, its
    normal form, P(tag | word)), most probable first, as pymorphy3's dictionary unit and
    probability estimator give them."""

    def __init__(self, path: str, meta: dict[str, Any]) -> None:
        from dawg_python import IntCompletionDAWG, RecordDAWG

        def at(name: str) -> str:
            return os.path.join(path, name)

        self.gramtab = _strings(at(meta["gramtab_formats"][GRAMTAB]), meta.get("gramtab_length"))
        self.suffixes = _strings(at("suffixes.json"), meta.get("suffixes_length"))
        self.paradigms = Paradigms(at("paradigms.array"))
        self.prefixes: list[str] = meta["compile_options"]["paradigm_prefixes"]
        self.words = mapped(RecordDAWG(">HH"), at("words.dawg"))
        self.substitutes = self.words.compile_replaces(SUBSTITUTES)
        self.probabilities = (mapped(IntCompletionDAWG(), at("p_t_given_w.intdawg"))
                              if meta.get("P(t|w)") else None)

    def readings(self, word: str) -> list[tuple[str, str, str, float]] | None:
        """``word``'s readings (lower case), or None when the dictionary does not list it."""
        found = []
        for listed, entries in self.words.similar_items(word, self.substitutes):
            for paradigm_id, index in entries:
                paradigm = self.paradigms[paradigm_id]
                forms = len(paradigm) // 3
                tag = self.gramtab[paradigm[forms + index]]
                found.append((listed, tag, self._normal_form(paradigm, forms, index, listed)))
        if not found:
            return None
        if self.probabilities is not None:
            probabilities = [self.probabilities.get(f"{word}:{tag}", 0) / PROBABILITY_SCALE
                             for _, tag, _ in found]
            if sum(probabilities):
                return sorted(((*reading, p) for reading, p in zip(found, probabilities, strict=True)),
                              key=lambda reading: reading[3], reverse=True)
        return [(*reading, 1.0 / len(found)) for reading in found]

    def _normal_form(self, paradigm: array.array, forms: int, index: int, listed: str) -> str:
        if index == 0:
            return listed
        prefix = self.prefixes[paradigm[2 * forms + index]]
        suffix = self.suffixes[paradigm[index]]
        stem = listed[len(prefix):len(listed) - len(suffix)]
        return self.prefixes[paradigm[2 * forms]] + stem + self.suffixes[paradigm[0]]


def open_known_words(path: str) -> KnownWords | None:
    """The reader over the dictionary at ``path``, or None when its layout or pymorphy3's
    version is one this reader does not know (then pymorphy3 reads every word)."""
    meta = read_meta(path)
    if not (pymorphy_version().startswith(PYMORPHY_VERSIONS) and known_layout(meta)):
        return None
    return KnownWords(path, meta)
