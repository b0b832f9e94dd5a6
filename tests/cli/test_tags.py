"""``desk tag``, ``desk queue --tag``, tags in JSON and CSV, ``desk tag list``."""

from __future__ import annotations

import sys

import pytest

from deskcli import launcher
from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


@pytest.fixture
def tagged(desk):
    add_license(desk)
    first = open_request(desk, at="2026-11-25T09:00")
    second = open_request(desk, at="2026-11-25T09:30", subject="Второй")
    desk("tag", str(first["id"]), "+1С-обмен", "+срочно")
    desk("tag", str(second["id"]), "1с-обмен", "--json")
    return desk, first["id"], second["id"]


def test_plus_adds_minus_removes_and_names_are_lower_case(tagged) -> None:
    desk, first, _ = tagged
    data = desk.json("tag", str(first), "-срочно", "+vip", "--json")
    assert data["tags"] == ["1с-обмен", "vip"]
    # "-vip" is a tag to remove, never a cluster of short options.
    assert desk.json("tag", str(first), "-vip", "--json")["tags"] == ["1с-обмен"]
    history = desk.json("show", str(first), "--json")["history"]
    tagged_events = [e for e in history if e["action"] == "tagged"]
    assert tagged_events[-1]["before"] == {"tags": ["1с-обмен", "vip"]}
    assert tagged_events[-1]["after"] == {"tags": ["1с-обмен"]}


def test_the_request_is_named_as_the_desk_writes_it_too(tagged) -> None:
    """"#42", as every other command takes a request's number (review: tag refused it)."""
    desk, first, _ = tagged
    assert desk.json("tag", f"#{first}", "+vip", "--json")["tags"] == ["1с-обмен", "vip", "срочно"]
    assert desk.json("tag", f"#{first}", "--json")["id"] == first
    assert_one_error_line(desk("tag", "##1", "+a", code=2))


def test_no_change_records_nothing_and_no_changes_shows_the_request(tagged) -> None:
    desk, first, _ = tagged
    before = len(desk.json("show", str(first), "--json")["history"])
    desk("tag", str(first), "+срочно")
    assert len(desk.json("show", str(first), "--json")["history"]) == before
    assert desk.json("tag", str(first), "--json")["tags"] == ["1с-обмен", "срочно"]


def test_queue_filters_by_tag_on_both_paths(tagged, capsys, monkeypatch) -> None:
    desk, first, second = tagged
    assert [r["id"] for r in desk.json("queue", "--tag", "1С-обмен", "--json")] == [first, second]
    assert [r["id"] for r in desk.json("queue", "-t", "срочно", "--json")] == [first]
    assert desk.json("queue", "--tag", "nothing", "--json") == []
    argv = ["queue", "--tag", "срочно", "--json"]
    assert launcher.parse(argv, "queue") is not None
    monkeypatch.setattr(sys, "argv", ["desk", *argv])
    with pytest.raises(SystemExit):
        launcher.main()
    assert capsys.readouterr().out == desk("queue", "--tag", "срочно", "--json").stdout


def test_tags_in_json_csv_and_export(tagged) -> None:
    desk, first, _ = tagged
    assert desk.json("show", str(first), "--json")["tags"] == ["1с-обмен", "срочно"]
    csv = desk("queue", "--format", "csv", "--fields", "id,tags").stdout.splitlines()
    assert csv[1] == f'{first},"[""1с-обмен"", ""срочно""]"'
    exported = desk.json("export", "--format", "json")
    assert exported[0]["tags"] == ["1с-обмен", "срочно"]


def test_tag_list_counts_open_and_all(tagged) -> None:
    desk, first, _ = tagged
    desk("close", str(first))
    assert desk.json("tag", "list", "--json") == [{"tag": "1с-обмен", "open": 1, "requests": 2},
                                                  {"tag": "срочно", "open": 0, "requests": 1}]
    assert "1с-обмен" in desk("tag", "list").stdout


def test_tags_survive_export_and_import(tagged, tmp_path) -> None:
    desk, first, _ = tagged
    (tmp_path / "all.jsonl").write_text(desk("export", "--all", "--format", "jsonl").stdout, encoding="utf-8")
    other = str(tmp_path / "other.db")
    desk("--db", other, "import", str(tmp_path / "all.jsonl"))
    assert desk.json("--db", other, "tag", "list", "--json")[0] == {"tag": "1с-обмен", "open": 2, "requests": 2}


@pytest.mark.parametrize("args,code", [
    (["1", "+bad tag"], 2), (["1", "+=HYPERLINK(\"x\")"], 2), (["1", "+a", "-a"], 2), (["x", "+a"], 2),
    (["0", "+a"], 2), (["#0", "+a"], 2), (["#", "+a"], 2), (["99", "+a"], 3), (["list", "+a"], 2), (["1", "+\x1b[31mred"], 2),
])
def test_bad_tag_lines(tagged, args, code) -> None:
    desk, *_ = tagged
    assert_one_error_line(desk("tag", *args, code=code))


def test_f_and_h_mean_format_and_help_as_everywhere_and_change_nothing_else(tagged, isolation) -> None:
    desk, first, _ = tagged
    before = desk.json("show", str(first), "--json")
    assert desk.json("tag", str(first), "-f", "json")["tags"] == before["tags"]
    for args in (["-h"], [str(first), "-h"], [str(first), "+новый", "-h"]):
        shown = desk("tag", *args).stdout
        assert "Usage: desk tag" in shown and "-F or -H" in shown
    for args, said in (([str(first), "-f"], "-f needs a format"), ([str(first), "+новый", "-f", "xml"], "'xml' is not a format"),
                       ([str(first), "-f", "jsonl", "--format", "json"], "two formats")):
        result = desk("tag", *args, code=2)
        assert_one_error_line(result)
        assert said in result.stderr
    assert desk.json("show", str(first), "--json") == before
    assert desk("tag", str(first), "-fjsonl").stdout.count("\n") == 1  # -fVALUE, as Click reads it
    assert desk.json("tag", str(first), *["-f", "json"] * 1500)["tags"] == before["tags"]
    # A one-letter tag named f or h is removed in capitals (tags are lower case).
    desk("tag", str(first), "+f", "+h")
    assert desk.json("tag", str(first), "-F", "-H", "-f", "json")["tags"] == before["tags"]
