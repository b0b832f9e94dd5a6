"""Intake, round 59 of issue 13: an insulting word before a word for a group of people (Moron
lot, Muppet squad, a two-bob outfit) is said of the people, and the false alarms each change
must not raise."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake, find_obscene


@pytest.mark.parametrize("body,named", [
    ("Moron lot, my invoice is wrong again. Why was I charged twice?", "Moron"),
    ("Muppet squad, why is the invoice wrong?", "Muppet"),
    ("What a clown outfit. Where is the setting for tax zones?", "clown"),
    ("Dimwit brigade, answer me: why did the export stop?", "Dimwit"),
])
def test_an_insult_before_a_word_for_a_group_is_said_of_its_people(body: str, named: str) -> None:
    assert find_obscene(body) == [named]


@pytest.mark.parametrize("body", [
    "A crazy lot of errors after the update. How do I fix it?",
    "Our parking lot booking module fails at checkout. Why?",
    "We sell shower curtains; the outfit category lost its images. How do I restore them?",
    "A whole squad of couriers waits for the labels. Why does the label printer stop?",
])
def test_a_group_word_beside_no_insult_is_no_insult(body: str) -> None:
    assert "obscene" not in check_intake("", body).codes
