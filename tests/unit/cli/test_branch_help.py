"""`bpu-branch -h`: every sub-command and every option has one line of help; `officer -h` and
`device -h` list their actions."""

from __future__ import annotations

import argparse

import pytest

from bpu_enroll.branch.admin.cli import build_parser, main


def _walk(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, argparse.Action]]:
    found: list[tuple[str, argparse.Action]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                assert helps.get(name), f"{path} {name} has no help line"
                found += _walk(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction | argparse._VersionAction):
            found.append((path, action))
    return found


def test_every_command_and_option_has_a_help_line() -> None:
    actions = _walk(build_parser(), "bpu-branch")
    assert len(actions) > 30
    missing = [f"{path} {a.dest}" for path, a in actions if not a.help]
    assert missing == []


@pytest.mark.parametrize(
    ("command", "actions"),
    [
        ("officer", ("add", "list", "revoke")),
        ("device", ("code", "list", "revoke")),
        ("key", ("rotate", "backup", "restore", "adopt")),
        ("settings", ("show", "set")),
        ("reference", ("publish", "list")),
    ],
)
def test_group_help_lists_its_actions(
    command: str, actions: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "-h"]) == 0
    text = capsys.readouterr().out
    for action in actions:
        assert f"\n    {action} " in text, text


@pytest.mark.parametrize("argv", [["reference", "-h"], ["reference", "publish", "-h"]])
def test_reference_help_names_region_amendments(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`reference publish` takes a region amendment too (the README's `wilayah-2027.1`); the
    help said rules and occupations only."""
    assert main([*argv, "--lang", "en"]) == 0
    assert "region amendment" in " ".join(capsys.readouterr().out.split())
    assert main(argv) == 0
    assert "perubahan wilayah" in " ".join(capsys.readouterr().out.split())
