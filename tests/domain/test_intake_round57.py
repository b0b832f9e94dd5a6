"""Intake, round 57 of issue 13: a masked mat stem joined to a dictionary word by its linking
vowel (п***осайт), frig's past, bastardry, the lewdster, a betrayed husband and a wanker called
of people, a dull sluggard, British words for the sleepy and the drunk, prefixes of degree
(квази-, мега-), a subscript beta, a know-all, a loafer, a fool, a pothead and a chair-warmer;
and fewer false
alarms: порхать in forms the dictionary lacks, a compound whose hidden stem begins no mat word,
a village and the writer's trade at the head of a letter, the surname Blatter."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


@pytest.mark.parametrize("body", [
    # a masked mat stem, its linking vowel and a word of the dictionary
    "Опять п***оапдейт: после него корзина пустая. Как откатить?",
    "Кто делал этот х..еотчёт? Цифры не сходятся с кассой.",
    "Ваша п..оинструкция ничего не объясняет. Где настройка доставки?",
    # frig's past, bastard made a noun of the deed, an old word for a lecher, a toady's deed
    "Somebody has frigged the tax settings again. Which log shows who?",
    "This renewal price is bastardry, plain and simple. Why 60 percent?",
    "A lewdster keeps leaving comments on our product pages. How do I ban him?",
    "Spare me the bumsucking apologies and fix the invoice.",
    # called of people: a betrayed husband, a wanker, a dull sluggard
    "Your billing cuckolds charged me twice. Refund one payment.",
    "Tell the masturbators in your support team to read my ticket.",
    "Кисляи вы, а не поддержка. Третий день жду ответа.",
    # British words for the sleepy, the slack-jawed and the drunk, said of the desk
    "Your support lad is dozzy, he sent me the wrong manual twice.",
    "Are your developers kaylied? The new release deletes coupons.",
    # the learned prefixes of degree before a mat root; a subscript beta drawn as б
    "Что за квазиебучая сортировка в каталоге? Где её поменять?",
    "Ваш мегаебанутый конструктор форм опять падает. Когда починят?",
    "Опять ᵦлядский кэш не сбрасывается. Где его очистить?",
    # a know-all, a loafer, a fool and a blockhead in the words of Britain, Newfoundland, Ireland
    "Listen, cleverdick, I did clear the cache. What next?",
    "The hangashores on your desk closed my ticket again.",
    "Put me through to someone who is not an omadhaun.",
    "Are you all clotpoles on that desk? Nobody reads the ticket.",
    # a smoker of pot and a seat's warmer called of the desk's people; lust; the vulgar erection
    "Your support pothead sent me the wrong link again.",
    "Dear chair-warmers of the billing desk, where is my invoice?",
    "Whoever designed this banner had a hard-on for neon. How do I change it?",
    "The template drips with horniness. Is there a plain one?",
])
def test_these_are_obscene(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    # порхать in the forms the dictionary lacks
    "В слогане «Порхуем над ценами» обрезается последняя буква. Где длина заголовка?",
    "Бабочка на баннере порхуя улетает за край. Как остановить анимацию?",
    # a masked word whose hidden stem and vowel begin no mat word, or one that is no compound
    "Пароль вида к***оплан не принимается. Какие символы можно?",
    "В поле стоит р***окомпот вместо названия. Откуда это?",
    # a village and the writer's trade at the head of a letter
    "Сыдыбылы, кожевенная мастерская. После обновления пропали фото товаров. Где их искать?",
    "Тюбяйцы, рыболовецкая артель. Как добавить вторую валюту?",
    # a surname, and the learned prefixes before innocent words
    "Интервью с Йозефом Бляттером не публикуется. Какой лимит у поля?",
    "Гиперссылка на суперцену и мегабонус не работает. Как исправить?",
])
def test_these_are_not_obscene(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes
