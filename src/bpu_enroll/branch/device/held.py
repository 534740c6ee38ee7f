"""What the branch already holds of a batch, and the answers it gives for those records.

A record is held once by its id: the same id with the same content hash is `already_received`
(with the state the branch holds), the same id with other content is a `conflict` (kept apart for
review, the first version stands), and an id the branch holds from another device is a
`conflict` that tells nothing of that record. The reads here fetch only the columns an answer
needs, set-wise, in slices (`store.bulk`); `intake` decides with them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.fields import seal_payload
from bpu_enroll.branch.store.models import BatchEntry, Conflict, Record, utcnow
from bpu_enroll.sync.protocol import RecordPayload, RecordResult, canonical_json


@dataclass(frozen=True)
class Held:
    """The columns of a held record that answers need (no payload, no ORM object)."""

    id: str
    content_hash: str
    state: str
    kpj: str | None
    reasons: str
    device_id: int = 0


HeldRecord = Held | Record


@dataclass(frozen=True)
class DeviceRef:
    """The device's identity as plain values, usable outside the session's transaction."""

    id: int
    code: str


def known_records(session: Session, ids: Sequence[str]) -> dict[str, Record]:
    """The records the branch holds among `ids` (whole rows)."""
    found: dict[str, Record] = {}
    for part in slices(session, sorted(set(ids))):
        for row in session.exec(select(Record).where(where_in(session, col(Record.id), part))):
            found[row.id] = row
    return found


def held_records(session: Session, ids: Sequence[str]) -> dict[str, Held]:
    """The records the branch holds among `ids`: only the columns an answer needs."""
    found: dict[str, Held] = {}
    columns = (
        col(Record.id),
        col(Record.content_hash),
        col(Record.state),
        col(Record.kpj),
        col(Record.reasons),
        col(Record.device_id),
    )
    for part in slices(session, sorted(set(ids))):
        query = sa_select(*columns).where(where_in(session, col(Record.id), part))
        for rid, digest, state, kpj, reasons, device_id in session.execute(query):
            found[rid] = Held(rid, digest, state, kpj, reasons, device_id)
    return found


def foreign_answer(record_id: str) -> RecordResult:
    """The answer for a record id the branch holds from another device: a conflict, telling
    nothing of that record (a receipt's QR code shows its id and hash to anyone)."""
    return RecordResult(id=record_id, result="conflict", state=None, reasons=["CONFLICT"])


def result_of(row: HeldRecord, result: str) -> RecordResult:
    """The protocol answer for a record the branch holds."""
    return RecordResult(
        id=row.id,
        result=result,  # type: ignore[arg-type]
        state=row.state,  # type: ignore[arg-type]
        kpj=row.kpj,
        reasons=json.loads(row.reasons),
    )


def announced_and_held(
    session: Session, batch_id: str, ids: Sequence[str]
) -> tuple[dict[str, str], dict[str, Held]]:
    """The manifest's hashes of `ids` and, among them, the records the branch already holds:
    one query (the batch's entries joined to the records)."""
    announced: dict[str, str] = {}
    held: dict[str, Held] = {}
    entry = col(BatchEntry.record_id)
    query = sa_select(
        entry,
        col(BatchEntry.content_hash),
        col(Record.content_hash),
        col(Record.state),
        col(Record.kpj),
        col(Record.reasons),
        col(Record.device_id),
    ).outerjoin(Record, col(Record.id) == entry)
    for part in slices(session, sorted(set(ids))):
        rows = session.execute(
            query.where(col(BatchEntry.batch_id) == batch_id, where_in(session, entry, part))
        )
        for rid, announced_hash, digest, state, kpj, reasons, device_id in rows:
            announced[rid] = announced_hash
            if state is not None:
                held[rid] = Held(rid, digest, state, kpj, reasons, device_id)
    return announced, held


def answer_held(
    session: Session, device: DeviceRef, row: HeldRecord, record: RecordPayload
) -> RecordResult:
    if row.device_id != device.id:
        return foreign_answer(record.id)  # nothing told, nothing queued for the clerks
    if row.content_hash == record.content_hash:
        return result_of(row, "already_received")
    exists = session.exec(
        select(Conflict.id).where(
            Conflict.record_id == record.id, Conflict.content_hash == record.content_hash
        )
    ).first()
    if exists is None:
        session.add(
            Conflict(
                record_id=record.id,
                device_id=device.id,
                content_hash=record.content_hash,
                payload=seal_payload(
                    session, canonical_json(record.model_dump(mode="json")).decode("utf-8")
                ),
                received_at=utcnow(),
            )
        )
    return RecordResult(id=record.id, result="conflict", state=None, reasons=["CONFLICT"])


def made_answer(record_id: str, state: str, kpj: str | None, reasons: list[str]) -> RecordResult:
    """An answer the branch made itself from known states: built without validation (pydantic's
    checks of 500 answers a chunk cost as much as storing them)."""
    return RecordResult.model_construct(
        id=record_id, result=state, state=state, kpj=kpj, reasons=reasons
    )
