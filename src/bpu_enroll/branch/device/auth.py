"""Device enrolment with a one-time code, and the signature check on every device request.

A request is accepted only from an enrolled, unrevoked device, with a timestamp inside the clock
window, a nonce the device has not used before, and a valid Ed25519 signature over
`protocol.request_signing_bytes`. Refusals raise `Refusal` with an HTTP status and a stable code.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.exceptions import ValueError as NaclValueError
from nacl.public import PrivateKey
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import (
    branch_info,
    branch_secrets,
    code_hash,
    device_label,
    list_officers,
    roster_entry,
)
from bpu_enroll.branch.device.reference import reference_versions
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.models import Device, EnrolCode, Nonce, utcnow
from bpu_enroll.sync.protocol import (
    CLOCK_WINDOW_SECONDS,
    EnrolAnswer,
    EnrolRequest,
    b64,
    enrol_signing_bytes,
    request_signing_bytes,
    unb64,
)


class Refusal(Exception):
    """A refused request: HTTP status, stable code, and a message without personal data.

    `audit` is the line a refusal that matters leaves in the audit chain (an attempt by someone
    who is not who they say, or not allowed what they asked): the app writes it, with the route
    and the client's address, in a transaction of its own (`guards.audit_refusal`), since the
    request's own is rolled back."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        audit: audit_chain.Line | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = dict(extra or {})
        self.headers = dict(headers or {})
        self.audit = audit


RefusalMaker = Callable[[int, str, str], Refusal]
"""Builds a refusal from status, code and message: `Refusal` itself, or `_enrol_refused`."""


NONCE_KEPT = timedelta(seconds=CLOCK_WINDOW_SECONDS * 2)
"""How long a nonce is remembered: a request is accepted while its timestamp is within the
window either side of the branch's clock, so a copy of it can come back until one window after
its timestamp, at most two windows after it was first seen. Older nonces cannot be replayed
(the copy's timestamp is stale) and are deleted (`_forget_old_nonces`)."""


def _device_refused(device: Device, code: str) -> audit_chain.Line:
    """The audit line of a request refused for a device the branch knows: a revoked laptop
    still trying, a signature that does not verify (someone else using its code), a replay."""
    return audit_chain.Line(f"device:{device.code}", "device_refused", device.code, {"code": code})


@dataclass(frozen=True)
class SignedRequest:
    """What the signature check needs from one HTTP request."""

    device_code: str
    timestamp: str
    nonce: str
    signature: str
    method: str
    path: str
    body: bytes


def as_utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes: they are UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def enrol_device(session: Session, *, request: EnrolRequest) -> EnrolAnswer:
    """Register a device key with a one-time code; answer with everything the laptop needs.

    The same code presented again with the key it enrolled, while the code has not expired, is
    answered again (`_answer_again`): the laptop whose answer was lost after the branch committed
    (a cut connection, a timeout, the laptop killed) retries with the key it kept and finishes
    enrolling, with no second device and no second use of the code. Another key with a used code
    is refused `ENROL_CODE_INVALID`; the code's own key once its device is revoked,
    `ENROL_DEVICE_REVOKED`. A retry sent while the first try is still being committed waits for
    it on the code's row lock (`FOR UPDATE` on PostgreSQL; SQLite's `BEGIN IMMEDIATE` queues
    writers) and then finds the code used by its key: answered again. `DEVICE_KEY_KNOWN` is
    left to a key enrolled with one code and presented with another, which a laptop never does
    (its key is made for one code: `sync.enrolment.pending_key`).

    Before anything else the request must prove it comes from the holder of the key it
    registers (`_check_enrol_signature`); its nonce is then kept against the device, so the
    same signed request is answered once."""
    now = utcnow()
    key = _check_enrol_signature(session, request, now)
    code = _live_code(session, request, now)
    if code.used_at is not None:
        return _answer_again(session, code, request, now)
    if session.exec(select(Device).where(Device.public_key == b64(key))).first() is not None:
        raise Refusal(409, "DEVICE_KEY_KNOWN", "this device key is already enrolled")
    count = len(session.exec(select(Device.id)).all())
    device = Device(
        code=f"D{count + 1:04d}",
        public_key=b64(key),
        label=device_label(request.label),
        enrolled_at=now,
    )
    session.add(device)
    session.flush()
    assert device.id is not None
    _forget_old_nonces(session, now)
    session.add(Nonce(device_id=device.id, nonce=request.nonce, seen_at=now))
    code.used_at = now
    code.device_id = device.id
    session.add(code)
    # A label is free text (`enroll --label`): a NIK typed there is masked before it is cut.
    detail = {"label": device.label[:40]}
    audit_chain.append(
        session, actor=f"device:{device.code}", action="device_enrolled", subject=device.code,
        detail=detail,
    )  # fmt: skip
    device_code = device.code
    _commit_enrolment(session)
    return _answer(session, device_code, now)


def _check_enrol_signature(session: Session, request: EnrolRequest, now: datetime) -> bytes:
    """The key presented, once the request is shown signed by it, now, for this branch and
    this code (`protocol.enrol_signing_bytes`, rebuilt with the branch's own code); else a
    refusal, audited as a refused code is: whoever learnt a code and a laptop's public key
    (which is no secret) cannot have the branch's keys and roster without the private key. A
    request without a signature (a laptop older than it) is refused `SIGNATURE_MISSING`."""
    if not (request.signature and request.timestamp and request.nonce):
        raise _enrol_refused(401, "SIGNATURE_MISSING", "the enrolment request is not signed")
    key = _device_key(request)
    _check_fresh(request.timestamp, request.nonce, now, _enrol_refused)
    branch_code = branch_info(session).code
    message = enrol_signing_bytes(
        request.code, request.device_public_key, branch_code, request.timestamp, request.nonce
    )
    if not verify_signature(b64(key), message, request.signature):
        raise _enrol_refused(401, "SIGNATURE_INVALID", "the enrolment signature does not verify")
    return key


def _check_fresh(timestamp: str, nonce: str, now: datetime, refuse: RefusalMaker) -> None:
    """The timestamp and nonce rules an enrolment and a signed request share: a Unix timestamp
    within `CLOCK_WINDOW_SECONDS` of `now` and a nonce of 8 to 64 letters and digits; else the
    refusal `refuse` builds (an enrolment's is audited, a signed request's is not)."""
    try:
        stamp = int(timestamp)
    except ValueError as exc:  # an enrolment's pattern allows digits only: a bound, not a path
        raise refuse(401, "TIMESTAMP_INVALID", "the request timestamp is not a number") from exc
    if abs(now.timestamp() - stamp) > CLOCK_WINDOW_SECONDS:
        raise refuse(401, "TIMESTAMP_STALE", "the request timestamp is outside the window")
    if not (8 <= len(nonce) <= 64) or not nonce.isalnum():
        raise refuse(401, "NONCE_INVALID", "the request nonce is malformed")


def _enrol_refused(status: int, code: str, message: str) -> Refusal:
    """An enrolment refused before any device is known: audited as `ENROL_CODE_INVALID` is."""
    line = audit_chain.Line("-", "device_refused", "-", {"code": code})
    return Refusal(status, code, message, audit=line)


def _live_code(session: Session, request: EnrolRequest, now: datetime) -> EnrolCode:
    """The enrolment code presented, locked for this transaction; refused when it is unknown or
    expired (a used one is looked at by the caller)."""
    code = session.exec(
        select(EnrolCode).where(EnrolCode.code_hash == code_hash(request.code)).with_for_update()
    ).first()
    if code is None or as_utc(code.expires_at) < now:
        raise _code_invalid()
    return code


def _code_invalid() -> Refusal:
    return _enrol_refused(
        403, "ENROL_CODE_INVALID", "the enrolment code is unknown, used or expired"
    )


def _device_key(request: EnrolRequest) -> bytes:
    """The 32 bytes of the Ed25519 key presented, or `DEVICE_KEY_INVALID`."""
    try:
        key = unb64(request.device_public_key)
        VerifyKey(key)
    except (ValueError, NaclValueError, TypeError) as exc:
        raise Refusal(422, "DEVICE_KEY_INVALID", "the device key is not an Ed25519 key") from exc
    if len(key) != 32:
        raise Refusal(422, "DEVICE_KEY_INVALID", "the device key is not an Ed25519 key")
    return key


def _answer_again(
    session: Session, code: EnrolCode, request: EnrolRequest, now: datetime
) -> EnrolAnswer:
    """A used, unexpired code presented again: the same enrolment answered again (same device,
    today's roster and keys) when the key is the one it enrolled, with an audit line saying so;
    `ENROL_CODE_INVALID` for any other key. Once that device is revoked, `ENROL_DEVICE_REVOKED`
    (audited as the revoked device's attempt): the officer is told why, and that a new code is
    the way on; `DEVICE_REVOKED`'s words speak of a profile and receipts this laptop never had,
    and `ENROL_CODE_INVALID` would hide from the supervisor that a revoked laptop came back."""
    device = session.get(Device, code.device_id) if code.device_id is not None else None
    try:
        presented = b64(_device_key(request))
    except Refusal:
        presented = ""
    if device is None or not presented or not same_key(device.public_key, presented):
        raise _code_invalid()
    if device.revoked_at is not None:
        raise Refusal(
            403, "ENROL_DEVICE_REVOKED", "the device enrolled with this code was revoked",
            audit=_device_refused(device, "ENROL_DEVICE_REVOKED"),
        )  # fmt: skip
    device_code = device.code
    assert device.id is not None
    if session.get(Nonce, (device.id, request.nonce)) is not None:
        raise Refusal(
            401, "NONCE_REPLAYED", "this enrolment request was already received",
            audit=_device_refused(device, "NONCE_REPLAYED"),
        )  # fmt: skip
    _forget_old_nonces(session, now)
    session.add(Nonce(device_id=device.id, nonce=request.nonce, seen_at=now))
    audit_chain.append(
        session, actor=f"device:{device_code}", action="device_enrol_answered_again",
        subject=device_code, detail={},
    )  # fmt: skip
    _commit_enrolment(session)
    return _answer(session, device_code, now)


def _commit_enrolment(session: Session) -> None:
    """Commit an enrolment or its answer again; `ENROL_BUSY` (the officer is told to try again)
    when another committed the same device code or nonce first."""
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise Refusal(409, "ENROL_BUSY", "another device enrolled at the same moment") from exc


def _answer(session: Session, device_code: str, now: datetime) -> EnrolAnswer:
    """Everything an enrolled laptop needs: its code, the branch's identity, keys and roster."""
    info = branch_info(session)
    secrets = branch_secrets(session)
    signing = SigningKey(unb64(secrets.signing_key))
    encryption = PrivateKey(unb64(secrets.encryption_key))
    return EnrolAnswer(
        device_code=device_code,
        branch_code=info.code,
        branch_name=info.name,
        province=info.province,
        branch_signing_key=b64(bytes(signing.verify_key)),
        branch_encryption_key=b64(bytes(encryption.public_key)),
        branch_recovery_key=info.recovery_public_key,
        roster=[roster_entry(o) for o in list_officers(session) if o.role == "officer"],
        reference_data=reference_versions(),
        server_time=now,
    )


def authenticate(session: Session, request: SignedRequest) -> Device:
    """The device that signed `request`, or a `Refusal`; records the nonce (one use only)."""
    device = session.exec(select(Device).where(Device.code == request.device_code)).first()
    if device is None:
        raise Refusal(401, "DEVICE_UNKNOWN", "this device is not enrolled at the branch")
    if device.revoked_at is not None:
        raise Refusal(
            403, "DEVICE_REVOKED", "this device was revoked by the branch",
            audit=_device_refused(device, "DEVICE_REVOKED"),
        )  # fmt: skip
    now = utcnow()
    _check_fresh(request.timestamp, request.nonce, now, Refusal)  # not audited: knocking
    message = request_signing_bytes(
        request.method, request.path, request.timestamp, request.nonce, request.body
    )
    if not verify_signature(device.public_key, message, request.signature):
        raise Refusal(
            401, "SIGNATURE_INVALID", "the request signature does not verify",
            audit=_device_refused(device, "SIGNATURE_INVALID"),
        )  # fmt: skip
    _remember_nonce(session, device, request.nonce, now)
    return device


def verify_signature(public_key_b64: str, message: bytes, signature_b64: str) -> bool:
    """True when `signature_b64` is a valid Ed25519 signature of `message` by the key."""
    try:
        signature = unb64(signature_b64)
        VerifyKey(unb64(public_key_b64)).verify(message, signature)
    except (BadSignatureError, ValueError, NaclValueError, TypeError):
        return False
    return True


def same_key(a: str, b: str) -> bool:
    """Constant-time comparison of two base64 keys."""
    return hmac.compare_digest(a.encode("ascii"), b.encode("ascii"))


def _forget_old_nonces(session: Session, now: datetime) -> None:
    """Delete every device's nonces older than `NONCE_KEPT`, in the caller's transaction: at
    each enrolment, answer again and signed request, so that the nonces of a laptop that never
    comes back (its answer lost, or revoked) do not stay for ever. One DELETE on the indexed
    `seen_at`, of the few nonces that aged since the last request. Two at once on PostgreSQL
    want the same rows in the same order, so the later waits for the earlier's commit (a
    deadlock, should one come, is `BUSY`, tried again)."""
    session.execute(delete(Nonce).where(col(Nonce.seen_at) < now - NONCE_KEPT))


def _remember_nonce(session: Session, device: Device, nonce: str, now: datetime) -> None:
    assert device.id is not None
    _forget_old_nonces(session, now)
    session.add(Nonce(device_id=device.id, nonce=nonce, seen_at=now))
    replayed = _device_refused(
        device, "NONCE_REPLAYED"
    )  # read before the rollback expires the device
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise Refusal(
            401, "NONCE_REPLAYED", "this request was already received", audit=replayed
        ) from exc
