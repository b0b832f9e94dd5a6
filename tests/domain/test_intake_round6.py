"""The classes of misses of the sixth tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, is_repeat

# --------------------------------------------------------------------------- already_answered


@pytest.mark.parametrize(("new", "earlier"), [
    # a figure for the amount the earlier question left open
    ("Скидка должна срабатывать, когда в корзине от 3000. Где это выставить?",
     "Как настроить скидку от определённой суммы корзины?"),
    # several figures of one open number: more values of the same slot
    ("Нужно показывать на странице поиска 30 результатов вместо 10, где это меняется?",
     "Как поменять количество результатов на странице поиска?"),
    # a quoted name for the certain group
    ("Нужно, чтобы скидку получала только группа «Партнёры». Как это настроить?",
     "Как дать скидку определённой группе покупателей?"),
])
def test_a_value_that_fills_the_earlier_questions_open_slot_is_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # both name their figure, and the figures differ: not an open slot filled
    ("Как дать скидку 5% на заказ от 2000 рублей?", "Как дать скидку 15% на заказ от 2000 рублей?"),
    # the open words are no synonyms of each other
    ("Как поменять количество товаров в заказе?", "Как поменять сумму заказа?"),
    # a value in the new question with nothing left open in the earlier one is a new name
    ("Как дать скидку группе «Партнёры»?", "Как дать скидку группе «Оптовики»?"),
])
def test_a_value_does_not_match_what_was_never_left_open(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # который links a clause: it names nothing the earlier question lacks
    ("Где задать вес, меньше которого доставка не считается?", "Как настроить минимальный вес для доставки?"),
    # этих points back at a thing named before
    ("Письма о заказах уходят не туда. Где поменять адрес для этих писем?",
     "Где меняется адрес, на который уходят письма о заказах?"),
])
def test_a_pronoun_is_no_thing_of_the_question(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как сменить логин, который у администратора?", "Как сменить пароль администратора?"),
    ("Как перенести лицензию на другой домен?", "Как перенести лицензию на новый сервер?"),
])
def test_the_thing_named_beside_a_pronoun_still_tells_questions_apart(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_a_kind_word_beside_its_own_instance_is_no_thing_of_its_own() -> None:
    # файле goods.xml is goods.xml: the kind word is not a thing the earlier question lacks
    assert is_repeat("Импорт опять останавливается на файле goods.xml. Почему?",
                     "Почему импорт из МойСклад останавливается на goods.xml?")


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как загрузить товары из файла xml?", "Как загрузить товары из файла csv?"),
    ("Как подключить оплату через PayPal?", "Как подключить оплату через Stripe?"),
])
def test_instances_of_one_kind_stay_different(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # the rewording's own words stand elsewhere than any word of the earlier question
    ("На форуме нельзя отвечать на темы. Где это включается?", "Как включить ответы в темах форума?"),
    ("В каталоге нет возможности сравнивать товары. Где это включается?", "Как включить сравнение товаров в каталоге?"),
])
def test_words_a_rewording_adds_elsewhere_do_not_veto_it(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # one word swapped in the same place: another question
    ("Как изменить e-mail администратора?", "Как изменить телефон администратора?"),
    ("Почему не приходят письма о заказе менеджеру?", "Почему не приходят письма о заказе покупателю?"),
    # a name replaced, wherever it stands
    ("Старт — сколько пользователей можно завести в этой редакции?", "Сколько пользователей можно завести в редакции Бизнес?"),
    # the thing left out is the opposite of the thing asked about
    ("Как выгрузить каталог без картинок?", "Как выгрузить каталог с картинками?"),
])
def test_a_thing_replaced_in_place_or_a_name_anywhere_still_vetoes(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Старые купоны мешают в списке. Как от них избавиться?", "Как удалить старые купоны?"),
    ("Где выставить вес товара по умолчанию?", "Как задать вес товара по умолчанию?"),
    ("Можно закрыть возможность оставлять отзывы?", "Как запретить оставлять отзывы?"),
])
def test_the_desks_everyday_verbs_for_one_action_are_one_action(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


def test_closing_is_still_the_opposite_of_switching_on() -> None:
    assert not is_repeat("Как закрыть возможность оставлять отзывы?", "Как включить возможность оставлять отзывы?")


# --------------------------------------------------------------------------- off_topic


def codes(body: str) -> list[str]:
    result = check_intake("", body)
    return [r.code for r in result.refusals + result.flags]


@pytest.mark.parametrize("body", [
    "Where can I set how many days a discount coupon stays valid? Right now they never expire at all.",
    "How do I limit how many reviews one customer can post per day? Currently they write dozens every single evening.",
])
def test_a_personal_pronoun_a_word_or_two_in_goes_on_about_the_question(body: str) -> None:
    assert "off_topic" not in codes(body)


def test_a_demonstrative_further_in_still_opens_a_digression() -> None:
    body = ("Как настроить выгрузку заказов в 1С? Гляжу на эту метель за окном и думаю, что пора "
            "в отпуск на море, к солнцу и пальмам.")
    assert "off_topic" in codes(body)
