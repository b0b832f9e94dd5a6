"""Insults, round 54 of issue 13: the desk's people said to sit or answer at the desk as
something (Карасики мелкие у вас отвечают), exclaimed at ("Ну и X же вы"), called by a name in
the plural (Шерлоки, вам …) or any famous one (Гудини вы наши), said to be X all of them with
what they are like after it, or asked which of them did it; an English insult placed at the
desk by where it sits (on your chat), or said of someone the writer does not want again."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _obscene(body: str) -> bool:
    return any(r.code == "obscene" for r in check_intake("", body).refusals)


@pytest.mark.parametrize("body", [
    # who answers or sits at the desk, said before "у вас" or after "отвечают мне"
    "Отвечают мне головастики, которые письмо не дочитали. Где настройка округления цен?",
    "Сидят там пингвины и чай пьют, а заказы не выгружаются. Почему?",
    "Карасики мелкие у вас отвечают, не иначе. Как включить оплату картой?",
    "Пескари сонные у вас на линии сидят, ничего не понимают. Дайте старшего.",
    "Колобки румяные у вас в отделе работают: катаются туда-сюда, а толку нет.",
    # a first name in the plural, and any name before "вы наши"
    "Шерлоки, вам уже трижды прислали лог, а вы всё просите скриншот. Когда исправите?",
    "Гудини вы наши, куда у вас опять пропала корзина?",
    # exclaimed at, in a message that complains
    "Ну и сонная же вы контора, третий день жду ответа по заявке.",
    "Ну и дряхлая же вы контора, третий день жду ответа.",
    # all of them, and what they are like; or asked whether anyone is not
    "Вы там все барсуки сонные, опять закрыли заявку без ответа.",
    "Вы все там, в отделе, подушки с перьями.",
    "Вы там все ждуны или хоть кто-нибудь ответит?",
    # English: placed at the desk, not wanted again, which of them, you absolute X
    "Some numpty on your chat told me to delete the cache folder. Which folder is safe to clear?",
    "Tell the clowns in your sales team that we paid for Business, not Start.",
    "Put me through to someone who isn't a dunce.",
    "Put me through to anyone who is not a nincompoop.",
    "Which of you walruses changed the invoice template? The VAT line is gone.",
    "Which of you pelicans closed ticket 4411?",
    "You absolute plankton. Three days and no reply to ticket 5521.",
    "You utter driftwood, read my first message before answering.",
])
def test_these_insult_the_desk(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Студенты у вас работают? Хотим пройти практику.",
    "Специалисты у вас работают отличные, спасибо за помощь с выгрузкой.",
    "Цены у вас в отделе работают по прайсу? Как выгрузить прайс?",
    "Девушки у вас на линии работают вежливые, спасибо Марине.",
    "Иван вы наш, спасибо за помощь с выгрузкой!",
    "Ну и быстрые же вы! Спасибо, всё заработало.",
    "Ну и удобная же вы система, всё нашёл сам. Как выгрузить заказы?",
    "Вы там все волонтёры? Как с вами связаться по телефону?",
    "Вы там все файлы удалили, теперь сайт не открывается. Как восстановить?",
    "Вы там все студенты с горящими глазами, понимаю, но ответьте по заявке.",
    "Our own developer is in your billing department list as a contact. How do I change it?",
    "We had a clown at the party in the department store. Unrelated, but how do I add a banner?",
    "Which of you engineers handles the 1C exchange? We need a call.",
    "Which of you developers wrote the Boxberry module? It sends weight 0.",
    "Which of you ladies handled my order last week? Thanks again.",
    "You absolute legend, it works now. Thanks!",
    "You absolute star, the import finished in a minute.",
    "Thank you absolute professionals for the quick fix.",
])
def test_roles_praise_and_questions_are_not(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    "Tell the trollop on your phones that I want a manager today.",
    "The slapper in your billing team sent the invoice twice. Fix it.",
    "Some dooshbag on your chat closed my ticket. Reopen it.",
    "The fecker of an import module drops every second row. How do I skip empty rows?",
])
def test_british_sneers_and_a_misspelled_douchebag_count(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "The slag heap near our warehouse flooded, sorry for the delay. How do I pause orders?",
    "Our feckless courier lost two parcels. How do I mark an order as lost?",
])
def test_mining_waste_and_feckless_do_not(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    # yo typed for ъё or ыё after a prefix, in Russian typed in Latin
    "Ochen podyobistye u vas instruktsii, nichego ne ponyatno. Kogda otvetite?",
    "Posle vashego obnovleniya vse razyobano, zhdu otveta segodnya.",
    # a named worker called an utter something, a character or any living being
    "Ваш Аркадий — форменный Хлестаков: наобещал с три короба и пропал.",
    "Ваш Олег — натуральный лицедей, неделю изображает работу.",
    # a respectful address from the desk's place, of people no one respects
    "Уважаемые схоласты из техподдержки, объясните, почему заявка висит неделю?",
    # an address with what they are of, in the genitive
    "Прислужники инструкций, ответьте уже по существу: где настройка скидок?",
    # the desk a pack of something; a coinage placed at the desk that did something
    "Your support team is a pack of dunderwhelps. Where is the discount setting?",
    "Some gowk on your chat told me to reinstall. Which setting hides prices?",
    "Are you all glaikit up there? The licence number is in every email.",
    "You lot are slower than a tortoise in treacle. Where is my invoice?",
    # likened to a kind of person by a first name in lower case, or to a name and patronymic
    "Отвечаете как ваньки-встаньки, одно и то же. Где настройка округления?",
    "Сидите там, как Обломовы Ильичи, ничего не делаете. Когда ответ?",
    "Вы всем отделом — пошехонцы, честное слово. Обещали ключ к пятнице.",
    "Tell your smartarse on the phone that I want a manager.",
    "Stop dicking me about and escalate the ticket.",
])
def test_round_54s_later_shapes_insult_the_desk(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Moi podyom v shest utra, potom pishu vam pro zakaz.",
    "Sdelajte pozhalujsta novyi obyom diska, vyoz tovara zavtra.",
    "Ваша Ольга — чистое золото, спасибо ей за помощь.",
    "Ваш Пётр — натуральный волшебник, всё заработало.",
    "Уважаемые специалисты из техподдержки, объясните, почему не работает выгрузка?",
    "Уважаемые коллеги из поддержки, подскажите, где настройка.",
    "Your support team is a bunch of lovely people, thanks for the help.",
    "Some temp on your desk closed my ticket. Could someone reopen it?",
    "Some macros in your support portal break after the update. How do I fix them?",
    "Are you all okay up there? No replies for a week, hope nobody is ill.",
    "Вы всем отделом — молодцы, спасибо за ключ.",
    # a thing said to be something after a dash; a village after its abbreviation
    "Баннер, который пришёл с шаблоном, — страшилище какое-то. Как его убрать с главной?",
    "Адрес склада: Валуйский район, с. Мандрово, ул. Садовая, 3. Как указать его в карточке самовывоза?",
])
def test_round_54s_later_look_alikes_do_not(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    # a living being's noun that does not decline, as an address
    "Кенгуру, вы вообще читаете, что вам пишут? Третий раз спрашиваю.",
    # an adjective, вы, and the noun it is said of
    "Колючие вы ежи, человеку магазин запускать, а вы пишете «ожидайте».",
    # a rabble or "какой-то" one sitting or answering where the desk is
    "Шпана какая-то на телефоне сидит, грубят и бросают трубку.",
    "Валенки сибирские у вас в отделе доставки сидят. Неделю не могут сменить адрес.",
    "Отвечает мне какой-то сундук с ушами, который путает оптовые цены с розничными.",
    # a named worker: a living being and what it is like after it
    "Ваша Инна — цапля голенастая, грубит и бросает трубку.",
    "Some snorklebrain at your help desk told me to clear my cookies and closed the ticket.",
    "Put me through to someone who isn't a total turnip.",
])
def test_round_54s_review_shapes_insult_the_desk(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Грамотные у вас в отделе интеграций сидят ребята, обмен заработал с первого раза.",
    "Ну и терпеливые же вы — третий день отвечаете на мои вопросы и ни разу не отмахнулись. Как убрать блок?",
    "Ну и быстрая же вы контора! Ответили за пять минут. Как включить оплату частями?",
    "Your Tom on the phone is a proper gent, he talked me through the DNS change.",
    "Ваш Олег — парень толковый, спасибо за помощь.",
    "Отвечает мне какой-то стажёр, но вежливо. Как включить оплату частями?",
    "Отвечает мне какой-то Иван из второй линии. Можно его оставить на нашей заявке?",
    "Хорошие вы люди, спасибо!",
    "Ошибка у вас сидит в модуле доставки? После обновления не считается вес.",
    "Обломинго — купон на 500 рублей срабатывает только на заказ больше 5000. Где ограничение?",
])
def test_round_54s_review_look_alikes_do_not(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    "Очередная пи३дюлина в вашей документации: кнопки «Экспорт» нет. Где экспорт заказов?",
    "Б٨ядство, а не обновление: пропала вкладка SEO. Куда её перенесли?",
])
def test_digits_of_other_scripts_drawn_as_letters_are_read_as_them(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "The price import is completely shagged since the update. Which column holds the price?",
    "Our delivery zones have gone to buggery after the import. How do I restore them?",
    "The uploader keeps crapping out on big files. Where is the size limit?",
    "Ну и тютехи же у вас на линии сидят: перепутали мою лицензию с чужой.",
    "Ваша Нина Петровна — истинная Простакова: отчитала меня за вопрос.",
])
def test_stronger_forms_and_named_workers_with_patronymic_count(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "That's crap, honestly, but how do I fix the import?",
    "Shag carpet colours: how do I add a colour filter to the catalogue?",
    "Ну вы и накосячили, конечно, но как откатить обновление?",
    "Ваша Нина Петровна — истинный профессионал, спасибо ей.",
])
def test_mild_words_a_carpet_and_praise_do_not(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    "Подскажите, как добавить на сайт второй язык, коми? Нужна хотя бы главная страница на коми.",
    "Литературный клуб готовит вечер Висенте Хуидобро. Почему его имя обрезается в анонсе?",
])
def test_a_people_s_language_and_a_poet_s_name_are_not(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize(("body", "insult"), [
    ("Your support is as useful as a chocolate kettle. Where is the VAT setting?", True),
    ("You're as much use as a paper umbrella. Reopen ticket 4410.", True),
    ("Your new layout is as fast as a rocket, thanks! How do I add a banner?", False),
    ("This module is as useful as a spare key, honestly. Where is its manual?", False),
])
def test_as_useful_as_a_useless_thing_without_about(body: str, insult: bool) -> None:
    assert _obscene(body) is insult


@pytest.mark.parametrize(("body", "insult"), [
    ("Your support staff are complete dunderwhelps. I explained the problem four times.", True),
    ("Your agents are proper glaikits, honestly. Reopen ticket 5521.", True),
    ("You're running this desk like a pack of ferrets in a sack. Ten days on one ticket.", True),
    ("You lot are like a gaggle of lost tourists. Where is the VAT setting?", True),
    ("Your support staff are complete professionals, thanks.", False),
    ("Your support staff are volunteers? Where can I read about them?", False),
    ("You work like a bunch of pros, thank you!", False),
    ("We sell them like a pack of cards. How do I set a bundle price?", False),
])
def test_the_desk_likened_to_a_pack_or_said_to_be_a_coined_plural(body: str, insult: bool) -> None:
    assert _obscene(body) is insult


@pytest.mark.parametrize(("body", "insult"), [
    ("Кто вас, кочерыжек, туда набирал? Один вопрос решаете неделю.", True),
    ("Что это за сверчки сидят у вас на первой линии? Жду ответа.", True),
    ("Is there a single person on that desk who isn't a dunderwhelp? Escalate it.", True),
    ("I've had it with the sleepwalkers answering your tickets. Refund the renewal.", True),
    ("Yiz have the whole invoice bollixed. Which rate applies?", True),
    ("Кто вас, коллеги, набирал на работу? Хотим так же.", False),
    ("The volunteers answering your tickets are great.", False),
    ("Is there a single person on that desk who isn't on holiday? Escalate it.", False),
])
def test_shapes_after_holdout122_was_measured(body: str, insult: bool) -> None:
    assert _obscene(body) is insult


@pytest.mark.parametrize(("body", "insult"), [
    ("Your helpdesk stands there like a row of garden gnomes while our shop is down.", True),
    ("Пишет бухгалтер Блябин из гостевого дома. Какое поле шаблона счёта отвечает за инициалы?", False),
    ("Контакт поставщика — господин Хуянь. Как завести его пользователем сайта?", False),
    ("Новый тур в Саппоро с прогулкой по кварталу Сусукино. Как скопировать тур без дат?", False),
])
def test_shapes_and_names_after_holdout121_was_measured(body: str, insult: bool) -> None:
    assert _obscene(body) is insult


@pytest.mark.parametrize(("body", "insult"), [
    ("Dear turnip-brained experts, your last reply sent me to the developer. Why does the filter ignore colour?", True),
    ("Your mutton-headed support has lost my renewal payment.", True),
    ("Our level-headed manager asked me to write. Where is the invoice?", False),
    ("Your clear-headed engineers fixed it, thanks.", False),
    ("Dear red-headed customers, our sale starts Monday. How do I schedule the banner?", False),
])
def test_a_head_or_brain_compound_said_of_the_desk(body: str, insult: bool) -> None:
    assert _obscene(body) is insult
