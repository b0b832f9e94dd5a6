"""Intake rules applied by ``desk open`` and customer messages; ``desk reject``; ``desk kb``."""

from __future__ import annotations

import json

import pytest

from deskcli.mail.templates import rules_text
from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line

QUESTION = "После обновления до 7.1 перестала работать корзина интернет-магазина: товары не добавляются. Как это исправить?"
REWORDED = "как исправить: корзина интернет магазина перестала работать после обновления до 7.1, товары не добавляются"
DIFFERENT = "Как настроить отправку писем о новых заказах на почту менеджера?"


@pytest.fixture
def licensed(desk):
    add_license(desk)
    return desk


def test_obscene_request_is_rejected_and_kept(licensed) -> None:
    data = open_request(licensed, body="Вы там охуели? Сайт опять лежит, идиоты!", code=1)
    assert data["status"] == "rejected"
    assert [r["code"] for r in data["reasons"]] == ["obscene"]
    assert licensed.json("queue", "--json") == []
    assert licensed.json("show", str(data["id"]), "--json")["status"] == "rejected"


def test_latin_look_alikes_do_not_hide_obscenity(licensed) -> None:
    data = open_request(licensed, body="Ваш модуль полная xуйня, почему он не работает?", code=1)
    assert data["reasons"][0]["code"] == "obscene"


def test_innocent_words_and_reported_insults_pass(licensed) -> None:
    data = open_request(licensed, body="Ребята, в учебнике по API потребитель видит цены в рублях без копеек. "
                                       "Клиент написал нам «вы идиоты», как ему объяснить, почему так?")
    assert data["status"] == "open" and data["reasons"] == []


@pytest.mark.parametrize("body,code,detail", [
    ("Здравствуйте!", "no_question", None),
    ("Перенесите, пожалуйста, наш сайт с локального компьютера на хостинг Timeweb. Как это сделать?",
     "out_of_scope", "2.10.1"),
    ("Подскажите, как в CSS сделать, чтобы меню было по центру?", "out_of_scope", "2.10.6"),
])
def test_flags_keep_the_request_open(licensed, body, code, detail) -> None:
    data = open_request(licensed, subject="Здравствуйте", body=body)
    assert data["status"] == "open"
    flags = {f["code"]: f["message"] for f in data["flags"]}
    assert code in flags
    if detail:
        assert detail in flags[code]
    assert "⚑" in licensed("queue").stdout


def test_configuration_turns_a_flag_into_a_refusal(licensed, isolation) -> None:
    licensed("policy", "set", "intake.refuse", "out_of_scope")
    data = open_request(licensed, body="Подскажите, как в CSS сделать, чтобы меню было по центру?", code=1)
    assert data["status"] == "rejected" and data["reasons"][0]["code"] == "out_of_scope"


def test_a_reworded_repeat_of_an_answered_question_is_flagged_with_the_earlier_answer(licensed) -> None:
    """A flag, not a refusal, unless the policy says so: a recurring problem (the site down
    again a week later) must reach an agent, and the rule reads meaning (review)."""
    first = open_request(licensed, at="2026-11-20T10:00", body=QUESTION)
    licensed("reply", str(first["id"]), "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-20T11:00"})
    again = open_request(licensed, subject="Корзина", body=REWORDED)
    assert again["status"] == "open" and again["reasons"] == []
    assert again["flags"] == [{"code": "already_answered",
                               "message": f"the same question was answered in #{first['id']} of 2026-11-20"}]
    assert [r["id"] for r in licensed.json("queue", "--json")] == [first["id"] + 1]
    assert open_request(licensed, subject="Письма", body=DIFFERENT)["flags"] == []


def test_a_question_the_customer_says_is_asked_again_is_found_in_fewer_words(licensed) -> None:
    """Told again in other words, it keeps few words of the first asking; saying so
    (напомните, ещё раз) is what lets the desk find it (2.8.5)."""
    first = open_request(licensed, at="2026-11-20T10:00", subject="Логотип", body="Как поменять логотип в шапке сайта?")
    licensed("reply", str(first["id"]), "--body", "Раздел «Макеты».", env={"DESK_NOW": "2026-11-20T11:00"})
    reworded = "где заменить картинку с логотипом наверху страницы?"
    assert open_request(licensed, subject="Логотип", body=reworded.capitalize())["flags"] == []
    again = open_request(licensed, subject="Логотип", body=f"Напомните, пожалуйста, {reworded}")
    assert again["flags"] == [{"code": "already_answered",
                               "message": f"the same question was answered in #{first['id']} of 2026-11-20"}]


def test_the_policy_can_refuse_repeats(licensed) -> None:
    first = open_request(licensed, at="2026-11-20T10:00", body=QUESTION)
    licensed("reply", str(first["id"]), "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-20T11:00"})
    licensed("policy", "set", "intake.refuse", "already_answered,off_topic")
    again = open_request(licensed, subject="Корзина", body=REWORDED, code=1)
    assert again["status"] == "rejected" and again["flags"] == []
    assert again["reasons"] == [{"code": "already_answered",
                                 "message": f"the same question was answered in #{first['id']} of 2026-11-20"}]


def test_repeats_are_per_license_and_need_an_answer(licensed) -> None:
    open_request(licensed, body=QUESTION)  # still open: not yet answered
    assert open_request(licensed, body=REWORDED)["status"] == "open"
    add_license(licensed, number="HC-2")
    first = open_request(licensed, license="HC-2", body=DIFFERENT)
    licensed("reply", str(first["id"]), "--body", "Ответ")
    assert open_request(licensed, body=DIFFERENT)["status"] == "open"


def test_a_question_closed_unanswered_is_no_repeat(licensed) -> None:
    """Closed with no reply (the customer wrote that it works now): nothing was answered, so
    the same question asked again later is a new one (2.8.5); once answered, it repeats."""
    first = open_request(licensed, at="2026-11-20T10:00", body=QUESTION)
    licensed("close", str(first["id"]), "--resolution", "Клиент разобрался сам",
             env={"DESK_NOW": "2026-11-20T11:00"})
    again = open_request(licensed, subject="Корзина", body=REWORDED)
    assert again["status"] == "open" and again["flags"] == []
    licensed("reply", str(again["id"]), "--body", "Очистите кеш.")
    licensed("close", str(again["id"]))
    third = open_request(licensed, subject="Корзина", body=REWORDED)
    assert [f["code"] for f in third["flags"]] == ["already_answered"]
    assert f"#{again['id']}" in third["flags"][0]["message"]


def test_an_obscene_clarification_is_refused_not_the_request(licensed) -> None:
    data = open_request(licensed, body=QUESTION)
    result = licensed("reply", str(data["id"]), "--customer", "--body", "Да вы охуели, сколько ждать?", "--json",
                      code=1)
    shown = json.loads(result.stdout)
    assert shown["status"] == "open" and shown["reasons"] == [] and shown["due_at"] == data["due_at"]
    assert "message refused (obscene" in result.stderr


def test_a_flagged_clarification_adds_its_flag(licensed) -> None:
    data = open_request(licensed, body=QUESTION)
    after = licensed.json("reply", str(data["id"]), "--customer", "--body",
                          "И ещё: перенесите сайт на другой хостинг, пожалуйста. Когда сможете?", "--json")
    assert after["status"] == "open" and "out_of_scope" in [f["code"] for f in after["flags"]]


@pytest.mark.parametrize("code", ["out_of_scope", "no_question", "obscene", "off_topic", "already_answered",
                                  "support_expired", "free_edition", "code_modified"])
def test_reject_quotes_the_rule(licensed, code) -> None:
    data = open_request(licensed, body=QUESTION)
    env = None  # the license's own facts are made true first: the desk refuses a refusal they contradict
    if code == "free_edition":
        licensed("license", "edit", "HC-1", "--edition", "Халява")
    elif code == "code_modified":
        licensed("license", "edit", "HC-1", "--code-modified")
    elif code == "support_expired":
        env = {"DESK_NOW": "2027-06-02T10:00"}  # bought 2026-06-01: covered through 2027-05-31
    rejected = licensed.json("reject", str(data["id"]), "--reason", code, "--note", "См. правила", "--json", env=env)
    assert rejected["status"] == "rejected" and rejected["reasons"][-1]["code"] == code
    shown = licensed.json("show", str(data["id"]), "--json")
    message = [m for m in shown["messages"] if m["kind"] == "rejection"][0]["body"]
    # no address to mail: the thread keeps the letter the customer is to be told, in Russian
    assert message.startswith("Здравствуйте!") and rules_text([code]) in message and "См. правила" in message


def test_reject_refuses_unknown_codes_and_closed_requests(licensed) -> None:
    data = open_request(licensed, body=QUESTION)
    assert_one_error_line(licensed("reject", str(data["id"]), "--reason", "rude", code=2))
    licensed("close", str(data["id"]))
    assert_one_error_line(licensed("reject", str(data["id"]), "--reason", "obscene", code=2))


@pytest.fixture
def kb(licensed):
    licensed("kb", "add", "--title", "Очистка кэша", "--url", "https://www.hostcms.ru/documentation/cache/",
             "--keywords", "кэш cache сброс")
    licensed("kb", "add", "--title", "Настройка почтовых уведомлений", "--url",
             "https://www.hostcms.ru/documentation/mail/", "--keywords", "почта письма уведомления")
    return licensed


@pytest.mark.parametrize("query", ["кеш", "кэш", "кеша", "кешем", "caches", "Как сбросить кеш?"])
def test_kb_search_meets_word_forms(kb, query) -> None:
    titles = [a["title"] for a in kb.json("kb", "search", query, "--json")]
    assert titles[:1] == ["Очистка кэша"]


@pytest.mark.parametrize("query", ["", "  ", "и не как", "7"])
def test_kb_search_for_nothing_is_refused_as_desk_search_refuses_it(kb, query) -> None:
    for command in (["kb", "search"], ["search"]):
        result = kb(*command, query, code=2)
        assert_one_error_line(result)
        assert "nothing to search for" in result.stderr or "empty" in result.stderr


def test_kb_list_remove_and_unknown(kb) -> None:
    assert [a["id"] for a in kb.json("kb", "list", "--json")] == [1, 2]
    kb("kb", "remove", "1")
    assert [a["id"] for a in kb.json("kb", "list", "--json")] == [2]
    assert kb.json("kb", "search", "кеш", "--json") == []
    assert_one_error_line(kb("kb", "remove", "1", code=3))
    assert_one_error_line(kb("kb", "add", "--title", "x", "--url", "not a url", code=2))
    # a written article is one object, as every command that writes one record prints it (review)
    added = kb.json("kb", "add", "--title", "Оплата", "--url", "https://www.hostcms.ru/documentation/pay/", "--json")
    assert added == {"id": 3, "title": "Оплата", "url": "https://www.hostcms.ru/documentation/pay/", "keywords": ""}
    assert kb("kb", "add", "--title", "Доставка", "--url", "https://www.hostcms.ru/documentation/ship/",
              "--format", "jsonl").stdout.count("\n") == 1


def test_open_suggests_documentation_and_reply_links_it(kb) -> None:
    data = open_request(kb, subject="Кеш не сбрасывается", body="После правки шаблона старая версия страницы. Как очистить кеш?")
    assert data["suggestions"][0] == {"title": "Очистка кэша", "url": "https://www.hostcms.ru/documentation/cache/"}
    assert len(data["suggestions"]) <= 3
    kb("reply", str(data["id"]), "--kb", "1")
    messages = kb.json("show", str(data["id"]), "--json")["messages"]
    assert messages[-1]["body"] == "Documentation: Очистка кэша — https://www.hostcms.ru/documentation/cache/"
    assert_one_error_line(kb("reply", str(data["id"]), "--kb", "99", code=3))


def test_history_an_older_desk_left_unindexed_is_indexed_only_after_a_good_pin(licensed, isolation) -> None:
    """The repeat search reads while the PIN is checked; the indexing of questions an older
    deskcli imported without indexing writes, so a wrong PIN leaves the index as it was."""
    import sqlite3

    first = open_request(licensed, at="2026-11-20T10:00", body=QUESTION)
    licensed("reply", str(first["id"]), "--body", "Очистите кеш.", env={"DESK_NOW": "2026-11-20T11:00"})
    conn = sqlite3.connect(isolation / "desk.db")
    with conn:
        conn.execute("DELETE FROM question_index")  # as an older deskcli's import left it

    def indexed() -> int:
        return conn.execute("SELECT count(*) FROM question_index").fetchone()[0]

    open_request(licensed, subject="Корзина", body=REWORDED, pin="0000", code=4)
    assert indexed() == 0
    again = open_request(licensed, subject="Корзина", body=REWORDED)
    assert again["flags"][0]["code"] == "already_answered"
    assert indexed() == 2  # the answered question, and the new one
    conn.close()


def test_what_else_after_an_answer_is_a_clarification_not_a_flag(desk) -> None:
    """The README's tour: the customer answers the agent's advice with "Не помогло. Что ещё?"."""
    add_license(desk)
    open_request(desk)
    desk("reply", "1", "--body", "Очистите кеш в разделе Система → Кеш.")
    desk("reply", "1", "--customer", "--body", "Не помогло. Что ещё?")
    shown = desk.json("show", "1", "--json")
    assert shown["status"] == "open" and shown["flags"] == []
    assert shown["messages"][-1]["body"] == "Не помогло. Что ещё?"
    desk("reply", "1", "--body", "Проверьте права на папку кеша.")
    desk("reply", "1", "--customer", "--body", "Как дела?")
    assert [f["code"] for f in desk.json("show", "1", "--json")["flags"]] == ["no_question"]
