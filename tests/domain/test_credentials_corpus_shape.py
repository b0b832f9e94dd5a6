"""The credentials evaluation corpus is well formed (tests/data/credentials_eval/).

These tests check the corpus itself — ids, fields, that every secret is in its text, that both
splits hold both classes, that the file is what build.py makes — and never run the desk's rule
on it: the rule is measured against the corpus by whoever tunes it (see the corpus README).
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "credentials_eval"
CORPUS = CORPUS_DIR / "corpus.jsonl"
REQUIRED = {"id": str, "lang": str, "kind": str, "split": str, "borderline": bool, "secrets": list, "text": str}


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_at_least_600_messages_one_object_a_line(rows: list[dict[str, object]]) -> None:
    assert len(rows) >= 600
    assert all(isinstance(row, dict) for row in rows)


def test_fields_and_their_values(rows: list[dict[str, object]]) -> None:
    for row in rows:
        for field, kind in REQUIRED.items():
            assert isinstance(row.get(field), kind), (row.get("id"), field)
        assert re.fullmatch(r"c\d{4}", str(row["id"])), row["id"]
        assert row["lang"] in ("ru", "en"), row["id"]
        assert row["split"] in ("dev", "test"), row["id"]
        assert str(row["text"]).strip(), row["id"]
        if row["borderline"]:
            assert str(row.get("note", "")).strip(), f"{row['id']}: a borderline message says why"


def test_ids_are_unique(rows: list[dict[str, object]]) -> None:
    ids = Counter(str(row["id"]) for row in rows)
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_secret_occurs_in_its_text(rows: list[dict[str, object]]) -> None:
    for row in rows:
        secrets = row["secrets"]
        assert isinstance(secrets, list)
        assert len(secrets) == len(set(secrets)), row["id"]
        for secret in secrets:
            assert isinstance(secret, str) and secret and secret == secret.strip(), (row["id"], secret)
            assert secret in str(row["text"]), (row["id"], secret)


def test_both_splits_hold_both_classes(rows: list[dict[str, object]]) -> None:
    seen = Counter((str(row["split"]), bool(row["secrets"])) for row in rows)
    for split in ("dev", "test"):
        assert seen[(split, True)] >= 100, split
        assert seen[(split, False)] >= 100, split


def test_the_mix_the_brief_asked_for(rows: list[dict[str, object]]) -> None:
    with_secret = sum(1 for row in rows if row["secrets"])
    assert with_secret >= 330
    assert len(rows) - with_secret >= 270
    assert 0.10 <= sum(1 for row in rows if row["borderline"]) / len(rows) <= 0.20


def test_each_kind_is_split_half_and_half(rows: list[dict[str, object]]) -> None:
    per_kind = Counter((str(row["kind"]), str(row["split"])) for row in rows)
    for kind in {str(row["kind"]) for row in rows}:
        assert abs(per_kind[(kind, "dev")] - per_kind[(kind, "test")]) <= 1, kind


def test_the_file_is_what_build_py_makes() -> None:
    spec = importlib.util.spec_from_file_location("credentials_eval_build", CORPUS_DIR / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.render(module.build()) == CORPUS.read_bytes()
