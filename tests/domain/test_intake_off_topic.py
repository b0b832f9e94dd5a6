"""Extraneous reasoning (SPEC 2.8.4): an aside about the writer's life beside the question is a
digression; the question's context (the shop and its trade, its site, the site's people and
hardware) is none, and a story the writer marks as an aside stays one (intake/digression.py).
Who writes, and his business named as a letterhead does, are in test_intake_off_topic_writer.py.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake import check_intake
from tests.domain.intake_cases import codes

# The tests call one helper by the two names they were written with.
_codes = codes


# -- the question's context: the shop, its site and the site's people ------------------------------


@pytest.mark.parametrize("body", [
    "Which option limits how long a discount coupon stays valid? Right now they never expire, ever.",
    "How do I limit how many reviews one customer can post per day? Currently they write dozens every single evening.",
])
def test_a_personal_pronoun_a_word_or_two_in_goes_on_about_the_question(body: str) -> None:
    assert "off_topic" not in codes(body)


def test_a_demonstrative_further_in_still_opens_a_digression() -> None:
    body = ("Где включить учёт остатков по складам? Гляжу на эту метель во дворе, мечтаю об отпуске "
            "у тёплого моря, к солнцу и пальмам.")
    assert "off_topic" in codes(body)


@pytest.mark.parametrize("body", [
    # one clause of family life after the question
    "Как поменять логотип в шапке сайта? Тёща опять гостит у нас, дома шумно.",
    # a short remark of the weather and the dacha before the question
    "Снег идёт третий день, до дачи не доехать. Где включить капчу в форме обратной связи?",
    # life beside the site in one sentence says more of life than of the site
    "Сначала заболела дочка, потом сломался холодильник у соседа, теперь вот сайт. Почему письма о заказах не уходят?",
    # an aside closed by an emoticon, then the question in the same line
    "В субботу ездили всей семьёй на рыбалку, погода была чудесная :) как выгрузить заказы в Excel?",
    # a request about one's life is no request to support
    "Как добавить второй склад? И посоветуйте сериал на выходные, жена просит.",
    # the writer's life shares a word with the question and is still an aside
    "Как сделать скидку ко дню рождения покупателя? У моей мамы вчера был день рождения, пекли торт.",
])
def test_a_short_aside_about_the_writers_life_is_off_topic(body: str) -> None:
    assert "off_topic" in codes(body)


@pytest.mark.parametrize("body", [
    # what the shop sells and when it delivers is the question's context
    "Мы небольшая пекарня, доставляем только по городу и только в будни. Можно ограничить даты доставки?",
    # who runs the site and what happened yesterday
    "Сайт нам делала студия, программиста у нас нет. Вчера после обновления пропала корзина, что делать?",
    # technical detail without product words: passwords, a hash, a CSS declaration
    "Платёжный шлюз возвращает ошибку подписи. Пароли перепроверили два раза. Алгоритм sha256 в обоих местах.",
    "Почему блок не встаёт по центру? justify-content: center стоит.",
    # Russian typed in Latin letters: no digression can be told from its question
    "pishu s raboty, tut net russkoi raskladki. kak pomenyat valyutu magazina?",
    # what the shop sells is its trade, however much of life the goods are
    "Мы продаём книги, фильмы и музыку. Как добавить фильтр по жанру?",
    "Наша кондитерская печёт торты к праздникам и свадьбам. Как добавить выбор даты доставки?",
    "Мы торгуем снастями для рыбалки и охоты. Как сделать фильтр по длине удилища?",
    # the shop's business address is no life, even when it names an office and a season
    "Зимой у нас сменился юридический адрес офиса. Как поменять реквизиты в счетах?",
])
def test_context_of_the_question_is_not_off_topic(body: str) -> None:
    assert "off_topic" not in codes(body)


@pytest.mark.parametrize("body", [
    # the site's own person away, told as the reason the customer asks himself
    "Добрый день. Вебмастер на больничном до понедельника. Где в админке поменять телефон в шапке?",
    "Сайтом занимаюсь я, менеджер по закупкам. Айтишник в отпуске до пятого. Почему не уходят письма покупателям?",
    # selling through marketplaces is the shop's trade
    "Товары продаём через маркетплейсы, сайт нужен для фидов. Маркетплейс просит штрихкод"
    " у каждого товара отдельной строкой. Как добавить его в выгрузку?",
])
def test_who_runs_the_site_and_where_it_sells_is_context(body: str) -> None:
    assert "off_topic" not in codes(body)


@pytest.mark.parametrize("body", [
    # the same person's story told at length is still a digression
    "Где поменять телефон в шапке? Наш вебмастер уехал на Алтай сплавляться по рекам, звонил вчера, рассказывал про палатки и комаров.",
])
def test_a_story_of_the_sites_person_stays_off_topic(body: str) -> None:
    assert "off_topic" in codes(body)


# A sentence that names nothing of the writer's life was taken for a digression only because
# it lacks product words. Four shapes of such a sentence go on with the question instead.


@pytest.mark.parametrize(
    "body",
    [
        # a list with no predicate: examples of what the question asks
        "Как сделать разные наборы характеристик для разных категорий? У ноутбуков — диагональ и память, у чайников — объём и мощность.",
        # a pronoun in another case for what the question named
        "Как разом удалить старые черновики статей? Их скопилось несколько сотен, вручную долго.",
        # what the customer checked, stated with short passive participles
        "Почему не проходит оплата через Робокассу? Пароли магазина скопированы, боевой режим включён.",
        # the shop named by its goods: its trade, not the writer's life
        "Мы — магазин игрушек, у каждой игрушки есть возраст, бренд и материал. Как сделать фильтр по возрасту?",
        # the shop's own manager leaving: why the customer asks
        "Где поменять адрес, на который приходят заказы? Менеджер уволился, нужно на другого.",
    ],
)
def test_context_that_names_no_life_is_no_digression(body: str) -> None:
    assert "off_topic" not in _codes(body)


@pytest.mark.parametrize(
    "body",
    [
        "Как сделать фильтр по возрасту товара? У меня сын вчера пошёл в первый класс, жена плакала весь день, а я на работе.",
        "Где поменять адрес для заказов? Кстати, вчера ездили с семьёй на дачу, шашлыки удались, погода была отличная.",
        "Как выгрузить заказы в CSV? Наш бухгалтер опять ушла в отпуск в самый разгар отчётности, уже третий раз за год, честное слово.",
    ],
)
def test_a_digression_about_life_is_still_one(body: str) -> None:
    assert "off_topic" in _codes(body)


@pytest.mark.parametrize(
    "text",
    [
        # the person named by the site work he did: what befell him is why the customer asks
        "Добрый день. Мой брат, который вёл наш сайт, уехал жить в Канаду с семьёй. Где в админке меняются способы оплаты?",
        "Hello. My nephew, who built our store, moved to Canada last spring and I am on my own now. "
        "Where do I change the shop's opening hours?",
        # the institution the site belongs to: its people are its public
        "Здравствуйте, у нас музыкальная школа, и родители учеников просят выкладывать расписание. "
        "Как добавить на сайт раздел с файлами для скачивания?",
        # the vendor's own product judged, then a return to the subject
        "Жуть какой интерфейс у вас, ничего не найдёшь. Ну да ладно. Где в админке список заказов за вчера?",
        # the product's sign-up, interface and shipping are its words
        "We get dozens of bogus registrations every night. How can I require e-mail confirmation?",
    ],
)
def test_the_site_s_context_is_no_digression(text: str) -> None:
    assert "off_topic" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own life stays a digression
        "У нас в школе у сына карантин, сидим дома всей семьёй, дети носятся. Как выгрузить заказы в Excel?",
        "Мой муж, который вечно занят, опять уехал на рыбалку на все выходные. Как выгрузить заказы в Excel?",
        # a product word in passing in a marked aside, not the vendor's
        "Кстати, наш бухгалтер 1С-ница ушла в отпуск и уехала на море. Ладно. Как выгрузить заказы в Excel?",
    ],
)
def test_the_writer_s_life_stays_a_digression(text: str) -> None:
    assert "off_topic" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Кто у вас писал обработчик Тинькофф? Он отправляет итог в рублях, хотя банк ждёт копейки, "
        "и выходит в сто раз меньше. Где это исправить?",
        "Everything should appear in dollars by default instead of euros. How do I switch the main currency?",
        "Ночью в районе на полдня отключали электричество, наш сервер стоит прямо в офисе, бесперебойник "
        "продержался минут сорок, потом всё погасло. Теперь часть заказов открывается с ошибкой. Как проверить базу?",
    ],
)
def test_the_site_s_hardware_and_handlers_are_no_digression(text: str) -> None:
    assert "off_topic" not in _codes(text)


def test_a_story_of_the_writer_s_router_stays_a_digression() -> None:
    text = (
        "Где задать шаблон title для карточек? Кстати, провайдер у нас ужасный: неделю чинили интернет "
        "и в итоге велели перезагрузить роутер, а потом ещё и счёт выставили."
    )
    assert "off_topic" in _codes(text)


# -- an aside the writer marks himself -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # кстати / между прочим inside the aside, though it names the shop's people once
        "Где включить отображение остатков в карточке товара? У нас, кстати, менеджер сайта женится в субботу, "
        "весь офис готовит ему подарок.",
        "Как выгрузить заказы в Excel? Между прочим, наш бухгалтер опять ушла в отпуск посреди квартального отчёта.",
        # ладно / anyway heading the next sentence
        "Клиенты сегодня какие-то нервные, звонят без конца. Ладно, к делу: как включить сравнение товаров?",
        "Курьер опять опоздал на два часа, вот люди. Anyway, where is the currency sign set?",
        # an aside opened by its marker that reads like a report of the shop's people
        "Where do I set the currency sign? By the way, our intern Max keeps telling everyone he rebuilt the site "
        "last month, which he certainly did not.",
        # a postscript is an aside word, its full stop no cut
        "Как изменить порядок способов оплаты в корзине? P.S. Видели, что евро опять скачет? Я уже не знаю, "
        "по какому курсу закупаться, поставщики каждый день шлют новые прайсы.",
    ],
)
def test_a_marked_aside_is_a_digression(text: str) -> None:
    assert "off_topic" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # кстати before a second point about the product
        "Как включить сравнение товаров? Кстати, в карточке тоже не видно остатков, почему?",
        # ладно after a sentence about the question
        "Фильтр по цене показывает пусто. Ладно, как его пересобрать?",
        # an ordinary question with no marker
        "Как включить отображение остатков в карточке товара?",
        # a fault opened by кстати is a second fault
        "Как включить сравнение товаров? Кстати, после обновления в корзине не пересчитывается доставка.",
    ],
)
def test_marked_context_of_the_question_is_no_digression(text: str) -> None:
    assert "off_topic" not in _codes(text)


@given(st.sampled_from(["Ладно", "Ну да ладно", "К делу", "В общем", "Anyway"]))
def test_a_return_marker_never_makes_the_question_itself_a_digression(marker: str) -> None:
    assert "off_topic" not in _codes(f"{marker}, как поменять логотип в шапке сайта?")


@pytest.mark.parametrize(
    "text",
    [
        "Здравствуйте. Купил себе наконец новый ноутбук, тонкий. Пока не привык к клавиатуре, но это всё лирика."
        " Как сделать, чтобы товар нельзя было купить без регистрации?",
        "Добрый день. Поставили наконец новый забор у дома. Это всё лирика, конечно. Как поставить фильтр по цене в"
        " каталоге?",
    ],
)
def test_a_story_the_writer_calls_an_aside_is_a_digression(text: str) -> None:
    assert "off_topic" in check_intake("", text).codes


def test_a_word_for_an_aside_about_an_earlier_letter_is_no_digression() -> None:
    assert "off_topic" not in check_intake(
        "", "Здравствуйте. Как вывести на сайте карту с адресом? Лирику из прошлого письма можно не читать."
    ).codes


# -- a title's question marks end no sentence ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Как включить капчу в форме отзывов? P.S. Смотрели вчера передачу «Кто? Кому? Зачем?» — игроки опять"
        " проиграли, очень обидно.",
        "Где отключить капчу в форме отзывов? P.S. Смотрели вчера полуфинал «Кто? Куда? Когда?» — команда опять"
        " проиграла, обидно до слёз.",
    ],
)
def test_a_story_around_a_quoted_title_is_a_digression(text: str) -> None:
    assert "off_topic" in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "На кнопке «Задать вопрос?» не срабатывает клик после обновления, как починить?",
        "Как вывести в меню пункт «Куда доставляем?» отдельной ссылкой?",
    ],
)
def test_a_quoted_label_with_a_question_mark_stays_an_ordinary_question(text: str) -> None:
    assert _codes(text) == []


def test_someone_being_right_is_no_rights_of_the_product() -> None:
    # "она права": the short adjective of правый, not права (rights) of a user (round 31)
    body = "Как настроить скидку на доставку? Тёща считает, что я зря сижу вечерами за ноутбуком, и, пожалуй, она права."
    assert "off_topic" in codes(body)


@pytest.mark.parametrize("body", [
    "Как выдать менеджеру права? Он не видит заказы.",
    "Где настраиваются права группы «Менеджеры»? У них нет прав.",
])
def test_the_rights_of_users_stay_the_products(body: str) -> None:
    assert "off_topic" not in codes(body) and "no_question" not in codes(body)


def test_a_story_the_writer_sets_aside_asks_nothing_even_if_it_complains() -> None:
    # "Anyway, ..." after a complaint about someone else: the complaint was an aside (round 31)
    body = ("Our old agency never answered a single email for months, it was a nightmare. "
            "Anyway, how do I add a second administrator?")
    assert "off_topic" in codes(body)


@pytest.mark.parametrize("body", [
    "Заказы не выгружаются в 1С с утра. Ну это ладно, как вообще посмотреть журнал обмена?",
    "Корзина не пересчитывает доставку. Такие дела. Где смотреть настройки доставки?",
    "Письма не уходят с сайта. Ну да ладно. Как это исправить?",
])
def test_a_fault_of_the_product_set_aside_is_still_the_questions_context(body: str) -> None:
    assert "off_topic" not in codes(body) and "no_question" not in codes(body)


def test_a_story_closed_with_такие_дела_is_an_aside() -> None:
    body = "Директор уехал на месяц на Бали, и я тут за главного, даже за сайт. Такие дела. Где меняется шрифт в шапке?"
    assert "off_topic" in codes(body)


def test_the_weather_said_of_a_day_in_english_is_a_digression() -> None:
    # English has no dictionary here: snowed, snowing are listed as said (round 31)
    body = "Snowed in again, second day working at the kitchen table. How do I change the currency sign on product pages?"
    assert "off_topic" in codes(body)


@pytest.mark.parametrize("body", [
    "We sell kitchen furniture. How do I add a size filter to the catalogue?",
    "Our kitchen supplies shop needs a size filter. Where is it configured?",
])
def test_a_shop_of_kitchen_things_is_no_digression(body: str) -> None:
    assert "off_topic" not in codes(body)


@pytest.mark.parametrize("text", [
    "Ерунда с поиском: ищу «чай улун» — пусто, ищу «кофе арабика» — тоже пусто. Где настроить поиск?",
    "Товары «Вино красное», «Пиво светлое» и «Сок яблочный» не выгружаются в YML. Почему?",
])
def test_words_of_life_inside_quotes_are_names(text: str) -> None:
    """A search query or a product's name in quotes (чай, кофе, вино) is no word of the writer's life."""
    assert "off_topic" not in codes(text)


def test_the_same_words_said_of_the_writer_s_day_still_digress() -> None:
    assert "off_topic" in codes("Вчера пили чай с коллегами и обсуждали отпуск. Как добавить баннер на главную?")


@pytest.mark.parametrize("body", [
    # round 37: a family's pride, a new bridge, a feast, the mushroom season, each outweighing
    # the one word of the shop it names in passing (права, склад, магазин, курьеры)
    "Дочка сдала на права с первого раза, гордимся! Подскажите, как сделать обязательным поле e-mail в заказе?",
    "Через реку открыли новый мост, теперь от дачи до склада десять минут. Как включить уведомления о новых заказах в Telegram?",
    "Вчера отмечали пять лет магазину, гордимся! Где поменять текст письма о новом заказе?",
    "Весь город в грибной лихорадке, даже курьеры по выходным в лесу. Как скрыть цены для незарегистрированных покупателей?",
])
def test_a_short_story_of_the_town_or_the_family_is_a_digression(body: str) -> None:
    assert "off_topic" in codes(body)


@pytest.mark.parametrize("body", [
    # the same words as the shop's own business or the question's context
    "Мы продаём мёд на ярмарках и через сайт. Как добавить в каталог фильтр по объёму банки?",
    "Доставляем по улицам города курьером. Как указать в заказе подъезд и этаж отдельными полями?",
])
def test_a_fair_or_a_street_of_the_shop_s_trade_is_context(body: str) -> None:
    assert "off_topic" not in codes(body)
