"""Insults, round 51 of issue 13: coined plurals the dictionary guesses a thing or a name,
addresses that close a sentence, English names for a fool built on a head, a brain or wits,
English addresses that open a message, and "all of you" after a name."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake
from deskcli.domain.intake.insult_lexicon import is_insult_word


def _obscene(body: str) -> bool:
    return any(r.code == "obscene" for r in check_intake("", body).refusals)


@pytest.mark.parametrize("body", [
    # a coined plural heading the message, which the dictionary guesses a thing or a surname
    "Переспрашиватели, я жду ответа вторую неделю.",
    "Отписыватели! Обещали исправить к понедельнику, понедельник прошёл.",
    # the head's clause ends at a colon: the verb after it is another clause's
    "Недоинженеры, ответьте на одно: почему письма приходят без вложений?",
    "Вражины, вы мне всё меню поломали своим патчем.",
    # a plural set against people, not against a thing
    "Кодоломы, а не программисты: после обновления пропали все баннеры.",
    # an address that closes the sentence
    "Почему у товара не сохраняется артикул, кривописцы?",
    "Почему у товара не сохраняется артикул, сайтоломы?",
    "Заявку закрыли без ответа, кивалы конторские. Откройте её.",
    # a coined word that begins with a word of the product (форм-) is no form
    "Ответьте уже, формошлёпы.",
    # English
    "Absolute clowns. Ten days and no reply.",
    "Pea-brained dopes, answer ticket 51 already!",
    "Your helpdesk is a bunch of turnipheads. I want a refund.",
    "Bucket-heads, every one of you. Refund my renewal.",
    "Mugwumps, all of you. Nobody has read my ticket.",
    "Gormers, answer my ticket about the VAT rate.",
])
def test_people_called_names_in_these_shapes_are_insulted(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    # foreign greetings and exclamations the dictionary does not know
    "Саламатсызбы! Как поменять цену у всех товаров группы?",
    "Туды-сюды, третий раз пересобираем меню. Как поменять порядок разделов?",
    "Хренушки, а не скидка: купон не применяется к товарам со скидкой. Так задумано?",
    "Buenas tardes. How do I add a second currency?",
    "Cripes, the sitemap lists every filter page. Can filter pages be left out?",
    "Jeepers, every product page shows the price twice. Which setting does that?",
    "Crivvens, the shop is blank after the update. Where do I turn on error display?",
    # lists, counts, the product's things and the customer's people at a sentence's end
    "Мы продаём снасти (удочки, катушки, воблеры, джерки). Как сделать фильтр по длине?",
    "У нас рыбный магазин: гребешки, мидии, рапаны. Где поменять единицы веса?",
    "Звонили клиенты, пенсионеры. Как оформить возврат без чека?",
    "Two questions. How do I add a coupon, and can it apply to one group only?",
    "Refunds. How do I issue a partial refund?",
    "Webhooks: how do I set one for new orders?",
    "Wildberries: какие поля в выгрузке обязательные?",
    # praise and thanks
    "Legends, all of you! Thanks for the quick fix.",
    "Thanks, all of you. The import works now.",
    "Где в 7.0 округление цен, умницы вы мои?",
])
def test_greetings_exclamations_lists_and_praise_are_no_insult(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("word", ["cabbageheads", "mushbrains", "wantwits", "pudding-heads", "lugheads"])
def test_a_fool_named_by_a_thing_and_a_head_is_an_insult_word(word: str) -> None:
    assert is_insult_word(word)


@pytest.mark.parametrize("word", ["letterheads", "warheads", "printheads", "skinheads", "overheads", "bulkheads",
                                  "showerheads", "spreadsheets", "ahead"])
def test_words_english_has_for_a_head_are_not(word: str) -> None:
    assert not is_insult_word(word)


@pytest.mark.parametrize("body", [
    # one named worker of the desk called something: a coinage, a thing said of a person
    "Ваш Геннадий — тюхтяй, каких поискать: опять прислал не ту инструкцию. Где настраиваются склады?",
    "Ваша Алла — растетёха, ничего не поняла. Передайте заявку другому.",
    "Your Trevor is a complete teapot. Put someone else on the ticket.",
    # a coined plural, then a thing: the thing is what they did something to
    "Хапужники, деньги за продление взяли, а отвечать некому.",
    # English sexual vulgarities, and phrases of two words
    "Which of you muff divers closed my ticket? Reopen it.",
    "The update was a donkey punch to our catalogue. Why did every price reset?",
    "Stop dry humping my ticket and answer it.",
    "Your answer was a queef of copied documentation. Is it a known bug or not?",
    # signs drawn for a letter, and a mask in angle brackets
    "Ваши |3ляди опять бросили трубку. Перезвоните.",
])
def test_named_workers_vulgarities_and_drawn_letters_are_refused(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Ваша Светлана — золото, спасибо ей. Ещё вопрос: как выгрузить остатки?",
    "Ваш Аркадий — менеджер или инженер? Нужен доступ к серверу.",
    "Ваш Олег — настоящий профессионал, всё починил. Как поставить ему оценку?",
    "Your Darren is a proper star, thanks. One more thing: how do I add a coupon?",
    "Your Darren is a developer, right? Can he look at the import?",
    # a coined plural named as a thing (they, так называется), people named twice, exclaimed thanks
    "Лайкеры! Так у нас называется программа лояльности. Можно начислять им бонусы автоматически?",
    "Вебхуки. После обновления они перестали уходить в CRM. Где журнал отправки?",
    "Как сделать, чтобы уведомления получали сразу все работники склада, комплектовщики?",
    "Kudos, the whole team! Also, where is the minimum order setting?",
    "Tailor's dummies, full-body: how do I add a height variant with its own price?",
    "Dallas Cowboys jerseys, sizes XS to 3XL: why does the size filter hide 3XL?",
    "Hex-heads, Torx and Phillips: can the attribute filter list screw heads in my own order?",
])
def test_praise_jobs_things_and_products_are_no_insult(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    "Долго ещё вы, тянучкины, будете держать заявку? Ответьте.",
    "Когда вы, отписыватели, прочитаете письмо целиком?",
    "Nigel on your billing desk is a complete pudding. Put someone else on the invoice.",
    "Your helpdesk is about as useful as a chocolate teapot. Where is the export setting?",
    "You lot are about as quick as a tortoise in treacle. Ticket 51 is a week old.",
    "A week and no answer. Put someone who can read on it, you useless pair of plodgers.",
])
def test_the_reader_called_after_you_a_worker_where_he_sits_and_a_mocking_likeness(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Вы, ребята, молодцы, но вопрос: как добавить купон?",
    "Вы, программисты, можете посмотреть лог импорта?",
    "Ewan on your second line is a developer, right? Can he look at the import?",
    "Anna from your billing team is a star, thanks. How do I download the invoice?",
    "Your renewal costs about as much as a coffee a week, fine. How do I pay by card?",
    "Your new theme is about as fast as a rocket, thanks! How do I add a banner?",
    "The label is about as big as a credit card. Can I print two per page?",
    "Thanks, you lovely bunch of devs. One more: where is the sitemap setting?",
    "Can you send me a pair of invoices, one for each shop?",
])
def test_praise_roles_prices_and_sizes_are_no_insult(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    "Вы как пеликаны на пирсе: стоите и ничего не делаете. Где настройка скидок?",
    "Сидите там как черепахи в аквариуме — ни ответа, ни привета.",
])
def test_a_likeness_with_its_place_before_a_dash_or_a_colon_is_an_insult(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Вы как владельцы сайта: что нужно сделать, чтобы продлить поддержку?",
    "Вы как партнёры на выставке: будете ставить стенд?",
])
def test_the_reader_in_a_capacity_before_a_colon_is_no_likeness(body: str) -> None:
    assert not _obscene(body)


@pytest.mark.parametrize("body", [
    "Передайте Геннадию, что он болванище. Заявку закрыл, не прочитав.",
    "Передайте Виталию, что он болван. Пусть исправляет корзину.",
    "Tell Callum he's an idiot. He closed the ticket without reading it.",
    "Tell Callum he is a complete teapot. Reopen ticket 51.",
])
def test_a_judgement_passed_on_to_a_named_worker_is_an_insult(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Передайте Виталию, что он молодец, всё работает.",
    "Передайте Ольге, что она может звонить после 18:00.",
    "Скажите Ивану, что он прав: проблема была в кэше.",
    "Tell Callum he's a star. The import works now.",
    "Tell Callum he is welcome to call me after six.",
    "Где на складе хранилище резервных копий? И как почистить городище старых заказов?",
])
def test_praise_and_messages_passed_on_are_no_insult(body: str) -> None:
    assert not _obscene(body)
