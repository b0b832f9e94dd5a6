"""Repeats decided by a model learned from the labelled corpus (SPEC 2.8.5).

The rules of `repeats` compare two questions term by term and veto what differs, and they
hold on the pairs their author wrote for them. On pairs written by others they found fewer
than half of the re-asked questions at 7 % false refusals (benchmarks/INTAKE.md, round 50):
a customer who asks again a week later rarely keeps the words (`кто подписался на наши письма`
/ `подписчики рассылки`, `all the buyers' contact details in one spreadsheet` / `export my
customer list`). This module reads a pair the rules' way and more, and a logistic model
trained by ``benchmarks/train_repeat_model.py`` on every file of ``tests/data/intake_eval``
weighs it all:

- what the rules read (`repeats.read_pair`): the likeness, the similarity, their own verdict,
  each veto, and whether the customer says he asks again;
- how much of each question's terms, concepts (repeat_terms.txt groups, kinds), lemmas and
  character grams the other shares, and whose names (products, versions, codes) are its own;
- which concept of one question stands against which of the other (`подписаться` against
  `рассылка`, `spreadsheet` against `export`), each pair hashed (CRC-32) into one of
  ``2**bits`` buckets with one weight, as are the concepts both share.

The model is trained on pairs of the corpus, each re-asked question with the earlier one it
repeats and, as negatives, each other question with its history and every question with five
earlier questions of its file about something else (a desk's history holds those). The signs
of the dense weights are bounded (sharing more never lowers the odds, a veto never raises
them), or the model would learn how the corpus was written: there a different question is
the re-asked one with one name changed, and the same question put again word for word would
read as unlikely.

The model file holds the dense weights in its JSON header line and the buckets' weights as
int8 bytes after it (128 KB), mapped and scored with the standard library. A pair is a repeat
at `REPEAT_SURE`, or when the rules find the two alike at `SAME`. On files the model never saw
(``train_repeat_model.py --cv 8``) that found 0.65 of the re-asked questions, against the
rules' 0.46, and refused 0.035 of the others, against their 0.071.
"""

from __future__ import annotations

import json
import math
import mmap
import re
import zlib
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache

from deskcli.domain.intake import patterns
from deskcli.domain.intake.repeats import VETOES, Reading, read_pair, rules_say_repeat
from deskcli.domain.named import NamedTuple

MODEL_FILE = "repeat_model.bin"
#: How likely a pair must be to count as asked before: a false refusal costs the customer an
#: answer, a missed repeat only an agent's minute, so the bar sits above even odds.
REPEAT_SURE = 0.6
#: The vetoes that decide whatever the model says (see is_repeat).
_DECIDING_VETOES = frozenset(("another", "replaced_kind"))
#: The rules' similarity at which a pair is a repeat whatever the model says: nearly every term
#: of each question met in the other and nothing vetoed (WhatsApp / ватсап, a brand the model
#: reads as a name of one side only; a question put again with a few words more).
SAME = 0.9
#: The most concepts (terms and what they mean) a question may have for the model to weigh it:
#: 99.9 % of the corpus's questions have fewer. A longer one, a pasted log or a letter of many
#: sentences, is unlike anything it learned from (the concepts both share and the pairs set
#: against each other would add up to noise that outweighs the rest), and the rules decide.
LONGEST = 40
#: The dense features, in the order of the model's weights.
DENSE = (
    "likeness", "similarity", "rules", "asked_again", *(f"veto:{v}" for v in VETOES),
    "terms_shared", "terms_of_earlier", "terms_of_new", "concepts_shared", "concepts_of_earlier",
    "lemmas_shared", "grams_cosine", "names_only_new", "names_only_earlier", "names_shared",
    "log_terms_new", "log_terms_earlier", "log_terms_only_new", "log_terms_only_earlier", "one_side_holds_the_other",
)
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"[^.!?…\n]+")


class Model(NamedTuple):
    bits: int
    dense: tuple[float, ...]
    intercept: float
    scale: float
    buckets: memoryview  # int8, one weight per bucket (2 * 2**bits), times `scale`
    trained_on: tuple[str, ...]  # the corpus files it learned from (tests/data/intake_eval)

    def score(self, dense: list[float], buckets: set[int]) -> float:
        """The pair's score before the logistic function."""
        return (sum(w * x for w, x in zip(self.dense, dense, strict=True)) + self.intercept
                + self.scale * sum(self.buckets[b] for b in buckets))


@cache
def model() -> Model:
    """The model shipped in the package's data (``MODEL_FILE``), mapped once per process."""
    from deskcli.domain.intake.wordlists import mapped

    return read_model(mapped(MODEL_FILE))


def read_model(data: bytes | mmap.mmap) -> Model:
    """A model from its file: a JSON header line, then one int8 weight per bucket."""
    end = data.find(b"\n")
    try:
        header = json.loads(data[:end]) if end > 0 else {}
    except ValueError:
        header = {}
    body = memoryview(data)[end + 1:]
    if not header or len(body) != 2 << header["bits"] or list(header["dense"]) != list(DENSE):
        raise ValueError(f"{MODEL_FILE}: the weights do not match what this deskcli reads: a damaged or "
                         "foreign copy (reinstall deskcli)")
    return Model(header["bits"], tuple(header["dense"].values()), header["intercept"], header["scale"],
                 body.cast("b"), tuple(header.get("trained_on", ())))


def features(a: str, b: str, bits: int, rarity: Callable[[str], float] | None = None) -> tuple[list[float], set[int]]:
    """The new question `a` against the earlier `b`: the dense features (`DENSE`) and the buckets
    of the concept pairs that hold."""
    return _features(read_pair(a, b, rarity), a, b, bits)


def _features(reading: Reading, a: str, b: str, bits: int) -> tuple[list[float], set[int]]:
    read_a, read_b = _read(a), _read(b)
    stems_a, stems_b = read_a.stems, read_b.stems
    concepts_a, concepts_b = read_a.concepts, read_b.concepts
    names_a, names_b = read_a.names, read_b.names
    lemmas_a, lemmas_b = read_a.lemmas, read_b.lemmas
    comparison = reading.comparison
    dense = [
        comparison.likeness, comparison.similarity(), float(rules_say_repeat(reading)), float(reading.asked_again),
        *(float(v in comparison.vetoes) for v in VETOES),
        _share(stems_a & stems_b, stems_a | stems_b), _share(stems_a & stems_b, stems_b), _share(stems_a & stems_b, stems_a),
        _share(concepts_a & concepts_b, concepts_a | concepts_b), _share(concepts_a & concepts_b, concepts_b),
        _share(set(lemmas_a) & set(lemmas_b), set(lemmas_a) | set(lemmas_b)), _cosine(_grams(lemmas_a), _grams(lemmas_b)),
        float(bool(names_a - names_b)), float(bool(names_b - names_a)), float(bool(names_a & names_b)),
        math.log1p(len(stems_a)), math.log1p(len(stems_b)),
        math.log1p(len(stems_a - stems_b)), math.log1p(len(stems_b - stems_a)),
        float(not stems_a - stems_b or not stems_b - stems_a),
    ]
    # A concept both share in the first 2**bits buckets, a pair that stands against each other
    # in the next 2**bits.
    mask = (1 << bits) - 1
    buckets = {_bucket(c, mask) for c in concepts_a & concepts_b}
    only_b = concepts_b - concepts_a
    for x in concepts_a - concepts_b:
        for y in only_b:
            buckets.add(mask + 1 + _bucket(f"{x}|{y}" if x < y else f"{y}|{x}", mask))
    return dense, buckets


def repeat_probability(a: str, b: str, rarity: Callable[[str], float] | None = None, using: Model | None = None) -> float:
    """How likely the new question `a` asks what the earlier `b` asked, from 0 to 1. `rarity`
    weighs the rules' terms as `repeats.question_similarity` does; `using` another model than
    the package's (a leave-files-out run's)."""
    weights = using or model()
    return _probability(weights, *features(a, b, weights.bits, rarity))


def _probability(weights: Model, dense: list[float], buckets: set[int]) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, weights.score(dense, buckets)))))


def is_repeat(a: str, b: str, rarity: Callable[[str], float] | None = None, using: Model | None = None) -> bool:
    """Whether the new question `a` asks essentially what the earlier `b` asked (2.8.5): asked
    word for word; the rules meet nearly every term of each question in the other with nothing
    vetoed (`SAME`); for a question longer than the model knows (`LONGEST`), the rules' verdict;
    otherwise the model (`using` another than the package's) finds it `REPEAT_SURE` likely."""
    if _asked_word_for_word(a, b) or _asked_word_for_word(b, a):
        return True
    if _bounds_apart(a, b):
        return False  # до 1000 рублей / от 1000 рублей: one amount, limited from opposite sides
    reading = read_pair(a, b, rarity)
    if _DECIDING_VETOES & set(reading.comparison.vetoes):
        # the writer says himself it is another question (a different question: …); another
        # instance of one kind (февраль / март, неделя / год), which the model's weight for it
        # was left to decide until a retrain on 148 files let it pass
        return False
    if reading.comparison.similarity() >= SAME:
        return True
    if len(_read(a).concepts) > LONGEST or len(_read(b).concepts) > LONGEST:
        return rules_say_repeat(reading)
    weights = using or model()
    return _probability(weights, *_features(reading, a, b, weights.bits)) >= REPEAT_SURE


class _Read(NamedTuple):
    """What the model reads of one question: its terms' stems, their stems and concepts
    (`Term.concepts`), the stems of its names, and its words' lemmas."""

    stems: frozenset[str]
    concepts: frozenset[str]
    names: frozenset[str]
    lemmas: tuple[str, ...]
    asking: int  # terms that are not weak


@lru_cache(maxsize=64)
def _read(text: str) -> _Read:
    """`_Read` of a question, once per text: `desk open` compares one new question with up to
    twenty earlier ones."""
    from deskcli.domain.intake import morphology
    from deskcli.domain.intake.repeat_terms import question_terms
    from deskcli.domain.intake.span import readable
    from deskcli.domain.intake.wordlists import fold

    words = readable(text)
    terms = question_terms(words)
    stems = frozenset(t.stem for t in terms)
    return _Read(stems, stems | {c for t in terms for c in t.concepts}, frozenset(t.stem for t in terms if t.kind == "entity"),
                 tuple(morphology.lemma(word) for word in _WORD.findall(fold(words))), sum(t.kind != "weak" for t in terms))


# A bound and the number it limits: до 1000, от 1000, up to 50, over 50. Words of the upper
# bound, then of the lower.
_BOUND = patterns.compile(r"(?<!\w)(до|меньше|менее|ниже|up to|under|below|less than|от|свыше|больше|более|выше|from|over|above|"
                    r"more than)\s+(\d[\d\s]*\d|\d)(?!\d)", re.IGNORECASE)
_UPPER = frozenset(("до", "меньше", "менее", "ниже", "up to", "under", "below", "less than"))


@lru_cache(maxsize=64)
def _bounds(text: str) -> dict[str, set[bool]]:
    """Each number a question bounds, and from which side (True for an upper bound); once per
    text, as `_read`, since `desk open` compares one new question with up to twenty (read only)."""
    found: dict[str, set[bool]] = {}
    for match in _BOUND.finditer(text):
        found.setdefault(re.sub(r"\s", "", match.group(2)), set()).add(match.group(1).lower() in _UPPER)
    return found


def _bounds_apart(a: str, b: str) -> bool:
    """Whether the two questions bound one number from opposite sides only (заказы до 1000 /
    заказы от 1000 рублей): they ask about two different ranges, whatever else they share."""
    bounds_a, bounds_b = _bounds(a), _bounds(b)
    return any(len(bounds_a[n]) == 1 and len(bounds_b[n]) == 1 and bounds_a[n] != bounds_b[n] for n in bounds_a.keys() & bounds_b.keys())


def _asked_word_for_word(a: str, b: str) -> bool:
    """Whether `b`'s words are `a`'s, or those of whole sentences of `a` in a row when they ask
    something (three terms at least: not a greeting or a thanks): a question sent twice, or
    sent again with a sentence of detail before or after (How do I export my customer list? We
    need it for a mailing next week)."""
    sentences = _sentences(a)
    asked = [word for sentence in _sentences(b) for word in sentence]
    if not asked or asked == [word for sentence in sentences for word in sentence]:
        return bool(asked)
    for start in range(len(sentences)):
        words: list[str] = []
        for sentence in sentences[start:]:
            words += sentence
            if len(words) >= len(asked):
                break
        if words == asked:  # and they ask something: three terms at least
            return _read(b).asking >= 3
    return False


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[str, ...], ...]:
    from deskcli.domain.intake.span import readable
    from deskcli.domain.intake.wordlists import fold

    found = (tuple(_WORD.findall(sentence)) for sentence in _SENTENCE.findall(fold(readable(text))))
    return tuple(sentence for sentence in found if sentence)


def _share(part: AbstractSet[str], whole: AbstractSet[str]) -> float:
    return len(part) / len(whole) if whole else 0.0


def _grams(lemmas: tuple[str, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for lemma in lemmas:
        padded = f" {lemma} "
        for start in range(len(padded) - 3):
            gram = padded[start:start + 4]
            counts[gram] = counts.get(gram, 0) + 1
    return counts


def _cosine(a: dict[str, int], b: dict[str, int]) -> float:
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return sum(v * b.get(k, 0) for k, v in a.items()) / norm if norm else 0.0


def _bucket(feature: str, mask: int) -> int:
    return zlib.crc32(feature.encode()) & mask
