"""The finalise write path without ORM flushes: the receipt sequence taken by one
`UPDATE … RETURNING`, the record and the audit entry by Core inserts; rows the session holds
stay right, and what is returned is the persistent row."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import event
from sqlmodel import Session

from bpu_enroll.store import audit, repo
from bpu_enroll.store.db import Store
from bpu_enroll.store.models import AuditEntry, ReceiptSequence, Registration

MOMENT = datetime(2026, 5, 10, 3, 0, tzinfo=UTC)


def _take(session: Session) -> str:
    return repo.next_receipt_number(
        session, branch_code="DEMO", device_code="D0001", province_code="32", now=MOMENT
    )


def test_a_sequence_row_held_in_the_session_is_not_stale(store: Store) -> None:
    with store.session() as session:
        assert _take(session).endswith("-00001")
        held = session.get(ReceiptSequence, "D0001")
        assert held is not None and held.next_value == 2
        assert repo.peek_receipt_sequence(session, device_code="D0001") == 2

        assert _take(session).endswith("-00002")

        assert held.next_value == 3
        assert repo.peek_receipt_sequence(session, device_code="D0001") == 3


def test_one_statement_per_step_and_persistent_rows(store: Store) -> None:
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        statements.append(statement.split(maxsplit=1)[0])

    with store.session() as session:
        _take(session)  # the sequence row exists from here on
        event.listen(store.engine, "before_cursor_execute", seen)
        try:
            number = _take(session)
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
                now=MOMENT,
            )
            entry = audit.append_audit(
                session, at=MOMENT, actor="demo", action="finalise", subject=row.id
            )
        finally:
            event.remove(store.engine, "before_cursor_execute", seen)
        assert row in session and entry in session
        assert session.get(Registration, row.id) is row

    assert statements == ["UPDATE", "INSERT", "SELECT", "INSERT"]
    with store.session(readonly=True) as session:
        stored = session.get(Registration, row.id)
        last = session.get(AuditEntry, entry.seq)
        assert stored is not None and stored.receipt_number == number
        assert last is not None and last.hash == entry.hash
        assert audit.verify_audit_chain(session).ok
