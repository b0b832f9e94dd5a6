"""Round 49: the desk likened to creatures or things (SPEC 2.8.3, ``insult_similes``).

The reader named right before "как" (a verb in the second person plural, or вы with a dash
after the likeness) and likened to a plural noun, or "you're worse than" / "you lot are like" a
plural, is an insult whatever the noun;
a capacity one acts in (вы как разработчики), praise (работаете как часы), a third party
likened (курьеры ездят как черепахи) and a friendly likeness stay innocent.

Every example is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, find_obscene


@pytest.mark.parametrize("text,word", [
    ("Вы как ржавые ходики — вечно опаздываете. Где настроить уведомления?", "ходики"),
    ("Отвечаете как настоящие автоответчики, одно и то же. Где ответ?", "автоответчики"),
    ("Отвечаете как автоответчики, одно и то же. Когда будет ответ по заявке?", "автоответчики"),
    ("Копаетесь как бобры на плотине, третий день. Почему не проходит оплата картой?", "бобры"),
    ("Сидите как филины в дупле и молчите. Почему не работает фильтр по цене?", "филины"),
    ("You lot are like pigeons in the square, all noise. How do I reset the search index?", "pigeons"),
    ("You are worse than the starlings on our roof. Where is the CSV export button?", "starlings"),
])
def test_the_reader_likened_to_creatures_or_things_is_insulted(text: str, word: str) -> None:
    assert word in find_obscene(text)
    assert "obscene" in check_intake("", text).codes


@pytest.mark.parametrize("text", [
    "Вы как разработчики подскажите: где лежит шаблон письма о заказе?",
    "Работаете как часы, спасибо! Как добавить второй склад?",
    "Наши курьеры ездят как черепахи. Как добавить самовывоз в корзину?",
    "Вы как профессионалы что посоветуете для кэша: файлы или memcached?",
    "Сделайте как в прошлый раз, пожалуйста: выгрузку в 1С раз в час.",
    "You're like wizards, it works now! One more thing: how do I add a coupon?",
    "Как вы, как владельцы платформы, относитесь к сторонним модулям оплаты?",
    "Вы выгружаете как товары, так и группы? Или только товары?",
    "Вы присылаете счета как вложения или как ссылки?",
    "Вы храните как черновики, так и опубликованные страницы?",
])
def test_a_capacity_praise_or_a_third_party_likened_is_no_insult(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("text,word", [
    ("Ответьте уже, трещотки заводные, когда будет исправление?", "трещотки"),
    ("Объясните мне, полуночники, почему письма не уходят?", "полуночники"),
    ("Здравствуйте, шалопуты. Почему после обновления не работает оплата картой?", "шалопуты"),
])
def test_an_address_right_after_a_call_to_the_reader_is_an_insult(text: str, word: str) -> None:
    """Сидите там, лоботёсы, а …: a plural noun between a comma and the clause's end, after a
    short clause said to the reader (a verb in the second person plural or an imperative)."""
    assert word in find_obscene(text)


@pytest.mark.parametrize("text", [
    "Здравствуйте, Вытегорцы! Как добавить второй склад?",
    "Извините, нервы. Как добавить товар в два раздела сразу?",
    "Подскажите, коллеги, где настройки доставки?",
    "Посмотрите, товары, которые не выгрузились, есть в логе?",
    "Проверьте, пожалуйста, заказы за вчера: оплаты прошли?",
])
def test_a_town_an_apology_a_friend_or_the_subject_after_a_call_is_no_insult(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("text,word", [
    ("Ваши консультанты — граммофоны, одно и то же по кругу. Где настроить НДС?", "граммофоны"),
    ("Отдел продаж у вас — ящерицы: деньги взяли и в кусты.", "ящерицы"),
    ("Вы там дремлете, как карпы в пруду? Ответа нет неделю.", "карпы"),
    ("You lot are like statues in a park. Any news on ticket 5120?", "statues"),
])
def test_the_desk_called_or_likened_in_other_shapes_is_insulted(text: str, word: str) -> None:
    """Вы X: …; ваши сотрудники — X; a comma between the verb and its likeness; you lot are like."""
    assert word in find_obscene(text)


@pytest.mark.parametrize("text", [
    "Вы дилеры? Где купить лицензию для второго сайта?",
    "Вы разработчики, вам виднее: где лежит шаблон письма?",
    "Ваши цены — копейки, спасибо. Как продлить поддержку?",
    "Ваши специалисты — профессионалы. Как добавить второй склад?",
    "Наши покупатели — пенсионеры, им нужен крупный шрифт. Где его задать?",
    "Сделаете, как договаривались, выгрузку к пятнице?",
    "You guys are like family to us. How do I add a coupon?",
])
def test_roles_praise_and_the_writers_own_people_are_no_insult(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("text,word", [
    ("Опять ваши консультантишки прислали ссылку вместо ответа.", "консультантишки"),
    ("Разговаривать с вашими специалистишками бесполезно. Где ответ?", "специалистишками"),
    ("Ваши менеджеришки опять молчат, третий день. Где ответ?", "менеджеришки"),
])
def test_the_desks_people_belittled_by_the_suffix_are_insulted(text: str, word: str) -> None:
    """-ишк- on a noun of the desk's people belittles them (операторишки, консультантишка)."""
    assert word in find_obscene(text)


def test_ones_own_people_belittled_are_not_the_desk() -> None:
    assert find_obscene("Наш программистишка уволился, подскажите, где лежит шаблон?") == []


@pytest.mark.parametrize("text,word", [
    ("Граммофоны вы, обещали исправить к пятнице, а воз и ныне там. Когда выйдет исправление?", "Граммофоны"),
    ("Самовары вы. Пыхтите, а толку нет.", "Самовары"),
    ("Вы не поддержка, вы декорация. Когда будет ответ по заявке?", "декорация"),
])
def test_the_reader_called_with_vy_last_or_not_the_desk_but_is_insulted(text: str, word: str) -> None:
    """X вы, … (a comma or a full stop after вы) calls names; вы не поддержка, вы X."""
    assert word in find_obscene(text)


@pytest.mark.parametrize("text", [
    "Герои вы, всё работает. Спасибо!",
    "Орлы вы, всё заработало!",
    "Красавцы вы! Всё работает.",
    "Вы не поддержка, вы разработчики? Тогда подскажите, где шаблон.",
    "Если вы не поддержка, вы можете переслать письмо в отдел продаж?",
])
def test_praise_with_thanks_or_an_exclamation_and_a_question_of_role_are_no_insult(text: str) -> None:
    assert find_obscene(text) == []



@pytest.mark.parametrize("text", [
    # found by the round-49 review: capacities, demonyms, praise, questions, things after a call
    "Вы как дистрибьюторы можете дать скидку на вторую лицензию?",
    "Вы как москвичи можете приехать к нам на внедрение?",
    "Отвечаете как настоящие мастера своего дела, спасибо!",
    "You are like the Avengers of support, thank you!",
    "You're like family to us. How do I add a coupon?",
    "Вы чемпионы! Спасибо, всё работает.",
    "Вы посредники, поэтому уточняю: кто выставляет счёт?",
    "Ваши разработчики — фрилансеры? Нужен ли договор с каждым?",
    "Ваша команда — герои. Всё починили за ночь.",
    "Ваши сотрудники — чудотворцы. Спасибо за ночную работу.",
    "Скажите, тарифы какие? Хотим продлить.",
    "Держите, пароли. Доступ к FTP в приложении.",
    "Держитесь, бедолаги, понимаю, сколько у вас заявок. Когда ответите?",
    "У нас ребятишки в школе покупают тетради через сайт. Как добавить школьный раздел?",
    "Герои вы, всё починили.",
])
def test_what_the_review_found_is_no_insult(text: str) -> None:
    assert find_obscene(text) == []


def test_an_english_address_before_a_negated_verb_is_an_insult() -> None:
    """You doorstops haven't …: a negative contraction after the address, as after "can't"."""
    assert "doorstops" in find_obscene("You doorstops haven't answered in a week. Refund my renewal.")


@pytest.mark.parametrize("text", [
    "You products aren't showing in the Google feed. Why?",
    "You orders have no numbers since the update. Why?",
])
def test_your_mistyped_before_the_shops_things_is_no_address(text: str) -> None:
    assert find_obscene(text) == []
