"""The ORM-free hot paths (`Store.cursor`, `store.rawsql`): same rows, same chain, same
transaction rules as the ORM paths they stand beside."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bpu_enroll.store import audit, rawsql, repo
from bpu_enroll.store.db import Store, open_store
from bpu_enroll.store.keys import new_db_key
from bpu_enroll.store.models import Registration

MOMENT = datetime(2026, 5, 10, 3, 0, 0, 123456, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new, open, empty store (closed after the test)."""
    opened = open_store(tmp_path / "data", new_db_key())
    yield opened
    opened.close()


def _values(nik: str, name: str, receipt: str, now: datetime = MOMENT) -> dict[str, Any]:
    registration: dict[str, Any] = {
        "nik": nik, "full_name": name, "gender": "F",
        "address": {"village_code": "32.01.01.1001"}, "occupation_code": "TRD-PASAR",
        "programs": ["JKK", "JKM"], "months_paid": 3, "cash_paid": 49200,
    }  # fmt: skip
    return repo.final_values(
        record_id=str(uuid.uuid4()), receipt_number=receipt, registration=registration,
        quote={"rule_version": "test", "total": 49200}, sector="other", content_hash="a" * 64,
        officer="demo", device="D0001", now=now,
    )  # fmt: skip


def _finalise(store: Store, nik: str, name: str, now: datetime = MOMENT) -> str:
    with store.cursor(write=True) as cursor:
        number = repo.take_receipt_number(
            cursor, branch_code="DEMO", device_code="D0001", province_code="32", now=now
        )
        values = _values(nik, name, number, now)
        repo.insert_final_row(cursor, values)
        audit.append_audit_row(
            cursor, at=now, actor="demo", action="finalise", subject=values["id"],
            details={"receipt_number": number},
        )  # fmt: skip
    return str(values["id"])


def test_a_raw_insert_reads_back_through_the_orm_like_an_orm_insert(store: Store) -> None:
    record_id = _finalise(store, "3201014508900001", "  Siti   Aminah ")
    with store.session(readonly=True) as session:
        row = session.get(Registration, record_id)
        assert row is not None
        assert row.created_at == MOMENT and row.updated_at == MOMENT
        assert row.receipt_number == "DEMO-D0001-20260510-00001"
        assert (row.name_key, row.voided, row.status, row.version) == ("SITI AMINAH", False,
                                                                       "final", 1)  # fmt: skip
        assert (row.cash_paid, row.months_paid, row.programs) == (49200, 3, "JKK,JKM")
        assert audit.verify_audit_chain(session).ok


def test_receipt_sequence_and_audit_chain_are_shared_with_the_orm_path(store: Store) -> None:
    _finalise(store, "3201014508900001", "ANI")
    with store.session() as session:
        orm_number = repo.next_receipt_number(
            session, branch_code="DEMO", device_code="D0001", province_code="32", now=MOMENT
        )
        audit.append_audit(session, at=MOMENT, actor="demo", action="void", subject="x")
    _finalise(store, "3201014508900002", "ANTO")
    with store.session(readonly=True) as session:
        assert orm_number.endswith("-00002")
        assert repo.peek_receipt_sequence(session, device_code="D0001") == 4
        check = audit.verify_audit_chain(session)
        assert check.ok and check.entries == 3


def test_a_failed_write_leaves_nothing_and_takes_no_number(store: Store) -> None:
    with pytest.raises(RuntimeError), store.cursor(write=True) as cursor:
        repo.take_receipt_number(
            cursor, branch_code="DEMO", device_code="D0001", province_code="32", now=MOMENT
        )
        repo.insert_final_row(cursor, _values("3201014508900001", "ANI", "DEMO-X-1"))
        raise RuntimeError("power cut")
    assert _finalise(store, "3201014508900002", "ANTO")
    with store.cursor() as cursor:
        assert repo.count_registrations(cursor) == 1
        assert repo.search_registrations(cursor)[0].receipt_number.endswith("-00001")


def test_personal_data_is_refused_on_the_raw_audit_path_too(store: Store) -> None:
    with pytest.raises(ValueError, match="personal data"), store.cursor(write=True) as cursor:
        audit.append_audit_row(cursor, at=MOMENT, actor="demo", action="x",
                               details={"nik": "3201014508900001"})  # fmt: skip
    with store.session(readonly=True) as session:
        assert audit.verify_audit_chain(session).entries == 0


@pytest.mark.parametrize(
    "terms",
    [
        {},
        {"text": "an"},
        {"text": "3201 0145"},
        {"text": "3201014508900002"},
        {"text": "demo-d0001-2026"},
        {"status": "final", "voided": False},
        {"text": "an", "created_from": MOMENT + timedelta(hours=1)},
        {"created_from": MOMENT, "created_before": MOMENT + timedelta(hours=1)},
        {"text": "an", "limit": 1, "offset": 1},
    ],
)
def test_cursor_and_session_searches_agree(store: Store, terms: dict[str, Any]) -> None:
    for serial, name in enumerate(("ANI", "ANTO", "BUDI"), start=1):
        _finalise(store, f"320101450890000{serial}", name, MOMENT + timedelta(hours=serial - 1))
    with store.cursor() as cursor:
        by_cursor = repo.search_registrations(cursor, **terms)
    with store.session(readonly=True) as session:
        by_session = repo.search_registrations(session, **terms)
        counted = repo.count_registrations(
            session, **{k: v for k, v in terms.items() if k not in ("limit", "offset")}
        )
    assert by_cursor == by_session
    assert by_cursor and all(row.created_at.tzinfo is UTC for row in by_cursor)
    assert counted >= len(by_cursor)


def test_created_bounds_compare_as_moments_not_as_text(store: Store) -> None:
    _finalise(store, "3201014508900001", "ANI", datetime(2026, 5, 10, 3, 0, tzinfo=UTC))
    wib = datetime(2026, 5, 10, 10, 0, tzinfo=UTC).astimezone(ZoneInfo("Asia/Jakarta"))
    with store.cursor() as cursor:
        assert repo.count_registrations(cursor, created_from=wib) == 0
        assert repo.count_registrations(cursor, created_before=wib) == 1


def test_readers_are_reused_and_closed_with_the_store(tmp_path: Path) -> None:
    opened = open_store(tmp_path / "data", new_db_key())
    with opened.cursor() as first:
        first.execute("SELECT 1").fetchall()
    with opened.cursor() as second:
        assert second is first
    opened.close()
    with pytest.raises(Exception, match="closed"):
        first.execute("SELECT 1")
    with pytest.raises(RuntimeError, match="closed"), opened.cursor():
        pass


def test_a_reader_that_failed_is_not_reused(store: Store) -> None:
    with pytest.raises(Exception, match="no such table"), store.cursor() as cursor:
        cursor.execute("SELECT * FROM no_such_table")
    with store.cursor() as again:
        assert again is not cursor
        assert again.execute("SELECT count(*) FROM registration").fetchone() == (0,)


def test_the_page_size_is_written_into_the_search_and_the_offset_bound() -> None:
    """With `LIMIT ?` SQLite prepared a search again at every run: it reads a bound LIMIT when
    it prepares the statement, so binding it anew expires the statement (25 µs of a 0.2 ms
    search anywhere among 1,000,000 records). The page size is an `int` from the code: nothing
    else enters the SQL."""
    flt = repo.RegistrationFilter(text="siti")
    sql, params = rawsql.search_sql(flt, limit=50, offset=100)
    assert sql.endswith(" LIMIT 50 OFFSET ?")
    assert params == ['name_key : "SITI"', 100]
    with pytest.raises(TypeError):
        rawsql.search_sql(flt, limit="50 OR 1", offset=0)  # type: ignore[arg-type]
