"""A customer's message in a request's thread is read with the thread before it (SPEC 2.7,
2.8.2): "what else?" after an answer asks something support can answer; alone, it does not."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


@pytest.mark.parametrize("text", ["Не помогло. Что ещё?", "Что ещё?", "А дальше?", "Сделал. Как быть?"])
def test_what_comes_next_asks_in_a_thread_and_not_alone(text) -> None:
    assert check_intake("", text, follow_up=True).codes == []
    assert check_intake("", text).codes == ["no_question"]


@pytest.mark.parametrize("text", ["It didn't work. What now?", "Anything else I can try?"])
def test_what_comes_next_in_english_too(text) -> None:
    assert check_intake("", text, follow_up=True).codes == []


@pytest.mark.parametrize("text", ["Как дела?", "Не помогло", "ok?", "Ну вот."])
def test_small_talk_and_statements_still_ask_nothing_in_a_thread(text) -> None:
    assert check_intake("", text, follow_up=True).codes == ["no_question"]


def test_the_thread_changes_nothing_else() -> None:
    rude = "Вы идиоты. Что ещё?"
    assert check_intake("", rude, follow_up=True).refusals == check_intake("", rude).refusals != ()
