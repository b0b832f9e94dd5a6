"""Obscene (SPEC 2.8.3), round 42: a sign that is no letter (★, ◆, ‡, an asterisk) at the start
of a Cyrillic word or inside it hides a letter, and so does one foreign letter written twice in
a word (Д口лб口ёбы); any one sign may part spelled-out letters (М†у†д†а†к†и). A sign before a
word the dictionary knows (✅Хиты продаж, ★Мебель) hides nothing.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "★ИЗДЕЦ какой-то с выгрузкой в 1С. Что делать?",
    "◆удозвоны, когда будет ответ?",
    "*уйня какая-то с корзиной, товары пропадают.",
    "Д口лб口ёбы, где ответ по заявке?",
    # any one sign between spelled-out letters, the same all along, or a mark inside a word
    "М†у†д†а†к†и, где ответ по заявке?",
    "Всё п¦и¦з¦д¦е¦ц: выгрузка опять упала.",
    "Х‡йня какая-то с корзиной, товары пропадают.",
])
def test_a_letter_behind_a_sign_or_a_repeated_foreign_letter_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "✔Уйти с сайта нельзя, кнопка не работает. Почему?",
    "★Мебель и ✅Кухни: как сделать два каталога?",
    "✅Хиты продаж не выводятся на главной. Где настройка?",
    "➡Заказы не приходят на почту, что проверить?",
    "☆Тебе и мне: как назвать раздел с подарками парам?",
    "Артикулы А†Б†В не выгружаются в 1С, почему?",
    "Т‡е‡с‡т: как проверить отправку писем?",
])
def test_a_sign_before_a_dictionary_word_hides_nothing(body: str) -> None:
    assert "obscene" not in codes(body)
