"""Obscenity, round 51 of issue 13: the д of пизд turned ж, "не ебаться" run together and
written by ear, and letters parted by Hangul fillers that show nothing."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _obscene(body: str) -> bool:
    return any(r.code == "obscene" for r in check_intake("", body).refusals)


@pytest.mark.parametrize("body", [
    "Почему в кабинете написано, что ключ спизженный? Мы его покупали у вас.",
    "Конкуренты распизживают наши описания товаров. Можно закрыть каталог от парсинга?",
    "Кто-то спизжу написал в отзыве вместо текста. Как удалить отзыв?",
    "Архив обновления ниибааацца какой тяжёлый, хостинг не пускает. Можно частями?",
    "Ниипаца, опять заказы задвоились. Где смотреть журнал?",
    "Опять б\u3164л\u3164я\u3164д\u3164с\u3164т\u3164в\u3164о с рассылкой. Где очередь писем?",
    "Кто вам разрешил за.ху.ярить мне в шаблон чужой CSS? Как вернуть старый?",
    "Ваш пи<...>ц, а не обновление. Как откатиться на 7.0.5?",
    "Какие недпздки закрыли мне заявку без ответа?",
    "Another half-assed release: the gallery shows one image. How do I get the rest back?",
    # a word begun in Latin transliteration and finished in Cyrillic
    "Mudoплёты ваши опять не перезвонили. Дайте другого сотрудника.",
    "Ваши mudoболты опять не перезвонили. Где мой ответ?",
    "Before any of you smartasses sends the manual link again: I read it. Why is the export cut?",
    # an English word of two senses, disguised: the disguise says which sense is meant
    "Some c0ck on your first line closed my ticket. Reopen it.",
    "Whichever pr1ck pushed the update on a Friday owes me a refund.",
])
def test_these_spellings_of_mat_are_obscene(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    "Мы продаём сувениры из Пизы и Ибицы. Как сделать фильтр по городу?",
    "Пиджаки и пижамы не выгружаются на маркетплейс. Какие поля обязательные?",
    "Нибелунги — так называется наша серия книг. Как сделать для неё отдельную витрину?",
    "We passed the assessment; the assessed value is on the invoice. Where do I change it?",
    "Наш SEOшник просит доступ к метатегам. Как дать ему права только на SEO?",
    "HRы спрашивают, как добавить раздел вакансий. Это делается в «Структуре сайта»?",
    "We sell t00ls and garden kit. How do I add a category for t00ls?",
    "Our SKU C0CK-12 is the rooster toy. Why does search not find it?",
    "A cock and two hens are sold as one item. How do I set a bundle price?",
    "Адрес: г.Кимры, ул.Ленина, д.5, т.е. самовывоз. Как указать его в карточке склада?",
    "안녕하세요\u3164고객님, 주문 내역을 확인하고 싶습니다. How do I see an order's history?",
])
def test_words_that_look_like_them_are_not(body: str) -> None:
    assert not _obscene(body)
