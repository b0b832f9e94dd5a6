"""Out of scope (SPEC 2.10), round 36: work asked as a polite wish ("было бы здорово, если бы
вы ...") is asked as plainly as with "просим" (intake/scope_wishes.py), while a wish about the
product or the writer's own doing is no work for the staff; help asked with JavaScript in
general is consulting (2.10.6), a script's fault after the vendor's update is not.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import clauses, codes


@pytest.mark.parametrize(("body", "clause"), [
    ("Было бы здорово, если бы ваш специалист сам поставил нам последнее обновление.", "2.10.3"),
    ("Было бы отлично, если бы кто-нибудь из вас зашёл в админку и обновил систему до 7.1.", "2.10.3"),
    ("Было бы неплохо, если бы обновления на наш магазин ставили вы, а мы только проверяли.", "2.10.3"),
])
def test_work_asked_as_a_polite_wish_is_asked(body: str, clause: str) -> None:
    assert clause in clauses(body)


@pytest.mark.parametrize("body", [
    # a wish about the product, and the writer's own doing after a relative word
    "Было бы здорово, если бы в следующей версии появился экспорт в Excel. Когда примерно выйдет 7.2?",
    "Было бы хорошо, если бы после обновления, которое мы поставили сами, не слетали настройки. Почему они слетают?",
])
def test_a_wish_about_the_product_asks_no_work(body: str) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    "Помогите с jQuery: анимация меню дёргается при прокрутке.",
    "How do I remove an event listener added with addEventListener in an arrow function?",
])
def test_help_with_javascript_in_general_is_consulting(body: str) -> None:
    assert "2.10.6" in clauses(body)


def test_a_script_broken_by_the_vendor_s_update_stays_in_scope() -> None:
    assert "out_of_scope" not in codes("Помогите: после вашего обновления 7.1.3 перестал работать jQuery в корзине.")
