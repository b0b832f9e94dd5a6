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
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain.intake import compare_questions, is_repeat, question_similarity
from tests.domain.intake_cases import codes as _codes


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        # in brackets: a former or second name of the same thing
        ("Как подключить эквайринг Тинькофф (бывший Т-Банк Эквайринг) к магазину?", "Как подключить эквайринг Тинькофф к магазину?"),
        # after an illustrating word
        ("Как ограничить размер загружаемых картинок, например 2 мегабайтами?", "Как ограничить размер загружаемых картинок?"),
        # a pasted error text after the word that introduces it
        ("При импорте прайса выходит ошибка Maximum upload size exceeded, как увеличить размер загружаемого файла?",
         "Как увеличить размер загружаемого файла при импорте прайса?"),
        ("Как исправить обмен с 1С, если он пишет «Ошибка разбора XML»?", "Как исправить обмен с 1С?"),
        # a count of pieces
        ("Как удалить сразу много отзывов (штук 500), а не по одному?", "Как удалить сразу много отзывов, а не по одному?"),
        # a title in apposition to a noun asked about in general
        ("Как скрыть раздел «Архив» от незарегистрированных посетителей?", "Как скрыть раздел от незарегистрированных посетителей?"),
        # an alternative to a name the earlier question asked about
        ("Как выгрузить отзывы в Excel или JSON?", "Как выгрузить отзывы в Excel?"),
    ],
)
def test_a_name_that_restates_or_illustrates_keeps_a_repeat(new: str, earlier: str) -> None:
    assert "new_entity" not in compare_questions(new, earlier).vetoes
    assert is_repeat(new, earlier)


def test_a_line_quoted_from_the_earlier_answer_names_nothing_new() -> None:
    new = "> Ранее мы советовали: очистите кэш.\nКэш очистили, а как всё-таки отключить кэширование меню?"
    earlier = "Как отключить кэширование меню?"
    assert "new_entity" not in compare_questions(new, earlier).vetoes


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        # the name is the object of the asking verb
        ("Как подключить эквайринг Тинькофф к магазину?", "Как подключить эквайринг к магазину?"),
        ("Как настроить выгрузку отзывов в Dropbox?", "Как настроить выгрузку отзывов?"),
        # the earlier question named its own instance: the title replaces it
        ("Как скрыть раздел «Архив» от незарегистрированных посетителей?",
         "Как скрыть раздел «Прайс» от незарегистрированных посетителей?"),
        # two different errors pasted: the error is what is asked about
        ("Импорт падает с ошибкой «Превышено время ожидания». Как исправить?",
         "Импорт падает с ошибкой «Недостаточно памяти». Как исправить?"),
        # a count of days is no count of pieces
        ("Сколько стоит продлить лицензию, если она истекла 40 дней назад?", "Как продлить лицензию?"),
    ],
)
def test_a_name_that_replaces_or_narrows_keeps_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_an_inflected_foreign_name_meets_its_latin_spelling() -> None:
    # в Экселе: the dictionary cannot read the case ending; the name is Excel all the same
    assert "new_entity" not in compare_questions("Как открыть выгрузку отзывов в Экселе?", "Как открыть выгрузку отзывов в Excel?").vetoes


def test_an_ordinal_that_names_a_place_in_an_order_names_no_thing() -> None:
    # был первым: a position, not "a first something" another question could differ in
    new = "Как поменять порядок способов оплаты, чтобы оплата наличными шла первой?"
    assert "new_entity" not in compare_questions(new, "Как поменять порядок способов оплаты?").vetoes
    # второй сайт still tells one thing from another
    assert not is_repeat("Как запустить рассылку на втором сайте?", "Как запустить рассылку?")


_NAMES = st.sampled_from(["Dropbox", "Mailchimp", "Bitrix24", "Zoho", "Unisender", "Telegram"])
_QUESTIONS = st.sampled_from(
    ["Как выгрузить отзывы покупателей?", "Как настроить рассылку новостей?", "Как подключить онлайн-чат на сайт?"]
)


@settings(max_examples=60, deadline=None)
@given(question=_QUESTIONS, name=_NAMES)
def test_a_bracketed_aside_never_lowers_a_question_below_itself(question: str, name: str) -> None:
    # Law: a question with a name in brackets added is still a repeat of itself, and the
    # aside never adds a veto; the same name as the verb's object adds the new-name veto.
    aside = question.replace("?", f" (у нас, например, {name})?")
    assert compare_questions(aside, question).vetoes == ()
    assert is_repeat(aside, question)
    as_object = question.replace("?", f" в {name}?")
    assert "new_entity" in compare_questions(as_object, question).vetoes


@settings(max_examples=40, deadline=None)
@given(question=_QUESTIONS, first=_NAMES, second=_NAMES)
def test_asides_on_both_sides_are_compared_as_names(question: str, first: str, second: str) -> None:
    # Law: when both questions carry an aside, the asides are what tells them apart, so the
    # score is symmetric in which side holds which name and equal for equal names.
    a = question.replace("?", f" (ошибка {first})?")
    b = question.replace("?", f" (ошибка {second})?")
    assert question_similarity(a, b) == pytest.approx(question_similarity(b, a))
    if first == second:
        assert is_repeat(a, b)


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
