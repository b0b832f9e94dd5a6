"""Repeat detection (SPEC 2.8.5) as a curve: recall against false refusals, per threshold,
cross-validated by corpus (round 17 of issue 13).

Every `repeat` / `not_repeat` row of the development corpora is compared with each question
of its history by `repeats.compare`, which gives the likeness before any veto and the vetoes
that fire. A variant says which vetoes are hard (a vetoed pair is never a repeat) and whether
terms are weighed by their rarity in the corpus's own messages (as `desk open` weighs them by
the desk's, `store.search.term_rarity`); the rest of the vetoes are ignored, so that the
leftover words only lower the likeness. A row counts as refused when some earlier question
is at or above the threshold and not vetoed.

Cross-validation: for each corpus, the threshold is chosen on the pooled rows of the others
(the highest recall minus false-refusal rate; ties to the higher threshold) and reported on
that corpus. `--curve` prints the pooled curve of each variant.

A variant may lower the threshold for a new question that says it asks again (ещё раз,
повторно, напомните, уже спрашивал, again, remind me, asked before: round 21). `--others`
checks every variant beyond the labelled pairs: each repeat / not_repeat row against every
history question of the *other* rows of its corpus (presumably different questions), at the
shipped threshold, counting the pairs that would be refused.

Usage: python benchmarks/repeat_curve.py [--curve] [--others] [--variant NAME ...]
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deskcli.domain.intake import search_terms
from deskcli.domain.intake.repeats import REPEAT_THRESHOLD, VETOES, compare_questions as compare

CORPORA = Path(__file__).resolve().parents[1] / "tests" / "data" / "intake_eval"
# The development corpora, named one by one: a hold-out being written is never read here.
NAMES = ("corpus", "holdout", *(f"holdout{n}" for n in range(2, 17)))
# A new question that says it asks again (round 21's candidate for a lower threshold).
REASKED = re.compile(
    r"(?<!\w)(?:ещ[её]\s+раз\w*|повторно|снова\s+(?:спрашива|задаю|пишу)\w*|напомните|напомнить"
    r"|уже\s+(?:спрашивал|задавал|писал|обращал)\w*|ответ\w*\s+(?:\S+\s+)?потерял\w*|потерял\w*\s+(?:\S+\s+)?ответ\w*"
    r"|again|remind\s+me|asked\s+(?:this\s+|that\s+|it\s+)?before|already\s+asked|lost\s+(?:the|your|my)\s+(?:reply|answer))(?!\w)",
    re.IGNORECASE,
)
REASK_THRESHOLD = 0.4
ALL_VETOES = frozenset(VETOES)
# The vetoes issue 13 and round 17's brief name as what makes another question: a replaced
# name, place or instance of a kind, opposite actions or directions, a negation.
KEY_VETOES = frozenset(("opposite", "action", "replaced_place", "replaced_name", "replaced_kind", "named"))


@dataclass(frozen=True)
class Variant:
    name: str
    hard: frozenset[str]
    rarity: bool
    halving: bool = False  # the shipped rule: each veto halves the score, no veto is "hard"
    reask: float | None = None  # the threshold for a new question that says it asks again


VARIANTS = {
    v.name: v
    for v in (
        Variant("current", ALL_VETOES, rarity=False, halving=True),
        Variant("current+rarity", ALL_VETOES, rarity=True, halving=True),
        Variant("current+reask", ALL_VETOES, rarity=False, halving=True, reask=REASK_THRESHOLD),
        Variant("all-vetoes", ALL_VETOES, rarity=False),
        Variant("all-vetoes+rarity", ALL_VETOES, rarity=True),
        Variant("key-vetoes", KEY_VETOES, rarity=False),
        Variant("key-vetoes+rarity", KEY_VETOES, rarity=True),
        Variant("key+thing", KEY_VETOES | {"replaced_thing"}, rarity=False),
        Variant("key+thing+rarity", KEY_VETOES | {"replaced_thing"}, rarity=True),
        Variant("all-but-new-entity", ALL_VETOES - {"new_entity"}, rarity=False),
        Variant("all-but-new-entity+rarity", ALL_VETOES - {"new_entity"}, rarity=True),
    )
}
THRESHOLDS = tuple(round(0.30 + 0.025 * k, 3) for k in range(25))  # 0.30 .. 0.90


def load(name: str) -> list[dict]:
    with (CORPORA / f"{name}.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def corpus_rarity(rows: list[dict]) -> Callable[[str], float]:
    """`store.search.term_rarity`'s weighing over a desk made of the corpus's messages and
    the earlier questions of its histories (no label is read)."""
    documents = {row["text"] for row in rows} | {h for row in rows for h in row.get("history", ())}
    counts = Counter(term for text in documents for term in set(search_terms(text)))
    total = len(documents)
    scale = math.log(total + 1)

    def rarity(stem: str) -> float:
        questions = counts.get(stem)
        return 1.0 if questions is None else 0.5 + min(1.0, math.log((total + 1) / (questions + 1)) / scale)

    return rarity


@dataclass(frozen=True)
class Pair:
    score: float
    vetoes: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    corpus: str
    repeat: bool
    pairs: tuple[Pair, ...]
    reasked: bool = False


def rows_of(variant: Variant) -> list[Row]:
    found = []
    for name in NAMES:
        rows = load(name)
        rarity = corpus_rarity(rows) if variant.rarity else None
        for row in rows:
            if row["kind"] in ("repeat", "not_repeat"):
                pairs = tuple(Pair(*compare(row["text"], earlier, rarity)) for earlier in row["history"])
                found.append(Row(name, row["kind"] == "repeat", pairs, bool(REASKED.search(row["text"]))))
    return found


def refused(row: Row, variant: Variant, threshold: float) -> bool:
    if variant.reask is not None and row.reasked:
        threshold = min(threshold, variant.reask)
    if variant.halving:
        return any(p.score * 0.5 ** len(p.vetoes) >= threshold for p in row.pairs)
    return any(p.score >= threshold and not variant.hard & set(p.vetoes) for p in row.pairs)


def rates(rows: list[Row], variant: Variant, threshold: float) -> tuple[float, float, int, int, int, int]:
    """Recall, false-refusal rate, repeats caught, repeats, different questions refused, different questions."""
    repeats = [r for r in rows if r.repeat]
    others = [r for r in rows if not r.repeat]
    caught = sum(refused(r, variant, threshold) for r in repeats)
    wrong = sum(refused(r, variant, threshold) for r in others)
    return caught / len(repeats), wrong / len(others), caught, len(repeats), wrong, len(others)


def choose(rows: list[Row], variant: Variant) -> float:
    """The threshold with the highest recall minus false-refusal rate (ties: the higher one)."""
    return max(THRESHOLDS, key=lambda t: (rates(rows, variant, t)[0] - rates(rows, variant, t)[1], t))


def against_others(variant: Variant) -> tuple[int, int]:
    """Pairs refused at the shipped threshold among each row and the history questions of the
    other rows of its corpus, and all such pairs."""
    wrong = total = 0
    for name in NAMES:
        rows = [r for r in load(name) if r["kind"] in ("repeat", "not_repeat")]
        rarity = corpus_rarity(load(name)) if variant.rarity else None
        for i, row in enumerate(rows):
            others = {h for j, other in enumerate(rows) if j != i for h in other["history"]} - set(row["history"])
            pairs = tuple(Pair(*compare(row["text"], earlier, rarity)) for earlier in sorted(others))
            reasked = bool(REASKED.search(row["text"]))
            wrong += sum(refused(Row(name, False, (p,), reasked), variant, REPEAT_THRESHOLD) for p in pairs)
            total += len(pairs)
    return wrong, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curve", action="store_true", help="print each variant's pooled curve")
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS), help="only these variants")
    parser.add_argument("--others", action="store_true", help="each row against the other rows' history questions")
    args = parser.parse_args()
    for variant in (VARIANTS[v] for v in args.variant or VARIANTS):
        rows = rows_of(variant)
        print(f"## {variant.name}")
        if args.curve:
            print("| threshold | recall | false refusals |")
            print("| --- | --- | --- |")
            for t in THRESHOLDS:
                recall, fr, caught, n, wrong, m = rates(rows, variant, t)
                print(f"| {t:.3f} | {recall:.3f} ({caught}/{n}) | {fr:.3f} ({wrong}/{m}) |")
        print("| held-out corpus | threshold (fit on the others) | recall | false refusals |")
        print("| --- | --- | --- | --- |")
        caught_all = n_all = wrong_all = m_all = 0
        for name in NAMES:
            threshold = REPEAT_THRESHOLD if variant.name in ("current", "current+reask") else choose(
                [r for r in rows if r.corpus != name], variant)
            recall, fr, caught, n, wrong, m = rates([r for r in rows if r.corpus == name], variant, threshold)
            caught_all, n_all, wrong_all, m_all = caught_all + caught, n_all + n, wrong_all + wrong, m_all + m
            print(f"| {name} | {threshold:.3f} | {recall:.3f} ({caught}/{n}) | {fr:.3f} ({wrong}/{m}) |")
        print(f"| pooled held-out | – | {caught_all / n_all:.3f} ({caught_all}/{n_all}) "
              f"| {wrong_all / m_all:.3f} ({wrong_all}/{m_all}) |")
        if args.others:
            wrong, total = against_others(variant)
            print(f"\nagainst the other rows' history questions: {wrong} of {total} pairs at or above threshold")
        print()


if __name__ == "__main__":
    main()
