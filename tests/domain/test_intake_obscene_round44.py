"""Obscene (SPEC 2.8.3), round 44: an English vulgar root joined to any English word
(a root of obscene_roots.txt's % entries, then bag, wad, lickers, less: assbag, dickless)
is abuse wherever it stands, however new the compound. English words that start so (assess,
cockpit, Dickens, arsenal), a misspelling that leaves no English word after the root
(assesment), and a name written with its capital (Cockermouth, Assbach) are not. A town
with its region or its other spelling in brackets after a preposition of place (из Шлюхтерна
(Гессен), in Cuntis (Galicia)) is a name, there and wherever else the message names it.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene
from deskcli.domain.intake.obscene_english import english_compound
from deskcli.domain.intake.obscene import obscene_lexicon
from tests.domain.intake_cases import codes


@pytest.mark.parametrize(("body", "word"), [
    ("Your assbucket of a manager ignored my export question twice.", "assbucket"),
    ("Which cockwaffle moved the coupon settings again? Where are they now?", "cockwaffle"),
    ("Stop being such dicknuggets and read my ticket: the cart is empty after login.", "dicknuggets"),
    ("The knobgoblins on your second line closed ticket 5521 unanswered.", "knobgoblins"),
    ("Tell that TWATSACK on line two the cart is broken again.", "TWATSACK"),
    ("Some wankstain decided logout after five minutes was a good idea. Where is the timeout set?", "wankstain"),
    ("Your prickfaced engineer told me to clear the cache. How do I export in batches?", "prickfaced"),
])
def test_a_vulgar_root_joined_to_an_english_word_is_abuse(body: str, word: str) -> None:
    assert "obscene" in codes(body)
    assert word in find_obscene(body)


@pytest.mark.parametrize("body", [
    # English words that start with a root
    "Can you assess why the assignment of managers to orders fails? Our cockpit dashboard shows nothing.",
    "We sell Dickensian prints, cocktail glasses and arsenal souvenirs. How do I add a brand filter?",
    "The knobbly textured buttons on the product page look blurry. Where are the images resized?",
    "We found a cockroach in the warehouse, so the store closes Monday. How do I pause orders?",
    # a misspelling that leaves no English word after its root
    "The assesment form on our site is blank after the update. How do I fix it?",
    "We need assistence with the assortiment import from 1C.",
    # names with their capital
    "Our shop is in Cockermouth, near Dickleburgh. How do I add a shipping zone for both?",
    "Wir sind in Assbach. How do I set the shop's time zone?",
])
def test_english_words_misspellings_and_names_are_not(body: str) -> None:
    assert "obscene" not in codes(body)


def test_the_root_must_be_followed_by_a_whole_english_word() -> None:
    roots = obscene_lexicon().english_roots
    assert english_compound("cockbag", roots)
    assert not english_compound("cockbagz", roots)  # no English word after the root
    assert not english_compound("cock", roots)  # the root alone is other entries' business
    assert not english_compound("Cockbag", roots)  # a capital: a name
    assert not english_compound("cock-bag", roots)  # hyphened halves are read as words of their own


@pytest.mark.parametrize("body", [
    # a town with its region or country in brackets, or with its other spelling
    "Мы закупаем сыр у фермы из Шлюхтерна (Гессен). Как вести цены в евро?",
    "Тур «Вдоль долины Ебро (Эбро)» не находится поиском. Почему?",
    # and the same town wherever else the message names it
    'Our guest house is in Cuntis (Galicia), and search can\'t find "Cuntis" at all. Why?',
])
def test_a_town_with_its_region_in_brackets_is_a_name(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Доставка из Хуево (Кукуево) не считается. Почему?",
    "Товар из Пиздюкова (Россия) не считается. Почему?",
])
def test_mat_that_counts_in_any_word_stays_mat_before_brackets(body: str) -> None:
    assert "obscene" in codes(body)


def test_a_participle_names_the_desks_people_from_a_line_as_an_adjective_does() -> None:
    # <something> из второй линии at a sentence's head: a participle (отдыхающие) is a name too
    assert "obscene" in codes("Отдыхающие из второй линии, где ответ по заявке?")
    assert "obscene" not in codes("Уважаемые коллеги из техподдержки, подскажите: почему не проходит оплата?")


def test_feck_is_mat_and_feckless_is_a_word() -> None:
    assert "obscene" in codes("Feck off with your templates and answer my ticket.")
    assert "obscene" not in codes("The feckless intern lost our order list. How do we restore it?")


def test_a_plural_the_dictionary_only_guesses_a_name_is_no_name() -> None:
    # дремуны: a word the dictionary lacks, guessed a first name from its ending; a plural
    # address makes no name of it. A first name the dictionary knows (Саши) stays a name.
    assert "obscene" in codes("Дремуны из отдела разработки, у вас сломан поиск. Когда исправите?")
    assert "obscene" not in codes("Саши из бухгалтерии прислали счёт дважды. Какой оплачивать?")


@pytest.mark.parametrize("body", [
    "Горе-звездочёты, сколько ещё ждать ответа?",
    "Горе-сантехники из второй линии, когда ответ?",
])
def test_gore_mocks_any_living_beings_noun(body: str) -> None:
    assert "obscene" in codes(body)


def test_gore_before_a_thing_or_ones_own_person_is_no_insult_of_the_desk() -> None:
    assert "obscene" not in codes("Горе-луковое, а не обновление. Как откатить?")
    assert "obscene" not in codes("Наш горе-водитель опять перепутал адреса. Как поменять адрес доставки в заказе?")


@pytest.mark.parametrize("body", [
    "Ну и βлядство у вас с обновлениями, опять всё слетело.",  # β for б, not only for в
    "Поддержка у вас ХᑌЁВАЯ, третий день без ответа.",  # ᑌ for у, not only for и
    "Вся ваша пιзδοбратия молчит.",  # Greek iota, delta and omicron
])
def test_a_character_drawn_for_two_letters_is_read_both_ways(body: str) -> None:
    assert "obscene" in codes(body)


def test_greek_letters_in_their_own_use_are_no_disguise() -> None:
    assert "obscene" not in codes("В описании витаминов пишем β-каротин и δ-токоферол. Как добавить греческие буквы в фильтр?")


def test_the_other_reading_changes_only_characters_drawn_for_two_letters() -> None:
    from deskcli.domain.intake.normalising import other_reading

    assert other_reading("βлядство") == "блядство"
    assert other_reading("Обычный вопрос: как сменить пароль?") == "Обычный вопрос: как сменить пароль?"


@pytest.mark.parametrize("body", [
    "Х!У!Й!Н!Я, а не обновление.",  # a bang after each letter
    "Вы нас з'а'е'б'а'л'и своими шаблонами.",  # an apostrophe after each letter
    "Это п1и2з3д4е5ц, а не модуль.",  # a digit after each letter
])
def test_letters_parted_by_a_bang_an_apostrophe_or_digits_are_read_together(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Вы нас д'о'с'т'а'л'и своими шаблонами. Где ответ?",
    "Артикул а1б2в3г4 не находится поиском. Почему?",
])
def test_spelled_out_letters_that_make_no_mat_stay_innocent(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Можно ипануцца с вашими настройками доставки.",  # и for е, п for б
    "Хватит этих выибонов, ответьте по делу.",
    "Опять всё наїбнулось после обновления.",  # ї for е
])
def test_mat_written_as_heard_is_mat(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Покупатель пишет, что ибупрофен в аптеке по акции. Как сделать акцию на группу?",
    "Наша ипотечница просит выписку по заказам. Где её взять?",
    "Ибатуллин Ринат, бухгалтер. Как выгрузить счета?",  # a name, with its capital
    "Мы из Ипанемы, как добавить доставку в Бразилию?",
])
def test_words_and_names_that_sound_alike_are_not(body: str) -> None:
    assert "obscene" not in codes(body)


def test_a_word_spelled_with_e_beside_its_e_spelling_is_that_word() -> None:
    # ебонит / эбонит: an old spelling the message explains, in any inflection
    body = "Продаём ручки из ебонита (так пишут в старых каталогах). Как сделать, чтобы поиск по слову «ебонит» находил и «эбонит»?"
    assert "obscene" not in codes(body)
    # mat spelled both ways is mat both ways
    assert "obscene" in codes("Вы там все ебанутые? Эбанутые, говорю.")


def test_a_place_of_two_words_in_an_address_is_a_name() -> None:
    assert "obscene" not in codes("We sell cider from Bitchet Common, Kent. How do I add a delivery zone?")
