"""Repository functions: receipt numbers, registrations, search, voids, drafts."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import Session

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store import repo
from bpu_enroll.store.db import Store, open_store
from bpu_enroll.store.models import Registration

MOMENT = datetime(2026, 5, 10, 3, 0, tzinfo=UTC)
RECEIPT = re.compile(r"^DEMO-D0001-\d{8}-\d{5}$")


def _number(session: Session, now: datetime = MOMENT, province: str = "32") -> str:
    return repo.next_receipt_number(
        session, branch_code="DEMO", device_code="D0001", province_code=province, now=now
    )


def _insert(
    session: Session,
    *,
    nik: str,
    name: str = "BUDI SANTOSO",
    now: datetime = MOMENT,
    supersedes: Registration | None = None,
) -> Registration:
    registration: dict[str, Any] = {
        "nik": nik,
        "full_name": name,
        "gender": "M",
        "address": {"village_code": "32.01.01.1001"},
        "occupation_code": "TRN-OJEK",
        "programs": ["JKK", "JKM"],
        "months_paid": 1,
        "cash_paid": None,
    }
    return repo.insert_final_registration(
        session,
        record_id=str(uuid.uuid4()),
        receipt_number=_number(session, now),
        registration=registration,
        quote={"rule_version": "test", "total": 16400},
        sector="transport",
        content_hash="0" * 64,
        officer="demo",
        device="D0001",
        now=now,
        supersedes=supersedes,
    )


def test_receipt_numbers_are_formatted_and_consecutive(store: Store) -> None:
    with store.session() as session:
        numbers = [_number(session) for _ in range(3)]
    assert numbers == [
        "DEMO-D0001-20260510-00001",
        "DEMO-D0001-20260510-00002",
        "DEMO-D0001-20260510-00003",
    ]


def test_receipt_sequence_survives_close_and_reopen(data_dir: Path, db_key: bytes) -> None:
    with open_store(data_dir, db_key) as store, store.session() as session:
        assert _number(session).endswith("-00001")
    with open_store(data_dir, db_key) as store, store.session() as session:
        assert _number(session).endswith("-00002")


def test_rolled_back_number_is_neither_lost_nor_reused(store: Store) -> None:
    with store.session() as session:
        first = _insert(session, nik="3201011508900001").receipt_number
    with pytest.raises(RuntimeError), store.session() as session:
        _insert(session, nik="3201011508900002")
        raise RuntimeError("crash before commit")
    with store.session() as session:
        second = _insert(session, nik="3201011508900003").receipt_number
    assert first.endswith("-00001")
    assert second.endswith("-00002")


def test_receipt_date_is_the_branch_local_date(store: Store) -> None:
    evening_utc = datetime(2026, 5, 10, 15, 30, tzinfo=UTC)  # 22.30 WIB, 00.30 WIT next day
    with store.session() as session:
        assert "-20260510-" in _number(session, evening_utc, province="32")
        assert "-20260511-" in _number(session, evening_utc, province="94")
        assert "-20260511-" in _number(session, evening_utc + timedelta(hours=2), province="32")


def test_sequence_never_resets_even_when_the_clock_goes_back(store: Store) -> None:
    with store.session() as session:
        today = _number(session, MOMENT)
        yesterday = _number(session, MOMENT - timedelta(days=1))
    assert today.endswith("-00001")
    assert yesterday == "DEMO-D0001-20260509-00002"


def test_receipt_number_is_unique_in_the_table(store: Store) -> None:
    with store.session() as session:
        row = _insert(session, nik="3201011508900001")
    with pytest.raises(Exception, match="UNIQUE"), store.session() as session:
        twin = Registration(**{**row.model_dump(), "id": str(uuid.uuid4())})
        session.add(twin)
        session.flush()


def test_nik_stands_only_while_final_not_voided_not_superseded(store: Store) -> None:
    nik = "3201011508900001"
    with store.session() as session:
        first = _insert(session, nik=nik)
        assert repo.nik_has_final(session, nik=nik)
        assert not repo.nik_has_final(session, nik=nik, exclude_id=first.id)
        assert not repo.nik_has_final(session, nik="3201011508900002")
        second = _insert(session, nik=nik, supersedes=first)
        assert repo.nik_has_final(session, nik=nik)
        assert not repo.nik_has_final(session, nik=nik, exclude_id=second.id)
        repo.void_registration(session, key=second.id, reason="salah", by="demo", now=MOMENT)
        assert not repo.nik_has_final(session, nik=nik)


def test_rejected_record_does_not_stand(store: Store) -> None:
    with store.session() as session:
        row = _insert(session, nik="3201011508900001")
        row.status = "rejected"
        session.add(row)
        session.flush()
        assert not repo.nik_has_final(session, nik="3201011508900001")


def test_correction_links_both_versions(store: Store) -> None:
    with store.session() as session:
        old = _insert(session, nik="3201011508900001")
        new = _insert(session, nik="3201011508900001", name="BUDI SANTOSA", supersedes=old)
    with store.session() as session:
        old_row = repo.get_registration(session, key=old.receipt_number)
        new_row = repo.get_registration(session, key=new.id)
    assert old_row.superseded_by_id == new.id
    assert new_row.supersedes_id == old.id
    assert new_row.version == 2
    assert old_row.receipt_number != new_row.receipt_number


def test_search_by_name_nik_and_receipt(store: Store) -> None:
    with store.session() as session:
        budi = _insert(session, nik="3201011508900001", name="BUDI SANTOSO")
        _insert(session, nik="3201011508900002", name="BUDIMAN")
        _insert(session, nik="7301011508900003", name="SITI AMINAH")
    with store.session() as session:

        def names(**terms: Any) -> list[str]:
            return [row.full_name for row in repo.search_registrations(session, **terms)]

        assert names(text="budi") == ["BUDIMAN", "BUDI SANTOSO"]  # newest first
        assert names(text="  budi   san") == ["BUDI SANTOSO"]
        assert names(text="3201 0115 0890 0001") == ["BUDI SANTOSO"]
        assert names(text="3201.01") == ["BUDI SANTOSO", "BUDIMAN"]
        assert names(text=budi.receipt_number.lower()) == ["BUDI SANTOSO"]
        assert names(text="DEMO-D0001-20260510") == ["SITI AMINAH", "BUDIMAN", "BUDI SANTOSO"]
        assert names(text="ANDI") == []
        assert repo.count_registrations(session, text="budi") == 2
        assert names(text="budi", limit=1, offset=1) == ["BUDI SANTOSO"]
        # Anywhere in a name, and by the end of a receipt number.
        assert names(text="aminah") == ["SITI AMINAH"]
        assert names(text="santo") == ["BUDI SANTOSO"]
        assert names(text="iman") == ["BUDIMAN"]
        assert names(text="00002") == ["BUDIMAN"]
        assert names(text="0510-00003") == ["SITI AMINAH"]
        assert repo.count_registrations(session, text="00001") == 1
        assert names(text="bu") == ["BUDI SANTOSO", "BUDIMAN"]  # two letters: a name prefix


def test_search_filters_by_status_voided_and_time(store: Store) -> None:
    later = MOMENT + timedelta(days=2)
    with store.session() as session:
        early = _insert(session, nik="3201011508900001", name="ANI")
        _insert(session, nik="3201011508900002", name="ANTO", now=later)
        repo.void_registration(session, key=early.id, reason="batal", by="demo", now=MOMENT)
    with store.session() as session:
        assert repo.count_registrations(session, voided=True) == 1
        assert repo.count_registrations(session, voided=False) == 1
        assert repo.count_registrations(session, status="final") == 2
        assert repo.count_registrations(session, status="sent") == 0
        found = repo.search_registrations(
            session,
            text="an",
            created_from=later - timedelta(hours=1),
            created_before=later + timedelta(days=1),
        )
        assert [row.full_name for row in found] == ["ANTO"]


def _plans(store: Store, search: dict[str, Any]) -> list[str]:
    """The query plan SQLite chose for the statement `search_registrations` really ran."""
    seen: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        with store.session() as session:
            repo.search_registrations(session, **search)
            statement, params = seen[-1]
            rows = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            return [str(row[-1]) for row in rows]
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)


FILTERS = {"status": "final", "voided": False, "created_from": MOMENT - timedelta(days=30)}


@pytest.mark.parametrize(
    ("search", "index"),
    [
        ({"text": "bu"}, "ix_registration_name_key"),
        ({"text": "bu", **FILTERS}, "ix_registration_name_key"),
        ({"text": "3201011508900001"}, "ix_registration_nik"),
        ({"text": "3201", **FILTERS}, "ix_registration_nik"),
        ({"text": "1-"}, "ux_registration_receipt_number"),
        ({"status": "final", "created_from": MOMENT}, "ix_registration_status_created"),
    ],
)
def test_searches_are_index_range_scans(store: Store, search: dict[str, Any], index: str) -> None:
    plan = _plans(store, search)
    assert plan[0].startswith(f"SEARCH registration USING INDEX {index} (")
    assert not any("TEMP B-TREE" in step for step in plan)


@pytest.mark.parametrize(
    "search",
    [{"text": "wahyu"}, {"text": "wahyu", **FILTERS}, {"text": "00002"}, {"text": "D0001-2026"}],
)
def test_searches_anywhere_go_through_the_trigram_index(
    store: Store, search: dict[str, Any]
) -> None:
    plan = _plans(store, search)
    # The index drives, newest first, and the record is read by its rowid: no sort, no scan.
    assert plan[0].startswith("SCAN registration_search VIRTUAL TABLE INDEX")
    assert plan[1] == "SEARCH registration USING INTEGER PRIMARY KEY (rowid=?)"
    assert not any(step.split(" (")[0] == "SCAN registration" for step in plan)
    assert not any("TEMP B-TREE" in step for step in plan)


def test_get_void_and_refusals(store: Store) -> None:
    with store.session() as session:
        row = _insert(session, nik="3201011508900001")
    with store.session() as session:
        with pytest.raises(BpuError) as missing:
            repo.get_registration(session, key="DEMO-D0001-20260510-99999")
        assert missing.value.code == "NOT_FOUND"
        with pytest.raises(BpuError) as no_reason:
            repo.void_registration(session, key=row.id, reason="  ", by="demo", now=MOMENT)
        assert no_reason.value.code == "VOID_REASON_REQUIRED"
        voided = repo.void_registration(
            session, key=row.receipt_number, reason="salah tulis", by="spv", now=MOMENT
        )
        assert (voided.voided, voided.void_reason, voided.voided_by) == (True, "salah tulis", "spv")
        with pytest.raises(BpuError) as twice:
            repo.void_registration(session, key=row.id, reason="lagi", by="demo", now=MOMENT)
        assert twice.value.code == "ALREADY_VOIDED"
    with store.session() as session:
        kept = repo.get_registration(session, key=row.id)
        assert kept.receipt_number == row.receipt_number
        assert kept.voided


def test_pending_count_counts_final_records(store: Store) -> None:
    with store.session() as session:
        _insert(session, nik="3201011508900001")
        sent = _insert(session, nik="3201011508900002")
        sent.status = "sent"
        session.add(sent)
    with store.session() as session:
        assert repo.pending_count(session) == 1


def test_drafts_crud(store: Store) -> None:
    later = MOMENT + timedelta(minutes=5)
    with store.session() as session:
        first = repo.save_draft(session, officer="demo", data={"a": 1}, now=MOMENT, draft_id=None)
        other = repo.save_draft(session, officer="spv", data={"b": 2}, now=MOMENT, draft_id=None)
        again = repo.save_draft(session, officer="demo", data={"a": 3}, now=later, draft_id=first)
    assert again == first
    with store.session() as session:
        assert [d.id for d in repo.list_drafts(session, officer="demo")] == [first]
        assert repo.load_draft(session, draft_id=first).data_json == '{"a":3}'
        assert repo.delete_draft(session, draft_id=other)
        assert not repo.delete_draft(session, draft_id=other)
        with pytest.raises(BpuError):
            repo.load_draft(session, draft_id=other)


def test_a_search_anywhere_counts_up_to_the_cap_and_one_more(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bpu_enroll.store import rawsql

    monkeypatch.setattr(rawsql, "COUNT_CAP", 2)
    with store.session() as session:
        for serial in range(4):
            _insert(session, nik=f"320101150890000{serial + 1}", name=f"SRI WAHYUNI {serial}")
    with store.session() as session:
        assert repo.count_registrations(session, text="wahyu") == 3  # "more than 2"
        assert repo.count_registrations(session, text="sr") == 4  # a prefix counts them all
        assert len(repo.search_registrations(session, text="wahyu")) == 4
