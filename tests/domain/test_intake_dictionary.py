"""The dictionary opened on demand (intake/dictionary.py) reads every word exactly as
pymorphy3's own loader does: the same readings in the same order, tags, lemmas, scores and
dictionary membership, for every word the intake corpora and word lists hold."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pymorphy3
import pymorphy3_dicts_ru
import pytest

from deskcli.domain.intake import dictionary, known_words, morphology

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[^\W_]+(?:[.+\-][^\W_]+)*\+*")
#: Words the corpora lack: unknown coinages (the prediction units), hyphenated words,
#: initials, numbers and Latin, ё written е and as ё.
EXTRA = ["перезакэшировать", "гугл-таблица", "интернет-магазина", "по-моему", "кое-что", "а", "и.", "xiv",
         "2026", "php", "ёлка", "елка", "всё", "все", "трисука", "бббб", "наиновейший", "поперезагружать"]


#: How many of the corpora's words are compared (a fixed sample, so the test's cost does not
#: grow with every corpus added); every word of the rules' own lists is compared.
CORPUS_SAMPLE = 5000


def _words_in(paths) -> set[str]:
    found: set[str] = set()
    for path in paths:
        for word in WORD.findall(path.read_text(encoding="utf-8").lower()):
            found.add(word)
            found.update(part for part in word.split("-") if part)
    return found


@pytest.fixture(scope="module")
def words() -> list[str]:
    rules = _words_in((ROOT / "src" / "deskcli" / "data").glob("*.[tj]*"))
    corpora = sorted(_words_in((ROOT / "tests" / "data" / "intake_eval").glob("*.jsonl")) - rules)
    return sorted({*EXTRA, *rules, *random.Random(2026).sample(corpora, min(CORPUS_SAMPLE, len(corpora)))})


@pytest.fixture(scope="module")
def stock() -> pymorphy3.MorphAnalyzer:
    """pymorphy3's own analyzer with its own loader (half a second to build: once a module)."""
    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


def readings(analyzer: pymorphy3.MorphAnalyzer, word: str) -> str:
    return json.dumps([analyzer.word_is_known(word),
                       [(p.word, str(p.tag), p.normal_form, p.score) for p in analyzer.parse(word)]],
                      ensure_ascii=False)


def test_every_word_reads_as_with_pymorphy3s_own_loader(words, stock) -> None:
    on_demand = dictionary.analyzer(pymorphy3_dicts_ru.get_path())
    assert len(words) > 5000
    differing = [w for w in words if readings(on_demand, w) != readings(stock, w)]
    assert differing == []


def test_inflection_and_lexemes_work_from_the_opened_dictionary() -> None:
    parse = dictionary.analyzer(pymorphy3_dicts_ru.get_path()).parse("корзины")[0]
    assert parse.inflect({"plur", "gent"}).word == "корзин"
    assert [p.word for p in parse.lexeme][:2] == ["корзина", "корзины"]
    assert parse.is_known


def test_the_intake_rules_read_with_the_opened_dictionary() -> None:
    """When this fails after an upgrade of pymorphy3 or DAWG-Python, the rules fell back to the
    slower stock loader: check the layout (dictionary.py) against the new version, and the
    first test above, before widening ``_known_layout``."""
    assert isinstance(morphology._analyzer(), dictionary._OnDemandAnalyzer)


@pytest.mark.parametrize("change", [{"format_version": "3.0"}, {"gramtab_formats": {}}, {"compile_options": {}}])
def test_a_dictionary_laid_out_otherwise_gets_the_stock_loader(change) -> None:
    meta = known_words.read_meta(pymorphy3_dicts_ru.get_path())
    assert dictionary._known_layout(meta)
    assert not dictionary._known_layout({**meta, **change})


def test_dictionary_words_read_without_pymorphy3_as_with_it(words, stock) -> None:
    """known_words reads a listed word as pymorphy3 does (readings, order, scores, tags), and
    leaves every unlisted word to pymorphy3; "все"/"всё" and ё written е included."""
    reader = known_words.open_known_words(pymorphy3_dicts_ru.get_path())
    assert reader is not None
    listed = 0
    differing = []
    for word in [*words, *(w.upper() for w in EXTRA)]:
        lower = word.lower()
        read = reader.readings(lower)
        if not stock.word_is_known(word):
            if read is not None:
                differing.append(word)
            continue
        listed += 1
        expected = [(p.word, str(p.tag), p.normal_form, p.score) for p in stock.parse(lower)]
        if read != expected:
            differing.append(word)
    assert listed > 3000
    assert differing == []


def test_morphology_gives_the_same_parses_with_or_without_pymorphy3(words) -> None:
    """The rules' view (lemma, grammemes, known) is the same whichever reader answered."""
    analyzer = morphology._analyzer()
    for word in [*words, "В", "А", "Я"]:
        known = analyzer.word_is_known(word)
        expected = tuple(morphology.Parse(p.normal_form.replace("ё", "е"), frozenset(p.tag.grammemes), known)
                         for p in analyzer.parse(word)) if morphology.CYRILLIC.search(word) else ()
        assert morphology.parses(word) == expected, word


def test_a_message_of_dictionary_words_is_read_without_importing_pymorphy3() -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom deskcli.domain.intake import check_intake\n"
            "check_intake('Пустая корзина', 'После обновления корзина пустая. Как это исправить?')\n"
            "print('pymorphy3' in sys.modules)\n"
            "check_intake('', 'Где в админке капча?')\nprint('pymorphy3' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
