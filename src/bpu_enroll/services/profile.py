"""Local profiles: where the data lives, whether a profile exists, and the demo profile.

A profile is a data directory holding `keyring.json` (identity and sealed keys) and `store.db`
(the encrypted store). `demo_init` makes a ready-to-use one so a newcomer can try the app with no
branch server:

- branch `DEMO` "Kantor Cabang Demo", province 32 (Jawa Barat, so times are WIB), device `D0001`;
- officer `demo` / password `demo` (role officer, "Petugas Demo");
- officer `spv` / password `spv` (role supervisor, "Supervisor Demo");
- a fresh Ed25519 device signing key, kept inside the encrypted store;
- no branch recovery key (there is no branch).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey
from platformdirs import user_data_dir

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.clock import Clock, utc_now
from bpu_enroll.store.audit import append_audit
from bpu_enroll.store.auth import mirror_officers
from bpu_enroll.store.db import DB_FILE, open_store
from bpu_enroll.store.keyring import (
    Keyring,
    OfficerEntry,
    keyring_exists,
    new_officer_entry,
    provision_officers,
    save_keyring,
)
from bpu_enroll.store.keys import DEFAULT_KDF, KdfParams, new_db_key
from bpu_enroll.store.lock import acquire_lock
from bpu_enroll.store.models import Profile

APP_NAME = "bpu-enroll"
APP_AUTHOR = "BPJS Ketenagakerjaan"
DATA_DIR_ENV = "BPU_ENROLL_DATA_DIR"

DEMO_BRANCH_CODE = "DEMO"
DEMO_BRANCH_NAME = "Kantor Cabang Demo"
DEMO_PROVINCE = "32"
DEMO_DEVICE = "D0001"
# (username, password, display name, role)
DEMO_OFFICERS = (
    ("demo", "demo", "Petugas Demo", "officer"),
    ("spv", "spv", "Supervisor Demo", "supervisor"),
)


def default_data_dir() -> Path:
    """`BPU_ENROLL_DATA_DIR` when set, else the platform's user data folder for the app."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def profile_exists(data_dir: Path) -> bool:
    """True when `data_dir` holds a profile (its keyring is written last, so it is complete)."""
    return keyring_exists(Path(data_dir))


@dataclass(frozen=True)
class Identity:
    """Who this laptop is: branch and device."""

    branch_code: str
    branch_name: str
    province_code: str
    device_code: str


@dataclass(frozen=True)
class ProfileCreated:
    """The result of `demo_init`: where, whether it was made now, and who can log in."""

    data_dir: Path
    created: bool
    branch_code: str
    device_code: str
    officers: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The `demo-init --json` document."""
        return {
            "data_dir": str(self.data_dir),
            "created": self.created,
            "branch_code": self.branch_code,
            "device_code": self.device_code,
            "officers": list(self.officers),
        }


def demo_init(
    data_dir: Path,
    *,
    if_missing: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
    now: Clock = utc_now,
) -> ProfileCreated:
    """Create the demo profile; `PROFILE_EXISTS` if one is there (unless `if_missing`)."""
    data_dir = Path(data_dir)
    usernames = tuple(name for name, *_rest in DEMO_OFFICERS)
    if profile_exists(data_dir):
        if not if_missing:
            raise BpuError("PROFILE_EXISTS")
        return ProfileCreated(data_dir, False, DEMO_BRANCH_CODE, DEMO_DEVICE, usernames)
    officers = [
        new_officer_entry(
            username=name, display_name=display, role=role, password=password, kdf=kdf
        )
        for name, password, display, role in DEMO_OFFICERS
    ]
    identity = Identity(DEMO_BRANCH_CODE, DEMO_BRANCH_NAME, DEMO_PROVINCE, DEMO_DEVICE)
    create_profile(data_dir, identity=identity, officers=officers, now=now())
    return ProfileCreated(data_dir, True, DEMO_BRANCH_CODE, DEMO_DEVICE, usernames)


def create_profile(
    data_dir: Path,
    *,
    identity: Identity,
    officers: list[OfficerEntry],
    now: datetime,
    signing_key: bytes | None = None,
    server_url: str | None = None,
    recovery_public_key: bytes | None = None,
) -> None:
    """Make a new store and keyring (demo-init here; device enrolment later uses it too).

    The store is written first and the keyring last, atomically: a crash in between leaves no
    profile, and the next attempt moves the half-made store aside instead of deleting it.
    """
    data_dir = Path(data_dir)
    lock = acquire_lock(data_dir)
    try:
        if profile_exists(data_dir):
            raise BpuError("PROFILE_EXISTS")
        _move_orphan_store(data_dir, now)
    finally:
        lock.release()
    db_key = new_db_key()
    keyring = Keyring(
        branch_code=identity.branch_code,
        branch_name=identity.branch_name,
        province_code=identity.province_code,
        device_code=identity.device_code,
        officers=list(officers),
        recovery_public_key=recovery_public_key,
    )
    provision_officers(keyring, db_key)
    with open_store(data_dir, db_key) as store, store.session() as session:
        session.add(
            Profile(
                branch_code=identity.branch_code,
                branch_name=identity.branch_name,
                province_code=identity.province_code,
                device_code=identity.device_code,
                device_signing_key=signing_key or bytes(SigningKey.generate()),
                created_at=now,
                server_url=server_url,
            )
        )
        mirror_officers(session, keyring)
        append_audit(
            session,
            at=now,
            actor="-",
            action="profile_created",
            subject=identity.device_code,
            details={"branch": identity.branch_code, "officers": len(officers)},
        )
    save_keyring(data_dir, keyring)


def _move_orphan_store(data_dir: Path, now: datetime) -> None:
    """A store without a keyring (an interrupted set-up) is kept aside, never deleted."""
    files = [data_dir / name for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm")]
    present = [path for path in files if path.exists()]
    if not present:
        return
    aside = data_dir / f"orphaned-{now.strftime('%Y%m%dT%H%M%S%fZ')}"
    aside.mkdir(parents=True, exist_ok=True)
    for path in present:
        shutil.move(str(path), aside / path.name)
