"""Contribution quotes against DOMAIN.md §2: brackets, rates, payment months, PP 50/2025 relief."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bpu_enroll.domain.contributions import (
    Quote,
    bracket_for,
    default_rules,
    load_rules,
    quote,
)
from bpu_enroll.domain.errors import BpuError

# PP 44/2015 Lampiran II as printed in DOMAIN.md: (number, income from, base).
BRACKETS = [
    (1, 0, 1_000_000), (2, 1_100_000, 1_200_000), (3, 1_300_000, 1_400_000),
    (4, 1_500_000, 1_600_000), (5, 1_700_000, 1_800_000), (6, 1_900_000, 2_000_000),
    (7, 2_100_000, 2_200_000), (8, 2_300_000, 2_400_000), (9, 2_500_000, 2_600_000),
    (10, 2_700_000, 2_950_000), (11, 3_200_000, 3_450_000), (12, 3_700_000, 3_950_000),
    (13, 4_200_000, 4_450_000), (14, 4_700_000, 4_950_000), (15, 5_200_000, 5_450_000),
    (16, 5_700_000, 5_950_000), (17, 6_200_000, 6_450_000), (18, 6_700_000, 6_950_000),
    (19, 7_200_000, 7_450_000), (20, 7_700_000, 7_950_000), (21, 8_200_000, 8_700_000),
    (22, 9_200_000, 9_700_000), (23, 10_200_000, 10_700_000), (24, 11_200_000, 11_700_000),
    (25, 12_200_000, 12_700_000), (26, 13_200_000, 13_700_000), (27, 14_200_000, 14_700_000),
    (28, 15_200_000, 15_700_000), (29, 16_200_000, 16_700_000), (30, 17_200_000, 17_700_000),
    (31, 18_200_000, 18_700_000), (32, 19_200_000, 19_700_000), (33, 20_200_000, 20_700_000),
]  # fmt: skip
BEFORE_RELIEF = date(2025, 6, 1)  # no relief window is open for either sector


@pytest.mark.parametrize(("number", "income_from", "base"), BRACKETS)
def test_bracket_at_its_lower_bound(number: int, income_from: int, base: int) -> None:
    assert bracket_for(income_from) == (number, base)


@pytest.mark.parametrize(
    ("number", "next_from", "base"),
    [(row[0], BRACKETS[i + 1][1], row[2]) for i, row in enumerate(BRACKETS[:-1])],
)
def test_bracket_one_rupiah_below_the_next(number: int, next_from: int, base: int) -> None:
    assert bracket_for(next_from - 1) == (number, base)


@pytest.mark.parametrize("income", [1, 500_000, 999_999, 1_000_000, 1_099_999])
def test_low_incomes_use_the_first_row(income: int) -> None:
    assert bracket_for(income) == (1, 1_000_000)


def test_incomes_in_the_published_gaps_stay_in_the_lower_row() -> None:
    # Bracket 1 is published up to 1.099.000, bracket 2 from 1.100.000: the gap is row 1.
    assert bracket_for(1_099_500) == (1, 1_000_000)


def test_very_high_income_uses_the_last_row() -> None:
    assert bracket_for(500_000_000) == (33, 20_700_000)


def test_the_shipped_table_has_33_rows() -> None:
    rules = default_rules()
    assert [(b.number, b.income_from, b.base) for b in rules.brackets] == BRACKETS


def test_bracket_1_costs_16800_without_jht_and_36800_with() -> None:
    without = quote(income=900_000, jht=False, start=BEFORE_RELIEF)
    with_jht = quote(income=900_000, jht=True, start=BEFORE_RELIEF)
    assert (without.months[0].jkk, without.months[0].jkm) == (10_000, 6_800)
    assert without.total == 16_800
    assert with_jht.total == 36_800
    assert with_jht.months[0].jht == 20_000


def test_bracket_6_jkk_and_jht() -> None:
    result = quote(income=1_950_000, jht=True, start=BEFORE_RELIEF)
    month = result.months[0]
    assert (result.bracket, result.base) == (6, 2_000_000)
    assert (month.jkk, month.jht, month.jkm) == (20_000, 40_000, 6_800)


def test_relief_example_bracket_1_other_sector_may_2026() -> None:
    result = quote(income=1_000_000, jht=True, sector="other", start=date(2026, 5, 4))
    month = result.months[0]
    assert month.jkk - month.relief_jkk == 5_000
    assert month.jkm - month.relief_jkm == 3_400
    assert month.jht == 20_000
    assert month.relief == 8_400
    assert month.total == 5_000 + 3_400 + 20_000


def test_jht_is_never_discounted() -> None:
    month = quote(income=5_000_000, jht=True, sector="transport", start=date(2026, 2, 1)).months[0]
    assert month.relief == (month.jkk + month.jkm) // 2
    assert month.total == month.jkk + month.jkm + month.jht - month.relief


@pytest.mark.parametrize(
    ("sector", "start", "discounted"),
    [
        ("transport", date(2025, 12, 31), False),
        ("transport", date(2026, 1, 1), True),
        ("transport", date(2027, 3, 31), True),
        ("transport", date(2027, 4, 1), False),
        ("other", date(2026, 3, 31), False),
        ("other", date(2026, 4, 1), True),
        ("other", date(2026, 12, 31), True),
        ("other", date(2027, 1, 1), False),
    ],
)
def test_relief_window_edges(sector: str, start: date, discounted: bool) -> None:
    month = quote(income=1_000_000, jht=False, sector=sector, start=start).months[0]
    assert month.relief == (8_400 if discounted else 0)
    assert month.total == (8_400 if discounted else 16_800)


def test_three_months_crossing_the_start_of_the_other_window_are_priced_per_month() -> None:
    result = quote(income=1_000_000, jht=False, sector="other", months=3, start=date(2026, 2, 15))
    # 15 Feb (no relief), 15 Mar (no relief), 15 Apr (relief).
    assert [m.start for m in result.months] == [
        date(2026, 2, 15),
        date(2026, 3, 15),
        date(2026, 4, 15),
    ]
    assert [m.total for m in result.months] == [16_800, 16_800, 8_400]
    assert result.total == 42_000


def test_twelve_months_crossing_the_end_of_the_transport_window() -> None:
    result = quote(
        income=1_000_000, jht=True, sector="transport", months=12, start=date(2026, 10, 1)
    )
    # Oct 2026 .. Mar 2027 discounted (6 months), Apr .. Sep 2027 full (6 months).
    assert [m.relief for m in result.months] == [8_400] * 6 + [0] * 6
    assert result.total == 6 * 28_400 + 6 * 36_800


def test_government_paid_workers_get_no_relief() -> None:
    result = quote(income=1_000_000, jht=False, start=date(2026, 5, 1), government_paid=True)
    assert result.months[0].relief == 0
    assert result.total == 16_800


def test_employers_get_no_relief() -> None:
    result = quote(income=1_000_000, jht=True, start=date(2026, 5, 1), employer=True)
    assert result.months[0].relief == 0
    assert result.total == 36_800


def test_coverage_month_runs_to_the_day_before_the_same_date() -> None:
    result = quote(income=1_000_000, jht=False, months=3, start=date(2025, 8, 27))
    assert [(m.start, m.end) for m in result.months] == [
        (date(2025, 8, 27), date(2025, 9, 26)),
        (date(2025, 9, 27), date(2025, 10, 26)),
        (date(2025, 10, 27), date(2025, 11, 26)),
    ]


def test_coverage_months_from_the_31st_are_clamped_without_drift() -> None:
    result = quote(income=1_000_000, jht=False, months=4, start=date(2027, 1, 31))
    assert [(m.start, m.end) for m in result.months] == [
        (date(2027, 1, 31), date(2027, 2, 27)),
        (date(2027, 2, 28), date(2027, 3, 30)),
        (date(2027, 3, 31), date(2027, 4, 29)),
        (date(2027, 4, 30), date(2027, 5, 30)),
    ]


def test_coverage_months_are_contiguous_over_a_year_across_a_leap_day() -> None:
    result = quote(income=1_000_000, jht=False, months=12, start=date(2027, 12, 30))
    for earlier, later in zip(result.months, result.months[1:], strict=False):
        assert (later.start - earlier.end).days == 1
    assert result.months[2].start == date(2028, 2, 29)
    assert result.months[-1].end == date(2028, 12, 29)


def test_to_dict_is_exactly_the_quote_document() -> None:
    result = quote(income=1_000_000, jht=True, sector="other", months=1, start=date(2026, 5, 4))
    assert result.to_dict() == {
        "rule_version": default_rules().version,
        "bracket": 1,
        "base": 1_000_000,
        "programs": ["JKK", "JKM", "JHT"],
        "months": [
            {
                "start": "2026-05-04",
                "end": "2026-06-03",
                "JKK": 10_000,
                "JKM": 6_800,
                "JHT": 20_000,
                "relief": 8_400,
                "total": 28_400,
            }
        ],
        "total": 28_400,
    }
    assert json.loads(json.dumps(result.to_dict())) == result.to_dict()


def test_without_jht_the_programs_are_jkk_jkm_and_jht_is_zero() -> None:
    result = quote(income=3_000_000, jht=False, start=BEFORE_RELIEF)
    assert result.to_dict()["programs"] == ["JKK", "JKM"]
    assert result.months[0].jht == 0


def test_quote_round_trips_through_its_dict() -> None:
    result = quote(
        income=7_000_000, jht=True, sector="transport", months=6, start=date(2026, 11, 5)
    )
    again = Quote.from_dict(result.to_dict())
    assert again.to_dict() == result.to_dict()
    assert again.monthly_total_first == result.months[0].total


def test_odd_amounts_take_off_the_relief_rounded_down(tmp_path: Path) -> None:
    data = json.loads(default_rules_path().read_text(encoding="utf-8"))
    data["programs"]["JKM"]["amount"] = 6_801
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    month = quote(income=1, jht=False, start=date(2026, 5, 1), rules=load_rules(path)).months[0]
    assert month.relief_jkm == 3_400  # half of 6.801 is 3.400,5: 3.400 taken off
    assert month.total == 10_000 + 6_801 - 5_000 - 3_400


def test_rules_are_data_a_changed_rate_changes_the_price(tmp_path: Path) -> None:
    data = json.loads(default_rules_path().read_text(encoding="utf-8"))
    data["version"] = "TEST-1"
    data["programs"]["JHT"]["rate"] = "0.037"
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = quote(income=1, jht=True, start=BEFORE_RELIEF, rules=load_rules(path))
    assert result.rule_version == "TEST-1"
    assert result.months[0].jht == 37_000


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "FILE_NOT_FOUND"),
        ("{not json", "FILE_NOT_JSON"),
        ('{"version": "x"}', "FILE_NOT_JSON"),
    ],
)
def test_bad_rules_files_are_refused_with_a_code(
    tmp_path: Path, content: str | None, code: str
) -> None:
    path = tmp_path / "rules.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BpuError) as caught:
        load_rules(path)
    assert caught.value.code == code


def test_rates_in_the_rules_file_are_strings_not_floats() -> None:
    data = json.loads(default_rules_path().read_text(encoding="utf-8"))
    assert isinstance(data["programs"]["JKK"]["rate"], str)
    assert isinstance(data["programs"]["JHT"]["rate"], str)
    assert data["programs"]["JKM"]["amount"] == 6_800


@pytest.mark.parametrize("months", [0, -1, 121])
def test_quote_refuses_impossible_month_counts(months: int) -> None:
    with pytest.raises(ValueError, match="months"):
        quote(income=1_000_000, jht=False, months=months, start=BEFORE_RELIEF)


def test_quote_refuses_an_unknown_sector() -> None:
    with pytest.raises(ValueError, match="sector"):
        quote(income=1_000_000, jht=False, sector="fisheries", start=BEFORE_RELIEF)


def default_rules_path() -> Path:
    from bpu_enroll.paths import resource

    return resource("data", "contribution_rules.json")


def test_a_rule_book_prices_each_month_with_the_rules_in_force_on_its_start() -> None:
    from dataclasses import replace

    from bpu_enroll.domain.contributions import RuleBook

    shipped = default_rules()
    later = replace(shipped, version="TEST-2", valid_from=date(2026, 3, 1))
    jkm = replace(later.programs["JKM"], flat=9_000)
    later = replace(later, programs={**later.programs, "JKM": jkm})
    book = RuleBook((later, shipped))  # any order: sorted by valid_from
    assert book.in_force(date(2026, 2, 28)) is shipped
    assert book.in_force(date(2026, 3, 1)) is later
    priced = quote(income=1_000_000, jht=False, months=3, start=date(2026, 2, 1), rules=book)
    assert [m.jkm for m in priced.months] == [shipped.programs["JKM"].amount(0), 9_000, 9_000]
    assert priced.to_dict()["rule_versions"] == [shipped.version, "TEST-2"]
    assert priced.rule_version == shipped.version
    alone = quote(income=1_000_000, jht=False, months=1, start=date(2026, 2, 1), rules=book)
    assert "rule_versions" not in alone.to_dict()  # one version: the document as before
    assert Quote.from_dict(priced.to_dict()).to_dict() == priced.to_dict()


def test_a_quote_priced_again_is_remembered_but_never_across_rules_or_inputs() -> None:
    import dataclasses

    start = date(2026, 11, 24)
    first = quote(income=2_500_000, jht=True, months=3, start=start)
    assert quote(income=2_500_000, jht=True, months=3, start=start) is first
    assert quote(income=2_500_000, jht=False, months=3, start=start).programs == ("JKK", "JKM")
    assert quote(income=2_500_000, jht=True, months=1, start=start).total < first.total
    other = dataclasses.replace(default_rules(), version="BPU-TEST.9")
    again = quote(income=2_500_000, jht=True, months=3, start=start, rules=other)
    assert again.rule_version == "BPU-TEST.9" and first.rule_version != "BPU-TEST.9"
    with pytest.raises(ValueError, match="months"):
        quote(income=2_500_000, jht=True, months=True, start=start)  # type: ignore[arg-type]
