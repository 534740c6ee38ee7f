"""The plain data a registration receipt is printed from (filled by the store or the CLI).

No database objects here: frozen dataclasses of strings, ints, dates and UTC datetimes. The
NIK arrives masked (`3201********0001`); a full 16-digit NIK handed in by mistake is masked on
the spot, and anything else that is not a masked NIK is refused, so a full NIK can never reach
the PDF.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bpu_enroll.domain.formatting import mask_nik

RECEIPT_SIZES = ("a5", "80mm")
STATUSES = ("final", "sent", "accepted", "duplicate", "rejected")
PROGRAM_ORDER = ("JKK", "JKM", "JHT")
_MASKED_NIK = re.compile(r"^\d{4}\*{8}\d{4}$|^\*{1,16}$")


@dataclass(frozen=True)
class ReceiptMonth:
    """One coverage month of the quote: undiscounted amounts, the relief taken off, the total.

    `total == jkk + jkm + jht - relief` (DESIGN: the `quote --json` month entry).
    """

    start: date
    end: date
    jkk: int
    jkm: int
    jht: int
    relief: int
    total: int

    @classmethod
    def from_quote_month(cls, entry: Mapping[str, Any]) -> ReceiptMonth:
        """From one month of `Quote.to_dict()` (`start`, `end`, `JKK`, `JKM`, `JHT`, ...)."""

        def day(value: Any) -> date:
            return value if isinstance(value, date) else date.fromisoformat(str(value))

        return cls(
            start=day(entry["start"]),
            end=day(entry["end"]),
            jkk=int(entry["JKK"]),
            jkm=int(entry["JKM"]),
            jht=int(entry.get("JHT", 0)),
            relief=int(entry.get("relief", 0)),
            total=int(entry["total"]),
        )

    def amounts(self) -> tuple[int, int, int, int, int]:
        """The money figures, to tell months with the same price apart from the rest."""
        return (self.jkk, self.jkm, self.jht, self.relief, self.total)


def months_from_quote(quote: Mapping[str, Any]) -> tuple[ReceiptMonth, ...]:
    """All coverage months of a `Quote.to_dict()` document (its `months` list)."""
    entries: Iterable[Mapping[str, Any]] = quote.get("months", ())
    return tuple(ReceiptMonth.from_quote_month(entry) for entry in entries)


@dataclass(frozen=True)
class ReceiptData:
    """Everything one receipt shows, plus how it is printed (copy, void, correction).

    Times are timezone-aware UTC; they are shown in the zone of `branch_province_code`.
    `reprint_count` 0 is the original, n the n-th reprint (marked SALINAN); `electronic` is a
    saved PDF (marked as the electronic copy, never as the original paper). `voided` prints
    BATAL across the page; `replaces_receipt_number` names the receipt a correction replaces.
    `qr_payload` comes from `documents.qr.sign_receipt_payload`.
    """

    receipt_number: str
    record_id: str
    officer_name: str
    branch_code: str
    branch_name: str
    branch_province_code: str
    issued_at: datetime
    full_name: str
    nik_masked: str
    birth_place: str
    birth_date: date
    gender: str
    occupation_name: str
    village_name: str
    district_name: str
    regency_name: str
    declared_income: int
    bracket: int
    base: int
    programs: tuple[str, ...]
    months: tuple[ReceiptMonth, ...]
    months_paid: int
    cash_paid: int
    qr_payload: str
    rule_version: str = ""
    work_location: str = ""
    consent_purpose: str = ""
    status: str = "final"
    kpj_number: str | None = None
    reprint_count: int = 0
    electronic: bool = False
    printed_at: datetime | None = None
    voided: bool = False
    void_reason: str = ""
    replaces_receipt_number: str | None = None

    def __post_init__(self) -> None:
        nik = self.nik_masked.strip()
        if nik.isdigit() and len(nik) == 16:
            nik = mask_nik(nik)
        if not _MASKED_NIK.match(nik):
            raise ValueError("nik_masked must be a masked NIK such as 3201********0001")
        object.__setattr__(self, "nik_masked", nik)
        for moment in (self.issued_at, self.printed_at):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("receipt times must be timezone-aware (UTC)")
        if self.status not in (*STATUSES, "voided"):
            raise ValueError(f"unknown status {self.status!r}")
        if self.reprint_count < 0:
            raise ValueError("reprint_count must be 0 or more")

    @property
    def kind(self) -> str:
        """`voided`, `correction`, `reprint`, `electronic` or `original` (the strongest mark
        wins)."""
        if self.voided:
            return "voided"
        if self.replaces_receipt_number:
            return "correction"
        if self.reprint_count:
            return "reprint"
        if self.electronic:
            return "electronic"
        return "original"

    @property
    def ordered_programs(self) -> tuple[str, ...]:
        """The programmes in the printed order JKK, JKM, JHT."""
        return tuple(code for code in PROGRAM_ORDER if code in self.programs)

    @property
    def quote_total(self) -> int:
        """The sum of the quoted months."""
        return sum(month.total for month in self.months)
