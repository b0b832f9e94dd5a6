"""``desk template`` and ``desk reply --template``: canned answers filled in for a request."""

from __future__ import annotations

import pytest

from deskcli.services.templates import shipped
from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line

STARTERS = {"docs", "free-edition", "renewal-needed", *(f"out-of-scope-{clause}" for clause in (
    "hosting", "integration", "updates", "layout", "scripts", "css", "redo"))}


@pytest.mark.fresh_file
def test_a_new_desk_lists_the_russian_starter_set_without_a_database(desk, isolation) -> None:
    names = {t["name"] for t in desk.json("template", "list", "--json")}
    assert names == STARTERS
    assert not (isolation / "desk.db").exists()
    for name, entry in shipped().items():
        assert entry["title"] and "$agent" in entry["body"], name


def test_every_starter_template_fills_in_for_a_request(desk) -> None:
    add_license(desk)
    request = open_request(desk)["id"]
    desk("kb", "add", "--title", "Очистка кеша", "--url", "https://www.hostcms.ru/documentation/cache/",
         "--keywords", "корзина")
    for name in STARTERS - {"renewal-needed", "free-edition"}:  # what they tell the customer is untrue here
        body = desk.json("template", "show", name, "--for", str(request), "--json")["body"]
        assert "$" not in body, (name, body)
        assert f"#{request}" in body


@pytest.mark.parametrize(("name", "fact", "said"), [
    ("renewal-needed", {"purchased": "2025-11-10"}, "its support runs through 2027-05-31"),
    ("free-edition", {"edition": "Халява"}, "its edition Бизнес is not the free one"),
])
def test_a_template_that_tells_a_fact_of_the_license_is_refused_where_it_is_untrue(desk, name, fact, said) -> None:
    """The review: renewal-needed told a customer supported for another year that support had ended."""
    add_license(desk)  # bought 2026-06-01: supported, and of a paid edition
    request = open_request(desk)["id"]
    before = desk("export", "--all", "--format", "jsonl").stdout
    result = desk("reply", str(request), "--template", name, code=2)
    assert_one_error_line(result)
    assert "license HC-1 does not say" in result.stderr and said in result.stderr
    assert f"template {name} says it does; answer with another" in result.stderr
    assert desk("export", "--all", "--format", "jsonl").stdout == before
    # where it is true it fills in (a free edition's question outside installation, support run out)
    add_license(desk, "HC-2", **fact)
    # opened while supported and run out since; refused as the free edition's usage question
    opened = open_request(desk, license="HC-2", at="2025-12-01T10:00" if "purchased" in fact else "2026-11-25T10:00",
                          code=0 if "purchased" in fact else 1)
    body = desk.json("template", "show", name, "--for", str(opened["id"]), "--json")["body"]
    assert "$" not in body and "Здравствуйте" in body


def test_renewal_needed_quotes_todays_price(desk) -> None:
    add_license(desk, purchased="2025-11-10")  # support until 2026-11-09: expired 16 days ago, 40 %
    request = open_request(desk, code=1)["id"]
    body = desk.json("template", "show", "renewal-needed", "--for", str(request), "--json")["body"]
    assert "по 2026-11-09 включительно" in body
    assert "9\u202f960,00\u00a0₽ (40\u00a0% розничной стоимости лицензии)" in body
    assert "по 2027-11-24 включительно" in body


def test_reply_with_a_template_sends_the_filled_in_answer(desk) -> None:
    add_license(desk)
    request = open_request(desk)["id"]
    desk("kb", "add", "--title", "Корзина", "--url", "https://www.hostcms.ru/documentation/cart/",
         "--keywords", "корзина")
    answered = desk.json("reply", str(request), "--template", "docs", "--json")
    assert answered["status"] == "answered"
    body = desk.json("show", str(request), "--json")["messages"][-1]["body"]
    assert "Корзина — https://www.hostcms.ru/documentation/cart/" in body
    assert body.rstrip().endswith("tester, техническая поддержка")


def test_docs_without_a_matching_article_is_refused(desk, isolation) -> None:
    add_license(desk)
    request = open_request(desk)["id"]
    result = desk("reply", str(request), "--template", "docs", code=2)
    assert_one_error_line(result)
    assert "--kb ARTICLE" in result.stderr
    assert desk.json("show", str(request), "--json")["status"] == "open"


def test_add_edit_remove_and_the_starter_set_is_stored_on_the_first_change(desk, isolation) -> None:
    add_license(desk)
    request = open_request(desk)["id"]
    desk("template", "add", "thanks", "--title", "Благодарность", "--body", "Спасибо, $customer! Ваш $request.")
    names = {t["name"] for t in desk.json("template", "list", "--json")}
    assert names == STARTERS | {"thanks"}
    assert desk.json("template", "show", "thanks", "--for", str(request), "--json")["body"] == \
        f"Спасибо, ООО Ромашка! Ваш #{request}."
    desk("template", "edit", "thanks", "--body", "Благодарим, $customer.")
    desk("template", "edit", "thanks", "--title", "Коротко")
    shown = desk.json("template", "show", "thanks", "--json")
    assert (shown["title"], shown["body"], shown["updated_by"]) == ("Коротко", "Благодарим, $customer.", "tester")
    desk("template", "remove", "out-of-scope-redo")
    desk("template", "remove", "thanks")
    names = {t["name"] for t in desk.json("template", "list", "--json")}
    assert names == STARTERS - {"out-of-scope-redo"}  # a removed starter stays removed
    assert "shipped" in desk("template", "list").stdout


@pytest.mark.parametrize("args,code", [
    (["add", "docs", "--body", "x"], 2),
    (["add", "Bad Name", "--body", "x"], 2),
    (["add", "x", "--body", "Привет, ${customer.__class__.__mro__}"], 2),
    (["add", "x", "--body", "Привет, $customer.__class__"], 0),
    (["add", "x", "--body", "Привет, $custmer"], 2),
    (["add", "x", "--body", "Привет, ${customer"], 2),
    (["add", "x", "--body", "Привет, ${customer\nспасибо}"], 2),
    (["add", "x", "--body", "Привет, $${customer"], 0),
    (["add", "x", "--body", "  "], 2),
    (["edit", "nope", "--body", "x"], 3),
    (["remove", "nope"], 3),
    (["show", "nope"], 3),
    (["show", "docs", "--for", "99"], 3),
])
def test_hostile_and_wrong_template_lines(desk, args, code) -> None:
    add_license(desk)
    open_request(desk)
    result = desk("template", *args, code=code)
    if code:
        assert_one_error_line(result)


def test_an_attribute_after_a_variable_is_only_text(desk) -> None:
    add_license(desk)
    request = open_request(desk)["id"]
    desk("template", "add", "probe", "--body", "$customer.__class__.__init__.__globals__ {request.__class__}")
    body = desk.json("template", "show", "probe", "--for", str(request), "--json")["body"]
    assert body == "ООО Ромашка.__class__.__init__.__globals__ {request.__class__}"


def test_template_and_body_together_is_a_usage_error(desk) -> None:
    add_license(desk)
    request = open_request(desk)["id"]
    assert_one_error_line(desk("reply", str(request), "--template", "docs", "--body", "x", code=2))


@pytest.mark.parametrize("meanwhile", [("license", "edit", "HC-1", "--price", "30000"),
                                       ("template", "edit", "renewal-needed", "--body", "Продлите: $renewal_price. $agent")],
                         ids=["a new price", "a new text"])
def test_a_template_answer_made_before_a_change_is_not_sent(desk, isolation, meanwhile) -> None:
    """reply --template filled the template in before the write lock: another agent's price or
    template change committed in between, and the reply quoted the old one (QA: 7 runs in 40).
    Played step by step: the text is made, the change lands, the reply takes the lock."""
    import datetime as dt

    from deskcli import settings
    from deskcli.cli.compose import reply_text
    from deskcli.domain.errors import InvalidInput
    from deskcli.services import requests
    from deskcli.services.context import Context
    from tests.conftest import FIXED_NOW

    add_license(desk, purchased="2025-11-10")  # support until 2026-11-09: run out since the request came
    request = open_request(desk, at="2026-11-05T10:00")["id"]
    late = Context(db_path=isolation / "desk.db", settings=settings.build(isolation / "config.toml", {}),
                   agent="tester", now=dt.datetime.fromisoformat(FIXED_NOW))
    text, still_true = reply_text(late, request, body=None, body_file=None, template="renewal-needed", kb=None,
                                  edit=False)
    assert text is not None and still_true is not None
    desk(*meanwhile)
    messages = len(desk.json("show", str(request), "--json")["messages"])
    with pytest.raises(InvalidInput, match="changed while the reply was being made"):
        requests.reply(late, request, text, still_true=still_true)
    late.close()
    assert len(desk.json("show", str(request), "--json")["messages"]) == messages
    answered = desk.json("show", str(desk.json("reply", str(request), "--template", "renewal-needed", "--json")["id"]),
                         "--json")
    assert answered["messages"][-1]["body"] != text
