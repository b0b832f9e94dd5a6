"""Obscene language (SPEC 2.8.3) in a name its writer explains: a surname "фамилия такая", a
street "a real street", a product name corrected as a typo or an autocorrection
(intake/obscene_explained.py). The word without its explanation stays refused, and no apology
for the language, no word at a sentence's start and no person addressed excuses mat.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene

_EXPLAINED = [
    ("Покупательница Анна Хуеберт (фамилия такая, немецкая) не может оформить заказ: форма пишет "
     "«недопустимое слово». Где это настроить?", " (фамилия такая, немецкая)"),
    ("В письмо попал товар «Корм Блядинский»… извините, автозамена, «Корм Бядинский». Как её отключить?",
     "… извините, автозамена, «Корм Бядинский»"),
    ("Our customer lives on Shitbrook Road (a real street, honestly) and the checkout rejects the address. "
     "Which setting is that?", " (a real street, honestly)"),
    ("Пишет покупатель Ян Хуйсманс из Антверпена, фамилия по-русски звучит смешно, знаю. Почему ему не "
     "приходит письмо о заказе?", ", фамилия по-русски звучит смешно, знаю"),
]


@pytest.mark.parametrize(("text", "explanation"), _EXPLAINED)
def test_a_name_explained_as_real_or_as_a_typo_passes(text: str, explanation: str) -> None:
    assert find_obscene(text) == []
    # the same name without its explanation is refused: the explanation is what lets it pass
    assert find_obscene(text.replace(explanation, ""))


def test_a_surname_beside_a_first_name_passes_explained_or_not() -> None:
    # round 59: writers of five hold-outs labelled a surname beside a first name or a role
    # innocent whatever its root, so the correction is no longer what lets it pass
    text = "Отгрузку принял покупатель Рустам Ебатуллин… простите, Ибатуллин, а в накладной фамилия обрезана. Почему?"
    assert find_obscene(text) == []
    assert find_obscene(text.replace("… простите, Ибатуллин", "")) == []


@pytest.mark.parametrize("text", [
    # an apology for the language withdraws nothing
    "Передайте, что ваш Пиздюков из поддержки опять не ответил, простите за выражение. Когда ответ?",
    # the word is no name: lower case, or at a sentence's start
    "Какой мудак это придумал? Опечатка в каждой строке.",
    "Пиздец, опечатка в цене опять. Как исправить шаблон?",
    # a person addressed after an apology is no correction of the word
    "Ваши Мудаки, извините, Иван Петрович, опять ничего не сделали.",
    # the explanation stands two sentences away
    "Вы Мудаки. Корзина не работает. Это опечатка в шаблоне?",
])
def test_mat_stays_mat_whatever_is_explained_around_it(text: str) -> None:
    assert find_obscene(text)
