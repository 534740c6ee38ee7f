"""The contribution rules as data: `resources/data/contribution_rules.json` parsed and checked.

Shape of the file:

    {"version": "BPU-2026.1", "valid_from": "2026-01-01",
     "programs": {"JKK": {"kind": "rate", "rate": "0.01"},
                  "JKM": {"kind": "flat", "amount": 6800},
                  "JHT": {"kind": "rate", "rate": "0.02"}},
     "brackets": [{"number": 1, "income_from": 0, "base": 1000000}, …],
     "reliefs": [{"id": "PP50-2025", "programs": ["JKK", "JKM"], "rate": "0.5",
                  "windows": {"transport": {"from": "2026-01", "to": "2027-03"}, …},
                  "excluded": ["government_paid", "employer"]}]}

Rates are decimal strings (parsed to `Decimal`), amounts whole rupiah ints. A window is a pair of
inclusive calendar months (`YYYY-MM`) matched against the start date of each coverage month.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from bpu_enroll.domain.datafile import bad_data, read_json
from bpu_enroll.paths import resource

_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_REQUIRED_PROGRAMS = ("JKK", "JKM", "JHT")


@dataclass(frozen=True, slots=True)
class Bracket:
    """One row of PP 44/2015 Lampiran II: incomes from `income_from` are priced on `base`."""

    number: int
    income_from: int
    base: int


@dataclass(frozen=True, slots=True)
class ProgramRule:
    """How one programme is priced: a rate of the base, or a flat monthly amount."""

    code: str
    rate: Decimal | None = None
    flat: int | None = None

    def amount(self, base: int) -> int:
        """The monthly amount in whole rupiah (a rate is rounded half up)."""
        if self.flat is not None:
            return self.flat
        assert self.rate is not None
        return int((Decimal(base) * self.rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class ReliefRule:
    """A temporary discount on some programmes for coverage months starting in a window."""

    id: str
    programs: tuple[str, ...]
    rate: Decimal
    windows: dict[str, tuple[tuple[int, int], tuple[int, int]]]
    excluded: tuple[str, ...]

    def applies(self, month_start: date, sector: str, flags: frozenset[str] = frozenset()) -> bool:
        """True when a coverage month starting on `month_start` falls in `sector`'s window.

        `flags` are the worker's exclusion flags (`government_paid`, `employer`); any flag listed
        in `excluded` rules the relief out.
        """
        window = self.windows.get(sector)
        if window is None or not flags.isdisjoint(self.excluded):
            return False
        return window[0] <= (month_start.year, month_start.month) <= window[1]


@dataclass(frozen=True)
class Rules:
    """One version of the contribution rules."""

    version: str
    valid_from: date
    programs: dict[str, ProgramRule]
    brackets: tuple[Bracket, ...]
    reliefs: tuple[ReliefRule, ...]

    def bracket_for(self, income: int) -> Bracket:
        """The last row whose lower bound ≤ income; incomes below the second row use row 1."""
        bounds = [row.income_from for row in self.brackets]
        at = bisect_right(bounds, income) - 1
        return self.brackets[max(at, 0)]


@dataclass(frozen=True)
class RuleBook:
    """Several versions of the rules, each in force from its `valid_from` (a rules package
    published by the branch, after the shipped copy): a coverage month is priced with the
    version in force on its start date (the earliest version before the first one starts)."""

    versions: tuple[Rules, ...]

    def __post_init__(self) -> None:
        if not self.versions:
            raise ValueError("a rule book needs at least one version")
        ordered = tuple(sorted(self.versions, key=lambda r: r.valid_from))
        object.__setattr__(self, "versions", ordered)

    def in_force(self, day: date) -> Rules:
        """The version whose `valid_from` is the latest on or before `day`."""
        chosen = self.versions[0]
        for rules in self.versions:
            if rules.valid_from <= day:
                chosen = rules
        return chosen

    def version(self, name: str) -> Rules | None:
        """The version called `name`, if the book has it."""
        return next((r for r in self.versions if r.version == name), None)


def parse_rules(data: Any) -> Rules:
    """Parse and check a rules document (the shipped file's shape); `ValueError` when bad."""
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError) as exc:
        raise ValueError(f"contribution rules malformed ({exc!s})") from exc


def load_rules_file(path: Path | None = None) -> Rules:
    """Parses and checks a rules file; `BpuError` FILE_NOT_FOUND / FILE_NOT_JSON when bad."""
    where = path or resource("data", "contribution_rules.json")
    data = read_json(where)
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError, InvalidOperation, AttributeError) as exc:
        raise bad_data(where, f"contribution rules malformed ({exc!s})") from exc


def _parse(data: Any) -> Rules:
    programs = {code: _program(code, data["programs"][code]) for code in _REQUIRED_PROGRAMS}
    brackets = tuple(_bracket(row) for row in data["brackets"])
    numbers = [row.number for row in brackets]
    bounds = [row.income_from for row in brackets]
    rising = bounds == sorted(set(bounds))
    if not brackets or numbers != list(range(1, len(brackets) + 1)) or not rising:
        raise ValueError("brackets must be numbered 1… with rising lower bounds")
    return Rules(
        version=_text(data["version"]),
        valid_from=date.fromisoformat(_text(data["valid_from"])),
        programs=programs,
        brackets=brackets,
        reliefs=tuple(_relief(item) for item in data.get("reliefs", [])),
    )


def _program(code: str, item: dict[str, Any]) -> ProgramRule:
    if item["kind"] == "flat":
        return ProgramRule(code=code, flat=_whole(item["amount"]))
    if item["kind"] == "rate":
        return ProgramRule(code=code, rate=_rate(item["rate"]))
    raise ValueError(f"{code}: kind must be 'rate' or 'flat'")


def _bracket(row: dict[str, Any]) -> Bracket:
    return Bracket(
        number=_whole(row["number"]),
        income_from=_whole(row["income_from"]),
        base=_whole(row["base"]),
    )


def _relief(item: dict[str, Any]) -> ReliefRule:
    windows = {
        _text(sector): (_month(span["from"]), _month(span["to"]))
        for sector, span in item["windows"].items()
    }
    programs = tuple(_text(code) for code in item["programs"])
    if not set(programs) <= set(_REQUIRED_PROGRAMS):
        raise ValueError("relief programmes must be JKK, JKM or JHT")
    return ReliefRule(
        id=_text(item["id"]),
        programs=programs,
        rate=_rate(item["rate"]),
        windows=windows,
        excluded=tuple(_text(flag) for flag in item.get("excluded", [])),
    )


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"expected text, got {value!r}")
    return value


def _whole(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"expected a whole number ≥ 0, got {value!r}")
    return value


def _rate(value: Any) -> Decimal:
    rate = Decimal(_text(value))
    if not Decimal(0) <= rate <= Decimal(1):
        raise ValueError(f"rate out of range: {value!r}")
    return rate


def _month(value: Any) -> tuple[int, int]:
    match = _MONTH.fullmatch(_text(value))
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise ValueError(f"expected YYYY-MM, got {value!r}")
    return int(match.group(1)), int(match.group(2))
