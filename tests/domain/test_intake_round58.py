"""Intake, round 58 of issue 13, from four blind hold-outs (holdout143-146): an insult the list
spells with a hyphen written as two words or run together (knuckle draggers, cane toads,
screwyou), read as one word where it begins and named once; a thing's brain or head
(gravel-brained, кочанноголовые); English job titles as people; a bang and digits in a disguise
(П!3д0); a guessed singular imperative that is no request; a fault gone by itself; a sentence of
license data between a request and its reason; and the false alarms each change must not raise
(has been, know nothing, conman, Хуйзинга, фигушечки, left-brained, a list of screw heads)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from deskcli.domain.intake import check_intake, find_obscene
from deskcli.domain.intake.morphology import lemma_text
from deskcli.domain.intake.scope_data import only_data


@pytest.mark.parametrize("body,named", [
    ("Dear clever clogs at the helpdesk, the link you sent is the manual again. Could you answer the question?", "clever clogs"),
    ("Your mouth breathers in billing charged me twice. Refund one payment.", "mouth breathers"),
    ("Tell your bottom feeders in sales to stop calling me. How do I unsubscribe?", "bottom feeders"),
    ("You knuckle draggers closed my ticket again. How do I reopen it?", "knuckle draggers"),
])
def test_a_hyphened_insult_written_as_two_words_is_named_whole(body: str, named: str) -> None:
    assert find_obscene(body) == [named]


@pytest.mark.parametrize("body", [
    "The ticket has been open for nine days. Where is the answer?",
    "You know nothing about our setup yet, so here it is: how do I move the shop to PHP 8.2?",
    "We do nothing with the cache ourselves. Why is the catalogue slow after the update?",
    "Our clock watcher app needs an API key. Where is it in the settings?",
])
def test_the_two_words_of_everyday_english_are_no_insult(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Опять этот П!3д0шаблонизатор сломался. Как откатить версию?",
    "Какая-то х!3ня с корзиной после обновления. Где логи?",
])
def test_a_bang_among_a_words_first_letters_before_a_digit_hides_a_letter(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Помогите!1с не выгружает заказы. Что проверить?",
    "Срочно!3 заказа пропали из админки. Где их искать?",
])
def test_a_sentences_bang_before_a_number_hides_nothing(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("word", ["бльадь", "капчи", "прокси"])
def test_a_singular_imperative_the_dictionary_only_guesses_is_no_request(word: str) -> None:
    assert "_impr_" not in lemma_text(word)


@pytest.mark.parametrize("word", ["сделай", "переделай", "обновите"])
def test_a_known_imperative_is_still_a_request(word: str) -> None:
    assert lemma_text(word).endswith(" _impr_")


def test_a_curse_the_dictionary_lacks_does_not_ask_for_work_again() -> None:
    assert "out_of_scope" not in check_intake("", "Бльадь, опять слетела лицензия. Что делать?").codes


@pytest.mark.parametrize("body", [
    "Your sleazy rep sold us the wrong edition. Can we move to the Business edition?",
    "Your brainless technicians deleted our backups. How do we restore the catalogue?",
    "Your shiftless consultants closed my ticket twice. Where do I set the VAT rate for Norway?",
])
def test_an_insulting_adjective_before_an_english_job_title_is_said_of_the_desks_people(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Admin screens and me never got on, I'm a real dunce there. Where is the shop's phone number set?",
    "Is the stupid file manager supposed to hide dotfiles? Where is the setting?",
])
def test_a_job_title_that_names_a_thing_is_no_person(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    # a telling-off run together, as a hashtag or a handle writes it
    "#kissmyass, helpdesk. The renewal invoice is wrong again.",
    "screwyou and your five business hours. Where is the answer to ticket 4410?",
    # a strong root after an interjection or a word, the word capitalised at a sentence's start
    "Ahfuck, the price list is gone after the import. Can it be restored from a backup?",
    "Dogshit update, the cart is empty again. How do I roll back to 7.0.2?",
    # fool in the English of Ghana, Nigeria and India, the Caribbean's worthless
    "Kwasias, the lot of you at that desk. Why is the invoice still wrong?",
    "Your oponu of an engineer asked for my PIN twice. Where do I change the delivery currency?",
    "The whole support team is wutless. Still no answer about the tax rates.",
    # a thing's adjective joined to a head, the copper brow, the thick-skinned
    "Ну что, кочанноголовые, когда почините выгрузку?",
    "Третий раз пишу одно и то же, медные лбы. Где меняется валюта доставки?",
    "Непрошибаемые вы люди. Третий день жду ответа по счёту.",
])
def test_round_58s_insults_and_runs_are_refused(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Some conman placed fake orders with stolen cards. Can orders require a phone check?",
    "We sell Johan Huizinga's books: the card of «Хуйзинга. Homo ludens» gives error 404. Why?",
    "Фигушечки, снова не грузится прайс. Это известная ошибка версии 7.0.3?",
    "Our shop in Mass is down since the update. How do I restore the database?",
])
def test_round_58s_look_alikes_pass(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Добрый день. Проблема с корзиной ушла сама, спасибо.",
    "Здравствуйте, это Ялуторовск. Ошибка вчерашняя исчезла сама, видимо, сервер перезагрузили.",
])
def test_a_fault_gone_by_itself_with_words_between_asks_nothing(body: str) -> None:
    assert "no_question" in check_intake("", body).codes


def test_a_fault_that_did_not_go_by_itself_is_still_reported() -> None:
    assert "no_question" not in check_intake("", "Проблема с корзиной так и не ушла сама, покупатели жалуются.").codes


@pytest.mark.parametrize("body,clause", [
    ("Меняем хостинг-провайдера. Лицензия 21-40017, PIN 3309. Сколько будет стоить, если вы сами перенесёте сайт и базу?", "2.10.1"),
    ("We're switching to a different hosting provider. Licence 18-22710, PIN 6161. How much do you charge to move the site "
     "and the database across for us?", "2.10.1"),
])
def test_a_sentence_of_license_data_does_not_part_a_request_from_its_reason(body: str, clause: str) -> None:
    flags = [f.message for f in check_intake("", body).flags if f.code == "out_of_scope"]
    # the rules' own reading, not the learned model's (which says so in its message)
    assert any(message.startswith(clause) and "learned model" not in message for message in flags), flags


@pytest.mark.parametrize("sentence,data", [
    ("Лицензия 14-30117.", True),
    ("Licence 63-31770, PIN 5802.", True),
    ("6.9.1.", True),
    ("Версия 7.0.4.", True),
    ("Сайт на 7.0.4 не открывается.", False),
    ("Лицензия 28-23946, магазин karmadon.ru.", False),
])
def test_only_labelled_numbers_are_data_alone(sentence: str, data: bool) -> None:
    assert only_data(sentence) is data


@pytest.mark.parametrize("body", [
    # a thing's brain said of a person, and a hyphened coinage read as one word at its start
    "Your turnip-brained agent closed my ticket again. Reopen it and answer the question.",
    "Hey, scone-heads: why do order emails show the price without VAT when the shop shows it with VAT?",
    "Listen, cane toads, the last update broke every filter on our shop. How do we get them back?",
    # said of people: the lewd, the oversexed, the hamfisted; botched, as the Irish say it
    "Your lewd manager keeps phoning the girls in our office. Give me another contact person.",
    "Your hamfisted technicians wiped our product descriptions. Can they be restored?",
    "Your last patch has bolloxed the checkout completely. Which log shows what failed?",
    "Зряшные вы люди. Почему доставка по весу опять не считается?",
])
def test_round_58s_second_pair_of_hold_outs_taught_these(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Our left-brained accountant loves the reports. How do I export them to Excel?",
    "The lewdest spam imaginable comes through the contact form. How do we turn on a captcha?",
    "Hex-heads, Allen keys and wrenches: can the filter list the tool types in my own order?",
])
def test_said_of_things_or_listed_they_pass(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


def test_a_long_number_alone_in_a_sentence_is_no_datum_and_is_read_at_once() -> None:
    """The first data pattern tried every way of cutting a run of digits into pieces (2^n
    steps: check_intake never returned on a 23-digit number followed by " !"). Not a speed
    measurement: the limit only tells a pattern that ends from one that does not."""
    code = (
        "from deskcli.domain.intake import check_intake\n"
        "from deskcli.domain.intake.scope_data import only_data\n"
        "assert not only_data('1' * 40 + ' !')\n"
        "check_intake('', 'Мы переезжаем. ' + '1' * 40 + ' ! Как перенести сайт?')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_a_word_after_a_place_head_is_a_place_name() -> None:
    assert "obscene" not in check_intake("", "Greetings from a sheep station below Mount Buggery. How do I hide the stock count?").codes
    assert "obscene" in check_intake("", "Buggery, the cart is empty again after your update. How do I fix it?").codes


@pytest.mark.parametrize("body,aimed", [
    ("На рынке одни клоуны, а у нас сайт после обновления не открывается. Почему?", False),
    ("В этой конторе одни клоуны. Где ответ на заявку?", True),
    ("У вас в поддержке одни клоуны. Где ответ на заявку?", True),
])
def test_all_clowns_somewhere_else_is_no_insult_to_the_desk(body: str, aimed: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is aimed


@pytest.mark.parametrize("body", [
    "Архиебанутая сортировка в каталоге: новинки внизу. Где это меняется?",
    "Сверхебанутые правила скидок, ничего не понятно. Как сложить две скидки?",
    "Пустолобые консультанты, прочитайте письмо до конца. Где настройка НДС?",
    "Your lot are a bunch of goondus. Where are the SMTP settings?",
    "You wajinga closed my ticket again. Why does the filter ignore the price range?",
    "The scums in billing charged me twice. Refund one payment.",
    "Whoever douched the tax settings in this release, fix it. Which log shows the change?",
])
def test_round_58s_last_pair_of_hold_outs_taught_these(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Архиепископ заказал у нас сайт епархии. Как добавить раздел с расписанием служб?",
    "Оливковое масло из Хуельвы не попадает в выгрузку. Почему?",
    "Экскурсия в Ебензе продаётся как товар. Можно ли задать дату поездки?",
    "I catch no ball with this import, sorry. Where is the CSV guide?",
])
def test_round_58s_last_look_alikes_pass(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body,refused", [
    ("Ваша гандоинструкция по переносу устарела. Какие права ставить на папку upload?", True),
    ("Гандбол и гандикап не попадают в фильтр спорттоваров. Как добавить раздел?", False),
    ("Диски с фильмами Гандольфини не выгружаются в YML. Почему?", False),
])
def test_the_condoms_stem_in_its_a_spelling_joined_to_a_word(body: str, refused: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is refused


@pytest.mark.parametrize("body,refused", [
    ("Listen, excuse-merchants: why does the cart drop the coupon at checkout?", True),
    ("You screen-watchers in that office, where is my answer about the invoice?", True),
    ("Your release notes say bugger all about the new tax settings. Where are they?", True),
    ("We sell to tea-merchants and wine-merchants. How do I add a wholesale price group?", False),
    ("Our bird-watchers club needs an events calendar. How do I add one?", False),
])
def test_an_idle_doer_coined_with_a_hyphen_and_bugger_all(body: str, refused: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is refused


def test_an_address_followed_by_words_and_a_conjunction_is_no_list() -> None:
    body = "Right, mopheads, once more and slowly: why is shipping charged on local pickup orders?"
    assert "obscene" in check_intake("", body).codes
