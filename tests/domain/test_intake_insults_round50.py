"""Insults, round 50 of issue 13: what the reader is called before "that's what you are"."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _obscene(body: str) -> bool:
    return any(r.code == "obscene" for r in check_intake("", body).refusals)


@pytest.mark.parametrize("body", [
    "Фантазёры и сказочники, вот вы кто. Заявку не смотрят неделю.",
    "Teapots and kettles, that's what you are. Refund the renewal.",
    "Flowerpots. That is what you are. Nobody has answered in a week.",
])
def test_what_the_reader_is_called_before_that_s_what_you_are_is_an_insult(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Волшебники, вот вы кто! Спасибо за быструю помощь.",
    "Lifesavers, that's what you are! Thank you.",
    "Professionals, that's what you are, thanks for the quick fix.",
    "Professionals, that's what you are. Could you also tell me how to add a second language to the site?",
    "«Жулики, вот вы кто» — так нам написал покупатель. Как удалить его отзыв?",
    "Кто вы? Вот вы кто такие, спрашивает покупатель, а у нас нет страницы «О компании». Как её добавить?",
    # a review's innocent messages: praise of one's own shop, a page's text, asking who
    "Пишем текст для О нас от лица клиента. Лучший цветочный магазин района, вот вы кто. Как поставить этот текст над картой?",
    "Посетители путаются. Вот кто вы для них: магазин или склад? Как сделать на странице О нас понятный подзаголовок?",
    "Our About Us page says: Gardeners at heart, that's what you are. How do I move this text above the map?",
    "Я директор магазина, а вот вы кто?",
])
def test_praise_a_quote_or_a_question_of_who_is_no_such_insult(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    "В нашей сказке лиса говорит зайцам: вы ведёте себя, как малыши. Как сделать, чтобы сказка открывалась по ссылке?",
    "Ведёте себя как гость, а не как администратор: так наш менеджер описал проблему. Почему нет прав на редактирование?",
    "Вы там новички, что ли, в нашем городе? Хотим узнать, есть ли у вас партнёры в Казани для настройки сайта.",
    "Вы тут волонтёры что ли? Спрашиваю, потому что ответ пришёл в воскресенье. Как продлить техподдержку?",
])
def test_shapes_tried_and_dropped_this_round_refuse_no_innocent_message(body: str) -> None:
    """`Вы там X, что ли?` and `ведёте себя как X` found 4 insults on the corpora, and a
    reviewer's innocent messages took both shapes as often: they are not read as insults."""
    assert not _obscene(body)
