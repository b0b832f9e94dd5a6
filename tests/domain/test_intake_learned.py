"""The learned second opinion on the intake rules (`deskcli.domain.intake.learned`).

The examples of what the model adds or takes back are messages of the labelled corpus the
shipped model was trained on: they show the mechanism at work in `check_intake`; what it does
on files it never saw is measured by benchmarks/train_intake_model.py (INTAKE.md, round 47).
"""

from __future__ import annotations

import json
import math
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake import check_intake, learned, rule_findings
from deskcli.domain.intake.scope import clause_labels

CORPUS = Path(__file__).resolve().parents[1] / "data" / "intake_eval"
READ = "(as the learned model reads it)"


def _codes(reasons) -> list[str]:
    return sorted(r.code for r in reasons)


def _rules(body: str) -> list[str]:
    return _codes(rule_findings(learned.reading(body)).flags)


@pytest.mark.parametrize("body", [
    "Добрый день. Меняем хостера: уходим с Бегета на Спринтхост. Было бы здорово, если бы ваши специалисты сами "
    "всё переставили, мы в этом совсем не разбираемся.",
    "Добрый день. Купили готовый HTML-шаблон на ThemeForest. Сколько будет стоить натянуть его на HostCMS?",
])
def test_work_outside_support_the_rules_miss_is_flagged_with_its_clause(body: str) -> None:
    assert "out_of_scope" not in _rules(body)
    flags = [f for f in check_intake("", body).flags if f.code == "out_of_scope"]
    assert len(flags) == 1 and flags[0].message.startswith("2.10.") and flags[0].message.endswith(READ)


@pytest.mark.parametrize("body", [
    "Здравствуйте. Вопрос у меня простой, но длинный, поэтому напишу его отдельным письмом, хорошо?",
    "Добрый день. У меня есть несколько вопросов по интернет-магазину. Ответите, если я их пришлю?",
])
def test_a_question_only_announced_is_flagged_where_the_rules_hear_one(body: str) -> None:
    assert "no_question" not in _rules(body)
    assert [f.message for f in check_intake("", body).flags] == [f"2.8.2 no question support can answer {READ}"]


@pytest.mark.parametrize("body", [
    "Здравствуйте, мы рассказываем о правильном употреблении трав в чаях. Подскажите, как разделить длинную статью "
    "на несколько страниц с навигацией?",
    "Hello. We make mustard and custard at a small farm near Walla Walla. Can one product have variants (jar "
    "sizes) with separate stock counts?",
])
def test_who_the_writer_is_before_the_question_is_no_digression(body: str) -> None:
    assert "off_topic" in _rules(body)
    assert "off_topic" not in _codes(check_intake("", body).flags)


def test_the_model_reads_the_body_alone_as_it_learned_from_bodies() -> None:
    body = "Здравствуйте. Вопрос у меня простой, но длинный, поэтому напишу его отдельным письмом, хорошо?"
    assert check_intake("Оплата не проходит при оформлении заказа", body).flags == check_intake("", body).flags


_MOVED = ("Добрый день. Меняем хостера: уходим с Бегета на Спринтхост. Было бы здорово, если бы ваши специалисты "
          "сами всё переставили, мы в этом совсем не разбираемся.")


@pytest.mark.parametrize("set_aside,added", [((), True), (("2.10.4",), True), (("2.10.1",), False)])
def test_a_clause_the_scope_rules_set_aside_is_never_added(set_aside: tuple[str, ...], added: bool) -> None:
    text = learned.reading(_MOVED)
    found = rule_findings(text)
    assert "out_of_scope" not in _codes(found.flags) and found.set_aside == ()
    reviewed = learned.review(text, found._replace(set_aside=set_aside), clause_labels())
    clauses = [f.message.split(" ", 1)[0] for f in reviewed.flags if f.code == "out_of_scope"]
    assert clauses == (["2.10.1"] if added else [])


def test_a_message_longer_than_any_it_learned_from_and_a_follow_up_are_the_rules_alone() -> None:
    body = "Здравствуйте. Вопрос у меня простой, но длинный, поэтому напишу его отдельным письмом, хорошо?"
    long = body + " Спасибо за вашу работу." * 40
    assert len(learned._WORD.findall(long)) > learned.LONGEST
    assert check_intake("", long) == rule_findings(learned.reading(long))
    assert check_intake("", body, follow_up=True) == rule_findings(learned.reading(body), follow_up=True)


_WORDS = st.sampled_from("добрый день сайт не работает корзина вы там уснули перенесите хостинг как настроить "
                         "выгрузку 1С спасибо погода футбол вопрос ошибка 500 ? . , ! please help".split())


@given(st.lists(_WORDS, min_size=1, max_size=30).map(" ".join))
def test_the_model_never_refuses_and_touches_only_its_own_findings(body: str) -> None:
    rules, both = rule_findings(learned.reading(body)), check_intake("", body)
    assert both.refusals == rules.refusals
    changed = set(rules.flags) ^ set(both.flags)
    assert {f.code for f in changed} <= {"no_question", "out_of_scope", "off_topic"}
    assert all(f.message.endswith(READ) for f in set(both.flags) - set(rules.flags))


def _tiny_model(weights: dict[str, tuple[dict[int, int], dict[int, int]]], idf: tuple[dict[int, int], dict[int, int]],
                bits: int = 4) -> bytes:
    size = 1 << bits
    header = {"bits": bits, "idf_steps": 20.0, "heads": {name: {"scale": 0.5, "intercept": -1.0} for name in weights}}

    def block(values: dict[int, int], fmt: str) -> bytes:
        return struct.pack(f"{size}{fmt}", *(values.get(i, 0) for i in range(size)))

    blocks = [block(idf[0], "B"), block(idf[1], "B")]
    for words, grams in weights.values():
        blocks += [block(words, "b"), block(grams, "b")]
    return json.dumps(header).encode() + b"\n" + b"".join(blocks)


def test_a_score_is_the_scaled_dot_product_of_unit_length_tf_idf_vectors() -> None:
    """The arithmetic `learned.Model.scores` runs, on a model of 16 buckets worked by hand."""
    bits = 4
    words, grams = learned.features("Сайт сайт", bits)
    site, pair = zlib.crc32("сайт".encode()) & 15, zlib.crc32("сайт сайт".encode()) & 15
    assert site != pair and words == {site: 2, pair: 1}  # the lemma twice, the pair of them once
    assert sum(grams.values()) == 2 * (4 + 3 + 2)  # " сайт " has four 3-grams, three 4-grams, two 5-grams
    data = _tiny_model({"no_question": ({site: 100, pair: -50}, {})}, ({site: 20}, {}), bits)
    # the lemma block: сайт (1 + ln 2) x idf (1 + 20 / 20), the pair 1 x idf 1, at unit length;
    # the character grams weigh nothing; then x scale 0.5 + intercept -1
    lemma, couple = (1 + math.log(2)) * 2, 1.0
    norm = math.hypot(lemma, couple)
    expected = (lemma * 100 + couple * -50) / norm * 0.5 - 1
    assert expected == pytest.approx(39.872, abs=1e-3)
    assert learned.read_model(data).scores("Сайт сайт")["no_question"] == pytest.approx(expected)


def test_a_model_file_cut_short_is_refused() -> None:
    data = _tiny_model({"no_question": ({}, {})}, ({}, {}), 4)
    with pytest.raises(ValueError, match="damaged"):
        learned.read_model(data[:-1])


def test_the_clause_heads_are_the_clauses_of_the_scope_rules() -> None:
    heads = {name.removeprefix(learned.CLAUSE) for name in learned.model().heads if name.startswith(learned.CLAUSE)}
    assert heads == set(clause_labels())


def test_the_model_says_which_files_it_learned_from_and_they_are_all_here() -> None:
    data = (Path(learned.__file__).parents[2] / "data" / learned.MODEL_FILE).read_bytes()
    header = json.loads(data[: data.index(b"\n")])
    lines = sum(
        sum(1 for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line.strip())
        for name in header["trained_on"]
    )
    assert lines == header["messages"]
    assert set(header["heads"]) >= set(learned.HEADS)
