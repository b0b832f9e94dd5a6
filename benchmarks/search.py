"""Full-text search at scale: build a desk of N requests with varied Russian text, index it,
and time two-word searches (in process and as ``desk search`` commands).

    python benchmarks/search.py /tmp/search1m.db --requests 1000000   # builds once, then reuses
    python benchmarks/search.py /tmp/search1m.db --queries 200

The text is drawn word by word, with Zipf's law, from the vocabulary of the policy page
and deskcli's own intake word lists (never the obscenity or insult lists), so a few words
occur in most requests and most words in few, as in real mail. A "typical" query is two
distinct content words of one random request's first message: common words come up as
often as people use them. The worst case is the two most common stems of the desk.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "seed" / "000_8ca3e1fda4220889.txt", *(
    ROOT / "src" / "deskcli" / "data" / name
    for name in ("intake_cues.txt", "innocent_words.txt", "scope_rules.json"))]
NOW = "2026-11-25T12:00:00+03:00"
LICENSES = 1000


def vocabulary() -> list[str]:
    words: set[str] = set()
    for path in SOURCES:
        if path.exists():
            words.update(w.lower() for w in re.findall(r"[а-яёА-ЯЁ]{3,}", path.read_text(encoding="utf-8")))
    ordered = sorted(words)
    random.Random(20261125).shuffle(ordered)
    return ordered


def records(requests: int, words: list[str]):
    from deskcli.domain.pins import hash_pin

    rng = random.Random(17)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))

    def text(count: int) -> str:
        return " ".join(rng.choices(words, cum_weights=weights, k=count))

    pin_hash = hash_pin("1234")
    for n in range(LICENSES):
        yield {"kind": "license", "number": f"HC-{n:06d}", "pin_hash": pin_hash, "edition": "Бизнес",
               "price": "24900.00", "purchased": "2026-01-10", "customer": f"Клиент {n}"}
    start = 1_768_197_600  # 2026-01-12 09:00 Moscow
    message_id = 0
    for i in range(1, requests + 1):
        created = start + (i * 7 * 60) % (320 * 86400)
        at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(created))
        status = "open" if i > requests * 0.9 else ("rejected" if i % 50 == 0 else "resolved")
        yield {"kind": "request", "id": i, "license": f"HC-{i % LICENSES:06d}", "customer": f"Клиент {i % LICENSES}",
               "edition": "Бизнес", "version": "7.1.2", "category": "usage", "subject": text(rng.randint(3, 8)),
               "site_url": "https://shop.example.ru/", "status": status, "line": 1, "created_at": at,
               "queued_at": at, "due_at": at if status == "open" else None}
        for kind in ("customer", "agent")[: rng.randint(1, 2)]:
            message_id += 1
            yield {"kind": "message", "id": message_id, "request_id": i, "author": kind, "message_kind": kind,
                   "body": text(rng.randint(15, 60)), "at": at}


def build(path: Path, requests: int) -> dict[str, float]:
    from zoneinfo import ZoneInfo

    from deskcli.store import fulltext
    from deskcli.store.repository import Repository
    from deskcli.store.transfer import load

    words = vocabulary()
    repo = Repository(path)
    started = time.perf_counter()
    load(repo, enumerate(records(requests, words), start=1), ZoneInfo("Europe/Moscow"))
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    while True:
        with repo.transaction():
            if not fulltext.catch_up(repo, limit=50_000):
                break
    indexed = time.perf_counter() - started
    repo.close()
    return {"load_s": loaded, "index_s": indexed, "index_rate": requests / indexed}


def typical_queries(path: Path, count: int) -> list[str]:
    import sqlite3

    from deskcli.domain import snippets

    conn = sqlite3.connect(path)
    top = conn.execute("SELECT max(id) FROM requests").fetchone()[0]
    rng = random.Random(42)
    queries = []
    while len(queries) < count:
        row = conn.execute("SELECT body FROM messages WHERE request_id = ? ORDER BY id LIMIT 1",
                           (rng.randint(1, top),)).fetchone()
        words = [w for w in dict.fromkeys(row[0].split()) if snippets.word_stem(snippets.fold(w))]
        if len(words) >= 2:
            queries.append(" ".join(rng.sample(words, 2)))
    conn.close()
    return queries


def commonest(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, request_text, row)")
    terms = [r[0] for r in conn.execute("SELECT term FROM temp.vocab WHERE term NOT LIKE 'l%' "
                                        "AND term NOT LIKE 's%' ORDER BY doc DESC LIMIT 2")]
    conn.close()
    return " ".join(terms)


def in_process(path: Path, queries: list[str], **filters) -> list[float]:
    import datetime as dt

    from deskcli import settings
    from deskcli.services.context import Context
    from deskcli.services.search import search

    now = dt.datetime.fromisoformat(NOW)
    ctx = Context(db_path=path, settings=settings.build(path.with_suffix(".toml"), {}), now=now, writes=False)
    search(ctx, queries[0], **filters)  # warm the caches, as a second command on the same desk would
    times = []
    for query in queries:
        started = time.perf_counter()
        search(ctx, query, **filters)
        times.append(time.perf_counter() - started)
    ctx.close()
    return times


def command(path: Path, query: str, runs: int, *extra: str, show: bool = False) -> float:
    env = {**os.environ, "DESK_NOW": NOW, "DESK_CONFIG": str(path.with_suffix(".toml"))}
    argv = ["desk", "--db", str(path), *(["show", "500000"] if show else ["search", query, "--json", *extra])]
    times = []
    for _ in range(runs + 2):
        started = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times[2:])


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[int(len(ordered) * 0.9) - 1]
    return (f"median {statistics.median(ordered) * 1000:.1f} ms, p90 {p90 * 1000:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--commands", type=int, default=20, help="typical queries timed as whole desk commands")
    args = parser.parse_args()
    results: dict[str, object] = {}
    if not args.path.exists():
        results["build"] = build(args.path, args.requests)
        results["size_mb"] = round(sum(p.stat().st_size for p in args.path.parent.glob(args.path.name + "*")) / 1e6)
    queries = typical_queries(args.path, args.queries)
    worst = commonest(args.path)
    results["in process, typical two-word queries"] = summary(in_process(args.path, queries))
    results["in process, typical, --status open"] = summary(in_process(args.path, queries, statuses=("open",)))
    results["in process, typical, --license HC-000007"] = summary(in_process(args.path, queries, license="HC-000007"))
    results["in process, typical, --since 2026-11-01"] = summary(in_process(args.path, queries, since="2026-11-01"))
    results[f"in process, commonest stems {worst!r}"] = summary(in_process(args.path, [worst] * 5))
    # A reference measured in the same run: BENCHMARKS.md has desk show at 1M requests.
    results["desk show 500000 (reference)"] = f"{command(args.path, '', args.runs, show=True) * 1000:.0f} ms"
    results[f"desk search {queries[0]!r} --json"] = f"{command(args.path, queries[0], args.runs) * 1000:.0f} ms"
    # The command as an agent types it, over many queries: each run is a whole process (start-up included).
    results[f"desk search QUERY --json, {args.commands} typical queries, one run each"] = summary(
        [command(args.path, query, 1) for query in queries[: args.commands]])
    results[f"desk search {worst!r} --json"] = f"{command(args.path, worst, args.runs) * 1000:.0f} ms"
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    sys.exit(main())
