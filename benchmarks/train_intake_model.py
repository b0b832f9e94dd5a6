"""Train the intake rules' learned second opinion (`deskcli.domain.intake.learned`), or
measure it on files it never saw.

    pip install '.[train]'
    python benchmarks/train_intake_model.py                  # write src/deskcli/data/intake_model.bin
    python benchmarks/train_intake_model.py --cv 8           # leave-files-out: rules, model, both
    python benchmarks/train_intake_model.py --test holdout79.jsonl holdout80.jsonl

Training reads every labelled file of tests/data/intake_eval (``--exclude`` leaves some out)
through the same feature function the desk runs (`learned.features`), so the model the
desk loads scores exactly as it was trained (checked before the file is written).
scikit-learn fits the logistic regressions; the desk itself needs no numeric library.

``--cv K`` splits the files into K groups, trains on the others and scores each group's
messages with the rules alone, the model alone and the two together (`learned.review`):
every message is scored by a model that never saw its file, the honest measure of how the
model carries to unseen writers. The rules were written with every file open, so their
column on these files is their training score, not a fair one (benchmarks/INTAKE.md).
``--test F ...`` trains on every other file and scores the named ones the same way.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression

from deskcli.domain import intake
from deskcli.domain.intake import learned
from deskcli.domain.intake.scope import clause_labels

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "intake_eval"
OUT = ROOT / "src" / "deskcli" / "data" / learned.MODEL_FILE
BITS = 17
IDF_STEPS = 20.0  # idf stored as (idf - 1) * 20 in a byte: steps of 0.05, up to 13.7
C = 4.0  # inverse regularisation; 1, 4 and 16 measured in leave-files-out runs (INTAKE.md)
CODES = learned.HEADS
ORDINARY = ("ordinary", "short_question", "relevant_context")


def load(names: list[str] | None = None, exclude: tuple[str, ...] = ()) -> list[dict]:
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        if path.name in exclude or names is not None and path.name not in names:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                row["file"] = path.name
                row["text"] = learned.reading(row["text"])  # as check_intake shows it the model
                rows.append(row)
    return rows


def _features(text: str) -> tuple[dict[int, int], dict[int, int]]:
    return learned.features(text, BITS)


def _rules(text: str) -> intake.IntakeResult:
    return intake.rule_findings(text)


def _matrix(counts: list[dict[int, int]], idf: np.ndarray) -> csr_matrix:
    """Rows of (1 + ln count) x idf scaled to unit length, as `learned.Model.scores` reads them."""
    data, index, starts = [], [], [0]
    for row in counts:
        index.extend(row)
        data.extend(row.values())
        starts.append(len(index))
    m = csr_matrix((np.array(data, float), np.array(index, int), np.array(starts)), shape=(len(counts), 1 << BITS))
    m.data = (1 + np.log(m.data)) * idf[m.indices]
    norms = np.sqrt(np.asarray(m.multiply(m).sum(1)).ravel())
    norms[norms == 0] = 1
    return csr_matrix(m.multiply(1 / norms[:, None]))


def _idf(counts: list[dict[int, int]]) -> np.ndarray:
    """Smoothed idf, rounded to the byte the model file stores."""
    df = np.zeros(1 << BITS)
    for row in counts:
        df[list(row)] += 1
    steps = np.clip(np.round((np.log((1 + len(counts)) / (1 + df))) * IDF_STEPS), 0, 255)
    return steps


def fit(rows: list[dict], feats: list[tuple[dict[int, int], dict[int, int]]]) -> tuple[bytes, dict]:
    """The model file's bytes for `rows` and their features, and its header."""
    idf_steps = [_idf([f[kind] for f in feats]) for kind in (0, 1)]
    x = hstack([_matrix([f[kind] for f in feats], 1 + idf_steps[kind] / IDF_STEPS) for kind in (0, 1)]).tocsr()
    heads: dict[str, tuple[np.ndarray, float]] = {}
    for code in CODES:
        y = np.array([code in row["expected"] for row in rows])
        model = LogisticRegression(C=C, max_iter=3000).fit(x, y)
        heads[code] = (model.coef_.ravel(), float(model.intercept_[0]))
    scoped = [i for i, row in enumerate(rows) if row.get("clause")]
    clauses = sorted({rows[i]["clause"] for i in scoped})
    model = LogisticRegression(C=C, max_iter=3000).fit(x[scoped], [rows[i]["clause"] for i in scoped])
    for k, clause in enumerate(model.classes_):
        heads[learned.CLAUSE + clause] = (model.coef_[k], float(model.intercept_[k]))
    assert list(model.classes_) == clauses
    header: dict = {"bits": BITS, "idf_steps": IDF_STEPS, "heads": {}}
    blocks = [idf_steps[0].astype(np.uint8).tobytes(), idf_steps[1].astype(np.uint8).tobytes()]
    size = 1 << BITS
    for name, (coef, intercept) in heads.items():
        scale = float(np.abs(coef).max()) / 127 or 1.0
        q = np.round(coef / scale).astype(np.int8)
        blocks += [q[:size].tobytes(), q[size:].tobytes()]
        header["heads"][name] = {"scale": scale, "intercept": intercept}
    header["trained_on"] = sorted({row["file"] for row in rows})
    header["messages"] = len(rows)
    data = json.dumps(header, ensure_ascii=False).encode() + b"\n" + b"".join(blocks)
    # The desk's own reading of the file scores as the quantized weights do here.
    check = learned.read_model(data)
    for i in range(0, len(rows), max(1, len(rows) // 50)):
        desk = check.scores(rows[i]["text"])
        for name, (coef, intercept) in heads.items():
            scale = header["heads"][name]["scale"]
            here = float((x[i] @ (np.round(coef / scale) * scale))[0]) + intercept
            assert abs(desk[name] - here) < 1e-6, (name, desk[name], here)
    return data, header


def _score(rows: list[dict], model: learned.Model, rules: list[intake.IntakeResult]) -> dict[str, list[set[str]]]:
    labels = clause_labels()
    out: dict[str, list[set[str]]] = {"rules": [], "model": [], "both": []}
    for row, found in zip(rows, rules, strict=True):
        scores = model.scores(row["text"])
        out["rules"].append({r.code for r in (*found.refusals, *found.flags)})
        out["model"].append({c for c in CODES if learned.probability(scores[c]) >= learned.SURE[c]})
        both = learned.review(row["text"], found, labels, model)
        out["both"].append({r.code for r in (*both.refusals, *both.flags)})
    return out


def report(rows: list[dict], predicted: dict[str, list[set[str]]]) -> None:
    print("| rule | rules P / R | model P / R | both P / R |")
    print("| --- | --- | --- | --- |")
    for code in CODES:
        cells = []
        for way in ("rules", "model", "both"):
            tp = sum(code in p and code in r["expected"] for p, r in zip(predicted[way], rows, strict=True))
            fp = sum(code in p and code not in r["expected"] for p, r in zip(predicted[way], rows, strict=True))
            fn = sum(code not in p and code in r["expected"] for p, r in zip(predicted[way], rows, strict=True))
            cells.append(f"{tp / max(tp + fp, 1):.3f} / {tp / max(tp + fn, 1):.3f}")
        print(f"| {code} | " + " | ".join(cells) + " |")
    for way in ("rules", "model", "both"):
        ordinary = sum("off_topic" in p and r["kind"] in ORDINARY for p, r in zip(predicted[way], rows, strict=True))
        print(f"{way}: off_topic on ordinary questions {ordinary}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", type=int, metavar="K", help="leave-files-out in K groups; writes nothing")
    parser.add_argument("--test", nargs="+", metavar="FILE", help="train on the other files, score these")
    parser.add_argument("--exclude", nargs="*", default=[], metavar="FILE", help="files to train on not at all")
    args = parser.parse_args()
    started = time.perf_counter()
    rows = load(exclude=tuple(args.exclude))
    with Pool(2) as pool:
        feats = pool.map(_features, [r["text"] for r in rows], chunksize=200)
        rules = pool.map(_rules, [r["text"] for r in rows], chunksize=200) if args.cv or args.test else []
    print(f"{len(rows)} messages from {len({r['file'] for r in rows})} files; features {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    if args.cv or args.test:
        files = sorted({r["file"] for r in rows})
        groups = [set(args.test)] if args.test else [set(files[k::args.cv]) for k in range(args.cv)]
        predicted: dict[str, list[set[str]]] = {"rules": [], "model": [], "both": []}
        order: list[int] = []
        for group in groups:
            train = [i for i, r in enumerate(rows) if r["file"] not in group]
            test = [i for i, r in enumerate(rows) if r["file"] in group]
            data, _ = fit([rows[i] for i in train], [feats[i] for i in train])
            scored = _score([rows[i] for i in test], learned.read_model(data), [rules[i] for i in test])
            for way in predicted:
                predicted[way] += scored[way]
            order += test
        report([rows[i] for i in order], predicted)
        print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        return
    data, header = fit(rows, feats)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"trained at {commit} on {header['messages']} messages of {len(header['trained_on'])} files; "
          f"{len(data) / 1024:.0f} KiB; {time.perf_counter() - started:.0f} s")
    OUT.write_bytes(data)


if __name__ == "__main__":
    main()
