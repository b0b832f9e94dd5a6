"""Out of scope (SPEC 2.10), round 54: a customer who says he wants to install an update himself
(Хотим сами поставить обновление) asks how, not for support to install it (2.10.3), and one who
wants to edit his own templates himself asks how as well; "сделаете у нас сами?" and "ставили
бы нам сами" still ask the desk's people to do it.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import clauses


@pytest.mark.parametrize("body", [
    "Добрый день. Хотим сами поставить обновление 7.1.2. Нужно ли перед этим отключить кэш?",
    "Хочу сам обновить систему через центр администрирования. Что сделать заранее?",
    "Здравствуйте. Собираемся сами установить обновление в выходные. Сохранятся ли наши правки в XSL?",
])
def test_an_update_the_customer_will_install_himself_is_in_scope(body: str) -> None:
    assert "2.10.3" not in clauses(body)


@pytest.mark.parametrize("body", [
    "Нужно обновить систему перед распродажей, а программиста нет. Сделаете у нас сами? Доступы в прошлом письме.",
    "Хотим, чтобы ваши специалисты ставили нам обновления сами, как только они выходят. Сколько это стоит?",
    "Можете сами установить обновление на наш сайт? Пароль от админки пришлю.",
])
def test_the_desk_asked_to_install_it_is_still_out_of_scope(body: str) -> None:
    assert "2.10.3" in clauses(body)
