"""Command lines argparse refuses (a missing option, a bad value, an unknown option): exit 2,
argparse's lines on stderr as ever, and with `--json` one `{"error": {"code": "USAGE",
"message"}}` on stdout, in the language of `--lang` (DESIGN.md §8)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.cli.main import main as laptop_main

CASES = [
    (laptop_main, ["quote", "--json"], "the following arguments are required: --income"),
    (laptop_main, ["tally", "--date", "2026-02-30", "--json"], "argument --date: expected"),
    (laptop_main, ["occupations", "--json", "--bogus"], "unrecognized arguments: --bogus"),
    (branch_main, ["export", "--json"], "the following arguments are required: --out"),
    (
        branch_main,
        ["device", "code", "--ttl-minutes", "abc", "--json"],
        "argument --ttl-minutes: invalid int value: 'abc'",
    ),
]


@pytest.mark.parametrize(("main", "argv", "detail"), CASES)
def test_a_refused_command_line_is_one_usage_document_with_json(
    main: Callable[[list[str]], int],
    argv: list[str],
    detail: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert set(document) == {"error"} and document["error"]["code"] == "USAGE"
    assert document["error"]["message"].startswith("Perintah salah: " + detail)
    assert err.startswith("usage: ") and f"error: {detail}" in err


@pytest.mark.parametrize("main", [laptop_main, branch_main])
def test_the_usage_document_follows_lang(
    main: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "--bogus", "--json"]) == 2
    assert json.loads(capsys.readouterr().out) == {
        "error": {"code": "USAGE", "message": "Wrong usage: unrecognized arguments: --bogus --json"}
    }


def test_without_json_stdout_stays_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert laptop_main(["quote"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "the following arguments are required: --income" in err
