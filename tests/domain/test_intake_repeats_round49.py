"""Already answered (SPEC 2.8.5), round 49: a thing the new question sets aside by a contrast
(не к товару, а к группе; отключить, а не просто сбросить; invoices, not orders, for …) is what
it does not ask, whatever else it says of that thing, unless the earlier question set it aside as
well; a negated verb before ", а" reports a fault and sets nothing aside.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import compare_questions, is_repeat, rules_find_repeat


@pytest.mark.parametrize(("new", "earlier"), [
    # the set-aside thing named again in the rest of the question (главной) still sets it aside
    ("Как повесить баннер не на главную, а на страницу каталога, чтобы его видели на всех страницах после главной?",
     "Как повесить баннер на главную страницу?"),
    ("Можно ли присылать уведомление не менеджеру, а покупателю, когда меняется статус его заказа?",
     "Как присылать менеджеру уведомление о смене статуса заказа?"),
    # an action set aside: the earlier question asked for that action
    ("Как удалить заказ совсем, а не просто отменить его?", "Как отменить заказ?"),
    # English ", not X," in the middle of a sentence
    ("How do I export invoices, not orders, for last month?", "How do I export orders for last month?"),
    # раздел reads as a verb too (раздеть), but here it is the noun set aside
    ("Как исключить из поиска не раздел, а отдельные статьи?", "Как исключить раздел из поиска?"),
])
def test_a_thing_set_aside_by_a_contrast_makes_another_question(new: str, earlier: str) -> None:
    assert "settled" in compare_questions(new, earlier).vetoes
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    # не показывает товары, а раньше показывал: a fault, the same one
    ("Почему фильтр не показывает товары, а раньше показывал?", "Почему фильтр в каталоге не показывает товары?"),
    # both questions set самовывоз aside
    ("Как включить доставку курьером, а не самовывоз?", "Как настроить курьерскую доставку, а не самовывоз?"),
])
def test_what_both_set_aside_or_a_negated_fault_keeps_a_repeat(new: str, earlier: str) -> None:
    assert "settled" not in compare_questions(new, earlier).vetoes
    assert rules_find_repeat(new, earlier)



@pytest.mark.parametrize(("new", "earlier"), [
    # found by the round-49 review: "X, а не Y" / "instead of Y" describes the fault, and Y is
    # then asked for: still a repeat
    ("Заказы приходят на почту менеджера, а не в CRM. Как настроить передачу заказов в CRM?",
     "Как настроить передачу заказов в CRM?"),
    ("Письма клиентам идут с адреса хостинга вместо нашего домена. Как отправлять с нашего домена?",
     "Как отправлять письма клиентам с нашего домена?"),
    ("Customers can still only pay cash, not by card, at checkout. How do I enable card payments at checkout?",
     "How do I enable card payments at checkout?"),
    # а не только narrows, it sets nothing aside
    ("Фильтр показывает все бренды, а не только бренды раздела. Как показать бренды раздела?",
     "Как показать в фильтре только бренды раздела?"),
])
def test_a_thing_set_aside_then_asked_for_keeps_a_repeat(new: str, earlier: str) -> None:
    assert is_repeat(new, earlier)
