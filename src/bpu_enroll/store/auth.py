"""Officer login against the keyring, lockout, and what happens right after the store opens.

`login` checks the password against the officer's Argon2id verifier; five failures in a row
lock the account for five minutes (`ACCOUNT_LOCKED`, with `minutes`); a wrong password is
`AUTH_FAILED` (with `attempts_left`). An officer the branch revoked (inactive in the roster
since the laptop's last sync) who types the right password is told `OFFICER_REVOKED`. Success
derives the officer's key pair and unseals the database key. Every attempt is queued in the
keyring as an audit event, because the store cannot be written before it is open;
`open_for_officer` opens it, writes those events to the audit log, seals the key for officers
added since (`provision_officers`) and refreshes the officer table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from nacl.public import PrivateKey
from sqlmodel import Session

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store.audit import append_audit
from bpu_enroll.store.db import Store, open_store
from bpu_enroll.store.keyring import (
    Keyring,
    LoginFailures,
    OfficerEntry,
    add_pending_event,
    load_keyring,
    provision_officers,
    save_keyring,
)
from bpu_enroll.store.keys import check_verifier, derive_officer_keypair, unseal
from bpu_enroll.store.lock import keyring_lock
from bpu_enroll.store.models import Officer

MAX_FAILURES = 5
LOCK_DURATION = timedelta(minutes=5)


@dataclass(frozen=True)
class LoginResult:
    """A successful login: the officer's roster entry and the database key."""

    officer: OfficerEntry
    db_key: bytes


def login(data_dir: Path, username: str, password: str, *, now: datetime) -> LoginResult:
    """Check the password and unseal the database key, or refuse with a stable code."""
    with keyring_lock(data_dir):
        keyring = load_keyring(data_dir)
        entry = _check_password(data_dir, keyring, username, password, now=now)
        private, public = derive_officer_keypair(password, entry.kdf_salt, entry.kdf_params)
        if bytes(public) != entry.public_key:
            raise BpuError("STORE_CORRUPT")
        db_key = _unseal_for(entry, private)
        add_pending_event(keyring, at=now, actor=username, action="login", details={})
        save_keyring(data_dir, keyring)
    return LoginResult(officer=entry, db_key=db_key)


def check_password(data_dir: Path, username: str, password: str, *, now: datetime) -> None:
    """Re-check an officer's password (the lock screen), with the same counters and lockout."""
    with keyring_lock(data_dir):
        keyring = load_keyring(data_dir)
        _check_password(data_dir, keyring, username, password, now=now)
        add_pending_event(keyring, at=now, actor=username, action="unlock_screen", details={})
        save_keyring(data_dir, keyring)


def _check_password(
    data_dir: Path, keyring: Keyring, username: str, password: str, *, now: datetime
) -> OfficerEntry:
    if keyring.counters_tampered:
        _lock_everyone(keyring, now)
    entry = keyring.officer(username)
    if entry is None:
        # The typed name is not recorded: it could be anything, even a NIK typed by mistake.
        details = {"reason": "unknown_officer"}
        add_pending_event(keyring, at=now, actor="-", action="login_failed", details=details)
        save_keyring(data_dir, keyring)
        raise BpuError("AUTH_FAILED", field="username")
    failures = keyring.failures_for(username)
    try:
        _refuse_while_locked(failures, now)
    except BpuError:
        save_keyring(data_dir, keyring)
        raise
    if not check_verifier(entry.verifier, password):
        _record_failure(data_dir, keyring, failures, username, now)
    failures.failed = 0
    failures.locked_until = None
    if not entry.active:
        # Told in words, but only to someone who knows the password.
        # Staff a laptop of an older version held were made inactive for their role.
        code = "OFFICER_REVOKED" if entry.role == "officer" else "OFFICER_NOT_FIELD"
        details = {"reason": code.lower()}
        add_pending_event(keyring, at=now, actor=username, action="login_failed", details=details)
        save_keyring(data_dir, keyring)
        raise BpuError(code, field="username")
    return entry


def _lock_everyone(keyring: Keyring, now: datetime) -> None:
    """The counters were edited by hand, or carry no seal: every officer waits the lock duration
    (see `counters_mac`), and the finding goes to the audit log at the next unlock.

    A keyring written by release 0.1.0 has no seal either, and nothing in a file an attacker can
    edit tells it apart from one whose seal was removed, so it is locked too, once: the first
    sign-in after the upgrade waits the lock duration, and the counters are sealed from then
    on. The audit line says which it was (`seal`: missing or wrong)."""
    for officer in keyring.officers:
        failures = keyring.failures_for(officer.username)
        failures.failed = MAX_FAILURES
        failures.locked_until = now + LOCK_DURATION
    details = {"seal": "missing" if keyring.counters_unsealed else "wrong"}
    add_pending_event(keyring, at=now, actor="-", action="login_counters_tampered", details=details)
    keyring.counters_tampered = keyring.counters_unsealed = False


def _refuse_while_locked(failures: LoginFailures, now: datetime) -> None:
    if failures.locked_until is None:
        return
    remaining = failures.locked_until - now
    if remaining <= timedelta(0):
        failures.failed = 0
        failures.locked_until = None
        return
    if remaining > LOCK_DURATION:  # the clock was set back: never lock longer than promised
        failures.locked_until = now + LOCK_DURATION
        remaining = LOCK_DURATION
    raise BpuError("ACCOUNT_LOCKED", field="password", minutes=_minutes(remaining))


def _record_failure(
    data_dir: Path, keyring: Keyring, failures: LoginFailures, username: str, now: datetime
) -> None:
    failures.failed += 1
    add_pending_event(
        keyring,
        at=now,
        actor=username,
        action="login_failed",
        details={"failed": failures.failed},
    )
    if failures.failed >= MAX_FAILURES:
        failures.locked_until = now + LOCK_DURATION
        add_pending_event(
            keyring,
            at=now,
            actor=username,
            action="account_locked",
            details={"until": failures.locked_until.isoformat()},
        )
        save_keyring(data_dir, keyring)
        raise BpuError("ACCOUNT_LOCKED", field="password", minutes=_minutes(LOCK_DURATION))
    save_keyring(data_dir, keyring)
    left = MAX_FAILURES - failures.failed
    raise BpuError("AUTH_FAILED", field="password", attempts_left=left)


def _minutes(span: timedelta) -> int:
    return max(1, math.ceil(span.total_seconds() / 60))


def _unseal_for(entry: OfficerEntry, private: PrivateKey) -> bytes:
    if entry.sealed_db_key is None:
        raise BpuError("OFFICER_NOT_PROVISIONED", field="username")
    try:
        return unseal(entry.sealed_db_key, private)
    except ValueError as exc:
        raise BpuError("STORE_CORRUPT") from exc


def open_for_officer(data_dir: Path, result: LoginResult, *, now: datetime) -> Store:
    """Open the store with a login's key, then settle the keyring: events, new officers."""
    store = open_store(data_dir, result.db_key)
    try:
        provision_roster(store, data_dir, result.db_key, by=result.officer.username, now=now)
    except BaseException:
        store.close()
        raise
    return store


def provision_roster(
    store: Store, data_dir: Path, db_key: bytes, *, by: str, now: datetime | None = None
) -> list[str]:
    """With the store open: write queued login events to the audit log, seal the key for
    roster officers without a copy, refresh the officer table; the newly provisioned."""
    moment = now or datetime.now(UTC)
    with keyring_lock(data_dir):
        keyring = load_keyring(data_dir)
        provisioned = provision_officers(keyring, db_key)
        events = list(keyring.pending_events)
        with store.session() as session:
            _write_events(session, events)
            for username in provisioned:
                append_audit(
                    session, at=moment, actor=by, action="officer_provisioned", subject=username
                )
            mirror_officers(session, keyring)
        if provisioned or events:
            keyring.pending_events = keyring.pending_events[len(events) :]
            save_keyring(data_dir, keyring)
    return provisioned


def _write_events(session: Session, events: list[dict[str, Any]]) -> None:
    for event in events:
        append_audit(
            session,
            at=datetime.fromisoformat(str(event["at"])),
            actor=str(event.get("actor", "-")),
            action=str(event["action"]),
            details=dict(event.get("details") or {}),
        )


def mirror_officers(session: Session, keyring: Keyring) -> None:
    """Make the store's officer table match the keyring roster."""
    for entry in keyring.officers:
        row = session.get(Officer, entry.username) or Officer(
            username=entry.username, display_name=entry.display_name, role=entry.role
        )
        row.display_name = entry.display_name
        row.role = entry.role
        row.active = entry.active
        session.add(row)
