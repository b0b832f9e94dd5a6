"""A second opinion on the intake rules, learned from the labelled corpus (SPEC 2.8, 2.10).

The rules are phrases and word lists; on messages their authors never saw they miss what
no phrase foresaw (benchmarks/INTAKE.md, round 47: the four newest blind hold-outs, no
question 0.83 recall at the rules' start of that round). This module reads a message as a
bag of features instead, a linear model over them trained by
``benchmarks/train_intake_model.py`` on every file of ``tests/data/intake_eval`` (the files
are named in the model's header), and scores how likely each finding is.

Features: the message's lemmas (pymorphy3) and pairs of neighbouring lemmas, and the
character 3-, 4- and 5-grams of each space-separated word with a space either side (so
mat spelled in parts, stretched or glued into another word still shares most of its
grams). Each feature is hashed (CRC-32) into one of ``2**bits`` buckets; a bucket's value
is (1 + ln count) x its inverse document frequency, each of the two kinds of feature
scaled to unit length, then one weight per bucket for each finding. The model file holds
the idf and the weights as bytes (int8 with one scale per finding): 2.8 MB, mapped rather
than read (a message touches a few hundred of its pages), no numeric library at run time.

How the opinion is used (`review`): the model never closes a request, and has no say on
obscenity (on transliterated Russian and on a demand for money back its obscenity head was
sure of innocent text). It adds a flag where the rules found nothing and it is sure (`SURE`),
and takes back an off-topic flag it finds unlikely (`DOUBTFUL`): on the hold-outs the
rules' off-topic flags were wrong one time in five. It adds no 2.10 clause to a message the
scope rules read as a look-alike of that clause and left in scope (перенести сайт самим).
"""

from __future__ import annotations

import json
import math
import mmap
import re
import zlib
from functools import cache

from deskcli.domain.named import TYPE_CHECKING, NamedTuple
from deskcli.domain.reasons import Reason

if TYPE_CHECKING:
    from typing import Literal

    from deskcli.domain.intake import IntakeResult

MODEL_FILE = "intake_model.bin"
#: How sure the model must be to add a flag the rules did not raise.
SURE = {"no_question": 0.9, "out_of_scope": 0.9, "off_topic": 0.95}
#: The corpus's longest message has 105 words: the model has no say on a longer one, where a
#: question could be a few words among hundreds of others.
LONGEST = 120
#: A message of at most this many words gives the model few features to go on: it must be
#: surer (a terse fault report, "Проблема с сайтом, ошибка в bundle.js", read 0.93 no question).
SHORT = 10
SHORT_SURE = 0.95
#: The share the chosen 2.10 clause must hold among the clause heads for an out-of-scope flag.
CLAUSE_SURE = 0.7
#: Below this the model takes back the rules' off-topic flag, if it finds no question missing
#: (no_question under `ASKS`).
DOUBTFUL = 0.03
ASKS = 0.5
#: The findings with one binary head each, and the prefix of the 2.10 clause heads.
HEADS = tuple(SURE)
CLAUSE = "clause:"
_READ = " (as the learned model reads it)"

_WORD = re.compile(r"\w+")
_GRAMS = (3, 4, 5)


def reading(body: str) -> str:
    """What the model reads of a message: its body as the rules read text (`span.readable`).
    The corpus it learned from has no subjects, so it is never shown one."""
    from deskcli.domain.intake.span import readable

    return readable(f"\n{body}")


def features(text: str, bits: int) -> tuple[dict[int, int], dict[int, int]]:
    """(lemma buckets, character-gram buckets) of `text` (a `reading`) with their counts."""
    from deskcli.domain.intake import morphology

    mask = (1 << bits) - 1
    low = text.lower().replace("ё", "е")
    lemmas = [morphology.lemma(word) for word in _WORD.findall(low)]
    words: dict[int, int] = {}
    for i, lemma in enumerate(lemmas):
        _count(words, lemma, mask)
        if i:
            _count(words, f"{lemmas[i - 1]} {lemma}", mask)
    grams: dict[int, int] = {}
    for word in low.split():
        padded = f" {word} "
        for n in _GRAMS:
            for start in range(len(padded) - n + 1):
                _count(grams, padded[start:start + n], mask)
    return words, grams


def _count(counts: dict[int, int], feature: str, mask: int) -> None:
    bucket = zlib.crc32(feature.encode()) & mask
    counts[bucket] = counts.get(bucket, 0) + 1


class Head(NamedTuple):
    """One finding's weights: ``weights[kind]`` is bytes of int8, one per bucket."""

    weights: tuple[memoryview, memoryview]
    scale: float
    intercept: float


class Model(NamedTuple):
    bits: int
    idf: tuple[memoryview, memoryview]  # uint8: (idf - 1) * IDF_STEPS
    idf_steps: float
    heads: dict[str, Head]
    trained_on: tuple[str, ...]  # the corpus files it learned from (tests/data/intake_eval)

    def scores(self, text: str) -> dict[str, float]:
        """Each head's raw score (before the logistic function) for `text`."""
        dots = dict.fromkeys(self.heads, 0.0)
        for kind, counts in enumerate(features(text, self.bits)):
            idf = self.idf[kind]
            values = {b: (1 + math.log(c)) * (1 + idf[b] / self.idf_steps) for b, c in counts.items()}
            norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
            for name, head in self.heads.items():
                weights = head.weights[kind]
                dots[name] += sum(v * weights[b] for b, v in values.items()) / norm
        return {name: dots[name] * head.scale + head.intercept for name, head in self.heads.items()}


@cache
def model() -> Model:
    """The model shipped in the package's data (``MODEL_FILE``), mapped once per process."""
    from deskcli.domain.intake.wordlists import mapped

    return read_model(mapped(MODEL_FILE))


def read_model(data: bytes | mmap.mmap) -> Model:
    """A model from its file: a JSON header line, then the idf and weight blocks it describes."""
    end = data.find(b"\n")
    header = json.loads(data[:end])
    body = memoryview(data)[end + 1:]
    size = 1 << header["bits"]
    if len(body) != (2 + 2 * len(header["heads"])) * size:
        raise ValueError(f"{MODEL_FILE}: {len(body)} bytes of weights where its header describes "
                         f"{(2 + 2 * len(header['heads'])) * size}: a damaged copy (reinstall deskcli)")

    def block(index: int, fmt: Literal["b", "B"]) -> memoryview:
        return body[index * size:(index + 1) * size].cast(fmt)

    heads = {
        name: Head((block(2 + 2 * i, "b"), block(3 + 2 * i, "b")), head["scale"], head["intercept"])
        for i, (name, head) in enumerate(header["heads"].items())
    }
    return Model(header["bits"], (block(0, "B"), block(1, "B")), header["idf_steps"], heads,
                 tuple(header.get("trained_on", ())))


def probability(score: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def review(text: str, found: IntakeResult, labels: dict[str, str], using: Model | None = None) -> IntakeResult:
    """What the rules `found` in `text`, with the model's opinion (module docstring); `labels`
    each 2.10 clause's label; `using` another model than the package's (a leave-files-out run's)."""
    words = len(_WORD.findall(text))
    if words > LONGEST:
        return found
    from deskcli.domain.intake.answerability import NO_QUESTION, OFF_TOPIC

    flags = list(found.flags)
    codes = {flag.code for flag in flags}
    scores = (using or model()).scores(text)
    short = words <= SHORT

    def sure(code: str) -> bool:
        return probability(scores[code]) >= max(SURE[code], SHORT_SURE if short else 0.0)

    # The rules flag off-topic instead of no question when nothing asked: taken back, it would
    # leave a message that asks nothing unflagged, so only where the model hears a question.
    if "off_topic" in codes and probability(scores["off_topic"]) < DOUBTFUL and probability(scores["no_question"]) < ASKS:
        flags = [flag for flag in flags if flag.code != "off_topic"]
    elif sure("off_topic") and "off_topic" not in codes:
        flags.append(OFF_TOPIC._replace(message=OFF_TOPIC.message + _READ))
    clause, likely = _clause(scores)
    if sure("out_of_scope") and likely >= CLAUSE_SURE and "out_of_scope" not in codes and clause not in found.set_aside:
        flags = [flag for flag in flags if flag.code != "no_question"]
        flags.append(Reason("out_of_scope", labels[clause] + _READ))
    elif sure("no_question") and not codes & {"no_question", "out_of_scope"}:
        flags.append(NO_QUESTION._replace(message=NO_QUESTION.message + _READ))
    return found._replace(flags=tuple(flags))


def _clause(scores: dict[str, float]) -> tuple[str, float]:
    """The 2.10 clause the clause heads choose, and its share of their softmax."""
    clauses = {name.removeprefix(CLAUSE): score for name, score in scores.items() if name.startswith(CLAUSE)}
    top = max(clauses.values())
    best = max(clauses, key=clauses.__getitem__)
    return best, 1 / sum(math.exp(score - top) for score in clauses.values())
