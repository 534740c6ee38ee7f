"""Plain, detached views of stored registrations and drafts, for lists, details and results.

Rows never carry the NIK in clear: lists show `nik_masked`. The full registration (with the
NIK) is only in `RegistrationDetail.registration`, for the correction form.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from bpu_enroll.domain.contributions import Quote
from bpu_enroll.domain.errors import BpuError, Problem
from bpu_enroll.domain.formatting import mask_nik
from bpu_enroll.domain.registration import Validation
from bpu_enroll.store.models import Draft, Registration
from bpu_enroll.store.rawsql import RegistrationListing


@dataclass(frozen=True)
class RegistrationRow:
    """One line of the Registrations page."""

    id: str
    receipt_number: str
    version: int
    full_name: str
    nik_masked: str
    village_code: str
    occupation_code: str
    sector: str
    status: str
    voided: bool
    supersedes_id: str | None
    superseded_by_id: str | None
    created_at: datetime
    officer: str
    programs: tuple[str, ...]
    months_paid: int
    total_quoted: int
    cash_paid: int | None

    @property
    def superseded(self) -> bool:
        """True when a newer version replaced this one."""
        return self.superseded_by_id is not None


@dataclass(frozen=True)
class RegistrationDetail:
    """Everything about one stored version, for the details panel and the receipt."""

    row: RegistrationRow
    registration: dict[str, Any]
    quote: dict[str, Any]
    rule_version: str
    content_hash: str
    updated_at: datetime
    void_reason: str | None
    voided_at: datetime | None
    voided_by: str | None
    kpj: str | None
    reject_codes: tuple[str, ...]
    reprint_count: int
    supersedes_receipt: str | None
    superseded_by_receipt: str | None
    # What the branch said with its decision (rejections), and whether the retention rule
    # removed the personal fields (`registration` then holds none of them).
    branch_note: str | None = None
    branch_reason_text: str | None = None
    purged_at: datetime | None = None
    officer_name: str = ""  # the officer's name as the receipt prints it ("" when unknown)


@dataclass(frozen=True)
class FinaliseResult:
    """A stored final record: its id, receipt number and the quote that was shown."""

    id: str
    receipt_number: str
    quote: Quote
    content_hash: str
    created_at: datetime
    warnings: tuple[Problem, ...] = ()
    replaces_receipt: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `register --json` item: `{"id", "receipt_number", "quote"}`."""
        return {"id": self.id, "receipt_number": self.receipt_number, "quote": self.quote.to_dict()}


@dataclass(frozen=True)
class DraftInfo:
    """One saved draft in the list of drafts."""

    id: str
    updated_at: datetime
    label: str
    officer: str = ""


class RegistrationRefused(BpuError):
    """Finalise or correct refused by validation; `validation` holds every error and warning."""

    def __init__(self, validation: Validation) -> None:
        first = validation.errors[0] if validation.errors else None
        super().__init__(first.code if first else "REQUIRED", field=first.field if first else "")
        self.validation = validation

    @property
    def errors(self) -> list[Problem]:
        """Every error, each tied to its field."""
        return list(self.validation.errors)

    def to_dict(self) -> dict[str, Any]:
        """`{"valid": false, "errors": [...], "warnings": [...]}`."""
        return self.validation.to_dict()


def to_row(row: Registration | RegistrationListing) -> RegistrationRow:
    """A stored row, or a search's listing of one → its list view (NIK masked)."""
    return RegistrationRow(
        id=row.id,
        receipt_number=row.receipt_number,
        version=row.version,
        full_name=row.full_name,
        nik_masked=mask_nik(row.nik),
        village_code=row.village_code,
        occupation_code=row.occupation_code,
        sector=row.sector,
        status=row.status,
        voided=row.voided,
        supersedes_id=row.supersedes_id,
        superseded_by_id=row.superseded_by_id,
        created_at=row.created_at,
        officer=row.officer,
        programs=tuple(code for code in row.programs.split(",") if code),
        months_paid=row.months_paid,
        total_quoted=row.total_quoted,
        cash_paid=row.cash_paid,
    )


_ROW_FIELDS = tuple(field.name for field in fields(RegistrationRow))
_new = object.__new__


def listed_rows(fetched: Iterable[Sequence[Any]]) -> list[RegistrationRow]:
    """Rows as a search fetches them (`rawsql.LISTING_COLUMNS`, stored values) → list rows,
    equal to `to_row(rawsql.listing(row))` but several times cheaper: the search's hot path.

    A page of 50 rows is most of what the Registrations search costs beyond its SQL (the
    profile of the "search anywhere" benchmark): going through a `RegistrationListing` first,
    `datetime.replace(tzinfo=...)` and the frozen dataclass's `__init__` (one
    `object.__setattr__` per field) took more time than SQLite took to find the rows. Here
    each row is built once, its fields set in one step (the dataclass stays frozen), and the
    stored naive UTC moment is read as UTC by `fromisoformat` itself.
    """
    built: list[RegistrationRow] = []
    for (
        record_id, receipt_number, version, full_name, nik, village_code, occupation_code,
        sector, status, voided, supersedes_id, superseded_by_id, created_at, officer, programs,
        months_paid, total_quoted, cash_paid,
    ) in fetched:  # fmt: skip
        row = _new(RegistrationRow)
        row.__dict__.update(zip(_ROW_FIELDS, (
            record_id, receipt_number, version, full_name, mask_nik(nik), village_code,
            occupation_code, sector, status, bool(voided), supersedes_id, superseded_by_id,
            datetime.fromisoformat(created_at + "+00:00"), officer,
            tuple(filter(None, programs.split(","))), months_paid, total_quoted, cash_paid,
        ), strict=True))  # fmt: skip
        built.append(row)
    return built


def to_detail(
    row: Registration,
    *,
    supersedes_receipt: str | None,
    superseded_by_receipt: str | None,
    officer_name: str = "",
) -> RegistrationDetail:
    """A stored row → its full view."""
    return RegistrationDetail(
        row=to_row(row),
        registration=json.loads(row.data_json),
        quote=json.loads(row.quote_json),
        rule_version=row.rule_version,
        content_hash=row.content_hash,
        updated_at=row.updated_at,
        void_reason=row.void_reason,
        voided_at=row.voided_at,
        voided_by=row.voided_by,
        kpj=row.kpj,
        reject_codes=_codes(row.reject_codes),
        reprint_count=row.reprint_count,
        supersedes_receipt=supersedes_receipt,
        superseded_by_receipt=superseded_by_receipt,
        branch_note=row.branch_note,
        branch_reason_text=row.branch_reason_text,
        purged_at=row.purged_at,
        officer_name=officer_name,
    )


def _codes(stored: str | None) -> tuple[str, ...]:
    """Reason codes as stored (a JSON list; a comma-separated text from older builds)."""
    if not stored:
        return ()
    try:
        value = json.loads(stored)
    except ValueError:
        return tuple(code for code in stored.split(",") if code)
    return tuple(str(code) for code in value) if isinstance(value, list) else ()


def to_draft_info(draft: Draft) -> DraftInfo:
    """A stored draft → its list entry, labelled by name, else masked NIK, else `—`."""
    try:
        data = json.loads(draft.data_json)
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    name = data.get("full_name")
    nik = data.get("nik")
    if isinstance(name, str) and name.strip():
        label = " ".join(name.upper().split())
    elif isinstance(nik, str) and nik.strip():
        label = mask_nik(nik)
    else:
        label = "—"
    return DraftInfo(id=draft.id, updated_at=draft.updated_at, label=label, officer=draft.officer)
