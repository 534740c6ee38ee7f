"""Fixtures for the services tests: a controllable clock and a demo profile per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bpu_enroll.services.profile import demo_init
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import OfficerSession, unlock
from bpu_enroll.store.keys import FAST_KDF


class FakeClock:
    """A clock the test moves by hand (UTC)."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        """Move the clock forward."""
        self.moment += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    """10 May 2026, 10.00 WIB."""
    return FakeClock(datetime(2026, 5, 10, 3, 0, tzinfo=UTC))


@pytest.fixture
def profile_dir(tmp_path: Path, clock: FakeClock) -> Path:
    """A fresh demo profile (FAST key derivation)."""
    data_dir = tmp_path / "profile"
    demo_init(data_dir, kdf=FAST_KDF, now=clock)
    return data_dir


@pytest.fixture
def officer_session(profile_dir: Path, clock: FakeClock) -> Iterator[OfficerSession]:
    """Officer `demo` logged in."""
    session = unlock(profile_dir, "demo", "demo", now=clock)
    yield session
    session.close()


@pytest.fixture
def service(officer_session: OfficerSession) -> RegistrationService:
    """The registration use-cases of officer `demo`."""
    return RegistrationService(officer_session)
