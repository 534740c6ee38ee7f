"""Registration use-cases: finalise, refusals, void, correct, search, drafts, status."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.hashing import content_hash
from bpu_enroll.services.records import RegistrationRefused
from bpu_enroll.services.registration import RegistrationService, SearchQuery
from bpu_enroll.services.session import OfficerSession, unlock
from bpu_enroll.store.audit import verify_audit_chain
from bpu_enroll.store.models import AuditEntry
from tests.unit.services.conftest import FakeClock
from tests.unit.services.samples import nik_for, registration


def test_finalise_stores_a_sealed_numbered_record(service: RegistrationService) -> None:
    result = service.finalise(registration())
    assert result.receipt_number == "DEMO-D0001-20260510-00001"
    assert result.quote.total > 0
    detail = service.get(result.receipt_number)
    assert detail.row.id == result.id
    assert detail.row.status == "final"
    assert detail.row.nik_masked == "3201********0001"
    assert detail.registration["nik"] == nik_for(1)
    assert detail.registration["full_name"] == "BUDI SANTOSO"
    assert detail.quote == result.quote.to_dict()
    assert detail.content_hash == content_hash(detail.registration, detail.quote)
    assert result.to_dict() == {
        "id": result.id,
        "receipt_number": result.receipt_number,
        "quote": result.quote.to_dict(),
    }


def test_refused_registration_stores_nothing(service: RegistrationService) -> None:
    with pytest.raises(RegistrationRefused) as refused:
        service.finalise(registration(phone="12", consent=False))
    assert {(p.field, p.code) for p in refused.value.errors} == {
        ("phone", "PHONE_FORMAT"),
        ("consent", "CONSENT_REQUIRED"),
    }
    assert service.count() == 0
    assert service.finalise(registration()).receipt_number.endswith("-00001")


def test_validate_reports_duplicates_without_storing(service: RegistrationService) -> None:
    assert service.validate(registration()).valid
    service.finalise(registration())
    judged = service.validate(registration(), lang="en")
    assert [(p.field, p.code) for p in judged.errors] == [("nik", "NIK_DUPLICATE")]
    assert service.count() == 1


def test_duplicate_nik_is_refused_until_voided(service: RegistrationService) -> None:
    first = service.finalise(registration())
    with pytest.raises(RegistrationRefused) as refused:
        service.finalise(registration(full_name="Budi S"))
    assert refused.value.code == "NIK_DUPLICATE"
    voided = service.void(first.receipt_number, "data salah")
    assert voided.row.voided
    assert voided.void_reason == "data salah"
    again = service.finalise(registration())
    assert again.receipt_number.endswith("-00002")


def test_void_keeps_the_record_and_its_number(service: RegistrationService) -> None:
    result = service.finalise(registration())
    with pytest.raises(BpuError) as no_reason:
        service.void(result.id, " ")
    assert no_reason.value.code == "VOID_REASON_REQUIRED"
    service.void(result.id, "pekerja membatalkan")
    with pytest.raises(BpuError) as twice:
        service.void(result.id, "lagi")
    assert twice.value.code == "ALREADY_VOIDED"
    detail = service.get(result.receipt_number)
    assert (detail.row.voided, detail.voided_by) == (True, "demo")
    assert service.count(SearchQuery(voided=True)) == 1


def test_correction_is_a_new_linked_version(service: RegistrationService) -> None:
    old = service.finalise(registration())
    new = service.correct(old.receipt_number, registration(full_name="Budi Santosa"))
    assert new.receipt_number == "DEMO-D0001-20260510-00002"
    assert new.replaces_receipt == old.receipt_number
    old_detail, new_detail = service.get(old.id), service.get(new.id)
    assert old_detail.row.superseded
    assert old_detail.superseded_by_receipt == new.receipt_number
    assert new_detail.supersedes_receipt == old.receipt_number
    assert (new_detail.row.version, new_detail.row.full_name) == (2, "BUDI SANTOSA")
    rows = service.search(SearchQuery(text=nik_for(1)))
    assert {row.receipt_number for row in rows} == {old.receipt_number, new.receipt_number}
    with pytest.raises(BpuError) as superseded:
        service.correct(old.id, registration())
    assert superseded.value.code == "SUPERSEDED"
    with pytest.raises(BpuError) as superseded_void:
        service.void(old.id, "x")
    assert superseded_void.value.code == "SUPERSEDED"


def test_correction_is_still_validated(service: RegistrationService) -> None:
    old = service.finalise(registration())
    service.finalise(registration(2))
    with pytest.raises(RegistrationRefused) as refused:
        service.correct(old.id, registration(2))  # the NIK of another standing record
    assert refused.value.code == "NIK_DUPLICATE"
    service.void(old.id, "batal")
    with pytest.raises(BpuError) as voided:
        service.correct(old.id, registration())
    assert voided.value.code == "ALREADY_VOIDED"


def test_search_by_text_status_and_local_dates(
    service: RegistrationService, clock: FakeClock
) -> None:
    service.finalise(registration(1, full_name="Ani Lestari", gender="F", nik="3201015508900001"))
    clock.advance(hours=14)  # 17.00 UTC = 00.00 WIB on 11 May
    service.finalise(registration(2, full_name="Andi Wijaya"))
    assert [r.full_name for r in service.search(SearchQuery(text="an"))] == [
        "ANDI WIJAYA",
        "ANI LESTARI",
    ]
    may_10 = SearchQuery(date_from=date(2026, 5, 10), date_to=date(2026, 5, 10))
    assert [r.full_name for r in service.search(may_10)] == ["ANI LESTARI"]
    assert service.count(SearchQuery(date_from=date(2026, 5, 11))) == 1
    assert service.count(SearchQuery(status="final")) == 2
    assert service.count(SearchQuery(status="accepted")) == 0
    assert service.search(SearchQuery(text="an"), limit=1, offset=1)[0].full_name == "ANI LESTARI"


def test_drafts_are_kept_until_finalised(service: RegistrationService) -> None:
    partial = {"nik": nik_for(1), "full_name": "budi  santoso"}
    draft_id = service.save_draft(partial)
    assert service.save_draft({**partial, "phone": "0812"}, draft_id) == draft_id
    [info] = service.list_drafts()
    assert (info.id, info.label) == (draft_id, "BUDI SANTOSO")
    assert service.load_draft(draft_id)["phone"] == "0812"
    with pytest.raises(RegistrationRefused):
        service.finalise(partial, draft_id=draft_id)
    assert [d.id for d in service.list_drafts()] == [draft_id]  # a refusal keeps the draft
    service.finalise(registration(), draft_id=draft_id)
    assert service.list_drafts() == []
    other = service.save_draft({})
    assert service.delete_draft(other)
    assert not service.delete_draft(other)


def test_drafts_belong_to_their_officer(
    service: RegistrationService, officer_session: OfficerSession, clock: FakeClock
) -> None:
    service.save_draft({"nik": "3201"})
    profile_dir = officer_session.data_dir
    officer_session.close()
    with unlock(profile_dir, "spv", "spv", now=clock) as session:
        assert RegistrationService(session).list_drafts() == []


def test_status_summary_follows_pending_records(service: RegistrationService) -> None:
    summary = service.status_summary()
    assert (summary.officer, summary.branch_code, summary.pending) == ("demo", "DEMO", 0)
    assert summary.last_sync_at is None
    first = service.finalise(registration())
    service.correct(first.id, registration(full_name="Budi Santosa"))
    assert service.pending_count() == 2
    assert service.status_summary().pending == 2


def test_receipts_stay_unique_across_restarts(profile_dir: Path, clock: FakeClock) -> None:
    numbers = []
    for serial in range(1, 4):
        with unlock(profile_dir, "demo", "demo", now=clock) as session:
            numbers.append(RegistrationService(session).finalise(registration(serial)))
        clock.advance(hours=12)
    assert [r.receipt_number for r in numbers] == [
        "DEMO-D0001-20260510-00001",
        "DEMO-D0001-20260510-00002",
        "DEMO-D0001-20260511-00003",
    ]


def test_audit_log_records_every_change_without_personal_data(
    service: RegistrationService, officer_session: OfficerSession
) -> None:
    first = service.finalise(registration())
    service.void(first.id, "telepon 081234567890 salah")
    service.finalise(registration(2))
    with officer_session.store.session() as session:
        assert verify_audit_chain(session).ok
        entries = session.exec(select(AuditEntry)).all()
    assert [e.action for e in entries] == [
        "profile_created",
        "login",
        "finalise",
        "void",
        "finalise",
    ]
    dumped = " ".join(f"{e.subject} {e.details_json}" for e in entries)
    for secret in (nik_for(1), nik_for(2), "081234567890", "8123456789"):
        assert secret not in dumped


def test_a_record_viewed_in_full_is_one_audit_entry_without_personal_data(
    service: RegistrationService, officer_session: OfficerSession
) -> None:
    """Who viewed what (UU 27/2022): opening a stored record's details, or opening it to be
    corrected, is one `record_viewed` entry naming the record, its receipt number and the way;
    `get` (the app's own reads, such as the refresh after a print, itself logged) is not."""
    first = service.finalise(registration())
    service.get(first.id)
    detail = service.view(first.id)
    assert detail.registration["nik"] == nik_for(1)  # the officer sees the worker in full
    service.view(first.receipt_number, way="correction")
    with officer_session.store.session() as session:
        assert verify_audit_chain(session).ok
        viewed = session.exec(
            select(AuditEntry).where(AuditEntry.action == "record_viewed").order_by(AuditEntry.seq)
        ).all()
    assert [(e.actor, e.subject) for e in viewed] == [
        (officer_session.officer.username, first.id)
    ] * 2
    assert [json.loads(e.details_json) for e in viewed] == [
        {"receipt_number": first.receipt_number, "way": way} for way in ("details", "correction")
    ]
    dumped = " ".join(f"{e.subject} {e.details_json}" for e in viewed)
    assert nik_for(1) not in dumped and "BUDI" not in dumped.upper()
