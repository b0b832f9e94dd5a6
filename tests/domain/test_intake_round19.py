"""Round 19 (issue 13): what a name added to a re-asked question does, read from its
grammatical role (`repeat_asides`). A name that only restates or illustrates — in brackets,
after например / e.g., a pasted error text, a line quoted from the earlier answer, an
alternative to a name asked about before, a count of pieces, a title in apposition to a noun
the earlier question asked about in general — leaves the question what it was; a name that is
the object of the asking verb, or that replaces one the earlier question named, still makes
another question.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes as _codes


# --------------------------------------------------------------------------- out_of_scope
# Questions about the product that read as requests for work: what a third party is to be
# able to do, a change the customer already made, the customer doing it himself, where in
# the product something goes.


@pytest.mark.parametrize(
    "body",
    [
        # a purpose clause: what the site's users should be able to do
        "Хотим добавить на сайт страницу отзывов, чтобы покупатели могли оставлять оценки со звёздами. Хватит ли для этого нашей редакции?",
        # a change in the past tense: done by the customer, the question is how-to
        "Мы добавили в корзину опцию «Подарочная упаковка». Как сделать, чтобы её цена зависела от веса заказа?",
        # the customer puts an outside script in himself
        "Хочу сам подключить виджет обратного звонка — куда в шаблоне вставлять его код, чтобы он был на всех страницах?",
        # where in the product a script or a stylesheet goes
        "Где в системе место для собственных скриптов, чтобы подключить наш обработчик заявок?",
        "Подскажите, как в системе подключить к макету отдельный файл стилей CSS для раздела «Новости»?",
    ],
)
def test_a_product_question_that_reads_as_work_stays_in_scope(body: str) -> None:
    assert "out_of_scope" not in _codes(body)


@pytest.mark.parametrize(
    "body",
    [
        "Сделайте, пожалуйста, страницу отзывов, чтобы покупатели могли оставлять оценки.",
        "Переделайте, пожалуйста, шапку сайта и добавьте в неё баннер.",
        "Подключите, пожалуйста, внешний скрипт виджета обратного звонка к нашему шаблону.",
        "Вставьте сами код виджета обратного звонка в наш шаблон, пожалуйста.",
    ],
)
def test_requests_for_the_work_keep_their_flag(body: str) -> None:
    assert "out_of_scope" in _codes(body)
