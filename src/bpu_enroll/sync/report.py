"""The laptop's report to its branch after a sync: DTOs shared by both sides.

After each completed sync the laptop sends `POST /api/v1/reports` (signed like every device
request): how many records still wait to be sent (`pending`) and its own daily tally documents
(`bpu-enroll tally --json`) for each local day with records in the last `REPORT_DAYS` days. The
branch keeps the newest per (device, day) and reconciles them with what it received.

A tally document is checked for consistency on arrival: its `hash` must be the SHA-256 of the
canonical JSON of the rest but its `labels` (`figures_hash`), so a document altered on the way
(or on a USB stick) is refused rather than reconciled. A hash proves only that the document is
the one its maker meant: the figures the branch reads to reconcile (each row's officer and
place, the counts by status, the voided, first and last receipt numbers, the words under
`labels`) must also have their shapes, a count by status is 0 to `MAX_COUNT` (one of -5 read as
"-5 records not synced"), and no number may be NaN or infinite
(`TallyDocument.figures_readable`), else the document is refused as invalid (422). A laptop's
report whose tally held a list where the branch reads counts was kept, and the supervisor's
reconciliation of that day was a 500 from then on.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bpu_enroll.documents.tally.figures import figures_hash
from bpu_enroll.sync.protocol import TEXT

REPORT_DAYS = 7
MAX_REPORT_TALLIES = 31
MAX_TALLY_ROWS = 5_000
MAX_COUNT = 10**9  # a count by status, as a report's `pending`


class TallyDocument(BaseModel):
    """A laptop's `tally --json` document (figures and hash); unknown keys are kept."""

    model_config = ConfigDict(extra="allow")

    branch: dict[str, Any]
    device: str = Field(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9]{1,16}$")
    date: date
    zone: str = Field(max_length=8)
    rows: list[dict[str, Any]] = Field(max_length=MAX_TALLY_ROWS)
    totals: dict[str, Any]
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def figures_readable(self) -> Self:
        """Refuse a document whose figures the branch reads have another shape than a laptop's
        `tally --json` gives them (see the module text); the error names the part, never its
        value."""
        extra = self.model_extra or {}
        for where, row in [*((f"rows[{n}]", r) for n, r in enumerate(self.rows)),
                           ("totals", self.totals)]:  # fmt: skip
            fault = _row_fault(row)
            if fault:
                raise ValueError(f"{where}.{fault} is not a tally figure")
        labels = extra.get("labels")
        if labels is not None and not (
            isinstance(labels, dict)
            and all(_is_words(labels.get(key)) for key in ("officers", "occupation_groups"))
        ):
            raise ValueError("labels are not a tally's words")
        if any(_not_finite(value) for value in (self.rows, self.totals, self.branch, extra)):
            raise ValueError("a tally figure is not a finite number")
        return self

    def figures(self) -> dict[str, Any]:
        """The document as JSON-ready data (what the laptop printed), hash included."""
        return self.model_dump(mode="json")

    def hash_is_consistent(self) -> bool:
        """True when `hash` is the SHA-256 of the canonical JSON of every key but `hash` and
        `labels` (the display words)."""
        return figures_hash(self.figures()) == self.hash


def _row_fault(row: dict[str, Any]) -> str | None:
    """The name of the first figure of a tally row (or its totals) the branch cannot read."""
    for key in ("officer", "work_location", "first_receipt", "last_receipt"):
        if not isinstance(row.get(key), str | None):
            return key
    counts = row.get("by_status")
    if counts is not None and not (
        isinstance(counts, dict)
        and all(
            isinstance(n, int) and not isinstance(n, bool) and 0 <= n <= MAX_COUNT
            for n in counts.values()
        )
    ):
        return "by_status"
    voided = row.get("voided_receipts")
    if voided is not None and not (
        isinstance(voided, list) and all(isinstance(n, str) for n in voided)
    ):
        return "voided_receipts"
    return None


def _is_words(value: Any) -> bool:
    """True for what a tally's `labels` hold under a key: absent, or codes to words."""
    return value is None or (
        isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    )


def _numbers(value: Any) -> Iterator[float]:
    if isinstance(value, float):
        yield value
    elif isinstance(value, dict):
        for inner in value.values():
            yield from _numbers(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _numbers(inner)


def _not_finite(value: Any) -> bool:
    """True when `value` holds NaN or an infinity anywhere (the answer could not be JSON)."""
    return any(not math.isfinite(number) for number in _numbers(value))


class LaptopReport(BaseModel):
    """`POST /reports`: the laptop's pending count and recent daily tallies."""

    model_config = ConfigDict(extra="forbid")

    device: str = Field(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9]{1,16}$")
    generated_at: datetime
    pending: int = Field(ge=0, le=MAX_COUNT)
    tallies: list[TallyDocument] = Field(default_factory=list, max_length=MAX_REPORT_TALLIES)
    # Added in 0.2 (optional): what the laptop runs, so the supervisor sees old versions.
    app_version: str | None = Field(default=None, max_length=32, pattern=TEXT)
    reference_versions: dict[str, str] = Field(default_factory=dict, max_length=16)


class ReportAnswer(BaseModel):
    """The branch's receipt of a report: how many day tallies it kept (older ones are ignored)."""

    device: str
    received_at: datetime
    days: list[date]
