"""What the intake rules learnt from lemmas and the dictionary (issue 13), case by case.

The independent corpus (test_intake_eval.py) measures the rules; these name the kinds of
message it found missed, so a regression points at its cause.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from deskcli.domain.intake import check_intake, find_obscene, is_repeat


def codes(subject: str, body: str) -> list[str]:
    result = check_intake(subject, body)
    return [r.code for r in result.refusals + result.flags]


@pytest.mark.parametrize("word", ["помандохать", "трисука", "козлоёбище", "нааахуй", "пиzдёж", "крив0хуй",
                                  "многоебучий", "рукожопы", "zaebat", "mudack"])
def test_coined_stretched_and_disguised_mat_is_found(word) -> None:
    assert find_obscene(f"Импорт опять не работает, {word}. Когда почините?")


@pytest.mark.parametrize("word", ["команда", "мандарин", "мудрость", "страхуй", "оскорблять", "хлебать",
                                  "потребляю", "сабля", "Хуанхэ", "хулиганы", "Херберт", "гребля", "колеблется"])
def test_dictionary_words_holding_a_root_are_innocent(word) -> None:
    assert find_obscene(f"Вопрос про {word}: как добавить такой товар в каталог?") == []


@pytest.mark.parametrize("text", [
    "Ваша команда — кретины, раз выпускает такие обновления.",
    "Так отвечают только бездари. Где ответ про импорт?",
    "Сколько можно ждать, халтурщики?",
    "Your support team is a bunch of incompetent fools.",
    "Screw you and your update.",
])
def test_insults_aimed_at_the_desk_wherever_they_stand(text) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    "Я дурак, забыл продлить поддержку. Как продлить?",
    "My previous developer was an idiot and hardcoded prices; how do I make them dynamic?",
    "Бараны и овцы не выгружаются из 1С в группу «Животные».",
    "Колебания цен после выгрузки: товары «Заказать сразу» падали в цене.",
])
def test_self_directed_own_people_and_everyday_senses_pass(text) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("body", [
    "Здравствуйте, у меня вопрос по 1С.",
    "Можно задать вопрос?",
    "Вы работаете в праздники?",
    "Есть новости по моей заявке?",
    "Сайт: shop.example.ru, редакция «Бизнес», версия 7.0.5, PHP 8.1.",
    "I have a question about the online shop.",
])
def test_announced_questions_small_talk_and_data_are_not_questions(body) -> None:
    assert codes("", body) == ["no_question"]


@pytest.mark.parametrize("body", [
    "У меня вопрос: как очистить кэш сайта?",
    "Забыл пароль администратора.",
    "Я идиот, удалил раздел каталога. Можно восстановить?",
    "На странице товара выводится «Array» вместо значения свойства.",
])
def test_short_and_implicit_questions_are_questions(body) -> None:
    assert "no_question" not in codes("", body)


def test_one_sentence_of_digression_beside_a_question_is_off_topic() -> None:
    body = "Вчера «Спартак» опять проиграл, тренера пора менять. Как выгрузить заказы в Excel?"
    assert codes("", body) == ["off_topic"]
    context = "У нас магазин стройматериалов, восемь тысяч товаров. Как выгрузить заказы в Excel?"
    assert codes("", context) == []


@pytest.mark.parametrize(("body", "clause"), [
    ("Пожалуйста, примените обновление на нашем сайте сегодня ночью.", "2.10.3"),
    ("Прошу выполнить обновление до последней версии в нерабочее время.", "2.10.3"),
    ("Подключите, пожалуйста, к сайту телеграм-бота для новых заказов.", "2.10.2"),
    ("Купили HTML-шаблон на ThemeForest, посадите его на нашу систему.", "2.10.2"),
    ("Мы откатили сайт из резервной копии, и всё, что вы меняли, пропало. Внесите изменения заново.", "2.10.7"),
    ("Какой селектор нужен, чтобы выбрать каждый третий элемент списка?", "2.10.6"),
])
def test_polite_and_indirect_requests_outside_support(body, clause) -> None:
    flags = check_intake("", body).flags
    assert [f.message.split()[0] for f in flags if f.code == "out_of_scope"] == [clause]
    assert "no_question" not in [f.code for f in flags]


def test_a_defect_after_the_vendor_s_update_stays_in_scope() -> None:
    assert codes("", "Обновление 7.0.7 сломало модуль «Склады», остатки не списываются. Исправьте.") == []


@pytest.mark.parametrize(("earlier", "again"), [
    ("Как добавить второй язык на сайт?", "Подскажите, как на сайте включить вторую языковую версию."),
    ("Как сделать резервную копию сайта?", "Как создать бэкап сайта средствами системы?"),
    ("Как настроить ЧПУ для информационной системы «Новости»?",
     "Как сделать человекопонятные адреса для информационной системы «Новости»?"),
    # a reflexive verb is its verb; a framing noun (образ, способ) says nothing
    ("Как продлить подписку на обновления?", "Каким образом продлевается подписка на обновления?"),
    # a name and its short form, a name in either script
    ("Как подключить кассу Сбербанка?", "Каким способом подключается касса Сбера?"),
    ("Как настроить выгрузку в Яндекс Маркет?", "Как выгружать товары в Yandex Market?"),
    # a deverbal noun is its verb
    ("Где увеличить лимит загрузки картинок?", "Как поднять максимальный размер загружаемых картинок?"),
    ("Как настроить доставку СДЭК?", "Порядок настройки доставки CDEK подскажите."),
    ("Как поменять логотип в шапке?", "Где заменить лого в шапке сайта?"),
])
def test_rewordings_with_synonyms_are_repeats(earlier, again) -> None:
    assert is_repeat(again, earlier)


@pytest.mark.parametrize(("earlier", "other"), [
    ("Как настроить отправку писем через SMTP Яндекса?", "Как настроить отправку писем через SMTP Mail.ru?"),
    ("Какая версия PHP нужна для HostCMS 7?", "Какая версия MySQL нужна для HostCMS 7?"),
    ("Какая версия PHP нужна для HostCMS 7?", "Какая версия PHP нужна для HostCMS 6?"),
    ("Как импортировать товары из CSV?", "Как экспортировать товары в CSV?"),
    ("Не работает поиск по сайту.", "Не работает поиск в центре администрирования."),
    # a name and one that merely starts like it; an adjective standing for its noun
    ("Как включить HTTP на сайте?", "Как включить HTTPS на сайте?"),
    ("How do I reset the admin password?", "How do I reset a customer password?"),
    ("Где поменять печать в счете на оплату?", "Где поменять печать в товарной накладной?"),
])
def test_another_entity_action_or_place_is_another_question(earlier, other) -> None:
    assert not is_repeat(other, earlier)


def test_the_package_loads_no_morphology_until_a_message_is_read() -> None:
    """pymorphy3 when a message has a word the dictionary does not list (known_words reads
    the others); the two Snowball stemmers (never the whole snowballstemmer package, which
    loads every language) when words are stemmed."""
    loaded = "print(sorted(m for m in ('pymorphy3', '_deskcli_snowball', 'snowballstemmer') if m in sys.modules))\n"
    code = (
        "import sys, deskcli.domain, deskcli.domain.intake\n" + loaded
        + "deskcli.domain.intake.check_intake('Вопрос', 'Как очистить кэш?')\n" + loaded
        + "deskcli.domain.intake.check_intake('Вопрос', 'Где в админке капча?')\n" + loaded
        + "deskcli.domain.intake.search_terms('Как очистить кэш?')\n" + loaded
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "[]", "['pymorphy3']", "['_deskcli_snowball', 'pymorphy3']"]
