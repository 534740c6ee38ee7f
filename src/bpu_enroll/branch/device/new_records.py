"""The records of a chunk new to the branch, once judged: the participant registry decides them,
they are stored with their decision numbers, and the receipt numbers a device skipped are noted.

A record without rejection reasons is checked against the registry: a known NIK is a
`duplicate` with the existing KPJ (a second registration of the same worker in the chunk too),
otherwise it is `accepted` with a new KPJ, all of the chunk's KPJ numbers allocated at once; a
registry that has run out of numbers leaves them `pending_review`. All are stored with one
`executemany`, numbered from the decision counter the chunk holds locked (`intake`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete
from sqlmodel import Session, col

from bpu_enroll.branch.device.held import DeviceRef, made_answer
from bpu_enroll.branch.device.judge import Judgement, receipt_sequence
from bpu_enroll.branch.store.bulk import insert_rows, slices, where_in
from bpu_enroll.branch.store.fields import seal_content, seal_payload
from bpu_enroll.branch.store.models import Counter, Device, Record, SequenceGap, utcnow
from bpu_enroll.branch.store.registry import ParticipantRegistry, RegistryExhausted
from bpu_enroll.sync.protocol import RecordPayload, RecordResult, canonical_json

MAX_GAPS_PER_RECORD = 1000


@dataclass
class Pending:
    """A new record that was judged, waiting for the registry."""

    record: RecordPayload
    nik: str
    judgement: Judgement
    sequence: int | None = None  # the receipt number's, when the number is the device's


def register(
    session: Session, fresh: list[Pending], registry: ParticipantRegistry
) -> list[RecordResult]:
    """Duplicates by NIK (also within the chunk), then new KPJ numbers for the rest."""
    valid = [p for p in fresh if not p.judgement.reasons and not p.record.voided]
    existing = registry.existing(session, [p.nik for p in valid])
    first_of: dict[str, str] = {}
    to_enrol: list[tuple[str, str]] = []
    for pending in valid:
        if pending.nik not in existing and pending.nik not in first_of:
            first_of[pending.nik] = pending.record.id
            to_enrol.append((pending.nik, pending.record.id))
    try:
        allocated = registry.enrol(session, to_enrol)
        pending_review = False
    except RegistryExhausted:
        allocated, pending_review = {}, True
    results: list[RecordResult] = []
    for pending in fresh:
        rid = pending.record.id
        if pending.judgement.reasons:
            results.append(made_answer(rid, "rejected", None, pending.judgement.reasons))
        elif pending.record.voided:
            results.append(made_answer(rid, "voided", None, []))
        elif pending.nik in existing:
            results.append(made_answer(rid, "duplicate", existing[pending.nik], []))
        elif pending_review:
            results.append(made_answer(rid, "pending_review", None, []))
        elif first_of[pending.nik] == rid:
            results.append(made_answer(rid, "accepted", allocated[pending.nik], []))
        else:
            results.append(made_answer(rid, "duplicate", allocated[pending.nik], []))
    return results


def store_new(
    session: Session,
    *,
    device: DeviceRef,
    counter: Counter,
    batch_id: str,
    fresh: list[Pending],
    decided: list[RecordResult],
) -> None:
    """Store the chunk's new records with their decisions, numbered from the locked counter."""
    if not fresh:
        return
    first = counter.value
    counter.value = first + len(fresh)
    session.add(counter)
    now = utcnow()
    rows = [
        {
            **_record_row(pending.record, result),
            "receipt_seq": pending.sequence,
            "device_id": device.id,
            "batch_id": batch_id,
            "payload": _sealed_payload(session, pending),
            "received_at": now,
            "decision_seq": first + offset,
        }
        for offset, (pending, result) in enumerate(zip(fresh, decided, strict=True))
    ]
    session.flush()
    insert_rows(session, Record, rows)


def _record_row(record: RecordPayload, result: RecordResult) -> dict[str, object]:
    """The columns a record brings from the laptop, and the branch's decision on it."""
    return {
        "id": record.id,
        "content_hash": record.content_hash,
        "receipt_no": record.receipt_no,
        "officer": record.officer,
        "registration_date": record.registration_date.isoformat(),
        "state": result.state,
        "kpj": result.kpj,
        "reasons": json.dumps(result.reasons),
        "supersedes": record.supersedes,
        "created_at": record.created_at,
    }


def _sealed_payload(session: Session, pending: Pending) -> str:
    """The registration and quote, sealed: the canonical JSON that was judged, not parsed again;
    a record that is not canonical JSON is kept as received, for review."""
    record = pending.record
    document = {"registration": record.registration, "quote": record.quote}
    content = pending.judgement.content
    if content is None:
        return seal_payload(session, canonical_json(document).decode("utf-8"))
    return seal_content(session, content.decode("utf-8"), document)


def note_sequences(
    session: Session, device: DeviceRef, branch_code: str, records: Sequence[RecordPayload]
) -> None:
    """Record receipt sequences this device skipped; close the gaps that arrive."""
    sequences = sorted(
        s
        for s in (receipt_sequence(r.receipt_no, branch_code, device.code) for r in records)
        if s is not None
    )
    if not sequences:
        return
    row = session.get(Device, device.id)  # read under the decision lock
    assert row is not None
    last = row.last_sequence
    seen = set(sequences)
    filled = [s for s in sequences if s <= last]
    for part in slices(session, filled):
        session.execute(
            delete(SequenceGap).where(
                col(SequenceGap.device_id) == device.id,
                where_in(session, col(SequenceGap.sequence), part),
            )
        )
    newest = sequences[-1]
    if newest > last:
        start = max(last + 1, newest - MAX_GAPS_PER_RECORD)
        now = utcnow()
        gaps = [
            {"device_id": device.id, "sequence": s, "noticed_at": now}
            for s in range(start, newest)
            if s not in seen
        ]
        insert_rows(session, SequenceGap, gaps)
        row.last_sequence = newest
        session.add(row)
