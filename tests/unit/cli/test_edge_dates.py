"""Every command taking a date answers the first and last dates there are, a day that does not
exist and garbage with a coded message in the user's language, never a crash: `quote --start`
9999-12-01 ran its coverage months past year 9999 (a ValueError), and `tally --date` 0001-01-01 or
9999-12-31 had no UTC midnight before or after the day (an OverflowError)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpu_enroll.domain.errors import message
from tests.unit.cli.helpers import register_args, registration, run_cli, write_json

EDGES = ("0001-01-01", "9999-12-31", "2026-02-30", "garbage")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("start", "months"), [("9999-12-01", "12"), ("9999-12-31", "1"), ("9999-02-01", "12")]
)
def test_a_quote_whose_coverage_runs_past_9999_is_a_coded_refusal(
    start: str, months: str, lang: str
) -> None:
    args = ("--income", "2500000", "--start", start, "--months", months)
    result = run_cli("--lang", lang, "quote", *args, "--json", password=None)
    assert "unexpected error" not in result.stderr, result.stderr
    assert (result.code, result.error_code()) == (1, "DATE_OUT_OF_RANGE")
    assert result.json()["error"]["message"] == message("DATE_OUT_OF_RANGE", lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_quote_whose_last_month_ends_on_9999_12_31_is_priced(lang: str) -> None:
    """`--start 9999-12-01 --months 1` covers 9999-12-01 to 9999-12-31: a date there is, so a
    quote, not DATE_OUT_OF_RANGE (only the next month's start, 10000-01-01, is none)."""
    args = ("--income", "2500000", "--start", "9999-12-01", "--months", "1")
    result = run_cli("--lang", lang, "quote", *args, "--json", password=None)
    assert result.code == 0, result.stderr
    (month,) = result.json()["months"]
    assert (month["start"], month["end"]) == ("9999-12-01", "9999-12-31")


@pytest.mark.parametrize("start", EDGES)
def test_quote_answers_every_edge_date(start: str) -> None:
    result = run_cli("quote", "--income", "2500000", "--start", start, "--json", password=None)
    assert "unexpected error" not in result.stderr, result.stderr
    if start == "0001-01-01":
        assert result.code == 0 and result.json()["months"][0]["start"] == start
    elif start == "9999-12-31":
        assert (result.code, result.error_code()) == (1, "DATE_OUT_OF_RANGE")
    else:
        assert (result.code, result.error_code()) == (2, "USAGE")


@pytest.mark.parametrize("day", EDGES)
def test_tally_answers_every_edge_date(profile_dir: Path, tmp_path: Path, day: str) -> None:
    out = tmp_path / "tally.pdf"
    result = run_cli("tally", "--date", day, "--out", out, "--data-dir", profile_dir,
                     "--officer", "demo", "--json")  # fmt: skip
    assert "unexpected error" not in result.stderr, result.stderr
    if day in ("0001-01-01", "9999-12-31"):  # nothing was registered then: an empty tally
        assert result.code == 0, result.stderr
        assert result.json()["totals"]["records"] == 0 and out.exists()
    else:
        assert (result.code, result.error_code()) == (2, "USAGE")


@pytest.mark.parametrize("command", ["validate", "register"])
def test_validate_and_register_answer_every_edge_birth_date(
    profile_dir: Path, tmp_path: Path, command: str
) -> None:
    expected = {
        "0001-01-01": "AGE_LIMIT",
        "9999-12-31": "BIRTH_DATE_FUTURE",
        "2026-02-30": "DATE_FORMAT",
        "garbage": "DATE_FORMAT",
    }
    for day, code in expected.items():
        path = write_json(tmp_path / f"{day}.json", registration(5, birth_date=day))
        args = register_args(path, profile_dir) if command == "register" else (command, path)
        result = run_cli(*args, "--json") if command == "validate" else run_cli(*args)
        assert "unexpected error" not in result.stderr, result.stderr
        assert result.code == 1, (day, result.stderr)
        codes = {e["code"] for e in result.json()["errors"]}
        assert code in codes, (day, codes)
