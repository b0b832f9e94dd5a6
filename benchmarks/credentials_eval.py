"""How well the desk hides the passwords customers write (policy 2.12), on the blind corpus.

    python benchmarks/credentials_eval.py --split dev             # the table
    python benchmarks/credentials_eval.py --split dev --misses    # and every dev message it got wrong
    python benchmarks/credentials_eval.py --split test            # once, on the final rules

The corpus (tests/data/credentials_eval/corpus.jsonl, its README says how it was written) was
written by another helper who never saw the rule. The rule is tuned on ``dev`` only; ``test``
is measured once at the end: this script refuses to list its messages (``--misses``), and
shows its numbers by kind only when asked (``--by-kind``, for that last measurement), since
the corpus's README asks that whoever tunes the rule not read them.

What is counted, per message of the split, on ``credentials.hide(text, Credentials())`` (what
``desk open`` and the mail gateway store; ``without_passwords`` is the same call with the
sealed lines thrown away):

- a secret is **hidden** when no occurrence of it is left in the hidden text, and **sealed**
  when, besides, the lines that ``hide`` kept for the request's temporary access hold it (the
  agent can still read it with ``desk access show``);
- recall is over secrets (overall, by ``kind``, and without the borderline rows), and over
  messages with a secret (every secret hidden);
- a **false hide** is a message with no secret whose text ``hide`` changed at all;
- an **over-hide** is a message with a secret that lost words besides its secrets: a word is a
  whitespace-separated token of the message that overlaps no occurrence of a secret, and it is
  lost when the hidden text holds fewer copies of that exact token than the message did
  (so "пароль Qwerty123 на сервере" hidden as "пароль [скрыто…]" has lost "на" and "сервере").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from deskcli.domain.credentials import Credentials, hide

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "credentials_eval" / "corpus.jsonl"
_TOKEN = re.compile(r"\S+")


@dataclass
class Tally:
    """Secrets found and hidden in one group of messages."""

    secrets: int = 0
    hidden: int = 0
    sealed: int = 0

    @property
    def recall(self) -> float | None:
        return self.hidden / self.secrets if self.secrets else None


@dataclass
class Report:
    split: str
    size: int = 0
    seconds: float = 0.0
    overall: Tally = field(default_factory=Tally)
    clear: Tally = field(default_factory=Tally)  # without the borderline rows
    kinds: dict[str, Tally] = field(default_factory=dict)
    with_secret: int = 0
    all_hidden: int = 0
    without_secret: int = 0
    false_hides: list[str] = field(default_factory=list)  # ids
    false_hides_clear: int = 0  # of them, not borderline
    over_hides: list[str] = field(default_factory=list)
    misses: list[tuple[dict, list[str], str]] = field(default_factory=list)  # row, secrets left, hidden text
    wrong: list[tuple[dict, str, str]] = field(default_factory=list)  # row, what went wrong, hidden text

    @property
    def false_hide_rate(self) -> float:
        return len(self.false_hides) / self.without_secret if self.without_secret else 0.0


def load(path: Path = CORPUS, split: str = "dev") -> list[dict]:
    """The rows of one split; the other is never returned, so never printed."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row for row in rows if row["split"] == split]


def _secret_spans(text: str, secrets: list[str]) -> list[tuple[int, int]]:
    spans = []
    for secret in secrets:
        start = text.find(secret)
        while start >= 0:
            spans.append((start, start + len(secret)))
            start = text.find(secret, start + 1)
    return spans


def lost_words(text: str, secrets: list[str], hidden: str) -> list[str]:
    """The words of ``text`` outside every secret that ``hidden`` no longer holds."""
    spans = _secret_spans(text, secrets)
    kept = Counter(m.group(0) for m in _TOKEN.finditer(text)
                   if not any(s < m.end() and m.start() < e for s, e in spans))
    left = Counter(m.group(0) for m in _TOKEN.finditer(hidden))
    return sorted((kept - left).elements())


def measure(rows: list[dict], split: str) -> Report:
    report = Report(split=split, size=len(rows))
    started = time.perf_counter()
    for row in rows:
        text, secrets = row["text"], row["secrets"]
        found = Credentials()
        hidden = hide(text, found)
        sealed_text = "\n".join(found.lines)
        if not secrets:
            report.without_secret += 1
            if hidden != text:
                report.false_hides.append(row["id"])
                report.false_hides_clear += not row["borderline"]
                report.wrong.append((row, "false hide", hidden))
            continue
        report.with_secret += 1
        left = [secret for secret in secrets if secret in hidden]
        report.all_hidden += not left
        for secret in secrets:
            caught = secret not in hidden
            sealed = caught and secret in sealed_text
            for tally in (report.overall, report.kinds.setdefault(row["kind"], Tally()),
                          *(() if row["borderline"] else (report.clear,))):
                tally.secrets += 1
                tally.hidden += caught
                tally.sealed += sealed
        if left:
            report.misses.append((row, left, hidden))
        if lost := lost_words(text, secrets, hidden):
            report.over_hides.append(row["id"])
            report.wrong.append((row, "over-hide: " + " ".join(lost), hidden))
    report.seconds = time.perf_counter() - started
    return report


def _ratio(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def table(report: Report, *, by_kind: bool = True) -> str:
    o = report.overall
    out = [
        f"split {report.split}: {report.size} messages ({report.with_secret} with a secret, "
        f"{report.without_secret} without), {report.seconds:.2f} s",
        "",
        "| measure | value | count |",
        "| --- | --- | --- |",
        f"| recall of secrets (hidden) | {_ratio(o.recall)} | {o.hidden} / {o.secrets} |",
        f"| secrets hidden and sealed | {_ratio(o.sealed / o.secrets if o.secrets else None)} | {o.sealed} / {o.secrets} |",
        f"| recall, borderline rows left out | {_ratio(report.clear.recall)} | {report.clear.hidden} / {report.clear.secrets} |",
        f"| messages with every secret hidden | {_ratio(report.all_hidden / report.with_secret if report.with_secret else None)}"
        f" | {report.all_hidden} / {report.with_secret} |",
        f"| secret-free messages changed (false hides) | {_ratio(report.false_hide_rate)}"
        f" | {len(report.false_hides)} / {report.without_secret} ({report.false_hides_clear} not borderline) |",
        f"| messages with a secret that lost other words"
        f" | {_ratio(len(report.over_hides) / report.with_secret if report.with_secret else None)}"
        f" | {len(report.over_hides)} / {report.with_secret} |",
    ]
    if not by_kind:
        return "\n".join(out)
    out += ["", "| kind | recall | hidden / secrets |", "| --- | --- | --- |"]
    out += [f"| {kind} | {_ratio(t.recall)} | {t.hidden} / {t.secrets} |" for kind, t in sorted(report.kinds.items())]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--misses", action="store_true", help="list the dev messages the rule got wrong")
    parser.add_argument("--by-kind", action="store_true",
                        help="with --split test, the table by kind too (for the final measurement only)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if args.misses and args.split != "dev":
        parser.error("--misses lists dev messages only: the test split is never read by whoever tunes the rule")
    report = measure(load(args.corpus, args.split), args.split)
    print(table(report, by_kind=args.split == "dev" or args.by_kind))
    if args.misses:
        for row, left, hidden in report.misses:
            print(f"\n--- miss {row['id']} {row['kind']}{' (borderline)' if row['borderline'] else ''}: left {left}")
            print(hidden)
        for row, what, hidden in report.wrong:
            print(f"\n--- {what} {row['id']} {row['kind']}{' (borderline)' if row['borderline'] else ''}")
            print(row["text"])
            print("=>")
            print(hidden)


if __name__ == "__main__":
    sys.exit(main())
