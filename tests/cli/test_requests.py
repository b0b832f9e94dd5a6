"""The request lifecycle end to end, with a fixed clock (DESK_NOW)."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import assert_one_error_line

BODY = "После обновления корзина интернет-магазина пустая. Как это исправить?"


def add_license(desk, number="HC-1", pin="4321", edition="Бизнес", purchased="2026-06-01", **extra) -> None:
    args = ["license", "add", number, "--edition", edition, "--price", "24900",
            "--purchased", purchased, "--customer", "ООО Ромашка"]
    for key, value in extra.items():
        args += [f"--{key.replace('_', '-')}", value]
    desk(*args, env={"DESK_PIN": pin})


def open_request(desk, *, at="2026-11-25T10:00", category="usage", subject="Пустая корзина",
                 body=BODY, license="HC-1", pin="4321", code=0, **kwargs) -> dict:
    result = desk("open", "-l", license, "-v", "6.9.1", "-c", category,
                  "--site", "https://shop.example.ru/cart", "-s", subject, "--body", body, "--json",
                  env={"DESK_NOW": at, "DESK_PIN": pin, **kwargs.pop("env", {})}, code=code, **kwargs)
    return json.loads(result.stdout) if result.stdout.strip() else {}


@pytest.fixture
def licensed(desk):
    add_license(desk)
    return desk


def test_open_prints_the_spec_request_shape(licensed) -> None:
    data = open_request(licensed, at="2026-11-27T16:30", category="emergency")
    assert list(data) == [
        "id", "license", "customer", "edition", "version", "category", "subject", "site_url",
        "status", "line", "assignee", "created_at", "queued_at", "due_at", "remaining_minutes",
        "overdue", "flags", "reasons", "tags", "first_response_at", "ready_to_close", "resolution",
        "closed_at", "suggestions",
    ]
    assert data["status"] == "open" and data["line"] == 1 and data["assignee"] is None
    assert data["queued_at"] == "2026-11-27T16:30:00+03:00"
    assert data["due_at"] == "2026-11-30T10:30:00+03:00"
    assert data["customer"] == "ООО Ромашка" and data["edition"] == "Бизнес"


def test_countdown_and_overdue_follow_the_clock(licensed) -> None:
    data = open_request(licensed, at="2026-11-25T10:00", category="emergency")
    def show(now: str) -> dict:
        return licensed.json("show", str(data["id"]), "--json", env={"DESK_NOW": now})
    assert show("2026-11-25T10:00")["remaining_minutes"] == 120
    assert show("2026-11-25T11:35")["remaining_minutes"] == 25
    late = show("2026-11-25T12:40")
    assert late["remaining_minutes"] == -40 and late["overdue"] is True
    # Overnight does not count: business minutes only.
    assert show("2026-11-26T09:00")["remaining_minutes"] == -(6 * 60)


def test_queue_orders_by_due_then_queue_time_then_id(licensed) -> None:
    a = open_request(licensed, at="2026-11-25T09:00", category="usage")      # due 14:00
    b = open_request(licensed, at="2026-11-25T10:00", category="emergency")  # due 12:00
    c = open_request(licensed, at="2026-11-25T10:00", category="emergency", subject="Второй")  # due 12:00
    ids = [r["id"] for r in licensed.json("queue", "--json", env={"DESK_NOW": "2026-11-25T11:00"})]
    assert ids == [b["id"], c["id"], a["id"]]


def test_at_the_same_deadline_an_emergency_comes_first_then_arrival(licensed) -> None:
    """2.6: "in order of criticality and arrival" (policy QA: an emergency due at 14:00 was
    listed after the usage questions due at 14:00 that arrived before it)."""
    usage = open_request(licensed, at="2026-11-24T09:00", category="usage")              # due 14:00
    technical = open_request(licensed, at="2026-11-24T09:00", category="technical")      # due 14:00
    emergency = open_request(licensed, at="2026-11-24T12:00", category="emergency")      # due 14:00
    early = open_request(licensed, at="2026-11-24T07:00", category="usage", subject="Ночью")  # 09:00 + 5 h
    assert {r["due_at"] for r in (usage, technical, emergency, early)} == {"2026-11-24T14:00:00+03:00"}
    expected = [emergency["id"], early["id"], usage["id"], technical["id"]]
    now = {"DESK_NOW": "2026-11-24T12:30"}
    assert [r["id"] for r in licensed.json("queue", "--json", env=now)] == expected
    jsonl = licensed("queue", "--format", "jsonl", env=now).stdout.splitlines()
    assert [json.loads(line)["id"] for line in jsonl] == expected
    csv_rows = licensed("queue", "--format", "csv", env=now).stdout.splitlines()[1:]
    assert [int(row.split(",")[0]) for row in csv_rows] == expected


def test_clarification_moves_a_request_behind_a_later_one(licensed) -> None:
    first = open_request(licensed, at="2026-11-25T09:00", category="usage")   # due 14:00
    second = open_request(licensed, at="2026-11-25T10:00", category="usage")  # due 15:00
    licensed("reply", str(first["id"]), "--customer", "--body", "Уточняю: корзина пуста только у гостей. Почему?",
             env={"DESK_NOW": "2026-11-25T11:00"})
    queue = licensed.json("queue", "--json", env={"DESK_NOW": "2026-11-25T11:00"})
    assert [r["id"] for r in queue] == [second["id"], first["id"]]
    moved = queue[1]
    assert moved["queued_at"] == "2026-11-25T11:00:00+03:00"
    assert moved["due_at"] == "2026-11-25T16:00:00+03:00"
    history = licensed.json("show", str(first["id"]), "--json")["history"]
    requeued = [e for e in history if e["action"] == "re-queued"][0]
    assert requeued["before"]["due_at"] == "2026-11-25T14:00:00+03:00"  # the earlier deadline is kept
    assert requeued["after"]["queued_at"] == "2026-11-25T11:00:00+03:00"


def test_agent_reply_stops_the_clock_and_records_whether_it_met_the_deadline(licensed) -> None:
    data = open_request(licensed, at="2026-11-25T10:00", category="emergency")
    answered = licensed.json("reply", str(data["id"]), "--body", "Очистите кеш.", "--json",
                             env={"DESK_NOW": "2026-11-25T13:00"})
    assert answered["status"] == "answered"
    assert answered["due_at"] is None and answered["remaining_minutes"] is None and not answered["overdue"]
    assert licensed.json("queue", "--json") == []
    shown = licensed.json("show", str(data["id"]), "--json", env={"DESK_NOW": "2026-11-30T13:00"})
    agent_messages = [m for m in shown["messages"] if m["kind"] == "agent"]
    assert agent_messages[0]["met_due"] is False
    assert agent_messages[0]["author"] == "tester"
    # one shape for every message of the array (scripter QA: the key was missing on the customer's)
    assert [list(m) for m in shown["messages"]] == [list(agent_messages[0])] * len(shown["messages"])
    assert [m["met_due"] for m in shown["messages"] if m["kind"] != "agent"] == [None]


def test_customer_message_reopens_a_resolved_request(licensed) -> None:
    data = open_request(licensed, at="2026-11-25T10:00")
    licensed("reply", str(data["id"]), "--body", "Ответ", env={"DESK_NOW": "2026-11-25T10:30"})
    licensed("close", str(data["id"]), "--resolution", "Готово", env={"DESK_NOW": "2026-11-25T11:00"})
    assert licensed.json("show", str(data["id"]), "--json")["status"] == "resolved"
    reopened = licensed.json("reply", str(data["id"]), "--customer", "--body", "Снова пусто. Почему?",
                             "--json", env={"DESK_NOW": "2026-11-26T09:30"})
    assert reopened["status"] == "open"
    assert reopened["due_at"] == "2026-11-26T14:30:00+03:00"


@pytest.mark.parametrize("given", ["", "   ", "\n\t"])
def test_a_blank_resolution_is_none_as_a_close_without_one(licensed, given) -> None:
    """A script's empty $RESOLUTION closed with "resolution": "" (or "   ") where a close
    without --resolution gives null, so `select(.resolution)` told them apart; the screen
    already read an empty answer as none."""
    data = open_request(licensed)
    closed = licensed.json("close", str(data["id"]), "--resolution", given, "--json")
    assert closed["status"] == "resolved" and closed["resolution"] is None
    assert licensed.json("show", str(data["id"]), "--json")["resolution"] is None
    exported = licensed.json("export", "--format", "json", "--fields", "id,resolution")
    assert exported == [{"id": data["id"], "resolution": None}]


@pytest.mark.parametrize("command", [["escalate"], ["reopen"], ["reject", "--reason", "off_topic"]])
def test_an_empty_note_is_refused_by_every_command_that_takes_one(licensed, isolation, command) -> None:
    """`desk escalate 1 --note ""` escalated without a word, where "   " and reopen's or
    reject's empty --note were refused: a script's empty $NOTE is one mistake, one answer."""
    data = open_request(licensed)
    if command == ["reopen"]:
        licensed("close", str(data["id"]))
    def stored() -> list[bytes]:
        return [path.read_bytes() for path in sorted(isolation.glob("desk.db*")) if path.name != "desk.db-shm"]

    before = stored()
    result = licensed(command[0], str(data["id"]), *command[1:], "--note", "", code=2)
    assert_one_error_line(result)
    assert "note must not be empty" in result.stderr
    assert stored() == before


def test_internal_note_changes_nothing(licensed) -> None:
    data = open_request(licensed)
    after = licensed.json("reply", str(data["id"]), "--internal", "--body", "Похоже на баг", "--json")
    assert after["status"] == "open" and after["due_at"] == data["due_at"]


def test_escalate_assign_and_recategorise(licensed) -> None:
    data = open_request(licensed, at="2026-11-25T10:00", category="usage")
    rid = str(data["id"])
    assert licensed.json("escalate", rid, "--json")["line"] == 2
    assert licensed.json("escalate", rid, "--line", "4", "--note", "Вопрос к вендору модуля", "--json")["line"] == 4
    assert licensed.json("assign", rid, "anna", "--json")["assignee"] == "anna"
    edited = licensed.json("edit", rid, "--category", "emergency", "--json")
    assert edited["due_at"] == "2026-11-25T12:00:00+03:00"
    assert [r["id"] for r in licensed.json("queue", "--line", "4", "--assignee", "anna", "--json")] == [data["id"]]
    assert licensed.json("queue", "--line", "1", "--json") == []
    actions = [e["action"] for e in licensed.json("show", rid, "--json")["history"]]
    assert actions == ["opened", "escalated", "escalated", "assigned", "recategorised"]
    assert all(e["agent"] == "tester" for e in licensed.json("show", rid, "--json")["history"])


def test_taking_over_another_agents_request_is_said(licensed) -> None:
    rid = str(open_request(licensed)["id"])
    assert licensed("--agent", "anna", "assign", rid, "me").stderr == ""
    took = licensed("--agent", "bob", "assign", rid, "me")
    assert "notice: #1 was assigned to anna" in took.stderr
    assert licensed("--agent", "bob", "assign", rid, "-").stderr == ""  # giving back one's own says nothing


def test_acting_agent_comes_from_the_option_first(licensed) -> None:
    data = open_request(licensed)
    licensed("--agent", "boris", "assign", str(data["id"]), "anna")
    history = licensed.json("show", str(data["id"]), "--json")["history"]
    assert history[-1]["agent"] == "boris"


def test_queue_filters(licensed) -> None:
    open_request(licensed, at="2026-11-25T09:00", category="emergency")  # due 11:00
    open_request(licensed, at="2026-11-25T10:00", category="usage")      # due 15:00
    at_noon = {"DESK_NOW": "2026-11-25T12:00"}
    assert [r["category"] for r in licensed.json("queue", "--overdue", "--json", env=at_noon)] == ["emergency"]
    assert [r["category"] for r in licensed.json("queue", "--category", "usage", "--json", env=at_noon)] == ["usage"]
    assert len(licensed.json("queue", "--due-within", "2h", "--json", env=at_noon)) == 1
    assert len(licensed.json("queue", "--due-within", "3h", "--json", env=at_noon)) == 2
    assert len(licensed.json("queue", "--limit", "1", "--json", env=at_noon)) == 1


def test_overdue_report_for_cron(licensed) -> None:
    open_request(licensed, at="2026-11-25T09:00", category="emergency")
    quiet = licensed("queue", "--overdue", "--check", env={"DESK_NOW": "2026-11-25T10:00"})
    assert quiet.stdout == "" and quiet.stderr == ""
    loud = licensed("queue", "--overdue", "--check", env={"DESK_NOW": "2026-11-25T11:40"}, code=1)
    assert loud.stdout.startswith("#1  -0h 40m  emergency")
    assert "\x1b" not in loud.stdout


@pytest.mark.parametrize("fields", [[], ["--fields", "id,due_at"]])
def test_an_overdue_report_in_csv_is_empty_when_nothing_is_overdue(licensed, fields) -> None:
    """SPEC 5: --overdue prints nothing when nothing is overdue, so cron mails nothing (a CSV
    header alone was mailed every run: scripter QA)."""
    open_request(licensed, at="2026-11-25T09:00", category="emergency")
    quiet = licensed("queue", "--overdue", "--format", "csv", *fields, env={"DESK_NOW": "2026-11-25T10:00"})
    assert quiet.stdout == "" and quiet.stderr == ""
    loud = licensed("queue", "--overdue", "--format", "csv", *fields, env={"DESK_NOW": "2026-11-25T11:40"})
    header, row = loud.stdout.splitlines()
    assert header.startswith("id,") and row.startswith("1,")


def test_queue_table_shows_countdowns(licensed) -> None:
    open_request(licensed, at="2026-11-25T09:00", category="emergency")
    open_request(licensed, at="2026-11-25T09:00", category="usage", subject="[bold]Не[/bold] работает")
    out = licensed("queue", env={"DESK_NOW": "2026-11-25T11:40", "COLUMNS": "80"}).stdout
    assert "-0h 40m" in out and "2h 20m" in out
    assert "[bold]Не[/bold]" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_empty_queue_json_is_an_empty_list(licensed) -> None:
    assert licensed("queue", "--json").stdout.strip() == "[]"


@pytest.mark.parametrize("args", [["queue", "--overdue", "--check"], ["queue", "--json"], ["show", "1"],
                                  ["export"], ["license", "list"], ["report", "sla"], ["kb", "list"]])
def test_reading_a_missing_database_is_an_error_and_creates_nothing(desk, isolation, args) -> None:
    typo = isolation / "typo" / "desk.db"
    result = desk("--db", str(typo), *args, code=5)
    assert_one_error_line(result)
    assert "no desk database" in result.stderr
    assert not typo.parent.exists()


def test_body_from_stdin_and_file(licensed, tmp_path) -> None:
    result = licensed("open", "-l", "HC-1", "--pin", "4321", "-v", "6.9.1", "-c", "usage", "--site",
                      "https://a.example", "-s", "Из stdin", "--json", input=BODY.encode())
    rid = json.loads(result.stdout)["id"]
    assert licensed.json("show", str(rid), "--json")["messages"][0]["body"] == BODY
    path = tmp_path / "body.txt"
    path.write_text(BODY, encoding="utf-8")
    licensed("open", "-l", "HC-1", "--pin", "4321", "-v", "6.9.1", "-c", "usage", "--site",
             "https://a.example", "-s", "Из файла", "--body-file", str(path), "--json")


def snapshot(desk) -> str:
    return desk("export", "--format", "json", "--messages").stdout + desk("license", "list", "--json").stdout


@pytest.mark.parametrize(
    "args,pin,code",
    [
        (["-v", "6.9", "-c", "usage", "--site", "https://a.example", "-s", "S", "--body", BODY], "4321", 0),
        (["-v", "six", "-c", "usage", "--site", "https://a.example", "-s", "S", "--body", BODY], "4321", 2),
        (["-v", "6.9.1", "-c", "urgent", "--site", "https://a.example", "-s", "S", "--body", BODY], "4321", 2),
        (["-v", "6.9.1", "-c", "usage", "--site", "ftp://a.example", "-s", "S", "--body", BODY], "4321", 2),
        (["-v", "6.9.1", "-c", "usage", "--site", "https://", "-s", "S", "--body", BODY], "4321", 2),
        (["-v", "6.9.1", "-c", "usage", "--site", "https://a.example", "-s", " ", "--body", BODY], "4321", 2),
        (["-v", "6.9.1", "-c", "usage", "--site", "https://a.example", "-s", "S", "--body", " "], "4321", 2),
        (["-v", "6.9.1", "-c", "usage", "--site", "https://a.example", "-s", "S", "--body", BODY], "", 2),
        (["-v", "6.9.1", "-c", "usage", "--site", "https://a.example", "-s", "S", "--body", BODY], "0000", 4),
        (["-v", "6.9.1", "-c", "usage", "--site", "https://a.example", "-s", "S", "--body", BODY,
          "--edition", "Корпорация"], "4321", 2),
    ],
)
def test_open_refuses_bad_input_and_stores_nothing(licensed, args, pin, code) -> None:
    before = snapshot(licensed)
    result = licensed("open", "-l", "HC-1", *args, env={"DESK_PIN": pin}, code=code)
    if code:
        assert_one_error_line(result)
        assert snapshot(licensed) == before
        assert "4321" not in result.stderr and "0000" not in result.stderr


def test_unknown_license_and_wrong_pin_share_one_message(licensed) -> None:
    common = ["-v", "6.9.1", "-c", "usage", "--site", "https://a.example", "-s", "S", "--body", BODY]
    unknown = licensed("open", "-l", "HC-404", "--pin", "4321", *common, code=4)
    wrong = licensed("open", "-l", "HC-1", "--pin", "9999", *common, code=4)
    assert unknown.stderr == wrong.stderr


@pytest.mark.parametrize(
    "args,code",
    [
        (["show", "999"], 3),
        (["show", "abc"], 2),
        (["reply", "999", "--body", "x"], 3),
        (["close", "999"], 3),
        (["assign", "999", "anna"], 3),
        (["escalate", "999"], 3),
        (["license", "show", "NOPE"], 3),
        (["license", "add", "HC-2", "--edition", "Платиновая", "--price", "1", "--purchased", "2026-01-01"], 2),
        (["license", "add", "HC-2", "--edition", "Бизнес", "--price", "-1", "--purchased", "2026-01-01"], 2),
        (["license", "add", "HC-2", "--edition", "Бизнес", "--price", "1.001", "--purchased", "2026-01-01"], 2),
        (["license", "add", "HC-2", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-02-30"], 2),
        (["license", "add", "HC-1", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-01-01"], 2),
        (["queue", "--due-within", "soon"], 2),
        (["export", "--status", "lost"], 2),
        (["export", "--since", "yesterday"], 2),
    ],
)
def test_error_paths_exit_codes_and_nothing_changes(licensed, args, code) -> None:
    open_request(licensed)
    before = snapshot(licensed)
    result = licensed(*args, env={"DESK_PIN": "1"}, code=code)
    assert_one_error_line(result)
    assert snapshot(licensed) == before


def test_closed_requests_refuse_agent_actions(licensed) -> None:
    data = open_request(licensed)
    licensed("close", str(data["id"]))
    for args in (["close", str(data["id"])], ["reply", str(data["id"]), "--body", "x"],
                 ["escalate", str(data["id"])]):
        assert_one_error_line(licensed(*args, code=2))


def test_unknown_edition_lists_the_configured_ones(desk) -> None:
    result = desk("license", "add", "X-1", "--pin", "1", "--edition", "Gold", "--price", "1",
                  "--purchased", "2026-01-01", code=2)
    assert "Халява" in result.stderr and "Корпорация" in result.stderr


def test_export_csv_neutralises_formulas_and_has_a_header(licensed) -> None:
    open_request(licensed, subject="=HYPERLINK(\"http://evil\")")
    out = licensed("export").stdout
    lines = out.splitlines()
    assert lines[0].startswith("id,license,customer")
    assert "'=HYPERLINK" in out


def test_export_filters_and_messages(licensed, tmp_path) -> None:
    open_request(licensed, at="2026-11-20T10:00")
    second = open_request(licensed, at="2026-11-25T10:00")
    licensed("close", str(second["id"]))
    assert [r["id"] for r in licensed.json("export", "--format", "json", "--since", "2026-11-21")] == [second["id"]]
    assert [r["id"] for r in licensed.json("export", "--format", "json", "--until", "2026-11-20")] == [1]
    assert [r["status"] for r in licensed.json("export", "--format", "json", "--status", "resolved")] == ["resolved"]
    both = licensed.json("export", "--format", "json", "--status", "open,resolved")
    assert [r["status"] for r in both] == ["open", "resolved"]
    assert licensed.json("export", "--format", "json", "--status", "open", "--status", "resolved") == both
    with_messages = licensed.json("export", "--format", "json", "--messages")
    assert with_messages[0]["messages"][0]["body"] == BODY
    lines = licensed("export", "--format", "jsonl").stdout.splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["id"] == 1
    target = tmp_path / "out.csv"
    licensed("export", "--messages", "-o", str(target))
    assert target.read_text(encoding="utf-8-sig").startswith("request_id,id,at,author,kind,body,flags,reasons,met_due")


@pytest.mark.fresh_file
def test_demo_builds_a_separate_database(desk, isolation) -> None:
    result = desk("demo")
    assert "Explore it: desk --db" in result.stdout
    path = result.stdout.split("Explore it: desk --db ")[1].split(" queue")[0]
    assert result.stdout.strip().splitlines()[-1] == f"Or for every command in this shell: export DESK_DB={path}"
    assert not (isolation / "desk.db").exists()
    queue = desk.json("--db", path, "queue", "--json")
    assert {r["category"] for r in queue} == {"emergency", "usage", "installation", "technical"}
    assert any(r["overdue"] for r in queue) and any(not r["overdue"] for r in queue)
    exported = desk.json("--db", path, "export", "--format", "json")
    assert {"answered", "rejected", "open"} <= {r["status"] for r in exported}
    assert [a["title"] for a in desk.json("--db", path, "kb", "search", "кеш", "--json")] == ["Очистка кеша"]
    shown = desk.json("--db", path, "template", "show", "docs", "--for", "11", "--json")
    assert "https://www.hostcms.ru/documentation/modules/shop/1c/" in shown["body"]
    # The README's demo PIN opens a request on the demo desk.
    opened = desk.json("--db", path, "open", "-l", "HC-1001", "--pin-file", "-", "-v", "7.1.2", "-c", "usage",
                       "--site", "https://www.example.ru/", "-s", "Кеш", "--body", "Как очистить кеш шаблона?",
                       "--json", input="4321\n")
    assert opened["status"] == "open"
    desk("demo")  # rebuilt, not appended to
    assert len(desk.json("--db", path, "export", "--format", "json")) == len(exported)


@pytest.mark.fresh_file
def test_an_interrupted_demo_leaves_the_last_one_and_no_half_desk(desk, isolation, monkeypatch) -> None:
    """Ctrl-C in the middle of a rebuild: exit 130, the previous demo as it was, nothing half
    built left behind, and the next run builds it again."""
    from deskcli.services import requests

    built = isolation / "demo.db"
    desk("demo", "--path", str(built))
    before = desk("--db", str(built), "export", "--format", "json").stdout
    replies = []

    def interrupted(*args, **kwargs):
        replies.append(args)
        raise KeyboardInterrupt

    monkeypatch.setattr(requests, "reply", interrupted)
    result = desk("demo", "--path", str(built), code=130)
    assert replies and "nothing was changed" in result.stderr
    assert desk("--db", str(built), "export", "--format", "json").stdout == before
    assert [path.name for path in isolation.iterdir() if "building" in path.name] == []
    monkeypatch.undo()
    desk("demo", "--path", str(built))


def test_purchase_date_cannot_be_rewritten_under_renewals(licensed) -> None:
    licensed("license", "renew", "HC-1", "--on", "2027-05-01", env={"DESK_NOW": "2027-05-01T10:00"})
    before = licensed.json("license", "show", "HC-1", "--json")
    assert_one_error_line(licensed("license", "edit", "HC-1", "--purchased", "2026-07-01", code=2))
    assert licensed.json("license", "show", "HC-1", "--json") == before


def test_a_target_change_recalculates_open_deadlines(licensed) -> None:
    open_request(licensed, at="2026-11-25T10:00", category="usage")            # due 15:00
    licensed("policy", "set", "targets.usage", "60")
    assert licensed.json("queue", "--json")[0]["due_at"] == "2026-11-25T11:00:00+03:00"


def test_a_calendar_change_recalculates_open_deadlines(licensed, isolation) -> None:
    open_request(licensed, at="2026-11-25T10:00", category="usage")            # due 15:00
    answered = open_request(licensed, at="2026-11-25T10:00", category="usage", subject="Другой",
                            body="Почему не приходят письма о заказах?")
    licensed("reply", str(answered["id"]), "--body", "Ответ")
    licensed("policy", "set", "calendar.hours.wed", "09:00-13:00,14:00-18:00")
    queue = licensed.json("queue", "--json")
    assert [r["due_at"] for r in queue] == ["2026-11-25T16:00:00+03:00"]   # the lunch hour no longer counts
    history = licensed.json("show", "1", "--json")["history"]
    assert history[-1]["action"] == "deadline recalculated"
    assert licensed.json("show", str(answered["id"]), "--json")["history"][-1]["action"] == "answered"
    licensed.json("queue", "--json")
    assert len(licensed.json("show", "1", "--json")["history"]) == len(history)  # only once


def test_a_deadline_at_closing_time_is_overdue_once_passed(licensed) -> None:
    open_request(licensed, at="2026-11-25T16:00", category="emergency")   # due 18:00, the close
    after = {"DESK_NOW": "2026-11-25T18:30"}
    record = licensed.json("queue", "--json", env=after)[0]
    assert record["remaining_minutes"] == 0 and record["overdue"] is True
    listed = licensed("queue", "--overdue", "--check", env=after, code=1).stdout
    assert listed.startswith("#1  -0h 00m")
    assert licensed.json("queue", "--json", env={"DESK_NOW": "2026-11-25T17:59"})[0]["overdue"] is False


def test_demo_never_overwrites_a_file_it_did_not_build(desk, isolation) -> None:
    notes = isolation / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    assert_one_error_line(desk("demo", "--path", str(notes), code=2))
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    other = isolation / "other.db"
    add_license(desk)
    desk("--db", str(other), "license", "add", "X-1", "--pin", "1", "--edition", "Бизнес", "--price", "1",
         "--purchased", "2026-01-01")
    before = desk("--db", str(other), "license", "list", "--json").stdout
    assert_one_error_line(desk("demo", "--path", str(other), code=2))
    assert desk("--db", str(other), "license", "list", "--json").stdout == before
    built = isolation / "demo.db"
    desk("demo", "--path", str(built))
    desk("demo", "--path", str(built))  # its own demo is rebuilt


def test_a_demo_path_in_a_missing_folder_is_named_as_asked(desk, isolation) -> None:
    target = isolation / "no-such-folder" / "d.db"
    result = desk("demo", "--path", str(target), code=2)
    assert_one_error_line(result)
    assert f"cannot create {target}" in result.stderr and ".building" not in result.stderr
    assert not target.parent.exists()


@pytest.mark.parametrize("real", ["missing", "empty", "garbage"])
def test_demo_builds_whatever_the_real_database_is(desk, isolation, real) -> None:
    """The demo never reads the real desk (QA: a garbage DESK_DB failed `desk demo --path X`
    and left the half-built file behind)."""
    db = isolation / "real.db"
    if real != "missing":
        db.write_bytes(b"" if real == "empty" else b"not a database at all" * 100)
    built = isolation / "demo.db"
    result = desk("demo", "--path", str(built), "--json", env={"DESK_DB": str(db)})
    assert json.loads(result.stdout) and built.exists()
    assert [path.name for path in isolation.iterdir() if "building" in path.name] == []
    assert db.exists() == (real != "missing")


def test_a_data_directory_that_is_a_file_is_one_error_line(desk, isolation) -> None:
    blocker = isolation / "data-is-a-file"
    blocker.write_text("", encoding="utf-8")
    result = desk("demo", env={"XDG_DATA_HOME": str(blocker)}, code=5)
    assert_one_error_line(result)
    assert "Not a directory" in result.stderr


def test_license_numbers_are_trimmed_everywhere(licensed) -> None:
    licensed("license", "edit", " HC-1 ", "--customer", "Новое имя")
    assert licensed.json("license", "show", "HC-1", "--json")["customer"] == "Новое имя"
    licensed("license", "renew", " HC-1", "--on", "2027-05-01", env={"DESK_NOW": "2027-05-01T10:00"})
    licensed("check-eligibility", " HC-1", "--pin", " 4321 ", "--category", "usage")


def test_invalid_utf8_on_the_command_line_is_a_usage_error(licensed) -> None:
    result = licensed("open", "-l", "HC-1", "--pin", "4321", "-v", "6.9.1", "-c", "usage", "--site",
                      "https://a.example", "-s", "bad\udcff", "--body", BODY, code=2)
    assert_one_error_line(result)


def test_escalation_stops_at_the_last_line_even_from_a_row_past_it(licensed, isolation) -> None:
    """A row an older deskcli left at the largest integer is refused cleanly instead of
    overflowing SQLite's integer (OverflowError, exit 70, before)."""
    import sqlite3

    data = open_request(licensed)
    licensed("escalate", str(data["id"]), "--line", "4")
    assert_one_error_line(licensed("escalate", str(data["id"]), code=2))
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("UPDATE requests SET line = ? WHERE id = ?", (2**63 - 1, data["id"]))
    conn.commit()
    conn.close()
    before = snapshot(licensed)
    result = licensed("escalate", str(data["id"]), code=2)
    assert_one_error_line(result)
    assert "last line" in result.stderr
    assert snapshot(licensed) == before


def test_a_message_heading_names_its_writer_once(licensed) -> None:
    """A customer's message is written by "customer": its heading says so once; an agent's
    heading names the agent beside what it is."""
    open_request(licensed)
    licensed("reply", "1", "--body", "Очистите кеш.")
    headings = [line for line in licensed("show", "1").stdout.splitlines() if line.startswith("2026-")]
    assert headings[:2] == ["2026-11-25T10:00:00+03:00  customer", "2026-11-25T10:00:00+03:00  agent  tester"]


def test_search_takes_the_license_in_any_case_and_names_an_unknown_one(licensed) -> None:
    open_request(licensed)
    assert [hit["id"] for hit in licensed.json("search", "корзина", "-l", "hc-1", "--json")] == [1]
    assert "not found" in licensed("search", "корзина", "-l", "HC-404", code=3).stderr


@pytest.mark.parametrize("command", [["queue"], ["show", "1"], ["license", "list"], ["calendar", "--year", "2026"],
                                     ["tag", "list"], ["template", "list"], ["policy", "show"], ["config", "show"]])
def test_fields_without_a_format_print_those_fields_as_json(desk, command) -> None:
    """A table has its own columns: --fields alone asks for JSON rather than being dropped."""
    add_license(desk)
    open_request(desk)
    field = {"queue": "id", "show": "status", "license": "number", "calendar": "working_days", "tag": "tag",
             "template": "name", "policy": "currency", "config": "agent"}[command[0]]
    data = desk.json(*command, "--fields", field)
    records = data if isinstance(data, list) else [data]
    assert all(list(record) == [field] for record in records), data


def test_an_empty_queue_says_whether_the_filters_left_nothing(desk) -> None:
    assert desk("queue").stdout == "No open requests.\n"
    add_license(desk)
    open_request(desk)
    for filters in (["--tag", "nope"], ["--line", "3"], ["-c", "installation"], ["--assignee", "anna"]):
        assert desk("queue", *filters).stdout == "No open requests match these filters.\n", filters
    assert desk("queue", "--overdue").stdout == ""  # cron's form: nothing at all


def test_a_pin_written_into_a_request_or_a_customer_message_is_not_kept(desk, isolation) -> None:
    """A web form's text may carry the PIN itself: masked before anything is stored."""
    add_license(desk)
    opened = open_request(desk, subject="Мой PIN 4321", body="Лицензия HC-1, пин-код: 4321. Почему пустая корзина?")
    assert opened["status"] == "open" and opened["subject"] == "Мой PIN ***"
    desk("reply", str(opened["id"]), "--customer", "--body", "Мой PIN=4321, почему так и не заработало?")
    import sqlite3

    # Every table's text but the PIN's hash, and the schema's checksums (numbers that may hold
    # any four digits: the crc of a trigger's SQL once read 1043219978).
    with sqlite3.connect(isolation / "desk.db") as conn:
        dump = "\n".join(line for line in conn.iterdump()
                          if not line.startswith(('INSERT INTO "licenses"', 'INSERT INTO "schema_digest"')))
    assert "4321" not in dump and "***" in dump
    # the PIN as a word of its own: the export's salted hash may hold 4321 among its hex digits
    assert not re.search(r"\b4321\b", desk("show", str(opened["id"]), "--json").stdout + desk("export", "--all").stdout)


def test_a_request_is_named_by_its_number_with_or_without_the_hash(licensed) -> None:
    """SPEC 1 writes a request as #42, so "#42" (quoted for the shell) names it wherever a
    request number goes; "##42" and "#" alone are still not numbers."""
    from tests.conftest import assert_one_error_line

    first, second = open_request(licensed)["id"], open_request(licensed, subject="Дубль")["id"]
    assert licensed.json("show", f"#{first}", "--json")["id"] == first
    licensed("reply", f"#{first}", "--internal", "--body", "Заметка.")
    merged = licensed.json("merge", f"#{second}", "--into", f"#{first}", "--json")
    assert merged["id"] == first and merged["merged_from"] == [second]
    for bad in (f"##{first}", "#", "#1.5"):
        refused = licensed("show", bad, code=2)
        assert_one_error_line(refused)
        assert f"{bad!r} is not a whole number" in refused.stderr  # as written, not without its #
    assert_one_error_line(licensed("queue", "--limit", "#2", code=2))  # a count, not a request
