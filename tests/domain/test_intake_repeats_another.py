"""A question the writer says is another one (SPEC 2.8.5, round 38): "теперь вопрос про
другое", "a different question" veto a repeat of the earlier question it resembles.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import is_repeat


@pytest.mark.parametrize(("new", "earlier"), [
    ("Спасибо, с фильтром по цене разобрались. Теперь вопрос про другое: как включить фильтр по цене в мобильной версии?",
     "Как включить фильтр по цене в каталоге?"),
    ("Thanks, that worked. A different question: how do I add a price filter to the mobile catalogue?",
     "How do I add a price filter to the catalogue?"),
])
def test_a_question_the_writer_calls_another_is_no_repeat(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_the_same_question_asked_again_without_that_word_is_still_a_repeat() -> None:
    assert is_repeat("Подскажите ещё раз, как включить фильтр по цене в каталоге?", "Как включить фильтр по цене в каталоге?")
