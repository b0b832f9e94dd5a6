"""``desk merge SOURCE --into TARGET``: one thread, pointers both ways, both deadlines kept."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


@pytest.fixture
def pair(desk):
    add_license(desk)
    target = open_request(desk, at="2026-11-25T09:00", category="usage", subject="Пустая корзина")  # due 14:00
    desk("reply", str(target["id"]), "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T09:30"})
    source = open_request(desk, at="2026-11-25T10:00", category="emergency", subject="Корзина снова пустая",
                          body="Корзина опять пустая, заказы не оформляются. Что делать?")  # due 12:00
    desk("tag", str(source["id"]), "+дубль")
    return desk, source["id"], target["id"]


def test_messages_and_history_join_the_target_in_time_order(pair) -> None:
    desk, source, target = pair
    merged = desk.json("merge", str(source), "--into", str(target), "--json", env={"DESK_NOW": "2026-11-25T10:30"})
    assert merged["id"] == target and merged["status"] == "open"
    assert merged["due_at"] == "2026-11-25T12:00:00+03:00"  # the waiting customer's deadline
    assert merged["tags"] == ["дубль"]
    shown = desk.json("show", str(target), "--json")
    assert [m["at"] for m in shown["messages"]] == sorted(m["at"] for m in shown["messages"])
    assert [m["kind"] for m in shown["messages"]] == ["customer", "agent", "customer"]
    assert shown["merged_from"] == [source] and shown["merged_into"] is None
    deadlines = [e for e in shown["history"] if e["action"] == "merged deadlines"][0]
    assert deadlines["before"]["due_at"] == "2026-11-25T14:00:00+03:00"
    assert deadlines["after"]["merged_due_at"] == "2026-11-25T12:00:00+03:00"
    assert "opened" in [e["action"] for e in shown["history"] if e["at"].startswith("2026-11-25T10:00")]


def test_the_merge_prints_what_it_merged_as_show_does(pair) -> None:
    desk, source, target = pair
    picked = desk.json("merge", str(source), "--into", str(target), "--fields", "id,merged_from,merged_into")
    assert picked == {"id": target, "merged_from": [source], "merged_into": None}
    assert desk.json("show", str(target), "--fields", "merged_from") == {"merged_from": [source]}
    table = desk("show", str(target)).stdout
    assert f"#{source}" in table


def test_the_view_names_merges_only_where_there_are_some(pair) -> None:
    desk, source, target = pair
    unmerged = desk("show", str(target)).stdout
    assert "merged_into" not in unmerged and "merged_from" not in unmerged
    assert desk.json("show", str(target), "--json")["merged_from"] == []  # JSON keeps every key
    desk("merge", str(source), "--into", str(target))
    target_rows = [line.split() for line in desk("show", str(target)).stdout.splitlines() if line.startswith("merged")]
    source_rows = [line.split() for line in desk("show", str(source)).stdout.splitlines() if line.startswith("merged")]
    assert target_rows == [["merged_from", f"#{source}"]]
    assert source_rows == [["merged_into", f"#{target}"]]


def test_the_history_says_what_the_merge_changed_and_nothing_that_stayed(pair) -> None:
    """The target's history in words: whose clock it now runs on, its deadline before and
    after; not "status open → open" or the column's name for the clock ("clock category none")."""
    desk, source, target = pair
    desk("merge", str(source), "--into", str(target), env={"DESK_NOW": "2026-11-25T10:30"})
    history = desk("show", str(target), env={"COLUMNS": "200"}).stdout.split("History")[1]
    merged = next(line for line in history.splitlines() if " merged: " in line)
    assert "deadline by its own category → emergency" in merged, merged
    deadlines = next(line for line in history.splitlines() if "merged deadlines:" in line)
    assert "due at 14:00 → 12:00" in deadlines and f"merged from #{source}" in deadlines, deadlines
    assert "open → open" not in history and "clock category" not in history, history
    away = desk("show", str(source), env={"COLUMNS": "200"}).stdout.split("History")[1]
    assert f"merged into none → #{target}" in away, away


def test_the_source_is_closed_as_merged_and_points_at_the_target(pair) -> None:
    desk, source, target = pair
    desk("merge", str(source), "--into", str(target))
    shown = desk.json("show", str(source), "--json")
    assert shown["status"] == "resolved" and shown["merged_into"] == target and shown["messages"] == []
    assert [e["action"] for e in shown["history"]] == ["merged away"]
    assert [r["id"] for r in desk.json("queue", "--json")] == [target]
    result = desk("reply", str(source), "--body", "Ответ не туда", code=2)
    assert_one_error_line(result)
    assert f"merged into #{target}" in result.stderr
    # The customer writing to the old thread is heard in the request it joined.
    landed = desk.json("reply", str(source), "--customer", "--body", "Ещё вопрос: почему не работает оплата?",
                       "--json")
    assert landed["id"] == target
    assert desk.json("show", str(target), "--json")["messages"][-1]["body"].startswith("Ещё вопрос")
    assert [h["id"] for h in desk.json("search", "заказы оформляются", "--json")] == [target]


def test_a_source_no_one_waits_on_leaves_the_target_clock_alone(pair) -> None:
    desk, source, target = pair
    desk("reply", str(source), "--body", "Проверьте модуль заказов.")
    merged = desk.json("merge", str(source), "--into", str(target), "--json")
    assert merged["status"] == "answered" and merged["due_at"] is None


def test_temporary_access_moves_with_the_thread(pair, isolation) -> None:
    desk, source, target = pair
    creds = isolation / "creds.toml"
    creds.write_text('kind = "ftp"\naddress = "ftp.shop.example.ru"\nlogin = "tmp"\npassword = "s3cret"\n')
    desk("access", "add", str(source), "--from-file", str(creds))
    desk("merge", str(source), "--into", str(target))
    conn = sqlite3.connect(isolation / "desk.db")
    rows = conn.execute("SELECT request_id FROM access").fetchall()
    conn.close()
    assert rows == [(target,)]
    assert "s3cret" in desk("access", "show", str(target), "--json").stdout


def test_the_source_s_access_is_erased_when_the_target_has_its_own(pair, isolation) -> None:
    desk, source, target = pair
    for request_id, password in ((source, "s3cret-old"), (target, "s3cret-new")):
        creds = isolation / f"creds{request_id}.toml"
        creds.write_text(f'kind = "ftp"\naddress = "ftp.shop.example.ru"\nlogin = "tmp"\npassword = "{password}"\n')
        desk("access", "add", str(request_id), "--from-file", str(creds))
    conn = sqlite3.connect(isolation / "desk.db")
    sealed = conn.execute("SELECT sealed FROM access WHERE request_id = ?", (source,)).fetchone()[0]
    # Kept open, as another agent's would be: the merge's own close then leaves the WAL in place.
    merged = desk("merge", str(source), "--into", str(target))
    assert f"#{source}'s temporary ftp access erased" in merged.stderr and "delete that temporary" in merged.stderr
    assert conn.execute("SELECT request_id FROM access").fetchall() == [(target,)]
    assert conn.execute("SELECT count(*) FROM messages WHERE kind = 'closing' "
                        "AND body LIKE '%delete the temporary ftp user%'").fetchone()[0] == 1
    # Erased as closing erases: zeroed in the page and checkpointed out of the WAL.
    stored = b"".join(path.read_bytes() for path in isolation.glob("desk.db*"))
    conn.close()
    assert sealed.encode() not in stored
    assert "s3cret-new" in desk("access", "show", str(target), "--json").stdout


def test_access_merged_into_a_request_that_stays_closed_is_erased(pair, isolation) -> None:
    """An answered duplicate merged into a resolved request left its credentials readable on a
    closed request for good (QA): credentials live only while a request is open (2.12)."""
    desk, source, target = pair
    desk("reply", str(source), "--body", "Проверьте модуль заказов.")  # answered: no one waits
    creds = isolation / "creds.toml"
    creds.write_text('kind = "ftp"\naddress = "ftp.shop.example.ru"\nlogin = "tmp"\npassword = "s3cret"\n')
    desk("access", "add", str(source), "--from-file", str(creds))
    desk("close", str(target), "--no-mail")
    merged = desk("merge", str(source), "--into", str(target), "--json")
    assert json.loads(merged.stdout)["status"] == "resolved"
    assert f"#{source}'s temporary ftp access erased (#{target} is closed)" in merged.stderr
    conn = sqlite3.connect(isolation / "desk.db")
    assert conn.execute("SELECT count(*) FROM access").fetchone()[0] == 0
    conn.close()
    result = desk("access", "show", str(target), code=None)
    assert result.exit_code != 0 and "s3cret" not in result.stdout + result.stderr
    kinds = [m["kind"] for m in desk.json("show", str(target), "--json")["messages"]]
    assert "closing" in kinds  # the reminder to delete the temporary user, in the thread it joined


@pytest.mark.parametrize("make_args,code,words", [
    (lambda s, t: [str(s), "--into", str(s)], 2, "into itself"),
    (lambda s, t: [str(s), "--into", "999"], 3, "not found"),
    (lambda s, t: ["999", "--into", str(t)], 3, "not found"),
])
def test_refusals(pair, make_args, code, words) -> None:
    desk, source, target = pair
    result = desk("merge", *make_args(source, target), code=code)
    assert_one_error_line(result)
    assert words in result.stderr


def test_only_one_license_requests_merge_and_nothing_changes(pair, isolation) -> None:
    desk, source, target = pair
    add_license(desk, number="HC-2")
    other = open_request(desk, license="HC-2", subject="Чужой вопрос")
    before = (isolation / "desk.db").read_bytes()
    result = desk("merge", str(other["id"]), "--into", str(target), code=2)
    assert_one_error_line(result)
    assert "different licenses" in result.stderr
    assert desk.json("show", str(other["id"]), "--json")["status"] == "open"
    desk("merge", str(source), "--into", str(target))
    again = desk("merge", str(source), "--into", str(target), code=2)
    assert "already merged" in again.stderr
    into_merged = desk("merge", str(target), "--into", str(source), code=2)
    assert "already merged" in into_merged.stderr
    assert before  # the refused merges above wrote nothing they could leave half done


def test_mail_to_a_merged_thread_lands_in_the_target_with_attachments(desk, isolation) -> None:
    from tests.mail.desk_seed import corpus, seed

    seed(desk, isolation)
    desk("policy", "set", "mail.attachment_limit", "20000")
    attached = json.loads(desk("mail-in", "--json", input=corpus("oversized_attachment.eml")).stdout)[0]
    assert attached["request_id"] == 42
    target = json.loads(desk("open", "-l", "HC-1001", "--pin", "7788", "-v", "6.9.1", "-c", "usage", "--site",
                             "https://shop.example.ru/", "-s", "Сайт снова не открывается", "--body",
                             "После обновления опять ошибка 500 на главной. Что делать?", "--json").stdout)["id"]
    desk("merge", "42", "--into", str(target))
    conn = sqlite3.connect(isolation / "desk.db")
    assert {row[0] for row in conn.execute("SELECT request_id FROM attachments")} == {target}
    conn.close()
    received = json.loads(desk("mail-in", "--json", input=corpus("gmail_ru_reply_desk_tag.eml")).stdout)[0]
    assert received["outcome"] == "clarified" and received["request_id"] == target


REPORT_FIELDS = "response,responses,on_time,unanswered,still_open,breached"


@pytest.mark.parametrize("reply_at,expected_every", [
    # the reply after the merge answers the duplicate's wait, by its earlier deadline (12:00)
    ("2026-11-25T11:00", {"responses": 2, "on_time": 2, "unanswered": 0, "still_open": 0, "breached": 0}),
    # nobody answers: the customer waiting on the duplicate is counted once, breached at 12:00
    (None, {"responses": 1, "on_time": 1, "unanswered": 1, "still_open": 1, "breached": 1}),
])
def test_the_sla_report_counts_a_merged_pair_as_one_customer_waiting(pair, reply_at, expected_every) -> None:
    desk, source, target = pair
    desk("merge", str(source), "--into", str(target), env={"DESK_NOW": "2026-11-25T10:30"})
    if reply_at:
        desk("reply", str(target), "--body", "Перезапустите обмен.", env={"DESK_NOW": reply_at})
    rows = desk.json("report", "sla", "--json", "--fields", REPORT_FIELDS, env={"DESK_NOW": "2026-11-25T15:00"})
    by_response = {row.pop("response"): row for row in rows}
    assert by_response["first"] == {"responses": 1, "on_time": 1, "unanswered": 0, "still_open": 0, "breached": 0}
    assert by_response["every"] == expected_every


@pytest.mark.parametrize("reply_at,first", [
    # nobody answers: the pair's first response is one breach, still open, on the emergency's 12:00
    (None, {"responses": 0, "on_time": 0, "unanswered": 1, "still_open": 1, "breached": 1}),
    # an answer after the merge is the pair's first response, late against 12:00
    ("2026-11-25T13:00", {"responses": 1, "on_time": 0, "unanswered": 0, "still_open": 0, "breached": 1}),
])
def test_a_merged_pair_nobody_answered_waits_for_its_first_response(desk, reply_at, first) -> None:
    """A target never answered that takes its duplicate's earlier clock still waits for its
    first response: the first-response table counted the wait nowhere once the clock had
    begun at another time than the target's creation."""
    add_license(desk)
    target = open_request(desk, at="2026-11-25T09:00", category="usage", subject="Пустая корзина")  # due 14:00
    source = open_request(desk, at="2026-11-25T10:00", category="emergency", subject="Корзина снова пустая",
                          body="Корзина опять пустая, заказы не оформляются. Что делать?")  # due 12:00
    desk("merge", str(source["id"]), "--into", str(target["id"]), env={"DESK_NOW": "2026-11-25T10:30"})
    if reply_at:
        desk("reply", str(target["id"]), "--body", "Перезапустите обмен.", env={"DESK_NOW": reply_at})
    rows = desk.json("report", "sla", "--json", "--fields", REPORT_FIELDS, env={"DESK_NOW": "2026-11-25T15:00"})
    by_response = {row.pop("response"): row for row in rows}
    assert by_response["first"] == first
    assert by_response["every"] == first


def test_merging_into_a_resolved_request_reopens_it_without_its_resolution(pair) -> None:
    desk, source, target = pair
    desk("close", str(target), "--resolution", "Кеш очищен.")
    merged = desk.json("merge", str(source), "--into", str(target), "--json")
    assert (merged["status"], merged["resolution"], merged["closed_at"]) == ("open", None, None)



def test_a_policy_change_keeps_the_deadline_the_merge_brought(pair) -> None:
    desk, source, target = pair
    merged = desk.json("merge", str(source), "--into", str(target), "--json", env={"DESK_NOW": "2026-11-25T10:30"})
    assert merged["due_at"] == "2026-11-25T12:00:00+03:00"  # the emergency's 2 hours from 10:00
    desk("policy", "set", "targets.technical", "200", env={"DESK_NOW": "2026-11-25T10:40"})
    assert desk.json("show", str(target), "--json")["due_at"] == "2026-11-25T12:00:00+03:00"
    desk("policy", "set", "targets.emergency", "60", env={"DESK_NOW": "2026-11-25T10:45"})
    assert desk.json("show", str(target), "--json")["due_at"] == "2026-11-25T11:00:00+03:00"
    # The customer's clarification starts the target's own clock again.
    desk("reply", str(target), "--customer", "--body", "Уточняю: корзина пустая только у гостей. Почему?",
         env={"DESK_NOW": "2026-11-25T11:00"})
    desk("policy", "set", "targets.emergency", "90", env={"DESK_NOW": "2026-11-25T11:05"})
    assert desk.json("show", str(target), "--json")["due_at"] == "2026-11-25T16:00:00+03:00"  # usage: 5 hours


def test_a_rejected_duplicate_merged_away_keeps_no_reasons(pair) -> None:
    desk, source, target = pair
    desk("reject", str(source), "--reason", "out_of_scope", "--no-mail")
    desk("merge", str(source), "--into", str(target))
    shown = desk.json("show", str(source), "--json")
    assert (shown["status"], shown["reasons"]) == ("resolved", [])
    assert any(e["before"].get("reasons") for e in shown["history"] if e["action"] == "merged away")


def test_a_request_merged_away_is_not_reopened(pair, isolation) -> None:
    desk, source, target = pair
    desk("merge", str(source), "--into", str(target))
    before = (isolation / "desk.db").read_bytes()
    result = desk("reopen", str(source), code=2)
    assert_one_error_line(result)
    assert f"merged into #{target}" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before
    assert [r["id"] for r in desk.json("queue", "--json")] == [target]


def test_a_policy_change_after_a_merge_makes_no_deadline_neither_request_had(desk) -> None:
    add_license(desk)
    own = open_request(desk, at="2026-11-25T10:00", category="technical", subject="Импорт CSV",
                       body="Импорт CSV падает с ошибкой. Почему?")            # due 15:00
    duplicate = open_request(desk, at="2026-11-25T10:40", category="emergency", subject="Импорт CSV срочно",
                             body="Импорт CSV падает, сайт стоит. Что делать?")  # due 12:40
    desk("merge", str(duplicate["id"]), "--into", str(own["id"]), env={"DESK_NOW": "2026-11-25T10:45"})
    moved = desk("policy", "set", "targets.usage", "240", env={"DESK_NOW": "2026-11-25T10:50"})
    assert "0 open deadlines moved" in moved.stdout + moved.stderr  # no usage request is open
    assert desk.json("show", str(own["id"]), "--json")["due_at"] == "2026-11-25T12:40:00+03:00"
    # at 12:10 nothing is late: neither 12:40 nor 15:00 has passed (the mix made it 12:00)
    rows = desk.json("report", "sla", "--json", "--fields", "response,breached,breached_original",
                     env={"DESK_NOW": "2026-11-25T12:10"})
    assert all(row["breached"] == row["breached_original"] == 0 for row in rows)


def _codes(flags: list[dict]) -> list[str]:
    return [flag["code"] for flag in flags]


def test_a_duplicate_s_assumed_category_stays_with_it_not_on_the_target(desk, isolation) -> None:
    """Review day 26: mail that named no category (usage assumed) merged into a request an
    agent filed as technical; the target took ``category_assumed`` (⚑ in the queue, "flags
    none → category_assumed" in its history) though its category was chosen, not assumed."""
    from tests.mail.desk_seed import corpus, seed

    seed(desk, isolation)
    mailed = json.loads(desk("mail-in", "--json", input=corpus("yandex_html_only.eml"),
                             env={"DESK_NOW": "2026-12-07T10:40"}).stdout)[0]["request_id"]
    source = desk.json("show", str(mailed), "--json")
    assert source["category"] == "usage" and _codes(source["flags"]) == ["category_assumed"]
    target = json.loads(desk("open", "-l", "HC-1004", "--pin", "5566", "-v", "7.0.2", "-c", "technical", "--site",
                             "https://olga.example.ru/", "-s", "Картинки в новостях", "--body",
                             "После переноса сайта в новостях не показываются картинки. Где это настраивается?",
                             "--json", env={"DESK_NOW": "2026-12-07T10:30"}).stdout)
    assert target["flags"] == []
    desk("merge", str(mailed), "--into", str(target["id"]), env={"DESK_NOW": "2026-12-07T10:50"})
    shown = desk.json("show", str(target["id"]), "--json")
    assert shown["category"] == "technical" and shown["flags"] == []
    queued = {row["id"]: row for row in desk.json("queue", "--json", env={"DESK_NOW": "2026-12-07T11:00"})}
    assert queued[target["id"]]["flags"] == []
    assert "⚑" not in desk("queue", env={"DESK_NOW": "2026-12-07T11:00", "COLUMNS": "120"}).stdout
    assert not [e for e in shown["history"] if e["action"] == "merged" and "flags" in (e["after"] or {})]
    # the finding stays with what it was raised on: the duplicate's own category
    assert _codes(desk.json("show", str(mailed), "--json")["flags"]) == ["category_assumed"]


def test_a_duplicate_without_a_question_leaves_the_target_s_question_unflagged(desk) -> None:
    """Review day 26: ``desk merge 22 --into 18`` gave #18, a clear question, #22's
    ``no_question``. The target keeps its own findings, a merged duplicate's or not."""
    add_license(desk)
    clear = open_request(desk, at="2026-11-25T09:00", subject="Пустая корзина")
    unclear = open_request(desk, at="2026-11-25T09:10", subject="Корзина", body="Здравствуйте!")
    assert clear["flags"] == [] and _codes(unclear["flags"]) == ["no_question"]
    merged = desk.json("merge", str(unclear["id"]), "--into", str(clear["id"]), "--json",
                       env={"DESK_NOW": "2026-11-25T09:20"})
    assert merged["flags"] == []
    # the finding stays on the message it was raised on, which the thread now holds
    moved = [m for m in desk.json("show", str(clear["id"]), "--json")["messages"] if m["body"] == "Здравствуйте!"]
    assert [_codes(m["flags"]) for m in moved] == [["no_question"]]
    # the other way round the target keeps its own no_question: the thread's question is still its own
    again = open_request(desk, at="2026-11-25T09:30", subject="Корзина снова", body="Добрый день.")
    asked = open_request(desk, at="2026-11-25T09:40", subject="Корзина пустая",
                         body="Корзина опять пустая после обновления. Что делать?")
    into_unclear = desk.json("merge", str(asked["id"]), "--into", str(again["id"]), "--json",
                             env={"DESK_NOW": "2026-11-25T09:50"})
    assert _codes(into_unclear["flags"]) == _codes(again["flags"]), again
