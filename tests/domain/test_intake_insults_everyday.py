"""Everyday abuse without mat (SPEC 2.8.3, round 31): bunglers, dunces, cheats and windbags
aimed at the staff are refused; the words with an everyday sense (a stump, a donkey, a parrot,
a dope) only when plainly addressed; and the customer's own people stay his own when the
possessive follows the person (менеджер наш) or "у нас" names him (у нас менеджер-растяпа).

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Ну вы и растяпы: третий раз теряете мой файл выгрузки. Куда его прислать?",
    "У вас там одни двоечники сидят? Как подключить второй склад?",
    "Кидалы, деньги за продление взяли, а ключ не прислали. Где ключ?",
    "Вымогатели! Почему продление стоит 60 процентов?",
    "Тупоумные вы мои, где настраивается округление цен?",
    "Вы что, тугоухие? Я спрашиваю про СДЭК, а не про Почту России.",
    "Вы сборище болтунов и пустомель. Как включить капчу в форме заказа?",
    "Listen, you plonkers, where is the export of orders configured?",
    "Tell the tosser who closed my ticket to reopen it.",
    "Hey dunderheads, why are prices shown without VAT?",
    "Your support staff are a bunch of parrots. Why is the sitemap empty?",
    "Donkeys. You closed my ticket again.",
])
def test_everyday_abuse_aimed_at_the_staff_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # the words with an everyday sense, said of things the shop sells
    "Продаём декоративные пни для сада. Как добавить свойство «Диаметр» в карточку?",
    "Плюшевый осёл не выгружается в Маркет, остальные игрушки выгружаются. Почему?",
    "We sell toy parrots and donkeys. How do I add a size filter to that category?",
    "Попугай в клетке стоит в каталоге дважды. Как убрать дубль?",
    # the customer's own people, however the sentence names them as his
    "Менеджер наш, растяпа, удалил способ доставки. Можно ли его вернуть?",
    "Здравствуйте, у нас менеджер-растяпа удалил раздел каталога. Как восстановить?",
    "Программист мой, двоечник, сломал шаблон корзины. Как вернуть стандартный?",
    # "у меня", "у нас" after the person owns him too
    "Менеджеры у нас безграмотные, путают остатки. Можно ли закрыть им правку цен?",
    "Программисты у меня тупые, забывают чистить кэш. Как сделать это по расписанию?",
])
def test_those_words_of_things_and_of_the_customers_own_people_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Менеджер ваш, бездельник, так и не ответил. Когда будет ответ про выгрузку?",
    "У вас менеджер-растяпа, неделю не отвечает. Как настроить выгрузку?",
    "Специалисты у вас тупые, третий раз спрашиваю про выгрузку.",
])
def test_the_desks_person_named_the_same_ways_stays_the_desks(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # an insulting adjective said of any living being, aimed at the desk (round 31)
    "Вы безмозглые бюрократы. Где ответ на мою заявку про выгрузку?",
    "Тупоголовые саботажники! Третий день не работает корзина.",
])
def test_an_insulting_adjective_of_people_at_the_desk_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Наши безмозглые менеджеры опять перепутали статусы. Как вернуть старые?",
    "Тупые боты засыпали форму отзывов спамом. Как включить капчу?",
])
def test_the_same_adjective_of_the_customers_own_people_or_bots_passes(body: str) -> None:
    assert "obscene" not in codes(body)


def test_such_an_insult_said_of_oneself_passes() -> None:
    # "such" exclaims, but the writer says it of himself (round 31)
    assert "obscene" not in codes("I'm such an idiot, I deleted the only admin account. How do I get it back?")


def test_such_an_insult_of_the_desk_is_refused() -> None:
    assert "obscene" in codes("Such idiots work in your support! Where is my answer about the export?")


@pytest.mark.parametrize("body", [
    # a greeting and its fond (or mocking) "мои" before the address
    "Уважаемые мои растяпы, где в админке меняется валюта?",
    "Дорогие мои неумехи, ответьте уже по заявке про доставку.",
    # a word with an everyday sense, qualified and followed by words to "you"
    "Бараны упёртые, я вам в третий раз пишу: выгрузка висит.",
])
def test_an_address_with_its_greeting_or_qualifier_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # the writer's own customers, greeted fondly
    "Дорогие мои покупатели, скидки до пятницы! Как сделать такую рассылку?",
    # animals qualified in a shop's own words, with nothing said to "you"
    "Бараны породистые, овцы романовские: где задать фильтр по породе?",
    "Ослы домашние! Новая порода в нашем каталоге, как добавить её в фильтр?",
])
def test_fond_greetings_and_goods_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Охламоны, когда ответите про выгрузку?",
    "Ну вы и чинуши: третий раз просите PIN.",
    "Хмыри из поддержки, почему заявка закрыта?",
    "Сброд у вас работает, а не специалисты.",
    "Hey lunkheads, which PHP version does 7.1 need?",
])
def test_more_everyday_abuse_of_the_staff_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Менеджер Коновалов не видит раздел заказов. Почему?",
    "Магазин зоотоваров: макаки, игрунки, корм. Как сделать фильтр по виду?",
    "Dear support, is the leech therapy section of our pharmacy indexed?",
])
def test_names_goods_and_things_beside_those_words_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Передайте уроду, который выпустил релиз 7.1, что склады теперь не видны. Как откатиться?",
    "Передайте кретину, который мне вчера ответил, что я спрашивал про НДС.",
    "Tell the moron who wrote that reply that I asked about VAT, not shipping.",
    "The idiot who designed the export screen should try using it. Where is the date filter?",
])
def test_an_insult_with_a_clause_saying_its_person_did_the_desks_work_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # someone the writer cannot name made it for him, or wrote something not the desk's
    "Какой-то кретин, который писал нам скрипт доставки, пропал. Как отключить скрипт?",
    "Какой-то идиот, который написал отзыв, врёт. Как удалить отзыв из карточки товара?",
    "The idiot who wrote that review never bought anything. How do I hide a review?",
])
def test_an_insult_of_someone_else_s_writing_is_not_aimed_at_the_desk(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    # a hyphen inside a word ends no clause: the possessive still owns the person
    "Your so-called engineer is a total imbecile. Where do I switch off the cache?",
    # a hyphened English adjective before the desk's people
    "Good morning, bird-brained support staff. Where is the tax setting?",
    "Pea-brained staff, as always. Where is my licence key?",
])
def test_english_insults_across_a_hyphen_are_aimed_at_the_desk(body: str) -> None:
    assert "obscene" in codes(body)


def test_a_hyphened_insult_of_the_writer_s_own_pet_is_not_aimed_at_the_desk() -> None:
    assert "obscene" not in codes("My bird-brained parrot pecked the keyboard. How do I restore a deleted page?")


@pytest.mark.parametrize("body", [
    "Hello incompetent jokers, where did the export button go?",
    "Dear useless clowns, my renewal invoice is wrong.",
])
def test_a_greeting_then_two_insults_calls_the_reader_by_them(body: str) -> None:
    assert "obscene" in codes(body)


def test_a_greeting_then_an_ordinary_adjective_and_a_word_of_everyday_sense_passes() -> None:
    assert "obscene" not in codes("Hello little clowns, the party module shows the balloons in the wrong order.")


@pytest.mark.parametrize("body", [
    "Ну вы и полудурки: опять выгрузка на сайт пустая. Почему?",
    "Эй, рохли, три дня ни слова по заявке!",
    "Жмоты! За что шестьдесят процентов за продление?",
    "Вы не поддержка, а сборище фигляров и прощелыг. Где ответ?",
    "Oi, knobheads, the renewal invoice has the wrong VAT number.",
    "You lot are utter meatheads. Why is the tax rate zero?",
])
def test_round_34_insults_aimed_at_the_desk_are_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Тюфяки и матрасы из новой коллекции не выгружаются в каталог. Почему?",
    "Our pinhead cameras category shows no prices after the import. Where do I look?",
])
def test_round_34_words_with_an_everyday_sense_stay_innocent(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Some moron at your desk closed my ticket unanswered.",
    "The idiot who wrote your documentation never tried the 1C exchange. Where is the mapping?",
])
def test_an_insult_placed_at_the_desk_or_writing_its_docs_is_aimed_at_it(body: str) -> None:
    assert "obscene" in codes(body)


def test_the_addressee_s_head_not_on_speaking_terms_with_him_is_abuse() -> None:
    assert "obscene" in codes("Вы совсем с мозгами не дружите? Я писал про склад, а не про доставку.")
    assert "obscene" not in codes("Наш стажёр с головой не дружит, удалил раздел. Как его восстановить?")


@pytest.mark.parametrize("body", [
    "Ваша Ольга — бестолочь редкая, третий раз спрашивает версию.",
    "Ваш Пётр с первой линии — балбес, закрыл заявку без ответа.",
])
def test_one_of_the_desk_s_people_by_first_name_is_the_desk(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Наш Пётр — балбес, удалил раздел каталога. Как его восстановить?",
    "Ваша Роза — сорт, который не выгружается в каталог. Почему?",
])
def test_the_customer_s_own_person_or_a_name_that_is_a_thing_is_not(body: str) -> None:
    assert "obscene" not in codes(body)


def test_an_english_insult_on_a_line_of_the_desk_is_aimed_at_it() -> None:
    assert "obscene" in codes("The pillock on line three hung up before I could give my licence number.")


@pytest.mark.parametrize("body", [
    "My answer came from an utter dimwit who never read my ticket. How do I add a second warehouse?",
    'Your "expert" is a total imbecile. Where is the VAT setting?',
])
def test_whoever_did_not_read_my_ticket_and_a_word_in_scare_quotes_are_the_desk(body: str) -> None:
    assert "obscene" in codes(body)


def test_an_insult_of_someone_who_read_something_else_is_not_aimed_at_the_desk() -> None:
    assert "obscene" not in codes("The idiot who read the manual aloud to us was our own intern. How do I export orders?")


@pytest.mark.parametrize("body", [
    "Арендодатель, негодяй, отключил нам свет в серверной. Как проверить, что база цела после сбоя?",
    "Наш прежний фотограф, честно говоря, халтурщик: половина снимков без фона. Как массово заменить фото товаров?",
    "Этот регистратор доменов — сборище бездельников, продление висит неделю. Как поменять DNS для сайта?",
    "Мошенники-спамеры, сволочи, шлют заказы с фальшивыми телефонами. Можно ли включить подтверждение по SMS?",
])
def test_an_insult_set_beside_an_outsider_named_before_it_is_said_of_him(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Ребята, бездельники, когда ответите про выгрузку?",
    "Сотрудник ваш, негодяй, закрыл заявку без ответа. Где ответ?",
    "Специалист, халтурщик, сломал нам корзину своим обновлением.",
    "Курьер, негодяй, а вы почему не отвечаете третий день?",
])
def test_the_same_shape_said_to_the_reader_or_of_the_desk_s_people_stays_refused(body: str) -> None:
    assert "obscene" in codes(body)


def test_an_abusive_phrase_in_quotes_is_named_not_said() -> None:
    assert "obscene" not in codes("Блогер назвал нас «пошли вы» в заголовке обзора. Как ответить на отзыв на сайте?")
    assert "obscene" in codes("Пошли вы, третий день нет ответа про выгрузку.")


@pytest.mark.parametrize("body", [
    "Держиморды с первой линии опять закрыли тикет. Где ответ про склад?",
    "Эй, дундуки, где меняется валюта магазина?",
    "Вы лохотронщики и обдиралы: откуда в счёте 60 процентов?",
    "Ветрогоны и балаболки, где обещанное исправление импорта?",
    "Шантрапа вы, а не поддержка. Почему не уходят письма?",
    "Ну вы и трутни, неделю без ответа. Как выгрузить заказы?",
    "Вы не инженеры, а сапожники. Почему корзина пустая?",
    "Oi, you shysters and chancers, why is the renewal 60%?",
    "Dear jobsworths, which field holds the delivery date?",
    "You doofus, the export is empty again. Why?",
    "Bunch of goofballs and eejits. Where is the SMTP setting?",
])
def test_round_35_words_of_abuse_aimed_at_the_staff_are_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Продаём сапожные инструменты, сапожник в каталоге — это категория. Как добавить в неё фильтр?",
    "Аквариум с пиявками не выгружается в Маркет. Почему?",
    "Игрушка «Тюлень» не показывается в поиске. Где индекс?",
    "Пчёлы-трутни в нашем каталоге пасеки без фото. Как массово загрузить фото?",
    "Our blog has a hack for the menu, will it survive the update?",
])
def test_those_words_in_their_everyday_senses_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Ty pridurok, a ne specialist.",
    "Debily iz podderzhki, dajte nachalnika.",
])
def test_russian_typed_in_latin_is_known_by_ty_and_podderzhka(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # round 35: a word with an everyday sense and its adjective, where the words after speak to the reader
    "Тетери сонные, отвечаете раз в неделю. Где настройка скидок?",
    "Крысы канцелярские, верните нам доступ к кабинету.",
    "Пни бесчувственные. А вы всё «в порядке очереди».",
    "Ваши инженеры — безмозглые пни. Где лог импорта?",
])
def test_round_35_a_weak_word_with_its_adjective_said_to_the_reader_is_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Пни декоративные. Подскажите, как добавить им фото в карточку?",
    "Крысы декоративные в зоомагазине раскупаются, как сделать предзаказ?",
    "Пни на участке выкорчевали, теперь продаём щепу. Как добавить новый раздел в каталог?",
])
def test_round_35_the_same_words_of_things_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Живоглоты и скупердяи, почему продление снова подорожало?",
    "Эй, лежебоки, заявке пятый день. Где настраивается склад?",
    "Ваша Светлана из бухгалтерии — мымра, так и передайте. Где закрывающие документы?",
    "Крючкотворы вы, а не поддержка. Как поменять реквизиты в счёте?",
    "Вы там душнилы все? Просто скажите, где меняется логотип.",
    "Ну вы и тупари: я просил про выгрузку, а не про кэш.",
    "Ханыги, верните деньги за второй платёж.",
    "Вы индюки надутые, ответьте по существу: почему не работает поиск?",
    "Ироды, сайт лежит с утра. Что проверить?",
    "You drongos closed my ticket again. Why?",
    "Listen, you wazzocks and dweebs, where is the tax setting?",
    "Your first line are mouth-breathers and know-nothings. Escalate this.",
    "Hey dipsticks, why is the sitemap empty?",
    "Some asswipe on your team deleted my ticket. Restore it.",
    "Your release is a turd. Why does the cart lose its items?",
])
def test_round_36_words_of_abuse_aimed_at_the_staff_are_refused(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Фермерский магазин: товар «Индюк охлаждённый» не выгружается в Маркет. Почему?",
    "В садовом магазине статья про тлю на рассаде не индексируется. Где карта сайта?",
    "Костюм шута в каталоге карнавальных товаров не показывается в поиске.",
    "Шкура овечья для дивана — новый товар, а фото не грузится. Почему?",
    "Книга «Кикимора и леший» не попадает в выгрузку. Что проверить?",
    "Our template wraps every block in two divs. Which file renders the product card?",
    "We sell car parts; the oil dipstick product has no image. Why?",
    "Every Saturday the export stops at midnight. Is there a schedule setting?",
    "Our server is called Nimrod, and the cron job on it fails. Which log should we read?",
    # the jitters, which the dictionary lacks, begin like the guarded манд-
    "У нашего менеджера мандраж перед отправкой счёта, она жмёт кнопку трижды. Как защитить форму от двойной отправки?",
])
def test_round_36_the_same_words_in_their_everyday_senses_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Крючкотвор ваш из бухгалтерии опять прислал не тот акт. Где скачать закрывающие документы?",
    "Лежебоки ваши неделю не отвечают. Где настраивается склад?",
])
def test_round_36_the_desk_s_possessive_after_the_insult_aims_it(body: str) -> None:
    assert "obscene" in codes(body)


def test_round_36_a_weak_word_with_the_possessive_after_it_stays_a_thing() -> None:
    assert "obscene" not in codes("Индюки ваши в каталоге фермы не выгружаются в Маркет. Почему?")
