"""The seventeenth round (issue 13): repeat detection says which veto keeps two questions
apart (`compare_questions`), so that other ways of combining likeness and vetoes can be
measured (benchmarks/repeat_curve.py). The decision itself did not change: see
benchmarks/INTAKE.md, round 17, for the graded variants measured and not shipped.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake import REPEAT_THRESHOLD, compare_questions, is_repeat, question_similarity
from deskcli.domain.intake.repeats import VETOES


@pytest.mark.parametrize(
    ("new", "earlier", "veto"),
    [
        ("Как выгрузить заказы в Excel?", "Как загрузить товары из Excel?", "action"),
        ("Как выгрузить заказы в Excel?", "Как загрузить товары из Excel?", "opposite"),
        ("Как настроить SMTP для Gmail?", "Как настроить SMTP для Яндекса?", "replaced_name"),
        ("Как включить поиск на сайте?", "Как включить поиск в центре администрирования?", "replaced_place"),
        ("Как сделать цены в евро?", "Как сделать цены в долларах?", "replaced_kind"),
        ("Как включить комментарии в блоге?", "Как включить комментарии в каталоге?", "replaced_thing"),
        ("Как настроить SMTP через Mail.ru?", "Как настроить SMTP?", "new_entity"),
    ],
)
def test_the_veto_that_keeps_two_questions_apart_is_named(new: str, earlier: str, veto: str) -> None:
    compared = compare_questions(new, earlier)
    assert veto in compared.vetoes
    assert set(compared.vetoes) <= set(VETOES)
    assert not is_repeat(new, earlier)


def test_a_rewording_has_no_veto() -> None:
    compared = compare_questions("Где почистить кэш на сайте?", "Как очистить кеш сайта?")
    assert compared.vetoes == ()
    assert compared.likeness >= REPEAT_THRESHOLD


_ACTIONS = ("добавить", "удалить", "очистить", "настроить", "выгрузить", "загрузить", "скрыть", "перенести")
_THINGS = ("товар", "раздел", "кеш", "шаблон письма", "скидку", "доставку", "валюту", "логотип", "форму заказа")
_PLACES = ("", " на сайте", " в центре администрирования", " в каталоге", " в корзине")
_QUESTION = st.builds(
    lambda action, thing, place, mark: f"Как {action} {thing}{place}{mark}",
    st.sampled_from(_ACTIONS), st.sampled_from(_THINGS), st.sampled_from(_PLACES), st.sampled_from(("?", "", "??")),
)
# Made-up brand names: no word list, dictionary or question here holds them.
_BRANDS = st.sampled_from(("Zentrobank", "Kvorix", "Plumbrio", "Daxxel", "Varnuto", "Quillomat"))


@given(_QUESTION, _QUESTION)
def test_the_similarity_is_the_likeness_halved_by_each_veto(new: str, earlier: str) -> None:
    likeness, vetoes = compare_questions(new, earlier)
    assert 0.0 <= likeness <= 1.0
    assert question_similarity(new, earlier) == pytest.approx(likeness * 0.5 ** len(vetoes))


@given(_QUESTION)
def test_a_question_is_a_repeat_of_itself_with_no_veto(question: str) -> None:
    assert compare_questions(question, question).vetoes == ()
    assert is_repeat(question, question)
    assert is_repeat(question.upper(), question)


@given(_QUESTION, _QUESTION, _BRANDS)
def test_an_unrelated_name_added_never_turns_another_question_into_a_repeat(
    new: str, earlier: str, brand: str
) -> None:
    """A name the earlier question never named is a veto of its own: adding one to the new
    question may only keep two questions apart, never bring them together."""
    if not is_repeat(new, earlier):
        assert not is_repeat(f"{new.rstrip('?')} через {brand}?", earlier)
    assert "new_entity" in compare_questions(f"{new.rstrip('?')} через {brand}?", earlier).vetoes
