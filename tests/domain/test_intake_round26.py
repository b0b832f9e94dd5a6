"""Round 26 of issue 13: false alarms at their causes (places listed or renamed in an
address, a surname that carries a root with letters of its own, the writer's business named
as a letterhead does, the product's own terms, an HTML entity, a statement that names the
question's thing by a synonym). Every example is written for this round, not taken from any
corpus."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _clauses(text: str) -> list[str]:
    return [f.message.split(" ", 1)[0] for f in check_intake("", text).flags if f.code == "out_of_scope"]


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день. Как сделать, чтобы расписание занятий выводилось таблицей, которую администратор правит без HTML?",
        "Здравствуйте. Сервер у нас слабенький, но переносить сайт пока не можем. Какие требования к памяти"
        " предъявляет версия 7.2?",
        "Ужас, а не релиз: после 7.1.2 корзина считает доставку дважды. Когда исправите?",
        "Директор требует, чтобы я сделал на сайте раздел с вакансиями. Как создать инфосистему и вывести её в меню?",
        "Подскажите, почему в списке заказов не отображается колонка «Телефон»?",
        "Мы перешли на «Бизнес», чтобы получить мультисклад. Склады создали, но в карточке товара поле остатков по"
        " складам не появилось. Что нужно включить?",
    ],
)
def test_what_the_writer_cannot_do_or_will_do_and_faults_are_in_scope(text: str) -> None:
    assert _clauses(text) == []


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Сверстайте нам страницу акций на HTML.", "2.10.4"),
        ("Как сделать тень у блока через CSS?", "2.10.6"),
        ("Перенесите сайт на новый хостинг, пожалуйста.", "2.10.1"),
        ("Исправьте шапку сайта: поменяйте логотип.", "2.10.4"),
        ("Мы восстановили магазин из архива, и пропало подключение оплаты ЮKassa, которое делали вы."
         " Подключите ещё раз.", "2.10.7"),
    ],
)
def test_work_asked_of_the_staff_stays_out_of_scope(text: str, clause: str) -> None:
    assert clause in _clauses(text)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Верстальщик собрал нам страницы по макету. Подключите эту HTML-вёрстку к магазину, пожалуйста.", "2.10.2"),
        ("У нас своя программа учёта склада, самописная. Настройте обмен остатками между ней и сайтом.", "2.10.2"),
        ("We bought a fancy multipurpose theme and would like you to fit it to our shop.", "2.10.2"),
        ("Есть скрипт на Python, который собирает отзывы с маркетплейса. Можно ли сделать, чтобы он запускался из"
         " админки? Сделаете?", "2.10.5"),
        ("Last year your developer set up PayPal on our shop. We opened a new site and need the same set-up there"
         " too.", "2.10.7"),
    ],
)
def test_integration_scripts_and_the_same_set_up_again_are_out_of_scope(text: str, clause: str) -> None:
    assert clause in _clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Можно ли сделать, чтобы скрипт счётчика не грузился в админке?",
        "We bought a theme last year and it works fine. How do I change its colours?",
    ],
)
def test_how_to_questions_about_scripts_and_themes_stay_in_scope(text: str) -> None:
    assert _clauses(text) == []


def test_a_layout_someone_already_drew_is_integrated_not_developed() -> None:
    clauses = _clauses("Дизайнер нарисовал нам макет главной в Figma. Интегрируйте его в систему, пожалуйста.")
    assert clauses == ["2.10.2"]


def test_a_layout_asked_to_be_drawn_is_developed() -> None:
    assert "2.10.4" in _clauses("Нарисуйте нам макет главной страницы, пожалуйста.")
