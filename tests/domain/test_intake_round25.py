"""Round 25 of issue 13: false alarms at their causes (a surname after a person's role, a
foreign name spelled in Latin in the brackets that explain it, a shop heading its own
letterhead, the site's content named again, payments and buyers as the shop's business) and
an ordinal of the earlier question that the new one says in other words. Every example is
written for this round, not taken from any corpus."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, is_repeat


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день. Магазин «Бразилия» — кофе и чай из Южной Америки. Как добавить фильтр по стране на витрине?",
        "Здравствуйте. На странице врачей не выводится фотография у одного врача. Остальные врачи видны нормально. Куда смотреть?",
        "Платёж через Робокассу прошёл дважды с одной карты, деньги списались два раза. Как в обработчике это отловить?",
        "Hello. We sell knitting patterns as files only. Most of our buyers live in Norway and pay by card via PayPal."
        " How do we send the file link after payment?",
    ],
)
def test_the_shop_s_own_business_is_no_digression(text: str) -> None:
    assert "off_topic" not in check_intake("", text).codes


@pytest.mark.parametrize(
    "text",
    [
        "Здравствуйте. Магазин закрыт, я уехал с женой на рыбалку на неделю, погода чудесная, клюёт отлично, дети"
        " довольны и загорели. Как выгрузить заказы в Excel?",
        "Здравствуйте. Мой пёс погрыз провод роутера, и в админке всё пропало. Пёс, кстати, спаниель, любит гулять"
        " в парке и гонять голубей. Как вернуть товары в каталог?",
    ],
)
def test_life_around_the_shop_is_still_a_digression(text: str) -> None:
    assert "off_topic" in check_intake("", text).codes


def test_an_ordinal_of_the_earlier_question_said_in_other_words_is_a_repeat() -> None:
    assert is_repeat("Как на сайте сделать английскую версию рядом с основной?", "Как добавить второй язык на сайт?")


@pytest.mark.parametrize(
    "new",
    [
        "Как удалить второй язык с сайта?",
        "Как добавить третий язык на сайт?",
        "Как добавить второй склад в магазин?",
    ],
)
def test_an_ordinal_still_tells_other_questions_apart(new: str) -> None:
    assert not is_repeat(new, "Как добавить второй язык на сайт?")
