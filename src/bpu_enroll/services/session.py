"""Logging in: `unlock(data_dir, username, password)` gives the `OfficerSession` that the GUI and
the headless commands use afterwards (the open store, the officer, the branch and device).

Before login, `login_screen(data_dir)` tells the login window who may log in and which branch
this laptop belongs to, read from the keyring without opening the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.formatting import zone_for_province
from bpu_enroll.services.audit_check import ChainCheck, check_at_unlock
from bpu_enroll.services.clock import Clock, utc_now
from bpu_enroll.store import auth
from bpu_enroll.store.db import Store
from bpu_enroll.store.keyring import load_keyring
from bpu_enroll.store.models import Profile
from bpu_enroll.sync.enrolment import forget_pending_key


@dataclass(frozen=True)
class OfficerInfo:
    """An officer as the app shows them."""

    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class ProfileInfo:
    """This laptop's branch, device and sync state (a detached copy of the profile row)."""

    branch_code: str
    branch_name: str
    province_code: str
    device_code: str
    server_url: str | None
    last_sync_at: datetime | None
    created_at: datetime

    @property
    def zone_label(self) -> str:
        """WIB, WITA or WIT, from the branch's province."""
        return zone_for_province(self.province_code)[1]


@dataclass(frozen=True)
class LoginScreen:
    """What the login window shows before anyone logs in."""

    branch_code: str
    branch_name: str
    device_code: str
    officers: tuple[OfficerInfo, ...]


def login_screen(data_dir: Path) -> LoginScreen:
    """The branch and the active officers of a profile (`STORE_MISSING` when there is none)."""
    keyring = load_keyring(Path(data_dir))
    officers = tuple(
        OfficerInfo(o.username, o.display_name, o.role) for o in keyring.active_officers()
    )
    return LoginScreen(keyring.branch_code, keyring.branch_name, keyring.device_code, officers)


class OfficerSession:
    """One officer's unlocked store: the single object the GUI and CLI hold after login."""

    def __init__(
        self,
        *,
        data_dir: Path,
        store: Store,
        officer: OfficerInfo,
        profile: ProfileInfo,
        now: Clock,
        db_key: bytes | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.store = store
        self.officer = officer
        self.profile = profile
        self.now = now
        self._db_key = db_key
        self.audit_check: ChainCheck | None = None  # the chain as found at unlock

    @property
    def closed(self) -> bool:
        """True once `close()` was called."""
        return self.store.closed

    def verify_password(self, password: str) -> None:
        """The lock screen: the same officer's password again (same counters and lockout)."""
        auth.check_password(self.data_dir, self.officer.username, password, now=self.now())

    def reload_profile(self) -> ProfileInfo:
        """Read the profile row again (after a sync changed it)."""
        self.profile = read_profile(self.store)
        return self.profile

    def device_signing_key(self) -> bytes:
        """The device's Ed25519 private key (32 bytes), for signing receipts and batches."""
        with self.store.session(readonly=True) as session:
            return bytes(_profile_row(session.get(Profile, 1)).device_signing_key)

    def provision_roster(self) -> list[str]:
        """Seal the database key for roster officers who have no copy yet (after a sync brought
        new officers or changed passwords), so they can log in without waiting for the next
        unlock; their usernames."""
        if self._db_key is None or self.closed:
            return []
        return auth.provision_roster(
            self.store, self.data_dir, self._db_key, by=self.officer.username, now=self.now()
        )

    def close(self) -> None:
        """Close the store, release its lock and forget the key (safe to call twice)."""
        self._db_key = None
        self.store.close()

    def __enter__(self) -> OfficerSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def unlock(data_dir: Path, username: str, password: str, *, now: Clock = utc_now) -> OfficerSession:
    """Log in and open the store: `AUTH_FAILED`, `ACCOUNT_LOCKED`, `STORE_LOCKED`, … on refusal.

    The audit chain is checked on the way in (`audit_check.check_at_unlock`): a broken chain is
    warned about and recorded, and the session opens all the same (`OfficerSession.audit_check`).
    """
    data_dir = Path(data_dir)
    result = auth.login(data_dir, username, password, now=now())
    store = auth.open_for_officer(data_dir, result, now=now())
    try:
        profile = read_profile(store)
        chain = check_at_unlock(store, actor=result.officer.username, now=now())
    except BaseException:
        store.close()
        raise
    entry = result.officer
    officer = OfficerInfo(entry.username, entry.display_name, entry.role)
    session = OfficerSession(
        data_dir=data_dir,
        store=store,
        officer=officer,
        profile=profile,
        now=now,
        db_key=result.db_key,
    )
    session.audit_check = chain
    if profile.server_url:  # enrolled: a key left pending by a laptop killed at the end goes
        forget_pending_key(data_dir)
    return session


def read_profile(store: Store) -> ProfileInfo:
    """The profile row as a detached `ProfileInfo`."""
    with store.session(readonly=True) as session:
        row = _profile_row(session.get(Profile, 1))
        return ProfileInfo(
            branch_code=row.branch_code,
            branch_name=row.branch_name,
            province_code=row.province_code,
            device_code=row.device_code,
            server_url=row.server_url,
            last_sync_at=row.last_sync_at,
            created_at=row.created_at,
        )


def _profile_row(row: Profile | None) -> Profile:
    if row is None:
        raise BpuError("STORE_CORRUPT")
    return row
