"""Who changed the desk's shared records, and when: ``desk policy log`` lists the policy's
versions with the keys each changed; ``desk license show`` ends with the license's history."""

from __future__ import annotations

import csv
import io
import json

from tests.cli.test_requests import add_license, open_request


def test_a_new_desk_has_no_policy_versions_to_list(desk) -> None:
    assert desk("policy", "log").stdout == "No policy stored yet.\n"
    assert desk.json("policy", "log", "--json") == []


def test_the_log_names_each_versions_keys_newest_first(desk) -> None:
    desk("policy", "set", "targets.usage", "240", env={"DESK_AGENT": "ann"})
    desk("policy", "set", "calendar.hours.sat", "10:00-14:00", env={"DESK_AGENT": "bob",
                                                                     "DESK_NOW": "2026-11-26T09:30"})
    versions = desk.json("policy", "log", "--json")
    assert [(v["version"], v["agent"], v["action"]) for v in versions] == [(3, "bob", "changed"), (2, "ann", "changed"),
                                                                          (1, "ann", "created")]
    assert versions[0]["at"] == "2026-11-26T09:30:00+03:00"
    assert versions[0]["changed"] == {"calendar.hours.sat": {"before": [], "after": ["10:00-14:00"]}}
    assert versions[1]["changed"] == {"targets.usage": {"before": 300, "after": 240}}
    assert versions[2]["changed"] == {}
    table = desk("policy", "log", env={"COLUMNS": "120"}).stdout.splitlines()
    assert table[1].split() == ["3", "2026-11-26T09:30:00+03:00", "bob", "calendar.hours.sat", "none", "→", "10:00-14:00"]
    assert table[2].split() == ["2", "2026-11-25T10:00:00+03:00", "ann", "targets.usage", "300", "→", "240"]
    assert "the desk's first policy" in table[3]


def test_the_limit_keeps_the_newest_and_still_says_what_they_changed(desk) -> None:
    for minutes in ("200", "210", "220"):
        desk("policy", "set", "targets.usage", minutes)
    versions = desk.json("policy", "log", "-n", "1", "--json")
    assert [(v["version"], v["changed"]) for v in versions] == [(4, {"targets.usage": {"before": 210, "after": 220}})]


def test_csv_has_a_row_per_key_and_no_formula(desk) -> None:
    desk("policy", "set", "lines.5", "=HYPERLINK(\"http://x\")")
    rows = list(csv.DictReader(io.StringIO(desk("policy", "log", "-f", "csv").stdout)))
    assert [(r["version"], r["action"], r["key"]) for r in rows] == [("2", "changed", "lines.5"), ("1", "created", "")]
    assert rows[0]["after"].startswith("'=")


def test_a_value_with_markup_is_printed_as_text(desk) -> None:
    desk("policy", "set", "lines.5", "[bold red]x[/]")
    assert "lines.5 none → [bold red]x[/]" in desk("policy", "log", env={"COLUMNS": "160"}).stdout


def test_license_show_ends_with_who_added_edited_and_renewed_it(desk) -> None:
    add_license(desk)
    desk("license", "edit", "HC-1", "--email", "it@romashka.ru", env={"DESK_AGENT": "ann"})
    desk("license", "edit", "HC-1", "--edition", "Корпорация", "--price", "49900", "--pin", "9999",
         env={"DESK_AGENT": "bob"})
    desk("license", "renew", "HC-1", env={"DESK_NOW": "2027-05-20T10:00"})
    shown = desk.json("license", "show", "HC-1", "--json", env={"DESK_NOW": "2027-05-20T10:00"})
    history = shown["history"]
    assert [(e["agent"], e["action"]) for e in history] == [
        ("tester", "license added"), ("ann", "license edited"), ("bob", "license edited"),
        ("tester", "license renewed")]
    assert history[0]["before"] is None
    assert history[0]["after"] == {"edition": "Бизнес", "retail_price": "24900.00", "purchased": "2026-06-01",
                                   "support_until": "2027-05-31", "customer": "ООО Ромашка", "code_modified": False}
    assert history[1]["before"] == {"email": ""} and history[1]["after"] == {"email": "it@romashka.ru"}
    assert history[2]["before"] == {"edition": "Бизнес", "retail_price": "24900.00"}
    assert history[2]["after"] == {"pin": "changed", "edition": "Корпорация", "retail_price": "49900.00"}
    assert history[3]["after"]["support_until"] == "2028-05-31"
    table = desk("license", "show", "HC-1", env={"COLUMNS": "160", "DESK_NOW": "2027-05-20T10:00"}).stdout
    assert "license edited: email none → it@romashka.ru" in table
    assert "license edited: pin changed, edition Бизнес → Корпорация, retail price 24900.00 → 49900.00" in table
    everything = table + json.dumps(shown, ensure_ascii=False)
    assert "9999" not in everything and "scrypt" not in everything and "hidden" not in everything


def test_clearing_a_pin_lock_is_in_the_history(desk) -> None:
    add_license(desk)
    for _ in range(5):
        open_request(desk, pin="0000", code=None)
    desk("license", "unlock", "HC-1", env={"DESK_AGENT": "lead"})
    last = desk.json("license", "show", "HC-1", "--json")["history"][-1]
    assert (last["agent"], last["action"], last["before"], last["after"]) == (
        "lead", "PIN lock cleared", {"wrong_pins": 5}, {"wrong_pins": 0})


def test_policy_history_names_the_log(desk) -> None:
    assert desk("policy", "history", code=2).stderr == "error: No such command 'history'. Did you mean 'log'?\n"
