"""The password rule (policy 2.12) on the blind corpus's dev split (tests/data/credentials_eval).

The corpus was written by another helper who never saw the rule; the rule was tuned on its
``dev`` split only, so these numbers are in-sample. The ``test`` split is measured once, by
hand, and reported in benchmarks/CREDENTIALS.md, never asserted here (a test that reads it
would tell whoever tunes the rule what it misses). The numbers come from
benchmarks/credentials_eval.py, which prints them all.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "credentials_eval.py"


@pytest.fixture(scope="module")
def report():
    spec = importlib.util.spec_from_file_location("credentials_eval", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.measure(module.load(split="dev"), "dev")


def test_the_dev_split_holds_both_classes(report) -> None:
    assert report.with_secret >= 200 and report.without_secret >= 150


def test_most_secrets_are_hidden_and_sealed(report) -> None:
    assert report.overall.recall >= 0.92, [row["id"] for row, _, _ in report.misses]
    assert report.overall.sealed >= report.overall.hidden - 2
    assert report.clear.recall >= 0.95  # the borderline rows left out


def test_the_unlabelled_shapes_are_hidden(report) -> None:
    for kind in ("triple_unlabeled", "login_inline", "userpass_at_host", "mixed_question", "signature"):
        assert report.kinds[kind].recall >= 0.9, kind


def test_ordinary_text_is_seldom_changed(report) -> None:
    # the 7 on dev are the labelled rule's, as they were before the unlabelled shapes: a mask or a
    # blank after "Пароль:", "<will send>", "(using password: YES)", a hash, a placeholder; the
    # law that a value right after a password label is hidden whatever it is keeps them hidden
    assert len(report.false_hides) <= 8, report.false_hides
    assert report.false_hides_clear <= 3, report.false_hides
    assert len(report.over_hides) <= 2, report.over_hides
