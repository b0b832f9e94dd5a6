"""``desk open`` loads the Russian dictionary beside the PIN check, and only when the
message has Russian words; a failure there is left to the intake rules (no stray output)."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import morphology
from deskcli.services import requests


def test_only_a_russian_message_loads_the_dictionary(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded: list[str] = []
    monkeypatch.setattr(morphology, "load", lambda: loaded.append("ru"))
    requests._load_dictionary("Cart is empty after the update. Why?")()
    assert loaded == []
    requests._load_dictionary("Cart\nКорзина пустая")()
    assert loaded == ["ru"]


def test_a_failure_while_loading_is_left_to_the_rules(monkeypatch: pytest.MonkeyPatch,
                                                      capfd: pytest.CaptureFixture[str]) -> None:
    def broken() -> None:
        raise OSError("the dictionary is missing")

    monkeypatch.setattr(morphology, "load", broken)
    requests._load_dictionary("Корзина пустая")()
    assert capfd.readouterr() == ("", "")
