"""Insults, round 50 of issue 13: the reader asked whether he is some plural creature or thing."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _obscene(body: str) -> bool:
    return any(r.code == "obscene" for r in check_intake("", body).refusals)


@pytest.mark.parametrize("body", [
    "Вы там все тетерева, что ли? Неделю жду ответа по заявке.",
    "Вы там пеликаны что ли, заявку третий день не видите?",
    "Вы тут все ламантины, что ли? Сайт лежит с утра.",
])
def test_the_reader_asked_whether_he_is_a_plural_creature_is_insulted(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Вы там живые, что ли? Третий день нет ответа по заявке.",
    "Вы там офигели что ли — третий день обещаете исправление?",
    "Вы там в отпуске, что ли? Когда ответите по заявке?",
    "Вы там стажёры, что ли? Ответ пришёл не на мой вопрос, прошу передать заявку.",
    "Клиент написал нам в чат «вы там все пингвины, что ли», как такие сообщения отсекать?",
    "Вы там Менделеевы, что ли, раз всё знаете? Тогда подскажите, как настроить выгрузку.",
])
def test_an_adjective_a_verb_a_place_the_desk_s_people_a_quote_or_a_name_is_no_such_insult(body: str) -> None:
    assert not _obscene(body)
