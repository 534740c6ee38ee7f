"""The clerk's and supervisor's workspace on the branch server: staff sessions, the batch inbox,
the review queue and its decisions, and the branch audit log.

Staff log in with their roster password (checked against the roster verifier, the laptop's own
KDF); a session is a random bearer token kept only as its SHA-256, valid `SESSION_TTL`, ended by
`logout`; expired sessions are purged at each login. Roles are
enforced here, not only by a GUI: officers never get a session, clerks (and supervisors, admins)
review, supervisors and admins see tallies and cash. A decision changes the record's state and
takes a new decision sequence number, so the laptop that made the record receives it at its next
pull. Every decision is written to the audit log (who, when, what; never a NIK).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import DECISION_COUNTER
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.device.judge import RECEIPT_NUMBER_TAKEN
from bpu_enroll.branch.store import audit_chain, refusal_bound
from bpu_enroll.branch.store.fields import UNREADABLE_ERRORS, payload_of, seal_note
from bpu_enroll.branch.store.models import (
    AuditEntry,
    Batch,
    BatchEntry,
    Conflict,
    Counter,
    Device,
    Officer,
    Record,
    Review,
    StaffSession,
    utcnow,
)
from bpu_enroll.branch.store.receipts import shown_receipt
from bpu_enroll.branch.store.registry import ParticipantRegistry, RegistryExhausted
from bpu_enroll.branch.store.wanted import note_wanted
from bpu_enroll.branch.workspace import sign_in
from bpu_enroll.domain.decisions import Decision, refusal
from bpu_enroll.domain.formatting import NOT_TEXT, holds_nik, mask_nik, visible_line

SESSION_TTL = timedelta(hours=8)
REVIEW_ROLES = frozenset({"clerk", "supervisor", "admin"})
SUPERVISOR_ROLES = frozenset({"supervisor", "admin"})
REVIEW_STATES = ("duplicate", "rejected", "pending_review")
CORRECTION_REQUESTED = "CORRECTION_REQUESTED"
_REASON = re.compile(r"^[A-Z][A-Z0-9_]{1,31}$")


@dataclass(frozen=True)
class StaffUser:
    """An authenticated member of staff and their role."""

    username: str
    role: str

    def require(self, roles: frozenset[str]) -> None:
        """Refuse (403) unless this user's role is one of `roles`; audited as `role_refused`,
        line by line within `refusal_bound`'s limits for this user and their address (a page
        called in a loop is counted, and said in a `refusals_suppressed` line)."""
        if self.role not in roles:  # a clerk trying a supervisor's page or download
            line = audit_chain.Line(
                self.username, "role_refused", self.username, {"role": self.role}
            )
            raise Refusal(403, "ROLE_REFUSED", "your role does not allow this", audit=line)


@dataclass(frozen=True)
class IssuedSession:
    """A fresh bearer token (shown once) and when it expires."""

    token: str
    expires_at: datetime
    user: StaffUser


def token_hash(token: str) -> str:
    """How a bearer token is kept: SHA-256 hex of its text."""
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def login(session: Session, *, username: str, password: str, address: str = "") -> IssuedSession:
    """Check `password` against the roster verifier, with lockout and audit (`sign_in`); the
    lock is looked at before the check and again after it, when the attempt is counted.

    Refusals: 429 `ACCOUNT_LOCKED` (name or address locked, or this failure started a lock),
    401 `LOGIN_FAILED`, 403 `ROLE_REFUSED` for officers. Every refusal is an audit line with its
    code and the address (`login_locked`, `login_failed`, `login_refused`), committed before
    refusing; never the password.
    """
    attempt = sign_in.Attempt(username, address or "-")
    _refuse_if_locked(session, attempt, utcnow())
    verifier = sign_in.verifier_of(session, attempt)
    session.commit()  # the slow check below holds no lock: on SQLite, the branch's write lock
    matches = sign_in.password_matches(verifier, password)
    now = utcnow()
    _refuse_if_locked(session, attempt, now)  # a lock started meanwhile: the result is not told
    officer = sign_in.active_officer(session, attempt) if matches else None
    if officer is None:
        until = sign_in.record_failure(session, attempt, now)
        more = {"code": "ACCOUNT_LOCKED", "locked_until": until.isoformat()} if until else {}
        _audit_sign_in(session, attempt, "login_failed", **{"code": "LOGIN_FAILED", **more})
        if until is not None:
            raise sign_in.locked_refusal(until, now)
        left = sign_in.attempts_left(session, attempt)
        raise Refusal(
            401, "LOGIN_FAILED", "unknown user name or wrong password",
            extra={"attempts_left": left},
        )  # fmt: skip
    sign_in.clear_user(session, attempt)
    if officer.role not in REVIEW_ROLES:  # the right password, the wrong workplace: audited
        _audit_sign_in(session, attempt, "login_refused", code="ROLE_REFUSED", role=officer.role)
        raise Refusal(403, "ROLE_REFUSED", "officers work on their laptops, not here")
    token = secrets.token_urlsafe(32)
    expires = now + SESSION_TTL
    session.execute(delete(StaffSession).where(col(StaffSession.expires_at) <= now))
    session.add(
        StaffSession(
            token_hash=token_hash(token), username=username, created_at=now, expires_at=expires
        )
    )
    audit(session, actor=username, action="login", subject=username, detail={})
    session.commit()
    return IssuedSession(token, expires, StaffUser(username, officer.role))


def _refuse_if_locked(session: Session, attempt: sign_in.Attempt, now: datetime) -> None:
    """429 `ACCOUNT_LOCKED`, audited as `login_locked`, while the name or the address is locked
    (line by line within `refusal_bound`'s limits: anyone can keep knocking at a lock)."""
    until = sign_in.locked_until(session, attempt, now)
    if until is None:
        return
    if refusal_bound.admit(session, address=attempt.address):
        _audit_sign_in(
            session, attempt, "login_locked", code="ACCOUNT_LOCKED", locked_until=until.isoformat()
        )
    else:
        session.commit()  # counted, and said in the window's summary line
    raise sign_in.locked_refusal(until, now)


def refuse_unreadable_login(
    session: Session, *, address: str, fields: list[str], code: str = "REQUEST_INVALID"
) -> None:
    """A sign-in whose body does not validate (a name with a space, an empty password, a field
    too long) or cannot be read (`REQUEST_UNREADABLE`): no name the roster could check, but a
    refused sign-in all the same. Audited as `login_failed` with `code` and the fields at fault
    (their names only), and counted as a failure of its address (and of the name `-`, which no
    account can have), so that it locks as failures do; `ACCOUNT_LOCKED` when it is locked. The
    caller then answers with `code` (422, or 400 for a body too deep to read)."""
    attempt = sign_in.Attempt("-", address or "-")
    now = utcnow()
    _refuse_if_locked(session, attempt, now)
    until = sign_in.record_failure(session, attempt, now)
    more = {"locked_until": until.isoformat()} if until else {}
    _audit_sign_in(session, attempt, "login_failed", code=code, fields=fields, **more)
    if until is not None:
        raise sign_in.locked_refusal(until, now)


def _audit_sign_in(session: Session, attempt: sign_in.Attempt, action: str, **more: Any) -> None:
    name = attempt.shown_name
    audit(session, actor=name, action=action, subject=name, detail=sign_in.audit_detail(
        attempt, **more))  # fmt: skip
    session.commit()


def logout(session: Session, token: str) -> str:
    """End the session behind `token`, audited as `logout`; the user name it belonged to. A
    token that is no session now (unknown, forged, expired, ended, its account revoked) is
    refused 401 `SESSION_INVALID` as every other route refuses it, and writes nothing: anyone
    can knock (an expired session's row stays until the next sign-in purges it)."""
    user = authenticate_staff(session, token)
    row = session.get(StaffSession, token_hash(token))
    assert row is not None
    username = user.username
    session.delete(row)
    audit(session, actor=username, action="logout", subject=username, detail={})
    session.commit()
    return username


def authenticate_staff(session: Session, token: str) -> StaffUser:
    """The staff member behind a bearer token; 401 when unknown, expired or revoked."""
    row = session.get(StaffSession, token_hash(token))
    if row is None or _aware(row.expires_at) <= utcnow():
        raise Refusal(401, "SESSION_INVALID", "log in again")
    officer = session.get(Officer, row.username)
    if officer is None or officer.revoked_at is not None:
        raise Refusal(401, "SESSION_INVALID", "log in again")
    return StaffUser(officer.username, officer.role)


def audit(
    session: Session, *, actor: str, action: str, subject: str, detail: dict[str, Any]
) -> None:
    """Add one chained audit line to the session's transaction (the caller commits)."""
    audit_chain.append(session, actor=actor, action=action, subject=subject, detail=detail)


# The ways one worker's record is seen at the branch (the `way` of a `record_viewed` line): a
# member of staff in the workspace, or whoever holds the database at `bpu-branch verify-receipt`.
VIEW_WAYS = frozenset({"review_detail", "receipt_check", "receipt_check_cli"})


@dataclass(frozen=True)
class CommandUser:
    """Whoever runs a branch command (`cli:` and the system user): they hold the database, so
    they have no staff role; the audit names them all the same."""

    username: str


def audit_viewed(
    session: Session, user: StaffUser | CommandUser, *, record_id: str, receipt_no: str, way: str
) -> None:
    """One `record_viewed` line for a read that showed one worker's record (UU 27/2022: who
    viewed what): the user (and role, for staff), the record id and receipt number, the way;
    never the NIK, name or phone. Committed here, in the caller's transaction (one insert)."""
    assert way in VIEW_WAYS
    detail = {"way": way, "receipt_no": shown_receipt(receipt_no)}
    if isinstance(user, StaffUser):
        detail["role"] = user.role
    audit(session, actor=user.username, action="record_viewed", subject=record_id, detail=detail)
    session.commit()


def audit_log(session: Session, *, limit: int = 100) -> list[dict[str, Any]]:
    """The newest audit lines first."""
    rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)).all()
    return [
        {
            "at": row.at.isoformat(),
            "actor": row.actor,
            "action": row.action,
            "subject": row.subject,
            "detail": json.loads(row.detail),
            "id": row.id,
        }
        for row in rows
    ]


def batch_inbox(session: Session, *, offset: int = 0, limit: int = 100) -> dict[str, Any]:
    """Batches received, newest first: device, officers, received time, counts by result.

    A batch is counted from the entries its manifest announced, joined to the records the branch
    holds. Each record counts once, in the batch that first brought it: `counts` are by current
    state of the records first received in this batch; a record first received in another batch
    (a laptop sending again by network what came on a USB stick) is only in `already_received`.
    So the counts of every batch sum to what the branch holds. `officers` names everyone whose
    records the batch carried; announced records not uploaded yet are in no count."""
    total = int(session.exec(select(func.count()).select_from(Batch)).one())
    rows = session.exec(
        select(Batch, Device.code)
        .join(Device, col(Device.id) == col(Batch.device_id))
        .order_by(col(Batch.created_at).desc(), col(Batch.batch_id))
        .offset(offset)
        .limit(limit)
    ).all()
    ids = [batch.batch_id for batch, _ in rows]
    counts: dict[str, dict[str, int]] = {i: {} for i in ids}
    officers: dict[str, set[str]] = {i: set() for i in ids}
    already: dict[str, int] = dict.fromkeys(ids, 0)
    for batch_id, first_batch, state, officer, count in _entry_groups(session, ids):
        officers[batch_id].add(visible_line(officer))
        if first_batch != batch_id:
            already[batch_id] += count
        else:
            counts[batch_id][state] = counts[batch_id].get(state, 0) + count
    items = [
        {
            "batch_id": batch.batch_id,
            "device": code,
            "officers": sorted(officers[batch.batch_id]),
            "received_at": batch.created_at.isoformat(),
            "via": batch.via,
            "entries": batch.entries,
            "counts": counts[batch.batch_id],
            "already_received": already[batch.batch_id],
        }
        for batch, code in rows
    ]
    return {"total": total, "offset": offset, "items": items}


def _entry_groups(session: Session, ids: list[str]) -> list[tuple[str, str, str, str, int]]:
    """(batch, batch the record was first received in, state, officer, count) for the announced
    entries of the batches `ids` whose record the branch holds."""
    if not ids:
        return []
    query = (
        sa_select(
            col(BatchEntry.batch_id),
            col(Record.batch_id),
            col(Record.state),
            col(Record.officer),
            func.count(),
        )
        .join(Record, col(Record.id) == col(BatchEntry.record_id))
        .where(col(BatchEntry.batch_id).in_(ids))
        .group_by(
            col(BatchEntry.batch_id), col(Record.batch_id), col(Record.state), col(Record.officer)
        )
    )
    grouped = session.execute(query).all()
    return [(entry, first, state, officer, int(n)) for entry, first, state, officer, n in grouped]


def batch_detail(session: Session, batch_id: str) -> dict[str, Any]:
    """One batch and the records first received in it (NIK masked)."""
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise Refusal(404, "NOT_FOUND", "no such batch")
    device = session.get(Device, batch.device_id)
    rows = session.exec(
        select(Record).where(Record.batch_id == batch_id).order_by(col(Record.receipt_no))
    ).all()
    return {
        "batch_id": batch.batch_id,
        "device": device.code if device else "",
        "received_at": batch.created_at.isoformat(),
        "via": batch.via,
        "records": [record_summary(row) for row in rows],
    }


RECORD_ASKED = "record_asked"  # a damaged record a reader met, asked again of its laptop


class UnreadableRecord(Refusal):
    """A stored payload a reader cannot go on without does not read (409): a record's
    (`RECORD_UNREADABLE`: `record_id` and `device_id`, its laptop's, so that the reader asks it
    again of that laptop, `ask_unreadable`), or a version kept apart under a record's id
    (`CONFLICT_UNREADABLE`, `device_id` None: not the laptop's to send again, see
    `bpu-branch check`)."""

    def __init__(self, row: Record | Conflict, receipt_no: str) -> None:
        mine = isinstance(row, Record)
        receipt_no = shown_receipt(receipt_no)  # a row kept before the rule may hold a NIK
        what = "stored record" if mine else "different version received for the record"
        super().__init__(
            409, "RECORD_UNREADABLE" if mine else "CONFLICT_UNREADABLE",
            f"the {what} with receipt number {receipt_no} is damaged and cannot be read",
            extra={"receipts": [receipt_no]},
        )  # fmt: skip
        self.record_id: str = row.id if isinstance(row, Record) else row.record_id
        self.device_id: int | None = row.device_id if isinstance(row, Record) else None
        self.receipt_no = receipt_no


def opened_payload(row: Record | Conflict, receipt_no: str) -> dict[str, Any]:
    """`payload_of(row)` for a reader that cannot go on without it: a damaged payload is
    refused as `RECORD_UNREADABLE` (or `CONFLICT_UNREADABLE`, 409) naming the receipt number,
    never an unexpected error (`UnreadableRecord`)."""
    try:
        payload = payload_of(row)
        if not isinstance(payload.get("registration") or {}, dict):
            raise TypeError("the registration is not an object")
        if not isinstance(payload.get("quote") or {}, dict):  # read as one, as `check` asks
            raise TypeError("the quote is not an object")
        return payload
    except UNREADABLE_ERRORS as exc:
        raise UnreadableRecord(row, receipt_no) from exc


def ask_unreadable(
    session: Session, refused: UnreadableRecord, user: StaffUser, *, way: str
) -> None:
    """A reader met a damaged record (`refused`): ask it again of the laptop that sent it
    (`store.wanted`, as `bpu-branch check` and a refused export ask), which sends its copy at
    its next sync, and that repairs it. Idempotent: a record already asked (or answered) is not
    asked again nor audited again; a new ask is audited (`record_asked`: the record id, its
    receipt number, the laptop's code and the way; never its content). The request's own
    transaction is rolled back first; this one is committed. A conflict's version is not asked
    (`device_id` None)."""
    session.rollback()
    if refused.device_id is None:
        return
    if not note_wanted(session, {refused.record_id: refused.device_id}):
        session.rollback()
        return
    device = session.get(Device, refused.device_id)
    detail = {
        "device": device.code if device is not None else "",
        "receipt_no": refused.receipt_no,
        "way": way,
        "role": user.role,
    }
    audit(session, actor=user.username, action=RECORD_ASKED, subject=refused.record_id,
          detail=detail)  # fmt: skip
    session.commit()


def record_summary(row: Record) -> dict[str, Any]:
    """A record as the workspace shows it: masked NIK, never the NIK itself. A damaged payload
    leaves the name and NIK empty (the list still shows its receipt number; its detail says
    `RECORD_UNREADABLE`)."""
    try:
        registration = payload_of(row).get("registration", {})
        if not isinstance(registration, dict):
            registration = {}
    except UNREADABLE_ERRORS:
        registration = {}
    return {
        "id": row.id,
        "receipt_no": shown_receipt(row.receipt_no),
        "officer": visible_line(row.officer),  # the laptop names it: see `visible_line`
        "registration_date": row.registration_date,
        "state": row.state,
        "kpj": row.kpj,
        "reasons": json.loads(row.reasons),
        "nik_masked": mask_nik(str(registration.get("nik", ""))),
        "full_name": str(registration.get("full_name", "")),
        "received_at": row.received_at.isoformat(),
    }


def queue_filter() -> Any:
    """The WHERE clauses of the review queue: waiting states or conflicts, not yet decided."""
    conflicted = select(Conflict.record_id)
    reviewed = select(Review.record_id)
    return (
        or_(col(Record.state).in_(REVIEW_STATES), col(Record.id).in_(conflicted)),
        col(Record.id).not_in(reviewed),
    )


def decide(
    session: Session,
    *,
    actor: StaffUser,
    record_id: str,
    decision: Decision,
    registry: ParticipantRegistry,
    reason_code: str | None = None,
    note: str = "",
) -> dict[str, Any]:
    """Apply a clerk's decision to a queued record, audit it, and queue it for the laptop's pull."""
    actor.require(REVIEW_ROLES)
    _check_reason(reason_code, note)
    counter = session.exec(
        select(Counter).where(Counter.name == DECISION_COUNTER).with_for_update()
    ).one()
    row = _queued_record(session, record_id)
    before = row.state
    _apply(session, row, decision, reason_code, registry)
    if row.state != before or decision != "confirm_duplicate":
        row.decision_seq = counter.value
        counter.value += 1
        session.add(counter)
    session.add(row)
    session.add(
        Review(
            record_id=row.id,
            decision=decision,
            reason_code=reason_code,
            note=seal_note(session, note),
            decided_by=actor.username,
            decided_at=utcnow(),
        )
    )
    detail = {"decision": decision, "reason_code": reason_code, "from": before, "to": row.state}
    audit(session, actor=actor.username, action="review", subject=row.id, detail=detail)
    session.commit()
    session.refresh(row)
    return record_summary(row)


def _check_reason(reason_code: str | None, note: str) -> None:
    """Refuse a malformed reason code, one holding a NIK (`X3201…`: its pattern lets sixteen
    digits through, and a reason code is written whole to the audit log and the record), an
    OTHER without a note, a note holding a NIK (split by any one character too:
    `domain.formatting.holds_nik`) and one with a character that makes it read otherwise than
    written (a control character other than a line break or a tab, a bidi override, a
    zero-width or line-separator character): the note reaches the officer's laptop and the
    audit page."""
    if reason_code is not None and (not _REASON.match(reason_code) or holds_nik(reason_code)):
        raise Refusal(
            422, "REASON_INVALID", "a reason code is 2-32 capital letters or digits, never a NIK"
        )
    if reason_code == RECEIPT_NUMBER_TAKEN:  # the branch's finding; given the owner, it frees it
        raise Refusal(422, "REASON_INVALID", "only the branch finds a receipt number taken")
    if reason_code == "OTHER" and not note.strip():
        raise Refusal(422, "NOTE_REQUIRED", "the reason OTHER needs a note saying what it is")
    if holds_nik(note):
        raise Refusal(422, "NOTE_HAS_NIK", "a note must not contain a NIK")
    lines = note.replace("\n", " ").replace("\t", " ")
    if any(unicodedata.category(ch) in NOT_TEXT for ch in lines):
        raise Refusal(422, "NOTE_INVALID", "a note cannot contain control characters")


def _queued_record(session: Session, record_id: str) -> Record:
    """The record, locked for the decision; refused when unknown or not waiting for one."""
    row = session.exec(select(Record).where(Record.id == record_id).with_for_update()).first()
    if row is None:
        raise Refusal(404, "NOT_FOUND", "no such record")
    queued = session.exec(select(Record.id).where(Record.id == record_id, *queue_filter())).first()
    if queued is None:
        raise Refusal(409, "NOT_IN_QUEUE", "this record is not waiting for a decision")
    return row


# Why the state of the version held refuses a decision (`domain.decisions.refusal`).
STATE_REFUSALS = {
    "IS_DUPLICATE": "a duplicate of a participant cannot be accepted; confirm it",
    "NOT_DUPLICATE": "only a duplicate can be confirmed",
    # a conflict on a participant (perhaps exported already): its version stands
    "IS_ACCEPTED": "the version held is accepted (a participant with a KPJ): keep it; a change "
    "travels as a correction from the laptop",
    # a conflict on a voided receipt: it stays voided (and counted as such)
    "IS_VOIDED": "the version held is a voided receipt: keep it (accept)",
}


def _apply(
    session: Session,
    row: Record,
    decision: Decision,
    reason_code: str | None,
    registry: ParticipantRegistry,
) -> None:
    nik = _nik(row)
    # asked once: the lock held by the caller keeps the answer true until the commit
    participant = registry.existing(session, [nik])
    # a duplicate of a worker whose enrolling registration was voided: accepting enrols them again
    lapsed = row.state == "duplicate" and not participant
    refused = refusal(decision, row.state, lapsed=lapsed)
    if refused is not None:
        raise Refusal(409, refused, STATE_REFUSALS.get(refused, "not in this state"))
    # Another registration of the laptop holds the record's receipt number: it stays refused
    # for it whatever else the clerk says, or it (and its corrections) would hold the number too.
    taken = [RECEIPT_NUMBER_TAKEN] if RECEIPT_NUMBER_TAKEN in json.loads(row.reasons) else []
    if decision == "accept":
        if row.state in ("accepted", "voided"):
            return  # a conflict: the version the branch holds stands (a voided receipt too)
        if taken:
            raise Refusal(409, RECEIPT_NUMBER_TAKEN, "another registration holds its number")
        if participant:
            raise Refusal(409, "NIK_EXISTS", "this worker is already a participant")
        try:
            row.kpj = registry.enrol(session, [(nik, row.id)])[nik]
        except RegistryExhausted as exc:
            raise Refusal(409, "REGISTRY_EXHAUSTED", "the branch has no KPJ numbers left") from exc
        row.state, row.reasons = "accepted", "[]"
    elif decision == "reject":
        if reason_code is None:
            raise Refusal(422, "REASON_REQUIRED", "a rejection needs a reason code")
        row.state, row.kpj, row.reasons = "rejected", None, json.dumps([reason_code, *taken])
    elif decision == "request_correction":
        codes = [CORRECTION_REQUESTED, *([reason_code] if reason_code else []), *taken]
        row.state, row.kpj, row.reasons = "rejected", None, json.dumps(codes)
    # confirm_duplicate of a duplicate: the state stands


def _nik(row: Record) -> str:
    value = (opened_payload(row, row.receipt_no).get("registration") or {}).get("nik", "")
    return "".join(ch for ch in str(value) if ch.isdigit())


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
