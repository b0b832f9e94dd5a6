"""Out of scope (SPEC 2.10.7), round 41: the request itself closed, reopened or asked about, and
the desk's own undoing of the customer's access put right, are no work redone. Work the desk did
once and is asked to do again still is.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Закройте, пожалуйста, заявку 8120 — вопрос больше не актуален, сайт закрываем.",
    "Ваши из поддержки удалили мне временного пользователя раньше, чем проверили. Мне что, снова его заводить? Ответьте по заявке.",
    "Кто-то из ваших удалил временного пользователя до проверки, и теперь её не закончили. Когда закончите?",
    "Закрыли заявку без ответа. Откройте её снова.",
])
def test_the_request_itself_or_the_desks_own_undoing_is_no_work_redone(body: str) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    "Снова настройте нам обмен с 1С, как вы делали в прошлом году, мы переехали на новый сервер.",
    "Настройте заново выгрузку в Яндекс.Маркет, вы её уже настраивали нам в прошлом году.",
])
def test_work_done_once_and_asked_again_is_still_redone(body: str) -> None:
    assert "out_of_scope" in codes(body)


@pytest.mark.parametrize("body", [
    "Пусть ваш программист встроит виджет онлайн-записи в раздел «Запись», код виджета у нас есть.",
    "We'd be glad if your team could take care of moving the site to the new hosting next week.",
])
def test_work_put_on_the_desk_in_other_words_is_out_of_scope(body: str) -> None:
    assert "out_of_scope" in codes(body)


def test_a_person_asked_for_with_pust_is_no_work() -> None:
    assert "out_of_scope" not in codes("Ваш Пётр из первой линии два раза потерял мою заявку. Пусть мной займётся другой специалист.")
