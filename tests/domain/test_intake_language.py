"""Which language a message is read in: Russian typed in Latin letters is read aloud as Russian,
so the scope and no-question rules read it as they read Cyrillic; English is never read aloud
(intake/latin_mat.py). Mat typed in Latin letters is in test_intake_obscene_masks.py.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


# -- Russian typed in Latin letters, and English ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Zdravstvujte, perevezite pozhalujsta nash sajt na novyj hosting, dostupy vyshlem.", "2.10.1"),
        ("Ustanovite nam pozhalujsta poslednee obnovlenie sistemy, sami boimsya.", "2.10.3"),
        ("Vstav'te pozhalujsta na nash sajt skript onlajn-chata, kod prishlyu.", "2.10.5"),
    ],
)
def test_russian_typed_in_latin_is_read_as_russian_for_scope(text: str, clause: str) -> None:
    result = check_intake("", text)
    assert "out_of_scope" in result.codes
    assert "no_question" not in result.codes
    assert any(clause in f.message for f in result.flags if f.code == "out_of_scope")


@pytest.mark.parametrize(
    "text",
    [
        "Zdravstvujte, u nas na sajte ne otkryvaetsya korzina, pochemu?",
        "Pozhalujsta, podskazhite, gde v HostCMS menyaetsya logotip?",
    ],
)
def test_russian_typed_in_latin_asks_its_question(text: str) -> None:
    assert check_intake("", text).codes == []


def test_english_is_never_read_aloud() -> None:
    from deskcli.domain.intake.latin_mat import read_aloud

    text = "Hello, how do I move the shop to a new host? We use nginx and PHP 8.2."
    assert read_aloud(text) == text
