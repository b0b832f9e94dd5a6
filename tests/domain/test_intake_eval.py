"""The intake rules on the independent corpus (tests/data/intake_eval): issue 13's targets.

The corpus was written apart from the rules and frozen before they were tuned; the
numbers come from benchmarks/intake_eval.py, which prints them all.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import pickle
import re
import sys
from pathlib import Path

import pytest

from deskcli.domain.intake import learned, repeat_model

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "intake_eval.py"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    spec = importlib.util.spec_from_file_location("intake_eval", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses (and pickle) look their module up there
    spec.loader.exec_module(module)
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return module.measure(module.load())
    # Under xdist the five tests may land on several workers: the first measures (3 s of
    # CPU), the others read its report from the run's own temporary directory.
    shared = tmp_path_factory.getbasetemp().parent
    with open(shared / "intake_eval.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        kept = shared / "intake_eval.pickle"
        if kept.exists():
            return pickle.loads(kept.read_bytes())
        measured = module.measure(module.load())
        kept.write_bytes(pickle.dumps(measured))
        return measured


def test_the_corpus_is_large_and_labels_every_clause(report) -> None:
    assert report.size >= 1500
    assert all(score.tp + score.fn >= 30 for score in report.clauses.values())


def test_obscenity_is_found_and_innocent_look_alikes_pass(report) -> None:
    obscene = report.rules["obscene"]
    assert obscene.recall >= 0.97, obscene.misses
    assert report.obscene_on_innocent == []


def test_messages_without_a_question_are_flagged(report) -> None:
    score = report.rules["no_question"]
    assert score.recall >= 0.85, score.misses
    assert score.precision >= 0.9, score.false_alarms


def test_requests_outside_support_are_flagged_with_their_clause(report) -> None:
    score = report.rules["out_of_scope"]
    assert score.recall >= 0.9, score.misses
    assert score.precision >= 0.95, score.false_alarms
    weak = {clause: s.recall for clause, s in report.clauses.items() if s.recall < 0.8}
    assert weak == {}


def test_digressions_are_flagged_and_ordinary_questions_are_not(report) -> None:
    score = report.rules["off_topic"]
    assert score.recall >= 0.7, score.misses
    assert report.off_topic_on_ordinary == []


def test_rewordings_are_repeats_and_other_entities_are_not(report) -> None:
    score = report.rules["already_answered"]
    assert score.recall >= 0.95, score.misses
    assert report.false_refusal_rate <= 0.05, report.false_refusals


def _four_word_runs(text: str) -> set[str]:
    words = re.findall(r"[^\W_]+", text.lower())
    return {" ".join(words[i:i + 4]) for i in range(len(words) - 3)}


def test_no_hold_out_phrase_is_in_the_rules_word_lists() -> None:
    """The hold-out estimates how the rules do on text they were not tuned on; a phrase of it
    copied into a word list would make that estimate a lie."""
    data = Path(__file__).resolve().parents[2] / "src" / "deskcli" / "data"
    lists: set[str] = set()
    for path in data.rglob("*"):
        # The mail templates are the desk's own letters, not a rule's word list; the learned
        # model holds hashed features of measured files only (test_intake_learned.py).
        skipped = path.name in ("README.md", learned.MODEL_FILE, repeat_model.MODEL_FILE) or "mail_templates" in path.parts
        if path.is_file() and not skipped:
            lists |= _four_word_runs(path.read_text(encoding="utf-8"))
    corpora = BENCHMARK.parent.parent / "tests" / "data" / "intake_eval"
    # Every hold-out, both splits of the second: the dev split is read while tuning, but a
    # phrase of it copied into a list would still overstate how the rules generalise.
    holdouts = sorted(corpora.glob("holdout*.jsonl"))
    assert len(holdouts) >= 27  # every hold-out, holdout.jsonl to holdout26 and holdout21c
    for holdout in holdouts:
        name = holdout.name
        shared = {run for line in holdout.read_text(encoding="utf-8").splitlines() if line.strip()
                  for run in _four_word_runs(json.loads(line)["text"])} & lists
        assert shared - _WRITTEN_TWICE.get(name, set()) == set(), name


#: Everyday phrases the word lists held before a hold-out was merged, which its writer (who
#: never saw the lists) happened to write too: a coincidence of common speech, not a copy.
_WRITTEN_TWICE = {"holdout3.jsonl": {"i m an idiot", "как в прошлый раз", "как у вас дела", "на сайте в разделе"},
                  "holdout4.jsonl": {"i m an idiot", "как у вас дела"},
                  # written while round six was tuned, each side unseen by the other
                  "holdout5.jsonl": {"the new one is", "what a bunch of", "и в прошлый раз", "как в прошлый раз",
                                     "как и в прошлый", "как у вас дела", "на сайте в разделе"},
                  "holdout6.jsonl": {"как у вас дела"},
                  "holdout7.jsonl": {"как в прошлый раз"},
                  "holdout8.jsonl": {"и в прошлый раз", "с локального компьютера на", "локального компьютера на хостинг"},
                  "holdout9.jsonl": {"как у вас дела"},
                  "holdout10.jsonl": {"как у вас дела", "in the admin panel"},
                  "holdout11.jsonl": {"как у вас дела"},
                  # "the number of items": a comment of repeat_terms.txt, written in round 12
                  "holdout12.jsonl": {"как у вас дела", "the number of items"},
                  "holdout13.jsonl": {"как у вас дела"},
                  "holdout14.jsonl": {"как в прошлый раз", "out of the box"},
                  "holdout15.jsonl": {"in the admin panel"},
                  # written blind (the writer read neither the rules nor any corpus): idioms
                  "holdout16.jsonl": {"как у вас дела", "как в прошлый раз", "out of the box"},
                  "holdout17.jsonl": {"как в прошлый раз", "how s it going"},
                  "holdout18.jsonl": {"как у вас дела", "с хостинга на хостинг", "problem solved you can",
                                      "solved you can close"},
                  # written blind: a self-directed "idiot" the lists held since holdout3
                  "holdout20.jsonl": {"i m an idiot"},
                  # all four in the lists before holdout21 was written (its writer never saw them)
                  "holdout21.jsonl": {"мы продаём книги и", "what a bunch of", "out of the box", "и в прошлый раз"},
                  # in the lists (the last in a comment since round 5) before holdout22 was written
                  "holdout22.jsonl": {"the number of items", "the update wiped our", "как в прошлый раз"},
                  # all six in the lists at the session's start (6fec6b8), before holdout25 was written
                  "holdout25.jsonl": {"как в прошлый раз", "и в прошлый раз", "как у вас дела", "what a bunch of",
                                      "in the admin panel", "i m an idiot"},
                  # all four in the lists at the session's start (6fec6b8; the last two the rule text of 2.10.1)
                  "holdout26.jsonl": {"как в прошлый раз", "what a bunch of", "с локального компьютера на",
                                      "локального компьютера на хостинг"}}
