"""Contribution quotes (iuran) for BPU workers, priced month by month from versioned rules.

The rules live in `resources/data/contribution_rules.json` (see `rules_data.py` for its shape):
the 33 income brackets of PP 44/2015, the JKK and JHT rates, the flat JKM amount and the PP 50/2025
relief windows. Amounts are whole rupiah (int); rates are `Decimal`, never float.

Rounding: a rate applied to a base is rounded half up to whole rupiah (with today's bases every
amount is already whole). Relief is computed per programme and rounded *down* to the whole rupiah
taken off, so an odd amount never earns more than the exact half (JKK 5.001 → 2.500 off).

Relief applies to a coverage month when its *start* date falls in the sector's window, and never
to government-paid workers or business owners who employ others. A payment of several months that
crosses a window edge is priced month by month.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any

from bpu_enroll.domain.coverage import coverage_months
from bpu_enroll.domain.rules_data import Bracket, ReliefRule, RuleBook, Rules, load_rules_file

__all__ = [
    "PROGRAM_ORDER",
    "SECTORS",
    "Bracket",
    "Quote",
    "QuoteMonth",
    "ReliefRule",
    "RuleBook",
    "Rules",
    "bracket_for",
    "default_rules",
    "load_rules",
    "quote",
]

PROGRAM_ORDER = ("JKK", "JKM", "JHT")
SECTORS = ("transport", "other")
MAX_MONTHS = 120


def load_rules(path: Path | None = None) -> Rules:
    """The rules from `path`, or the shipped `resources/data/contribution_rules.json`."""
    return load_rules_file(path)


_default: Rules | None = None


def default_rules() -> Rules:
    """The shipped rules, read once per process."""
    global _default  # noqa: PLW0603 - immutable, read once
    if _default is None:
        _default = load_rules()
    return _default


def bracket_for(income: int, rules: Rules | None = None) -> tuple[int, int]:
    """(bracket number, base) for a declared monthly income; below Rp1.000.000 → bracket 1."""
    found = (rules or default_rules()).bracket_for(income)
    return found.number, found.base


@dataclass(frozen=True, slots=True)
class QuoteMonth:
    """One coverage month: undiscounted programme amounts, the relief taken off, the total."""

    start: date
    end: date
    jkk: int
    jkm: int
    jht: int
    relief: int
    total: int
    relief_jkk: int = 0
    relief_jkm: int = 0

    def to_dict(self) -> dict[str, Any]:
        """`{"start", "end", "JKK", "JKM", "JHT", "relief", "total"}` with ISO dates."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "JKK": self.jkk,
            "JKM": self.jkm,
            "JHT": self.jht,
            "relief": self.relief,
            "total": self.total,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A priced payment: rule version, bracket and base, programmes, the months and the total."""

    rule_version: str
    bracket: int
    base: int
    programs: tuple[str, ...]
    months: tuple[QuoteMonth, ...]
    total: int
    # Every rules version the months were priced with, when more than one (a rules package took
    # effect inside the payment); empty otherwise, so a one-version quote reads as before.
    rule_versions: tuple[str, ...] = ()

    @property
    def versions(self) -> tuple[str, ...]:
        """The rules versions this quote was priced under."""
        return self.rule_versions or (self.rule_version,)

    @property
    def monthly_total_first(self) -> int:
        """What the first coverage month costs (what the GUI shows as "per month")."""
        return self.months[0].total if self.months else 0

    @property
    def relief_total(self) -> int:
        """The relief taken off over all months."""
        return sum(month.relief for month in self.months)

    @property
    def has_relief(self) -> bool:
        """True when any month is discounted."""
        return self.relief_total > 0

    def to_dict(self) -> dict[str, Any]:
        """Exactly the `quote --json` document (DESIGN.md §8)."""
        return {
            "rule_version": self.rule_version,
            "bracket": self.bracket,
            "base": self.base,
            "programs": list(self.programs),
            "months": [month.to_dict() for month in self.months],
            "total": self.total,
            **({"rule_versions": list(self.rule_versions)} if self.rule_versions else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """The inverse of `to_dict` (a stored quote read back); per-programme relief is lost."""
        months = tuple(
            QuoteMonth(
                start=date.fromisoformat(item["start"]),
                end=date.fromisoformat(item["end"]),
                jkk=int(item["JKK"]),
                jkm=int(item["JKM"]),
                jht=int(item["JHT"]),
                relief=int(item["relief"]),
                total=int(item["total"]),
            )
            for item in data["months"]
        )
        return cls(
            rule_version=str(data["rule_version"]),
            bracket=int(data["bracket"]),
            base=int(data["base"]),
            programs=tuple(str(code) for code in data["programs"]),
            months=months,
            total=int(data["total"]),
            rule_versions=tuple(str(v) for v in data.get("rule_versions") or ()),
        )


# Quotes already priced: (ids of the rules versions, the other inputs) → (those versions, the
# quote). A branch judging a chunk re-prices the same few quotes (one laptop, one day, a few
# incomes) hundreds of times; a Quote is immutable, and a hit is checked against the very
# rules objects it was priced with (an id is not reused while the entry holds its object).
_PRICED: dict[tuple[Any, ...], tuple[tuple[Rules, ...], Quote]] = {}
_PRICED_MAX = 4096


def quote(
    *,
    income: int,
    jht: bool,
    sector: str = "other",
    months: int = 1,
    start: date,
    government_paid: bool = False,
    employer: bool = False,
    rules: Rules | RuleBook | None = None,
) -> Quote:
    """Prices `months` coverage months from `start` for a declared monthly `income`.

    With a `RuleBook`, each coverage month is priced with the rules in force on its start date
    (bracket and base included); the quote's `bracket` and `base` are the first month's.
    The same inputs under the same rules objects give the same (immutable) quote, remembered.

    Raises ValueError for a sector other than "transport"/"other" or months outside 1–120;
    the validator reports such input as problems before it gets here.
    """
    versions = rules.versions if isinstance(rules, RuleBook) else (rules or default_rules(),)
    key = (tuple(map(id, versions)), type(income), income, jht, sector, type(months), months,
           start, government_paid, employer)  # fmt: skip
    hit = _PRICED.get(key)
    if hit is not None and all(a is b for a, b in zip(hit[0], versions, strict=True)):
        return hit[1]
    priced = _quote(
        income=income, jht=jht, sector=sector, months=months, start=start,
        government_paid=government_paid, employer=employer, rules=rules,
    )  # fmt: skip
    if len(_PRICED) >= _PRICED_MAX:
        _PRICED.clear()
    _PRICED[key] = (versions, priced)
    return priced


def _quote(
    *,
    income: int,
    jht: bool,
    sector: str,
    months: int,
    start: date,
    government_paid: bool,
    employer: bool,
    rules: Rules | RuleBook | None,
) -> Quote:
    if sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}")
    if isinstance(months, bool) or not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"months must be 1 to {MAX_MONTHS}")
    book = rules if isinstance(rules, RuleBook) else RuleBook((rules or default_rules(),))
    programs = PROGRAM_ORDER if jht else PROGRAM_ORDER[:2]
    flags = frozenset(
        name for name, on in (("government_paid", government_paid), ("employer", employer)) if on
    )
    periods = coverage_months(start, months)
    in_force = [book.in_force(begin) for begin, _end in periods]
    priced = tuple(
        _price_month(
            active,
            active.bracket_for(income).base,
            programs=programs,
            period=period,
            sector=sector,
            flags=flags,
        )
        for active, period in zip(in_force, periods, strict=True)
    )
    used = tuple(dict.fromkeys(active.version for active in in_force))
    first = in_force[0].bracket_for(income)
    return Quote(
        rule_version=used[0],
        bracket=first.number,
        base=first.base,
        programs=programs,
        months=priced,
        total=sum(month.total for month in priced),
        rule_versions=used if len(used) > 1 else (),
    )


def _price_month(
    rules: Rules,
    base: int,
    *,
    programs: Sequence[str],
    period: tuple[date, date],
    sector: str,
    flags: frozenset[str],
) -> QuoteMonth:
    """One coverage month; `flags` (government-paid, employer) may rule relief out."""
    amounts = {
        code: rules.programs[code].amount(base) if code in programs else 0 for code in PROGRAM_ORDER
    }
    relief = dict.fromkeys(PROGRAM_ORDER, 0)
    for rule in rules.reliefs:
        if rule.applies(period[0], sector, flags):
            for code in rule.programs:
                off = _floor(Decimal(amounts[code]) * rule.rate)
                relief[code] = min(amounts[code], relief[code] + off)
    taken = sum(relief.values())
    return QuoteMonth(
        start=period[0],
        end=period[1],
        jkk=amounts["JKK"],
        jkm=amounts["JKM"],
        jht=amounts["JHT"],
        relief=taken,
        total=sum(amounts.values()) - taken,
        relief_jkk=relief["JKK"],
        relief_jkm=relief["JKM"],
    )


def _floor(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_FLOOR))
