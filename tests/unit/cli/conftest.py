"""Fixtures for the headless-command tests: a fresh demo profile per test, with or without
records already stored (made in-process with the cheap test key derivation, for speed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpu_enroll.services.profile import demo_init
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.store.keys import FAST_KDF
from tests.unit.cli.helpers import registration, stored_receipts

# Serials of the records the `stored_profile` fixture holds; tests use other serials.
STORED_SERIALS = (901, 902)


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    """A fresh, empty demo profile (officer demo/demo)."""
    data_dir = tmp_path / "profile"
    demo_init(data_dir, kdf=FAST_KDF)
    return data_dir


@pytest.fixture
def stored_profile(profile_dir: Path) -> tuple[Path, list[tuple[str, str]]]:
    """A demo profile holding two final records, and their (receipt number, content hash)."""
    with unlock(profile_dir, "demo", "demo") as session:
        service = RegistrationService(session)
        for serial in STORED_SERIALS:
            service.finalise(registration(serial))
    before = stored_receipts(profile_dir)
    assert len(before) == len(STORED_SERIALS)
    return profile_dir, before
