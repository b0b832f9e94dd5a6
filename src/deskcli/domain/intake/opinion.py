"""The writer's opinion (SPEC 2.8.4): of the world, a digression; of his own case, not.

"По-моему, все нейросети — просто мода" and "in my opinion, nobody reads newsletters
anymore" leave the question however much of the trade they name, like a sentence the
writer marks with "кстати". "Мне кажется, проблема в кодировке", "по-моему, это
началось после обновления" and "I think the search should ignore case" are the question's
own case: a fault, something pointed back to, or what the product should do.
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.cues import cues

# Words by which an opinion speaks of the writer's own case: a pointer back to what the
# message said (это, такого, it), what the product should do (должен, надо, should), a
# negation (не так, not), the fault itself (проблема, problem), whether it was done right
# (правильно, correctly). Lemmas, and English as written.
_OF_THE_CASE = frozenset((
    "это", "такой", "так", "он", "она", "оно", "они", "там", "здесь", "тут",
    "должный", "надо", "нужно", "нужный", "следовать", "стоить", "не", "нет", "проблема", "причина", "ошибка", "баг",
    "правильно", "неправильно", "верно", "неверно",
    "it", "this", "that", "these", "those", "they", "there", "here", "should", "must", "need", "needs", "ought",
    "not", "no", "problem", "issue", "cause", "reason", "error", "bug",
    "correctly", "right", "wrong", "properly",
))


def of_the_world(words: Sequence[str]) -> bool:
    """Whether a sentence gives the writer's opinion ([opinion] of intake_cues.txt) and says
    nothing of his own case in it: no fault, no pointer back, no "should"."""
    opinion = cues("opinion")
    if not opinion.found(words):
        return False
    said = opinion.without(words)
    return not cues("problem").found(said) and not any(
        w in _OF_THE_CASE or morphology.lemma(w) in _OF_THE_CASE for w in said
    )
