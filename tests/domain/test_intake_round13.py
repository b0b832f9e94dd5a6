"""The thirteenth round (issue 13): who does the work (SPEC 2.10), one class per test, each
with the look-alikes the class must leave alone.

A request that the vendor's people do work on the customer's site is out of scope however
politely it is put (could one of your engineers ..., нельзя ли поручить вашим
специалистам ..., было бы здорово, если бы вы сами ...); a question how the customer does it,
or what the product can connect, is not. Every example is written for this file, not taken
from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def scope(body: str) -> list[str]:
    """The 2.10 clause numbers flagged for the message."""
    return [f.message.split()[0] for f in check_intake("", body).flags if f.code == "out_of_scope"]


# ------------------------------------------------------------------ who does the work


@pytest.mark.parametrize(("body", "clause"), [
    # the vendor's people named as the doer, in a question of possibility
    ("Would one of your developers be able to move our website from the old VPS to a new host?", "2.10.1"),
    ("Is it possible for your team to migrate the shop to our new server over the weekend?", "2.10.1"),
    ("Is it possible to have your staff install the latest update on our server?", "2.10.3"),
    ("Нельзя ли поручить вашим специалистам провести обновление системы на нашем сервере?", "2.10.3"),
    ("Хотелось бы договориться, чтобы ваши инженеры каждый квартал обновляли нам систему.", "2.10.3"),
    # a wish of what the staff would do
    ("Было бы здорово, если бы кто-нибудь из вас переделал шапку сайта под новый логотип.", "2.10.4"),
    ("Нам бы хотелось, чтобы кто-то с вашей стороны перевёз магазин на новый хостинг.", "2.10.1"),
    # можете, like сможете, asks the staff to do it
    ("Можете перенести наш магазин на новый сервер? Доступы пришлю.", "2.10.1"),
    # a bought template fitted to the site
    ("Мы купили шаблон интернет-магазина, подгоните его, пожалуйста, под наш сайт.", "2.10.2"),
    # an outside party with no ready-made module
    ("У транспортной компании нет готового модуля. Можете сделать интеграцию с ними?", "2.10.2"),
    # an outside script made to work with the site
    ("Есть парсер прайсов, который написал наш программист. Помогите подружить его с сайтом.", "2.10.5"),
    # the same work as last time, for another site
    ("Сделайте, пожалуйста, ту же настройку, что и в прошлый раз, для нашего второго магазина.", "2.10.7"),
    ("Your colleague configured the feed last spring. Could you do the same setup on our new domain?", "2.10.7"),
])
def test_a_request_that_the_vendors_people_do_the_work_is_out_of_scope(body: str, clause: str) -> None:
    assert clause in scope(body)


@pytest.mark.parametrize("body", [
    # the customer does it himself: хочу/хотим with a verb, переносить будем сами
    "Хочу поправить цвет кнопки в шапке. В каком файле макета это делается?",
    "Хотим понять, кто удалил раздел каталога. Где посмотреть журнал действий?",
    "Какие файлы не нужно копировать при переезде на другой хостинг? Переносить будем сами, надо только понимать порядок.",
    # a domain change on the same hosting is no move between hostings
    "Подскажите порядок смены домена: сайт переезжает на новый адрес, хостинг тот же. Что поменять в настройках?",
    # asking which services the product connects
    "Какие CRM сервисы можно подключить к магазину?",
    # asking the staff to tell, not to do
    "Можете подсказать, изменит ли новая версия шаблоны страниц нашего сайта?",
    "Could you tell me whether the latest update changes our page templates?",
    # courtesy and negated imperatives ask for no work
    "Простите, как у вас сложно сделать простую страницу. Где в админке создать раздел?",
    "Если пропаду со связи, не обижайтесь. Как задать наценку на доставку в модуле?",
    # the product's own tools
    "Подскажите, как средствами системы добавить в макет вывод счётчика товаров в корзине?",
    # centimetres are no imperative
    "Размер коробки 120 см, Почта не даёт оформить отправку. Где в модуле задаются габариты?",
])
def test_the_customers_own_doing_and_product_questions_stay_in_scope(body: str) -> None:
    assert scope(body) == []
