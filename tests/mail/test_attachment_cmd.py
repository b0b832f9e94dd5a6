"""``desk attachment``: hostile attachment names never reach the file system as paths."""

from __future__ import annotations

import json

import pytest

from tests.mail.desk_seed import corpus, seed

HOSTILE = {"passwd": 32, "evil.dll": 8, "authorized_keys": 22, "_CON": 3, "report.txt": 7}


@pytest.fixture
def with_attachments(desk, isolation, monkeypatch):
    seed(desk, isolation)
    # The hostile names arrive on a reply to #42, so they are kept (as an internal note: eve is not the customer).
    raw = corpus("hostile_attachment_names.eml").replace(b"Subject: files", b"Subject: files [desk #42]")
    received = json.loads(desk("mail-in", "--json", input=raw).stdout)[0]
    assert received["outcome"] == "noted"
    work = isolation / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return desk


def test_hostile_names_are_listed_as_plain_names(with_attachments) -> None:
    listed = with_attachments.json("attachment", "list", "42", "--json")
    names = [a["name"] for a in listed]
    assert all("/" not in name and "\\" not in name and not name.startswith(".") for name in names)
    assert {name: a["size"] for name, a in zip(names, listed, strict=True) if name in HOSTILE} == HOSTILE


def files_under(root) -> set:
    return {p for p in root.rglob("*") if not p.name.startswith("desk.db")}


def test_save_writes_only_into_the_current_directory(with_attachments, isolation) -> None:
    before = files_under(isolation)
    for name in HOSTILE:
        with_attachments("attachment", "save", "42", name)
    work = isolation / "work"
    assert files_under(isolation) - before == {work / name for name in HOSTILE}
    assert {name: (work / name).stat().st_size for name in HOSTILE} == HOSTILE


def test_save_refuses_to_overwrite_and_follows_no_symlink(with_attachments, isolation) -> None:
    work = isolation / "work"
    with_attachments("attachment", "save", "42", "report.txt")
    assert "exists" in with_attachments("attachment", "save", "42", "report.txt", code=2).stderr
    target = isolation / "outside.txt"
    target.write_text("keep me")
    (work / "evil.dll").symlink_to(target)
    with_attachments("attachment", "save", "42", "evil.dll", "--force", code=2)
    assert target.read_text() == "keep me"


def test_save_to_a_directory_or_standard_output(with_attachments, isolation) -> None:
    out = isolation / "out"
    out.mkdir()
    with_attachments("attachment", "save", "42", "report.txt", "-o", str(out))
    assert (out / "report.txt").stat().st_size == 7
    assert with_attachments("attachment", "save", "42", "report.txt", "-o", "-").stdout_bytes == \
        (out / "report.txt").read_bytes()


def test_unknown_and_dropped_attachments(with_attachments) -> None:
    assert "has no attachment" in with_attachments("attachment", "save", "42", "nope", code=3).stderr
    with_attachments("policy", "set", "mail.attachment_limit", "20000")
    with_attachments("mail-in", input=corpus("oversized_attachment.eml"))
    assert "not kept" in with_attachments("attachment", "save", "42", "error.log", code=2).stderr
    with_attachments("attachment", "list", "404", code=3)


def test_save_never_replaces_the_desks_database_even_with_force(with_attachments, isolation) -> None:
    database = isolation / "desk.db"
    before = database.read_bytes()
    for target in (database, isolation / "work"):
        if target.name == "work":  # a link in the directory saved into, by the attachment's own name
            (target / "report.txt").symlink_to(database)
        said = with_attachments("attachment", "save", "42", "report.txt", "-o", str(target), "--force", code=2).stderr
        assert "it is the desk's database" in said
    assert database.read_bytes() == before
