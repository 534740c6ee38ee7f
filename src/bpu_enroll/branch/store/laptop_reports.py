"""The tables of the laptops' reports the branch keeps (`device.reports` fills and reads them):
the newest report per device and the newest tally per device and day.

Declared in the store, with every other branch table, so the store's migrations environment
(`migrations/env.py`) sees them without reaching up into the device face: Alembic's
autogenerate compares the models it is given, and one left out is a table it proposes to drop.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Column, DateTime, Text
from sqlalchemy.orm import object_session
from sqlmodel import Field, SQLModel

from bpu_enroll.branch.store.fields import open_tally


class LaptopReportRow(SQLModel, table=True):
    """A laptop's newest report: when it was made and received, and its pending count."""

    __tablename__ = "branch_laptop_report"

    device_id: int = Field(primary_key=True, foreign_key="branch_device.id")
    generated_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    received_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    pending: int = Field(default=0)
    # Added in 0.2: the app version and reference-data versions the laptop runs (JSON).
    app_version: str | None = Field(default=None, max_length=32)
    reference_versions: str | None = Field(default=None, sa_column=Column(Text, nullable=True))

    def references(self) -> dict[str, str]:
        """The reported reference-data versions (empty when an older laptop sent none)."""
        value: dict[str, str] = json.loads(self.reference_versions or "{}")
        return value


class LaptopTallyRow(SQLModel, table=True):
    """A laptop's newest tally document of one local day (its `tally --json`)."""

    __tablename__ = "branch_laptop_tally"

    device_id: int = Field(primary_key=True, foreign_key="branch_device.id")
    day: str = Field(primary_key=True, max_length=10, index=True)
    generated_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    received_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    tally_hash: str = Field(max_length=64)
    document: str = Field(sa_column=Column(Text, nullable=False))

    def figures(self) -> dict[str, Any]:
        """The stored tally document as the laptop sent it (its officers' names, sealed on
        PostgreSQL, opened with the row's session's key)."""
        session = object_session(self)
        if session is None:
            if self.document.startswith("sealed:"):
                raise ValueError("a tally sealed whole needs the row's session")
            value: dict[str, Any] = json.loads(self.document)
            return value
        return open_tally(session, self.document)  # type: ignore[arg-type]
