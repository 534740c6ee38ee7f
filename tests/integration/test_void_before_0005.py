"""A laptop store of revision 0004 (before voids travelled after sending) with voided records,
upgraded by this version: a record voided while still `final`, which went out voided and is held
voided at the branch, is neither pending nor waiting for review after the upgrade and is not sent
again; a record voided after it was sent (a void the branch never heard of) is pending until the
next sync, which sends its void once.

The 0004 store is made as 0004 laptops made it: records registered, voided and synced through the
real branch server on loopback, then the store taken back to revision 0004 (migration 0005's
downgrade drops `void_sent_at`, which is all 0005 added) and opened again, which upgrades it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session, select

from bpu_enroll.branch.store.models import AuditEntry
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.store import schema
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.laptop_store import awaiting_review, pending_records, records_to_send
from tests.integration.helpers import Branch, Laptop, ServerThread, exhaust_kpj_range, open_laptop


def _void(laptop: Laptop, record_id: str) -> None:
    RegistrationService(laptop.session).void(record_id, "pekerja membatalkan pendaftaran")


def _to_revision_0004(laptop: Laptop) -> None:
    """Take the open store back to 0004, as a laptop of that version left it, and close it."""
    with laptop.session.store.engine.begin() as conn:
        schema.downgrade(conn, "0004")
        assert schema.revision_of(conn) == "0004"
        columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(registration)")}
        assert "void_sent_at" not in columns
    laptop.close()


def _voided_lines(branch: Branch) -> list[str]:
    with Session(branch.engine) as session:
        rows = session.exec(select(AuditEntry).where(AuditEntry.action == "record_voided")).all()
        return [row.subject for row in rows]


def test_voids_made_before_0005_count_as_they_would_after_it_and_go_out_once(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    exhaust_kpj_range(branch)  # every new record waits for a clerk: `sent` on the laptop
    early, late, waiting = laptop.register(801), laptop.register(802), laptop.register(803)
    _void(laptop, early)  # voided while final: goes out voided
    assert laptop.sync(server.url).completed
    _void(laptop, late)  # voided after it was sent: the branch holds it pending review
    held = branch.records()
    assert [held[i].state for i in (early, late, waiting)] == [
        "voided",
        "pending_review",
        "pending_review",
    ]
    data_dir, device_code = laptop.data_dir, laptop.device_code
    _to_revision_0004(laptop)

    upgraded = open_laptop(data_dir, device_code)
    try:
        store = upgraded.session.store
        with store.engine.connect() as conn:
            assert schema.revision_of(conn) == schema.head_revision()
        # Before any sync: the early void is held by the branch, so it waits for nothing; the
        # late one waits for its void to reach the branch (as a void made after 0005 does).
        assert [r.id for r in records_to_send(store)] == [late]
        assert pending_records(store) == 1
        assert awaiting_review(store) == 2  # `late` until its void is told, and `waiting`
        with store.session(readonly=True) as db:
            rows = {i: db.get(Registration, i) for i in (early, late, waiting)}
            assert all(row is not None for row in rows.values())
            early_row, late_row = rows[early], rows[late]
            assert early_row is not None and late_row is not None
            assert early_row.void_sent_at == early_row.updated_at
            assert early_row.void_sent_at is not None and early_row.voided_at is not None
            assert early_row.void_sent_at > early_row.voided_at
            assert late_row.void_sent_at is None
        assert upgraded.states()[early] == ("sent", None)

        report = upgraded.sync(server.url)

        assert report.completed and report.pending == 0
        assert report.to_dict()["sent"] == 1
        assert awaiting_review(store) == 1  # `waiting` only
        assert branch.records()[late].state == "voided"
        assert _voided_lines(branch) == [late]  # the late void, applied once
        again = upgraded.sync(server.url)
        assert again.completed and again.to_dict()["sent"] == 0
        assert _voided_lines(branch) == [late]
        assert upgraded.states()[late] == ("sent", None)  # what the laptop knew stays
    finally:
        upgraded.close()
