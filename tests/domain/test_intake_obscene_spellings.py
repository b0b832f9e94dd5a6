"""Russian typed in the spelling of another language (SPEC 2.8.3), read in round 39: Dutch
and English vowels (oe, oo, ee for у, у, и), Dutch, Swedish and Polish pairs for ж, ш, ч, a
Spanish j for х, and Russian typed with Greek letters; mat written backwards or spelled by
the names of its letters. Greek itself, English words with the same letters, names that
start with a root read back, and innocent letter names pass.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.domain.intake_cases import codes


@pytest.mark.parametrize("body", [
    "Dobryj den, opyat ne rabotaet eksport. Kakoj moedak eto napisal?",
    "Vy tam zjopoj dumaete? Zayavka visit uzhe nedelyu, kogda budet otvet?",
    "Pochemu opyat ne rabotaet oplata? Vam voobshche poohooy na nas?",
    "Zdravstvujte, u nas opyat kakaya-to jerña s katalogom, ne vidno tovarov. Kak ispravit?",
    "Vash menedzher prosto szmara, opyat prislal ne tot schet. Kogda ispravite?",
])
def test_russian_spelled_as_another_language_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Μουδακι, ποτσεμου νιε οτβετσαετε? Λιτσενζια 12345, οπλατα νιε προχοδιτ.",
    "Πιζντετς, σαϊτ νιε ραμποτατ, να στρανιτσε οσιμπκα. Κακ ισπραβιτ?",
])
def test_russian_typed_in_greek_letters_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # Greek written as Greek: its words read as no Russian ones
    "Καλημέρα, έχω ένα πρόβλημα με την πληρωμή στο κατάστημα. Πώς το διορθώνω;",
    "Γεια σας, το μουσείο μας θέλει να αλλάξει το θέμα του ιστότοπου. Τι κάνουμε;",
    # English words with the same letter pairs
    "Hi, our shoe shop in Leeds sees the checkout hang on the coupon step. How do we fix it?",
    "Hello from Jerez. The cookie banner covers the menu on phones; which setting moves it?",
    # Dutch written as Dutch, about the shop
    "Goedemorgen, de betaling via iDEAL werkt niet meer sinds gisteren. Wat moeten we doen?",
])
def test_the_same_letters_in_their_own_language_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Это какой-то цедзип, а не обновление. Где старая версия шаблона?",
    "Скажу одно: ьдялб. Заявка висит неделю.",
    "Сервис у вас — пэ-и-зэ-дэ-е-цэ. Когда ответите по выгрузке?",
    "Ну вы и ха-у-е-эс-о-эс-ы, честное слово. Где счёт?",
])
def test_mat_backwards_or_by_letter_names_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    # a name ending in -бе starts with еб read back, but is no word that way
    "Доставка в Нюрбе не считается, город есть в справочнике. Почему?",
    "Продаём джембе и бонго; фильтр по материалу корпуса пустой. Что проверить?",
    # letters named one by one, innocent
    "Артикул пишется как эс-тэ-о-эль, через дефисы. Поиск по нему не находит. Почему?",
])
def test_innocent_words_backwards_and_named_letters_pass(body: str) -> None:
    assert "obscene" not in codes(body)


def _quoted_printable(text: str) -> str:
    return "".join(f"={byte:02X}" for byte in text.encode())


def _garbled(text: str) -> str:
    return text.encode().decode("cp1251", errors="replace")


@pytest.mark.parametrize("body", [
    # an HTML reference by name, mail's quoted-printable, UTF-8 shown as Windows-1251
    "Опять &khcy;&ucy;&jcy;&ncy;&yacy; с оплатой. Почему заказ не оплачен?",
    f"Пересылаю ответ руководителя: {_quoted_printable('идите нахуй со своим продлением')}",
    f"Коллега написал из старой почты: «{_garbled('полный пиздец с корзиной')}». Что с корзиной?",
    # Russian in Georgian, Armenian and Hebrew letters, in a Russian message
    "Opyat ხუიня s importom, tovary ne gruzyatsya. Chto delat?",
    "Vy tam վսե եբանուտիե? Zakazy ne prihodyat na pochtu.",
    "Ваши מודאקי опять прислали не тот счёт. Где исправленный?",
    # letters of other scripts drawn for a Russian one
    "Что за ╳ерня с выгрузкой? Цены нулевые.",
    "Ваш ʍудак из продаж не перезвонил. Когда позвонят?",
    "Это 乂уйня, а не обновление. Где откат?",
    "Передайте 🇽уесосам из бухгалтерии, что акт не пришёл.",
])
def test_encoded_and_other_script_mat_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Адрес доставки в Тбилиси: ვაკე, ჭავჭავაძის 12. Почему стоимость доставки 0?",
    "Клиент из Еревана пишет улицу как Աբովյան, поиск по адресу её не находит. Почему?",
    "Товар «שלום» (сувенир из Хайфы) не находится поиском. Как добавить синоним?",
    "Флаг 🇷🇺 в шапке сайта не виден в Safari. Где его заменить?",
    f"Письмо пришло как {_quoted_printable('Здравствуйте, заказ оплачен')}. Как поправить кодировку?",
    f"В теме письма вместо текста «{_garbled('Ваш заказ оформлен')}». Где задать кодировку?",
    "В названии компании AT&amp;T амперсанд показывается кодом. Почему?",
])
def test_other_scripts_and_encodings_in_innocent_text_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Ваш менеджер — м+у+д+а+к, обещал скидку и пропал. Где счёт?",
    "Этот е・б・у・ч・и・й экспорт опять пустой. Почему?",
    "Опять ♭лядский кэш не сбрасывается. Как очистить вручную?",
    "Что за ϻудотня с правами групп? Какое право нужно менеджеру?",
    "Это б/\\ядство, а не поддержка. Где ответ по заявке?",
    "ᴠʏ ᴛᴀᴍ ᴠꜱᴇ ᴍᴜᴅᴀᴋɪ? ᴏᴛᴠᴇᴛᴀ ɴᴇᴛ ɴᴇᴅᴇʟʏᴜ.",
])
def test_letters_strung_with_signs_drawn_or_in_small_capitals_are_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Версия 7+1 не ставится на PHP 8+. Какая нужна?",
    "Улица Großstraße в адресе доставки обрезается до «Gro». Почему?",
    "Логотип ᴀᴄᴍᴇ в шапке набран капителью и съезжает на телефоне. Как поправить?",
])
def test_the_same_signs_in_innocent_text_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "Ваши مُداكي из продаж опять прислали не тот счёт. Где исправленный?",
    "Это полный पिज़्देत्स: выгрузка в Маркет пустая. Почему?",
    "Опять 피즈데츠 с корзиной, товары пропадают. Что проверить?",
    "Идите ナフイ со своими шаблонами, мне нужен ответ по заявке.",
])
def test_russian_in_arabic_devanagari_hangul_or_katakana_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "こんにちは、注文の件でご連絡しました。ママとパパの名前で登録できますか?",
    "안녕하세요, 주문 배송이 늦어요. 언제 도착하나요?",
    "مرحبا، لدي سؤال عن الطلب رقم 123. متى يصل؟",
    "नमस्ते, मेरा ऑर्डर कब आएगा?",
    "Клиент из Сеула пишет имя как 김민수, а поиск по покупателям его не находит. Почему?",
])
def test_those_scripts_written_as_their_own_languages_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    "⠍⠥⠙⠁⠅⠊ вы, а не поддержка. Где ответ по заявке?",
    "Your support is Mike Uniform Delta Alfa Kilo India, all of you. Where is my refund?",
    "Скажу по буквам, кто вы: Михаил, Ульяна, Дмитрий, Анна, Константин, Иван. Где ответ?",
])
def test_mat_in_braille_or_spelled_by_a_spelling_alphabet_is_read(body: str) -> None:
    assert "obscene" in codes(body)


@pytest.mark.parametrize("body", [
    "Надпись ⠏⠗⠊⠺⠑⠞ на табличке товара не видна на телефоне. Как увеличить шрифт?",
    "Менеджеры: Павел, Ирина, Зоя, Денис. Как дать им доступ к заказам?",
    "Our plans are called Alpha Bravo Charlie Delta Echo. How do we rename them?",
    "Склады: Москва, Тверь, Казань, Омск, Самара. Как разделить остатки по ним?",
])
def test_braille_names_and_lists_that_spell_no_mat_pass(body: str) -> None:
    assert "obscene" not in codes(body)


@pytest.mark.parametrize("body", [
    # places and names that hold a root, added to innocent_words.txt after holdout43-46
    "Тур на пик Хуйтэн не виден в каталоге. Почему?",
    "Вина из провинции Хухуй не попадают в фильтр по стране. Как добавить?",
    "Кофе из Хуигальпы: карта региона не вставляется в описание. Почему?",
    "Фабрика в Хуиттинене прислала прайс в евро. Как пересчитать в рубли?",
    "Афиша ретроспективы Морица Бляйбтроя съехала. Где правится шаблон?",
    "Клиентка Асука Танака не может оплатить заказ. Почему?",
    "Значение «ебеновое дерево» не находится фильтром. Почему?",
])
def test_innocent_names_added_after_holdout43_to_46_pass(body: str) -> None:
    assert "obscene" not in codes(body)
