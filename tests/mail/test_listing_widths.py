"""The mail listings read at a terminal's width: the last column (the reason the desk gives,
a detail) keeps room to be read at 80 columns, the time beside it stays whole, and the
columns in between give way, cut with an ellipsis (admin review: at 80 columns ``desk mail
log`` folded its reason two letters wide, a word per line)."""

from __future__ import annotations

import pytest

from tests.mail.desk_seed import seed
from tests.mail.test_odd_mail import mail_in, message

STRANGER = "ivan.petrov.very.long.address@example-company.ru"


@pytest.fixture
def logged(desk, isolation):
    """A message that names no license: logged with a long reason."""
    seed(desk, isolation)
    received = mail_in(desk, message("Вопрос", "Здравствуйте! Как настроить выгрузку в 1С?", sender=STRANGER))
    assert received["outcome"] == "missing" and len(received["reason"]) > 50, received
    return desk, received


@pytest.mark.parametrize("columns", [80, 100, 132])
def test_the_log_s_reason_is_read_whole_at_any_width(logged, columns) -> None:
    desk, received = logged
    shown = desk("mail", "log", env={"COLUMNS": str(columns)}).stdout
    lines = shown.splitlines()
    assert all(len(line.rstrip()) <= columns for line in lines), shown
    # the reason's words, folded into its column, read as the reason: no word cut to a letter pair
    reason_column = lines[0].index("Reason")
    assert reason_column <= columns - 20, shown
    folded = " ".join(line[reason_column:].strip() for line in lines[1:])
    assert " ".join(folded.split()) == " ".join(received["reason"].split()), shown
    [entry] = desk.json("mail", "log", "--json")
    assert entry["at"] in lines[1], shown  # the time whole


def test_at_80_columns_the_sender_gives_way_with_an_ellipsis(logged) -> None:
    desk, _ = logged
    shown = desk("mail", "log", env={"COLUMNS": "80"}).stdout
    assert STRANGER not in shown and STRANGER[:8] in shown and "…" in shown, shown


def test_at_200_columns_nothing_is_cut(logged) -> None:
    desk, received = logged
    shown = desk("mail", "log", env={"COLUMNS": "200"}).stdout
    assert STRANGER in shown and "…" not in shown and received["reason"] in shown, shown
