"""Already answered (SPEC 2.8.5): a question re-asked in the desk's other words (synonyms, a term
spelled out, a colloquial name, another verb of one action) is a repeat of the earlier one;
another action or its opposite, the other end of a scale, the move the other way round, or a
thing the new message says is settled makes another question. `compare_questions` names the
veto that keeps two questions apart, so that other ways of combining likeness and vetoes can be
measured (benchmarks/repeat_curve.py). What the roles of a question's names and words make of a
repeat is in test_intake_repeats_roles.py.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake import REPEAT_THRESHOLD, compare_questions, is_repeat, rules_find_repeat, question_similarity
from deskcli.domain.intake.repeats import VETOES


# -- the desk's words: synonyms, spelled-out terms, colloquial names -------------------------------


@pytest.mark.parametrize(("new", "earlier"), [
    # a number written in words or in digits is one number
    ("Как дать скидку за две единицы в корзине?", "Как дать скидку за 2 единицы в корзине?"),
    # tens, hundreds and thousands too, in any case (round 31)
    ("Как отменять заказ через сорок минут без оплаты?", "Как отменять заказ через 40 минут без оплаты?"),
    ("Можно ли запретить заказ дешевле тысячи рублей?", "Можно ли запретить заказ дешевле 1000 рублей?"),
    ("How do I delete carts older than thirty days?", "How do I delete carts older than 30 days?"),
    # a number in several words is one number
    ("Как дать бесплатную доставку от пяти тысяч рублей?", "Как дать бесплатную доставку от 5000 рублей?"),
    ("Как отменять неоплаченные заказы через двадцать пять минут?", "Как отменять неоплаченные заказы через 25 минут?"),
    # "от USD к EUR": both are currencies, the kind the earlier question named
    ("How do I switch prices from USD to EUR?", "How do I change the currency of prices?"),
    # synonyms of the desk: a guest is a visitor who has not logged in; hide = прятать
    ("Как спрятать остатки склада от гостей?", "Как скрыть остатки склада от посетителей?"),
    # a letter not sent and a letter not received: one fault seen from either end
    ("Почему клиенту не приходят письма о заказе?", "Почему не отправляются письма клиенту о заказе?"),
])
def test_rewordings_with_the_desks_synonyms_are_repeats(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # an abbreviation and its spelled-out form
    ("Как включить оплату через систему быстрых платежей?", "Как подключить оплату через СБП?"),
    ("Where do I enable 2FA for the admin panel?", "How do I turn on two-factor authentication for the admin panel?"),
    # a product term and its everyday paraphrase
    ("Где выставляется временная зона сайта?", "Как поменять часовой пояс сайта?"),
    ("Почему поиск не находит товар по коду товара?", "Почему поиск не находит товары по артикулу?"),
    # round 31: a database and its abbreviation, the PIN however written, the maintenance
    # mode by its stub, a price asked as "how much"
    ("Как сделать бэкап БД средствами системы?", "Как сделать резервную копию базы данных средствами системы?"),
    ("Куда вписать пин при активации?", "Куда вводить PIN-код при активации?"),
    ("Как включить заглушку на время техработ?", "Как включить режим обслуживания на время технических работ?"),
    ("Как включить оплату по QR-коду в магазине?", "Как подключить оплату через СБП?"),
    ("Где выбрать ПВЗ Boxberry на карте?", "Как выбрать пункт выдачи Boxberry на карте?"),
    # Excel is a kind of file; two formats stay two (below)
    ("Как выгрузить список подписчиков в Excel?", "Как экспортировать подписчиков в файл?"),
    ("Как закрыть сайт на время техработ?", "Как включить режим обслуживания сайта?"),
    ("Сколько стоит переход на редакцию «Бизнес»?", "Какая цена перехода на редакцию «Бизнес»?"),
    # a lower threshold is a minimum; the address mail goes from is the sender's; attaching is adding
    ("Где задать нижний порог суммы заказа?", "Как задать минимальную сумму заказа?"),
    ("С какого адреса уходят письма покупателям?", "Где поменять адрес отправителя писем покупателям?"),
    ("Как прикрепить файл инструкции к товару?", "Как добавить файл инструкции к товару?"),
])
def test_a_term_spelled_out_is_the_same_question(new: str, earlier: str) -> None:
    assert rules_find_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # the things of a shop and its site under their everyday names (round 29)
    ("Как убрать капчу из формы заказа?", "Как отключить проверку «я не робот» в форме заказа?"),
    ("Где меняется шрифт в подвале сайта?", "Как поменять шрифт в футере?"),
    ("Как добавить бренд в карточку товара?", "Как вывести производителя в карточке товара?"),
    ("Почему админка тормозит при сохранении товара?", "Почему так медленно сохраняется товар в админке?"),
    ("Как сделать варианты товара с разными размерами?", "Как добавить модификации товара по размеру?"),
    ("Where do I turn on the newsletter for customers?", "How do I enable mailing for customers?"),
    ("Как включить https на сайте?", "Как подключить SSL-сертификат к сайту?"),
    # product terms spelled out: a watermark, out of stock, two-factor sign-in
    ("Как сделать, чтобы на всех фото каталога стоял наш логотип поверх картинки?",
     "Как включить водяной знак на изображениях товаров?"),
    ("Как скрыть товары, которых нет на складе?", "Как не показывать товары без остатка в каталоге?"),
    ("Можно ли входить в админку по коду из приложения?", "Как включить двухфакторную авторизацию в админке?"),
    ("Как отдавать в фид для Маркета только два раздела каталога?", "Как выгружать в YML только некоторые разделы каталога?"),
    ("How do I limit the Google Shopping feed to one category?", "How do I limit the Google Merchant feed to one category?"),
    # a currency by its name, code or sign
    ("Основной валютой магазина нужно сделать KZT. Где это переключается?", "Как сменить валюту по умолчанию на тенге?"),
    ("How do I show prices in EUR?", "How do I show prices in euro?"),
    # an item of the shop is its product; a preposition or particle is no thing (round 31)
    # a past action beside the same one asked for still pairs by its words
    ("Как восстановить товар? Удалили по ошибке.", "Как восстановить удалённый товар?"),
    ("Where do I change how many items the catalogue shows per page?", "How do I change the number of products per page in the catalogue?"),
    ("Why is the invoice e-mail still not sent to buyers after checkout?", "Why are invoice e-mails not sent to buyers?"),
    # English everyday names: a basket, costing nothing, the back office, the European Union
    ("Why is the basket empty after login?", "Why is the cart empty after login?"),
    ("Can delivery cost nothing for orders over 80 euro?", "How do I set up free shipping for orders over 80 euro?"),
    ("How do I switch the back office to English?", "How do I change the admin panel language to English?"),
    ("Where are shipping zones for the European Union set?", "How do I set up shipping zones for the EU?"),
    # a month by its name, a period by its span, a list of records by either name, an
    # order's total by either name
    ("Как выгрузить отзывы за февраль в Excel?", "Как выгрузить отзывы за месяц в Excel?"),
    ("Как получить список заказов за неделю в CSV?", "Как выгрузить заказы за период в CSV?"),
    ("Как экспортировать базу подписчиков в Excel?", "Как выгрузить список подписчиков в Excel?"),
    ("Где задаётся минимальная стоимость заказа?", "Где задаётся минимальная сумма заказа?"),
    # English words of time, sameness and one's own are no things (свой, время are none in Russian)
    ("Can the shop show prices in dollars and in euros at the same time?", "Can the shop show prices in both USD and EUR?"),
    ("How do I add a customer group that sees different prices?", "How do I create a customer group with its own prices?"),
])
def test_a_shop_thing_under_another_everyday_name_is_the_same_question(new: str, earlier: str) -> None:
    assert rules_find_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # copying leaves the original where it was; renaming adds nothing (round 29)
    ("Как скопировать товар в другой раздел?", "Как перенести товар в другой раздел?"),
    ("Как переименовать раздел каталога?", "Как добавить раздел каталога?"),
    # the top and the bottom of the page, whatever each is called
    ("Как поменять шрифт в шапке сайта?", "Как поменять шрифт в подвале сайта?"),
    ("Как убрать водяной знак с фото товаров?", "Как включить водяной знак на изображениях товаров?"),
    ("Как сменить валюту по умолчанию на евро?", "Как сменить валюту по умолчанию на тенге?"),
    ("How do I show prices in USD?", "How do I show prices in euro?"),
    # closing the site from search engines is no maintenance; switching it off is its opposite
    ("Как закрыть сайт от индексации?", "Как включить режим обслуживания сайта?"),
    ("Как закрыть сайт на время техработ?", "Как выключить режим обслуживания сайта?"),
    # another number, spelled out or not; a threshold from the other side (round 31)
    ("Как отменять заказ через двадцать минут без оплаты?", "Как отменять заказ через 30 минут без оплаты?"),
    ("Как отменять заказ через три дня без оплаты?", "Как отменять заказ через 10 дней без оплаты?"),
    ("Как дать бесплатную доставку от пяти тысяч рублей?", "Как дать бесплатную доставку от 500 рублей?"),
    # numbers with a word between them are two numbers (от 5 до 1000 is no 5000)
    ("Как дать скидку на заказы от 5 до 1000 рублей?", "Как дать скидку на заказы от 5000 рублей?"),
    # two months, two spans: instances of one kind stay apart
    ("Как выгрузить отзывы за февраль в Excel?", "Как выгрузить отзывы за март в Excel?"),
    ("Как выгрузить заказы за неделю в CSV?", "Как выгрузить заказы за год в CSV?"),
    ("Как выгрузить подписчиков в Excel?", "Как выгрузить подписчиков в CSV?"),
    # the earlier action told as done beside another asked for (round 31)
    ("Как удалить купон? Создали его по ошибке.", "Как создать купон на скидку?"),
    ("Как отключить капчу? Включили, а покупатели жалуются.", "Как включить капчу в форме заказа?"),
    ("How do I offer free shipping on orders over 50 euro?", "How do I offer free shipping on orders under 50 euro?"),
    ("Как сделать бэкап БД средствами системы?", "Как сделать бэкап файлов сайта средствами системы?"),
])
def test_copying_renaming_and_another_part_of_the_page_are_other_questions(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # the spelled-out term beside another thing is still another question
    ("Как включить оплату через систему быстрых платежей?", "Как подключить оплату картой?"),
    ("Где задаётся адрес отправителя писем?", "Где задаётся адрес доставки по умолчанию?"),
])
def test_a_spelled_out_term_does_not_match_another_thing(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_a_name_in_latin_letters_is_the_same_name_to_the_rules() -> None:
    # kh is х when a name is written in Latin letters. The rules read the name across the two
    # scripts; the learned model puts this translated pair next to its bar (0.61 on 140 files,
    # 0.59 on 142): it cannot see that calculate is считать, and no retrain holds it either way.
    earlier = "Почему модуль не считает доставку в Хабаровск?"
    assert rules_find_repeat("Why doesn't the module calculate delivery to Khabarovsk?", earlier)
    assert not rules_find_repeat("Why doesn't the module calculate delivery to Kazan?", earlier)
    assert "replaced_name" in compare_questions("Why doesn't the module calculate delivery to Kazan?", earlier).vetoes


@pytest.mark.parametrize(("new", "earlier"), [
    # the product's words for the same thing
    ("Как включить для менеджеров вход по второму фактору?", "Как включить 2FA для менеджеров?"),
    ("Where do I turn on the CAPTCHA of the sign-up page?", "How do I enable the CAPTCHA on the registration page?"),
    ("Какие смс-сервисы можно подключить для уведомлений?", "Какие SMS-провайдеры можно подключить для уведомлений?"),
    ("Discontinued products are still listed in search. How do I make them disappear?",
     "How can I hide discontinued products from search?"),
    # a light verb at the end of the question points at its topic
    ("Экспорт заказов в XML — как сделать?", "Как выгрузить заказы в XML?"),
    # "at most" asks for the limit; a greeting and "again" ask nothing
    ("How many managers can one Business license have at most?",
     "Is there a limit on the number of managers in the Business license?"),
    ("hey where is the timezone setting again", "Where do I change the timezone?"),
])
def test_the_desks_words_keep_a_rewording_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Why doesn't the module calculate delivery to Kazan?", "Почему модуль не считает доставку в Хабаровск?"),
    ("Как включить вход по второму фактору для покупателей?", "Как включить 2FA для менеджеров?"),
    ("Какие смс-сервисы можно подключить для уведомлений?", "Какие платёжные сервисы можно подключить?"),
    ("Discontinued products are still listed in search. How do I make them appear again?",
     "How can I hide discontinued products from search?"),
    ("Импорт заказов из XML — как сделать?", "Как выгрузить заказы в XML?"),
    ("How many managers can one Business license have at most?",
     "Is there a limit on the number of managers in the Start license?"),
    ("hey where is the currency setting again", "Where do I change the timezone?"),
])
def test_the_desks_words_keep_different_questions_apart(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Хочу, чтобы клиенту приходила смска с кодом при входе. Как настроить?",
         "Как включить отправку SMS с кодом при входе в личный кабинет?"),
        ("Как сделать, чтобы менеджеру приходила эсэмэска о новом заказе?", "Можно ли получать SMS менеджеру при новом заказе?"),
    ],
)
def test_an_sms_by_its_colloquial_name_is_the_same_thing(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


def test_an_sms_is_not_a_letter() -> None:
    assert not is_repeat(
        "Как сделать, чтобы менеджеру приходила эсэмэска о новом заказе?",
        "Как сделать, чтобы менеджеру приходило письмо о новом заказе?",
    )


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как настроить письмо-уведомление бухгалтеру о новом заказе?",
         "Как настроить письмо-уведомление клиенту при смене статуса заказа?"),
        ("Как настроить SMS-оповещение администратору о новой заявке?",
         "Как настроить SMS-оповещение покупателю при смене статуса заявки?"),
    ],
)
def test_the_same_verb_pairs_with_itself_and_another_recipient_is_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как настроить SMS-оповещение покупателю при смене статуса заказа?",
         "Как настроить SMS-уведомление клиенту при изменении статуса заказа?"),
        ("Как добавить SMS-оповещение покупателю при смене статуса заказа?",
         "Как настроить SMS-уведомление клиенту при смене статуса заказа?"),
    ],
)
def test_the_same_question_in_synonyms_stays_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


# -- actions: one action in other verbs, opposite actions, an action ruled out ---------------------


@pytest.mark.parametrize(("new", "earlier"), [
    ("Просроченные купоны засоряют список. Хочу избавиться от них, где?", "Где удалить просроченные купоны?"),
    ("Где выставить вес товара по умолчанию?", "Как задать вес товара по умолчанию?"),
    ("Можно закрыть возможность оставлять отзывы?", "Как запретить оставлять отзывы?"),
])
def test_the_desks_everyday_verbs_for_one_action_are_one_action(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


def test_closing_is_still_the_opposite_of_switching_on() -> None:
    assert not is_repeat("Как закрыть возможность оставлять отзывы?", "Как включить возможность оставлять отзывы?")


@pytest.mark.parametrize(("new", "earlier"), [
    # a word and its negation: платный / бесплатный, видимый / невидимый
    ("Как настроить платный вход в личный кабинет?", "Как настроить бесплатный вход в личный кабинет?"),
    # the bounds of a range swapped: от 1000 / до 1000, с 6.9 до 7.0 / с 7.0 до 6.9
    ("Как дать скидку на заказы до 1000 рублей?", "Как дать скидку на заказы от 1000 рублей?"),
    ("Как перейти с 7.1 на 7.2?", "Как перейти с 7.2 на 7.1?"),
    # updating and rolling back are different actions
    ("Как откатить модуль форума?", "Как обновить модуль форума?"),
    # hiding a thing is not deleting it
    ("Как скрыть раздел новостей?", "Как удалить раздел новостей?"),
])
def test_opposites_and_different_actions_stay_different(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # the action the earlier question asked for is the one the new one rules out
    ("Как скрыть пустые группы каталога, не удаляя их?", "Как удалить пустые группы каталога?"),
    ("Как спрятать товар с витрины вместо удаления?", "Как удалить товар с витрины?"),
    ("Как отключить оплату картой, не удаляя модуль?", "Как удалить модуль оплаты картой?"),
    ("Как удалить старые заказы, не удаляя покупателей?", "Как удалить покупателей?"),
])
def test_an_action_ruled_out_is_a_different_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # the same action reworded, the ruled-out part on both sides
    ("Как спрятать пустые группы каталога, не удаляя?", "Как скрыть пустые группы каталога, не удаляя их?"),
    # ruling out the one-by-one way asks for the bulk way
    ("Как сменить цену сразу у всей группы, не редактируя каждый товар?", "Как массово изменить цены товаров группы?"),
    # another verb of the same action is still a repeat
    ("Как убрать пустые группы каталога?", "Как удалить пустые группы каталога?"),
])
def test_a_rewording_with_a_ruled_out_action_is_still_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как сделать, чтобы клиент мог списывать баллы в счёт покупки?", "Как начислять клиентам баллы за покупки?"),
        ("Можно ли списывать покупателю бонусы при оформлении заказа?", "Можно ли начислять покупателю бонусы при оформлении заказа?"),
    ],
)
def test_accruing_and_spending_points_are_different_questions(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


def test_accruing_points_asked_again_stays_a_repeat() -> None:
    assert is_repeat("Как сделать начисление клиентам баллов за покупки?", "Как начислять клиентам баллы за покупки?")


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как добавить в заказ поле для выбора времени?", "Как сделать поле заказа обязательным?"),
        ("Как добавить в карточку товара поле для ввода размера?", "Как сделать поле карточки скрытым?"),
    ],
)
def test_a_field_added_is_not_a_field_made_required(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как сделать поле формы обязательным для заполнения?", "Как сделать поле обязательным?"),
        ("Как сделать поле заказа обязательным?", "Как сделать так, чтобы поле заказа было обязательным?"),
    ],
)
def test_the_same_change_of_state_stays_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


# -- degree, direction and order -------------------------------------------------------------------


@pytest.mark.parametrize(("new", "earlier"), [
    # opposite ends of one scale of degree or direction
    ("Как понизить лимит писем в час для рассылки?", "Как повысить лимит писем в час для рассылки?"),
    ("Можно ли перейти на младшую редакцию продукта?", "Можно ли перейти на старшую редакцию продукта?"),
    ("How do I decrease the session timeout in the admin panel?",
     "How do I increase the session timeout in the admin panel?"),
    ("Как сделать, чтобы письмо клиенту уходило раньше?", "Как сделать, чтобы письмо клиенту уходило позже?"),
    ("Как показывать меньше товаров на странице каталога?", "Как показывать больше товаров на странице каталога?"),
    ("Can I downgrade my license to the basic plan?", "Can I upgrade my license to the basic plan?"),
    # the same two named things, the order of the move swapped
    ("Как перенести заказы с «Витрины» на «Склад»?", "Как перенести заказы с «Склад» на «Витрины»?"),
    ('How do I switch the price column from "Опт" to "Розница"?',
     'How do I switch the price column from "Розница" to "Опт"?'),
    # another currency and its sign
    ('How to change the currency sign from "лира" to "₺"?', 'How to change the currency sign from "евро" to "€"?'),
])
def test_opposite_degree_direction_or_order_is_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # rewordings on the same side of the scale, or with both sides named, still repeat
    ("Как увеличить лимит писем в час для рассылки?", "Как повысить лимит писем в час для рассылки?"),
    ("Как уменьшить размер картинок товаров в каталоге?", "Как снизить размер картинок товаров в каталоге?"),
    ("Как увеличить или уменьшить число товаров на странице?", "Как уменьшить или увеличить число товаров на странице?"),
    # the same move in the same order, worded otherwise
    ("Можно перейти с редакции «Старт» на «Бизнес»?", "Как перейти с «Старт» на «Бизнес»?"),
    ("Мы на «Старте», хотим «Бизнес». Можно доплатить разницу?",
     "Можно ли перейти с редакции «Старт» на «Бизнес» с доплатой разницы?"),
])
def test_the_same_degree_direction_and_order_still_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


# An article between the preposition and the place keeps the direction of a move (from the
# Berlin store); an English infinitive's "to" moves nothing (the way to enable ...).
_STORES = ("Berlin", "Munich", "Hamburg", "Vienna", "Zurich", "Prague")
_DETERMINERS = ("the ", "our ", "")


def test_an_article_keeps_the_direction_of_a_move() -> None:
    earlier = "How do I transfer goods from the Berlin store to the Munich store?"
    assert not is_repeat("How do I transfer goods from the Munich store back to Berlin?", earlier)
    assert is_repeat("How can I transfer goods from our Berlin store into the Munich one?", earlier)


def test_an_infinitive_to_is_no_direction() -> None:
    assert is_repeat("What is the way to enable comments on the blog?", "How do I enable comments on the blog?")
    assert is_repeat("Is there a way to turn on a second site language?", "How do I add a second language to the site?")


@given(
    st.lists(st.sampled_from(_STORES), min_size=2, max_size=2, unique=True),
    st.lists(st.sampled_from(_DETERMINERS), min_size=4, max_size=4),
)
def test_a_move_is_itself_with_any_article_and_not_its_reverse(stores: list[str], articles: list[str]) -> None:
    """Articles neither make nor break a repeat: the same move written with other articles is
    the question asked, the move the other way round is another."""
    one, other = stores
    first, second, third, fourth = articles
    earlier = f"How do I move stock from {first}{one} warehouse to {second}{other} warehouse?"
    assert is_repeat(f"How do I move stock from {third}{one} warehouse to {fourth}{other} warehouse?", earlier)
    assert not is_repeat(f"How do I move stock from {third}{other} warehouse to {fourth}{one} warehouse?", earlier)


# -- what the new message says is settled is not what it asks --------------------------------------


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как выгрузить в CSV список покупателей? Заказы в CSV выгрузить получилось.", "Как выгрузить заказы в CSV?"),
        ("Где настроить НДС для доставки? Для товаров НДС по вашей инструкции настроили, а доставка без налога.",
         "Где настроить НДС для товаров?"),
    ],
)
def test_a_thing_said_to_be_settled_makes_another_question(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как настроить доставку курьером, а не самовывоз?", "Как настроить самовывоз?"),
        ("Можно ли выгрузить отчёт по клиентам (не по заказам) в Excel?", "Как выгрузить отчёт по заказам в Excel?"),
        ("How do I give a coupon rather than a discount to returning buyers?",
         "How do I give a discount to returning buyers?"),
    ],
)
def test_the_earlier_questions_thing_set_aside_makes_another_question(new: str, earlier: str) -> None:
    """а не, (не …), rather than, instead of, вместо: named only to say it is not what is asked."""
    assert compare_questions(new, earlier).vetoes == ("settled",)
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        ("Как включить подсказки в поиске по сайту? Морфологию в поиске мы уже включили.",
         "Как включить морфологию в поиске по сайту?"),
        ("How do I turn on search suggestions on the site? We already enabled stemming in search.",
         "How do I enable stemming in the site search?"),
    ],
)
def test_a_thing_said_to_be_done_already_is_settled(new: str, earlier: str) -> None:
    assert "settled" in compare_questions(new, earlier).vetoes


@pytest.mark.parametrize("new", [
    "Я уже спрашивал: как добавить фильтр по цене в каталог?",
    "Мы уже пробовали по инструкции, но как добавить фильтр по цене в каталог?",
    "We already asked this: how do I add a price filter to the catalogue?",
])
def test_asked_or_tried_already_settles_nothing(new: str) -> None:
    earlier = "How do I add a price filter to the catalogue?" if new.startswith("We") else "Как добавить фильтр по цене в каталог?"
    assert "settled" not in compare_questions(new, earlier).vetoes
    assert is_repeat(new, earlier)


def test_a_set_aside_thing_ends_at_its_preposition() -> None:
    """"EUR instead of USD by default" sets aside USD; the default is still what is asked."""
    assert is_repeat("We want prices in EUR instead of USD by default. Where is the default currency set?",
                     "How do I change the default currency?")


@pytest.mark.parametrize(
    ("new", "earlier"),
    [
        # the settled thing is still what the new question asks about
        ("Сайт работает нормально. Подскажите ещё раз, где включить капчу на форме регистрации на сайте?",
         "Как включить капчу на форме регистрации на сайте?"),
        # a question with "работает" asks, it settles nothing
        ("Напомните, на какой версии PHP работает редакция Бизнес?", "Какая версия PHP нужна редакции Бизнес?"),
    ],
)
def test_a_re_asked_question_stays_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


# -- the veto that keeps two questions apart -------------------------------------------------------


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


@pytest.mark.parametrize(("new", "earlier"), [
    # round 35: a date however written, a session's length, a sync, a bulk change made at once
    ("Поддержка по лицензии от 03.02.2025 действует по какую дату?", "До какого числа поддержка у лицензии, купленной 3 февраля 2025?"),
    ("Until when is support valid for a licence bought on 3 Feb 2025?",
     "What is the support expiry date for a licence bought February 3, 2025?"),
    ("Where is the customer session lifetime adjusted?", "How do I change the customer session timeout?"),
    ("Orders are not syncing with 1C. What could be the cause?", "Why does the 1C exchange of orders fail?"),
    ("Можно ли разом поднять цены во всём каталоге на 5%?", "Как массово повысить цены в каталоге на 5%?"),
])
def test_round_35_rewordings_are_repeats(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("До какого числа поддержка у лицензии, купленной 3 марта 2025?", "До какого числа поддержка у лицензии, купленной 03.02.2025?"),
    ("Where is the customer session lifetime adjusted?", "Where is the admin password length adjusted?"),
    ("Можно ли разом снизить цены в каталоге на 5%?", "Как массово повысить цены в каталоге на 5%?"),
])
def test_round_35_another_date_thing_or_direction_is_another_question(new: str, earlier: str) -> None:
    assert not rules_find_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Can guests see stock levels, or only signed-in users?", "Can stock levels be shown only to logged-in users?"),
    ("Где меняется длительность сеанса в центре администрирования?", "Как изменить время жизни сессии в админке?"),
])
def test_round_35_signing_in_and_a_session_s_length_reworded_are_repeats(new: str, earlier: str) -> None:
    assert rules_find_repeat(new, earlier)


def test_round_35_a_user_group_is_no_catalogue_section() -> None:
    assert not is_repeat("Как закрыть доступ к файлам для группы «Партнёры»?", "Как закрыть доступ к разделу каталога?")


@pytest.mark.parametrize(("new", "earlier"), [
    ("До какого числа действует наша техподдержка по лицензии?", "Когда заканчивается поддержка по лицензии?"),
    ("Где включаются звёздочки оценки у товаров?", "Как включить рейтинг товаров?"),
    ("Нужна защита от спама в форме заказа. Где её включить?", "Как включить капчу в форме заказа?"),
])
def test_round_35_the_desk_a_rating_and_spam_protection_by_other_names_are_repeats(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


def test_round_36_a_promo_code_and_a_shopper_are_a_coupon_and_a_customer() -> None:
    earlier = "How do I limit a coupon to one use per customer?"
    assert is_repeat("How do I limit a promo code to one use per shopper?", earlier)
    assert not is_repeat("How do I delete a promo code?", earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("А максимальную сумму заказа задать можно?", "Можно ли задать минимальную сумму заказа?"),
    ("How do I set a maximum order amount?", "How do I set a minimum order amount?"),
])
def test_round_36_the_most_and_the_least_are_two_questions(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)
    assert is_repeat(earlier.replace("Можно ли задать", "Как задать"), earlier)
