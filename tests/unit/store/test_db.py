"""Opening the encrypted store: encryption at rest, keys, the process lock, disk full."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store import repo
from bpu_enroll.store.db import DB_FILE, Store, open_store
from bpu_enroll.store.keys import new_db_key

MOMENT = datetime(2026, 5, 10, 3, 0, tzinfo=UTC)
MARKER = "RAHASIA-PENANDA-7391"

OPEN_FROM_CHILD = """
import sys
from pathlib import Path
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store.db import open_store
try:
    open_store(Path(sys.argv[1]), bytes.fromhex(sys.argv[2])).close()
    print("OPENED")
except BpuError as exc:
    print(exc.code)
"""


def _save_marker(store: Store) -> str:
    with store.session() as session:
        return repo.save_draft(
            session, officer="demo", data={"note": MARKER}, now=MOMENT, draft_id=None
        )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _open_in_child(data_dir: Path, db_key: bytes) -> str:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_FROM_CHILD, str(data_dir), db_key.hex()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_file_is_unreadable_without_the_key(store: Store, data_dir: Path) -> None:
    _save_marker(store)
    store.close()
    raw = (data_dir / DB_FILE).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / DB_FILE).execute("SELECT * FROM sqlite_master").fetchall()


def test_nothing_readable_in_any_file_while_open(store: Store, data_dir: Path) -> None:
    _save_marker(store)  # committed, still in the WAL while the store is open
    for path in data_dir.iterdir():
        assert MARKER.encode() not in path.read_bytes(), path.name


def test_wrong_key_is_refused_and_the_store_is_intact(data_dir: Path, db_key: bytes) -> None:
    with open_store(data_dir, db_key) as store:
        draft_id = _save_marker(store)
    before = _digest(data_dir / DB_FILE)
    with pytest.raises(BpuError) as refused:
        open_store(data_dir, new_db_key())
    assert refused.value.code == "AUTH_FAILED"
    assert _digest(data_dir / DB_FILE) == before
    with open_store(data_dir, db_key) as store, store.session() as session:
        assert MARKER in repo.load_draft(session, draft_id=draft_id).data_json


def test_connection_settings(store: Store) -> None:
    with store.session() as session:
        conn = session.connection()
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_second_open_in_the_same_process_is_refused_until_closed(
    store: Store, data_dir: Path, db_key: bytes
) -> None:
    with pytest.raises(BpuError) as refused:
        open_store(data_dir, db_key)
    assert refused.value.code == "STORE_LOCKED"
    store.close()
    with open_store(data_dir, db_key):
        pass


def test_second_process_gets_store_locked(store: Store, data_dir: Path, db_key: bytes) -> None:
    assert _open_in_child(data_dir, db_key) == "STORE_LOCKED"
    store.close()
    assert _open_in_child(data_dir, db_key) == "OPENED"


def test_failed_unit_of_work_is_rolled_back(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as session:
        repo.save_draft(session, officer="demo", data={"a": 1}, now=MOMENT, draft_id=None)
        raise RuntimeError("boom")
    with store.session(readonly=True) as session:
        assert repo.list_drafts(session) == []


def test_disk_full_is_reported_and_nothing_is_harmed(data_dir: Path, db_key: bytes) -> None:
    with open_store(data_dir, db_key) as store:
        kept = _save_marker(store)
        with pytest.raises(BpuError) as refused, store.session() as session:
            conn = session.connection()
            pages = conn.execute(text("PRAGMA page_count")).scalar()
            conn.execute(text(f"PRAGMA max_page_count = {pages}"))
            big = {"blob": "x" * 400_000}
            repo.save_draft(session, officer="demo", data=big, now=MOMENT, draft_id=None)
        assert refused.value.code == "DISK_FULL"
    with open_store(data_dir, db_key) as store, store.session() as session:
        drafts = repo.list_drafts(session)
        assert [draft.id for draft in drafts] == [kept]


def test_the_store_file_is_readable_by_its_owner_only(data_dir: Path, db_key: bytes) -> None:
    """Made 0600 (its WAL and SHM too), and put back to 0600 when an older build left it
    0644, like the keyring beside it."""
    store = open_store(data_dir, db_key)
    try:
        _save_marker(store)
        for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm"):
            assert (data_dir / name).stat().st_mode & 0o777 == 0o600, name
    finally:
        store.close()
    (data_dir / DB_FILE).chmod(0o644)
    open_store(data_dir, db_key).close()
    assert (data_dir / DB_FILE).stat().st_mode & 0o777 == 0o600
