"""The stemmers loaded on their own (``stemming._stemmer``) are Snowball's, word for word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain.intake.stemming import _stemmer

WORDS = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяabcdefghijklmnopqrstuvwxyz'", max_size=16)


@given(WORDS)
@settings(deadline=None)  # the first example loads both stemmers
def test_the_two_languages_stem_as_snowball_does(word: str) -> None:
    from snowballstemmer.english_stemmer import EnglishStemmer
    from snowballstemmer.russian_stemmer import RussianStemmer

    assert _stemmer("russian").stemWord(word) == RussianStemmer().stemWord(word)
    assert _stemmer("english").stemWord(word) == EnglishStemmer().stemWord(word)


def test_the_snowballstemmer_package_is_left_alone() -> None:
    import snowballstemmer

    _stemmer("russian")
    assert snowballstemmer.stemmer("russian").stemWord("корзинами") == _stemmer("russian").stemWord("корзинами")
