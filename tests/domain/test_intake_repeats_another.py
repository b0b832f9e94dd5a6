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


# Round 40: "не X, а Y" sets X aside unless it only narrows (не все, а только); a thing the
# writer says he did himself (сделали, защитили) is settled, not asked again.
@pytest.mark.parametrize(("new", "earlier"), [
    ("Как выгрузить в Excel список подписчиков за месяц — не заказы, а именно подписчиков?",
     "Как выгрузить список заказов за месяц в Excel?"),
    ("Где поменять адрес отправителя — не писем о заказах, а рассылки новостей?",
     "Как поменять адрес отправителя в письмах о заказах?"),
    ("Форму заказа звонка защитили. А форма отзывов тоже под спамом — как защитить её?",
     "Как защитить форму заказа звонка от спама?"),
])
def test_a_thing_set_aside_or_done_makes_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_not_all_but_only_some_still_asks_the_same() -> None:
    assert is_repeat("Как выгрузить в Excel не все заказы, а только заказы за выбранный период?",
                     "Как выгрузить заказы за выбранный период в Excel?")
