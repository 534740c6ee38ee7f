"""The daily tally's figures: a pure aggregator from plain records, and their canonical hash.

The caller (the store) selects one laptop's records for one day and hands them over as
`TallyRecord`s; `build_tally` counts them per officer and work location. The day runs from
the branch's local midnight to the next (`local_day_bounds`); records outside it are left out,
so the caller may select a little too much but never too little. The branch also tallies a
period of several days (`day_to`): the rows are then summed over the whole period, and the
figures (and so the hash) gain `date_to`; a single day's figures never carry it.

The figures name officers by their user name and occupation groups by their catalogue code;
the words a reader sees (an officer's display name, a group's name in the tally's language, the
branch's name) travel beside them in `officer_names`, `group_names` and `branch_name` and are
never hashed, so the same day hashes the same in every language, on the laptop and at the
branch (`tally_figures` puts them under `labels`, which `figures_hash` leaves out).

Voided registrations are counted under the status `voided` and listed by receipt number; every
other figure (programmes, groups, sectors, genders, money) counts only registrations that are
not voided. Drafts have no receipt and are ignored.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bpu_enroll.domain.formatting import local_day_bounds, zone_for_province

ALL_DEVICES = "ALL"
"""The device code of a branch tally that covers every laptop (never a real device code:
device codes are given by the branch and never this word)."""
STATUSES = ("final", "sent", "accepted", "duplicate", "rejected", "voided")
PROGRAM_SETS = ("JKK+JKM", "JKK+JKM+JHT")
SECTORS = ("transport", "other")
GENDERS = ("M", "F")


@dataclass(frozen=True)
class TallyRecord:
    """One finalised registration as the tally sees it (no NIK, no name of the worker); the
    officer by user name, the occupation group by its catalogue code."""

    officer: str
    work_location: str
    status: str
    voided: bool
    programs: tuple[str, ...]
    occupation_group: str
    sector: str
    gender: str
    total_quoted: int
    cash_paid: int
    receipt_number: str
    created_at: datetime


@dataclass(frozen=True)
class TallyGroup:
    """Records alike in every tallied dimension, counted together (by a database's GROUP BY):
    how many, their money, their lowest and highest receipt numbers, the voided ones."""

    officer: str
    work_location: str
    status: str
    voided: bool
    programs: tuple[str, ...]
    occupation_group: str
    sector: str
    gender: str
    count: int
    total_quoted: int
    cash_paid: int
    first_receipt: str
    last_receipt: str
    voided_receipts: tuple[str, ...]


@dataclass(frozen=True)
class TallyRow:
    """The figures of one officer at one work location (or, for the totals, of everyone)."""

    officer: str | None
    work_location: str | None
    records: int
    registrations: int
    by_status: dict[str, int]
    by_programs: dict[str, int]
    by_occupation_group: dict[str, int]
    by_sector: dict[str, int]
    by_gender: dict[str, int]
    total_quoted: int
    cash_collected: int
    voided_receipts: tuple[str, ...]
    first_receipt: str | None
    last_receipt: str | None

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data (part of `tally --json`)."""
        return {
            "officer": self.officer,
            "work_location": self.work_location,
            "records": self.records,
            "registrations": self.registrations,
            "by_status": dict(self.by_status),
            "by_programs": dict(self.by_programs),
            "by_occupation_group": dict(self.by_occupation_group),
            "by_sector": dict(self.by_sector),
            "by_gender": dict(self.by_gender),
            "total_quoted": self.total_quoted,
            "cash_collected": self.cash_collected,
            "voided_receipts": list(self.voided_receipts),
            "first_receipt": self.first_receipt,
            "last_receipt": self.last_receipt,
        }


@dataclass(frozen=True)
class TallyData:
    """A tally of one local day (or, with `day_to`, of a period): rows per officer and
    location, and totals."""

    branch_code: str
    branch_name: str
    province_code: str
    device_code: str
    day: date
    zone_label: str
    generated_at: datetime
    rows: tuple[TallyRow, ...]
    totals: TallyRow
    day_to: date | None = None
    officer_names: Mapping[str, str] = field(default_factory=dict)
    group_names: Mapping[str, str] = field(default_factory=dict)

    def officer_label(self, officer: str | None) -> str:
        """How a reader sees an officer: "display name (user name)", or the user name."""
        return self.officer_names.get(officer or "", officer or "")

    def group_label(self, code: str) -> str:
        """An occupation group's name in the tally's language, or its code."""
        return self.group_names.get(code, code)

    @property
    def last_day(self) -> date:
        """The period's last day (the day itself for a daily tally)."""
        return self.day_to or self.day

    @property
    def is_empty(self) -> bool:
        """True when no record at all was made that day."""
        return self.totals.records == 0


@dataclass
class _Counts:
    """A mutable accumulator for one row while the records stream past."""

    records: int = 0
    status: Counter[str] = field(default_factory=Counter)
    programs: Counter[str] = field(default_factory=Counter)
    groups: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)
    genders: Counter[str] = field(default_factory=Counter)
    quoted: int = 0
    cash: int = 0
    voided: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)

    def add(self, group: TallyGroup) -> None:
        """Count `group.count` records alike in every tallied dimension (a record is a group
        of one)."""
        self.records += group.count
        self.numbers += [group.first_receipt, group.last_receipt]
        if _is_voided(group.status, group.voided):
            self.status["voided"] += group.count
            self.voided.extend(group.voided_receipts)
            return
        self.status[group.status] += group.count
        self.programs["JKK+JKM+JHT" if "JHT" in group.programs else "JKK+JKM"] += group.count
        self.groups[group.occupation_group] += group.count
        self.sectors[group.sector] += group.count
        self.genders[group.gender] += group.count
        self.quoted += group.total_quoted
        self.cash += group.cash_paid

    def freeze(self, officer: str | None, work_location: str | None) -> TallyRow:
        return TallyRow(
            officer=officer,
            work_location=work_location,
            records=self.records,
            registrations=self.records - self.status["voided"],
            by_status=_fixed(self.status, STATUSES),
            by_programs=_fixed(self.programs, PROGRAM_SETS),
            by_occupation_group=dict(sorted(self.groups.items())),
            by_sector=_fixed(self.sectors, SECTORS),
            by_gender=_fixed(self.genders, GENDERS),
            total_quoted=self.quoted,
            cash_collected=self.cash,
            voided_receipts=tuple(sorted(self.voided)),
            first_receipt=min(self.numbers) if self.numbers else None,
            last_receipt=max(self.numbers) if self.numbers else None,
        )


def _fixed(counter: Counter[str], keys: tuple[str, ...]) -> dict[str, int]:
    """Always the same keys in the same order (zeros included), then any unexpected ones."""
    out = {key: counter.get(key, 0) for key in keys}
    out.update({key: counter[key] for key in sorted(counter) if key not in out})
    return out


def build_tally(
    records: Iterable[TallyRecord],
    *,
    branch_code: str,
    branch_name: str,
    province_code: str,
    device_code: str,
    day: date,
    generated_at: datetime,
    day_to: date | None = None,
    officer_names: Mapping[str, str] | None = None,
    group_names: Mapping[str, str] | None = None,
) -> TallyData:
    """Count `records` made on `day` (branch local time) per officer and work location; with
    `day_to`, those made from `day` to `day_to` inclusive, summed over the period."""
    start, _ = local_day_bounds(day, province_code)
    _, end = local_day_bounds(day_to or day, province_code)
    return build_tally_from_groups(
        _in_period(records, start, end),
        branch_code=branch_code,
        branch_name=branch_name,
        province_code=province_code,
        device_code=device_code,
        day=day,
        day_to=day_to,
        generated_at=generated_at,
        officer_names=officer_names,
        group_names=group_names,
    )


# officer, work location, status, voided, programmes, occupation group, sector, gender
_Key = tuple[str, str, str, bool, tuple[str, ...], str, str, str]


def _in_period(records: Iterable[TallyRecord], start: datetime, end: datetime) -> list[TallyGroup]:
    """The records made in [start, end), drafts left out, grouped as a database's GROUP BY
    would (the same dimensions, counts, sums, lowest and highest receipt, voided receipts). A
    record of an unknown status is passed on wherever it falls, for `build_tally_from_groups`
    to refuse."""
    groups: dict[_Key, _Accumulated] = {}
    for record in records:
        if record.status == "draft":
            continue
        if record.status in STATUSES and not start <= record.created_at < end:
            continue
        key = (record.officer, record.work_location, record.status, record.voided,
               record.programs, record.occupation_group, record.sector, record.gender)  # fmt: skip
        found = groups.get(key)
        if found is None:
            groups[key] = found = _Accumulated(record.receipt_number)
        found.add(record)
    return [found.group(record_key) for record_key, found in groups.items()]


class _Accumulated:
    """One group's running figures while records stream past."""

    __slots__ = ("cash", "count", "first", "last", "quoted", "voided")

    def __init__(self, receipt: str) -> None:
        self.count = self.quoted = self.cash = 0
        self.first = self.last = receipt
        self.voided: list[str] = []

    def add(self, record: TallyRecord) -> None:
        self.count += 1
        self.quoted += record.total_quoted
        self.cash += record.cash_paid
        number = record.receipt_number
        self.first = min(self.first, number)
        self.last = max(self.last, number)
        if _is_voided(record.status, record.voided):
            self.voided.append(number)

    def group(self, key: _Key) -> TallyGroup:
        officer, place, status, voided, programs, occupation, sector, gender = key
        return TallyGroup(
            officer=officer,
            work_location=place,
            status=status,
            voided=voided,
            programs=programs,
            occupation_group=occupation,
            sector=sector,
            gender=gender,
            count=self.count,
            total_quoted=self.quoted,
            cash_paid=self.cash,
            first_receipt=self.first,
            last_receipt=self.last,
            voided_receipts=tuple(self.voided),
        )


def _is_voided(status: str, voided: bool) -> bool:
    """Voided records count only under `voided` (by the flag or, from the branch, the state)."""
    return voided or status == "voided"


def build_tally_from_groups(
    groups: Iterable[TallyGroup],
    *,
    branch_code: str,
    branch_name: str,
    province_code: str,
    device_code: str,
    day: date,
    generated_at: datetime,
    day_to: date | None = None,
    officer_names: Mapping[str, str] | None = None,
    group_names: Mapping[str, str] | None = None,
) -> TallyData:
    """The figures from records already grouped and counted by the caller (who selected
    exactly the period's records, drafts left out); `build_tally` comes here too, each of its
    records a group of one, so the tally's rules live in `_Counts.add` alone."""
    if day_to is not None and day_to < day:
        raise ValueError("the period ends before it starts")
    rows: dict[tuple[str, str], _Counts] = {}
    totals = _Counts()
    for group in groups:
        if group.status not in STATUSES:
            raise ValueError(f"unknown registration status {group.status!r}")
        key = (group.officer, group.work_location)
        rows.setdefault(key, _Counts()).add(group)
        totals.add(group)
    return _assemble(
        rows,
        totals,
        branch_code=branch_code,
        branch_name=branch_name,
        province_code=province_code,
        device_code=device_code,
        day=day,
        day_to=day_to,
        generated_at=generated_at,
        names=(dict(officer_names or {}), dict(group_names or {})),
    )


def _assemble(
    rows: dict[tuple[str, str], _Counts],
    totals: _Counts,
    *,
    branch_code: str,
    branch_name: str,
    province_code: str,
    device_code: str,
    day: date,
    day_to: date | None,
    generated_at: datetime,
    names: tuple[dict[str, str], dict[str, str]],
) -> TallyData:
    _zone, label = zone_for_province(province_code)
    return TallyData(
        branch_code=branch_code,
        branch_name=branch_name,
        province_code=province_code,
        device_code=device_code,
        day=day,
        zone_label=label,
        generated_at=generated_at,
        rows=tuple(rows[key].freeze(*key) for key in sorted(rows)),
        totals=totals.freeze(None, None),
        day_to=day_to if day_to != day else None,
        officer_names=names[0],
        group_names=names[1],
    )


def _figures(data: TallyData) -> dict[str, Any]:
    figures: dict[str, Any] = {
        "branch": {"code": data.branch_code},
        "device": data.device_code,
        "date": data.day.isoformat(),
        "zone": data.zone_label,
        "rows": [row.to_dict() for row in data.rows],
        "totals": data.totals.to_dict(),
    }
    if data.day_to is not None and data.day_to != data.day:
        figures["date_to"] = data.day_to.isoformat()
    return figures


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the same encoding as the records' content hash."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


UNHASHED = ("hash", "labels")


def tally_hash(data: TallyData) -> str:
    """SHA-256 hex over the canonical JSON of the figures: codes and numbers only (no
    generation time, no display words)."""
    return hashlib.sha256(canonical_json(_figures(data))).hexdigest()


def figures_hash(document: Mapping[str, Any]) -> str:
    """The hash a `tally --json` document should carry: its keys but `hash` and `labels`."""
    rest = {key: value for key, value in document.items() if key not in UNHASHED}
    return hashlib.sha256(canonical_json(rest)).hexdigest()


def labels(data: TallyData) -> dict[str, Any]:
    """The words beside the figures (not hashed): branch name, officers, occupation groups."""
    return {
        "branch": data.branch_name,
        "officers": dict(sorted(data.officer_names.items())),
        "occupation_groups": dict(sorted(data.group_names.items())),
    }


def tally_figures(data: TallyData) -> dict[str, Any]:
    """The `tally --json` document: the figures, their `labels` and `hash`.

    To check a printed tally, drop `hash` and `labels`, encode the rest with `canonical_json`
    and compare its SHA-256 with the hash printed at the foot of every page.
    """
    return {**_figures(data), "labels": labels(data), "hash": tally_hash(data)}
