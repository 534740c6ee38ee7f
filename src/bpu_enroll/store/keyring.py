"""`keyring.json`: the plaintext sidecar that lets an officer open the encrypted store.

The database cannot hold its own key, so this small file next to it holds what is needed before
unlock: the branch and device identity (for the login window), the officer roster with each
officer's Argon2id salt and parameters, public key, password verifier and sealed copy of the
database key, an optional recovery copy sealed to the branch's public key, login-failure
counters (so lockout works before the store is open) and login events waiting to be written to
the audit log the next time the store is opened.

Nothing in it opens the store without a password: the database key appears only sealed. The
file is written atomically (temporary file, fsync, `os.replace`).
"""

from __future__ import annotations

import errno
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from nacl.public import PublicKey

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.files import write_private_file
from bpu_enroll.store.counters_mac import counters_intact, counters_mac
from bpu_enroll.store.keys import (
    KdfParams,
    b64,
    derive_officer_keypair,
    make_verifier,
    new_salt,
    seal,
    unb64,
)

KEYRING_FILE = "keyring.json"
FORMAT_VERSION = 1


@dataclass
class OfficerEntry:
    """One roster officer: who they are and how their password opens the store."""

    username: str
    display_name: str
    role: str
    kdf_salt: bytes
    kdf_params: KdfParams
    public_key: bytes
    verifier: str
    sealed_db_key: bytes | None = None
    active: bool = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON form kept in the keyring."""
        return {
            "username": self.username,
            "display_name": self.display_name,
            "role": self.role,
            "kdf_salt": b64(self.kdf_salt),
            "kdf_params": self.kdf_params.to_dict(),
            "public_key": b64(self.public_key),
            "verifier": self.verifier,
            "sealed_db_key": b64(self.sealed_db_key) if self.sealed_db_key else None,
            "active": self.active,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OfficerEntry:
        """Read one roster entry (also the shape the branch sends, without `sealed_db_key`)."""
        sealed = data.get("sealed_db_key")
        return cls(
            username=str(data["username"]),
            display_name=str(data.get("display_name") or data["username"]),
            role=str(data.get("role", "officer")),
            kdf_salt=unb64(str(data["kdf_salt"])),
            kdf_params=KdfParams.from_dict(dict(data["kdf_params"])),
            public_key=unb64(str(data["public_key"])),
            verifier=str(data["verifier"]),
            sealed_db_key=unb64(str(sealed)) if sealed else None,
            active=bool(data.get("active", True)),
        )


@dataclass
class LoginFailures:
    """Failed logins in a row for one officer, and until when the account is locked."""

    failed: int = 0
    locked_until: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form kept in the keyring."""
        until = self.locked_until.isoformat() if self.locked_until else None
        return {"failed": self.failed, "locked_until": until}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LoginFailures:
        """Read the counters back."""
        until = data.get("locked_until")
        return cls(
            failed=int(data.get("failed", 0)),
            locked_until=datetime.fromisoformat(until) if until else None,
        )


@dataclass
class Keyring:
    """The whole sidecar file: identity, roster, recovery copy, counters, pending events."""

    branch_code: str
    branch_name: str
    province_code: str
    device_code: str
    officers: list[OfficerEntry] = field(default_factory=list)
    recovery_public_key: bytes | None = None
    recovery_sealed_db_key: bytes | None = None
    failures: dict[str, LoginFailures] = field(default_factory=dict)
    pending_events: list[dict[str, Any]] = field(default_factory=list)
    counters_tampered: bool = False  # the counters' seal did not match when read
    counters_unsealed: bool = False  # ... because there was none (a 0.1.0 keyring, or removed)

    def officer(self, username: str) -> OfficerEntry | None:
        """The roster entry for `username` (active or not), or None."""
        return next((o for o in self.officers if o.username == username), None)

    def active_officers(self) -> list[OfficerEntry]:
        """The officers shown in the login window, in roster order."""
        return [o for o in self.officers if o.active]

    def upsert_officer(self, entry: OfficerEntry) -> None:
        """Add a roster officer, or replace one; a changed public key drops the old sealed copy."""
        current = self.officer(entry.username)
        if current is None:
            self.officers.append(entry)
            return
        if current.public_key == entry.public_key and entry.sealed_db_key is None:
            entry.sealed_db_key = current.sealed_db_key
        self.officers[self.officers.index(current)] = entry

    def failures_for(self, username: str) -> LoginFailures:
        """The failure counters of `username` (created empty when missing)."""
        return self.failures.setdefault(username, LoginFailures())

    def to_dict(self) -> dict[str, Any]:
        """The JSON document written to `keyring.json`."""
        recovery = None
        if self.recovery_public_key and self.recovery_sealed_db_key:
            recovery = {
                "branch_public_key": b64(self.recovery_public_key),
                "sealed_db_key": b64(self.recovery_sealed_db_key),
            }
        document = {
            "format": FORMAT_VERSION,
            "branch": {
                "code": self.branch_code,
                "name": self.branch_name,
                "province_code": self.province_code,
            },
            "device": {"code": self.device_code},
            "officers": [o.to_dict() for o in self.officers],
            "recovery": recovery,
            "login_failures": {name: f.to_dict() for name, f in self.failures.items()},
            "pending_events": list(self.pending_events),
        }
        document["login_failures_mac"] = counters_mac(document)
        return document

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Keyring:
        """Read the document back; refuses a format this code does not know."""
        if int(data.get("format", 0)) != FORMAT_VERSION:
            raise BpuError("STORE_TOO_NEW")
        recovery = data.get("recovery") or {}
        return cls(
            branch_code=str(data["branch"]["code"]),
            branch_name=str(data["branch"]["name"]),
            province_code=str(data["branch"]["province_code"]),
            device_code=str(data["device"]["code"]),
            officers=[OfficerEntry.from_dict(o) for o in data.get("officers", [])],
            recovery_public_key=_opt_b64(recovery.get("branch_public_key")),
            recovery_sealed_db_key=_opt_b64(recovery.get("sealed_db_key")),
            failures={
                str(name): LoginFailures.from_dict(f)
                for name, f in (data.get("login_failures") or {}).items()
            },
            pending_events=list(data.get("pending_events") or []),
            counters_tampered=not counters_intact(data),
            counters_unsealed="login_failures_mac" not in data,
        )


def _opt_b64(text: object) -> bytes | None:
    return unb64(str(text)) if text else None


def keyring_path(data_dir: Path) -> Path:
    """Where the keyring of a data directory lives."""
    return Path(data_dir) / KEYRING_FILE


def keyring_exists(data_dir: Path) -> bool:
    """True when the data directory holds a keyring (a profile was created)."""
    return keyring_path(data_dir).is_file()


def load_keyring(data_dir: Path) -> Keyring:
    """Read `keyring.json`; `STORE_MISSING` when absent, `STORE_CORRUPT` when unreadable."""
    path = keyring_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise BpuError("STORE_MISSING") from exc
    try:
        return Keyring.from_dict(json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BpuError("STORE_CORRUPT") from exc


def save_keyring(data_dir: Path, keyring: Keyring) -> None:
    """Write `keyring.json` (0600) atomically: `files.write_private_file` (a temporary file,
    fsync, `os.replace`, the folder fsynced); a full disk is `DISK_FULL`."""
    path = keyring_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(keyring.to_dict(), indent=2, sort_keys=True).encode("utf-8")
    try:
        write_private_file(path, payload)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise BpuError("DISK_FULL") from exc
        raise


def new_officer_entry(
    *, username: str, display_name: str, role: str, password: str, kdf: KdfParams
) -> OfficerEntry:
    """A roster entry made from a password (the branch does the same; the laptop for demo-init)."""
    salt = new_salt()
    _private, public = derive_officer_keypair(password, salt, kdf)
    return OfficerEntry(
        username=username,
        display_name=display_name,
        role=role,
        kdf_salt=salt,
        kdf_params=kdf,
        public_key=bytes(public),
        verifier=make_verifier(password, kdf),
    )


def provision_officers(keyring: Keyring, db_key: bytes) -> list[str]:
    """Seal the database key for every active officer who has no copy yet; their usernames.

    Called whenever any officer unlocks the store: an officer added to the roster later (by the
    branch, with only a public key and a verifier) can log in from then on.
    """
    provisioned = []
    for entry in keyring.officers:
        if entry.active and entry.sealed_db_key is None:
            entry.sealed_db_key = seal(db_key, PublicKey(entry.public_key))
            provisioned.append(entry.username)
    if keyring.recovery_public_key and keyring.recovery_sealed_db_key is None:
        keyring.recovery_sealed_db_key = seal(db_key, PublicKey(keyring.recovery_public_key))
    return provisioned


def add_pending_event(
    keyring: Keyring, *, at: datetime, actor: str, action: str, details: dict[str, Any]
) -> None:
    """Queue a login event for the audit log (written when the store is next opened)."""
    keyring.pending_events.append(
        {"at": at.isoformat(), "actor": actor, "action": action, "details": details}
    )
