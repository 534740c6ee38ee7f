"""The laptop's report to its branch after a sync: DTOs shared by both sides.

After each completed sync the laptop sends `POST /api/v1/reports` (signed like every device
request): how many records still wait to be sent (`pending`) and its own daily tally documents
(`bpu-enroll tally --json`) for each local day with records in the last `REPORT_DAYS` days. The
branch keeps the newest per (device, day) and reconciles them with what it received.

A tally document is checked for consistency on arrival: its `hash` must be the SHA-256 of the
canonical JSON of the rest but its `labels` (`figures_hash`), so a document altered on the way
(or on a USB stick) is refused rather than reconciled.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from bpu_enroll.documents.tally.figures import figures_hash
from bpu_enroll.sync.protocol import TEXT

REPORT_DAYS = 7
MAX_REPORT_TALLIES = 31
MAX_TALLY_ROWS = 5_000


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

    def figures(self) -> dict[str, Any]:
        """The document as JSON-ready data (what the laptop printed), hash included."""
        return self.model_dump(mode="json")

    def hash_is_consistent(self) -> bool:
        """True when `hash` is the SHA-256 of the canonical JSON of every key but `hash` and
        `labels` (the display words)."""
        return figures_hash(self.figures()) == self.hash


class LaptopReport(BaseModel):
    """`POST /reports`: the laptop's pending count and recent daily tallies."""

    model_config = ConfigDict(extra="forbid")

    device: str = Field(min_length=1, max_length=16, pattern=r"^[A-Za-z0-9]{1,16}$")
    generated_at: datetime
    pending: int = Field(ge=0, le=10**9)
    tallies: list[TallyDocument] = Field(default_factory=list, max_length=MAX_REPORT_TALLIES)
    # Added in 0.2 (optional): what the laptop runs, so the supervisor sees old versions.
    app_version: str | None = Field(default=None, max_length=32, pattern=TEXT)
    reference_versions: dict[str, str] = Field(default_factory=dict, max_length=16)


class ReportAnswer(BaseModel):
    """The branch's receipt of a report: how many day tallies it kept (older ones are ignored)."""

    device: str
    received_at: datetime
    days: list[date]
