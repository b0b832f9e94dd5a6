"""Train the model that decides repeats (`deskcli.domain.intake.repeat_model`), or measure it
on files it never saw.

    pip install '.[train]'
    python benchmarks/train_repeat_model.py                  # write src/deskcli/data/repeat_model.bin
    python benchmarks/train_repeat_model.py --cv 8           # leave-files-out: rules against the model
    python benchmarks/train_repeat_model.py --test holdout99.jsonl holdout100.jsonl

Training reads every row with a ``history`` in tests/data/intake_eval (``--exclude`` leaves
files out) through the same feature function the desk runs (`repeat_model.features`), so the
file the desk maps scores exactly as the weights fitted here (checked before it is written).

The corpus labels a row, not a pair: a re-asked question names its history, not which of the
earlier questions it repeats. Each re-asked row gives one positive pair, its history question
the rules find likest; its other pairs are left out. Every pair of a row that asks something
else is a negative, and so is every row against `OTHERS` history questions of other rows of
its file: a desk's history holds questions about other things, and a model that never saw
them learns that two long questions sharing little are rewordings of each other.

A row is found when a pair with its own history reaches the bar; a row that asks something
else is wrongly refused when any pair does, with its history or with the others (as `desk
open` flags it). ``--cv K`` splits the files into K groups, trains on the others and scores
each group's rows with the rules alone and the model: every row is scored by a model that
never saw its file, the honest measure of how the model carries to unseen writers. ``--test
F ...`` trains on every other file and scores the named ones the same way.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from scipy.optimize import minimize
from scipy.special import expit

from deskcli.domain.intake import repeat_model
from deskcli.domain.intake.repeats import VETOES, read_pair, rules_say_repeat

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "intake_eval"
OUT = ROOT / "src" / "deskcli" / "data" / repeat_model.MODEL_FILE
BITS = 16
OTHERS = 5
C = 1.0  # inverse regularisation; 1 and 4 measured in leave-files-out runs (INTAKE.md, round 50)


def load(names: list[str] | None = None, exclude: tuple[str, ...] = ()) -> list[dict]:
    """The rows that carry a history, each with its file's name and `OTHERS` history questions of
    the file's other rows (drawn with a seed of the row's id): the earlier questions of a desk
    that ask about something else."""
    rows = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        if path.name in exclude or names is not None and path.name not in names:
            continue
        found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found = [row for row in found if row.get("history")]
        asked = sorted({h for row in found for h in row["history"]})
        for row in found:
            row["file"] = path.name
            elsewhere = [h for h in asked if h not in row["history"]]
            row["others"] = random.Random(row["id"]).sample(elsewhere, min(OTHERS, len(elsewhere)))
            rows.append(row)
    return rows


Pair = tuple[list[float], set[int], float, bool]


def _pair(new: str, earlier: str) -> Pair:
    """(dense features, buckets, the rules' likeness, the rules' verdict)."""
    reading = read_pair(new, earlier)
    dense, buckets = repeat_model._features(reading, new, earlier, BITS)
    return dense, buckets, reading.comparison.likeness, rules_say_repeat(reading)


def _pairs(row: dict) -> tuple[list[Pair], list[Pair]]:
    """The row against each of its history questions, and against each of its `others`."""
    return [_pair(row["text"], h) for h in row["history"]], [_pair(row["text"], h) for h in row["others"]]


def featurise(rows: list[dict]) -> list[tuple[list[Pair], list[Pair]]]:
    with Pool(2) as pool:
        return pool.map(_pairs, rows, chunksize=16)


def _matrix(pairs: list[Pair]) -> csr_matrix:
    dense = csr_matrix(np.array([p[0] for p in pairs], float))
    index = [b for p in pairs for b in sorted(p[1])]
    starts = np.cumsum([0] + [len(p[1]) for p in pairs])
    sparse = csr_matrix((np.ones(len(index)), np.array(index, int), starts), shape=(len(pairs), 2 << BITS))
    return hstack([dense, sparse]).tocsr()


def _training_pairs(rows: list[dict], feats: list) -> tuple[list[Pair], list[bool]]:
    """A re-asked row's likest history pair is positive (its other history pairs are left out);
    every history pair of a row that asks something else, and every pair with `others`, negative."""
    pairs: list[Pair] = []
    labels: list[bool] = []
    for row, (own, others) in zip(rows, feats, strict=True):
        if "already_answered" in row["expected"]:
            pairs.append(max(own, key=lambda p: p[2]))
            labels.append(True)
        else:
            pairs += own
            labels += [False] * len(own)
        pairs += others
        labels += [False] * len(others)
    return pairs, labels


#: The sign each dense feature's weight must keep: sharing more never makes a repeat less
#: likely, and a veto or a name of one side only never makes it more. Without the bounds the
#: model learns how the corpus was written (a different question is the re-asked one with one
#: name changed, a repeat is a rewording) and finds the same question asked word for word
#: unlikely to be a repeat.
_AT_LEAST_ZERO = {"likeness", "similarity", "rules", "asked_again", "terms_shared", "terms_of_earlier", "terms_of_new",
                  "concepts_shared", "concepts_of_earlier", "lemmas_shared", "grams_cosine", "names_shared"}
_AT_LEAST_ZERO |= {"one_side_holds_the_other"}
_AT_MOST_ZERO = {"names_only_new", "names_only_earlier", "log_terms_only_new", "log_terms_only_earlier",
                 *(f"veto:{v}" for v in VETOES)}


def _fit_logistic(x: csr_matrix, y: np.ndarray) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression (inverse strength `C`, intercept free) with the dense
    weights' signs bounded as `_AT_LEAST_ZERO` and `_AT_MOST_ZERO` say."""
    signs = 2 * y - 1
    columns = x.shape[1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = signs * (x @ w[:-1] + w[-1])
        value = np.logaddexp(0, -z).sum() + 0.5 / C * w[:-1] @ w[:-1]
        g = -signs * expit(-z)
        return value, np.concatenate([x.T @ g + w[:-1] / C, [g.sum()]])

    bounds = [(0, None) if name in _AT_LEAST_ZERO else (None, 0) if name in _AT_MOST_ZERO else (None, None)
              for name in repeat_model.DENSE] + [(0, None)] * (1 << BITS) + [(None, None)] * ((1 << BITS) + 1)
    found = minimize(loss, np.zeros(columns + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                     options={"maxiter": 5000})
    return found.x[:-1], float(found.x[-1])


def fit(rows: list[dict], feats: list[list]) -> bytes:
    """The model file's bytes for `rows` and their pairs' features."""
    pairs, labels = _training_pairs(rows, feats)
    coef, intercept = _fit_logistic(_matrix(pairs), np.array(labels, float))
    n = len(repeat_model.DENSE)
    scale = float(np.abs(coef[n:]).max()) / 127 or 1.0
    header = {
        "bits": BITS,
        "dense": dict(zip(repeat_model.DENSE, map(float, coef[:n]), strict=True)),
        "intercept": intercept,
        "scale": scale,
        "trained_on": sorted({row["file"] for row in rows}),
        "pairs": len(pairs),
    }
    data = json.dumps(header, ensure_ascii=False).encode() + b"\n" + np.round(coef[n:] / scale).astype(np.int8).tobytes()
    # The desk's own reading of the file scores as the quantized weights do here.
    check = repeat_model.read_model(data)
    quantized = np.concatenate([coef[:n], np.round(coef[n:] / scale) * scale])
    x = _matrix(pairs)
    for i in range(0, len(pairs), max(1, len(pairs) // 50)):
        here = float((x[i] @ quantized)[0]) + header["intercept"]
        desk = check.score(pairs[i][0], pairs[i][1])
        assert abs(desk - here) < 1e-6, (i, desk, here)
    return data


def _probabilities(model: repeat_model.Model, feats: list) -> list[tuple[float, float]]:
    """Each row's likeliest pair with its own history, and with its `others`."""
    def likeliest(pairs: list[Pair]) -> float:
        return max((repeat_model._probability(model, p[0], p[1]) for p in pairs), default=0.0)

    return [(likeliest(own), likeliest(others)) for own, others in feats]


def _report(name: str, rows: list[dict], own: list[bool], others: list[bool]) -> None:
    asked = ["already_answered" in row["expected"] for row in rows]
    found = sum(a and s for a, s in zip(asked, own, strict=True))
    wrong = sum((s or o) and not a for a, s, o in zip(asked, own, others, strict=True))
    cited = sum(o and a for a, o in zip(asked, others, strict=True))
    repeats, different = sum(asked), len(asked) - sum(asked)
    print(f"  {name:<24} recall {found / max(1, repeats):.3f} ({found} of {repeats})   "
          f"false refusals {wrong / max(1, different):.3f} ({wrong} of {different})   "
          f"a re-asked row matched to an unrelated question {cited}")


_FOLD_MODELS: list[bytes] = []


def _decided(task: tuple[int, dict]) -> tuple[bool, bool]:
    """`repeat_model.is_repeat` with the row's model (an index into `_FOLD_MODELS`, which the
    forked workers inherit): the row against its history, and against its `others`."""
    which, row = task
    model = _model_of(_FOLD_MODELS[which])
    return (any(repeat_model.is_repeat(row["text"], h, using=model) for h in row["history"]),
            any(repeat_model.is_repeat(row["text"], h, using=model) for h in row["others"]))


_MODELS: dict[bytes, repeat_model.Model] = {}


def _model_of(data: bytes) -> repeat_model.Model:
    if data not in _MODELS:
        _MODELS[data] = repeat_model.read_model(data)
    return _MODELS[data]


def decide(rows: list[dict], models: list[bytes]) -> list[tuple[bool, bool]]:
    """What the desk decides on each row (`is_repeat`), with the model named for each row."""
    _FOLD_MODELS[:] = list(dict.fromkeys(models))
    position = {data: i for i, data in enumerate(_FOLD_MODELS)}
    which = [position[data] for data in models]
    with Pool(2) as pool:
        return pool.map(_decided, list(zip(which, rows, strict=True)), chunksize=16)


_SIMILARITY = repeat_model.DENSE.index("similarity")


def measure(rows: list[dict], feats: list, likely: list[tuple[float, float]], decided: list[tuple[bool, bool]]) -> None:
    """Recall over the rows' own histories; false refusals over their histories and `others`:
    the rules alone, the desk's decision (`is_repeat`), and the model at other bars."""
    _report("rules", rows, [any(p[3] for p in own) for own, _ in feats], [any(p[3] for p in o) for _, o in feats])
    _report(f"is_repeat (bar {repeat_model.REPEAT_SURE})", rows, [d[0] for d in decided], [d[1] for d in decided])
    for sure in sorted({0.5, 0.6, 0.7, repeat_model.REPEAT_SURE, 0.8, 0.9}):
        def said(pairs: list[Pair], chance: float, sure: float = sure) -> bool:
            return chance >= sure or any(p[0][_SIMILARITY] >= repeat_model.SAME for p in pairs)

        _report(f"model >= {sure} or same", rows, [said(own, s) for (own, _), (s, _) in zip(feats, likely, strict=True)],
                [said(o, s) for (_, o), (_, s) in zip(feats, likely, strict=True)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", type=int, metavar="K", help="leave-files-out runs over K groups of files")
    parser.add_argument("--test", nargs="+", metavar="FILE", help="train on the other files, score these")
    parser.add_argument("--exclude", nargs="+", default=(), metavar="FILE", help="files to leave out of training")
    args = parser.parse_args(argv)
    rows = load(exclude=tuple(args.exclude) + tuple(args.test or ()))
    feats = featurise(rows)
    if args.test:
        tested = load(names=args.test)
        data = fit(rows, feats)
        model = repeat_model.read_model(data)
        print(f"trained on {len(model.trained_on)} files, scored {', '.join(args.test)}:")
        tested_feats = featurise(tested)
        measure(tested, tested_feats, _probabilities(model, tested_feats), decide(tested, [data] * len(tested)))
        return 0
    if args.cv:
        files = sorted({row["file"] for row in rows})
        random.Random(3).shuffle(files)
        group = {name: i % args.cv for i, name in enumerate(files)}
        likely = [(0.0, 0.0)] * len(rows)
        models = [b""] * len(rows)
        for k in range(args.cv):
            inside = [i for i, row in enumerate(rows) if group[row["file"]] != k]
            data = fit([rows[i] for i in inside], [feats[i] for i in inside])
            model = repeat_model.read_model(data)
            outside = [i for i, row in enumerate(rows) if group[row["file"]] == k]
            for i in outside:
                models[i] = data
            for i, chances in zip(outside, _probabilities(model, [feats[i] for i in outside]), strict=True):
                likely[i] = chances
        print(f"leave-files-out over {args.cv} groups of {len(files)} files, {len(rows)} rows with a history:")
        measure(rows, feats, likely, decide(rows, models))
        return 0
    OUT.write_bytes(fit(rows, feats))
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes) from {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
