"""Round 48: disguises of a general kind that earlier hold-outs show again and again.

HTML tags in a run inside a word, a soft sign said between consonants, ö for ё, a Latin word with
a small capital among its letters (modifier letters after NFKC), the ch and ou of other languages'
spellings, and Russian typed with the keyboard on a Hebrew or Greek layout. Each positive here was
missed before the round; each negative is an innocent word of the same shape.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, find_obscene


@pytest.mark.parametrize("text", [
    "Опять ху<i></i><b></b>йня с выгрузкой заказов, что делать?",
    "Это пиз<b></b><i></i>дец, а не обновление. Как откатить?",
    "Это просто пизьдец, а не обновление. Как откатить?",
    "Öбаный модуль опять упал. Где смотреть лог?",
    "Обновление — ᵖᶦᶻᵈᵃ полная, где старая версия?",
    "Chujovo rabotaet vash modul, kak ego nastroit?",
    "Nou i khoujnia u vas s oplatoj, kak eto ispravit?",
    "Простите, клавиатура на иврите: הקךכר вы, а не поддержка.",
    "Раскладка греческая осталась: ωελφρ вы все, когда ответите?",
])
def test_a_disguise_of_these_kinds_is_found(text: str) -> None:
    assert find_obscene(text)
    assert "obscene" in check_intake("", text).codes


@pytest.mark.parametrize("text", [
    "Письмо о заказе не пришло, деньги списаны. Где посмотреть статус платежа?",
    "Кофе из Хуигальпы: карта региона не вставляется в описание. Почему?",
    "Менеджер Шрöдер не получает уведомления. Где указать его адрес?",
    "The ɪnstaller stops at step 3. What should I check?",
    "Ya pochuyal, chto s keshem chto-to ne to. Kak ego sbrosit?",
    "Nochuyu v ofise, kak eto sdelat bez dostupa k serveru?",
    "Наш адрес: רחוב הרצל 12, Хайфа. Как указать его на карте?",
    "Кафе «Καλημέρα» в Лимассоле: как поменять меню на сайте?",
    "<p>Нет скидок на товары в заказах</p><p>Уйти со страницы нельзя</p> Почему?",
    # Hebrew words that hold a root on the Russian keys (אתר, a website, is ебр)
    "Заголовок страницы на иврите «אתר החנות שלנו» обрезается. Как поправить?",
    "Клиент написал: אתה יכול לעזור לי? Как настроить автоответ на иврите?",
    # Russian words with ч typed as ch, where ch for х would read mat (ochered: охеред)
    "Zdravstvujte, zayavka uzhe nedelyu stoit v ochered, kogda otvetite?",
])
def test_an_innocent_word_of_the_same_shape_stays_innocent(text: str) -> None:
    assert find_obscene(text) == []


@pytest.mark.parametrize("text", [
    # function words typed with an apostrophe for ь (opyat', ved') count as function words
    "ebu4ij modul' opyat' slomalsya. gde log?",
    "Mandec, opyat' korzina slomalas'. Gde log?",
    # no function word of the list, but words of the Russian dictionary read aloud
    "Prodlenie dorogoe — naebalovo chistoe. Vernite raznicu.",
])
def test_russian_typed_in_latin_is_read_aloud_for_mat(text: str) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    # English words that read aloud as Russian ones (марина, строке, банана) leave English English
    "The marina booking module drops every banana order after a stroke of midnight. Why?",
    # admin, login and administrator read aloud as Russian words; the English function words say otherwise
    "Hi, the administrator cannot reach the admin login page. Here is a screenshot.",
    "Our administrator lost the admin login. Where is the reset link? We sell ebooks and herbal tea.",
    "Hola, la forma de huella digital no carga, el sistema muestra un problema. ¿Por qué?",
    # Russian names inside English sentences are names, not Russian typed in Latin
    "Hello, Natasha Ivanova from Marina Roshcha here: the Huesca branch page is blank. Why?",
])
def test_english_with_russian_sounding_words_is_not_read_aloud(text: str) -> None:
    assert find_obscene(text) == []


# Read from holdout83 and holdout84 after each was measured once: Cyrillic letters drawn above
# others or as Unicode 15 superscripts and subscripts, code points in U+ notation, what a mail
# program or an editor leaves inside a word, and the layout switched in the middle of a word.
@pytest.mark.parametrize("text", [
    "Опять эта х\ua677йня с корзиной, где лог?",  # COMBINING CYRILLIC LETTER U
    "Вы там оⷯуели совсем? Заявке неделя.",  # COMBINING CYRILLIC LETTER HA
    "Ваш менеджер \U0001e03d\U0001e038\U0001e037\U0001e034\U0001e030\U0001e031\U0001e03c\U0001e03a, а не специалист.",
    "Менеджер у вас \U0001e05d\U0001e059\U0001e058\U0001e055\U0001e051\U0001e052\U0001e05c\U0001e05b, а не специалист.",
    "Ваш ответ — U+043F U+0438 U+0437 U+0434 U+0435 U+0436, так и передайте.",
    "Это пиз[cid:image002.png@01DB1234.ABCD5678]дец, а не обновление.",
    "Я вас отху[3]ярю за такой ответ.",
    "Это gbpдец, а не обновление, где откат?",
])
def test_letters_written_in_these_ways_are_read_in_their_word(text: str) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    "Сло́во с ударе́нием и ц҃рковнославянское сокращение в названии.",
    "Символ U+00A0 U+00AD U+200B — неразрывный пробел и другие, как их убрать из описаний?",
    "Смотрите сноску[2] и картинку [cid:image001.png@01DA7C2E.5F3B1A20] в письме.",
    "Поле Кол-во[1]единиц и Код[cid:x]ерфикса в выгрузке пустые, почему?",
    "В iPhoneах и wifiшках меню не открывается, почему?",
    "Передайте developерам, что кнопка «Купить» не работает.",
])
def test_innocent_text_of_the_same_shape_stays_innocent(text: str) -> None:
    assert find_obscene(text) == []


# Read from holdout85 and holdout86 after each was measured once: bytes written as octal escapes
# (git, C) or typed as DOS Alt codes, the fuck of English spelled with k's inside a compound, the
# vowel of пизд- dropped in any word of the root, and a longer end after an underscore mask.
@pytest.mark.parametrize("text", [
    'git status: modified: "\\320\\277\\320\\270\\320\\267\\320\\264\\320\\265\\321\\206.txt" — откуда он?',
    "Ваш Alt+172 Alt+227 Alt+164 Alt+160 Alt+170 опять закрыл заявку.",
    "Some dumbfukker on your team closed my ticket.",
    "Your update is a total clusterfuker, where is the rollback?",
    "Вчера всё спздили с сервера, где логи?",
    "Вы мне опять вы_обываете мозг своими шаблонами.",
])
def test_bytes_codes_and_spellings_of_these_kinds_are_read(text: str) -> None:
    assert find_obscene(text)


@pytest.mark.parametrize("text", [
    'git status: modified: "\\320\\276\\321\\202\\321\\207\\321\\221\\321\\202.pdf" — откуда он?',
    "Нажмите Alt+F4, потом Ctrl+Alt+Del, и Alt+0171 для кавычки.",
    "Our hotel in Phuket uses the Fukuoka booking widget. Why is the form blank?",
    "Файлы shop_products_export.csv и мой_файл_выгрузки_товаров.xml не грузятся.",
])
def test_innocent_text_of_those_shapes_stays_innocent(text: str) -> None:
    assert find_obscene(text) == []
