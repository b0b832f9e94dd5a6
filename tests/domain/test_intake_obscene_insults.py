"""Insults (SPEC 2.8.3): refused when aimed at the desk or its people, however the sentence puts
them (addressed, in the greeting, as the predicate of a clause about the desk); passed when said
of the customer's own people, of outsiders, of oneself or of a thing. Mat counts whoever it is
said of (intake/insults.py, insult_parties.py, insult_predicates.py).

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake import find_obscene
from tests.domain.intake_cases import codes as _codes, obscene as _obscene, refused


# -- the desk's people, or someone else: the customer's own, outsiders, oneself --------------------


@pytest.mark.parametrize("text", [
    "Вы просто позорище. Где настройки оплаты?",
    "Опять обновление сломало фильтр, умники.",
])
def test_mockery_aimed_at_the_staff_is_an_insult(text) -> None:
    from deskcli.domain.intake import find_obscene

    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    "Спасибо, вы умницы, всё заработало!",
    "Какой позор для нашего магазина: цены уехали. Как вернуть?",
])
def test_praise_and_shame_of_oneself_pass(text) -> None:
    from deskcli.domain.intake import find_obscene

    assert find_obscene(text) == []


@pytest.mark.parametrize("text", [
    "Ваш менеджер Олег, если честно, совершенно тупой идиот.",
    "Ваш специалист Пётр после трёх писем так и не понял, полный кретин.",
])
def test_an_insult_said_of_the_desk_s_person_named_further_back(text) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    "Ваш менеджер посоветовал нанять фрилансера, который оказался полным дебилом.",
    "Ваш консультант Анна сказала, что сосед по офису полный идиот.",
    "Ваш менеджер посоветовал нашему бухгалтеру, что делать, но тот полный идиот.",
])
def test_an_insult_of_someone_else_after_the_desk_s_person_passes(text) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("body", [
    # the customer's own people, however many words qualify them
    "Our previous web developer was a clueless clown. Where is the debug setting?",
    "My old freelance developer was a total idiot, he left no passwords. How do I reset the admin one?",
    "Наш бывший штатный программист — полный идиот, удалил бэкапы. Как восстановить сайт?",
    # someone gone, with no possessive at all
    "The former developer was an idiot and hard-coded the prices. Where are prices set?",
    "Прошлый разработчик был бездарем, всё сделал через шаблон. Где меняется шапка?",
])
def test_an_insult_of_a_third_party_is_not_obscene(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize("body", [
    # the desk's own people, present or former, stay the desk's
    "Your previous support engineer was a clueless clown. Is anyone competent there?",
    "Ваш прошлый менеджер — полный идиот. Кто теперь ведёт нашу заявку?",
    "Your developers are clueless clowns, the export is broken again.",
    # mat at a third party is still mat
    "Наш бывший программист — мудак, удалил бэкапы. Как восстановить сайт?",
])
def test_an_insult_of_the_desk_or_mat_stays_obscene(body: str) -> None:
    assert find_obscene(body) != []


@pytest.mark.parametrize("body", [
    # свой after an imperative said to the desk is the desk's own
    "Объясните своим тупым программистам, что поиск не работает.",
    "Покажите это письмо своему бестолковому менеджеру.",
    # whoever answers the customer is the desk
    "Мне отвечает какой-то недоумок, что всё работает. Где лог?",
    "Отвечают мне одни бездари, а вопрос так и висит.",
])
def test_insults_of_whoever_answers_or_of_the_desks_own(body: str) -> None:
    assert find_obscene(body)


@pytest.mark.parametrize("body", [
    "Я показал письмо своему бестолковому племяннику, он тоже не понял.",
    "Мне отвечает клиент, что бараны в каталоге не отображаются.",
    "Customers answered me that the idiots on that TV show bought our product.",
    "Передайте своему менеджеру, что счёт оплачен.",
])
def test_those_shapes_keep_third_parties_and_plain_requests(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize("body", [
    # the customer's own colleague or employee, owned after the insult
    "Какой-то придурок из нашего отдела продаж поменял все цены, где история изменений?",
    "Кретины из нашей бухгалтерии снова выгрузили акты дважды. Как удалить дубли?",
    "Один идиот у нас в отделе поменял цены на всё, можно откатить?",
    "Somebody on our team, a complete moron, removed the payment module. How to reinstall?",
    "Some morons in our sales department changed every price. Can we roll back?",
    "Some morons from our marketing agency broke the banner. Can we restore the old one?",
    "Наши идиоты программисты сломали шаблон, как восстановить из резервной копии?",
    # anonymous outsiders: people the writer cannot name, spammers, bots
    "Какие-то дебилы спамят в комментариях к новостям. Как включить капчу?",
    "Какие-то идиоты регистрируются на сайте по сто раз в день, как это запретить?",
    "Кретины-спамеры засыпали отзывы ссылками, как включить модерацию?",
    "Some idiots keep posting spam through our contact form. Is there a captcha?",
    "Some idiot keeps registering fake accounts on our shop. How do I block by IP?",
])
def test_an_insult_of_the_customers_own_people_or_of_outsiders_passes(body: str) -> None:
    assert find_obscene(body) == []
    assert not refused(body)


@pytest.mark.parametrize(("body", "word"), [
    # at the staff, however the sentence begins
    ("Вы идиоты, третий день не можете ответить.", "идиоты"),
    ("Your support is run by morons. Where is my export?", "morons"),
    ("Идиоты из поддержки опять закрыли заявку.", "Идиоты"),
    ("Какой-то идиот из вашей поддержки удалил мой сайт.", "идиот"),
    ("Какой-то кретин из ваших программистов сломал выгрузку.", "кретин"),
    ("Some morons on your support team keep closing my tickets.", "morons"),
    ("Some idiots at your company wrote this import.", "idiots"),
    ("Какие-то идиоты у вас в поддержке закрыли мою заявку.", "идиоты"),
    # whoever answers the customer, whoever made the product
    ("Какие-то идиоты отвечают мне уже неделю, а ошибка не исправлена.", "идиоты"),
    ("Какие-то кретины сверстали этот шаблон, он разваливается на телефоне.", "кретины"),
    ("Some morons built this import module, it loses half of the goods.", "morons"),
    # an address first, then the customer's own people
    ("Идиоты, наши программисты уже всё проверили, ошибка у вас.", "Идиоты"),
])
def test_an_insult_at_the_staff_is_still_refused(body: str, word: str) -> None:
    assert word in find_obscene(body)
    assert refused(body)


@pytest.mark.parametrize(("body", "word"), [
    ("Какой-то мудак из наших менеджеров удалил все товары.", "мудак"),
    ("Some fucking moron on our team deleted the catalog.", "fucking"),
    ("Какие-то пидорасы спамят в комментариях, как включить капчу?", "пидорасы"),
])
def test_mat_about_a_third_party_is_still_refused(body: str, word: str) -> None:
    assert word in find_obscene(body)


@pytest.mark.parametrize(
    "text",
    [
        # whom the writer says it for, after his own verb of saying
        "Повторяю ещё раз для особо умных идиотов: письма не уходят.",
        "I explain for the morons one more time: the export fails.",
        # an everyday English insult of idleness, said to the reader
        "You good-for-nothings never answer. Where is the invoice?",
        # Russian typed in Latin with letters hidden behind an asterisk
        "Vy tam sovsem yo*nulis? Pochemu ne rabotaet korzina?",
    ],
)
def test_insults_and_masked_mat_aimed_at_the_desk(text: str) -> None:
    assert _obscene(text)


@pytest.mark.parametrize(
    "text",
    [
        # for them, with the verb's own object between: made for someone, not said to the desk
        "Пишу памятку для идиотов из нашего склада, как сверять остатки. Где взять отчёт?",
        "Объясняю для дебилов из нашей бухгалтерии, как выгружать счета. Где этот отчёт?",
        "Купил книгу для чайников по HTML. Где в шаблоне поменять шрифт?",
        "Pochemu ne rabotaet ma*ka kak eto ispravit",
    ],
)
def test_for_someone_else_or_nothing_hidden(text: str) -> None:
    assert not _obscene(text)


@pytest.mark.parametrize(
    "text",
    [
        "A bunch of bots (total morons, all named qwerty) keep filling our contact form. How do I turn on a captcha?",
        "Such a bunch of spammers (complete idiots) keep filling our contact form. How do I turn on a captcha?",
        "Сборище хакеров, полные идиоты, ломятся в админку. Как ограничить вход по IP?",
    ],
)
def test_an_insult_of_the_outsiders_just_named_is_not_aimed(text: str) -> None:
    assert "obscene" not in _codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "What a bunch of idiots, your support never answers. Why is my ticket closed?",
        "Вы хуже спамеров, идиоты. Где ответ на заявку?",
    ],
)
def test_the_desk_called_names_beside_outsiders_stays_obscene(text: str) -> None:
    assert "obscene" in _codes(text)


# -- insults without profanity: addressed, in the address, as a predicate --------------------------


@pytest.mark.parametrize("body", [
    # English words for a fool, addressed, named by a greeting or qualified by another
    "Lazy buffoons, the invoice module crashed again.",
    "Hi numbskulls, the search page is blank. Any idea?",
    "Your team are a bunch of dolts.",
    "You lot are a useless crowd.",
    # a judgement asked as which/какой
    "Which dunce broke the coupon field in the last release?",
    # a dictionary that lists a guessed lemma first (неумех) before the insult's
    "Вы там все неумехи, что ли? Отчёт не строится.",
])
def test_insults_without_profanity_aimed_at_the_desk(body: str) -> None:
    assert find_obscene(body)


@pytest.mark.parametrize("body", [
    # round 29: loafers, whelps, the clumsy-handed, bloodsuckers and cheats, addressed
    "Вы там все лоботрясы! Третий день не можете починить корзину.",
    "Слушайте, косорукие, после вашего обновления не грузятся картинки.",
    "Корзина не работает. Сопляки, когда почините?",
    "Вы кровососы, дерёте деньги за продление!",
    "Ваши менеджеры — обманщики, обещали скидку и не дали.",
    "You incompetents broke my cart again.",
    "You lazy lot, answer my question about the invoice.",
    "Ну вы и обормоты. Зачем снова спрашивать доступы?",
    "Вы там все ущербные, что ли? Как восстановить пользователя?",
    "Мне отвечает какой-то валенок из первой линии. Переведите заявку на вторую.",
    "Поддержка у вас — мартышки с клавиатурой. Как сделать скидку?",
    "Dear pillocks in support, is the DPD module going to be fixed?",
    "Charlatans, the lot of you.",
    # whoever answered my ticket
    "Some idiot answered my ticket without reading it. How do I export orders?",
    "Whichever dimwit answered my last ticket clearly didn't read it.",
])
def test_everyday_abuse_of_the_staff_without_mat(body: str) -> None:
    assert find_obscene(body)


@pytest.mark.parametrize("body", [
    # the same words of outsiders, animals and things
    "Обманщики звонят нашим клиентам от имени магазина. Как предупредить покупателей рассылкой?",
    "Кровососы-комары замучили. Кстати, как добавить товар?",
    "Крысы погрызли кабель в серверной, сайт лежал. Как восстановить бэкап?",
    "Шакалы из конкурентов копируют наши описания товаров. Как защитить тексты?",
    "Зимой продаём валенки. Как добавить размерную сетку?",
    "Овощи и фрукты в каталоге отображаются без веса. Где включить?",
    "Игрушка мартышка не выгружается в YML. Почему?",
    "The charlatan who scammed our customers used our brand name. How do we warn buyers by newsletter?",
    "Наш менеджер-идиот ответил моему клиенту грубо. Как удалить его ответ из переписки?",
    "Покупатель-идиот ответил на мою рассылку матом. Как его отписать?",
])
def test_those_words_of_outsiders_animals_and_things_pass(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize("body", [
    "Is the new checkout idiot-proof enough for older customers?",
    "Which fool-proof backup option do you recommend?",
    "We sell a lot of dunce caps for school plays. How do I add a size chart?",
    "Hello, a bunch of orders are stuck in pending. Why?",
    "Hi, which option is the default for new customers?",
])
def test_lookalikes_of_those_insults_stay_innocent(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Whoever answered my request on Monday is an utter moron. Where is the coupon report?",
        "You're a useless machine, right? How do I add a delivery zone?",
        "Quit being a jackass and answer: where are the shipping rates?",
        "Don't be a dick, just tell me where the invoice template lives.",
        "You cheats charged me twice for the renewal. Where do I see the payment log?",
        "Дурачьё, а не специалисты. Где в магазине меняется валюта?",
        "Опять всё сломалось, полный пи_здец. Где посмотреть журнал ошибок?",
    ],
)
def test_aimed_insults_and_masked_mat_are_refused(body: str) -> None:
    assert "obscene" in _codes(body)


@pytest.mark.parametrize(
    "body",
    [
        "My nephew said whoever replied to him was a moron. How do I add a delivery zone?",
        "I was a real fool and deleted the price list. Can it be restored?",
        "Постельное бельё и сырьё не выгружаются в каталог. Что проверить?",
        "Dick Larson from our office cannot log in. Where do I reset his password?",
        "В разделе «Дрочёна по-деревенски» не грузятся фото. Где смотреть ошибку?",
        "The field user_name is empty after import. Why?",
    ],
)
def test_look_alikes_of_those_insults_stay_innocent(body: str) -> None:
    assert "obscene" not in _codes(body)


@given(st.sampled_from(["moron", "imbecile", "loser", "jackass", "idiot"]),
       st.sampled_from(["", "total ", "complete ", "absolute ", "such a "]))
def test_an_insult_of_whoever_answered_is_aimed_with_any_intensifier(insult: str, intensifier: str) -> None:
    article = "" if intensifier.startswith("such") else ("an " if (intensifier or insult)[0] in "aeiou" else "a ")
    body = f"Whoever answered my ticket is {article}{intensifier}{insult}. Where is the export of orders?"
    assert "obscene" in _codes(body)


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день, обезьяны из второй линии. Где меняется логотип?",
        "Я спрошу ещё раз, кретины: ключ когда активируется?",
        "Разгильдяи, где ответ на мою заявку?",
        "Вы просто убогие.",
        "Поправьте уже, вредители, форму заказа.",
        "You muppets broke the checkout again.",
        "Your bird-brained manager closed the ticket.",
        "Support? nahuj takoi support",
        "kogda vy uzhe, bl9, otvetite?",
    ],
)
def test_insults_in_the_address_and_translit_are_obscene(text: str) -> None:
    assert find_obscene(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Здравствуйте, бараны с фермы не выгружаются в каталог.",
        "На складе вредители, жуки испортили упаковку. Как списать товар?",
        "Убогий дизайн у старого шаблона, как сменить тему?",
        "The cowboy boots category shows no prices.",
        "Our store runs 3ds models, kak nastroit ih pokaz na sajte?",
    ],
)
def test_look_alikes_of_the_address_pass(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize(("body", "word"), [
    ("Разини, опять перепутали мой заказ с чужим. Где мой счёт?", "Разини"),
    ("Вы захребетники, а не поддержка. Когда ответите?", "захребетники"),
    ("Подлецы, продление списали дважды. Как вернуть деньги?", "Подлецы"),
    ("Мерзавцы, сайт лежит с утра. Что делать?", "Мерзавцы"),
    ("Tell your goons to read the ticket before closing it.", "goons"),
])
def test_everyday_abuse_without_mat_at_the_staff_is_refused(body: str, word: str) -> None:
    """Blunderers, spongers and scoundrels: insults no lexicon lists because they carry no
    mat (holdout17-20's misses, development data, by their class)."""
    assert find_obscene(body) == [word]


@pytest.mark.parametrize("body", [
    "Аферисты звонят нашим клиентам от вашего имени. Как предупредить покупателей на сайте?",
    "Мы продаём карты «Джокер» и колоды jokers edition. Как добавить вариант товара?",
    "Хакеры-кровопийцы взломали сайт ночью. Как восстановить резервную копию?",
])
def test_the_same_words_of_third_parties_and_things_pass(body: str) -> None:
    assert find_obscene(body) == []


@pytest.mark.parametrize("text", [
    "Игрушки: обезьяны, попугаи, слоны. Как добавить фильтр по виду животного?",
    "Продаём овец: бараны, ярки, ягнята. Почему фильтр по полу не работает?",
    "В каталоге колодки, тормоза, диски. Как добавить фильтр по марке машины?",
    "Бараны и овцы не выгружаются в YML, почему?",
])
def test_animals_and_everyday_words_in_a_list_of_goods_are_goods(text: str) -> None:
    """A word with an everyday sense set off by commas is an address only outside a list: beside
    nouns on both sides, after a colon that opens a list, or joined by и, it is one of the goods."""
    assert find_obscene(text) == []


@pytest.mark.parametrize("text", [
    "Эй, тормоза, где мой ответ по заявке?",
    "Спасибо, тормоза, за ответ через неделю.",
    "Исправьте уже пагинацию, дятлы.",
    "Почему не работает поиск, клоуны?",
])
def test_the_same_words_set_off_as_an_address_are_aimed(text: str) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    "Портачи, опять после обновления не работает корзина.",
    "Ну и прохиндеи: взяли деньги за продление и молчите.",
    "Вы крохоборы, честное слово. Почему продление стоит 60 %?",
    "Shipping is broken again, you chumps.",
])
def test_everyday_words_for_blunderers_and_skinflints_aimed_at_the_staff_are_insults(text: str) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    "Лопух и крапива в разделе «Сорняки» не отображаются, почему?",
    "Шляпа фетровая не добавляется в корзину.",
    "A blood clot icon is missing in our pharmacy catalogue.",
])
def test_their_everyday_senses_in_a_shop_stay_innocent(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("text", [
    "Шулеры, обещали выгрузку на маркетплейс, а её нет.",
    "Ну вы и криворучки: после обновления не работает форма.",
    "Your support desk is run by twerps.",
])
def test_cardsharps_butterfingers_and_twerps_aimed_at_the_staff_are_insults(text: str) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    "Бюрократы не пускают нас на госзакупки, как добавить раздел с документами?",
    "Чучело огородное в каталоге не отображается, почему?",
    "В разделе «Насекомые»: тараканы, муравьи, жуки. Как добавить фильтр?",
])
def test_the_weak_ones_in_their_everyday_senses_stay_innocent(text: str) -> None:
    assert find_obscene(text) == []
