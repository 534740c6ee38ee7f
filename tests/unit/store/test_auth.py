"""Officer login against the keyring: refusals, lockout, audit events, new officers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store import repo
from bpu_enroll.store.audit import verify_audit_chain
from bpu_enroll.store.auth import login, open_for_officer
from bpu_enroll.store.db import open_store
from bpu_enroll.store.keyring import (
    Keyring,
    OfficerEntry,
    keyring_path,
    load_keyring,
    new_officer_entry,
    provision_officers,
    save_keyring,
)
from bpu_enroll.store.keys import FAST_KDF, b64
from bpu_enroll.store.models import AuditEntry, Officer

T0 = datetime(2026, 5, 10, 3, 0, tzinfo=UTC)


def _officer(username: str, password: str, role: str = "officer") -> OfficerEntry:
    return new_officer_entry(
        username=username, display_name=username.title(), role=role, password=password, kdf=FAST_KDF
    )


@pytest.fixture
def profile(data_dir: Path, db_key: bytes) -> Path:
    """A keyring with officer `ani` (password `kunci`) and an empty store."""
    keyring = Keyring("DEMO", "Kantor Cabang Demo", "32", "D0001", [_officer("ani", "kunci")])
    provision_officers(keyring, db_key)
    save_keyring(data_dir, keyring)
    with open_store(data_dir, db_key):
        pass
    return data_dir


def _refusal(data_dir: Path, username: str, password: str, now: datetime) -> BpuError:
    with pytest.raises(BpuError) as refused:
        login(data_dir, username, password, now=now)
    return refused.value


def _actions(data_dir: Path, db_key: bytes) -> list[str]:
    with open_store(data_dir, db_key) as store, store.session() as session:
        assert verify_audit_chain(session).ok
        rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.seq))).all()
        return [row.action for row in rows]


def test_keyring_round_trip_holds_no_clear_key(profile: Path, db_key: bytes) -> None:
    keyring = load_keyring(profile)
    assert keyring.officer("ani") is not None
    text = keyring_path(profile).read_text(encoding="utf-8")
    assert b64(db_key) not in text
    assert db_key.hex() not in text
    assert [p.name for p in profile.iterdir() if p.name.endswith(".tmp")] == []
    save_keyring(profile, keyring)
    assert load_keyring(profile).to_dict() == keyring.to_dict()


def test_right_password_unseals_the_database_key(profile: Path, db_key: bytes) -> None:
    assert login(profile, "ani", "kunci", now=T0).db_key == db_key


def test_wrong_password_and_unknown_officer_are_refused(profile: Path, db_key: bytes) -> None:
    wrong = _refusal(profile, "ani", "salah", T0)
    assert (wrong.code, wrong.params["attempts_left"]) == ("AUTH_FAILED", 4)
    assert _refusal(profile, "budi", "kunci", T0).code == "AUTH_FAILED"
    with open_store(profile, db_key) as store, store.session() as session:
        assert repo.pending_count(session) == 0  # the store opens and reads as before


def test_five_failures_lock_the_account_for_five_minutes(profile: Path) -> None:
    for attempt in range(4):
        assert _refusal(profile, "ani", "salah", T0 + timedelta(seconds=attempt)).code == (
            "AUTH_FAILED"
        )
    locked = _refusal(profile, "ani", "salah", T0 + timedelta(seconds=5))
    assert (locked.code, locked.params["minutes"]) == ("ACCOUNT_LOCKED", 5)
    during = _refusal(profile, "ani", "kunci", T0 + timedelta(minutes=2))
    assert (during.code, during.params["minutes"]) == ("ACCOUNT_LOCKED", 4)
    after = T0 + timedelta(seconds=5) + timedelta(minutes=5, seconds=1)
    assert login(profile, "ani", "kunci", now=after).officer.username == "ani"
    again = _refusal(profile, "ani", "salah", after)  # the counter started again
    assert (again.code, again.params["attempts_left"]) == ("AUTH_FAILED", 4)


def test_lock_never_outlasts_its_promise_when_the_clock_goes_back(profile: Path) -> None:
    for attempt in range(5):
        _refusal(profile, "ani", "salah", T0 + timedelta(seconds=attempt))
    earlier = T0 - timedelta(days=1)
    locked = _refusal(profile, "ani", "kunci", earlier)
    assert (locked.code, locked.params["minutes"]) == ("ACCOUNT_LOCKED", 5)
    assert login(profile, "ani", "kunci", now=earlier + timedelta(minutes=6)).db_key


def test_login_events_reach_the_audit_log_on_next_open(profile: Path, db_key: bytes) -> None:
    for attempt in range(5):
        _refusal(profile, "ani", "salah", T0 + timedelta(seconds=attempt))
    _refusal(profile, "nobody", "x", T0)
    later = T0 + timedelta(minutes=10)
    result = login(profile, "ani", "kunci", now=later)
    open_for_officer(profile, result, now=later).close()
    assert _actions(profile, db_key) == ["login_failed"] * 5 + [
        "account_locked",
        "login_failed",
        "login",
    ]
    assert load_keyring(profile).pending_events == []


def test_officer_added_later_gets_a_sealed_copy_on_next_unlock(
    profile: Path, db_key: bytes
) -> None:
    keyring = load_keyring(profile)
    keyring.upsert_officer(_officer("budi", "rahasia", role="supervisor"))  # as the branch sends
    save_keyring(profile, keyring)
    assert _refusal(profile, "budi", "rahasia", T0).code == "OFFICER_NOT_PROVISIONED"

    store = open_for_officer(profile, login(profile, "ani", "kunci", now=T0), now=T0)
    with store.session() as session:
        budi = session.get(Officer, "budi")
        assert budi is not None
        assert budi.role == "supervisor"
    store.close()

    entry = load_keyring(profile).officer("budi")
    assert entry is not None
    assert entry.sealed_db_key is not None
    assert login(profile, "budi", "rahasia", now=T0).db_key == db_key
    assert "officer_provisioned" in _actions(profile, db_key)
