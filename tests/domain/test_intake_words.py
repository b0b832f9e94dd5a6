"""Intake word work (SPEC 2.10, 2.11): repeat similarity, stemming and search terms, and the
rules' independence from the command line and the database."""

import os
import subprocess
import sys

import pytest

from deskcli.domain.intake import (
    REPEAT_THRESHOLD,
    is_repeat,
    question_similarity,
    search_terms,
    stem,
)
from deskcli.domain.intake.wordlists import DATA, data_text



# --------------------------------------------------------------------------- repeats

REPEATS = [
    ("Как очистить кеш сайта?", "как почистить кэш на сайте"),
    (
        "Не приходят письма с формы обратной связи",
        "Почему письма из формы обратной связи не приходят?",
    ),
    (
        "Как изменить количество товаров на странице каталога?",
        "КАК ИЗМЕНИТЬ КОЛИЧЕСТВО ТОВАРОВ НА СТРАНИЦЕ КАТАЛОГА!!!",
    ),
    ("Как выгрузить заказы за месяц в Excel?", "Как выгрузить в Excel заказы за месяц"),
    (
        "Здравствуйте! Подскажите, пожалуйста, как очистить кеш сайта? С уважением, Иван",
        "Добрый день. Как почистить кэш на сайте? Спасибо",
    ),
    (
        "Где в центре администрирования включить режим отладки SQL?",
        "подскажите, где включается режим отладки SQL в центре администрирования",
    ),
    ("Как очистить кеш?", "Как очистить кеш в HostCMS?"),
    ("How do I clear the cache?", "how to clear caches"),
]
DIFFERENT = [
    ("как настроить кеш", "как очистить корзину интернет-магазина"),
    ("Как настроить кеш в HostCMS 7?", "Как настроить почту в HostCMS 7?"),
    ("Как добавить товар в каталог?", "Как удалить товар из каталога?"),
    ("Как очистить кеш?", "Как настроить кеш?"),
    ("Не приходят письма с формы обратной связи", "Не приходят SMS о новых заказах"),
    ("Как выгрузить заказы в Excel?", "Как загрузить товары из Excel?"),
    ("Ошибка 500 при оформлении заказа", "Ошибка 404 на странице товара"),
    ("How do I clear the cache?", "How do I clear the shopping cart?"),
    (
        "Как настроить ЧПУ для информационной системы?",
        "Как настроить права доступа для информационной системы?",
    ),
]


@pytest.mark.parametrize(("a", "b"), REPEATS)
def test_rewordings_are_repeats(a, b):
    assert is_repeat(a, b)
    assert is_repeat(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_questions_sharing_vocabulary_are_not_repeats(a, b):
    assert not is_repeat(a, b)
    assert question_similarity(a, b) < REPEAT_THRESHOLD


def test_similarity_is_a_score_between_zero_and_one_that_favours_the_earlier_questions_words():
    for a, b in REPEATS + DIFFERENT:
        score = question_similarity(a, b)
        assert 0.0 <= score <= 1.0
        assert (score >= REPEAT_THRESHOLD) == (question_similarity(b, a) >= REPEAT_THRESHOLD)
    # The new question may add where and why; the earlier one's words weigh more.
    earlier, again = "Как очистить кеш?", "Где очистить кеш сайта, чтобы обновились цены в каталоге?"
    assert question_similarity(again, earlier) > question_similarity(earlier, again)
    assert question_similarity("Как очистить кеш?", "как очистить кеш") == 1.0
    assert question_similarity("", "Как очистить кеш?") == 0.0


# --------------------------------------------------------------------------- stemming


@pytest.mark.parametrize("word", ["кэш", "кеша", "кешем", "кеш", "кешу", "кэшем", "Кэша"])
def test_cache_in_every_russian_form_meets_one_stem(word):
    assert stem(word) == "кеш"


@pytest.mark.parametrize("word", ["cache", "caches", "cached", "caching", "Caches"])
def test_cache_in_every_english_form_meets_one_stem(word):
    assert stem(word) == stem("cache")


@pytest.mark.parametrize(
    ("forms"),
    [
        ("товар", "товары", "товаров", "товарами"),
        ("письмо", "письма", "письмом"),
        ("приходит", "приходят"),
        ("page", "pages"),
        ("update", "updates", "updated", "updating"),
        ("index", "indexes"),
    ],
)
def test_word_forms_share_a_stem(forms):
    assert len({stem(form) for form in forms}) == 1


def test_search_terms_drop_stopwords_and_repeat_stems():
    assert search_terms("Как очистить кэш сайта? Кеш не очищается, кеша много") == [
        "очист",
        "кеш",
        "сайт",
        "очища",
        "мног",
    ]
    assert search_terms("How to clear the caches") == ["clear", "cach"]
    assert search_terms("Здравствуйте, спасибо!") == []


# --------------------------------------------------------------------------- layering


def test_intake_needs_neither_the_command_line_nor_the_database():
    code = (
        "import sys, deskcli.domain.intake as i; i.check_intake('a', 'b'); "
        "print(sorted(m for m in ('typer', 'rich', 'sqlite_utils') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_bare_topic_answered_earlier_does_not_refuse_a_question_on_that_topic() -> None:
    """An earlier request that only named its topic (a subject line copied as its body) is
    covered by every later question about the topic; it answered none of them (the mail
    corpus's new request about the same cart discount was refused so)."""
    question = "Скидка в корзине\nВ корзине не пересчитывается скидка при изменении количества товара. Как настроить пересчёт?"
    assert not is_repeat(question, "Скидка в корзине\nСкидка в корзине")
    assert not is_repeat(question, "Скидка в корзине\nСкидка в корзине, см. https://shop.example.ru/?p=1")
    assert is_repeat(question, "Скидка в корзине\nКак настроить пересчёт скидки в корзине при изменении количества?")


def test_every_cue_with_a_hyphen_or_apostrophe_is_found_in_the_words_a_sentence_parts_into() -> None:
    # a sentence's plain words part "кое-что" and "how's" at the joiner: an entry written whole
    # must still be found among them, or it never matches anything
    from deskcli.domain.intake.cues import cues
    from deskcli.domain.intake.normalising import PLAIN_WORD
    from deskcli.domain.intake.wordlists import sections

    joined = [(section, entry) for section, entries in sections("intake_cues.txt").items()
              for entry in entries if any(j in entry for j in "-'’")]
    assert joined, "the cue lists hold words with a hyphen or an apostrophe"
    for section, entry in joined:
        assert cues(section).found(PLAIN_WORD.findall(entry.lstrip("="))), (section, entry)


# --------------------------------------------------------------------------- the word lists

_WORD_LISTS = sorted(name for name in os.listdir(DATA) if name.endswith(".txt"))


@pytest.mark.parametrize("name", _WORD_LISTS)
def test_no_word_list_names_an_entry_twice_in_one_section(name: str) -> None:
    """An entry written twice is one edited in one place and left stale in the other."""
    seen: set[tuple[str, str]] = set()
    twice = []
    section = ""
    for line in data_text(name).splitlines():
        entry = line.split("\t#", 1)[0].rstrip()
        if entry.startswith("["):
            section = entry
        elif entry and not entry.startswith("#"):
            if (section, entry) in seen:
                twice.append((section, entry))
            seen.add((section, entry))
    assert twice == []
