"""The writer's opinion (SPEC 2.8.4, intake/opinion.py): an opinion of the world beside the
question is a digression however much of the trade it names; an opinion of the writer's own
case (a fault, something pointed back to, what the product should do, whether it was done
right, a thing the question names) is the question's context.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Мне кажется, раньше и сайты были проще, и жизнь веселее. Как сделать скидку на второй товар в корзине?",
    "Я вообще считаю, что все эти CMS скоро заменят нейросети. Где меняется текст письма о заказе?",
    "Как поменять порядок разделов в меню? Я лично считаю, что лучшие годы интернета давно позади.",
    "In my opinion, nobody reads newsletters anymore, everyone lives in messengers. How do I add a Telegram link to the footer?",
])
def test_an_opinion_of_the_world_is_a_digression(body: str) -> None:
    assert "off_topic" in codes(body)


@pytest.mark.parametrize("body", [
    # a fault, or what was said before pointed back to
    "Как настроить выгрузку в 1С? Мне кажется, проблема в кодировке файла.",
    "Почему не приходят письма о заказах? По-моему, это началось после обновления.",
    "I think the problem started after the update. Why are order emails not sent?",
    "Почему товары не выгружаются в Маркет? Мне кажется, раньше такого не было.",
    # what the product should do; whether it was done right
    "Я считаю, что корзина должна сохраняться после выхода. Как это включить?",
    "In my opinion the search should ignore case. Can it be configured?",
    "I think we set everything up correctly. Why does the payment page show a blank screen?",
    "Мне кажется, я что-то не так делаю. Как добавить товар в два раздела сразу?",
    # a thing the question names
    "Как выгрузить заказы в Excel? Мне кажется, Excel удобнее для бухгалтерии.",
    "Где меняется логотип в шапке? Мне кажется, старый логотип выглядит устаревшим.",
    # the staff's opinion asked of the question itself
    "Как вы думаете, стоит ли переходить на редакцию Бизнес ради складов? Сколько стоит переход?",
])
def test_an_opinion_of_the_writers_own_case_is_no_digression(body: str) -> None:
    assert "off_topic" not in codes(body)


def test_hearsay_about_the_world_is_a_digression() -> None:
    # "говорят, что ..." (they say) tells the world's news, like an opinion of it (round 31)
    body = ("Говорят, с осени опять поднимут пошлины на доставку из-за границы, народ в панике. "
            "Как включить отображение старой цены в карточке?")
    assert "off_topic" in codes(body)


def test_hearsay_about_the_product_is_the_question() -> None:
    body = "Говорят, в новой версии появился модуль складов, это правда? Как его включить?"
    assert "off_topic" not in codes(body) and "no_question" not in codes(body)
