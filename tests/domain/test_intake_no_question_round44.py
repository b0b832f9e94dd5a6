"""No question (SPEC 2.8.2), round 44: in abuse, a question of who did it (Бездари, кто у вас
тестирует эти обновления?) is an accusation, the abusive address before it set aside; one that
goes on to ask why still asks.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

from tests.domain.intake_cases import codes


def test_who_did_it_after_an_abusive_address_asks_nothing() -> None:
    assert codes("Бездари, кто у вас тестирует эти обновления?") == ["obscene", "no_question"]


def test_who_did_it_that_goes_on_to_ask_why_still_asks() -> None:
    assert codes("Дебилы, кто у вас отвечает за обмен с 1С и почему он не работает?") == ["obscene"]


def test_the_desk_addressed_at_the_head_names_no_subject() -> None:
    # Дорогая техподдержка, …: whom the leave to ask is put to, not what the question is about
    assert codes("Дорогая техподдержка, разрешите задать вопрос по продлению?") == ["no_question"]
    assert codes("Уважаемая поддержка, как сменить пароль администратора?") == []


def test_whom_of_any_group_to_turn_to_asks_nothing_of_the_product() -> None:
    assert codes("К кому из менеджеров лучше обратиться по скидкам для оптовиков?") == ["no_question"]
