"""``desk search``: every message, any word form, ranked, filtered, hostile queries as text."""

from __future__ import annotations

import sqlite3

import pytest

from tests.cli.test_requests import add_license, open_request
from tests.conftest import assert_one_error_line


@pytest.fixture
def desk_with_requests(desk):
    add_license(desk)
    add_license(desk, number="HC-2", customer="АО Вектор")
    cache = open_request(desk, at="2026-11-02T10:00", subject="Кеш не сбрасывается",
                         body="После правки шаблона старая версия страницы. Как очистить кеш?")
    exchange = open_request(desk, at="2026-11-10T10:00", license="HC-2", subject="Обмен с 1С",
                            body="Заказы выгружаются в 1С без адреса доставки. Как это исправить?")
    cart = open_request(desk, at="2026-11-20T10:00", subject="Пустая корзина",
                        body="После обновления корзина пустая. Почему?")
    desk("reply", str(cart["id"]), "--body", "Очистите кэш в разделе Система и проверьте ещё раз.",
         env={"DESK_NOW": "2026-11-20T11:00"})
    desk("reply", str(exchange["id"]), "--internal", "--body", "Похоже на ошибку выгрузки адресов в модуле обмена",
         env={"DESK_NOW": "2026-11-10T11:00"})
    return desk, cache["id"], exchange["id"], cart["id"]


def test_finds_every_word_form_in_subjects_and_every_message(desk_with_requests) -> None:
    desk, cache, _, cart = desk_with_requests
    hits = desk.json("search", "кэша", "--json")
    assert [h["id"] for h in hits] == [cache, cart]  # the subject counts more than a reply
    assert hits[0]["match"]["in"] == "subject"
    reply = hits[1]["match"]
    assert reply["in"] == "message" and reply["kind"] == "agent"
    assert [reply["snippet"][a:b] for a, b in reply["highlights"]] == ["кэш"]
    assert hits[0]["score"] > hits[1]["score"] > 0


def test_every_word_must_occur_and_internal_notes_are_searched(desk_with_requests) -> None:
    desk, _, exchange, _ = desk_with_requests
    assert [h["id"] for h in desk.json("search", "выгрузка адреса", "--json")] == [exchange]
    assert desk.json("search", "выгрузка кеш", "--json") == []
    hit = desk.json("search", "ошибка модуля обмена", "--json")[0]
    assert hit["match"]["kind"] == "internal"


def test_a_hit_is_the_request_shape_with_score_and_match(desk_with_requests) -> None:
    desk, *_ = desk_with_requests
    hit = desk.json("search", "корзина", "--json")[0]
    from deskcli.domain.tickets import REQUEST_FIELDS

    assert list(hit) == [*REQUEST_FIELDS, "score", "match"]
    assert list(hit["match"]) == ["in", "message_id", "kind", "at", "snippet", "highlights"]
    assert desk.json("search", "корзина", "--json", "--fields", "id,status") == [{"id": hit["id"], "status": "answered"}]
    lines = desk("search", "корзина", "--format", "csv", "--fields", "id,subject").stdout.splitlines()
    assert lines == ["id,subject", f"{hit['id']},Пустая корзина"]


def test_filters(desk_with_requests) -> None:
    desk, cache, exchange, cart = desk_with_requests
    assert [h["id"] for h in desk.json("search", "кеш", "--status", "open", "--json")] == [cache]
    assert [h["id"] for h in desk.json("search", "кеш", "--status", "answered", "--json")] == [cart]
    # Several statuses, repeated or comma-separated, as export and mail outbox take them.
    both = sorted(h["id"] for h in desk.json("search", "кеш", "--status", "open,answered", "--json"))
    assert both == sorted([cache, cart])
    assert sorted(h["id"] for h in desk.json("search", "кеш", "--status", "open", "--status", "answered",
                                             "--json")) == both
    assert_one_error_line(desk("search", "кеш", "--status", "open,closed", code=2))
    assert [h["id"] for h in desk.json("search", "кеш", "--since", "2026-11-15", "--json")] == [cart]
    assert desk.json("search", "кеш", "--license", "HC-2", "--json") == []
    assert [h["id"] for h in desk.json("search", "исправить", "-l", "HC-2", "--json")] == [exchange]
    assert len(desk.json("search", "кеш", "--limit", "1", "--json")) == 1


def test_the_index_follows_status_changes_and_new_messages(desk_with_requests) -> None:
    desk, cache, _, _ = desk_with_requests
    desk("close", str(cache), "--resolution", "Готово")
    assert desk.json("search", "кеш", "--status", "open", "--json") == []
    desk("reply", str(cache), "--customer", "--body", "Теперь не работает фильтр товаров. Почему?")
    assert [h["id"] for h in desk.json("search", "фильтр", "--status", "open", "--json")] == [cache]


@pytest.mark.parametrize("query", ['"кеш', "кеш*", "NEAR(кеш сайт)", "кеш OR корзина", "кеш AND NOT корзина",
                                   "subject:кеш", "{body} : кеш", "^кеш", "кеш + -корзина", "'; DROP TABLE requests; --"])
def test_fts_syntax_in_a_query_is_plain_text(desk_with_requests, query) -> None:
    desk, *_ = desk_with_requests
    result = desk("search", query, "--json", code=None)
    assert result.exit_code in (0, 2), result.stderr
    if result.exit_code == 2:
        assert_one_error_line(result)
    assert "Traceback" not in result.stderr
    assert len(desk.json("queue", "--json")) == 2  # nothing was dropped


def test_a_query_of_only_common_words_is_a_usage_error(desk_with_requests) -> None:
    desk, *_ = desk_with_requests
    result = desk("search", "и не как ?!", code=2)
    assert_one_error_line(result)


@pytest.mark.parametrize("args", [["кеш", "--status", "lost"], ["кеш", "--since", "вчера"], ["кеш", "--limit", "0"],
                                  ["кеш", "--license", "bad license"], ["a\x00b"]])
def test_bad_options(desk_with_requests, args) -> None:
    desk, *_ = desk_with_requests
    assert_one_error_line(desk("search", *args, code=2))


def test_the_table_shows_a_snippet_per_request(desk_with_requests) -> None:
    desk, cache, *_ = desk_with_requests
    out = desk("search", "очистить кеш").stdout
    assert f"#{cache}  open  HC-1 ООО Ромашка — Кеш не сбрасывается" in out
    assert "Как очистить кеш?" in out
    assert desk("search", "несуществующее").stdout == "No requests match.\n"


def test_requests_from_an_import_are_indexed_by_it(desk, isolation, tmp_path) -> None:
    add_license(desk)
    open_request(desk, subject="Кеш не сбрасывается")
    dump = desk("export", "--all", "--format", "jsonl").stdout
    (tmp_path / "all.jsonl").write_text(dump, encoding="utf-8")
    other = str(tmp_path / "other.db")
    desk("--db", other, "import", str(tmp_path / "all.jsonl"))
    hits = desk.json("--db", other, "search", "кеш", "--json")
    assert [h["id"] for h in hits] == [1]
    assert desk("--db", other, "search", "кеш").stderr == ""


def test_an_unindexed_backlog_is_reported_and_update_index_fills_it(desk_with_requests, isolation) -> None:
    desk, cache, *_ = desk_with_requests
    conn = sqlite3.connect(isolation / "desk.db")
    conn.execute("DELETE FROM request_text")
    conn.execute("INSERT INTO search_backlog (request_id) SELECT id FROM requests")
    conn.commit()
    conn.close()
    result = desk("search", "кеш", "--json")
    assert result.stdout.strip() == "[]" and "not in the search index yet" in result.stderr
    result = desk("search", "кеш", "--update-index", "--json")
    assert cache in [h["id"] for h in __import__("json").loads(result.stdout)]
    assert "indexed 3 request(s)" in result.stderr


def test_since_finds_what_was_created_since_when_ids_are_out_of_date_order(desk, monkeypatch) -> None:
    """An imported history gives older requests newer ids: the newest matches by id (the
    ranking window) may hold none created since (QA at a million requests: 16,817 created
    since, nothing found)."""
    from deskcli.store import fulltext

    monkeypatch.setattr(fulltext, "RANK_WINDOW", 3)
    add_license(desk)
    recent = [open_request(desk, at=f"2026-11-2{n}T10:00", subject=f"Кеш {n}",
                           body="Как очистить кеш после правки шаблона?")["id"] for n in range(3)]
    for n in range(5):  # older requests, opened after them: newer ids
        open_request(desk, at=f"2026-07-1{n}T10:00", subject=f"Старый кеш {n}", body="Как очистить кеш страницы?")
    hits = desk.json("search", "кеш", "--since", "2026-11-01", "--json")
    assert sorted(h["id"] for h in hits) == recent
    assert len(desk.json("search", "кеш", "--json")) == 3  # without --since: the window, as before
