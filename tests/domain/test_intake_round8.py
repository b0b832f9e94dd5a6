"""The classes of misses of the eighth tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, is_repeat


def codes(body: str) -> list[str]:
    return check_intake("", body).codes


# --------------------------------------------------------------------------- off_topic


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


# --------------------------------------------------------------------------- already_answered


@pytest.mark.parametrize(("new", "earlier"), [
    # an abbreviation and its spelled-out form
    ("Как включить оплату через систему быстрых платежей?", "Как подключить оплату через СБП?"),
    ("Where do I enable 2FA for the admin panel?", "How do I turn on two-factor authentication for the admin panel?"),
    # a product term and its everyday paraphrase
    ("Где выставляется временная зона сайта?", "Как поменять часовой пояс сайта?"),
    ("Почему поиск не находит товар по коду товара?", "Почему поиск не находит товары по артикулу?"),
])
def test_a_term_spelled_out_is_the_same_question(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # the spelled-out term beside another thing is still another question
    ("Как включить оплату через систему быстрых платежей?", "Как подключить оплату картой?"),
    ("Где задаётся адрес отправителя писем?", "Где задаётся адрес доставки по умолчанию?"),
])
def test_a_spelled_out_term_does_not_match_another_thing(new: str, earlier: str) -> None:
    assert not is_repeat(new, earlier)
