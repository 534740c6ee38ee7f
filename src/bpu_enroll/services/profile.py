"""Local profiles: where the data lives, whether a profile exists, and the demo profile.

A profile is a data directory holding `keyring.json` (identity and sealed keys) and `store.db`
(the encrypted store). `demo_init` makes a ready-to-use one so a newcomer can try the app with no
branch server:

- branch `DEMO` "Kantor Cabang Demo", province 32 (Jawa Barat, so times are WIB), device `D0001`;
- officer `demo` / password `demo` (role officer, "Petugas Demo");
- officer `spv` / password `spv` (role supervisor, "Supervisor Demo");
- a fresh Ed25519 device signing key, kept inside the encrypted store;
- no branch recovery key (there is no branch).

A demo laptop that later gets a real enrolment code puts its demo profile aside first
(`archive_demo_profile`, into `demo-archive-<UTC stamp>/`, never deleted, never sent); if the
enrolment fails, `restore_archived_demo` puts it back. Both move files by renaming them under the
folder's lock, the keyring deciding whether a profile is there, so a crash leaves the demo profile
or a folder ready for enrolment, never half a profile (`recover_demo_archives` tidies up).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey
from platformdirs import user_data_dir

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.clock import Clock, utc_now
from bpu_enroll.store.audit import append_audit
from bpu_enroll.store.auth import mirror_officers
from bpu_enroll.store.db import BACKUP_DIR, DB_FILE, open_store
from bpu_enroll.store.keyring import (
    KEYRING_FILE,
    Keyring,
    OfficerEntry,
    keyring_exists,
    load_keyring,
    new_officer_entry,
    provision_officers,
    save_keyring,
)
from bpu_enroll.store.keys import DEFAULT_KDF, KdfParams, new_db_key
from bpu_enroll.store.lock import acquire_lock
from bpu_enroll.store.models import Profile
from bpu_enroll.sync.laptop_store import CERT_FILE, SYNC_STATE_FILE, load_sync_state

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


def workstation_set_up(data_dir: Path) -> bool:
    """True when `data_dir` is a branch workstation's folder (`workstation-setup`). No laptop
    profile is made beside it (`PROFILE_EXISTS`), as no workstation is set up beside one: the
    app opens the workstation and would never show that profile."""
    from bpu_enroll.services.workstation import workstation_path

    return workstation_path(data_dir).exists()


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
    """Create the demo profile; `PROFILE_EXISTS` if one, or a branch workstation, is there
    (unless `if_missing`)."""
    data_dir = Path(data_dir)
    usernames = tuple(name for name, *_rest in DEMO_OFFICERS)
    if profile_exists(data_dir) or workstation_set_up(data_dir):
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
        recover_demo_archives(data_dir, locked=True)
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


# --- putting the demo profile aside (enrolment from a demo laptop) ---------------------------

DEMO_ARCHIVE_PREFIX = "demo-archive-"
MOVING_MARKER = "MOVING"
"""Present in an archive folder while files move in or out of it (see `recover_demo_archives`)."""
# The profile's files besides the keyring, which moves on its own: where it is, the profile is.
PROFILE_FILES = (
    DB_FILE,
    f"{DB_FILE}-wal",
    f"{DB_FILE}-shm",
    f"{DB_FILE}-journal",
    SYNC_STATE_FILE,
    CERT_FILE,
    BACKUP_DIR,
)
StepHook = Callable[[str], None]


def is_demo_profile(data_dir: Path) -> bool:
    """True for the demo profile: branch `DEMO`, never enrolled (no branch server, no keys)."""
    data_dir = Path(data_dir)
    if not profile_exists(data_dir):
        return False
    keyring = load_keyring(data_dir)
    state = load_sync_state(data_dir)
    return (
        keyring.branch_code == DEMO_BRANCH_CODE
        and keyring.recovery_public_key is None
        and not state.server_url
        and not state.branch_encryption_key
    )


def archive_demo_profile(data_dir: Path, now: datetime, *, on_step: StepHook | None = None) -> Path:
    """Move the demo profile into `demo-archive-<UTC stamp>/`, leaving the folder ready for
    enrolment; the archive folder. `PROFILE_EXISTS` for any profile that is not the demo,
    `STORE_MISSING` when there is no profile.

    Under the data directory's lock (`STORE_LOCKED` while the store is open). Moving the keyring
    is the single step that decides: before it the demo profile is whole, after it the folder
    has no profile and whatever is left of the demo belongs to the archive (a marker file says
    so, and `recover_demo_archives` finishes the move after a crash). `on_step(name)` is called
    after each step (tests stop there to play a killed process).
    """
    data_dir = Path(data_dir)
    step = on_step or _no_step
    lock = acquire_lock(data_dir)
    try:
        recover_demo_archives(data_dir, locked=True)
        if not profile_exists(data_dir):
            raise BpuError("STORE_MISSING")
        if not is_demo_profile(data_dir):
            raise BpuError("PROFILE_EXISTS")
        archive = _new_archive_dir(data_dir, now)
        _mark(archive)
        step("marked")
        _move(data_dir / KEYRING_FILE, archive / KEYRING_FILE)
        step(KEYRING_FILE)
        for name in PROFILE_FILES:
            if (data_dir / name).exists():
                _move(data_dir / name, archive / name)
                step(name)
        _unmark(archive)
        return archive
    finally:
        lock.release()


def restore_archived_demo(
    data_dir: Path, archive: Path | None = None, *, now: datetime, on_step: StepHook | None = None
) -> Path:
    """Put an archived demo profile back (the newest when `archive` is None); its old folder.

    `PROFILE_EXISTS` when the folder holds a profile again (nothing is replaced); `STORE_MISSING`
    when there is no archived demo. Leftovers of a failed enrolment are kept aside in an
    `orphaned-…` folder first. The keyring moves back last, so a crash midway leaves the folder
    without a profile and `recover_demo_archives` moves the demo's files back into the archive.
    """
    data_dir = Path(data_dir)
    step = on_step or _no_step
    lock = acquire_lock(data_dir)
    try:
        recover_demo_archives(data_dir, locked=True)
        if profile_exists(data_dir):
            raise BpuError("PROFILE_EXISTS")
        archive = archive or latest_demo_archive(data_dir)
        if archive is None or not (archive / KEYRING_FILE).is_file():
            raise BpuError("STORE_MISSING")
        _move_leftovers(data_dir, now)
        _mark(archive)
        step("marked")
        for name in PROFILE_FILES:
            if (archive / name).exists():
                _move(archive / name, data_dir / name)
                step(name)
        _move(archive / KEYRING_FILE, data_dir / KEYRING_FILE)
        step(KEYRING_FILE)
        _unmark(archive)
        _remove_if_empty(archive)
        return archive
    finally:
        lock.release()


def demo_archives(data_dir: Path) -> list[Path]:
    """The demo archive folders in `data_dir`, oldest first (their names carry the stamp)."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return []
    found = [p for p in data_dir.iterdir() if p.is_dir() and p.name.startswith(DEMO_ARCHIVE_PREFIX)]
    return sorted(found, key=lambda p: p.name)


def latest_demo_archive(data_dir: Path) -> Path | None:
    """The newest archive folder that holds a whole demo profile (its keyring), if any."""
    whole = [p for p in demo_archives(data_dir) if (p / KEYRING_FILE).is_file()]
    return whole[-1] if whole else None


def recover_demo_archives(data_dir: Path, *, locked: bool = False) -> None:
    """Finish any move a crash interrupted, by where the keyring is.

    An archive holding the keyring while the folder has none owns the demo: the demo's files
    still in the folder go into it. An archive without the keyring gives any file back to the
    folder and is removed when empty. `locked`: the caller holds the data directory's lock.
    """
    data_dir = Path(data_dir)
    lock = None if locked else acquire_lock(data_dir)
    try:
        for archive in demo_archives(data_dir):
            if not (archive / MOVING_MARKER).exists():
                continue
            if (archive / KEYRING_FILE).is_file():
                if profile_exists(data_dir):
                    continue  # a profile on both sides: leave both alone for a person to judge
                source, target = data_dir, archive
            else:
                source, target = archive, data_dir
            for name in PROFILE_FILES:
                if (source / name).exists() and not (target / name).exists():
                    _move(source / name, target / name)
            _unmark(archive)
            if target is data_dir:
                _remove_if_empty(archive)
    finally:
        if lock is not None:
            lock.release()


def _no_step(_name: str) -> None:
    return None


def _new_archive_dir(data_dir: Path, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    archive = data_dir / f"{DEMO_ARCHIVE_PREFIX}{stamp}"
    serial = 1
    while archive.exists():
        serial += 1
        archive = data_dir / f"{DEMO_ARCHIVE_PREFIX}{stamp}-{serial}"
    archive.mkdir()
    _fsync_dir(data_dir)
    return archive


def _mark(archive: Path) -> None:
    with open(archive / MOVING_MARKER, "wb") as handle:
        handle.write(b"files are moving; see services.profile.recover_demo_archives\n")
        handle.flush()
        os.fsync(handle.fileno())
    _fsync_dir(archive)


def _unmark(archive: Path) -> None:
    (archive / MOVING_MARKER).unlink(missing_ok=True)
    _fsync_dir(archive)


def _move(source: Path, target: Path) -> None:
    """Rename within the data directory (one file system, so atomic), then make it durable."""
    os.replace(source, target)
    _fsync_dir(target.parent)
    _fsync_dir(source.parent)


def _move_leftovers(data_dir: Path, now: datetime) -> None:
    """What a failed enrolment left (a half store, its sync state) is kept aside, not deleted."""
    present = [name for name in PROFILE_FILES if (data_dir / name).exists()]
    if not present:
        return
    aside = data_dir / f"orphaned-{now.astimezone(UTC).strftime('%Y%m%dT%H%M%S%fZ')}"
    aside.mkdir(parents=True, exist_ok=True)
    for name in present:
        _move(data_dir / name, aside / name)


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
