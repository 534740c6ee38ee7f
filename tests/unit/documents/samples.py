"""Sample receipts and tally records for the document tests (plain data, made fresh each call)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from nacl.signing import SigningKey

from bpu_enroll.documents.qr import sign_receipt_payload
from bpu_enroll.documents.receipt.data import ReceiptData, ReceiptMonth
from bpu_enroll.documents.tally.figures import TallyData, TallyRecord, build_tally

FULL_NIK = "7371054503900003"  # a Makassar NIK (woman, born 5 March 1990)
MASKED_NIK = "7371********0003"
DEVICE = "D07"
SEED = bytes(range(32))
RECORD_ID = "0b7c8f8e-2d6a-4f7e-9a51-5c3f2e1d0a99"
CONTENT_HASH = hashlib.sha256(b"sample registration").hexdigest()
# 06.05 UTC is 14.05 WITA (Makassar, UTC+8).
ISSUED = datetime(2026, 3, 17, 6, 5, tzinfo=UTC)


def device_keys() -> dict[str, bytes]:
    """The public key table a branch would hold for the sample device."""
    return {DEVICE: bytes(SigningKey(SEED).verify_key)}


def payload(receipt_number: str = "7371-D07-20260317-00012") -> str:
    """A payload signed with the sample device key."""
    return sign_receipt_payload(
        receipt_number=receipt_number,
        record_id=RECORD_ID,
        content_hash=CONTENT_HASH,
        issued_at=ISSUED,
        device_code=DEVICE,
        signing_key=SEED,
    )


def months(count: int = 3) -> tuple[ReceiptMonth, ...]:
    """Bracket 1 with JHT, other sector: March full price, April on relief (PP 50/2025)."""
    out = []
    for index in range(count):
        month = 3 + index
        relief = 8400 if month >= 4 else 0
        out.append(
            ReceiptMonth(
                start=date(2026 + (month - 1) // 12, (month - 1) % 12 + 1, 17),
                end=date(2026 + month // 12, month % 12 + 1, 16),
                jkk=10000,
                jkm=6800,
                jht=20000,
                relief=relief,
                total=36800 - relief,
            )
        )
    return tuple(out)


def receipt(**changes: Any) -> ReceiptData:
    """A complete receipt for a Makassar branch (WITA); `changes` override fields."""
    quoted = months(3)
    base = ReceiptData(
        receipt_number="7371-D07-20260317-00012",
        record_id=RECORD_ID,
        officer_name="ANDI MAPPANYUKKI",
        branch_code="7371",
        branch_name="Makassar",
        branch_province_code="73",
        issued_at=ISSUED,
        full_name="SITI NURHALIZA",
        nik_masked=MASKED_NIK,
        birth_place="MAKASSAR",
        birth_date=date(1990, 3, 5),
        gender="F",
        occupation_name="Pedagang pasar",
        village_name="Pattunuang",
        district_name="Wajo",
        regency_name="Kota Makassar",
        declared_income=950000,
        bracket=1,
        base=1000000,
        programs=("JKK", "JKM", "JHT"),
        months=quoted,
        months_paid=3,
        cash_paid=sum(m.total for m in quoted),
        qr_payload=payload(),
        rule_version="PP44-2015+PP50-2025/v1",
        work_location="Pasar Sentral",
    )
    return replace(base, **changes)


def tally_records(count: int = 12) -> list[TallyRecord]:
    """Records of 17 March 2026 (WITA) for two officers at two places; one voided."""
    groups = ("Perdagangan dan makanan", "Perikanan", "Transportasi dan pengiriman")
    out = []
    for index in range(count):
        officer = "ANDI MAPPANYUKKI" if index % 3 else "NURUL HIDAYAH"
        out.append(
            TallyRecord(
                officer=officer,
                work_location="Pasar Sentral" if index % 2 else "Pelabuhan Paotere",
                status=("final", "sent", "accepted", "duplicate", "rejected")[index % 5],
                voided=index == 4,
                programs=("JKK", "JKM", "JHT") if index % 4 == 0 else ("JKK", "JKM"),
                occupation_group=groups[index % 3],
                sector="transport" if index % 3 == 2 else "other",
                gender="F" if index % 2 else "M",
                total_quoted=36800 if index % 4 == 0 else 16800,
                cash_paid=16800 if index % 2 else 0,
                receipt_number=f"7371-D07-20260317-{index + 1:05d}",
                created_at=datetime(2026, 3, 17, 1, 0, tzinfo=UTC) + timedelta(minutes=37 * index),
            )
        )
    return out


def tally(records: list[TallyRecord] | None = None) -> TallyData:
    """The tally of `records` (the sample ones by default) for 17 March 2026 in Makassar."""
    return build_tally(
        tally_records() if records is None else records,
        branch_code="7371",
        branch_name="Makassar",
        province_code="73",
        device_code=DEVICE,
        day=date(2026, 3, 17),
        generated_at=datetime(2026, 3, 17, 10, 0, tzinfo=UTC),
    )
