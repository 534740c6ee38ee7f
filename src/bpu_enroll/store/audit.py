"""The append-only, hash-chained audit log (DESIGN.md §3).

Each entry's hash is SHA-256 over the canonical JSON of its sequence number, time, actor, action,
subject, details and the previous entry's hash; the first entry chains from 64 zeros. Editing,
deleting or reordering a row breaks the chain at that row, which `verify_audit_chain` reports.

Details never hold personal data: keys such as `nik` or `phone` are refused, and so is any value
holding a run of 10 or more digits (a NIK, KK or phone number), except inside record ids (UUIDs)
and hex digests under keys ending in `hash`. Subjects are record ids or
receipt numbers.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy import select as sa_select
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session, col, select

from bpu_enroll.store.models import AuditEntry
from bpu_enroll.store.rawsql import Cursor, stamp

GENESIS_HASH = "0" * 64
_PERSONAL_KEYS = frozenset({"nik", "phone", "kk_number", "email", "full_name", "address"})
_LONG_NUMBER = re.compile(r"\d{10,}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


@dataclass(frozen=True)
class AuditCheck:
    """The result of walking the chain: `ok`, how many entries, and the first broken one."""

    ok: bool
    entries: int
    first_bad_seq: int | None = None


def append_audit(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    subject: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry chained to the last one (in the caller's transaction)."""
    details_json = _details_json(subject, details)
    # Only the last entry's number and hash, and a Core insert: no ORM load, no flush.
    last = session.execute(
        select(col(AuditEntry.seq), col(AuditEntry.hash))
        .order_by(col(AuditEntry.seq).desc())
        .limit(1)
    ).first()
    seq = 1 if last is None else int(last[0]) + 1
    prev_hash = GENESIS_HASH if last is None else str(last[1])
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        details_json=details_json,
        prev_hash=prev_hash,
        hash="",
    )
    entry.hash = entry_hash(entry)
    table = AuditEntry.__table__  # type: ignore[attr-defined]
    session.execute(insert(table).values(entry.model_dump()))
    make_transient_to_detached(entry)
    session.add(entry)  # persistent, as inserted: no flush, no further SQL
    return entry


def append_audit_row(
    cursor: Cursor,
    *,
    at: datetime,
    actor: str,
    action: str,
    subject: str | None = None,
    details: dict[str, Any] | None = None,
) -> str:
    """`append_audit` on a DBAPI cursor in a write transaction (the finalise path, no ORM);
    the new entry's hash. Same checks, same chain, same stored values."""
    details_json = _details_json(subject, details)
    last = cursor.execute(_LAST_ENTRY).fetchall()
    seq = 1 if not last else int(last[0][0]) + 1
    prev_hash = GENESIS_HASH if not last else str(last[0][1])
    digest = _hash(
        seq=seq,
        at=at,
        actor=actor,
        action=action,
        subject=subject,
        details_json=details_json,
        prev_hash=prev_hash,
    )
    values = [seq, stamp(at), actor, action, subject, details_json, prev_hash, digest]
    cursor.execute(_INSERT_ENTRY, values)
    return digest


_LAST_ENTRY = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
_INSERT_ENTRY = (
    "INSERT INTO audit_log (seq, at, actor, action, subject, details_json, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def _details_json(subject: str | None, details: dict[str, Any] | None) -> str:
    details = dict(details or {})
    _refuse_personal_data(details)
    _refuse_personal_data({"subject": subject})
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(entry: AuditEntry) -> str:
    """The hash an entry must carry, computed from its content and `prev_hash`."""
    return _hash(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        subject=entry.subject,
        details_json=entry.details_json,
        prev_hash=entry.prev_hash,
    )


def _hash(
    *,
    seq: int | None,
    at: datetime,
    actor: str,
    action: str,
    subject: str | None,
    details_json: str,
    prev_hash: str,
) -> str:
    payload = {
        "seq": seq,
        "at": at.isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "subject": subject,
        "details": details_json,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def verify_audit_chain(session: Session) -> AuditCheck:
    """Walk the whole log in order and check every link and every hash.

    Plain column tuples, not ORM objects: the walk runs at every unlock."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    query = sa_select(
        col(AuditEntry.seq),
        col(AuditEntry.at),
        col(AuditEntry.actor),
        col(AuditEntry.action),
        col(AuditEntry.subject),
        col(AuditEntry.details_json),
        col(AuditEntry.prev_hash),
        col(AuditEntry.hash),
    ).order_by(col(AuditEntry.seq))
    rows = session.execute(query.execution_options(yield_per=5000))
    for seq, at, actor, action, subject, details_json, prev_hash, stored in rows:
        count += 1
        broken = (
            seq != expected_seq
            or prev_hash != expected_prev
            or stored
            != _hash(
                seq=seq,
                at=at,
                actor=actor,
                action=action,
                subject=subject,
                details_json=details_json,
                prev_hash=prev_hash,
            )
        )
        if broken:
            return AuditCheck(ok=False, entries=count, first_bad_seq=seq)
        expected_prev = stored
        expected_seq += 1
    return AuditCheck(ok=True, entries=count)


def list_audit(session: Session, *, limit: int = 100, offset: int = 0) -> list[AuditEntry]:
    """Entries, newest first (for support screens)."""
    query = select(AuditEntry).order_by(col(AuditEntry.seq).desc()).limit(limit).offset(offset)
    return list(session.exec(query).all())


def _refuse_personal_data(details: dict[str, Any]) -> None:
    for key, value in details.items():
        if key.lower() in _PERSONAL_KEYS:
            raise ValueError(f"personal data ({key}) may not enter the audit log")
        if isinstance(value, dict):
            _refuse_personal_data(value)
        elif not key.lower().endswith("hash") and _LONG_NUMBER.search(_UUID.sub("", str(value))):
            raise ValueError(f"a long number in {key!r} may not enter the audit log")
