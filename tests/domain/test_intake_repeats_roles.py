"""Already answered (SPEC 2.8.5): what the grammatical role of a word makes of a re-asked question
(intake/repeat_slots.py, repeat_context.py, repeat_question.py, repeat_asides.py,
repeat_objects.py). A value that fills the earlier question's open slot, a pronoun, a kind word
beside its own instance, a word whose neighbours say it names nothing else, and a name that only
restates or illustrates leave the question what it was; a name that is the object of the asking
verb, that replaces one the earlier question named, or another object of the same action makes
another question.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain.intake import compare_questions, is_repeat, question_similarity
from deskcli.domain.intake.repeat_objects import action_objects


# -- a value that fills the earlier question's open slot -------------------------------------------


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
    # the open word said again beside the figure (round 31)
    ("Хотим, чтобы заказ нельзя было оформить дешевле 1500 рублей. Где выставить нижний порог суммы?",
     "Как ограничить минимальную сумму заказа?"),
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


# -- pronouns, kind words and their instances, words added elsewhere -------------------------------


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


# -- what a word's neighbours say about it ---------------------------------------------------------


@pytest.mark.parametrize(("new", "earlier"), [
    # the vendor's half of a dotted product name may be left out
    ("Как подключить Метрику к нашему магазину?", "Как подключить Яндекс.Метрику к магазину?"),
    ("Почему в Маркет не уходят товары без картинок?", "Почему в Яндекс.Маркет не уходят товары без картинок?"),
    # an e-mail address or a link is the customer's data, not another thing asked about
    ("Уведомления о заказах приходят от noreply@example.org, где поменять адрес отправителя?",
     "Где задаётся адрес отправителя уведомлений о заказах?"),
    # a light verb that points at a state described elsewhere asks for whatever brings it about
    ("Как сделать так, чтобы новые отзывы не публиковались без проверки?", "Как включить премодерацию отзывов?"),
    ("Хотим, чтобы скидки не суммировались. Как это настроить?", "Как запретить суммирование скидок?"),
    # seeing negated is hiding
    ("Нужно, чтобы незарегистрированные посетители не видели остатки на складе. Как?",
     "Как скрыть остатки на складе от незарегистрированных посетителей?"),
    # a message typed in capitals: a capital letter names nothing there
    ("КАК ПОДКЛЮЧИТЬ ОПЛАТУ ЧЕРЕЗ ЮKASSA К МАГАЗИНУ?", "Как подключить оплату через ЮKassa?"),
])
def test_neighbours_keep_a_rewording_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # another product of the same vendor is another question
    ("Как подключить Яндекс.Метрику?", "Как подключить Яндекс.Маркет?"),
    ("Как подключить Яндекс.Кассу к магазину?", "Как подключить Яндекс.Метрику к магазину?"),
    # a light verb pointing elsewhere still leaves the state asked for to differ
    ("Как сделать, чтобы скидки суммировались?", "Как запретить суммирование скидок?"),
    ("Как сделать, чтобы цены видели только оптовики?", "Как скрыть раздел каталога от гостей?"),
    # shown / not shown stay opposite
    ("Как сделать, чтобы гости не видели цены?", "Как показать цены гостям?"),
    # a message typed in capitals still names its thing
    ("КАК ПОДКЛЮЧИТЬ ОПЛАТУ ЧЕРЕЗ ROBOKASSA?", "Как подключить оплату через ЮKassa?"),
])
def test_neighbours_keep_different_questions_apart(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


# -- a name that restates or illustrates, and a name that is asked about ---------------------------


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
        # a name set aside: named only as what is not asked about (round 31)
        ("Как отправлять письма через SMTP, а не через mail()?", "Как отправлять письма через SMTP?"),
        ("Как сделать адреса товаров с артикулом вместо item_15?", "Как сделать адреса товаров с артикулом?"),
        ("How do I send the mail through SMTP instead of sendmail?", "How do I send the mail through SMTP?"),
        # a name said again in another case is the one name, once (against "Как выгрузить товары в
        # Озон?" the model trained on 130 files weighs the paraphrase at 0.59997, a hair under the bar:
        # that pair tests the model, not the name)
        ("Где формируется фид для Озона и как отдать его Озону?", "Где формируется фид для Озона?"),
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
        # the name asked about, beside one set aside (round 31)
        ("Как отправлять письма через SMTP Mail.ru, а не Яндекса?", "Как отправлять письма через SMTP Яндекса?"),
        ("Как отправлять письма через SMTP Mail.ru вместо mail()?", "Как отправлять письма через SMTP?"),
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


# -- the object of the asked-for action ------------------------------------------------------------


def test_the_object_of_a_verb_is_read_whatever_the_order() -> None:
    assert action_objects("Как выгрузить в CSV список товаров?") >= {"список", "товаров"}
    assert action_objects("Как выгрузить товары в CSV?") == {"товары"}


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как выгрузить в CSV список поставщиков?", "Как выгрузить товары в CSV?"),
        ("Как удалить из каталога все отзывы?", "Как удалить все товары из каталога?"),
        # wholesale and retail are two sides of one scale
        ("Как задать розничную цену для группы?", "Как задать оптовую цену для группы?"),
        # наложить is to add, and removing is its opposite
        ("Как снять водяной знак с картинок?", "Как наложить водяной знак на картинки?"),
    ],
)
def test_another_object_or_side_is_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как выгрузить в CSV товары?", "Как выгрузить товары в CSV?"),
        ("Как выгрузить поставщиков в CSV?", "Как выгрузить в CSV список поставщиков?"),
        ("Как добавить водяной знак на фото товаров?", "Как наложить водяной знак на фото товаров?"),
    ],
)
def test_the_same_object_reworded_stays_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)
    assert "replaced_object" not in compare_questions(new, earlier).vetoes


@given(st.sampled_from(["заказы", "товары", "отзывы", "покупателей"]), st.sampled_from(["в Excel", "в CSV"]))
def test_a_question_is_a_repeat_of_itself_in_another_word_order(thing: str, place: str) -> None:
    assert is_repeat(f"Как выгрузить {place} {thing}?", f"Как выгрузить {thing} {place}?")


# -- English words left over: a thing the desk names, or a word no list knows ----------------------


@pytest.mark.parametrize(("new", "earlier"), [
    ("Zero-stock items are missing from our feed to Google. Why does the export leave them out?",
     "Why does the Google export skip products with zero stock?"),
    ("Items that are out of stock vanish from our price feed. Why does the export drop them?",
     "Why does the price export skip products with zero stock?"),
])
def test_english_words_no_list_knows_left_over_are_no_replaced_thing(new: str, earlier: str) -> None:
    """English has no dictionary here: "twice", "skip", "feed" read as nouns, and left over on
    both sides they vetoed as things replaced. Only a thing the desk's vocabulary names does."""
    assert "guessed" not in compare_questions(new, earlier).vetoes
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("How do I change the number of news items per page?", "How do I change the number of products per page in the catalog?"),
    ("How do I add a watermark to blog post images?", "How do I add a watermark to product images?"),
])
def test_an_english_thing_the_desk_names_replaced_is_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_a_figure_with_its_unit_fills_the_maximum_the_earlier_question_left_open() -> None:
    """2 МБ is one figure (the unit no name of its own), and "максимальный размер" leaves the
    figure open, as "определённая сумма" does."""
    new = "Фото больше 3 МБ не загружаются в галерею, где поднять лимит?"
    earlier = "Как увеличить максимальный размер загружаемого фото в галерее?"
    assert "new_entity" not in compare_questions(new, earlier).vetoes
    assert is_repeat(new, earlier)


def test_two_figures_with_units_are_still_two_figures() -> None:
    assert not is_repeat("Баннер шириной 1200 px обрезается на главной. Почему?", "Почему баннер на главной обрезается по ширине 900 px?")
    assert not is_repeat("Как задать минимальную сумму заказа?", "Как задать максимальную скидку на товар?")


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как восстановить удалённую страницу сайта?", "Как удалить страницу сайта?"),
    ("Можно ли вернуть отключённый модуль опросов?", "Как отключить модуль опросов?"),
])
def test_the_earlier_action_as_a_state_beside_another_action_is_another_question(new: str, earlier: str) -> None:
    """удалённая страница is the state удалить leaves; to restore it is another action."""
    assert "action" in compare_questions(new, earlier).vetoes
    assert not is_repeat(new, earlier)


def test_the_same_action_beside_its_own_participle_is_still_one_question() -> None:
    assert is_repeat("Где удаляются отменённые заказы?", "Как удалить отменённые заказы?")


def test_the_direction_of_a_relative_clause_is_its_antecedent_s() -> None:
    """адрес почты, на который приходят письма (where mail comes to) / с которого уходят (where it
    goes from): the same address word, taken opposite ways."""
    to = "Как поменять адрес почты, на который приходят уведомления о заказах?"
    assert not is_repeat(to, "Как поменять адрес почты, с которого уходят письма о заказах?")
    assert is_repeat("Где сменить адрес почты, на который приходят уведомления о заказах?",
                     "Как изменить адрес почты, на который приходят письма о новых заказах?")


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как сделать, чтобы скидки суммировались?", "Как запретить суммирование скидок?"),
    ("Как запретить суммирование скидок?", "Как сделать, чтобы скидки суммировались?"),
])
def test_a_state_brought_about_and_one_stopped_are_opposite_ways(new: str, earlier: str) -> None:
    # the rules say so themselves, whatever the learned model weighs
    assert "opposite" in compare_questions(new, earlier).vetoes


@pytest.mark.parametrize(("new", "earlier"), [
    ("How do I give free shipping on orders over 5000?", "How do I give free shipping on orders under 5000?"),
    ("Как скрыть товары дешевле, то есть меньше 300 рублей?", "Как скрыть товары от 300 рублей?"),
])
def test_one_amount_bounded_from_opposite_sides_is_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)
