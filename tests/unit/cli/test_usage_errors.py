"""Command lines argparse refuses (a missing option, a bad value, an unknown option): exit 2,
argparse's lines on stderr as ever, and with `--json` one `{"error": {"code": "USAGE",
"message"}}` on stdout, in the language of `--lang` (DESIGN.md §8). What is wrong is said in
that language too: in Indonesian (the default, like the help) it was argparse's English."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.cli.main import main as laptop_main

# (main, argv, what is wrong in Indonesian, in English)
CASES = [
    (
        laptop_main, ["quote", "--json"],
        "argumen berikut wajib diisi: --income",
        "the following arguments are required: --income",
    ),
    (
        laptop_main, ["tally", "--date", "2026-02-30", "--json"],
        "argumen --date: format yang diharapkan TTTT-BB-HH",
        "argument --date: expected YYYY-MM-DD",
    ),
    (
        laptop_main, ["occupations", "--json", "--bogus"],
        "argumen tidak dikenal: --bogus",
        "unrecognized arguments: --bogus",
    ),
    (
        branch_main, ["export", "--json"],
        "argumen berikut wajib diisi: --out",
        "the following arguments are required: --out",
    ),
    (
        branch_main, ["device", "code", "--ttl-minutes", "abc", "--json"],
        "argumen --ttl-minutes: nilai int tidak sah: 'abc'",
        "argument --ttl-minutes: invalid int value: 'abc'",
    ),
    (
        branch_main, ["serve", "--port", "99999", "--json"],
        "argumen --port: bukan nomor port (1-65535): 99999",
        "argument --port: not a port (1-65535): 99999",
    ),
    (
        branch_main, ["nosuch", "--json"],
        "argumen COMMAND: pilihan tidak sah: 'nosuch' (pilih dari 'init', ",
        "argument COMMAND: invalid choice: 'nosuch' (choose from 'init', ",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("main", "argv", "detail", "english"), CASES)
def test_a_refused_command_line_is_one_usage_document_with_json(
    main: Callable[[list[str]], int],
    argv: list[str],
    detail: str,
    english: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    document = json.loads(out)
    assert set(document) == {"error"} and document["error"]["code"] == "USAGE"
    assert document["error"]["message"].startswith("Perintah salah: " + detail)
    assert err.startswith("usage: ") and f"error: {detail}" in err
    assert main([*argv, "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert json.loads(out)["error"]["message"].startswith("Wrong usage: " + english)
    assert f"error: {english}" in err


def test_argparse_speaks_english_again_after_an_indonesian_refusal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """argparse's words are looked up in Indonesian only while an Indonesian parser parses."""
    import argparse

    assert branch_main(["export"]) == 2
    parser = argparse.ArgumentParser(prog="other", exit_on_error=False)
    parser.add_argument("--n", type=int)
    with pytest.raises(argparse.ArgumentError, match="invalid int value"):
        parser.parse_args(["--n", "x"])
    capsys.readouterr()


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
    assert out == "" and "argumen berikut wajib diisi: --income" in err
