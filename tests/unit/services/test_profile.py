"""The demo profile and the data directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from nacl.signing import SigningKey

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.profile import (
    DATA_DIR_ENV,
    default_data_dir,
    demo_init,
    profile_exists,
)
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import login_screen, unlock
from bpu_enroll.store.db import DB_FILE
from bpu_enroll.store.keyring import keyring_path
from bpu_enroll.store.keys import FAST_KDF, b64
from tests.unit.services.conftest import FakeClock
from tests.unit.services.samples import registration


def test_demo_profile_is_ready_to_log_in(profile_dir: Path, clock: FakeClock) -> None:
    assert profile_exists(profile_dir)
    screen = login_screen(profile_dir)
    assert (screen.branch_code, screen.branch_name, screen.device_code) == (
        "DEMO",
        "Kantor Cabang Demo",
        "D0001",
    )
    assert [(o.username, o.role) for o in screen.officers] == [
        ("demo", "officer"),
        ("spv", "supervisor"),
    ]
    with unlock(profile_dir, "spv", "spv", now=clock) as session:
        assert session.officer.role == "supervisor"
        assert session.profile.province_code == "32"
        assert session.profile.zone_label == "WIB"


def test_device_signing_key_lives_only_in_the_encrypted_store(
    profile_dir: Path, clock: FakeClock
) -> None:
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        seed = session.device_signing_key()
    signing = SigningKey(seed)
    assert signing.verify_key.verify(signing.sign(b"kuitansi")) == b"kuitansi"
    keyring_text = keyring_path(profile_dir).read_text(encoding="utf-8")
    assert b64(seed) not in keyring_text
    assert seed.hex() not in keyring_text


def test_existing_profile_is_never_replaced(profile_dir: Path, clock: FakeClock) -> None:
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        receipt = RegistrationService(session).finalise(registration()).receipt_number
    with pytest.raises(BpuError) as refused:
        demo_init(profile_dir, kdf=FAST_KDF, now=clock)
    assert refused.value.code == "PROFILE_EXISTS"
    assert demo_init(profile_dir, if_missing=True, kdf=FAST_KDF, now=clock).created is False
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        assert RegistrationService(session).get(receipt).row.receipt_number == receipt


def test_half_made_store_is_moved_aside(tmp_path: Path, clock: FakeClock) -> None:
    data_dir = tmp_path / "profile"
    data_dir.mkdir()
    (data_dir / DB_FILE).write_bytes(b"left over from an interrupted set-up")
    assert not profile_exists(data_dir)
    assert demo_init(data_dir, kdf=FAST_KDF, now=clock).created
    kept = list(data_dir.glob(f"orphaned-*/{DB_FILE}"))
    assert [path.read_bytes() for path in kept] == [b"left over from an interrupted set-up"]
    with unlock(data_dir, "demo", "demo", now=clock) as session:
        assert session.profile.branch_code == "DEMO"


def test_default_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert default_data_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert "bpu-enroll" in default_data_dir().parts


def test_no_profile_means_store_missing(tmp_path: Path) -> None:
    assert not profile_exists(tmp_path)
    with pytest.raises(BpuError) as refused:
        login_screen(tmp_path)
    assert refused.value.code == "STORE_MISSING"
