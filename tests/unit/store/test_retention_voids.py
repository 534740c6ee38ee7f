"""Retention and a receipt voided after it was sent: its personal fields stay on the laptop until
the branch has acknowledged the void (`Registration.void_sent_at`), because until then the record
still goes out (`sync.laptop_store`); a void the branch acknowledged follows the usual rule, and
a void the branch refused (`VOID_CONFLICT`) keeps the record whole."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from bpu_enroll.store import repo
from bpu_enroll.store.db import Store
from bpu_enroll.store.models import Registration
from bpu_enroll.store.retention import purge_personal_data

VOIDED_AT = datetime(2026, 5, 10, 3, 0, tzinfo=UTC)
NOW = VOIDED_AT + timedelta(days=30)


def _accepted_then_voided(store: Store) -> str:
    """An accepted record (settled just now, so the settled rule does not take it), voided a
    month ago on the laptop."""
    with store.session() as session:
        number = repo.next_receipt_number(
            session, branch_code="DEMO", device_code="D0001", province_code="32", now=VOIDED_AT
        )
        row = repo.insert_final_registration(
            session,
            record_id=str(uuid.uuid4()),
            receipt_number=number,
            registration={"nik": "3201011508900001", "full_name": "Budi", "gender": "M"},
            quote={"rule_version": "test", "total": 16400},
            sector="transport",
            content_hash="0" * 64,
            officer="demo",
            device="D0001",
            now=VOIDED_AT,
        )
        row.status, row.settled_at, row.kpj = "accepted", NOW, "26000000001"
        session.add(row)
        session.flush()
        repo.void_registration(session, key=row.id, reason="Salah ketik", by="demo", now=VOIDED_AT)
        return row.id


def test_a_void_the_branch_has_not_acknowledged_keeps_the_record_whole(store: Store) -> None:
    record_id = _accepted_then_voided(store)
    assert purge_personal_data(store, now=NOW, days=7).voided == 0
    with store.session(readonly=True) as session:
        row = session.get(Registration, record_id)
        assert row is not None and row.purged_at is None and row.full_name == "Budi"
        assert repo.pending_count(session) == 1  # it still goes out at the next sync

    with store.session() as session:
        row = session.get(Registration, record_id)
        assert row is not None
        row.void_sent_at = NOW  # the branch answered `voided`
        session.add(row)
    assert purge_personal_data(store, now=NOW, days=7).voided == 1
    with store.session(readonly=True) as session:
        row = session.get(Registration, record_id)
        assert row is not None and row.purged_at is not None and row.full_name == ""
        assert repo.pending_count(session) == 0


def test_a_void_the_branch_refused_keeps_the_record_whole(store: Store) -> None:
    """The branch holds another version of the record and refused its void (`CONFLICT`,
    `VOID_CONFLICT`): the laptop sends it no more (`void_sent_at`), but the matter is open, so
    its officer keeps what this laptop wrote until the clerks settle it. It was purged with the
    acknowledged voids."""
    record_id = _accepted_then_voided(store)
    with store.session() as session:
        row = session.get(Registration, record_id)
        assert row is not None
        row.void_sent_at, row.reject_codes = NOW, '["CONFLICT", "VOID_CONFLICT"]'
        session.add(row)
    assert purge_personal_data(store, now=NOW, days=7).records == 0
    with store.session(readonly=True) as session:
        row = session.get(Registration, record_id)
        assert row is not None and row.purged_at is None and row.full_name == "Budi"
