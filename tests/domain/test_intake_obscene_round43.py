"""Obscene (SPEC 2.8.3), round 43: a mat word cut in two by a space or a tab (пох уй, разъе
башили), read as one where its first piece is no word, holds no mat of its own, and the cut runs
through the mat. A name or an abbreviation before a word (Ху Юань, ЕБРР, Херши) holds
whatever it holds whole and is read by the rules that know names. A word the writer says to read
backwards (прочитайте наоборот: …) is read so, dictionary word or not; names, dishes, an e-mail
address and a simile said of the writer's own people are no mat.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene
from tests.domain.intake_cases import codes


@pytest.mark.parametrize(("body", "cut"), [
    ("Мне пох уй на ваши сроки, верните выгрузку.", "пох уй"),
    ("Вы нам всё разъе башили своим обновлением. Как откатить?", "разъе башили"),
    ("Можете уё\tбывать со своими шаблонами.", "уё бывать"),
])
def test_a_word_cut_by_a_space_is_read_whole(body: str, cut: str) -> None:
    assert "obscene" in codes(body)
    assert any(" " in word or "\t" in word for word in find_obscene(body))


@pytest.mark.parametrize("body", [
    "Наш поставщик из Китая, господин Ху Юань, не получает письма. Где настроить SMTP?",
    "Кредит по программе ЕБРР для малого бизнеса оплачивает лицензию. Нужен счёт на банк.",
    "Шоколад Херши поштучно не продаётся. Как задать кратность заказа?",
    "Журнал «Ху из ху» выходит раз в месяц. Как сделать архив номеров?",
    "Пишу из дома, у нас снег. Как сменить пароль?",
])
def test_a_name_or_a_word_before_another_is_not_joined(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    # look-alikes of other languages (the innocent list, round 43)
    "В меню у нас сукияки и темпура. Как добавить фото к блюду?",
    "Наш поставщик — завод в Бляйхероде. Как импортировать цены в евро?",
    "Укладка херрингбон идёт отдельным разделом каталога. Как задать ему свой адрес?",
    # a name cut off where the message shows it whole
    "Название «Леди Херберт» после сохранения обрезается до «Леди Хер». Есть ограничение длины?",
    # an English name after "the", wherever else the message writes it
    "We are near the Wank, a mountain in Bavaria. Search ignores the word Wank. Why?",
    # an exclamation that opens a sentence as an address does
    "Батюшки, вы и в воскресенье работаете? Как продлить лицензию?",
    # an e-mail address, as a link is; a simile said of the writer's own people
    "Письма на адрес shebalin.a@yandex.ru не приходят, на gmail приходят. Что проверить?",
    "Жара, у нас в офисе все ходят как сонные мухи. Где меняется текст кнопки «Купить»?",
])
def test_names_dishes_and_exclamations_are_innocent(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Хер вам, а не продление. Верните деньги.",
    "You broke the checkout again, you Wankers. Fix it.",
    "Вы отвечаете как сонные мухи. Где ответ по заявке?",
])
def test_mat_beside_them_stays(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Прочитайте наоборот: ыбёоблод. Жду ответа по заявке.",
    "Что я думаю о вашем ответе, читать справа налево: ьтабеъзар.",
])
def test_a_word_the_writer_says_to_read_backwards_is_read_so(body: str) -> None:
    assert "obscene" in codes(body)


def test_read_backwards_is_no_reading_without_mat() -> None:
    assert "obscene" not in codes("Прочитайте наоборот: йылбоден. Почему так выводится заголовок страницы?")
