"""The branch audit log as a hash chain, as the laptop's is: each line holds the hash of the line
before it, so an edited, removed or inserted line breaks the chain from there on.

`entry_hash` covers the previous hash and the line's own fields (time in UTC to the microsecond,
actor, action, subject, detail JSON). `append` adds a line inside the caller's transaction:
writers are serialised so that two concurrent lines never chain onto the same predecessor (a
transaction-scoped advisory lock on PostgreSQL, held until commit; SQLite's `BEGIN IMMEDIATE`
already serialises every writer). `append_many` adds several lines chained one to the next, with
one look-up of the last line (a chunk of records voided at once). An actor, action or subject
longer than its column is cut with an ellipsis (`cut`), never silently, and said whole in the
line's detail (`actor`, `action`, and `key` for the subject), so that the audit page shows it
and the hash covers it. `verify_chain` walks the whole log in id order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from bpu_enroll.branch.store import shadow
from bpu_enroll.branch.store.models import AuditEntry, utcnow

# An arbitrary constant naming the branch audit log's lock among PostgreSQL advisory locks.
_ADVISORY_LOCK = 0x42505541  # "BPUA"
_VERIFY_BATCH = 1000
ACTOR_CHARS = 64  # `AuditEntry.actor`'s width
ACTION_CHARS = 32  # `AuditEntry.action`'s width
SUBJECT_CHARS = 64  # `AuditEntry.subject`'s width
# Where a value cut for its column is said whole: the line's detail, under these keys.
WHOLE_KEYS = {"actor": "actor", "action": "action", "subject": "key"}


@dataclass(frozen=True)
class ChainReport:
    """The outcome of checking the chain: `first_bad` is the id of the first line that fails."""

    valid: bool
    entries: int
    first_bad: int | None

    def to_dict(self) -> dict[str, Any]:
        """The `audit-verify --json` document."""
        return {"valid": self.valid, "entries": self.entries, "first_bad": self.first_bad}


def _utc_text(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    prev_hash: str, *, at: datetime, actor: str, action: str, subject: str, detail: str
) -> str:
    """SHA-256 hex of the canonical JSON of the previous hash and this line's fields."""
    canonical = json.dumps(
        [prev_hash, _utc_text(at), actor, action, subject, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def lock_chain(session: Session) -> None:
    """Serialise the chain's writers until the transaction ends (see the module text); a dry
    run, which writes to its private copy of the chain (`shadow`), serialises nothing."""
    if session.get_bind().dialect.name == "postgresql" and not shadow.is_private(session):
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_LOCK})


@dataclass(frozen=True)
class Line:
    """One audit line to be written: who did what to which subject, with its details."""

    actor: str
    action: str
    subject: str
    detail: dict[str, Any]


def append(
    session: Session, *, actor: str, action: str, subject: str, detail: dict[str, Any]
) -> AuditEntry:
    """Add one chained line to the session's transaction (the caller commits)."""
    return append_many(session, [Line(actor, action, subject, detail)])[0]


def append_many(session: Session, lines: Sequence[Line]) -> list[AuditEntry]:
    """Add `lines` in order, each chained to the one before, to the session's transaction (the
    caller commits); nothing is locked or read when there are none."""
    if not lines:
        return []
    lock_chain(session)
    previous = session.exec(
        select(AuditEntry.entry_hash).order_by(col(AuditEntry.id).desc()).limit(1)
    ).first()
    prev = previous or ""
    at = utcnow()
    entries: list[AuditEntry] = []
    for line in lines:
        entry = _chained(prev, at, line)
        session.add(entry)
        session.flush()  # one at a time: the ids follow the chain, whatever the driver batches
        entries.append(entry)
        prev = entry.entry_hash
    return entries


def cut(value: str, limit: int) -> str:
    """`value` as a column of `limit` characters holds it: whole, or cut with an ellipsis so
    that a reader can tell it was cut."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _chained(prev: str, at: datetime, line: Line) -> AuditEntry:
    actor = cut(line.actor, ACTOR_CHARS)
    action = cut(line.action, ACTION_CHARS)
    subject = cut(line.subject, SUBJECT_CHARS)
    detail = dict(line.detail)
    for field, kept, whole in (
        ("actor", actor, line.actor), ("action", action, line.action),
        ("subject", subject, line.subject),
    ):  # fmt: skip
        if kept != whole:  # cut with its ellipsis: said whole in the detail, which is not cut
            detail.setdefault(WHOLE_KEYS[field], whole)
    detail_text = json.dumps(detail, sort_keys=True)
    return AuditEntry(
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        detail=detail_text,
        prev_hash=prev,
        entry_hash=entry_hash(
            prev, at=at, actor=actor, action=action, subject=subject, detail=detail_text
        ),
    )


def verify_chain(session: Session) -> ChainReport:
    """Walk the log in id order; the first line whose links or hash do not hold is `first_bad`."""
    previous = ""
    entries = 0
    first_bad: int | None = None
    last_id = 0
    while True:
        rows = session.exec(
            select(AuditEntry)
            .where(col(AuditEntry.id) > last_id)
            .order_by(col(AuditEntry.id))
            .limit(_VERIFY_BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            entries += 1
            expected = entry_hash(
                previous, at=row.at, actor=row.actor, action=row.action, subject=row.subject,
                detail=row.detail,
            )  # fmt: skip
            if first_bad is None and (row.prev_hash != previous or row.entry_hash != expected):
                first_bad = row.id
            previous = row.entry_hash
            last_id = int(row.id or 0)
        session.expunge_all()
    return ChainReport(valid=first_bad is None, entries=entries, first_bad=first_bad)


def check_at_start(session: Session) -> ChainReport:
    """The server's check at start: a broken chain is recorded as an `audit_broken` line (with
    the first bad id) and returned; the server serves all the same (the chain is evidence)."""
    report = verify_chain(session)
    if not report.valid:
        append(
            session,
            actor="bpu-branch",
            action="audit_broken",
            subject=str(report.first_bad),
            detail=report.to_dict(),
        )
        session.commit()
    return report
