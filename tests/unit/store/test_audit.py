"""The hash-chained audit log: it verifies, and any edit, deletion or personal data shows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from bpu_enroll.store.audit import append_audit, entry_hash, verify_audit_chain
from bpu_enroll.store.db import Store, open_store
from bpu_enroll.store.models import AuditEntry

MOMENT = datetime(2026, 5, 10, 3, 0, tzinfo=UTC)


def _fill(store: Store, count: int) -> None:
    with store.session() as session:
        for index in range(count):
            append_audit(
                session,
                at=MOMENT + timedelta(seconds=index),
                actor="demo",
                action="finalise",
                subject=f"DEMO-D0001-20260510-{index + 1:05d}",
                details={"n": index},
            )


def test_chain_verifies_across_reopen(data_dir: Path, db_key: bytes) -> None:
    with open_store(data_dir, db_key) as store:
        _fill(store, 3)
    with open_store(data_dir, db_key) as store:
        _fill(store, 2)
        with store.session() as session:
            check = verify_audit_chain(session)
    assert (check.ok, check.entries, check.first_bad_seq) == (True, 5, None)


def test_edited_row_is_detected(store: Store) -> None:
    _fill(store, 4)
    with store.session() as session:
        session.connection().execute(
            text("UPDATE audit_log SET details_json = :forged WHERE seq = 2"),
            {"forged": '{"n":99}'},
        )
    with store.session() as session:
        check = verify_audit_chain(session)
    assert (check.ok, check.first_bad_seq) == (False, 2)


def test_edited_row_with_a_recomputed_hash_breaks_the_next_link(store: Store) -> None:
    _fill(store, 4)
    with store.session() as session:
        entry = session.get(AuditEntry, 2)
        assert entry is not None
        entry.actor = "someone-else"
        entry.hash = entry_hash(entry)
        session.add(entry)
    with store.session() as session:
        check = verify_audit_chain(session)
    assert (check.ok, check.first_bad_seq) == (False, 3)


def test_deleted_row_is_detected(store: Store) -> None:
    _fill(store, 4)
    with store.session() as session:
        session.connection().execute(text("DELETE FROM audit_log WHERE seq = 3"))
    with store.session() as session:
        check = verify_audit_chain(session)
    assert (check.ok, check.first_bad_seq) == (False, 4)


@pytest.mark.parametrize(
    "details",
    [
        {"nik": "3201********0001"},
        {"phone": "+62812"},
        {"note": "pekerja 3201011508900001"},
        {"nested": {"contact": "081234567890"}},
    ],
)
def test_personal_data_is_refused(store: Store, details: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="audit log"), store.session() as session:
        append_audit(session, at=MOMENT, actor="demo", action="x", details=details)
    with store.session() as session:
        assert verify_audit_chain(session).entries == 0


def test_digests_and_receipt_numbers_are_allowed(store: Store) -> None:
    with store.session() as session:
        entry = append_audit(
            session,
            at=MOMENT,
            actor="demo",
            action="finalise",
            subject="DEMO-D0001-20260510-00001",
            details={"content_hash": "1234567890" * 6 + "abcd"},
        )
    assert entry.seq == 1
    assert entry.prev_hash == "0" * 64


def test_record_ids_with_long_digit_runs_are_allowed(store: Store) -> None:
    record_id = "12345678-1234-4234-8234-123456789012"  # a UUID can be mostly digits
    with store.session() as session:
        entry = append_audit(
            session, at=MOMENT, actor="demo", action="void", subject=record_id, details={}
        )
    assert entry.subject == record_id
