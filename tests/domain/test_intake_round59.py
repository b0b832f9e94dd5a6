"""Intake, round 59 of issue 13: an insulting word before a word for a group of people (Moron
lot, Muppet squad, a two-bob outfit) is said of the people, and the false alarms each change
must not raise."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, find_obscene


@pytest.mark.parametrize("body,named", [
    ("Moron lot, my invoice is wrong again. Why was I charged twice?", "Moron"),
    ("Muppet squad, why is the invoice wrong?", "Muppet"),
    ("What a clown outfit. Where is the setting for tax zones?", "clown"),
    ("Dimwit brigade, answer me: why did the export stop?", "Dimwit"),
])
def test_an_insult_before_a_word_for_a_group_is_said_of_its_people(body: str, named: str) -> None:
    assert find_obscene(body) == [named]


@pytest.mark.parametrize("body", [
    "A crazy lot of errors after the update. How do I fix it?",
    "Our parking lot booking module fails at checkout. Why?",
    "We sell shower curtains; the outfit category lost its images. How do I restore them?",
    "A whole squad of couriers waits for the labels. Why does the label printer stop?",
])
def test_a_group_word_beside_no_insult_is_no_insult(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body,named", [
    ("Nиздец у вас с доставкой. Где настройка тарифов?", "Nиздец"),
    ("Sука, где ответ по заявке?", "Sука"),
])
def test_a_latin_letter_no_look_alike_reads_may_open_a_disguised_word(body: str, named: str) -> None:
    assert find_obscene(body) == [named]


@pytest.mark.parametrize("body", [
    "Vкусвилл просит выгрузку. Где настройка формата?",
    "Wi-Fi модуль Dлинк не виден. Где настройка?",
])
def test_a_latin_letter_opening_an_innocent_word_is_no_disguise(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Twatface on your desk closed my ticket. Where is my refund?",
    "Dickwits, where is the setting for tax zones?",
    "Buttheads. Why does the export stop at row 500?",
])
def test_a_capitalised_root_before_the_face_or_head_of_a_name_calling_is_vulgar(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Bumbag sales dropped after the update. Where is the report?",
    "Cockermouth branch: where is the setting for opening hours?",
])
def test_a_capitalised_place_or_word_of_its_own_is_no_compound(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Прежний веб-мастер, горе-программист, зашил пароли в шаблон. Где их сменить?",
    "Хостер у нас — люди бестолковые, третий раз падает база. Какие требования к серверу?",
    "Наш хостер — контора бестолковая. Какие требования к серверу?",
])
def test_an_insult_of_the_customers_own_or_former_people_is_no_insult_of_the_desk(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body,named", [
    ("Ваш веб-мастер горе-программист. Как переименовать разделы?", "горе-программист"),
    ("Ваш Олег — человек бестолковый. Где журнал импорта?", "бестолковый"),
    ("Контора жуликов, когда будет ответ по заявке?", "жуликов"),
])
def test_an_insult_of_the_desks_people_or_firm_is_still_found(body: str, named: str) -> None:
    assert find_obscene(body) == [named]


def test_a_coined_plural_asked_to_do_something_is_the_reader_called_names() -> None:
    body = "Заявкопинатели, объясните, почему не уходят письма с формы заказа?"
    assert find_obscene(body) == ["Заявкопинатели"]


@pytest.mark.parametrize("body", [
    "Вебхуки, которые мы настроили, не уходят. Почему?",
    "Здравствуйте. Шоруньжалы. После обновления сайт отдаёт ошибку 500. Как исправить?",
    "Добрый день. Кукморы. После обновления сайт отдаёт ошибку 500. Как исправить?",
])
def test_a_coined_plural_of_things_or_a_place_signed_after_a_greeting_is_no_name_calling(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body,named", [
    ("Dear excuse-artists, why does the CSV export fail?", "excuse-artists"),
    ("Listen, desk-polishers: why does the booking form accept letters?", "desk-polishers"),
    ("Thumb-twiddlers! Refund my renewal.", "Thumb-twiddlers"),
    ("Dear snoozewits, why does the export fail?", "snoozewits"),
])
def test_a_doer_of_nothing_called_to_the_reader_is_an_insult(body: str, named: str) -> None:
    assert find_obscene(body) == [named]


@pytest.mark.parametrize("body", [
    "Our tattoo-artists book through the module. Why does it double-book?",
    "Our gap-fillers are out of stock in the shop. Why is the stock wrong?",
    "We watch godwits on the estuary and sell prints. Why does the gallery fail?",
    "Poof! The settings vanished after the update. Where are they?",
])
def test_a_trade_a_bird_and_an_exclamation_are_no_insult(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body,named", [
    ("По д а р о к к заказу не добавляется. Почему?", None),
    ("Ох у е н н о, всё сломалось. Как откатить?", "Ох у е н н о"),
    ("Ну х у й н я же. Как исправить?", "х у й н я"),
])
def test_a_spaced_word_may_start_with_two_letters_written_together(body: str, named: str | None) -> None:
    assert find_obscene(body) == ([named] if named else [])


def test_sebastopol_is_no_mat() -> None:
    assert "obscene" not in check_intake("", "Склад на Себастопольском шоссе не виден в карте доставки. Где его добавить?").codes


@pytest.mark.parametrize("body,vulgar", [
    ("Each reply of yours gets wankier. When will the import be fixed?", True),
    ("Such twattish advice from your desk. When will the import be fixed?", True),
    ("The turdiest release yet. Where is the fix?", True),
    ("The cockier the sales pitch, the worse the module. Where is the changelog?", False),
    ("Our knobbiest tyres are out of stock. How do I hide them?", False),
])
def test_an_adjective_made_of_a_root_with_no_everyday_adjective_is_vulgar(body: str, vulgar: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is vulgar


@pytest.mark.parametrize("body,named", [
    ("Пустоперые вы там. Когда починят импорт?", "Пустоперые"),
    ("Ваша первая линия — пустокотелки. Когда починят импорт?", "пустокотелки"),
])
def test_a_coinage_on_empty_and_a_known_noun_is_an_insult(body: str, named: str) -> None:
    assert find_obscene(body) == [named]


@pytest.mark.parametrize("body", [
    "Пустотелый кирпич не выгружается в каталог. Почему?",
    "На пустоши за складом поставили вышку, интернет пропадает. Как включить офлайн-режим кассы?",
])
def test_the_empty_words_of_the_dictionary_are_no_insult(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body,insult", [
    ("Добрый день. У конкурентов поддержка — бездари, поэтому пишу вам. Как настроить доставку?", False),
    ("У вас поддержка — бездари. Как настроить доставку?", True),
    ("Вчера мне ответил какой-то бездарь. Когда починят импорт?", True),
    ("Он назвал нас какими-то бездарями. Как удалить его отзыв?", False),
    ("Клиент написал какой-то бред. Как удалить отзыв?", False),
])
def test_whose_people_and_who_answered(body: str, insult: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is insult


@pytest.mark.parametrize("body", [
    "Валлахи, импорт опять упал на середине. Где смотреть журнал?",
    "Бухгалтер советует: подстрахуйся и выгрузи базу. Где выгрузка?",
    "Кассир распсихуется, если касса снова зависнет. Где обновить драйвер?",
    "Like a pack of wolves, our customers grab every discount. How do I limit coupons?",
    "We sell sock-monkeys. Why does the catalogue hide them?",
    "А.Б.Петров просил счёт. Где его скачать?",
])
def test_round_59s_look_alikes_pass(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Like a pack of sleepy hedgehogs, you lot reply on Fridays only. Where is the import log?",
    "Your code-monkeys broke my invoices again. Where is the old template?",
    "Well, goofuses, the import died again. Where is the log?",
    "Your agent is a flannel-mouth. Where is the import log?",
    "Ваш чат — м.у.д.о.звон. Где журнал импорта?",
])
def test_round_59s_insults_and_disguises_are_refused(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body,insult", [
    ("The cowboy outfit who built our old shop hid the import script. Where do imports live?", False),
    ("The clowns who built our old shop left a test account. How do I see its rights?", False),
    ("Бездари, которые делали наш первый сайт, оставили учётку test. Как посмотреть её права?", False),
    ("Бездари, которые делали этот шаблон, забыли мобильную версию. Где она?", True),
    ("Бездари, которые закрыли мою заявку, её даже не читали. Где ответ?", True),
    ("The clowns who closed my ticket never read it. Where is my refund?", True),
])
def test_whoever_made_the_customers_own_things_is_an_outsider(body: str, insult: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is insult


@pytest.mark.parametrize("body", [
    "Кладовщик Хуеглотов просит права на склад. Где их выдать?",
    "Наш бухгалтер Пиздюкова не видит отчёты. Какие права ей нужны?",
    "Заказ оформил покупатель по фамилии Блядунцов, а система его отклонила. Как пропустить заказ?",
    "Клиентка Анна Хуеваева не может войти в кабинет. Как сбросить ей пароль?",
])
def test_a_surname_beside_a_role_a_first_name_or_the_word_surname_is_no_mat(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Менеджер Пиздец, где журнал импорта?",
    "Ваш менеджер — пидорас. Где ответ?",
    "Сука Анна не отвечает третий день. Где ответ?",
])
def test_mat_that_is_no_surname_stays_mat_beside_a_role_or_a_name(body: str) -> None:
    assert "obscene" in check_intake("", body).codes


@pytest.mark.parametrize("body,insult", [
    ("Раздолбайская контора, когда будет ответ?", True),
    ("Ну и тупорылое сборище у вас. Где журнал импорта?", True),
    ("Вы хамские люди. Когда будет ответ?", True),
    ("Клоунский нос в каталоге не виден. Почему?", False),
    ("Shower-dodgers, the lot of you. Where is the import log?", True),
    ("Our fare-dodgers list is empty. Why?", False),
    ("Like a flock of sleepy geese, that desk. Where is the import log?", True),
    ("Sheer bastardy, that release. Where is the old version?", True),
    ("Our lean-manufacturing blog has a post on Shitsuke. Why is it hidden?", False),
])
def test_round_59s_third_pair_of_hold_outs_taught_these(body: str, insult: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is insult


@pytest.mark.parametrize("body,vulgar", [
    ("Очередной hue-менеджер прислал не ту ссылку. Где журнал импорта?", True),
    ("Наш IT-отдел и web-мастер не видят рассылку. Почему?", False),
    ("LMFAO, the import died again. Where is the log?", True),
    ("Шельмовская у вас контора. Где журнал импорта?", True),
    ("Enough of you whifflers. Where is the import log?", True),
])
def test_round_59s_fourth_pair_of_hold_outs_taught_these(body: str, vulgar: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is vulgar


@pytest.mark.parametrize("body,vulgar", [
    ("Ваш менеджер Хуеглотов снова прислал не ту ссылку. Где журнал импорта?", True),
    ("Наш менеджер Хуеглотов просит доступ к журналу импорта. Где его выдать?", False),
    ("Продаём hue-лампы и hue-ленты. Как сделать фильтр по цоколю?", False),
])
def test_the_desks_own_people_by_a_mat_surname_and_a_brand_before_a_thing(body: str, vulgar: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is vulgar


@pytest.mark.parametrize("body", [
    "Здравствуйте. Строим бани и срубы в Кологриве. Почему в галерее фото идут не по порядку?",
    "Добрый день. Обжариваем кофе в Кадуе, есть новый сорт из Чили. Как пометить товар как новинку?",
    "Мы принимаем туристов в Верхнем Мазарове круглый год. Почему форма бронирования не видит даты?",
])
def test_a_trade_and_its_place_at_a_letters_head_is_who_writes(body: str) -> None:
    assert "off_topic" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    ("Добрый день. Мы строим дом в деревне у бабушки, всей семьёй, каждое лето, и очень устаём, "
     "а ещё сажаем картошку и поливаем огурцы. Как поменять пароль?"),
    ("Мы отдыхаем в Турции всей семьёй уже третий год подряд, море тёплое, отель прекрасный, "
     "дети счастливы, муж загорел. Как поменять пароль?"),
])
def test_life_in_a_place_is_still_a_digression(body: str) -> None:
    assert "off_topic" in check_intake("", body).codes


@pytest.mark.parametrize("body,off_topic", [
    ("Hello, Keady cattery and kennels here. I'm hopeless with computers, so bear with me. "
     "How do I add a second photo to a product?", False),
    ("Hello. Dog walking and cat sitting in Portaferry. We've a service called weekend walk and customers can't select it. Why?", False),
    ("Hello. My son is here for the weekend, the grandchildren are running around and the dog barks at the postman. "
     "How do I add a second photo to a product?", True),
])
def test_an_english_letterhead_without_a_comma_is_who_writes(body: str, off_topic: bool) -> None:
    assert ("off_topic" in check_intake("", body).codes) is off_topic


@pytest.mark.parametrize("body,asks", [
    ("Добрый вечер. Это ведь поддержка? Мне сюда?", False),
    ("Привет из Кузоватова! Погода у вас в Москве какая, тоже дождь?", False),
    ("Погода у вас на сайте в виджете не обновляется. Почему?", True),
])
def test_whether_the_letter_reached_the_desk_and_the_weather_turned_round_ask_nothing(body: str, asks: bool) -> None:
    assert ("no_question" not in check_intake("", body).codes) is asks


def test_a_run_of_spaced_letters_longer_than_any_word_is_read_without_overflowing() -> None:
    # 1,200 spaced letters joined into one word overflowed pymorphy3's recursion (RecursionError)
    assert "obscene" not in check_intake("", "д о " * 600 + "?").codes


@pytest.mark.parametrize("body,vulgar", [
    ("The halfwittery of your first line beggars belief. Where is the import log?", True),
    ("I'll have your manager's goolies on a plate. Where is the import log?", True),
    ("Witty banter aside, where is the import log?", False),
])
def test_a_wits_folly_made_a_noun_and_goolies(body: str, vulgar: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is vulgar


@pytest.mark.parametrize("body", [
    "Из Устюжны, у нас прокат лодок и палаток. Лагерь работает с июня по сентябрь. Как закрыть бронирование на зиму?",
    ("Campsite and boat hire in Bude. We only open the campsite and the slipway from Easter to October. "
     "How do I stop bookings over winter?"),
])
def test_when_the_business_works_is_the_questions_context(body: str) -> None:
    assert "off_topic" not in check_intake("", body).codes


@pytest.mark.parametrize("body,vulgar", [
    ("The new invoice layout is fugly. Can I switch back to the old one?", True),
    ("The scum bag who answered me should be fired. Where is the import log?", True),
    ("You excuse-jugglers, where is the import log?", True),
    ("Our circus jugglers need a booking page. How do I add one?", False),
])
def test_round_59s_last_hold_outs_taught_these(body: str, vulgar: bool) -> None:
    assert ("obscene" in check_intake("", body).codes) is vulgar


@pytest.mark.parametrize("body", [
    "Дубровичи, хозмаг. Как назначить менеджеру права только на заказы?",
    "Ляховичи. Можно ли снимать товар с публикации, когда остаток ноль?",
    "Малинки, аптека. Покупатели не могут войти через форму. Почему?",
])
def test_a_village_and_its_shop_at_a_letters_head_is_no_name_calling(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes


@pytest.mark.parametrize("body", [
    "Сервоприводы Ясукава пропали из выгрузки. Где включить бренд?",
    "Фото мандапы в галерее не увеличивается. Где настройка?",
    "Knobcone cones sold out overnight. How do I hide a product at zero stock?",
])
def test_holdout157s_look_alikes_pass(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes
