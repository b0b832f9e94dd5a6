"""Precision and recall of the intake rules (SPEC 2.8, 2.10) on the independent corpus.

    python benchmarks/intake_eval.py            # the table
    python benchmarks/intake_eval.py --misses   # and every message each rule got wrong
    python benchmarks/intake_eval.py --corpus tests/data/intake_eval/holdout2.jsonl --split dev

The corpus (tests/data/intake_eval/corpus.jsonl) was written apart from the rules and
frozen before they were tuned; tests/domain/test_intake_eval.py holds the targets of
issue 13 on the numbers this module computes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from deskcli.domain import intake

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "intake_eval" / "corpus.jsonl"
CODES = ("obscene", "no_question", "out_of_scope", "off_topic", "already_answered")
CLAUSES = tuple(f"2.10.{n}" for n in range(1, 8))
# Messages on which an obscenity finding is a false alarm the issue forbids outright.
INNOCENT_KINDS = ("lookalike", "insult_not_aimed", "mild")
# Questions on which an off_topic flag is forbidden outright.
ORDINARY_KINDS = ("ordinary", "short_question", "relevant_context")


@dataclass
class Score:
    """Counts for one rule or clause; precision is None when it never fired."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, expected: bool, predicted: bool, text: str) -> None:
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.false_alarms.append(text)
        elif expected:
            self.fn += 1
            self.misses.append(text)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Report:
    size: int
    rules: dict[str, Score]
    clauses: dict[str, Score]
    obscene_on_innocent: list[str]
    off_topic_on_ordinary: list[str]
    repeats: int
    not_repeats: int
    false_refusals: list[str]
    seconds: float

    @property
    def false_refusal_rate(self) -> float:
        return len(self.false_refusals) / self.not_repeats if self.not_repeats else 0.0


def load(path: Path = CORPUS) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _clauses(flags: Iterable[intake.Reason]) -> set[str]:
    return {f.message.split(" ", 1)[0] for f in flags if f.code == "out_of_scope"}


def measure(rows: list[dict]) -> Report:
    rules = {code: Score() for code in CODES}
    clauses = {clause: Score() for clause in CLAUSES}
    on_innocent: list[str] = []
    on_ordinary: list[str] = []
    false_refusals: list[str] = []
    started = time.perf_counter()
    for row in rows:
        text = row["text"]
        result = intake.check_intake("", text)
        predicted = {r.code for r in (*result.refusals, *result.flags)}  # older checkouts too (PYTHONPATH)
        if "history" in row and any(intake.is_repeat(text, earlier) for earlier in row["history"]):
            predicted.add("already_answered")
        expected = set(row["expected"])
        for code in CODES:
            rules[code].add(code in expected, code in predicted, text)
        found = _clauses(result.flags)
        for clause in CLAUSES:
            clauses[clause].add(row.get("clause") == clause, clause in found, text)
        if row["kind"] in INNOCENT_KINDS and "obscene" in predicted:
            on_innocent.append(text)
        if row["kind"] in ORDINARY_KINDS and "off_topic" in predicted:
            on_ordinary.append(text)
        if row["kind"] == "not_repeat" and "already_answered" in predicted:
            false_refusals.append(text)
    return Report(
        size=len(rows),
        rules=rules,
        clauses=clauses,
        obscene_on_innocent=on_innocent,
        off_topic_on_ordinary=on_ordinary,
        repeats=sum(r["kind"] == "repeat" for r in rows),
        not_repeats=sum(r["kind"] == "not_repeat" for r in rows),
        false_refusals=false_refusals,
        seconds=time.perf_counter() - started,
    )


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def table(report: Report) -> str:
    lines = [
        f"{report.size} messages, {report.seconds:.2f} s",
        "",
        "| rule / clause | precision | recall | tp | fp | fn |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, score in [*report.rules.items(), *report.clauses.items()]:
        lines.append(
            f"| {name} | {_number(score.precision)} | {_number(score.recall)} "
            f"| {score.tp} | {score.fp} | {score.fn} |"
        )
    lines += [
        "",
        f"obscene on innocent messages: {len(report.obscene_on_innocent)}",
        f"off_topic on ordinary questions: {len(report.off_topic_on_ordinary)}",
        (f"already_answered false refusals: {len(report.false_refusals)} of {report.not_repeats} "
        f"({report.false_refusal_rate:.3f})"),
    ]
    return "\n".join(lines)


# Run in a fresh interpreter: the libraries load first and are timed apart, then every
# word list of deskcli/data is read and compiled, as the first message of a command does:
# with the cycle collector off, as the launcher runs a command (launcher.py; with it on,
# each pass walks the dictionary's objects and adds 2-5 ms no command pays).
_COMPILE_PROBE = """
import gc
import time
gc.disable()
started = time.process_time()
import deskcli.domain.intake
from deskcli.domain.intake import cues, insult_lexicon, insults, morphology, obscene, repeat_terms, scope, stemming, wordlists
imported = time.process_time()
morphology._analyzer()
morphology_loaded = time.process_time()
stemming._stemmer("russian"); stemming._stemmer("english")
stemmers_loaded = time.process_time()
obscene.obscene_lexicon(); insult_lexicon.insult_lexicon(); scope._scope_rules(); repeat_terms._groups(); repeat_terms._kinds()
for section in wordlists.sections("intake_cues.txt"):
    cues.cues(section)
for section in wordlists.sections("insult_context.txt"):
    insults.context_words(section)
wordlists.stopwords()
compiled = time.process_time()
print(imported - started, morphology_loaded - imported, stemmers_loaded - morphology_loaded, compiled - stemmers_loaded)
"""


def start_up_costs(runs: int = 5) -> dict[str, float]:
    """Median CPU milliseconds of: importing the intake package, loading pymorphy3 and its
    dictionary, loading the Snowball stemmers, compiling the word lists."""
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _COMPILE_PROBE], capture_output=True, text=True, check=True)
        samples.append([float(x) * 1000 for x in out.stdout.split()])
    names = ("import deskcli.domain.intake", "pymorphy3 + dictionary", "snowballstemmer", "word lists compile")
    return {name: sorted(s[i] for s in samples)[runs // 2] for i, name in enumerate(names)}


def _trained_on() -> set[str]:
    """The corpus files the package's learned model was trained on (none on an older checkout)."""
    try:
        from deskcli.domain.intake import learned
    except ImportError:
        return set()
    return set(learned.model().trained_on)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the messages each rule got wrong")
    parser.add_argument("--corpus", type=Path, nargs="+", default=[CORPUS],
                        help="other corpora of the same format, measured as one (tests/data/intake_eval/*.jsonl: every file)")
    parser.add_argument(
        "--split", choices=("dev", "test"), help="only the messages of this split (a corpus with a split field)"
    )
    args = parser.parse_args()
    rows = [row for corpus in args.corpus for row in load(corpus)]
    if args.split:
        rows = [row for row in rows if row.get("split") == args.split]
        if not rows:
            parser.error(f"{' '.join(map(str, args.corpus))} has no message in split {args.split!r}")
    report = measure(rows)
    print(table(report))
    print()
    learned_from = _trained_on()
    for corpus in args.corpus:
        if corpus.name in learned_from:
            print(f"note: the learned model was trained on {corpus.name}; its flags there are a training score "
                  "(benchmarks/train_intake_model.py --test gives a fair one)")
    for name, ms in start_up_costs().items():
        print(f"{name}: {ms:.1f} ms CPU (median of 5 fresh processes)")
    if args.misses:
        for name, score in [*report.rules.items(), *report.clauses.items()]:
            for title, texts in (("missed", score.misses), ("false alarm", score.false_alarms)):
                for text in texts:
                    print(f"{name} {title}: {text!r}")


if __name__ == "__main__":
    main()
