"""The classes of misses of the fourth tuning round (issue 13), one class per test.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


# --------------------------------------------------------------------------- out_of_scope

def scope_labels(body: str) -> set[str]:
    result = check_intake("", body)
    return {r.message.split()[0] for r in result.flags if r.code == "out_of_scope"}


@pytest.mark.parametrize(("body", "clause"), [
    ("Хотелось бы, чтобы вы обновили систему до последней версии на выходных.", "2.10.3"),
    ("Новая версия вышла. Может, вы сами её поставите на наш сайт? Пароль дадим.", "2.10.3"),
    ("We would be grateful if you could connect our store to HubSpot.", "2.10.2"),
    ("We have our own loyalty script in PHP. Please hook it into the cart.", "2.10.5"),
])
def test_polite_and_indirect_requests_for_excluded_work(body, clause) -> None:
    assert clause in scope_labels(body)


@pytest.mark.parametrize("body", [
    "Хотелось бы, чтобы обновление ставилось без ошибок. Почему оно падает на распаковке?",
    "Как нам самим поставить обновление через центр администрирования?",
])
def test_the_customer_s_own_update_stays_in_scope(body) -> None:
    assert "2.10.3" not in scope_labels(body)
