"""The receipt service over a real encrypted store: PDFs parsed back, QR decoded and verified."""

from __future__ import annotations

import base64
import io
import json
from dataclasses import replace

import pytest
from nacl.signing import SigningKey
from sqlmodel import col, select

from bpu_enroll.documents.qr import sign_receipt_payload
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.receipts import (
    ReceiptService,
    payload_of,
    public_key_of,
    receipt_file_name,
    verify_offline,
)
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import OfficerSession
from bpu_enroll.store.audit import verify_audit_chain
from bpu_enroll.store.models import AuditEntry
from tests.unit.documents.pdf_helpers import decode_qr, flat, page_sizes, pdf_text, render_page
from tests.unit.services.conftest import FakeClock
from tests.unit.services.samples import nik_for, registration


@pytest.fixture
def receipts(officer_session: OfficerSession) -> ReceiptService:
    """The receipt use-cases of officer `demo`."""
    return ReceiptService(officer_session)


def _print_entries(session: OfficerSession) -> list[AuditEntry]:
    with session.store.session(readonly=True) as db:
        query = select(AuditEntry).where(AuditEntry.action == "print")
        return list(db.exec(query.order_by(col(AuditEntry.seq))).all())


def test_first_print_is_the_original_with_the_stored_data_and_a_verifiable_qr(
    service: RegistrationService, receipts: ReceiptService
) -> None:
    stored = service.finalise(registration(7))
    rendered = receipts.render(stored.id)
    text = flat(pdf_text(rendered.pdf))

    assert rendered.kind == "original"
    assert rendered.reprint_count == 0
    assert rendered.receipt_number == stored.receipt_number
    assert stored.receipt_number in text
    assert "BUDI SANTOSO" in text
    assert "3201********0007" in text
    assert nik_for(7) not in text
    assert "Pengemudi ojek pangkalan" in text  # occupation name from the catalogue
    assert "Kantor Cabang Demo" in text and "Petugas Demo" in text
    assert "Pondok Rajeg" in text and "Cibinong" in text  # village and district names
    assert "SALINAN" not in text and "BATAL" not in text
    assert rendered.file_name == f"tanda-terima-{stored.receipt_number}.pdf"

    scanned = decode_qr(render_page(rendered.pdf))
    assert scanned == [rendered.payload]
    verdict = receipts.verify(scanned[0])
    assert verdict.valid and verdict.reason == "OK"
    assert verdict.receipt_number == stored.receipt_number
    assert verdict.record_id == stored.id
    assert verdict.content_hash == stored.content_hash
    assert verdict.issued_at == stored.created_at.replace(microsecond=0)
    assert verdict.device == "D0001"


def test_later_prints_are_numbered_copies_with_the_same_payload(
    service: RegistrationService, receipts: ReceiptService, clock: FakeClock
) -> None:
    stored = service.finalise(registration(1))
    first = receipts.render(stored.receipt_number)
    clock.advance(minutes=30)
    second = receipts.render(stored.id)
    third = receipts.render(stored.id, size="80mm")

    assert (first.reprint_count, second.reprint_count, third.reprint_count) == (0, 1, 2)
    assert second.kind == "reprint"
    assert "SALINAN — cetak ulang ke-1" in flat(pdf_text(second.pdf))
    assert "SALINAN — cetak ulang ke-2" in flat(pdf_text(third.pdf))
    assert first.payload == second.payload == third.payload
    assert service.get(stored.id).reprint_count == 2


def test_a_saved_pdf_is_the_electronic_copy_and_leaves_the_original_for_paper(
    service: RegistrationService, receipts: ReceiptService
) -> None:
    stored = service.finalise(registration(7))
    saved = receipts.render(stored.id, electronic=True)  # for the worker's phone
    again = receipts.render(stored.id, electronic=True)  # for the officer's archive
    paper = receipts.render(stored.id)
    copy = receipts.render(stored.id)
    saved_text = flat(pdf_text(saved.pdf))
    assert (saved.kind, again.kind, paper.kind, copy.kind) == (
        "electronic", "electronic", "original", "reprint",
    )  # fmt: skip
    assert "SALINAN ELEKTRONIK (PDF)" in saved_text and "cetak ulang" not in saved_text
    paper_text = flat(pdf_text(paper.pdf))
    assert "SALINAN" not in paper_text  # the first paper the worker gets is the original
    assert "SALINAN — cetak ulang ke-1" in flat(pdf_text(copy.pdf))
    assert saved.payload == paper.payload
    assert service.get(stored.id).reprint_count == 1


def test_the_reprint_flag_overrides_the_automatic_choice(
    service: RegistrationService, receipts: ReceiptService
) -> None:
    stored = service.finalise(registration(2))
    assert receipts.render(stored.id, reprint=False).reprint_count == 0
    assert receipts.render(stored.id, reprint=False).reprint_count == 0
    forced = receipts.render(stored.id, reprint=True)
    assert forced.reprint_count == 1
    assert service.get(stored.id).reprint_count == 1


def test_a_preview_neither_counts_nor_logs(
    service: RegistrationService, receipts: ReceiptService, officer_session: OfficerSession
) -> None:
    stored = service.finalise(registration(3))
    assert receipts.preview(stored.id).kind == "original"
    assert _print_entries(officer_session) == []
    receipts.render(stored.id)
    preview = receipts.preview(stored.id)
    assert preview.reprint_count == 1
    assert "SALINAN — cetak ulang ke-1" in flat(pdf_text(preview.pdf))
    assert service.get(stored.id).reprint_count == 0
    assert len(_print_entries(officer_session)) == 1


def test_every_print_is_audited_without_personal_data(
    service: RegistrationService, receipts: ReceiptService, officer_session: OfficerSession
) -> None:
    stored = service.finalise(registration(4))
    receipts.render(stored.id)
    receipts.render(stored.id, size="80mm")

    entries = _print_entries(officer_session)
    details = [json.loads(entry.details_json) for entry in entries]
    assert [entry.subject for entry in entries] == [stored.id, stored.id]
    assert [entry.actor for entry in entries] == ["demo", "demo"]
    assert details == [
        {"receipt_number": stored.receipt_number, "size": "a5", "lang": "id",
         "kind": "original", "reprint_count": 0},
        {"receipt_number": stored.receipt_number, "size": "80mm", "lang": "id",
         "kind": "reprint", "reprint_count": 1},
    ]  # fmt: skip
    for entry in entries:
        assert nik_for(4) not in entry.details_json
    with officer_session.store.session(readonly=True) as db:
        assert verify_audit_chain(db).ok


def test_a_voided_record_prints_batal_with_its_reason(
    service: RegistrationService, receipts: ReceiptService
) -> None:
    stored = service.finalise(registration(5))
    service.void(stored.id, "Salah orang, NIK 3201011508900005 tertukar")
    rendered = receipts.render(stored.id)
    text = flat(pdf_text(rendered.pdf))
    assert rendered.kind == "voided"
    assert "BATAL — tanda terima ini tidak berlaku." in text
    assert "Salah orang" in text
    assert "Menunggu diproses" not in text  # its status reads as voided, not waiting
    assert "Status Batal" in text or "Status: Batal" in text
    assert nik_for(5) not in text  # a NIK typed into the reason is masked on paper
    assert decode_qr(render_page(rendered.pdf)) == [rendered.payload]


def test_a_correction_names_the_receipt_it_replaces(
    service: RegistrationService, receipts: ReceiptService
) -> None:
    old = service.finalise(registration(6))
    new = service.correct(old.id, registration(6, monthly_income=3_000_000))
    rendered = receipts.render(new.id)
    text = flat(pdf_text(rendered.pdf))
    assert rendered.kind == "correction"
    assert f"Koreksi: menggantikan tanda terima No. {old.receipt_number}" in text
    assert "Rp3.000.000" in text
    with pytest.raises(BpuError) as refused:
        receipts.render(old.id)
    assert refused.value.code == "SUPERSEDED"


def test_other_occupation_prints_the_free_text_and_english_works(
    service: RegistrationService, receipts: ReceiptService
) -> None:
    stored = service.finalise(
        registration(8, occupation_code="OTHER", occupation_other="Pembuat tempe")
    )
    rendered = receipts.render(stored.id, lang="en")
    assert "Pembuat tempe" in flat(pdf_text(rendered.pdf))
    assert rendered.file_name == f"receipt-{stored.receipt_number}.pdf"


def test_the_roll_size_is_80_mm_wide_and_its_qr_scans(
    service: RegistrationService, receipts: ReceiptService
) -> None:
    stored = service.finalise(registration(9))
    rendered = receipts.render(stored.id, size="80mm")
    width, _height = page_sizes(rendered.pdf)[0]
    assert width == pytest.approx(80 / 25.4 * 72, abs=0.5)
    assert decode_qr(render_page(rendered.pdf, scale=203 / 72)) == [rendered.payload]


def test_unknown_records_and_sizes_are_refused(receipts: ReceiptService) -> None:
    with pytest.raises(BpuError) as missing:
        receipts.render("DEMO-D0001-20260510-99999")
    assert missing.value.code == "NOT_FOUND"
    with pytest.raises(BpuError) as size:
        receipts.render("DEMO-D0001-20260510-99999", size="a4")
    assert size.value.code == "USAGE"


def test_tampered_foreign_and_garbage_payloads_are_refused(
    service: RegistrationService, receipts: ReceiptService
) -> None:
    stored = service.finalise(registration(10))
    payload = receipts.render(stored.id).payload
    tampered = _with_claim(payload, "n", "DEMO-D0001-20260510-00099")
    verdict = receipts.verify(tampered)
    assert (verdict.valid, verdict.reason) == (False, "BAD_SIGNATURE")
    assert verdict.receipt_number == "DEMO-D0001-20260510-00099"  # shown, not believed
    assert receipts.verify(payload[:-3]).reason == "MALFORMED"

    forged = sign_receipt_payload(
        receipt_number=stored.receipt_number,
        record_id=stored.id,
        content_hash=stored.content_hash,
        issued_at=stored.created_at,
        device_code="D0001",
        signing_key=bytes(SigningKey.generate()),
    )
    assert receipts.verify(forged).reason == "BAD_SIGNATURE"
    assert verify_offline(payload, {"D0002": b"\x01" * 32}).reason == "UNKNOWN_DEVICE"
    assert verify_offline(b"\x00\xff garbage", receipts.device_keys()).reason == "MALFORMED"
    assert verify_offline(b"%PDF-1.7 not really", receipts.device_keys()).reason == "MALFORMED"
    assert verify_offline("", receipts.device_keys()).reason == "MALFORMED"


def _with_claim(payload: str, claim: str, value: str) -> str:
    """The payload with one claim changed and the original signature kept."""
    prefix, body, signature = payload.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims[claim] = value
    raw = json.dumps(claims, sort_keys=True, separators=(",", ":")).encode("ascii")
    changed = base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
    return f"{prefix}.{changed}.{signature}"


def test_offline_verification_reads_pdfs_and_scanned_images(
    service: RegistrationService, receipts: ReceiptService, officer_session: OfficerSession
) -> None:
    stored = service.finalise(registration(11))
    rendered = receipts.render(stored.id)
    keys = {"D0001": public_key_of(officer_session.device_signing_key())}
    assert keys == receipts.device_keys()
    assert verify_offline(rendered.pdf, keys).valid

    scan = io.BytesIO()
    render_page(rendered.pdf, scale=3).save(scan, format="PNG")
    assert payload_of(scan.getvalue()) == rendered.payload
    verdict = verify_offline(scan.getvalue(), keys)
    assert verdict.valid and verdict.receipt_number == stored.receipt_number

    scanned_pdf = io.BytesIO()  # a scanner's PDF: one page image, no metadata
    render_page(rendered.pdf, scale=3).save(scanned_pdf, format="PDF")
    assert payload_of(scanned_pdf.getvalue()) == rendered.payload
    assert verify_offline(scanned_pdf.getvalue(), keys).valid
    blank = io.BytesIO()
    render_page(rendered.pdf, scale=1).crop((0, 500, 200, 600)).save(blank, format="PDF")
    assert verify_offline(blank.getvalue(), keys).reason == "MALFORMED"


def test_file_names_carry_only_the_receipt_number() -> None:
    assert receipt_file_name("DEMO-D0001-20261124-00001") == (
        "tanda-terima-DEMO-D0001-20261124-00001.pdf"
    )
    assert receipt_file_name("A/B C", lang="en") == "receipt-A-B-C.pdf"


def test_receipt_data_masks_the_nik_and_keeps_the_quote(
    service: RegistrationService, receipts: ReceiptService, officer_session: OfficerSession
) -> None:
    data = registration(12, programs=["JKK", "JKM", "JHT"], months_paid=3)
    quote = service.validate(data).quote
    assert quote is not None
    stored = service.finalise({**data, "cash_paid": quote.total})
    from bpu_enroll.store.models import Registration

    with officer_session.store.session(readonly=True) as db:
        row = db.get(Registration, stored.id)
        assert row is not None
        receipt = receipts.receipt_data(db, row)
    assert receipt.nik_masked == "3201********0012"
    assert receipt.programs == ("JKK", "JKM", "JHT")
    assert len(receipt.months) == 3
    assert receipt.quote_total == quote.total == receipt.cash_paid
    assert receipt.issued_at == stored.created_at
    assert replace(receipt, reprint_count=1).kind == "reprint"
