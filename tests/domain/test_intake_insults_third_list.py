"""Round 39: the third insult list written blind (metaphors, pejorative roles, set phrases
said of staff, English of every region), and digressions read again beside it: a weak word
(a dog, a village, a crayfish) in a sentence about the writer's life is life, not abuse,
unless it is aimed at someone (вы как клопы).

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Вы там сурки, что ли? Неделю спите. Где ответ по выгрузке?",
    "Ваша церберша из бухгалтерии опять требует оригинал счёта. Где скачать акт?",
    "Mooncalves, the lot of you. Why does the feed drop half the products?",
    "Вы как моллюски, честное слово. Когда исправите фильтр?",
])
def test_the_third_list_s_abuse_aimed_at_the_staff_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # the same words in their everyday senses
    "Продаём игрушки: сурок, моллюск и страус из плюша. Как добавить им общий ярлык «Мягкие»?",
    "В карточке товара «Чучело совы» не грузится вторая фотография. Почему?",
])
def test_the_third_list_s_words_in_their_everyday_senses_pass(body: str) -> None:
    assert "obscene" not in codes(body)


def test_a_weak_word_about_the_writer_s_life_is_a_digression() -> None:
    body = ("Соседский козёл вчера сбежал со двора, полдня искали его всей улицей, нашли у реки. "
            "Как включить уведомление покупателю о смене статуса заказа?")
    found = codes(body)
    assert "off_topic" in found and "obscene" not in found


def test_a_weak_word_aimed_at_the_staff_is_abuse_not_a_digression() -> None:
    found = codes("Вы как клопы на наших деньгах. Как включить уведомление о смене статуса заказа?")
    assert "obscene" in found and "off_topic" not in found


@pytest.mark.parametrize("body", [
    "Отвечаете как попугаи, одно и то же. Где настройка склада?",
    "Спите там как медведи зимой? Где ответ по выгрузке?",
])
def test_the_reader_compared_by_a_verb_s_person_is_aimed_at(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Работаем как пчёлки, заказов много. Как включить уведомления о заказах?",
    "Вы работаете как часы, спасибо. Как включить уведомления?",
])
def test_a_comparison_that_is_no_insult_passes(body: str) -> None:
    assert "obscene" not in codes(body)


def test_whoever_answers_the_customer_is_the_desk() -> None:
    assert "obscene" in codes("Мне опять отвечают какие-то индюки. Где настройка склада?")


def test_the_customer_s_own_person_answering_is_not_the_desk() -> None:
    assert "obscene" not in codes("Наш бухгалтер, этот баран, ответил клиенту не то. Как отменить отправленный счёт?")


@pytest.mark.parametrize("body", [
    "Вы там сачкодавы все, что ли? Где ответ по выгрузке?",
    "Профнепригодные у вас консультанты. Почему не считается доставка?",
    "Honestly, you screwballs closed the wrong ticket. Reopen it.",
    "Your support desk is a circlejerk. Who can fix the export?",
])
def test_words_added_after_holdout43_to_46_are_refused_when_aimed(body: str) -> None:
    assert "obscene" in codes(body)


def test_those_words_in_their_everyday_senses_pass() -> None:
    assert "obscene" not in codes("Продаём поросят и кроликов с фермы. Как добавить товар с ценой за килограмм?")


@pytest.mark.parametrize("body", [
    "Мошенники звонят нашим покупателям от имени магазина. Можно ли добавить на сайт предупреждение в шапку?",
    "Какие-то забулдыги разбили витрину. Как временно скрыть самовывоз из этого магазина?",
])
def test_swindlers_and_drunks_the_customer_reports_pass(body: str) -> None:
    assert "obscene" not in codes(body)


def test_swindlers_addressed_are_refused() -> None:
    assert "obscene" in codes("Вы мошенники: взяли деньги за продление и молчите. Где лицензия?")
