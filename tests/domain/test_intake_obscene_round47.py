"""Round 47: the Armenian seh (ս), drawn like a Latin u, stands for у as well as for и."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import find_obscene


@pytest.mark.parametrize("text,word", [
    ("Менеджер ваш — мսдак, так и передайте.", "мудак"),  # у
    ("Опять всё сломалось, пսздец какой-то.", "пиздец"),  # и, as before
])
def test_the_seh_is_read_as_either_letter_it_is_drawn_for(text: str, word: str) -> None:
    assert find_obscene(text) == [word]


@pytest.mark.parametrize("text", ["Мսзыка на сайте не играет.", "Սпасибо, всё работает."])
def test_an_innocent_word_with_a_seh_stays_innocent(text: str) -> None:
    assert find_obscene(text) == []
