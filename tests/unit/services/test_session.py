"""Unlocking a profile: the officer session, refusals, lockout, the lock screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import OfficerSession, unlock
from bpu_enroll.store.keyring import load_keyring, new_officer_entry, save_keyring
from bpu_enroll.store.keys import FAST_KDF
from tests.unit.services.conftest import FakeClock
from tests.unit.services.samples import registration


def _code(action: object) -> str:
    assert callable(action)
    with pytest.raises(BpuError) as refused:
        action()
    return refused.value.code


def test_unlock_gives_officer_and_branch(officer_session: OfficerSession) -> None:
    assert officer_session.officer.username == "demo"
    assert officer_session.officer.display_name == "Petugas Demo"
    assert officer_session.profile.device_code == "D0001"
    officer_session.close()
    assert officer_session.closed


def test_wrong_password_is_refused_and_data_survives(profile_dir: Path, clock: FakeClock) -> None:
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        RegistrationService(session).finalise(registration())
    assert _code(lambda: unlock(profile_dir, "demo", "salah", now=clock)) == "AUTH_FAILED"
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        assert RegistrationService(session).pending_count() == 1


def test_lockout_and_its_expiry(profile_dir: Path, clock: FakeClock) -> None:
    for _ in range(4):
        assert _code(lambda: unlock(profile_dir, "demo", "x", now=clock)) == "AUTH_FAILED"
    assert _code(lambda: unlock(profile_dir, "demo", "x", now=clock)) == "ACCOUNT_LOCKED"
    clock.advance(minutes=4)
    assert _code(lambda: unlock(profile_dir, "demo", "demo", now=clock)) == "ACCOUNT_LOCKED"
    with unlock(profile_dir, "spv", "spv", now=clock):  # other officers are not locked out
        pass
    clock.advance(minutes=1, seconds=1)
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        assert session.officer.username == "demo"


def test_second_running_copy_is_refused(
    officer_session: OfficerSession, profile_dir: Path, clock: FakeClock
) -> None:
    assert _code(lambda: unlock(profile_dir, "spv", "spv", now=clock)) == "STORE_LOCKED"
    officer_session.close()
    with unlock(profile_dir, "spv", "spv", now=clock) as session:
        assert session.officer.username == "spv"


def test_lock_screen_checks_the_same_officer(officer_session: OfficerSession) -> None:
    officer_session.verify_password("demo")
    assert _code(lambda: officer_session.verify_password("spv")) == "AUTH_FAILED"


def test_officer_added_during_a_session_is_provisioned_at_once(
    officer_session: OfficerSession, profile_dir: Path, clock: FakeClock
) -> None:
    keyring = load_keyring(profile_dir)
    keyring.upsert_officer(  # what a sync does when the branch adds an officer
        new_officer_entry(
            username="citra", display_name="Citra", role="officer", password="c1", kdf=FAST_KDF
        )
    )
    save_keyring(profile_dir, keyring)
    assert officer_session.provision_roster() == ["citra"]
    assert officer_session.provision_roster() == []
    officer_session.close()
    with unlock(profile_dir, "citra", "c1", now=clock) as session:
        assert session.officer.display_name == "Citra"
