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


@pytest.mark.parametrize("body", [
    "Фантазёры и сказочники, вот вы кто. Заявку не смотрят неделю.",
    "Teapots and kettles, that's what you are. Refund the renewal.",
    "Flowerpots. That is what you are. Nobody has answered in a week.",
    "Ведёте себя как вахтёр на проходной: без справки ни слова. Как выгрузить заказы?",
    "Вы ведёте себя, как кондуктор в трамвае. Где счёт за продление?",
])
def test_what_the_reader_is_called_before_that_s_what_you_are_or_how_he_behaves_is_an_insult(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Волшебники, вот вы кто! Спасибо за быструю помощь.",
    "Lifesavers, that's what you are! Thank you.",
    "Professionals, that's what you are, thanks for the quick fix.",
    "«Жулики, вот вы кто» — так нам написал покупатель. Как удалить его отзыв?",
    "Ведёте себя как настоящие профессионалы, спасибо. Как теперь настроить выгрузку?",
    "Кто вы? Вот вы кто такие, спрашивает покупатель, а у нас нет страницы «О компании». Как её добавить?",
])
def test_praise_a_quote_or_a_question_of_who_is_no_such_insult(body: str) -> None:
    assert not _obscene(body)
