"""Round 21 (issue 13): integration asked in other words (2.10.2), work of the staff's asked
again (2.10.7), messages that only notify, thank or propose a talk (2.8.2), and asides the
writer marks himself (2.8.4). Each class stands beside look-alikes that keep their outcome.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.domain.intake_cases import clauses as _clauses


# -- 2.10.2: integration with an outside system, asked politely or in other words --------


@pytest.mark.parametrize(
    "text",
    [
        # a verb of tying one thing to another, not only "подключить"
        "Будьте добры, привяжите к нашему магазину внешний сервис доставки цветов, ключ пришлём.",
        "Просим состыковать сайт с нашей бухгалтерской ERP, чтобы счета создавались сами.",
        # an outside system named by its class
        "Прошу организовать интеграцию нашего сайта с региональным порталом записи к врачу.",
        # нужна интеграция: the short adjective
        "Нужна интеграция каталога с Wildberries.",
        # English participles and gerunds, which lemma_text leaves as written
        "We would like our store integrated with Salesforce. Could your team handle it?",
        "Please get the shop connected to our Zapier account so that every order creates a task.",
        # data asked to flow to or from an outside service
        "Сделайте, пожалуйста, чтобы новые заявки уходили в наш телеграм-бот.",
        "Нам надо, чтобы цены брались из МойСклад раз в сутки.",
        # a bought layout to be tied to the product
        "Привяжите, пожалуйста, купленный HTML-шаблон к нашему магазину.",
    ],
)
def test_integration_asked_in_other_words(text: str) -> None:
    assert "2.10.2" in _clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        # how to do it with the product's own means
        "Как привязать к сайту штатный модуль доставки СДЭК?",
        # a reminder of how to set it up is a how-to question
        "Напомните, что вписать в настройках, чтобы заявки приходили в телеграм.",
        # a defect of an integration that exists
        "После обновления заказы перестали уходить в CRM, ошибка 500. Что случилось?",
        # the product's own marketplace of modules
        "Мы поставили модуль оплаты из вашего маркетплейса, где его настройки?",
        # a statement with no request
        "Заявки с сайта приходят в телеграм, всё хорошо.",
    ],
)
def test_look_alikes_stay_in_scope(text: str) -> None:
    assert "2.10.2" not in _clauses(text)


@given(st.sampled_from(["integrated", "connected", "synced", "hooked up"]))
def test_an_english_form_asks_what_its_verb_asks(form: str) -> None:
    assert "2.10.2" in _clauses(f"Please get our site {form} with HubSpot, we need it by Friday.")


# -- 2.10.7: the staff's earlier work, asked again -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a бы before a relative clause: the clause's past is the staff's work done
        "Надо бы заново внести то, что вы нам настраивали в обмене весной.",
        "Нужно бы снова завести те скидки, которые вы делали к праздникам.",
        # ещё разок
        "Заведите ещё разок те скидки, что вы вносили в марте.",
        # leave asked for the staff to do it for us
        "Можно снова настроить нам рассылку, как вы делали в прошлый раз? После переезда всё слетело.",
        # the staff's own edits returned
        "Верните, пожалуйста, ваши правки в шапке, мы нечаянно залили старый макет.",
    ],
)
def test_the_staff_s_work_asked_again(text: str) -> None:
    assert "2.10.7" in _clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        # a rollback of the vendor's update is no earlier work of the staff's
        "После вашего обновления фильтр не работает. Верните как было.",
        # a wish of what the staff do, not work done before
        "Хотелось бы, чтобы вы настроили нам рассылку.",
        # a how-to question about doing it again oneself
        "Как мне заново настроить рассылку после переезда?",
    ],
)
def test_look_alikes_are_not_redo_work(text: str) -> None:
    assert "2.10.7" not in _clauses(text)
