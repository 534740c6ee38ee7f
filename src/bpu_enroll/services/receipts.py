"""Printing and checking receipts: a stored record → `ReceiptData` → PDF, and QR verification.

Rules chosen here (see also docs/ARCHITECTURE.md):

- **Original or copy, decided automatically** (`reprint=None`): the first PAPER print of a
  record is the original; any later paper print is a copy (SALINAN n) and adds one to the stored
  `reprint_count`. "Printed before" means `reprint_count > 0` or an audit `print` entry for the
  record newer than its `finalise`/`correct` entry (the log is read newest first and stops at the
  first of those, so it is a short walk right after finalising). `reprint=True` forces a copy,
  `reprint=False` forces the original (no count). `preview()` shows what the next paper print
  would look like without counting or logging it.
- **A saved PDF is the electronic copy** (`electronic=True`): for the worker's phone or the
  officer's archive. It says so on the page ("SALINAN ELEKTRONIK (PDF)"), carries the same QR,
  never uses up the original and never counts as a reprint: it is logged as `save_pdf`, which
  "printed before" does not look at. So the first paper the worker receives is the original,
  whatever was saved before it.
- **The QR payload of a record never changes**: it is signed over the record's receipt number,
  id and content hash with the record's finalisation time as issue time, so the original and
  every copy carry the same payload.
- A voided record prints with BATAL; a correction names the receipt it replaces; a superseded
  version (replaced by a correction) is not printed: `SUPERSEDED` (its paper would carry no mark
  that it was replaced).
- Every print appends one audit entry `print` (subject: the record id; receipt number, size,
  language, kind and reprint count; never the NIK).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey
from sqlmodel import Session, col, select

from bpu_enroll.documents.qr import (
    MALFORMED,
    ReceiptVerification,
    extract_payload_from_pdf,
    sign_receipt_payload,
    verify_receipt_payload,
)
from bpu_enroll.documents.receipt.data import RECEIPT_SIZES, ReceiptData, months_from_quote
from bpu_enroll.documents.receipt.pdf import render_receipt
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.formatting import mask_nik
from bpu_enroll.domain.occupations import Catalogue
from bpu_enroll.domain.regions import RegionIndex
from bpu_enroll.files import read_bounded
from bpu_enroll.services.reference import reference_for
from bpu_enroll.services.session import OfficerSession
from bpu_enroll.store import audit, repo
from bpu_enroll.store.models import AuditEntry, Officer, Profile, Registration

__all__ = [
    "ReceiptService",
    "ReceiptVerification",
    "RenderedReceipt",
    "payload_of",
    "public_key_of",
    "receipt_file_name",
    "verify_offline",
]

_LONG_NUMBER = re.compile(r"\d{10,}")
_FILE_SAFE = re.compile(r"[^A-Za-z0-9-]+")
_MAX_TEXT_PAYLOAD = 4096
# The largest file taken as a receipt (a PDF, a scan): a larger one is refused before it is read.
MAX_RECEIPT_FILE = 50 * 1024 * 1024
_SCAN_PAGES = 3


@dataclass(frozen=True)
class RenderedReceipt:
    """One printed receipt: the PDF, its QR payload and a file name without personal data.

    `kind` is `original`, `reprint`, `electronic`, `voided` or `correction` (the strongest mark
    printed);
    `reprint_count` is the SALINAN number printed (0 for the original).
    """

    pdf: bytes
    payload: str
    receipt_number: str
    file_name: str
    record_id: str
    reprint_count: int
    kind: str


class ReceiptService:
    """The receipt use-cases of one `OfficerSession`: print, preview, verify."""

    def __init__(
        self,
        session: OfficerSession,
        *,
        catalogue: Catalogue | None = None,
        regions: RegionIndex | None = None,
    ) -> None:
        self._session = session
        self._catalogue = catalogue
        self._regions = regions

    # --- printing ------------------------------------------------------------------------------

    def render(
        self,
        key: str,
        *,
        size: str = "a5",
        lang: str = "id",
        reprint: bool | None = None,
        electronic: bool = False,
    ) -> RenderedReceipt:
        """Print the receipt of a record (id or receipt number): count it and log it; with
        `electronic`, the PDF to save (the electronic copy: logged, never counted).

        One transaction: if rendering fails, neither the copy count nor the log changes.
        """
        _check_size(size)
        with self._session.store.session() as session:
            now = self._session.now()
            row = repo.get_registration(session, key=key)
            _check_printable(row)
            is_copy = self._printed_before(session, row) if reprint is None else reprint
            is_copy = is_copy and not electronic
            if is_copy:
                row = repo.record_reprint(session, key=row.id)
            copies = row.reprint_count if is_copy else 0
            rendered = self._render_row(
                session,
                row,
                size=size,
                lang=lang,
                reprint_count=copies,
                printed_at=now,
                electronic=electronic,
            )
            audit.append_audit(
                session,
                at=now,
                actor=self._session.officer.username,
                action="save_pdf" if electronic else "print",
                subject=row.id,
                details={
                    "receipt_number": row.receipt_number,
                    "size": size,
                    "lang": lang,
                    "kind": rendered.kind,
                    "reprint_count": rendered.reprint_count,
                },
            )
            return rendered

    def preview(self, key: str, *, size: str = "a5", lang: str = "id") -> RenderedReceipt:
        """What `render(key)` would print next, without counting or logging anything."""
        _check_size(size)
        with self._session.store.session(readonly=True) as session:
            row = repo.get_registration(session, key=key)
            _check_printable(row)
            copies = row.reprint_count + 1 if self._printed_before(session, row) else 0
            return self._render_row(
                session,
                row,
                size=size,
                lang=lang,
                reprint_count=copies,
                printed_at=self._session.now(),
            )

    def _render_row(
        self,
        session: Session,
        row: Registration,
        *,
        size: str,
        lang: str,
        reprint_count: int,
        printed_at: datetime,
        electronic: bool = False,
    ) -> RenderedReceipt:
        data = self.receipt_data(
            session, row, lang=lang, reprint_count=reprint_count, printed_at=printed_at
        )
        if electronic:
            data = replace(data, electronic=True)
        pdf = render_receipt(data, size=size, lang=lang)
        return RenderedReceipt(
            pdf=pdf,
            payload=data.qr_payload,
            receipt_number=row.receipt_number,
            file_name=receipt_file_name(row.receipt_number, lang=lang),
            record_id=row.id,
            reprint_count=data.reprint_count,
            kind=data.kind,
        )

    @staticmethod
    def _printed_before(session: Session, row: Registration) -> bool:
        """True when this record's receipt was printed already (so the next one is a copy)."""
        if row.reprint_count > 0:
            return True
        newest = session.exec(
            select(AuditEntry.action)
            .where(
                AuditEntry.subject == row.id,
                col(AuditEntry.action).in_(("print", "finalise", "correct")),
            )
            .order_by(col(AuditEntry.seq).desc())
            .limit(1)
        ).first()
        return newest == "print"

    def receipt_data(
        self,
        session: Session,
        row: Registration,
        *,
        lang: str = "id",
        reprint_count: int = 0,
        printed_at: datetime | None = None,
    ) -> ReceiptData:
        """Everything the receipt of `row` shows (NIK masked, names looked up, QR signed);
        `reprint_count` > 0 prints SALINAN with that number and `printed_at`."""
        form: dict[str, Any] = json.loads(row.data_json)
        quote: dict[str, Any] = json.loads(row.quote_json)
        village = (self._regions or reference_for(self._session.data_dir).regions).village(
            row.village_code
        )
        profile = self._session.profile
        return ReceiptData(
            receipt_number=row.receipt_number,
            record_id=row.id,
            officer_name=_officer_name(session, row.officer),
            branch_code=profile.branch_code,
            branch_name=profile.branch_name,
            branch_province_code=profile.province_code,
            issued_at=row.created_at,
            full_name=row.full_name,
            nik_masked=mask_nik(row.nik),
            birth_place=str(form.get("birth_place") or ""),
            birth_date=date.fromisoformat(str(form["birth_date"])),
            gender=row.gender,
            occupation_name=self._occupation_name(row.occupation_code, form, lang),
            village_name=village.name if village else row.village_code,
            district_name=village.district_name if village else "",
            regency_name=village.regency_name if village else "",
            declared_income=int(form.get("monthly_income") or 0),
            bracket=int(quote.get("bracket", 0)),
            base=int(quote.get("base", 0)),
            programs=tuple(code for code in row.programs.split(",") if code),
            months=months_from_quote(quote),
            months_paid=row.months_paid,
            cash_paid=int(row.cash_paid or 0),
            qr_payload=self.payload_for(session, row),
            rule_version=row.rule_version,
            work_location=row.work_location or "",
            status="voided" if row.voided else row.status,  # a voided receipt reads as voided
            kpj_number=row.kpj,
            reprint_count=reprint_count,
            printed_at=printed_at if reprint_count else None,
            voided=row.voided,
            void_reason=_scrub(row.void_reason or ""),
            replaces_receipt_number=_receipt_of(session, row.supersedes_id),
        )

    def payload_for(self, session: Session, row: Registration) -> str:
        """The record's signed QR payload (the same on every print of it)."""
        profile = session.get(Profile, 1)
        if profile is None:
            raise BpuError("STORE_CORRUPT")
        return sign_receipt_payload(
            receipt_number=row.receipt_number,
            record_id=row.id,
            content_hash=row.content_hash,
            issued_at=row.created_at,
            device_code=profile.device_code,
            signing_key=bytes(profile.device_signing_key),
        )

    def _occupation_name(self, code: str, form: Mapping[str, Any], lang: str) -> str:
        occupation = (self._catalogue or reference_for(self._session.data_dir).catalogue).get(code)
        other = str(form.get("occupation_other") or "").strip()
        if occupation is None:
            return other or code
        if occupation.requires_text and other:
            return other
        return occupation.name(lang)

    # --- checking ------------------------------------------------------------------------------

    def device_keys(self) -> dict[str, bytes]:
        """The device public keys this store knows: this laptop's own device.

        The store keeps no other devices' keys yet; a branch list can be passed to
        `verify_offline` directly.
        """
        seed = self._session.device_signing_key()
        return {self._session.profile.device_code: public_key_of(seed)}

    def verify(
        self, payload: str | bytes, *, extra_keys: Mapping[str, bytes] | None = None
    ) -> ReceiptVerification:
        """Check a QR payload (or a receipt PDF's bytes) against the known device keys."""
        keys = {**(extra_keys or {}), **self.device_keys()}
        return verify_offline(payload, keys)


# --- module helpers -------------------------------------------------------------------------------


def public_key_of(seed: bytes) -> bytes:
    """The 32-byte Ed25519 public key of a device's 32-byte signing seed."""
    return bytes(SigningKey(bytes(seed)).verify_key)


def receipt_file_name(receipt_number: str, *, lang: str = "id") -> str:
    """`tanda-terima-DEMO-D0001-20261124-00001.pdf`: only the receipt number, no personal data."""
    stem = "receipt" if lang == "en" else "tanda-terima"
    safe = _FILE_SAFE.sub("-", receipt_number).strip("-") or "tanpa-nomor"
    return f"{stem}-{safe}.pdf"


# An argument ending so names a receipt file (`verify-receipt` on both tools): when no such file
# is there it is refused as `FILE_NOT_FOUND`, not judged as a QR text (`MALFORMED`).
RECEIPT_FILE_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".txt")


def read_receipt_file(path: Path) -> bytes:
    """The bytes of the receipt file (PDF or scan) at `path`, refused with `FileTooLarge`
    (`FILE_TOO_LARGE`) beyond `MAX_RECEIPT_FILE` before it is read whole
    (`files.read_bounded`), so a file that grows while it is read cannot pass either."""
    return read_bounded(path, MAX_RECEIPT_FILE)


def payload_of(document: str | bytes) -> str | None:
    """The QR payload in a payload string, a receipt PDF, or a PNG/JPEG scan of a receipt.

    A PDF is read from its metadata first; a PDF without it (a scan) and an image are decoded
    from the QR symbol when `pypdfium2` and `zxing-cpp` are installed. None when nothing fits.
    """
    if isinstance(document, str):
        return document.strip() or None
    raw = bytes(document)
    if raw.startswith((b"%PDF", b"\x89PNG", b"\xff\xd8\xff")):
        try:
            return _payload_in_file(raw)
        except Exception:  # noqa: BLE001 - hostile files may break a parser in any way
            return None
    if len(raw) > _MAX_TEXT_PAYLOAD:
        return None
    try:
        return raw.decode("ascii").strip() or None
    except UnicodeDecodeError:
        return None


def verify_offline(document: str | bytes, device_keys: Mapping[str, bytes]) -> ReceiptVerification:
    """Verify a payload, receipt PDF or scan against `device_keys` ({device code: public key}).

    Never raises on bad input: garbage gives `MALFORMED`, an unknown device `UNKNOWN_DEVICE`,
    a tampered payload `BAD_SIGNATURE`.
    """
    payload = payload_of(document)
    if payload is None:
        return ReceiptVerification(False, None, None, None, MALFORMED)
    return verify_receipt_payload(payload, device_keys=device_keys)


def _payload_in_file(raw: bytes) -> str | None:
    if raw.startswith(b"%PDF"):
        return extract_payload_from_pdf(raw) or _scan_pdf(raw)
    return _scan_image(raw)


def _scan_pdf(raw: bytes) -> str | None:
    """Decode the QR of a PDF without metadata (a scan), first pages only."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - pypdfium2 is not part of the laptop bundle
        return None
    document = pdfium.PdfDocument(raw)
    try:
        pages = (document[index] for index in range(min(len(document), _SCAN_PAGES)))
        return next(filter(None, (_decode_qr(p.render(scale=4).to_pil()) for p in pages)), None)
    finally:
        document.close()


def _scan_image(raw: bytes) -> str | None:
    from PIL import Image

    with Image.open(io.BytesIO(raw)) as image:
        return _decode_qr(image.convert("RGB"))


def _decode_qr(image: Any) -> str | None:
    try:
        import zxingcpp
    except ImportError:  # pragma: no cover - zxing-cpp is a development dependency
        return None
    for result in zxingcpp.read_barcodes(image):
        if result.valid and result.text.startswith("BPU1."):
            return str(result.text)
    return None


def _check_size(size: str) -> None:
    if size not in RECEIPT_SIZES:
        raise BpuError("USAGE", detail=f"size must be one of {', '.join(RECEIPT_SIZES)}")


def _check_printable(row: Registration) -> None:
    if row.status == "draft":
        raise BpuError("NOT_FINAL")
    if row.superseded_by_id is not None:
        raise BpuError("SUPERSEDED")
    if row.purged_at is not None:
        raise BpuError("RECORD_PURGED")  # the branch holds the data and can print a copy


def _officer_name(session: Session, username: str) -> str:
    officer = session.get(Officer, username)
    return officer.display_name if officer is not None else username


def _receipt_of(session: Session, record_id: str | None) -> str | None:
    if record_id is None:
        return None
    linked = session.get(Registration, record_id)
    return linked.receipt_number if linked is not None else None


def _scrub(text: str) -> str:
    """Free text printed on paper: long digit runs (a NIK or phone typed in) masked."""
    return _LONG_NUMBER.sub(lambda match: "*" * len(match.group()), text.strip())
