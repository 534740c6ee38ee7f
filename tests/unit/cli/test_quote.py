"""`bpu-enroll quote … --json`: the exact document, its defaults, and DOMAIN.md §2's figures."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.unit.cli.helpers import run_cli, today_wib

TOP_KEYS = {"rule_version", "bracket", "base", "programs", "months", "total"}
MONTH_KEYS = {"start", "end", "JKK", "JKM", "JHT", "relief", "total"}


def quote(*args: str) -> dict[str, Any]:
    """Run `quote ARGS --json`, check the document's shape and sums, return it."""
    result = run_cli("quote", *args, "--json", password=None)
    assert result.code == 0, result.stderr
    document = result.json()
    assert set(document) == TOP_KEYS
    assert isinstance(document["rule_version"], str) and document["rule_version"]
    for month in document["months"]:
        assert set(month) == MONTH_KEYS
        assert all(type(month[k]) is int for k in ("JKK", "JKM", "JHT", "relief", "total"))
        assert month["total"] == month["JKK"] + month["JKM"] + month["JHT"] - month["relief"]
    assert document["total"] == sum(m["total"] for m in document["months"])
    return dict(document)


def test_three_months_outside_any_relief_window() -> None:
    document = quote("--income", "1000000", "--jht", "--months", "3", "--start", "2026-01-10")

    assert document["bracket"] == 1
    assert document["base"] == 1_000_000
    assert document["programs"] == ["JKK", "JKM", "JHT"]
    assert [(m["start"], m["end"]) for m in document["months"]] == [
        ("2026-01-10", "2026-02-09"),
        ("2026-02-10", "2026-03-09"),
        ("2026-03-10", "2026-04-09"),
    ]
    for month in document["months"]:
        assert (month["JKK"], month["JKM"], month["JHT"], month["relief"]) == (
            10_000,
            6_800,
            20_000,
            0,
        )
    assert document["total"] == 3 * 36_800


def test_defaults_are_one_month_sector_other_starting_today_in_wib() -> None:
    day_before = today_wib()
    document = quote("--income", "1000000")
    day_after = today_wib()

    assert document["programs"] == ["JKK", "JKM"]
    assert len(document["months"]) == 1
    start = document["months"][0]["start"]
    assert start in {day_before.isoformat(), day_after.isoformat()}
    explicit = quote("--income", "1000000", "--months", "1", "--sector", "other", "--start", start)
    assert document == explicit


@pytest.mark.parametrize(
    ("jht", "expected_total"),
    [(False, 16_800), (True, 36_800)],
)
def test_bracket_one_monthly_figures(jht: bool, expected_total: int) -> None:
    args = ["--income", "1000000", "--start", "2026-02-01"] + (["--jht"] if jht else [])

    document = quote(*args)

    assert document["bracket"] == 1
    assert document["months"][0]["total"] == expected_total


def test_bracket_six_figures() -> None:
    document = quote("--income", "1900000", "--jht", "--start", "2026-02-01")

    month = document["months"][0]
    assert (document["bracket"], document["base"]) == (6, 2_000_000)
    assert (month["JKK"], month["JHT"]) == (20_000, 40_000)


@pytest.mark.parametrize(
    ("income", "bracket", "base"),
    [
        (1, 1, 1_000_000),
        (1_099_999, 1, 1_000_000),
        (1_100_000, 2, 1_200_000),
        (2_700_000, 10, 2_950_000),
        (20_199_999, 32, 19_700_000),
        (20_200_000, 33, 20_700_000),
        (10**12, 33, 20_700_000),
    ],
)
def test_bracket_is_the_last_row_whose_lower_bound_is_reached(
    income: int, bracket: int, base: int
) -> None:
    document = quote("--income", str(income), "--start", "2026-02-01")

    assert (document["bracket"], document["base"]) == (bracket, base)
    assert document["months"][0]["JKK"] == base // 100


def test_relief_month_halves_jkk_and_jkm_but_not_jht() -> None:
    # DOMAIN.md §2: bracket 1, other sector, a month starting in May 2026 →
    # JKK Rp5.000 + JKM Rp3.400 (+ JHT Rp20.000).
    document = quote("--income", "1000000", "--jht", "--start", "2026-05-04")

    month = document["months"][0]
    assert (month["JKK"], month["JKM"], month["JHT"]) == (10_000, 6_800, 20_000)
    assert month["relief"] == 5_000 + 3_400
    assert month["total"] == 5_000 + 3_400 + 20_000


@pytest.mark.parametrize(
    ("sector", "start", "reliefs"),
    [
        ("other", "2026-11-15", [8_400, 8_400, 0]),  # window ends December 2026
        ("other", "2026-03-05", [0, 8_400, 8_400]),  # window opens April 2026
        ("transport", "2027-02-10", [8_400, 8_400, 0]),  # window ends March 2027
        ("transport", "2026-01-05", [8_400, 8_400, 8_400]),  # opened January 2026
    ],
)
def test_a_payment_crossing_a_window_edge_is_priced_month_by_month(
    sector: str, start: str, reliefs: list[int]
) -> None:
    document = quote("--income", "1000000", "--months", "3", "--sector", sector, "--start", start)

    assert [m["relief"] for m in document["months"]] == reliefs
    assert document["total"] == 3 * 16_800 - sum(reliefs)


@pytest.mark.parametrize("flag", ["--government-paid", "--employer"])
def test_no_relief_for_government_paid_or_employers(flag: str) -> None:
    document = quote("--income", "1000000", "--jht", "--start", "2026-05-04", flag)

    assert document["months"][0]["relief"] == 0
    assert document["total"] == 36_800


def test_a_coverage_month_ends_the_day_before_the_same_date_next_month() -> None:
    document = quote("--income", "1000000", "--start", "2026-08-27")

    assert document["months"][0]["end"] == "2026-09-26"
    assert date.fromisoformat(document["months"][0]["start"]) == date(2026, 8, 27)


@pytest.mark.parametrize(
    "income",
    ["abc", "0", "-5", "1.5", "1e6", "", "1.000.000", "²", "١٠٠٠٠٠٠", "1000000000001", "9" * 5000],
)
def test_bad_income_is_refused_with_a_code(income: str) -> None:
    result = run_cli("quote", f"--income={income}", "--json", password=None)

    assert result.code == 1
    assert result.error_code() == "INCOME_INVALID"


def test_refusal_message_follows_lang() -> None:
    result = run_cli("--lang", "en", "quote", "--income", "abc", "--json", password=None)

    assert result.error_code() == "INCOME_INVALID"
    assert result.json()["error"]["message"].startswith("The income")


@pytest.mark.parametrize(
    "args",
    [
        ["--income", "1000000", "--months", "5"],
        ["--income", "1000000", "--months", "x"],
        ["--income", "1000000", "--sector", "sea"],
        ["--income", "1000000", "--start", "2026-13-01"],
        ["--income", "1000000", "--start", "today"],
        ["--income", "1000000", "--colour", "red"],
        ["--months", "1"],
    ],
)
def test_usage_errors_exit_2_with_one_usage_document(args: list[str]) -> None:
    result = run_cli("quote", *args, "--json", password=None)

    assert result.code == 2
    assert result.error_code() == "USAGE"  # the only document on stdout (DESIGN.md §8)
    assert "usage:" in result.stderr
