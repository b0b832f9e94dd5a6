"""Round 24 (issue 13): holdout17's false alarms at their causes. A town in an address; who
the writer is (an institution heading the letter, owning the site, introduced in English; where
the business is); the shop's occasion; the vendor's own website; the site's words a list lacked;
what the writer needs to do or did himself; a column to get back; an address's .html; the
product's layouts. Each class stands beside look-alikes that keep their outcome.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _codes(text: str) -> list[str]:
    return check_intake("", text).codes


# -- out_of_scope: what the writer does, a product's own change --------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the writer needs to do it himself
        "Программист в отпуске, а мне нужно заменить баннер на главной. Как загрузить новый баннер?",
        # the writer changed a template himself and asks what follows
        "Подскажите, правка шаблонов влияет на гарантию поддержки? Мы изменили шаблон корзины сами.",
        # a column to get back after the vendor's update
        "После установки обновления в списке заказов пропала колонка «Телефон». Как вернуть колонку?",
        # an address's ending, not the HTML language
        "Почему после обновления адреса страниц стали с .html на конце? Как убрать .html из адресов?",
        # where in the product's layouts to put one's own file
        "Как подключить свой CSS-файл в макет только для раздела «Акции»? Есть ли в макете такое место?",
    ],
)
def test_the_writer_s_own_work_is_in_scope(text: str) -> None:
    assert "out_of_scope" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Нам нужно, чтобы вы заменили баннер на главной странице на новый.",
        "Мы изменили шаблон корзины, теперь переделайте, пожалуйста, шапку сайта под него.",
        "Как сделать колонку с тенью и скруглёнными углами на CSS?",
        "Вставьте, пожалуйста, в наш макет код онлайн-чата, ссылка в письме.",
    ],
)
def test_work_asked_of_the_staff_stays_out_of_scope(text: str) -> None:
    assert "out_of_scope" in _codes(text)


# -- out_of_scope: an error already fixed, a thing written in JS ------------------------


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # the fix an update brings is why to install it, no defect reported
        (
            "Наш программист в отпуске, а обновление надо поставить сегодня: в нём исправлена ошибка с оплатой."
            " Поставьте его, пожалуйста, на сайт.",
            "2.10.3",
        ),
        # an error the staff fixed before is the earlier work, asked again
        (
            "Вы уже исправляли нам ошибку в шаблоне письма, но подрядчик затёр файл. Исправьте ещё раз, пожалуйста.",
            "2.10.7",
        ),
        ("Вы в марте уже чинили нам баг в шаблоне письма, но подрядчик затёр файл. Почините ещё раз, пожалуйста.", "2.10.7"),
        # a thing written in JS is a script to integrate
        ("Увидели у конкурента калькулятор доставки на JS. Подключите его к странице «Доставка», пожалуйста.", "2.10.5"),
    ],
)
def test_fixed_errors_and_things_in_js_are_read_for_what_they_are(text: str, clause: str) -> None:
    assert clause in [f.message.split(" ", 1)[0] for f in check_intake("", text).flags if f.code == "out_of_scope"]


@pytest.mark.parametrize(
    "text",
    [
        "Вы исправили ошибку с оплатой, но после обновления она снова появилась. Почему?",
        "В обновлении 7.1 исправили ошибку с доставкой, а у нас после установки корзина не работает. Что делать?",
    ],
)
def test_an_error_that_came_back_stays_a_defect(text: str) -> None:
    assert "out_of_scope" not in _codes(text)


# -- 2.10.2: a messenger's bot and telephony are outside services ------------------------


def _clauses(text: str) -> list[str]:
    return [f.message.split(" ", 1)[0] for f in check_intake("", text).flags if f.code == "out_of_scope"]


@pytest.mark.parametrize(
    "text",
    [
        "Подключите, пожалуйста, WhatsApp-бота, чтобы заявки с сайта падали в наш общий чат отдела продаж.",
        "Настройте, пожалуйста, интеграцию нашей АТС с сайтом, чтобы звонки записывались в заказы.",
    ],
)
def test_a_messenger_bot_and_telephony_are_outside_services(text: str) -> None:
    assert "2.10.2" in _clauses(text)


def test_a_link_of_the_site_with_telephony_is_no_layout_work() -> None:
    clauses = _clauses(
        "Нужна связка сайта с IP-телефонией: пусть при входящем звонке менеджер видит карточку клиента. Сделайте, пожалуйста."
    )
    assert clauses == ["2.10.2"]


@pytest.mark.parametrize(
    "text",
    ["Как подключить онлайн-чат на сайт?", "Заткните своего чат-бота и ответьте: как подключить второй склад в модуле обмена с 1С?"],
)
def test_the_desk_s_own_chat_bot_and_a_chat_how_to_stay_in_scope(text: str) -> None:
    assert _clauses(text) == []
