"""Upgrades and downgrades against the committed fixture of release 0.1.0
(`tests/fixtures/store-0.1.0`, made by `tests/fixtures/make_store_fixture.py`).

- This version opens the 0.1.0 laptop store (migrating it, a backup first), keeps every record,
  draft and state, and syncs its pending batch to the 0.1.0 branch database, itself refused
  until `bpu-branch key adopt` has encrypted it (a plain SQLite file with NIKs and keys in
  clear), then migrated.
- A store stamped with a revision this version does not know (written by a newer version) is
  refused with `STORE_TOO_NEW` and a message, by the library and by a headless command, and the
  file is left byte for byte as it was.

The fixture's branch is a SQLite file, so these run on SQLite only (adopting a PostgreSQL branch
of 0.1.0 is tested in `test_branch_keys.py`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.admin.keys_cli import init_master_key
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.branch.store.audit_chain import verify_chain
from bpu_enroll.branch.store.db import is_plain_sqlite, open_branch
from bpu_enroll.branch.store.models import Participant
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import OfficerSession, unlock
from bpu_enroll.store import schema
from bpu_enroll.store.auth import LOCK_DURATION
from bpu_enroll.store.counters_mac import counters_intact
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.laptop_store import load_sync_state
from tests.integration.helpers import Branch, Laptop, ServerThread, extend_kpj_range

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-0.1.0"
MANIFEST: dict[str, Any] = json.loads((FIXTURE / "MANIFEST.json").read_text())
OFFICER, PASSWORD = str(MANIFEST["officer"]), str(MANIFEST["password"])


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A private copy of the fixture (the committed files are never opened for writing)."""
    target = tmp_path / "store-0.1.0"
    shutil.copytree(FIXTURE, target)
    return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_fixture_was_made_by_an_older_schema() -> None:
    assert MANIFEST["laptop_schema"] == "0002"
    assert schema.head_revision() != MANIFEST["laptop_schema"]
    assert MANIFEST["statuses"] == {"accepted": 2, "final": 2, "rejected": 1, "sent": 3}


def _first_unlock(data_dir: Path) -> OfficerSession:
    """A 0.1.0 keyring's login counters carry no seal: the first sign-in after the upgrade is
    refused for the lock duration, once; then the store opens and the counters are sealed."""
    with pytest.raises(BpuError) as locked:
        unlock(data_dir, OFFICER, PASSWORD)
    assert locked.value.code == "ACCOUNT_LOCKED"
    later = datetime.now(UTC) + LOCK_DURATION + timedelta(seconds=1)
    session = unlock(data_dir, OFFICER, PASSWORD, now=lambda: later)
    assert counters_intact(json.loads((data_dir / "keyring.json").read_text()))
    return session


def _adopt_branch(
    copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[dict[str, Any], Any]:
    """`bpu-branch key adopt` on the fixture's plain branch database (refused before it)."""
    db = copy / "branch.db"
    names = _fixture_niks(db)
    assert is_plain_sqlite(db) and names  # the 0.1.0 branch: NIKs in a plain file
    url = f"sqlite:///{db}"
    capsys.readouterr()
    assert branch_main(["--db", url, "officer", "list", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "BRANCH_DB_PLAIN"
    recovery = tmp_path / "recovery.key"
    argv = ["--db", url, "key", "adopt", "--recovery-key-out", str(recovery), "--json"]
    assert branch_main(argv) == 0
    adopted = json.loads(capsys.readouterr().out)
    assert branch_main(argv) == 0  # again: nothing left to do
    again = json.loads(capsys.readouterr().out)
    assert not any(v for k, v in again.items() if k not in {"key_file", "recovery_key_file"})
    assert not is_plain_sqlite(db) and recovery.stat().st_mode & 0o077 == 0
    content = db.read_bytes()
    assert not any(nik.encode() in content for nik in names)
    master, _ = init_master_key(None)
    engine = open_branch(url, master)
    with Session(engine) as session:
        hashes = {p.nik_hash for p in session.exec(select(Participant)).all()}
        assert len(hashes) == len(names) and all(len(h) == 64 for h in hashes)
        assert verify_chain(session).valid
    return adopted, engine


def _fixture_niks(db: Path) -> set[str]:
    """The NIKs the 0.1.0 branch holds in clear (read with the standard library's sqlite3)."""
    connection = sqlite3.connect(db)
    try:
        return {str(row[0]) for row in connection.execute("SELECT nik FROM branch_participant")}
    finally:
        connection.close()


def test_this_version_opens_the_old_store_and_syncs_its_pending_batch(
    copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    adopted, engine = _adopt_branch(copy, tmp_path, capsys)
    assert adopted["file_encrypted"] and adopted["secrets_sealed"] and adopted["recovery_key_made"]
    assert adopted["participants_hashed"] >= 1
    branch = Branch(f"sqlite:///{copy / 'branch.db'}", engine)
    extend_kpj_range(branch)  # the fixture's branch had run out of KPJ numbers
    server = ServerThread(create_branch_app(engine)).start()
    data_dir = copy / "laptop"
    session = _first_unlock(data_dir)
    laptop = Laptop(data_dir, session, str(session.profile.device_code))
    try:
        assert any((data_dir / "backups").glob("store-0002-*.db"))  # a copy before migrating
        with session.store.engine.connect() as conn:
            assert schema.revision_of(conn) == schema.head_revision()
        statuses = Counter(status for status, _kpj in laptop.states().values())
        assert dict(statuses) == MANIFEST["statuses"]
        with session.store.session(readonly=True) as db:
            accepted = db.exec(select(Registration).where(Registration.status == "accepted")).all()
            assert accepted and all(r.settled_at is not None for r in accepted)
        service = RegistrationService(session)
        assert len(service.list_drafts()) == 2
        voided = [d for d in laptop.states() if service.get(d).row.voided]
        assert len(voided) == 1

        report = laptop.sync(server.url)

        assert report.completed, report.error
        assert report.counts["sent"] == 2 and report.counts["accepted"] == 2
        after = Counter(status for status, _kpj in laptop.states().values())
        assert after["final"] == 0 and after["accepted"] == 4
        assert not load_sync_state(data_dir).device_revoked
    finally:
        laptop.close()
        server.stop()
        engine.dispose()


def test_a_store_from_a_newer_schema_is_refused_cleanly(
    copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = copy / "laptop"
    session = _first_unlock(data_dir)  # brought to this version's head
    with session.store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    session.close()
    before = _digest(data_dir / "store.db")

    with pytest.raises(BpuError) as refused:
        unlock(data_dir, OFFICER, PASSWORD)
    assert refused.value.code == "STORE_TOO_NEW"
    assert "versi aplikasi yang lebih baru" in refused.value.message("id")

    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    capsys.readouterr()
    argv = ["attention", "--data-dir", str(data_dir), "--officer", OFFICER, "--json"]
    code = laptop_main(argv)
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert code == 1
    assert document["error"]["code"] == "STORE_TOO_NEW"
    assert "Traceback" not in captured.err
    assert _digest(data_dir / "store.db") == before  # untouched
    assert not any((data_dir / "backups").glob("store-9999-*"))
