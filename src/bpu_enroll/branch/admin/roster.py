"""Branch administration: the branch itself, its officer roster, devices and enrolment codes.

Keyword-only functions over a `Session`, each one unit of work. Officer roster entries are
derived with the laptop's own KDF (`store.keys`): the branch keeps the public key and the
verifier, never a password and never a laptop's database key.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.db import data_key_of
from bpu_enroll.branch.store.fields import officer_name, seal_name
from bpu_enroll.branch.store.keys import (
    new_encryption_key,
    new_signing_key,
    self_signed_certificate,
)
from bpu_enroll.branch.store.models import (
    BranchInfo,
    Counter,
    Device,
    EnrolCode,
    Officer,
    StaffSession,
    utcnow,
)
from bpu_enroll.branch.store.registry import KPJ_COUNTER
from bpu_enroll.branch.store.vault import BranchSecrets, open_secrets, seal_secrets
from bpu_enroll.domain.formatting import NOT_TEXT, holds_nik, visible_line
from bpu_enroll.store.keys import (
    DEFAULT_KDF,
    KdfParams,
    derive_officer_keypair,
    make_verifier,
    new_salt,
)
from bpu_enroll.sync.protocol import KdfSettings, RosterOfficer, b64

ROLES = ("officer", "clerk", "supervisor", "admin")
DECISION_COUNTER = "decision"
NAME_LENGTH = 100  # an officer's full name as typed (stored sealed on PostgreSQL: longer)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class AdminError(Exception):
    """A refused administrative action, with a stable code; `message` is English (logs), the
    command says the catalogue's message for `code` and `params` (`subject`: what it was about,
    a device code or a user name, shown as typed; `why`: a USAGE detail key)."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


@dataclass(frozen=True)
class IssuedCode:
    """A one-time enrolment code as shown to the admin."""

    code: str
    expires_at: datetime
    fingerprint: str

    def to_dict(self) -> dict[str, str]:
        """`{"code", "expires_at", "fingerprint"}`."""
        return {
            "code": self.code,
            "expires_at": self.expires_at.isoformat(),
            "fingerprint": self.fingerprint,
        }


def branch_info(session: Session) -> BranchInfo:
    """The branch row; `NOT_INITIALISED` when `init` has not run."""
    info = session.get(BranchInfo, 1)
    if info is None:
        raise AdminError("NOT_INITIALISED", "the branch is not initialised: run bpu-branch init")
    return info


def ensure_not_initialised(session: Session) -> None:
    """`ALREADY_INITIALISED` when the branch row exists."""
    if session.get(BranchInfo, 1) is not None:
        raise AdminError("ALREADY_INITIALISED", "the branch is already initialised")


def branch_secrets(session: Session) -> BranchSecrets:
    """The branch's private keys, opened with the data key of the session's engine.

    A branch made before the keys were sealed has them in clear: they are sealed now and the
    clear columns emptied."""
    info = branch_info(session)
    data_key = data_key_of(session)
    if info.sealed_secrets:
        return open_secrets(data_key, info.sealed_secrets)
    found = BranchSecrets(info.signing_key, info.encryption_key, info.tls_key_pem)
    info.sealed_secrets = seal_secrets(data_key, found)
    info.signing_key = info.encryption_key = info.tls_key_pem = ""
    session.add(info)
    session.commit()
    return found


def init_branch(
    session: Session,
    *,
    code: str,
    name: str,
    province: str,
    kpj_first: int,
    kpj_last: int,
    tls_hosts: list[str] | None = None,
    recovery_public_key: str | None = None,
    actor: str = "cli",
) -> BranchInfo:
    """Create the branch row with fresh keys, a TLS certificate and the KPJ counter.

    The private keys are sealed with the branch's data key (`vault.seal_secrets`); only the
    public half of the recovery key pair (`recovery_public_key`, base64) is kept."""
    if session.get(BranchInfo, 1) is not None:
        raise AdminError("ALREADY_INITIALISED", "the branch is already initialised")
    # Its length as kept (upper case): a letter such as ß or a ligature grows there, and a
    # receipt number's branch part of more than 16 would be refused by the protocol.
    if not (code.isalnum() and len(code.upper()) <= 16):  # isalnum: not empty either
        raise AdminError(
            "USAGE", "the branch code must be 1 to 16 letters or digits", why="branch_code"
        )
    if len(code) == 16 and code.isdigit():
        raise AdminError(
            "BRANCH_CODE_NIK",
            "a branch code of 16 digits reads as a NIK: every receipt number of the branch "
            "would be refused; choose a code with a letter or of other length",
        )
    if not (len(province) == 2 and province.isdigit()):
        raise AdminError(
            "USAGE", "the province must be a two-digit Kemendagri code", why="province"
        )
    if not (0 < kpj_first <= kpj_last < 10**11):
        raise AdminError(
            "USAGE", "the KPJ range must be 11-digit numbers, first ≤ last", why="kpj_numbers"
        )
    tls = self_signed_certificate(code, tls_hosts)
    sealed = seal_secrets(
        data_key_of(session),
        BranchSecrets(new_signing_key(), new_encryption_key(), tls.key_pem),
    )
    info = BranchInfo(
        code=code.upper(),
        name=name,
        province=province,
        tls_cert_pem=tls.cert_pem,
        sealed_secrets=sealed,
        recovery_public_key=recovery_public_key,
        tls_fingerprint=tls.fingerprint,
        kpj_first=kpj_first,
        kpj_last=kpj_last,
        created_at=utcnow(),
    )
    session.add(info)
    session.add(Counter(name=KPJ_COUNTER, value=kpj_first))
    session.add(Counter(name=DECISION_COUNTER, value=1))
    detail = {"province": province, "kpj_first": str(kpj_first), "kpj_last": str(kpj_last)}
    _audit(session, actor, "branch_initialised", code.upper(), detail)
    session.commit()
    session.refresh(info)
    return info


# A new user name: ASCII letters, digits and dots (see `new_username`).
_USERNAME = re.compile(r"[A-Za-z0-9.]{1,64}")


def new_username(typed: str) -> str:
    """The user name of a new account from what was typed: NFKC-normalised (full-width `ａｇｕｓ`
    or a Kelvin sign `K` become the ASCII they stand for), then 1 to 64 ASCII letters, digits
    or dots, else refused (`USAGE`, `username`; `STAFF_USERNAME_INVALID` in the workspace).

    A user name is how an account is told apart on the roster, on receipts, tallies, exports
    and audit lines: a letter of another script that looks like a Latin one (a Cyrillic `а` in
    `аdmin`) made a second account that reads as another's, and an accented letter one that
    reads as the same name without its accent. Accounts added before the rule keep their name
    (they still sign in, are revoked and unlocked); only new ones are held to it."""
    username = unicodedata.normalize("NFKC", typed)
    if not _USERNAME.fullmatch(username):
        raise AdminError(
            "USAGE", "a user name is 1 to 64 letters a-z or A-Z, digits 0-9 or dots",
            why="username",
        )  # fmt: skip
    return username


def check_new_officer(session: Session, *, username: str, name: str, role: str) -> str:
    """Everything `add_officer` holds a new account to but its password, in its order: the
    role, the user name (`new_username`, no NIK, not active already, not another account's
    name in other letter case), the name. The user name as it will be stored. `officer add`
    asks this before the password, so a mistyped name is said before two password prompts."""
    if role not in ROLES:
        raise AdminError(
            "USAGE", f"role must be one of {', '.join(ROLES)}", why="role", roles=", ".join(ROLES)
        )
    username = new_username(username)
    if holds_nik(username):  # it goes on receipts, tallies and audit lines: never a NIK
        raise AdminError("STAFF_USERNAME_NIK", "the user name reads as a NIK; choose another")
    if not name.strip() or len(name) > NAME_LENGTH or not _visible_line(name):
        raise AdminError(
            "USAGE", "an officer's name is 1 to 100 characters of visible text on one line",
            why="officer_name",
        )  # fmt: skip
    if holds_nik(name):  # sent to every laptop and named in its tallies, which refuse a NIK
        raise AdminError("STAFF_NAME_NIK", "the name holds a NIK; write the name only")
    existing = session.get(Officer, username)
    if existing is not None and existing.revoked_at is None:
        raise AdminError("OFFICER_EXISTS", f"officer {username} already exists", subject=username)
    twin = _case_twin(session, username)
    if twin is not None:
        raise _twin_refusal(twin)
    return username


def _twin_refusal(twin: str) -> AdminError:
    """`OFFICER_EXISTS` for a user name that is `twin`'s in other letter case."""
    return AdminError(
        "OFFICER_EXISTS", f"officer {twin} already exists (user names differing only in "
        "letter case read as one)", subject=twin,
    )  # fmt: skip


def _case_twin(session: Session, username: str) -> str | None:
    """Another account, active or revoked, whose user name is `username` in other letter case
    (`Agus` beside `agus`): on a receipt, a tally or an audit line the two read as one person.
    A revoked account's name stays on what it signed, so it is not given to another either.
    Compared here, not in SQL, so that both back ends lower letters alike (SQLite's `lower`
    knows ASCII only); the roster is a branch's staff, some hundreds of names."""
    wanted = username.casefold()
    names = session.exec(select(Officer.username).order_by(col(Officer.username))).all()
    return next((str(n) for n in names if n != username and n.casefold() == wanted), None)


def add_officer(
    session: Session,
    *,
    username: str,
    name: str,
    role: str,
    password: str,
    params: KdfParams = DEFAULT_KDF,
    actor: str = "cli",
) -> Officer:
    """Add an officer (or re-activate a revoked one) with a roster entry from `password`, after
    `check_new_officer`.

    Two adds of one user name at the same moment (two supervisors, the workspace and the
    command): the second is refused `OFFICER_EXISTS` as a plain duplicate, whether the name is
    new (its insert fails the unique key) or revoked (its read waits on the first's row lock);
    an add of the name in other letter case waits on the audit chain's lock, then finds it."""
    username = check_new_officer(session, username=username, name=name, role=role)
    if not password:
        raise AdminError("USAGE", "the password cannot be empty", why="password_empty")
    salt = new_salt()
    _, public = derive_officer_keypair(password, salt, params)
    # Re-read under a row lock: a re-activation of the same revoked name at the same moment
    # waits here for the other to commit, then finds the name active (the check above was only
    # the early refusal, before the slow password derivation).
    existing = session.get(Officer, username, with_for_update=True, populate_existing=True)
    # Then the audit chain's lock (this add's line is written in this transaction), in the
    # order a revoke takes the two, before looking for a case twin again: an add of "Citra"
    # while "citra" is being added waits here for the other to commit, then finds it. The twin
    # is another row, so no row lock would make it wait (on SQLite, `BEGIN IMMEDIATE` already
    # queued it before the first read).
    audit_chain.lock_chain(session)
    twin = _case_twin(session, username)
    if twin is not None:
        raise _twin_refusal(twin)
    if existing is not None and existing.revoked_at is None:
        raise AdminError("OFFICER_EXISTS", f"officer {username} already exists", subject=username)
    fields: dict[str, Any] = {
        "name": seal_name(session, name),  # sealed on PostgreSQL; the user name stays in clear
        "role": role,
        "public_key": b64(bytes(public)),
        "verifier": make_verifier(password, params),
        "salt": b64(salt),
        "kdf": json.dumps(params.to_dict(), sort_keys=True),
        "revoked_at": None,
    }
    if existing is None:
        officer = Officer(username=username, created_at=utcnow(), **fields)
    else:
        officer = existing
        officer.sqlmodel_update(fields)
        _end_sessions(session, username)  # none should be left; a token never outlives a revocation
    session.add(officer)
    action = "officer_added" if existing is None else "officer_reactivated"
    try:
        _audit(session, actor, action, username, {"role": role})  # flushes the officer first
        session.commit()
    except IntegrityError:
        # Another add of the same new name committed first (the insert waited on its row): the
        # same refusal as a plain duplicate, nothing of this one written.
        session.rollback()
        if session.get(Officer, username) is None:
            raise
        raise AdminError(
            "OFFICER_EXISTS", f"officer {username} already exists", subject=username
        ) from None
    session.refresh(officer)
    return officer


def _end_sessions(session: Session, username: str) -> int:
    """Delete every workspace session of `username` (in the caller's transaction); how many."""
    result: Any = session.execute(
        delete(StaffSession).where(col(StaffSession.username) == username)
    )
    return int(result.rowcount or 0)


def list_officers(session: Session) -> list[Officer]:
    """Every officer, active and revoked, by user name."""
    return list(session.exec(select(Officer).order_by(col(Officer.username))).all())


def revoke_officer(session: Session, *, username: str, actor: str = "cli") -> Officer:
    """Mark an officer revoked and end their workspace sessions; laptops drop them from the
    login list at the next pull. The sessions are deleted, not only refused while revoked: `add`
    re-activates a revoked officer (with a new password), and a token issued before must not
    come back to life then."""
    officer = session.get(Officer, username)
    if officer is None:
        raise AdminError("NOT_FOUND", f"no officer {username}", subject=username)
    if officer.revoked_at is None:
        officer.revoked_at = utcnow()
        session.add(officer)
        ended = _end_sessions(session, username)
        detail = {"role": officer.role, "sessions_ended": ended}
        _audit(session, actor, "officer_revoked", username, detail)
        session.commit()
        session.refresh(officer)
    return officer


def roster_entry(officer: Officer) -> RosterOfficer:
    """An officer as the protocol's roster entry."""
    return RosterOfficer(
        username=officer.username,
        display_name=officer_name(officer),
        role=officer.role,  # type: ignore[arg-type]
        kdf_salt=officer.salt,
        kdf_params=KdfSettings.model_validate(json.loads(officer.kdf)),
        public_key=officer.public_key,
        verifier=officer.verifier,
        active=officer.revoked_at is None,
    )


def code_hash(code: str) -> str:
    """How an enrolment code is kept: SHA-256 of its normalised text."""
    normalised = code.replace("-", "").replace(" ", "").upper()
    return hashlib.sha256(normalised.encode("ascii", "replace")).hexdigest()


def issue_code(
    session: Session, *, ttl: timedelta = timedelta(hours=1), actor: str = "cli"
) -> IssuedCode:
    """A fresh one-time enrolment code (`XXXX-XXXX-XXXX`), valid for `ttl`."""
    info = branch_info(session)
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    code = "-".join(raw[i : i + 4] for i in range(0, 12, 4))
    expires = utcnow() + ttl
    session.add(EnrolCode(code_hash=code_hash(code), expires_at=expires))
    # The code itself is a secret: the audit keeps only the first characters of its hash.
    detail = {"code_hash": code_hash(code)[:12], "expires_at": expires.isoformat()}
    _audit(session, actor, "enrol_code_issued", info.code, detail)
    session.commit()
    return IssuedCode(code=code, expires_at=expires, fingerprint=info.tls_fingerprint)


def list_devices(session: Session) -> list[Device]:
    """Every enrolled device, by code."""
    return list(session.exec(select(Device).order_by(col(Device.code))).all())


def revoke_device(
    session: Session, *, code: str, actor: str = "cli", reason: str | None = None
) -> Device:
    """Mark a device revoked: every later request from it is refused. A revoked device stays
    as it was (no second audit line). `reason` (the workspace asks one; no NIK, checked by the
    caller) goes in the audit line's detail."""
    device = session.exec(select(Device).where(Device.code == code.upper())).first()
    if device is None:
        raise AdminError("NOT_FOUND", f"no device {code}", subject=code)
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        session.add(device)
        _audit(session, actor, "device_revoked", device.code, {"reason": reason} if reason else {})
        session.commit()
        session.refresh(device)
    return device


def _visible_line(text: str) -> bool:
    """Whether `text` is one line of visible text: no control or format character (a NUL, a
    line break, a terminal's escape, a right-to-left override, a zero-width character), no
    line or paragraph separator. An officer's name goes to every laptop, onto its receipts
    and tallies and into `officer list` on a terminal."""
    return not any(unicodedata.category(ch) in NOT_TEXT for ch in text)


def device_label(label: str | None) -> str:
    """A laptop's label as the branch keeps and shows it. The label is whatever the enrolling
    laptop sends (anyone holding a code): one line of visible text (no control or format
    character, so no right-to-left override turning its end around, no line separator breaking
    `device list` into two lines) with a NIK typed there masked (the label is not sealed)."""
    return visible_line(label or "")


def device_dict(device: Device) -> dict[str, Any]:
    """A device for `device list --json` (a label kept before `device_label` shown as it
    would be kept now)."""
    return {
        "code": device.code,
        "label": device_label(device.label),
        "enrolled_at": device.enrolled_at.isoformat(),
        "revoked": device.revoked_at is not None,
        "last_seen_at": device.last_seen_at.isoformat() if device.last_seen_at else None,
        "last_sequence": device.last_sequence,
    }


def officer_dict(officer: Officer) -> dict[str, Any]:
    """An officer for `officer list --json` (no key material)."""
    return {
        "username": officer.username,
        "name": officer_name(officer),
        "role": officer.role,
        "active": officer.revoked_at is None,
    }


def _audit(session: Session, actor: str, action: str, subject: str, detail: dict[str, Any]) -> None:
    """One chained line of an administrative action, in the caller's transaction."""
    audit_chain.append(session, actor=actor, action=action, subject=subject, detail=detail)
