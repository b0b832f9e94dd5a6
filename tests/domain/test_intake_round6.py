"""The classes of misses of the sixth tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import is_repeat

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
    ("Где изменить количество позиций в корзине?", "Где изменить сумму корзины?"),
    # a value in the new question with nothing left open in the earlier one is a new name
    ("Как дать скидку группе «Партнёры»?", "Как дать скидку группе «Оптовики»?"),
])
def test_a_value_does_not_match_what_was_never_left_open(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # который links a clause: it names nothing the earlier question lacks
    ("Где задать вес, меньше которого доставка не считается?", "Как настроить минимальный вес для доставки?"),
    # этих points back at a thing named before
    ("Счета клиентам отправляются не туда. Где поменять адрес для этих счетов?",
     "Где меняется адрес, на который отправляются счета клиентам?"),
])
def test_a_pronoun_is_no_thing_of_the_question(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Где обновить логин, который у менеджера?", "Где обновить пароль менеджера?"),
    ("Можно ли привязать ключ к другому домену?", "Можно ли привязать ключ к новому серверу?"),
])
def test_the_thing_named_beside_a_pronoun_still_tells_questions_apart(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_a_kind_word_beside_its_own_instance_is_no_thing_of_its_own() -> None:
    # файле goods.xml is goods.xml: the kind word is not a thing the earlier question lacks
    assert is_repeat("Импорт опять останавливается на файле goods.xml. Почему?",
                     "Почему импорт из МойСклад останавливается на goods.xml?")


@pytest.mark.parametrize(("new", "earlier"), [
    ("Где импортировать прайс из файла xml?", "Где импортировать прайс из файла csv?"),
    ("Принимаем платежи через PayPal, что заполнить?", "Принимаем платежи через Stripe, что заполнить?"),
])
def test_instances_of_one_kind_stay_different(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # the rewording's own words stand elsewhere than any word of the earlier question
    ("На форуме нельзя отвечать на темы. Где это включается?", "Как включить ответы в темах форума?"),
    ("У покупателей нет возможности сравнивать модели. Где это включается?", "Как включить сравнение моделей для покупателей?"),
])
def test_words_a_rewording_adds_elsewhere_do_not_veto_it(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # one word swapped in the same place: another question
    ("Как изменить e-mail администратора?", "Как изменить телефон администратора?"),
    ("Отчего SMS об оплате не доходят менеджеру?", "Отчего SMS об оплате не доходят покупателю?"),
    # a name replaced, wherever it stands
    ("Старт — сколько менеджеров допускает эта редакция?", "Сколько менеджеров допускает редакция Бизнес?"),
    # the thing left out is the opposite of the thing asked about
    ("Как выгрузить каталог без картинок?", "Как выгрузить каталог с картинками?"),
])
def test_a_thing_replaced_in_place_or_a_name_anywhere_still_vetoes(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Просроченные купоны засоряют список. Хочу избавиться от них, где?", "Где удалить просроченные купоны?"),
    ("Где выставить вес товара по умолчанию?", "Как задать вес товара по умолчанию?"),
    ("Можно закрыть возможность оставлять отзывы?", "Как запретить оставлять отзывы?"),
])
def test_the_desks_everyday_verbs_for_one_action_are_one_action(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


def test_closing_is_still_the_opposite_of_switching_on() -> None:
    assert not is_repeat("Как закрыть возможность оставлять отзывы?", "Как включить возможность оставлять отзывы?")
