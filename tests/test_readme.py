"""The README stays true: its quick start has two commands and its config examples run."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_quick_start_is_two_commands() -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    assert block.strip().splitlines() == ["pip install . && desk demo", "pip install '.[test]' && pytest"]


def test_every_configuration_example_runs(desk) -> None:
    examples = [e for e in re.findall(r"`(desk (?:config|policy) set [^`]+)`", README) if "KEY VALUE" not in e]
    assert len(examples) >= 12
    for example in examples:
        desk(*shlex.split(example)[1:])
    shown = desk("policy", "show").stdout
    assert 'emergency = 90' in shown and '"Старт"' in shown and '"Халява"' in shown
    assert desk.json("config", "show", "--json")["agent"] == "anna"
    # ... and so does each unset after them: it named mail.addresses.installation, which no
    # example sets, and was refused as "not in the policy" (review)
    unsets = [e for e in re.findall(r"`(desk (?:config|policy) unset [^`]+)`", README) if "KEY" not in e]
    assert unsets
    for example in unsets:
        desk(*shlex.split(example)[1:])


def test_the_tour_runs(desk) -> None:
    block = README[README.index("## A tour for an agent"):README.index("## For cron and pipelines")]
    commands = re.findall(r"^\$ (desk .+?)(?:\s{2,}#.*)?$", block.replace("\\\n    ", ""), re.M)
    assert len(commands) >= 6
    assert not any("--pin" in command for command in commands)  # the safe forms only
    for command in commands:
        desk(*shlex.split(command)[1:], env={"DESK_PIN": "4321"})


def test_completion_lines_create_their_directories_first() -> None:
    block = README[README.index("## Shell completion"):README.index("## Administration")]
    copies = re.findall(r"^cp \S+ (\S+)$", block, re.M)
    assert len(copies) == 3
    for target in copies:
        directory = target.rsplit("/", 1)[0]
        assert f"mkdir -p {directory}\ncp " in block, directory


def test_after_the_demo_it_says_how_to_keep_using_it() -> None:
    after_demo = README[README.index("$ desk demo"):README.index("## A tour for an agent")]
    assert re.search(r"^export DESK_DB=\S*demo\.db", after_demo, re.M)


def _agents_day_desk(desk, tmp_path: Path) -> None:
    """Requests #42 and #57 of one customer (the numbers the README uses), whose support
    ended a few days ago (so renewal-needed is true of it), loaded with ``desk import``."""
    from deskcli.domain.pins import hash_pin

    rows: list[dict] = [{"kind": "license", "number": "HC-1001", "pin_hash": hash_pin("4321"), "edition": "Бизнес",
                         "price": "24900.00", "purchased": "2025-11-20", "customer": "ООО Ромашка"}]
    for number, (request, subject, at) in enumerate([
            (42, "Ошибка обмена с 1С: после обновления падает", "2026-11-24T10:00:00+03:00"),
            (57, "Снова ошибка обмена с 1С", "2026-11-25T09:00:00+03:00")], start=1):
        rows.append({"kind": "request", "id": request, "license": "HC-1001", "customer": "ООО Ромашка",
                     "edition": "Бизнес", "version": "6.9.1", "category": "usage", "subject": subject,
                     "site_url": "https://shop.example.ru/", "status": "open", "line": 1, "created_at": at,
                     "queued_at": at})
        rows.append({"kind": "message", "id": number, "request_id": request, "author": "customer",
                     "message_kind": "customer", "body": "Обмен с 1С не работает после обновления. Что делать?",
                     "at": at})
    dump = tmp_path / "day.jsonl"
    dump.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    desk("import", str(dump))


def test_the_agents_day_runs(desk, tmp_path) -> None:
    """Every line of "The agent's day" as written; the two that open the editor run on a
    terminal with a small program as $EDITOR."""
    from tests.cli.test_editor import editor, in_terminal

    block = README[README.index("## The agent's day"):README.index("## The calendar and the SLA clock")]
    # Read as the shell reads them: a "#" after a space starts a comment.
    commands = [shlex.split(line, comments=True) for line in re.findall(r"^\$ (desk .+)$", block, re.M)]
    assert len(commands) == 8
    _agents_day_desk(desk, tmp_path)
    typed, _ = editor(tmp_path, "Проверьте настройки обмена в разделе 1С.\n")
    for command in commands:
        args = command[1:]
        if args in (["reply", "42"], ["template", "edit", "docs"]):
            result = in_terminal(*args, env={"EDITOR": typed})
            assert result.returncode == 0, (command, result.stderr)
        else:
            desk(*args)
    shown = desk.json("show", "42", "--json")
    assert shown["merged_from"] == [57] and shown["tags"] == ["1с-обмен"]
    assert shown["messages"][-2]["body"] == "Проверьте настройки обмена в разделе 1С."  # from the editor
    assert "1С" in desk.json("template", "show", "docs", "--json")["body"]
    assert 42 in [hit["id"] for hit in desk.json("search", "обмен 1С", "--since", "2026-10-01", "--json")]
    assert [row["license"] for row in desk.json("renewals", "--within", "30d", "--json")] == ["HC-1001"]
