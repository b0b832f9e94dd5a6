"""Repeats (SPEC 2.8.5): what the asked-for action is done to.

"Как выгрузить в Excel список покупателей?" after "Как выгрузить заказы в Excel?" keeps the
action and the place and changes what is exported: another question. The replaced-slot veto
of `repeats` compares the words between the shared ones, so a changed word order (в Excel
before or after the thing) hides the change from it. Grammar does not depend on the order:
the direct object of a Russian verb is the noun in the accusative after it with no
preposition before it, with the nouns in the genitive that complete it (список покупателей,
водяной знак товара). When both questions do one action to objects none of whose words the
other question has, they ask about different things.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.repeat_terms import Term
from deskcli.domain.intake.wordlists import fold

_WORD = patterns.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# How far after its verb an object may stand: an adverb, a preposition's phrase or an
# adjective may come between (выгрузить в Excel список; массово повысить оптовые цены).
_REACH = 5


def _best(word: str) -> morphology.Parse | None:
    found = morphology.parses(word)
    return found[0] if found else None


def _verb(word: str) -> bool:
    best = _best(word)
    return best is not None and (best.has("INFN") or best.has("VERB") and best.has("impr"))


@lru_cache(maxsize=1024)
def action_objects(text: str) -> frozenset[str]:
    """The folded words of the direct objects of a question's verbs (infinitives and
    imperatives: выгрузить, настройте), with the genitive nouns that complete them."""
    matches = list(_WORD.finditer(text))
    words = [fold(m.group()) for m in matches]

    def joined(at: int) -> bool:  # no punctuation between this word and the one before
        return not text[matches[at - 1].end() : matches[at].start()].strip()

    found: set[str] = set()
    for at, word in enumerate(words):
        if not CYRILLIC.search(word) or not _verb(word):
            continue
        step = at + 1
        while step < min(len(words), at + 1 + _REACH) and joined(step):
            best = _best(words[step])
            if best is None or best.has("VERB") or best.has("INFN") or best.has("CONJ"):
                break
            if best.has("PREP"):
                step += 2  # the preposition and the word it governs (в Excel, на сайте)
                continue
            if not best.has("NOUN"):
                step += 1  # an adverb or an adjective before the noun (массово, оптовые)
                continue
            if not any(p.has("NOUN", "accs") for p in morphology.parses(words[step])):
                break
            found.add(words[step])
            # the genitives that complete it: список покупателей, цены товаров
            step += 1
            while step < len(words) and joined(step) and any(
                p.has("NOUN", "gent") for p in morphology.parses(words[step])[:1]
            ):
                found.add(words[step])
                step += 1
            break
    return frozenset(found)


def objects_replaced(
    a: str, b: str, terms_a: Sequence[Term], terms_b: Sequence[Term],
    anchors: Sequence[tuple[int, int]], used_a: set[int], used_b: set[int],
) -> bool:
    """Whether the new question `a` and the earlier `b` do a shared action to different
    things: an action of each is paired with the other's, each has a direct object, and no
    word of either object is paired with anything in the other question."""
    if not any(terms_a[i].kind == terms_b[j].kind == "action" for i, j in anchors):
        return False
    objects_a, objects_b = action_objects(a), action_objects(b)
    in_a = {i for i, t in enumerate(terms_a) if t.word in objects_a and t.kind == "noun"}
    in_b = {j for j, t in enumerate(terms_b) if t.word in objects_b and t.kind == "noun"}
    return bool(in_a and in_b and not in_a & used_a and not in_b & used_b)
