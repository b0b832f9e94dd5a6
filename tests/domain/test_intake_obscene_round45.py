"""Obscene (SPEC 2.8.3), round 45: people called by a plural noun at the head of a message
(Моллюски сонные — …; Эй, барсуки, …; Пингвины важные.) are the people the message is
written to, so the address is abuse with or without a "вы" after it, whether or not the
insult lexicon knows its words. It is no address when it is friendly (Коллеги, …), an
exclamation (Ёжики зелёные, …; Святые угодники, …), the writer's own people (Наши
кладовщики — …), a firm and its town (Пешие туры, Кисловодск.), or the subject the sentence
goes on about: with an attribute, an apposition or a relative clause after it, or a verb in
the third person plural (Покупатели, особенно пожилые, жалуются …).

People called by a plural noun or adjective with "какие-то" after it (Контуженные вы какие-то;
Инопланетяне какие-то у вас отвечают) are judged by the writer: abuse when said to the reader or
at the head of the message, not when said of outsiders, of the writer's side or of things.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene
from tests.domain.intake_cases import codes


@pytest.mark.parametrize(("body", "word"), [
    ("Моллюски сонные — только «ваш вопрос передан». Позовите начальника.", "Моллюски"),
    ("Бегемоты толстокожие, у нас после обновления не открывается корзина. Что проверить?", "Бегемоты"),
    ("Эй, барсуки, сколько можно молчать? Где ответ по заявке?", "барсуки"),
    ("Еноты, сколько можно ждать ответа про выгрузку в Яндекс.Маркет?", "Еноты"),
    ("Пингвины важные. Заявку #4410 так никто и не открыл.", "Пингвины"),
    ("Ну что, тетерева, опять молчок? Где ответ про импорт цен?", "тетерева"),
])
def test_people_called_by_a_plural_noun_at_the_head_of_a_message_are_abused(body: str, word: str) -> None:
    assert "obscene" in codes(body)
    assert word in find_obscene(body)


@pytest.mark.parametrize("body", [
    "Коллеги, у нас после обновления пропала корзина. Что проверить?",
    "Ёжики зелёные, опять пропали баннеры на главной. Что их скрывает?",
    "Святые угодники, у нас тысячи пустых заказов от ботов. Как их удалить разом?",
    "Наши кладовщики — вечные копуши. Можно запускать обмен с 1С чаще?",
    "Пешие туры, Кисловодск. Как загрузить фото больше 5 МБ?",
    "Покупатели, особенно пожилые, жалуются на мелкий шрифт. Как его увеличить?",
    "Клиенты, у которых есть скидка, не видят цену. Почему?",
    "Конкуренты, жулики, копируют наши тексты. Можно запретить копирование?",
    "Покупатели, оформившие заказ, не получают письмо. Где его включить?",
    # further into the message an address still needs its reader named after it
    "Добрый день. У нас вопрос. Кошки, собаки — весь наш ассортимент в одной группе. Как разделить?",
])
def test_no_address_of_the_reader_is_no_abuse(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize(("body", "word"), [
    ("Контуженные вы какие-то. Второй раз спрашиваю: где меняется валюта?", "Контуженные"),
    ("Вы там марсиане какие-то? Я же прислал лог.", "марсиане"),
    ("Инопланетяне какие-то у вас отвечают: пишу про оплату, а мне про доставку.", "Инопланетяне"),
    ("Черепашки какие-то, честное слово. Третий день жду звонка.", "Черепашки"),
])
def test_people_called_something_of_some_sort_are_abused(body: str, word: str) -> None:
    assert "obscene" in codes(body)
    assert word in find_obscene(body)


@pytest.mark.parametrize("body", [
    "Цифры какие-то нереальные в отчёте по продажам. Откуда они?",
    "Боты какие-то регистрируются сотнями. Как включить капчу?",
    "У нас покупатели какие-то странные пошли: заказывают и не платят. Как отменять такие заказы?",
    "Вы там новые какие-то правила ввели? Где про них прочитать?",
    "Мы тут новички какие-то, ничего не понимаем в настройках. Как добавить товар?",
    "Кошмарики какие-то: цены стали нулевые после импорта. Что делать?",
])
def test_things_outsiders_and_the_writer_of_some_sort_are_no_abuse(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize(("body", "word"), [
    # mat written as heard, capitalised at a sentence's head, where it reads as a mat word whole
    ("Ибальник свой прикройте и ответьте по заявке.", "Ибальник"),
    ("Ибала ваши сонные видеть не хочу. Где ответ по импорту?", "Ибала"),
    # мудло is mat; Moodle in Cyrillic (Мудл, в Мудле) is not
    ("Ваш менеджер — мудло, третий день молчит.", "мудло"),
])
def test_mat_written_as_heard_with_a_capital_and_мудло_are_found(body: str, word: str) -> None:
    assert word in find_obscene(body)


@pytest.mark.parametrize("body", [
    "Ибатуллин прислал счёт. Где его найти?",
    "Ипанема — наш бренд. Как добавить его в фильтр?",
    "Курсы в Мудле не открываются после переноса. Как настроить интеграцию с Мудлом?",
])
def test_names_heard_alike_and_moodle_are_no_mat(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize(("body", "word"), [
    # backwards, an inflection the dictionary lacks but a root mat in any word (пиздца)
    ("Ацдзип полный с вашей выгрузкой. Что с ней?", "Ацдзип"),
    # letters spaced out, the run cut once by a line's end or a slash between spaces
    ("Х У\nЕ В О ваш новый фильтр. Почему он пустой?", "Х У\nЕ В О"),
    ("П И / З Д Е Ц творится с корзиной. Почему пустая?", "П И / З Д Е Ц"),
])
def test_mat_backwards_and_spaced_letters_cut_once_are_found(body: str, word: str) -> None:
    assert word in find_obscene(body)


@pytest.mark.parametrize("body", [
    "В Умбе и Актобе у нас склады. Как добавить их в доставку?",
    "Сравнили тарифы А Б / В Г. Какой подходит для каталога?",
])
def test_places_read_backwards_and_spaced_initials_are_no_mat(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize(("body", "word"), [
    # a word cut into pieces by one sign, the same at every cut, that joined is mat
    ("Пи~зде~ц полный с выгрузкой. Что делать?", "Пи~зде~ц"),
    ("Бля·дство какое-то с доставкой. Где тариф?", "Бля·дство"),
    ("Про·е·ба·ли вы мой заказ. Где он?", "Про·е·ба·ли"),
])
def test_mat_cut_by_one_repeated_sign_is_found(body: str, word: str) -> None:
    assert word in find_obscene(body)


@pytest.mark.parametrize("body", [
    "Москва—Хабаровск: как настроить доставку между складами?",
    "Цвет бе~же~вый не выводится в фильтре. Почему?",
    "Размер 2+2=4 в описании обрезается. Почему?",
])
def test_words_joined_by_signs_that_spell_no_mat_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize(("body", "word"), [
    # two neighbouring letters swapped in a root mat in any word
    ("Пзидатый у вас саппорт, ничего не скажешь. Где ответ?", "Пзидатый"),
    ("Полный пизедц с выгрузкой в Маркет. Что делать?", "пизедц"),
])
def test_a_root_with_two_letters_swapped_is_found(body: str, word: str) -> None:
    assert word in find_obscene(body)


@pytest.mark.parametrize("body", [
    "Пизанская башня в каталоге сувениров не показывается. Почему?",
    "Запад и Подзол — наши склады. Как настроить остатки по ним?",
])
def test_words_with_the_roots_letters_in_another_order_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Ваш х¤йло из второй линии опять молчит.",
    "Полная х¥йня с доставкой. Что с тарифом?",
])
def test_a_currency_sign_inside_a_word_hides_a_letter(body: str) -> None:
    assert "obscene" in codes(body)


def test_a_currency_sign_beside_a_figure_hides_nothing() -> None:
    assert "obscene" not in codes("Цена 100£ за штуку, раздел §5 договора. Как вывести фунты в корзине?")


def test_hard_signs_strewn_in_a_word_are_filler() -> None:
    assert "Пъиъздъец" in find_obscene("Пъиъздъец, опять пропали заказы. Где они?")


@pytest.mark.parametrize("body", [
    "Объявление в подъезде и съёмка объёмных товаров: как вывести их в разных разделах?",
    # a bar between words of a menu hides no letter
    "Доставка|Оплата|Возврат — меню в шапке не раскрывается. Почему?",
    "Размер|Цвет|Материал — так подписаны колонки в файле импорта. Это правильно?",
])
def test_hard_signs_where_russian_writes_them_and_bars_between_words_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    # a job or the shop's public named at a message's head is no name called
    "Юристы, нужна консультация по лицензии. Где договор?",
    "Бухгалтеры, у нас вопрос по счёту. Где акт сверки?",
    # an adjective "of some sort" that goes on to its own noun
    "Молодые какие-то у вас специалисты. Где ответ по заявке?",
    # letters swapped that put back make no mat word whole (a typo of пиджак, a district of Lviv)
    "Пидзамче — наш район. Как добавить его в доставку? В карточке пидзака нет размеров.",
])
def test_jobs_described_people_and_words_near_a_root_pass(body: str) -> None:
    assert "obscene" not in codes(body)
