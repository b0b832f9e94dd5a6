"""Round 25 of issue 13: false alarms at their causes (a surname after a person's role, a
foreign name spelled in Latin in the brackets that explain it, a shop heading its own
letterhead, the site's content named again, payments and buyers as the shop's business) and
an ordinal of the earlier question that the new one says in other words. Every example is
written for this round, not taken from any corpus."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import is_repeat


def test_an_ordinal_of_the_earlier_question_said_in_other_words_is_a_repeat() -> None:
    assert is_repeat("Как на сайте сделать английскую версию рядом с основной?", "Как добавить второй язык на сайт?")


@pytest.mark.parametrize(
    "new",
    [
        "Как удалить второй язык с сайта?",
        "Как добавить третий язык на сайт?",
        "Как добавить второй склад в магазин?",
    ],
)
def test_an_ordinal_still_tells_other_questions_apart(new: str) -> None:
    assert not is_repeat(new, "Как добавить второй язык на сайт?")
