"""Round 20 (issue 13): everyday words and names that share letters with mat, read by their
grammar, and insults quoted from a forwarded mail. Each innocent class stands beside
look-alikes that keep their refusal.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


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


def _clauses(text: str) -> list[str]:
    return [f.message.split()[0] for f in check_intake("", text).flags if f.code == "out_of_scope"]


def test_numbered_items_are_read_together() -> None:
    text = (
        "Нужна помощь с переездом.\n1) Сейчас сайт на старом VPS, он закрывается.\n"
        "2) Новый сервер уже оплачен.\n3) Перенесите, пожалуйста, сайт и почту."
    )
    assert _clauses(text) == ["2.10.1"]


@pytest.mark.parametrize("verb", ["переложить", "перебросить", "переместить"])
def test_verbs_of_moving_a_site(verb: str) -> None:
    assert _clauses(f"Можете {verb} наш сайт со старого хостинга на новый сервер?") == ["2.10.1"]


def test_moving_a_thing_inside_the_product_stays_in_scope() -> None:
    assert _clauses("Как переместить товар в другую группу каталога?") == []


@pytest.mark.parametrize("person", ["Программист", "Фрилансер", "Подрядчик"])
def test_a_person_gone_missing_is_no_data_lost(person: str) -> None:
    text = f"{person} пропал, сайт лежит у него на сервере. Можете развернуть его у нас на новом хостинге?"
    assert "2.10.7" not in _clauses(text)


def test_data_gone_missing_after_a_restore_is_still_redo_work() -> None:
    text = "После отката бэкапа пропали разделы, которые вы делали в прошлом месяце. Сделайте их заново."
    assert "2.10.7" in _clauses(text)


def test_a_check_asked_for_after_the_update_is_part_of_the_work() -> None:
    text = "Поручаем вашей поддержке поставить обновление на наш сайт и проверить, что корзина работает после обновления."
    assert _clauses(text) == ["2.10.3"]


@pytest.mark.parametrize(
    "text",
    [
        "Проверьте, пожалуйста, почему после обновления не работает корзина.",
        "The licence check fails after the update. How do I re-bind the licence?",
    ],
)
def test_a_fault_after_the_update_stays_in_scope(text: str) -> None:
    assert _clauses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Нужно переделать шапку сайта как у Wildberries: меню и поиск в одну строку. Сделаете?",
        "Нужно перерисовать шапку сайта, как на сайте наших партнёров. Возьмётесь?",
    ],
)
def test_like_someone_else_s_site_is_a_likeness_not_a_how_to(text: str) -> None:
    assert _clauses(text) == ["2.10.4"]


@pytest.mark.parametrize(
    "text",
    [
        "Как в админке поменять порядок блоков на главной странице?",
        "Хотим переделать каталог. Как на сайте сделать фильтр слева?",
    ],
)
def test_how_in_a_place_with_a_verb_stays_a_how_to(text: str) -> None:
    assert _clauses(text) == []
