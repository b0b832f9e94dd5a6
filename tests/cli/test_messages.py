"""A customer's later messages (SPEC 2.7, 2.8, section 8): a refused message leaves its
request alone, flags belong to messages, thanks do not re-queue, and ``desk reopen``."""

from __future__ import annotations

import pytest

import json
import sqlite3

from deskcli.store import migrations
from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line

QUESTION = "После обновления до 7.1 перестала работать корзина: товары не добавляются. Как это исправить?"
CLARIFICATION = "Уточняю: товары не добавляются только у гостей, у вошедших покупателей всё работает. Почему?"
NOTHING_TO_ANSWER = "Хорошо, посмотрим."
THANKS = "Спасибо, всё заработало!"


def show(desk, rid: int, **kwargs) -> dict:
    return desk.json("show", str(rid), "--json", **kwargs)


def answered(desk) -> dict:
    add_license(desk)
    opened = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    desk("reply", str(opened["id"]), "--body", "Очистите кеш в разделе «Система → Кеш».",
         env={"DESK_NOW": "2026-11-25T10:30"})
    return show(desk, opened["id"])


# -- a refused message is not a refused request -----------------------------------------


def test_a_clarification_the_policy_refuses_leaves_the_request_as_it_was(desk) -> None:
    request = answered(desk)
    desk("policy", "set", "intake.refuse", "no_question")
    result = desk("reply", str(request["id"]), "--customer", "--body", NOTHING_TO_ANSWER, "--json", code=1,
                  env={"DESK_NOW": "2026-11-25T10:45"})
    after = json.loads(result.stdout)
    assert "message refused (no_question" in result.stderr and "told why" in result.stderr
    unchanged = ("status", "queued_at", "due_at", "reasons", "flags", "closed_at")
    assert {k: after[k] for k in unchanged} == {k: request[k] for k in unchanged}
    assert after["status"] == "answered"
    shown = show(desk, request["id"])
    refused, told = shown["messages"][-2:]
    assert refused["kind"] == "customer" and refused["body"] == NOTHING_TO_ANSWER
    assert [r["code"] for r in refused["reasons"]] == ["no_question"]
    assert told["kind"] == "refusal" and told["body"].startswith("Здравствуйте!")
    assert "не содержащие сформулированного вопроса" in told["body"]  # the rule, quoted in the customer's words
    assert shown["history"][-1]["action"] == "message refused"
    # The request still takes messages and answers.
    desk("reply", str(request["id"]), "--customer", "--body", CLARIFICATION, env={"DESK_NOW": "2026-11-25T11:00"})
    assert show(desk, request["id"])["status"] == "open"
    desk("reply", str(request["id"]), "--body", "Проверьте права группы «Гости».")
    assert show(desk, request["id"])["status"] == "answered"


def test_an_obscene_message_is_refused_even_on_a_resolved_request(desk) -> None:
    request = answered(desk)
    desk("close", str(request["id"]), "--resolution", "Кеш очищен.")
    result = desk("reply", str(request["id"]), "--customer", "--body", "Да вы охуели, всё опять сломалось?",
                  "--json", code=1)
    after = json.loads(result.stdout)
    assert after["status"] == "resolved" and after["reasons"] == [] and after["resolution"] == "Кеш очищен."


def test_flags_belong_to_the_message_that_raised_them(desk) -> None:
    add_license(desk)
    opened = open_request(desk, body="И ещё перенесите сайт на другой хостинг, пожалуйста. Когда сможете?")
    assert [f["code"] for f in opened["flags"]] == ["out_of_scope"]
    after = desk.json("reply", str(opened["id"]), "--customer", "--body", CLARIFICATION, "--json")
    assert after["flags"] == []                       # the latest customer message raised none
    first, latest = [m for m in show(desk, opened["id"])["messages"] if m["kind"] == "customer"]
    assert [f["code"] for f in first["flags"]] == ["out_of_scope"] and latest["flags"] == []
    again = desk.json("reply", str(opened["id"]), "--customer", "--body",
                      "И перенесите, пожалуйста, сайт на новый хостинг. Когда?", "--json")
    assert [f["code"] for f in again["flags"]] == ["out_of_scope"]


# -- thanks -------------------------------------------------------------------------------


def test_a_thank_you_does_not_requeue_and_marks_the_request_ready_to_close(desk) -> None:
    request = answered(desk)
    result = desk("reply", str(request["id"]), "--customer", "--body", THANKS, "--json",
                  env={"DESK_NOW": "2026-11-25T12:00"})
    after = json.loads(result.stdout)
    assert after["status"] == "answered" and after["due_at"] is None
    assert after["queued_at"] == request["queued_at"] and after["ready_to_close"] is True
    assert "ready to close" in result.stderr and "stays answered" in result.stderr
    assert desk.json("queue", "--json", env={"DESK_NOW": "2026-11-25T12:00"}) == []
    assert show(desk, request["id"])["messages"][-1]["body"] == THANKS
    closed = desk.json("close", str(request["id"]), "--json")
    assert closed["ready_to_close"] is False and closed["status"] == "resolved"


def test_a_thank_you_on_an_open_request_keeps_its_deadline(desk) -> None:
    add_license(desk)
    opened = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    after = desk.json("reply", str(opened["id"]), "--customer", "--body", "Спасибо, разобрались сами, всё работает.",
                      "--json", env={"DESK_NOW": "2026-11-25T11:00"})
    assert after["status"] == "open" and after["due_at"] == opened["due_at"] and after["ready_to_close"] is True


def test_thanks_in_advance_leave_a_waiting_request_waiting(desk) -> None:
    add_license(desk)
    opened = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    before = desk("export", "--format", "json").stdout
    result = desk("reply", str(opened["id"]), "--customer", "--body", "Спасибо!", "--json",
                  env={"DESK_NOW": "2026-11-25T11:00"})
    after = json.loads(result.stdout)
    assert after["status"] == "open" and after["due_at"] == opened["due_at"] and after["ready_to_close"] is False
    assert after["queued_at"] == opened["queued_at"] and "ready to close" not in result.stderr
    assert "keeps its place" in result.stderr
    assert json.loads(before)[0]["ready_to_close"] is False
    assert show(desk, opened["id"])["messages"][-1]["body"] == "Спасибо!"


def test_a_thank_you_after_closing_does_not_reopen(desk) -> None:
    request = answered(desk)
    desk("close", str(request["id"]))
    result = desk("reply", str(request["id"]), "--customer", "--body", "Thanks, it works now.", "--json")
    assert json.loads(result.stdout)["status"] == "resolved"
    assert f"#{request['id']} stays resolved" in result.stderr and "its place" not in result.stderr


def test_thanks_with_a_new_problem_is_a_clarification(desk) -> None:
    request = answered(desk)
    after = desk.json("reply", str(request["id"]), "--customer", "--body",
                      "Спасибо, но теперь не открывается страница оплаты.", "--json",
                      env={"DESK_NOW": "2026-11-25T12:00"})
    assert after["status"] == "open" and after["queued_at"] == "2026-11-25T12:00:00+03:00"
    assert after["ready_to_close"] is False


@pytest.mark.parametrize("body", [
    "Problem solved, no need to look into it anymore.",
    "Проблема решена, можно не смотреть.",
    "Update: I deleted the module folder over FTP and the site is back. Problem solved, no need to look into it anymore.",
    "Удалил папку модуля по FTP, сайт снова работает. Проблема решена, можно не смотреть.",
])
def test_the_staff_told_to_stand_down_after_a_fix_is_no_clarification(desk, body) -> None:
    """A day's review: "no need to look into it" after "problem solved" sent the request to the
    back of the queue with a later deadline; it only confirms the fix (section 8)."""
    opened, after = _open_then_customer_writes(desk, body)
    assert after["due_at"] == opened["due_at"] and after["queued_at"] == opened["queued_at"]
    assert after["ready_to_close"] is True


@pytest.mark.parametrize("body", [
    "Можно не смотреть логи, они пустые, а ошибка осталась.",
    "No need to look at the logs, the error is still there.",
    "Не нужно смотреть, сайт всё ещё не работает.",
    "The site is back but the cart is empty.",
])
def test_standing_down_beside_a_fault_still_there_is_a_clarification(desk, body) -> None:
    _, after = _open_then_customer_writes(desk, body)
    assert after["queued_at"] == "2026-11-25T11:00:00+03:00" and after["ready_to_close"] is False


def _open_then_customer_writes(desk, body: str) -> tuple[dict, dict]:
    """A request opened at 10:00, and the customer's ``body`` on it at 11:00: (opened, after)."""
    add_license(desk)
    opened = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    return opened, desk.json("reply", str(opened["id"]), "--customer", "--body", body, "--json",
                             env={"DESK_NOW": "2026-11-25T11:00"})


# -- reopen -------------------------------------------------------------------------------


def test_reopen_a_rejected_request_with_a_fresh_deadline(desk) -> None:
    add_license(desk)
    opened = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    desk("reject", str(opened["id"]), "--reason", "out_of_scope", env={"DESK_NOW": "2026-11-25T10:05"})
    reopened = desk.json("reopen", str(opened["id"]), "--note", "Отклонили по ошибке", "--json",
                         env={"DESK_NOW": "2026-11-26T09:30"})
    assert reopened["status"] == "open" and reopened["reasons"] == [] and reopened["closed_at"] is None
    assert reopened["queued_at"] == "2026-11-26T09:30:00+03:00"
    assert reopened["due_at"] == "2026-11-26T14:30:00+03:00"
    shown = show(desk, opened["id"], env={"DESK_NOW": "2026-11-26T09:30"})
    assert shown["history"][-1]["action"] == "reopened"
    assert shown["messages"][-1]["kind"] == "internal" and shown["messages"][-1]["body"] == "Отклонили по ошибке"
    assert [r["id"] for r in desk.json("queue", "--json", env={"DESK_NOW": "2026-11-26T09:30"})] == [opened["id"]]


def test_reopen_a_resolved_request_clears_its_resolution(desk) -> None:
    request = answered(desk)
    desk("close", str(request["id"]), "--resolution", "Кеш очищен.")
    reopened = desk.json("reopen", str(request["id"]), "--json")
    assert reopened["status"] == "open" and reopened["resolution"] is None


def test_a_customer_reopening_a_request_leaves_it_as_desk_reopen_does(desk) -> None:
    """The review: a clarification on a resolved request reopened it with its old resolution."""
    reopened = {}
    add_license(desk)
    for how in ("agent", "customer"):
        request = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
        desk("reply", str(request["id"]), "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-25T10:30"})
        desk("close", str(request["id"]), "--resolution", "Кеш очищен.", env={"DESK_NOW": "2026-11-25T11:00"})
        if how == "agent":
            desk("reopen", str(request["id"]), env={"DESK_NOW": "2026-11-25T12:00"})
        else:
            desk("reply", str(request["id"]), "--customer", "--body", CLARIFICATION, env={"DESK_NOW": "2026-11-25T12:00"})
        reopened[how] = show(desk, request["id"], env={"DESK_NOW": "2026-11-25T12:00"})
    for record in reopened.values():
        assert record["status"] == "open" and record["resolution"] is None and record["closed_at"] is None
    same = ("status", "resolution", "closed_at", "reasons", "queued_at", "due_at", "ready_to_close", "category")
    assert {k: reopened["agent"][k] for k in same} == {k: reopened["customer"][k] for k in same}


def test_reopen_asks_the_license_again_and_a_renewal_lets_it_back(desk) -> None:
    add_license(desk, purchased="2025-11-01")  # covered through 2026-10-31: expired on the fixed clock
    refused = open_request(desk, body=QUESTION, at="2026-11-25T10:00", code=1)
    assert refused["status"] == "rejected" and refused["reasons"][0]["code"] == "support_expired"
    before = desk("export", "--format", "json", "--messages").stdout
    result = desk("reopen", str(refused["id"]), code=1)
    assert_one_error_line(result)
    assert "cannot be reopened" in result.stderr and "support_expired" in result.stderr
    assert desk("export", "--format", "json", "--messages").stdout == before
    desk("license", "renew", "HC-1", "--json")
    reopened = desk.json("reopen", str(refused["id"]), "--json", env={"DESK_NOW": "2026-11-25T11:00"})
    assert reopened["status"] == "open" and reopened["reasons"] == []


def test_reopen_keeps_the_free_edition_to_installation(desk) -> None:
    add_license(desk, edition="Халява")
    refused = open_request(desk, body=QUESTION, at="2026-11-25T10:00", code=1)
    assert [r["code"] for r in refused["reasons"]] == ["free_edition"]
    assert "free_edition" in desk("reopen", str(refused["id"]), code=1).stderr
    assert desk.json("queue", "--json") == []
    # filed in the wrong category, it reopens in the one the free edition covers (QA)
    assert "free_edition" in desk("reopen", str(refused["id"]), "--category", "technical", code=1).stderr
    reopened = desk.json("reopen", str(refused["id"]), "--category", "installation", "--json",
                         env={"DESK_NOW": "2026-11-25T11:00"})
    assert (reopened["status"], reopened["category"]) == ("open", "installation")
    assert reopened["due_at"] == "2026-11-25T16:00:00+03:00"  # installation: 5 business hours from 11:00


def test_reopen_refuses_what_is_not_closed_and_what_does_not_exist(desk, isolation) -> None:
    request = answered(desk)
    result = desk("reopen", str(request["id"]), code=2)
    assert_one_error_line(result)
    assert "is answered" in result.stderr
    assert_one_error_line(desk("reopen", "999", code=3))


# -- the request shows how it ended --------------------------------------------------------


def test_show_and_export_carry_resolution_closing_and_first_response(desk) -> None:
    request = answered(desk)
    assert request["first_response_at"] == "2026-11-25T10:30:00+03:00"
    desk("close", str(request["id"]), "--resolution", "Кеш очищен.", env={"DESK_NOW": "2026-11-25T11:00"})
    shown = show(desk, request["id"])
    assert (shown["resolution"], shown["closed_at"], shown["first_response_at"]) == (
        "Кеш очищен.", "2026-11-25T11:00:00+03:00", "2026-11-25T10:30:00+03:00")
    csv = desk("export", "--fields", "id,resolution,closed_at").stdout.splitlines()
    assert csv == ["id,resolution,closed_at", "1,Кеш очищен.,2026-11-25T11:00:00+03:00"]
    table = desk("show", str(request["id"])).stdout
    assert "Кеш очищен." in table and "first_response_at" in table


@pytest.mark.fresh_file
def test_an_older_desk_learns_its_first_responses_and_message_flags(desk, isolation) -> None:
    from deskcli.store.db import APPLICATION_ID

    conn = sqlite3.connect(isolation / "desk.db", isolation_level=None)
    names = [migration.name for migration in migrations.MIGRATIONS]
    older = migrations.MIGRATIONS[:names.index("m009_message_findings")]
    for number, migration in enumerate(older, start=1):
        for statement in migration.statements:
            conn.execute(statement)
        conn.execute("INSERT INTO migrations VALUES (?, ?, '2026-01-01')", (number, migration.name))
    conn.execute(f"PRAGMA user_version = {len(older)}")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("INSERT INTO licenses (number, pin_hash, edition, price_kopecks, purchased, support_until) "
                 "VALUES ('HC-1', 'x', 'Бизнес', 100, '2026-06-01', '2027-05-31')")
    conn.execute("INSERT INTO requests (id, license, category, status, created_at, queued_at, flags) VALUES "
                 "(1, 'HC-1', 'usage', 'answered', '2026-11-25T07:00:00+00:00', '2026-11-25T07:00:00+00:00', "
                 "'[{\"code\": \"no_question\", \"message\": \"2.8.2\"}]')")
    for kind, at in (("customer", "07:00"), ("agent", "07:30"), ("customer", "08:00"), ("agent", "09:00")):
        conn.execute("INSERT INTO messages (request_id, author, kind, body, at) VALUES (1, ?, ?, 'x', ?)",
                     (kind, kind, f"2026-11-25T{at}:00+00:00"))
    conn.close()
    shown = show(desk, 1)
    assert shown["first_response_at"] == "2026-11-25T10:30:00+03:00"
    customer = [m for m in shown["messages"] if m["kind"] == "customer"]
    assert [[f["code"] for f in m["flags"]] for m in customer] == [[], ["no_question"]]


def test_a_reply_with_nothing_given_or_piped_names_the_options(desk) -> None:
    add_license(desk)
    opened = open_request(desk)
    result = desk("reply", str(opened["id"]), input="", code=2)
    assert_one_error_line(result)
    assert "the message is missing: give --body, --body-file or pipe it in" in result.stderr
    explicit = desk("reply", str(opened["id"]), "--body", "-", input="", code=2)
    assert "must not be empty" in explicit.stderr  # standard input was named, and it was empty


def test_a_question_on_a_resolved_request_reopens_it_only_while_the_license_covers_it(desk) -> None:
    add_license(desk, purchased="2025-12-01")  # covered through 2026-11-30
    opened = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    desk("close", str(opened["id"]), "--resolution", "Кеш очищен.", env={"DESK_NOW": "2026-11-25T11:00"})
    late = desk("reply", str(opened["id"]), "--customer", "--body", CLARIFICATION, "--json", code=None,
                env={"DESK_NOW": "2026-12-21T10:00"})
    assert late.exit_code == 1, late.stderr  # refused, as desk reopen would be (QA: mail reopened it)
    shown = show(desk, opened["id"], env={"DESK_NOW": "2026-12-21T10:00"})
    assert shown["status"] == "resolved" and shown["due_at"] is None
    assert shown["messages"][-2]["reasons"][0]["code"] == "support_expired"
    # within the support year the same question reopens it with a fresh deadline (2.7)
    again = desk.json("reply", str(opened["id"]), "--customer", "--body", CLARIFICATION, "--json",
                      env={"DESK_NOW": "2026-11-30T10:00"})
    assert again["status"] == "open" and again["queued_at"] == "2026-11-30T10:00:00+03:00"


def test_a_customer_writing_on_a_rejected_request_is_answered_by_the_policy(desk, isolation) -> None:
    """Refused for expired support, the customer writes again: told why once more while the
    license is expired, back in the queue once it is renewed (review: the mail was kept as an
    internal note nobody saw, and desk reply --customer was refused)."""
    from email.message import EmailMessage

    from tests.mail.test_mail_in import mail_in

    add_license(desk, purchased="2025-11-01", email="ivan@shop.example.ru")  # covered through 2026-10-31
    desk("policy", "set", "mail.from", "support@example.ru")
    refused = open_request(desk, body=QUESTION, at="2026-11-25T10:00", code=1)
    assert refused["reasons"][0]["code"] == "support_expired"

    def mail(body: str, number: int) -> bytes:
        message = EmailMessage()
        message["From"], message["To"] = "ivan@shop.example.ru", "support@example.ru"
        message["Subject"], message["Message-ID"] = f"Re: [desk #{refused['id']}] Пустая корзина", f"<m{number}@shop>"
        message.set_content(body)
        return bytes(message)

    received = mail_in(desk, mail("Ответьте, пожалуйста, что с корзиной? Товары так и не добавляются.", 1),
                       env={"DESK_NOW": "2026-11-25T11:00"})
    shown = show(desk, refused["id"], env={"DESK_NOW": "2026-11-25T11:00"})
    assert (received["outcome"], received["reason"]) == ("refused", "refused: support_expired")
    assert shown["status"] == "rejected" and len(received["queued"]) == 1  # the customer is told why again
    assert [m["kind"] for m in shown["messages"]] == ["customer", "customer", "refusal"]
    assert shown["messages"][1]["reasons"][0]["code"] == "support_expired"
    desk("license", "renew", "HC-1", env={"DESK_NOW": "2026-11-25T12:00"})
    again = mail_in(desk, mail("Продлили лицензию. Ответьте, пожалуйста: почему товары не добавляются в корзину?", 2),
                    env={"DESK_NOW": "2026-11-25T13:00"})
    shown = show(desk, refused["id"], env={"DESK_NOW": "2026-11-25T13:00"})
    assert again["request_id"] == refused["id"] and shown["status"] == "open" and shown["reasons"] == []
    assert shown["queued_at"] == "2026-11-25T13:00:00+03:00"
    assert [r["id"] for r in desk.json("queue", "--json", env={"DESK_NOW": "2026-11-25T13:00"})] == [refused["id"]]
    # and an agent recording a customer's call on a rejected request is not told to reopen it first
    add_license(desk, "HC-2", purchased="2025-11-01")
    other = open_request(desk, license="HC-2", body=QUESTION, at="2026-11-25T14:00", code=1)
    result = desk("reply", str(other["id"]), "--customer", "--body", CLARIFICATION, code=1,
                  env={"DESK_NOW": "2026-11-25T14:30"})
    assert "reopen it first" not in result.stderr and show(desk, other["id"])["status"] == "rejected"


def test_a_request_refused_on_its_merits_is_not_reopened_by_its_customer(desk) -> None:
    """The review: an agent's out_of_scope refusal was undone by the customer's "почему отказ?"
    (and a repeat refused under intake.refuse by the same question again): only a refusal
    for what the license said comes back once the license covers the request."""
    add_license(desk)
    opened = open_request(desk, body="Перенесите сайт с локального компьютера на хостинг. Как это сделать?")
    desk("reject", str(opened["id"]), "--reason", "out_of_scope", "--no-mail")
    result = desk("reply", str(opened["id"]), "--customer", "--body", "Почему отказ? Подскажите, как перенести сайт?",
                  code=1, env={"DESK_NOW": "2026-11-25T11:00"})
    shown = show(desk, opened["id"], env={"DESK_NOW": "2026-11-25T11:00"})
    assert shown["status"] == "rejected" and shown["due_at"] is None and "message refused (out_of_scope" in result.stderr
    assert [m["kind"] for m in shown["messages"]][-2:] == ["customer", "refusal"]
    assert shown["messages"][-2]["reasons"][0]["code"] == "out_of_scope"
    assert desk.json("queue", "--json", env={"DESK_NOW": "2026-11-25T11:00"}) == []


def test_a_thank_you_leaves_the_request_s_flags_as_they_were(desk) -> None:
    add_license(desk)
    opened = open_request(desk, at="2026-11-25T10:00", body="Перенесите, пожалуйста, наш сайт с локального "
                          "компьютера на хостинг. Как это сделать?")
    flagged = show(desk, opened["id"])["flags"]
    assert opened["status"] == "open" and [f["code"] for f in flagged] == ["out_of_scope"]  # flagged, not refused
    desk("reply", str(opened["id"]), "--body", "Перенос не входит в поддержку (2.10.1).",
         env={"DESK_NOW": "2026-11-25T10:30"})
    desk("reply", str(opened["id"]), "--customer", "--body", THANKS, env={"DESK_NOW": "2026-11-25T11:00"})
    assert show(desk, opened["id"])["flags"] == flagged  # QA: thanks wiped the opening question's flag


def test_a_change_that_changes_nothing_leaves_no_empty_event(desk) -> None:
    request = answered(desk)
    for _ in range(3):  # three clarifications in one second: one re-queue, then nothing to change
        desk("reply", str(request["id"]), "--customer", "--body", CLARIFICATION, env={"DESK_NOW": "2026-11-25T11:00"})
    history = show(desk, request["id"])["history"]
    assert all(event["before"] or event["after"] for event in history)  # QA: {} -> {} events
    assert [e["action"] for e in history].count("re-queued") == 1


def test_nothing_is_recorded_on_a_request_before_it_was_opened(desk, isolation) -> None:
    add_license(desk)
    opened = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    before = (isolation / "desk.db").read_bytes()
    for args in (("reply", str(opened["id"]), "--body", "Ответ"),
                 ("reply", str(opened["id"]), "--customer", "--body", CLARIFICATION),
                 ("close", str(opened["id"]))):
        result = desk(*args, code=2, env={"DESK_NOW": "2026-11-24T12:00"})  # a clock set back a day
        assert_one_error_line(result)
        assert "before that" in result.stderr
    assert (isolation / "desk.db").read_bytes() == before


def test_reopening_in_another_category_clears_an_assumed_category(desk, isolation) -> None:
    add_license(desk)
    opened = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    desk("close", str(opened["id"]), env={"DESK_NOW": "2026-11-25T10:30"})
    assumed = [{"code": "category_assumed", "message": "the mail named no category; usage assumed"}]
    with sqlite3.connect(isolation / "desk.db") as conn:  # as a mail without a category leaves it
        conn.execute("UPDATE requests SET flags = ? WHERE id = ?", (json.dumps(assumed), opened["id"]))
    early = desk("reopen", str(opened["id"]), code=2, env={"DESK_NOW": "2026-11-25T09:00"})
    assert "before that" in early.stderr  # nothing before the request was opened
    reopened = desk.json("reopen", str(opened["id"]), "--category", "technical", "--json",
                         env={"DESK_NOW": "2026-11-25T11:00"})
    assert reopened["category"] == "technical" and reopened["flags"] == []  # the agent has decided it


@pytest.mark.parametrize("args", [("tag", "{id}", "+early"), ("merge", "{id}", "--into", "{other}")], ids=["tag", "merge"])
def test_no_tag_or_merge_is_recorded_before_the_request_was_opened(desk, isolation, args) -> None:
    add_license(desk)
    first = open_request(desk, body=QUESTION, at="2026-11-25T10:00")
    other = open_request(desk, body=CLARIFICATION, at="2026-11-25T10:05")
    before = (isolation / "desk.db").read_bytes()
    argv = [a.format(id=first["id"], other=other["id"]) for a in args]
    assert "before that" in desk(*argv, code=2, env={"DESK_NOW": "2026-11-25T09:00"}).stderr
    assert (isolation / "desk.db").read_bytes() == before


def test_the_history_keeps_flags_and_reasons_as_lists(desk) -> None:
    add_license(desk, edition="Халява")
    refused = open_request(desk, body=QUESTION, at="2026-11-25T10:00", code=1)
    desk("reopen", str(refused["id"]), "--category", "installation", env={"DESK_NOW": "2026-11-25T11:00"})
    [reopened] = [e for e in show(desk, refused["id"])["history"] if e["action"] == "reopened"]
    assert isinstance(reopened["before"]["reasons"], list) and reopened["after"]["reasons"] == []  # QA: JSON text
