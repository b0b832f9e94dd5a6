"""The README stays true: its quick start has two commands and its config examples run."""

from __future__ import annotations

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


def test_the_tour_runs(desk) -> None:
    block = README[README.index("## A tour for an agent"):README.index("## For cron and pipelines")]
    commands = re.findall(r"^\$ (desk .+?)(?:\s{2,}#.*)?$", block.replace("\\\n    ", ""), re.M)
    assert len(commands) >= 6
    for command in commands:
        desk(*shlex.split(command)[1:])


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
