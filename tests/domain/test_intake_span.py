"""What the intake rules read of a long message or pasted data (domain/intake/span.py)."""

from __future__ import annotations

import base64
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain.intake import check_intake, is_repeat
from deskcli.domain.intake.span import HEAD, LONGEST_WORD, TAIL, readable

QUESTION = "После обновления корзина пустая. Как это исправить?"


def pasted_base64(seed: int, size: int = 15_000, width: int = 76) -> str:
    blob = base64.b64encode(random.Random(seed).randbytes(size)).decode()
    return "\n".join(blob[i:i + width] for i in range(0, len(blob), width))


def test_a_pasted_base64_log_is_not_read_as_mat_in_latin_letters() -> None:
    """QA: random base64 spells Latin mat somewhere; the question before it was refused."""
    for seed in (42, 7, 2026, 142):  # 142: a short last line ("Vy7+MydOlQtCZSXK4ugx" reads as mat)
        for width in (76, 100_000):
            result = check_intake("Ошибка при оплате", f"{QUESTION} Вот лог:\n{pasted_base64(seed, width=width)}")
            assert [r.code for r in result.refusals] == [] and [f.code for f in result.flags] == []


def test_mat_beside_pasted_data_is_still_mat() -> None:
    result = check_intake("Ошибка", f"Ваша хуйня опять сломалась, что делать? Лог:\n{pasted_base64(1)}")
    assert [r.code for r in result.refusals] == ["obscene"]


def test_the_question_at_the_end_of_a_long_message_is_still_read() -> None:
    thanks = "Спасибо за вашу работу, всё понятно.\n" * 400  # about 15,000 characters
    assert len(thanks) > HEAD + TAIL
    assert "no_question" in [f.code for f in check_intake("Корзина", f"Добрый день.\n{thanks}").flags]
    result = check_intake("Корзина", f"Добрый день.\n{thanks}Как исправить пустую корзину после обновления?")
    assert "no_question" not in [f.code for f in result.flags]


def test_a_re_asked_question_with_data_pasted_is_still_a_repeat() -> None:
    earlier = "Корзина пустая после обновления\nКак исправить пустую корзину после обновления?"
    assert is_repeat(f"Корзина пустая после обновления\n{QUESTION}\n{pasted_base64(3)}", earlier)


def test_one_endless_word_is_no_word() -> None:
    assert readable("a" * 9_000 + "?") == " "
    assert readable("a" * 30_000).split() == []
    assert check_intake("Тема", "a" * 20_000 + "?").refusals == ()


@pytest.mark.parametrize("word", ["требуется", "ребята", "небольшой", "оскорбляет", "застрахуйте", "мудрый",
                                  "хулиганы", "мандарин", "сукно"])
@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_long_message_is_cut_between_words(word, where) -> None:
    """Half a word is another word: тр|ебуется read as mat refused a polite request (review)."""
    filler = "Журнал ошибок модуля доставки без изменений. "
    for split in range(1, len(word)):
        if where == "head":
            before = (filler * 400)[:HEAD - split]
            text = f"{before}{word} {filler * 100}Как это исправить?"
        else:
            text = f"Как это исправить? {filler * 400}{word} {filler * 40}"
            text = text[:len(text) - TAIL - split] + text[len(text) - TAIL - split:]
            cut = len(text) - TAIL
            text = text[:cut - split] + word + text[cut - split + len(word):]
        read = readable(text)
        assert not [w for w in read.split() if w and w in word and w != word], (split, where)
        if split == len(word) // 2:  # the whole rules once a word: each reading costs 0.1 s
            assert check_intake("Корзина", text).refusals == (), (split, where)


@settings(max_examples=60)
@given(st.text(st.sampled_from("aбв1+/= \n.?ХуйZ9"), max_size=40_000))
def test_what_the_rules_read_is_bounded_whatever_is_pasted(text) -> None:
    """The law that bounds every rule's cost: at most HEAD + TAIL (+ the joining newline)
    characters, no run of non-space longer than LONGEST_WORD, and nothing added."""
    read = readable(text)
    assert len(read) <= HEAD + TAIL + 1
    assert max((len(word) for word in read.split()), default=0) <= LONGEST_WORD
    assert set(read) <= set(text) | {" ", "\n"}
    assert set(read.split()) <= set(text.split())  # whole words only: no half of one


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300).filter(
    lambda t: all(len(w) < 32 for w in t.split())))
def test_ordinary_text_is_read_as_it_is(text) -> None:
    assert readable(text) == text


def test_paths_identifiers_and_addresses_are_read_as_they_are() -> None:
    """Data a rule reads (a stack trace marks a message that only carries data) stays."""
    text = ("Fatal error in /home/u1234/public_html/modules/shop/item/controller/show.php:218\n"
            "Платёж 2d4f3a11-000f-5000-8000-1b2c3d4e5f60 проведён, страница "
            "https://shop.example.ru/catalog/krovati/filter/razmer-160/?sort=price_desc_2026")
    assert readable(text) == text
    assert readable(f"hash {'9c82c87e' * 5} end") == "hash   end"


@pytest.mark.parametrize("glued", ["Fuck1you2and3your4shitty5module6idiots", "FUCK1YOU2AND3YOUR4SHITTY5MODULE",
                                   "Fuck1You2And3Your4Shitty5Module6Idiots"])
def test_words_glued_with_digits_are_read_not_dropped_as_data(glued) -> None:
    """Digits between words do not make them encoded data (review: abuse slipped past so)."""
    assert glued in readable(f"Корзина пустая. {glued} Как исправить?")
    assert [r.code for r in check_intake("Корзина", f"Корзина пустая. {glued} Как исправить?").refusals] == [
        "obscene"]
