"""Repeats decided by the learned model over the rules' reading (`intake.repeat_model`).

The pairs below are from the labelled corpus the shipped model was trained on: they show the
mechanism at work in `is_repeat`. What it does on files it never saw is measured by
benchmarks/train_repeat_model.py --cv 8 (INTAKE.md, round 50).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake import is_repeat, repeat_model, repeat_probability, rules_find_repeat
from deskcli.domain.intake.repeats import VETOES

CORPUS = Path(__file__).resolve().parents[1] / "data" / "intake_eval"
DENSE = repeat_model.DENSE


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как получить файлом перечень всех, кто подписался на наши письма?", "Как выгрузить подписчиков рассылки?"),
    ("Где в системе ставится защита от роботов — ну, эти картинки с буквами — на форму связи?",
     "Как включить капчу на форме обратной связи?"),
    ("Хочу, чтобы рядом с новой ценой стояла прежняя, перечёркнутая. Где это?", "Как вывести старую цену зачёркнутой?"),
    ("Our accountant wants all the buyers' contact details in one spreadsheet. Can I pull that out of the system?",
     "How can I export my customer list?"),
])
def test_a_rewording_in_other_words_the_rules_miss_is_a_repeat(new: str, earlier: str) -> None:
    assert not rules_find_repeat(new, earlier)
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как вывести цену за килограмм рядом с ценой за упаковку?", "Как вывести старую цену зачёркнутой?"),
    ("Как настроить, чтобы резервная копия делалась сама каждую ночь?", "Как сделать резервную копию сайта?"),
])
def test_a_question_of_the_same_words_about_another_thing_is_not_a_repeat(new: str, earlier: str) -> None:
    """The rules read these as repeats; what was asked differs (the price per kilogram, a backup
    made every night), and the model, weighing what the other question says instead, does not."""
    assert rules_find_repeat(new, earlier)
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как настроить отправку писем через SMTP Mail.ru?", "Как настроить отправку писем через SMTP Яндекса?"),
    ("Какая версия MySQL нужна для HostCMS 7?", "Какая версия PHP нужна для HostCMS 7?"),
    ("Хотим, чтобы отзывы покупателей сначала смотрел модератор. Как это включить?",
     "Как изменить количество товаров на странице каталога?"),
    ("Нужно, чтобы в корзине считалась доставка СДЭК, как настроить?", "How do I add a second language to the site?"),
])
def test_another_name_or_another_subject_is_another_question(new: str, earlier: str) -> None:
    assert repeat_probability(new, earlier) < 0.1
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize("question", [
    "Как очистить кэш сайта?",
    "Где поменять логотип в шапке?",
    "How do I export orders to Excel?",
    "После обновления до 7.1 перестала работать корзина: товары не добавляются. Как это исправить?",
])
def test_the_same_question_sent_again_is_a_repeat(question: str) -> None:
    assert is_repeat(question, question)
    assert is_repeat(f"Здравствуйте! {question} Спасибо.", question)


def test_the_weights_keep_the_signs_training_bounds_them_to() -> None:
    """Sharing more never makes a repeat less likely; a veto, a name of one side only or a word
    left unshared never makes it more (train_repeat_model.py, `_AT_LEAST_ZERO`)."""
    weights = dict(zip(DENSE, repeat_model.model().dense, strict=True))
    never_less = ("likeness", "similarity", "rules", "asked_again", "terms_shared", "concepts_shared", "lemmas_shared",
                  "grams_cosine", "names_shared", "one_side_holds_the_other")
    never_more = ("names_only_new", "names_only_earlier", "log_terms_only_new", "log_terms_only_earlier",
                  *(f"veto:{v}" for v in VETOES))
    assert all(weights[name] >= 0 for name in never_less)
    assert all(weights[name] <= 0 for name in never_more)
    model = repeat_model.model()
    shared = model.buckets[:1 << model.bits]
    assert min(shared) >= 0


def _tiny(bits: int, dense: list[float], buckets: list[int], scale: float, intercept: float) -> bytes:
    header = {"bits": bits, "dense": dict(zip(DENSE, dense, strict=True)), "intercept": intercept, "scale": scale}
    return json.dumps(header).encode() + b"\n" + bytes(b & 0xFF for b in buckets)


@given(st.lists(st.floats(-3, 3), min_size=len(DENSE), max_size=len(DENSE)),
       st.lists(st.integers(-127, 127), min_size=8, max_size=8),
       st.sets(st.integers(0, 7)), st.floats(0.01, 1), st.floats(-3, 3))
def test_a_score_is_the_dense_dot_product_plus_the_scaled_bucket_weights(dense, buckets, present, scale, intercept):
    model = repeat_model.read_model(_tiny(2, dense, buckets, scale, intercept))
    values = [float(i % 3) for i in range(len(DENSE))]
    expected = sum(w * x for w, x in zip(dense, values, strict=True)) + intercept + scale * sum(buckets[b] for b in present)
    assert math.isclose(model.score(values, present), expected, abs_tol=1e-9)


def test_a_model_file_cut_short_or_of_other_features_is_refused() -> None:
    whole = _tiny(2, [0.0] * len(DENSE), [0] * 8, 1.0, 0.0)
    with pytest.raises(ValueError, match="damaged"):
        repeat_model.read_model(whole[:-1])
    header, body = whole.split(b"\n", 1)
    other = json.loads(header)
    other["dense"] = {"likeness": 1.0}
    with pytest.raises(ValueError, match="damaged"):
        repeat_model.read_model(json.dumps(other).encode() + b"\n" + body)


def test_the_model_learned_from_every_corpus_file_with_a_history() -> None:
    """A file added to the corpus is in the model once it is retrained: the shipped file names
    exactly the corpus's files that carry repeat pairs."""
    with_history = sorted(
        path.name for path in CORPUS.glob("*.jsonl")
        if any('"history"' in line for line in path.read_text(encoding="utf-8").splitlines())
    )
    assert list(repeat_model.model().trained_on) == with_history


@pytest.mark.parametrize("question", [
    "Сайт медленно работает по вечерам.",
    "Пишет «неверный пароль», хотя пароль верный. Что делать?",
    "Товары без фото мы уже удаляли, а они снова появляются после обмена. Почему?",
])
def test_the_same_words_sent_twice_are_a_repeat_whatever_the_rules_veto(question: str) -> None:
    """The rules read a clause of these as settled or a pair of words as opposite ways, and veto
    the text against itself; the same words in the same order are the same question."""
    assert is_repeat(question, question)
    assert is_repeat(question.upper(), f"  {question}  ")


def _logged(question: str, lines: int, seed: int) -> str:
    import random

    pick = random.Random(seed)
    log = "\n".join(
        f"[{pick.randint(1, 28):02d}-May-2026 1{pick.randint(0, 9)}:{pick.randint(10, 59)}:{pick.randint(10, 59)} UTC] "
        f"PHP Warning: Undefined array key \"{pick.choice(['price', 'name', 'id', 'sku'])}\" in "
        f"/var/www/site/modules/{pick.choice(['shop', 'core', 'form'])}/{pick.choice(['item', 'cart'])}.php "
        f"on line {pick.randint(10, 999)}" for _ in range(lines))
    return f"{question}\n{log}"


@pytest.mark.parametrize("lines", [5, 20, 60])
def test_different_questions_with_the_same_kind_of_log_pasted_are_not_repeats(lines: int) -> None:
    """A pasted log brings tens of words both messages share and more that stand against each
    other; longer than any question the model learned from, the pair is left to the rules."""
    new = _logged("Не открывается карточка товара, белый экран. Лог ниже:", lines, 1)
    earlier = _logged("После обновления не работает корзина, лог:", lines, 2)
    assert len(repeat_model._read(new).concepts) > repeat_model.LONGEST
    assert not is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("How do I export my customer list? We need it for a mailing campaign next week, about 4000 customers.",
     "How do I export my customer list?"),
    ("Добрый день. Как выгрузить отзывы покупателей? У нас их около 300, версия 7.0.",
     "Как выгрузить отзывы покупателей?"),
    ("How do I export my customer list?",
     "How do I export my customer list? We need it for a mailing campaign next week, about 4000 customers."),
])
def test_the_earlier_question_sent_again_with_a_sentence_of_detail_is_a_repeat(new: str, earlier: str) -> None:
    """The detail names what the earlier question did not (4000, 300, 7.0), which the rules may
    veto as a new name; the earlier question's sentence is there word for word."""
    assert repeat_model._asked_word_for_word(new, earlier) or repeat_model._asked_word_for_word(earlier, new)
    assert is_repeat(new, earlier)


@pytest.mark.parametrize(("new", "earlier"), [
    ("Как удалить товар из заказа, не удаляя его из каталога?", "Как удалить товар?"),
    ("Где? Как?", "Где?"),
])
def test_a_sentence_that_only_begins_with_the_earlier_words_is_not_the_earlier_question(new: str, earlier: str) -> None:
    assert not repeat_model._asked_word_for_word(new, earlier)
    assert not repeat_model._asked_word_for_word(earlier, new)
