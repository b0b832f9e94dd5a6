"""pymorphy3's Russian dictionary, opened for the few words of one message.

``pymorphy3.MorphAnalyzer()`` reads the whole dictionary before its first word: it builds
all 5,532 tag objects (about 20 ms), reads 3,456 paradigms one by one (5 ms) and copies
15 MB of DAWG files into memory twice over (15 ms). A command reads one message, a few
dozen words, so ``desk open`` paid that for a handful of tags and paradigms. The analyzer
built here is pymorphy3's own, with the same units, probabilities and code, over the same
data laid out differently: tags and paradigms built on first use, the DAWG files mapped
(the operating system reads only the pages a lookup touches). tests/domain/
test_intake_dictionary.py holds every reading equal to the stock analyzer's.

It relies on how pymorphy3 2.0 and DAWG-Python lay out a loaded dictionary; anything else
(another version of either, the DAWG C extension, another dictionary format) gets the
stock analyzer, which is as exact, only slower to start.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any

import pymorphy3
from pymorphy3 import dawg as pymorphy_dawg
from pymorphy3 import tagset
from pymorphy3.analyzer import MorphAnalyzer, Parse, ProbabilityEstimator, auto
from pymorphy3.opencorpora_dict.wrapper import Dictionary

from deskcli.domain.intake import known_words

GRAMTAB = known_words.GRAMTAB


def analyzer(path: str, known: known_words.KnownWords | None = None) -> MorphAnalyzer:
    """The Russian analyzer over the dictionary at ``path``: opened on demand when this
    reader knows the versions and the layout, else pymorphy3's own loader. ``known``: the
    same dictionary already opened for its listed words, whose tags, suffixes and
    paradigms the analyzer shares instead of reading them again."""
    meta = known_words.read_meta(path)
    if _known_layout(meta):
        return _OnDemandAnalyzer(path, meta, known or known_words.KnownWords(path, meta))
    return MorphAnalyzer(path=path, lang="ru")


def _known_layout(meta: dict[str, Any]) -> bool:
    if pymorphy_dawg.EXTENSION_AVAILABLE:  # the DAWG C extension keeps its own structures
        return False
    import dawg_python

    dawgs = (pymorphy_dawg.WordsDawg, pymorphy_dawg.PredictionSuffixesDAWG, pymorphy_dawg.ConditionalProbDistDAWG)
    return (
        pymorphy3.__version__.startswith(known_words.PYMORPHY_VERSIONS)
        and all(issubclass(kind, dawg_python.CompletionDAWG) for kind in dawgs)
        and known_words.known_layout(meta)
    )


class _Tags(Sequence):
    """The gramtab: tag strings, each made a tag object the first time a word needs it."""

    def __init__(self, tag_class: type, texts: Sequence[str]) -> None:
        self._tag_class = tag_class
        self._texts = texts
        self._built: list[Any] = [None] * len(texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, index: Any) -> Any:
        if not isinstance(index, int):
            return [self[i] for i in range(len(self))[index]]
        tag = self._built[index]
        if tag is None:
            tag = self._built[index] = self._tag_class(self._texts[index])
        return tag


class _OnDemandDictionary(Dictionary):
    """pymorphy3's dictionary wrapper with the same attributes, filled without reading it all."""

    def __init__(self, path: str, meta: dict[str, Any], known: known_words.KnownWords) -> None:
        def at(name: str) -> str:
            return os.path.join(path, name)

        tag_class = tagset.registry[GRAMTAB]
        with open(at("grammemes.json"), encoding="utf-8") as file:
            tag_class._init_grammemes(json.load(file))
        self.meta = meta
        self.Tag = tag_class
        self.gramtab = _Tags(tag_class, known.gramtab)
        self.suffixes = known.suffixes
        self.paradigms = known.paradigms
        self.words = known_words.mapped(pymorphy_dawg.WordsDawg(), at("words.dawg"))
        self.paradigm_prefixes = meta["compile_options"]["paradigm_prefixes"]
        self.prediction_suffixes_dawgs = [
            known_words.mapped(pymorphy_dawg.PredictionSuffixesDAWG(), at(f"prediction-suffixes-{n}.dawg"))
            for n in range(len(self.paradigm_prefixes))
        ]
        self.lang = meta.get("language_code")
        self.path = path


class _OnDemandAnalyzer(MorphAnalyzer):
    """``MorphAnalyzer(path=path, lang="ru")`` with the default units and result type, over
    the dictionary opened on demand."""

    def __init__(self, path: str, meta: dict[str, Any], known: known_words.KnownWords) -> None:
        self._path, self._lang = path, "ru"
        with self._lock:
            self.dictionary = _OnDemandDictionary(path, meta, known)
            self.lang = self.choose_language(self.dictionary, "ru")
            self.prob_estimator = None
            if meta.get("P(t|w)"):  # P(tag | word), which orders the readings of a word
                estimator = ProbabilityEstimator.__new__(ProbabilityEstimator)
                estimator.p_t_given_w = known_words.mapped(pymorphy_dawg.ConditionalProbDistDAWG(),
                                                os.path.join(path, "p_t_given_w.intdawg"))
                self.prob_estimator = estimator
            # As MorphAnalyzer does: a Parse subclass that knows this analyzer and dictionary.
            self._result_type = type(Parse.__name__, (Parse,), {"_morph": self, "_dict": self.dictionary})
            self._result_type_orig = Parse
            self._init_char_substitutes(auto)
            self._init_units(None)

    def __reduce__(self) -> tuple:
        return analyzer, (self._path,)
