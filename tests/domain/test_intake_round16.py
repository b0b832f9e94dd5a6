"""The sixteenth round (issue 13): where an English question moves something when an article
stands between the preposition and the place (from the Berlin store), and an English
infinitive's "to" that moves nothing (the way to enable ...).

Every example here is written for this file, not taken from a corpus. The round also measured
related lemmas from word embeddings (benchmarks/related_words.py) and shipped none: see
benchmarks/INTAKE.md, round 16.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.intake.repeats import is_repeat

_STORES = ("Berlin", "Munich", "Hamburg", "Vienna", "Zurich", "Prague")
_DETERMINERS = ("the ", "our ", "")


def test_an_article_keeps_the_direction_of_a_move() -> None:
    earlier = "How do I transfer goods from the Berlin store to the Munich store?"
    assert not is_repeat("How do I transfer goods from the Munich store back to Berlin?", earlier)
    assert is_repeat("How can I transfer goods from our Berlin store into the Munich one?", earlier)


def test_an_infinitive_to_is_no_direction() -> None:
    assert is_repeat("What is the way to enable comments on the blog?", "How do I enable comments on the blog?")
    assert is_repeat("Is there a way to turn on a second site language?", "How do I add a second language to the site?")


@given(
    st.lists(st.sampled_from(_STORES), min_size=2, max_size=2, unique=True),
    st.lists(st.sampled_from(_DETERMINERS), min_size=4, max_size=4),
)
def test_a_move_is_itself_with_any_article_and_not_its_reverse(stores: list[str], articles: list[str]) -> None:
    """Articles neither make nor break a repeat: the same move written with other articles is
    the question asked, the move the other way round is another."""
    one, other = stores
    first, second, third, fourth = articles
    earlier = f"How do I move stock from {first}{one} warehouse to {second}{other} warehouse?"
    assert is_repeat(f"How do I move stock from {third}{one} warehouse to {fourth}{other} warehouse?", earlier)
    assert not is_repeat(f"How do I move stock from {third}{other} warehouse to {fourth}{one} warehouse?", earlier)
