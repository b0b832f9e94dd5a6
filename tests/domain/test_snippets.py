"""Search terms, snippets and BM25: the pure side of desk search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain import ranking, snippets, tags
from deskcli.domain.errors import InvalidInput


def test_word_forms_meet_on_one_stem() -> None:
    assert snippets.query_stems("кэш") == snippets.query_stems("кеша") == snippets.query_stems("Кешем")
    assert snippets.stems("Очистите кеш, очистить КЕШ!") == ["очист", "кеш"]


def test_stopwords_and_punctuation_are_no_terms() -> None:
    assert snippets.query_stems("и не как ... ?!") == []
    assert snippets.query_stems('"кеш" OR NEAR(сайт*)') == snippets.query_stems("кеш near сайт")


def test_the_fragment_highlights_every_form_of_the_words_asked_for() -> None:
    wanted = set(snippets.query_stems("очистить кэш"))
    text = "Здравствуйте!\nПосле обновления перестал сбрасываться кеш. Как очистить кеша вручную?"
    piece = snippets.fragment(text, wanted)
    assert [piece.text[a:b] for a, b in piece.highlights] == ["кеш", "очистить", "кеша"]
    assert "\n" not in piece.text and set(piece.found) == wanted


def test_a_long_text_is_cut_around_the_match_with_ellipses() -> None:
    text = "вступление " * 60 + "Кеш не сбрасывается " + "хвост " * 60
    piece = snippets.fragment(text, set(snippets.query_stems("кеш")), width=80)
    assert piece.text.startswith("…") and piece.text.endswith("…") and len(piece.text) <= 82
    assert [piece.text[a:b] for a, b in piece.highlights] == ["Кеш"]


def test_best_text_holds_most_of_the_words() -> None:
    wanted = set(snippets.query_stems("обмен 1С заказы"))
    texts = ["Не работает обмен", "Обмен с 1С теряет заказы", "Обмен с 1С"]
    assert snippets.best_text(texts, wanted) == 1
    assert snippets.best_text(["ничего общего"], wanted) is None


words = st.sampled_from(["кеш", "кеша", "сайт", "сайта", "обмен", "1С", "cache", "и", "—", "!", "\n", "ёлка"])


@given(st.lists(words, max_size=80).map(" ".join), st.lists(words, min_size=1, max_size=3).map(" ".join))
def test_highlights_are_words_whose_stems_were_asked_for(text, query) -> None:
    wanted = set(snippets.query_stems(query))
    piece = snippets.fragment(text, wanted, width=60)
    for start, end in piece.highlights:
        assert snippets.word_stem(snippets.fold(piece.text[start:end])) in wanted
    assert all(a < b <= c for (a, b), (c, _) in zip(piece.highlights, piece.highlights[1:], strict=False))


def test_bm25_prefers_the_subject_shorter_documents_and_rarer_words() -> None:
    frequencies = {"кеш": 10, "сайт": 900}
    in_subject, in_body = ranking.scores([("кеш", "сайт"), ("", "кеш сайт")], ["кеш", "сайт"], frequencies, 1000)
    assert in_subject > in_body
    short, long = ranking.scores([("", "кеш сайт"), ("", "кеш сайт " + "слово " * 40)], ["кеш", "сайт"],
                                 frequencies, 1000)
    assert short > long
    rare, common = ranking.scores([("кеш", ""), ("сайт", "")], ["кеш", "сайт"], frequencies, 1000)
    assert rare > common


@given(st.lists(st.tuples(st.sampled_from(["", "a", "a b", "b c d"]), st.sampled_from(["", "a", "c d e f"])),
                min_size=1, max_size=10))
def test_bm25_is_never_negative_and_zero_without_a_match(candidates) -> None:
    result = ranking.scores(candidates, ["a"], {"a": 3}, 100)
    for (subject, body), score in zip(candidates, result, strict=True):
        assert score >= 0
        assert (score == 0) == ("a" not in f"{subject} {body}".split())


def test_tags_are_parsed_and_normalised() -> None:
    assert tags.parse_changes(["+Срочно", "-billing", "vip", "+vip"]) == (["срочно", "vip"], ["billing"])
    assert tags.apply_changes(["b", "a"], ["c"], ["a"]) == ["b", "c"]


@pytest.mark.parametrize("bad", ["", "+", "-", "two words", "=cmd()", "a/b", "_x", "x" * 41, "<b>", "тег\x1b[31m"])
def test_bad_tags(bad) -> None:
    with pytest.raises(InvalidInput):
        tags.parse_changes([bad])


def test_a_tag_cannot_be_added_and_removed_at_once() -> None:
    with pytest.raises(InvalidInput, match="both added and removed"):
        tags.parse_changes(["+x", "-X"])
