"""Out of scope (SPEC 2.10), round 40: what reads like a request for work but reports a fault
or asks of the request itself stays in scope: a button greyed out (неактивна) or a module that
never appeared is a defect; a past verb a few words after its subject (мы в прошлом месяце
перешли) is no imperative; reopening the request is no work redone (2.10.7). Beside each,
the same words asking for work are still out of scope.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import clauses, codes


@pytest.mark.parametrize("body", [
    "Третий день не можем добавить новую доставку — кнопка «Добавить» в разделе доставок неактивна. Что мешает?",
    "Оператор видит заказы, но не может поменять статус — кнопка неактивна. Какие права нужны?",
    "Мы в прошлом месяце перешли с «Малого бизнеса» на «Бизнес» с доплатой, ключ поменяли в админке. "
    "Но модуль «Склады» в меню так и не появился. Нужно ли что-то ещё активировать?",
    "Вы закрыли мою заявку без ответа. Откройте заявку 5521 обратно.",
    "Please reopen ticket 8812, the question is not answered.",
])
def test_a_fault_or_the_request_itself_is_in_scope(body: str) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize(("body", "clause"), [
    ("Добавьте, пожалуйста, на главную кнопку «Заказать звонок» в шапке, как на макете.", "2.10.4"),
    ("Перенесите, пожалуйста, наш сайт на новый хостинг, своего программиста у нас нет.", "2.10.1"),
    ("В прошлой заявке вы настроили нам группы пользователей. Мы переустановили сайт, сделайте это ещё раз.", "2.10.7"),
])
def test_the_same_words_asking_for_work_are_out_of_scope(body: str, clause: str) -> None:
    assert clause in clauses(body)


# After holdout51/52: one of yours as the doer of a wish, further back (чтобы кто-нибудь из
# ваших зашёл и накатил), доделать and переработать as work on a layout, a landing page called
# посадочная, МоёСклад as a service.
@pytest.mark.parametrize(("body", "clause"), [
    ("Очень просим, чтобы кто-нибудь из ваших подключился к нам и накатил все обновления, у нас 6.8.", "2.10.3"),
    ("Было бы здорово, если бы вы переработали нашу главную страницу: баннер крупнее, меню сверху.", "2.10.4"),
    ("Доделайте, пожалуйста, макет карточки товара, как на эскизе.", "2.10.4"),
    ("Хотим, чтобы цены на сайте синхронизировались с МоёСклад раз в час. Настройте, пожалуйста, обмен.", "2.10.2"),
])
def test_wishes_and_work_of_holdout51_52_are_out_of_scope(body: str, clause: str) -> None:
    assert clause in clauses(body)


def test_a_wish_of_redoing_as_before_still_reads_the_earlier_doing() -> None:
    assert "2.10.7" in clauses("Было бы здорово, если бы вы ещё раз настроили нам оплату через ЮKassa — как настраивали при запуске.")


def test_work_entrusted_to_the_desk_is_out_of_scope() -> None:
    assert "2.10.1" in clauses("Доверяем вам переезд нашего сайта на новый сервер, доступы к обоим хостингам во вложении.")
