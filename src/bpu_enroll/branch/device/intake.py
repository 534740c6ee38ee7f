"""Receiving batches: the signed manifest first, then the missing records in bounded chunks.

Every rule is idempotent. A record is held once by its id: the same id with the same content
hash is `already_received` (with the state the branch holds), the same id with other content is
a `conflict` (kept apart for review, the first version stands). A new record is judged
(`judge.judge`), then checked against the participant registry: a known NIK is a `duplicate`
with the existing KPJ, otherwise it is `accepted` with a new KPJ. One chunk is one transaction,
serialised on the branch by a row lock on the decision counter, which also numbers the decisions
that laptops pull.

A chunk is handled set-wise: the records the branch may not hold yet are judged first, outside
any lock (judging is pure CPU and reads nothing but the roster); then, under the lock, one query
each finds the records held, the NIKs already registered and the announced hashes, one counter
update numbers the decisions and one more allocates the chunk's KPJ numbers, and one
`executemany` each inserts the records and the participants.

A void made on the laptop after the record was sent travels as the same record again, with its
sealed content hash and `voided: true` (`sync.laptop_store`). The branch tells it from a
conflict by the hash: same id, same content, from the same device, marked voided, held in any
other state. The version held is then voided in place: pending review, rejected, duplicate or
accepted become `voided` (an accepted one keeps its KPJ on record, so the next export tells the
core system `void` for it, docs/EXPORT.md), with a new decision number so that laptops pull it
and exports see it. Each void applied is one `record_voided` line in the branch audit log, in
the same transaction: the record id, the device, the officer, the receipt number, the state it
had, its new decision number and the way in (`network` or `usb`); never a NIK or a name. Once
voided, the same record again is `already_received`: a void is applied (and audited) once,
however often it is sent. A participant whose registration is voided this way has lapsed
(`store.registry`): a later registration of the worker, in the same chunk or after, is accepted
with the KPJ they had, not held as a duplicate of it.

A record that `supersedes` another (a correction) may only continue a chain of its own device:
only the laptop that made a record holds it and can correct it. One naming a record the branch
holds from another device (its id is on that record's paper receipt) is `rejected` with
`SUPERSEDES_FOREIGN` and not kept, the rest of the chunk going on; otherwise a laptop could
void another officer's accepted worker (the export would tell the core system `void` for that
KPJ) or change their data (`update`). Unlike the judge's rejections it is an attempt on a
neighbour's data, not a fault of the form: each is one `record_refused` audit line (device,
officer, receipt, the id it named, the way in; never the NIK or name); nothing is told to the
laptop of the record it names. A record naming an id the branch has never
seen is judged as usual and kept with that link: the laptop sends oldest first, but the version
it corrects may have been set aside by a failure of its own, or travel on a USB file imported
later, so the link may be legitimately early. Should that id later arrive from another device,
the chain does not cross devices (`store.chains`), so nothing of the other record changes.
(A void is not a `supersedes` record: it travels as the same record again, above.)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import DECISION_COUNTER, branch_info
from bpu_enroll.branch.device.auth import Refusal, verify_signature
from bpu_enroll.branch.device.corrections import unchanged_corrections
from bpu_enroll.branch.device.judge import (
    CORRECTION_UNCHANGED,
    SUPERSEDES_FOREIGN,
    BranchReference,
    Judgement,
    branch_reference,
    judge,
    officer_roster,
    receipt_sequence,
    record_nik,
)
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.bulk import insert_rows, slices, where_in
from bpu_enroll.branch.store.fields import seal_content, seal_payload
from bpu_enroll.branch.store.models import (
    Batch,
    BatchEntry,
    Conflict,
    Counter,
    Device,
    Officer,
    Record,
    SequenceGap,
    utcnow,
)
from bpu_enroll.branch.store.packages import published_packages
from bpu_enroll.branch.store.registry import ParticipantRegistry, RegistryExhausted
from bpu_enroll.sync.protocol import (
    ManifestAnswer,
    RecordPayload,
    RecordResult,
    SignedManifest,
    canonical_json,
    manifest_signing_bytes,
)

MAX_GAPS_PER_RECORD = 1000


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
class _Device:
    """The device's identity as plain values, usable outside the session's transaction."""

    id: int
    code: str


@dataclass
class _Pending:
    """A new record that was judged, waiting for the registry."""

    record: RecordPayload
    nik: str
    judgement: Judgement


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


def check_manifest(device: Device, signed: SignedManifest) -> None:
    """Refuse a manifest not made by `device` (wrong device code or signature)."""
    if signed.manifest.device_code != device.code:
        raise Refusal(403, "BATCH_FOREIGN", "the batch was made by another device")
    message = manifest_signing_bytes(signed.manifest)
    if not verify_signature(device.public_key, message, signed.signature):
        raise Refusal(403, "BATCH_SIGNATURE_INVALID", "the batch signature does not verify")


def receive_manifest(
    session: Session, *, device: Device, signed: SignedManifest, via: str = "network"
) -> ManifestAnswer:
    """Register a batch (idempotently) and say which of its records the branch still needs."""
    check_manifest(device, signed)
    manifest = signed.manifest
    entries = {e.id: e.content_hash for e in manifest.entries}
    if len(entries) != len(manifest.entries):
        raise Refusal(422, "BATCH_INVALID", "a record id appears twice in the manifest")
    batch = session.get(Batch, manifest.batch_id)
    if batch is not None and batch.device_id != device.id:
        raise Refusal(409, "BATCH_REPLAYED", "this batch belongs to another device")
    if batch is not None:
        _check_same_entries(session, manifest.batch_id, entries)
    else:
        _store_batch(session, device, signed, entries, via)
    known = held_records(session, list(entries))
    missing: list[str] = []
    answers: list[RecordResult] = []
    for record_id, digest in entries.items():
        row = known.get(record_id)
        if row is not None and row.device_id != device.id:
            answers.append(foreign_answer(record_id))
        elif row is None or row.content_hash != digest:
            missing.append(record_id)  # a conflicting version is fetched to be kept for review
        else:
            answers.append(result_of(row, "already_received"))
    return ManifestAnswer(batch_id=manifest.batch_id, missing=missing, known=answers)


def _store_batch(
    session: Session, device: Device, signed: SignedManifest, entries: dict[str, str], via: str
) -> None:
    assert device.id is not None
    batch_id = signed.manifest.batch_id
    session.add(
        Batch(
            batch_id=batch_id,
            device_id=device.id,
            signature=signed.signature,
            entries=len(entries),
            via=via,
            created_at=utcnow(),
        )
    )
    try:
        session.flush()
        insert_rows(
            session,
            BatchEntry,
            [
                {"batch_id": batch_id, "record_id": rid, "content_hash": digest}
                for rid, digest in entries.items()
            ],
        )
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise Refusal(409, "BATCH_REPLAYED", "this batch id is already in use") from exc


def _check_same_entries(session: Session, batch_id: str, entries: dict[str, str]) -> None:
    rows = session.exec(
        select(BatchEntry.record_id, BatchEntry.content_hash).where(BatchEntry.batch_id == batch_id)
    ).all()
    if dict(rows) != entries:
        raise Refusal(409, "BATCH_CHANGED", "this batch was announced with other records")


def receive_records(
    session: Session,
    *,
    device: Device,
    batch_id: str,
    records: Sequence[RecordPayload],
    registry: ParticipantRegistry,
    via: str = "network",
) -> list[RecordResult]:
    """Judge and store one chunk of a batch in one transaction; one result per record, in order.
    `via` (`network` or `usb`) is said in the audit lines of the voids it applies."""
    batch = session.get(Batch, batch_id)
    if batch is None or batch.device_id != device.id:
        raise Refusal(404, "BATCH_UNKNOWN", "announce the batch's manifest first")
    assert device.id is not None
    me = _Device(device.id, device.code)
    announced, held = _announced(session, batch_id, [r.id for r in records])
    if any(announced.get(r.id) != r.content_hash for r in records):
        session.rollback()
        raise Refusal(409, "BATCH_MISMATCH", "a record is not in the batch's manifest")
    branch_code = branch_info(session).code
    officers = officer_roster(session.exec(select(Officer)).all())
    reference = branch_reference(published_packages(session))
    foreign = _foreign_corrections(session, me, [r for r in records if r.id not in held])
    unchanged = unchanged_corrections(
        session, [r for r in records if r.id not in held and r.id not in foreign]
    )
    session.rollback()  # judging below holds no lock (on SQLite, not the write lock either)
    judged = {
        r.id: _judge(r, branch_code, me, officers, reference)
        for r in records
        if r.id not in held and r.id not in foreign
    }
    for rid in unchanged:
        judged[rid].reasons.append(CORRECTION_UNCHANGED)
    counter = _lock_decisions(session)
    results = _decide(
        session,
        device=me,
        branch_code=branch_code,
        counter=counter,
        batch_id=batch_id,
        records=records,
        judged=judged,
        foreign=foreign,
        officers=officers,
        registry=registry,
        reference=reference,
        via=via,
    )
    session.commit()
    return results


def _foreign_corrections(
    session: Session, device: _Device, records: Sequence[RecordPayload]
) -> set[str]:
    """Ids of `records` that supersede a record the branch holds from another device."""
    named = {r.id: r.supersedes for r in records if r.supersedes}
    owners: dict[str, int] = {}
    query = sa_select(col(Record.id), col(Record.device_id))
    for part in slices(session, sorted(set(named.values()))):
        owners.update(session.execute(query.where(where_in(session, col(Record.id), part))).all())
    return {rid for rid, parent in named.items() if owners.get(parent, device.id) != device.id}


def _judge(
    record: RecordPayload,
    branch_code: str,
    device: _Device,
    officers: Mapping[str, datetime | None],
    reference: BranchReference,
) -> Judgement:
    return judge(
        record,
        branch_code=branch_code,
        device_code=device.code,
        officers=officers,
        reference=reference,
    )


def _lock_decisions(session: Session) -> Counter:
    return session.exec(
        select(Counter).where(Counter.name == DECISION_COUNTER).with_for_update()
    ).one()


def _announced(
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


def _decide(
    session: Session,
    *,
    device: _Device,
    branch_code: str,
    counter: Counter,
    batch_id: str,
    records: Sequence[RecordPayload],
    judged: dict[str, Judgement],
    foreign: set[str],
    officers: Mapping[str, datetime | None],
    registry: ParticipantRegistry,
    reference: BranchReference,
    via: str,
) -> list[RecordResult]:
    known = held_records(session, [r.id for r in records])
    results: dict[str, RecordResult | None] = {}
    fresh: list[_Pending] = []
    voids: list[Held] = []
    refused: list[audit_chain.Line] = []
    for record in records:
        if record.id in results:
            continue
        row = known.get(record.id)
        if row is not None and _voids_held(device, row, record):
            voids.append(row)
            results[record.id] = _result(record.id, "voided", row.kpj, json.loads(row.reasons))
            continue
        if row is not None:
            results[record.id] = _answer_known(session, device, row, record)
            continue
        if record.id in foreign:  # not kept, but audited: see the module text
            results[record.id] = _result(record.id, "rejected", None, [SUPERSEDES_FOREIGN])
            refused.append(_foreign_line(device, record, via))
            continue
        judgement = judged.get(record.id) or _judge(
            record, branch_code, device, officers, reference
        )
        fresh.append(_Pending(record, record_nik(record), judgement))
        results[record.id] = None  # decided below, with the registry
    # Voids first: a worker whose only registration this chunk voids is enrolled again by a new
    # registration of them in the same chunk (a void also takes the lower decision number).
    audit_chain.append_many(session, refused)
    _void_held(session, counter, voids, device=device, via=via)
    decided = _register(session, fresh, registry)
    _store_new(
        session, device=device, counter=counter, batch_id=batch_id, fresh=fresh, decided=decided
    )
    _note_sequences(session, device, branch_code, [p.record for p in fresh])
    results.update({r.id: r for r in decided})
    ordered: list[RecordResult] = []
    for record in records:
        answer = results[record.id]
        assert answer is not None  # every fresh record was decided by `_register`
        ordered.append(answer)
    return ordered


def _foreign_line(device: _Device, record: RecordPayload, via: str) -> audit_chain.Line:
    """The audit line of a record refused for naming another laptop's record: an attempt on a
    neighbour's registration, each one written (a resent one too), never the NIK or name."""
    detail = {
        "device": device.code,
        "officer": record.officer,
        "receipt_no": record.receipt_no,
        "code": SUPERSEDES_FOREIGN,
        "supersedes": record.supersedes,
        "via": via,
    }
    return audit_chain.Line(f"device:{device.code}", "record_refused", record.id, detail)


def _voids_held(device: _Device, row: HeldRecord, record: RecordPayload) -> bool:
    """True when `record` is the void of the version the branch holds (see the module text)."""
    return (
        record.voided
        and row.device_id == device.id
        and row.content_hash == record.content_hash
        and row.state != "voided"
    )


def _void_held(
    session: Session, counter: Counter, voids: list[Held], *, device: _Device, via: str
) -> None:
    """Void the versions held in place, each with the next decision number; KPJ kept; one
    audit line each."""
    if not voids:
        return
    first = counter.value
    counter.value = first + len(voids)
    session.add(counter)
    issued = _officers_and_receipts(session, [row.id for row in voids])
    lines: list[audit_chain.Line] = []
    for offset, row in enumerate(voids):
        session.execute(
            update(Record)
            .where(col(Record.id) == row.id)
            .values(state="voided", decision_seq=first + offset)
        )
        officer, receipt_no = issued[row.id]
        detail = {
            "device": device.code,
            "officer": officer,
            "receipt_no": receipt_no,
            "from": row.state,
            "to": "voided",
            "decision_seq": first + offset,
            "via": via,
        }
        lines.append(audit_chain.Line(f"device:{device.code}", "record_voided", row.id, detail))
    audit_chain.append_many(session, lines)


def _officers_and_receipts(session: Session, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """The officer and receipt number the branch holds for each of `ids`."""
    found: dict[str, tuple[str, str]] = {}
    query = sa_select(col(Record.id), col(Record.officer), col(Record.receipt_no))
    for part in slices(session, sorted(set(ids))):
        for rid, officer, receipt_no in session.execute(
            query.where(where_in(session, col(Record.id), part))
        ):
            found[rid] = (officer, receipt_no)
    return found


def _answer_known(
    session: Session, device: _Device, row: HeldRecord, record: RecordPayload
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


def _register(
    session: Session, fresh: list[_Pending], registry: ParticipantRegistry
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
            results.append(_result(rid, "rejected", None, pending.judgement.reasons))
        elif pending.record.voided:
            results.append(_result(rid, "voided", None, []))
        elif pending.nik in existing:
            results.append(_result(rid, "duplicate", existing[pending.nik], []))
        elif pending_review:
            results.append(_result(rid, "pending_review", None, []))
        elif first_of[pending.nik] == rid:
            results.append(_result(rid, "accepted", allocated[pending.nik], []))
        else:
            results.append(_result(rid, "duplicate", allocated[pending.nik], []))
    return results


def _result(record_id: str, state: str, kpj: str | None, reasons: list[str]) -> RecordResult:
    """An answer the branch made itself from known states: built without validation (pydantic's
    checks of 500 answers a chunk cost as much as storing them)."""
    return RecordResult.model_construct(
        id=record_id, result=state, state=state, kpj=kpj, reasons=reasons
    )


def _store_new(
    session: Session,
    *,
    device: _Device,
    counter: Counter,
    batch_id: str,
    fresh: list[_Pending],
    decided: list[RecordResult],
) -> None:
    if not fresh:
        return
    first = counter.value
    counter.value = first + len(fresh)
    session.add(counter)
    now = utcnow()
    rows = []
    for offset, (pending, result) in enumerate(zip(fresh, decided, strict=True)):
        record = pending.record
        content = pending.judgement.content
        document = {"registration": record.registration, "quote": record.quote}
        if content is None:  # not hashable as canonical JSON: kept as received, for review
            payload = seal_payload(session, canonical_json(document).decode("utf-8"))
        else:  # the canonical JSON judged, sealed without parsing it again
            payload = seal_content(session, content.decode("utf-8"), document)
        rows.append(
            {
                "id": record.id,
                "device_id": device.id,
                "batch_id": batch_id,
                "content_hash": record.content_hash,
                "receipt_no": record.receipt_no,
                "officer": record.officer,
                "registration_date": record.registration_date.isoformat(),
                "state": result.state,
                "kpj": result.kpj,
                "reasons": json.dumps(result.reasons),
                "payload": payload,
                "supersedes": record.supersedes,
                "received_at": now,
                "decision_seq": first + offset,
                "created_at": record.created_at,
            }
        )
    session.flush()
    insert_rows(session, Record, rows)


def _note_sequences(
    session: Session, device: _Device, branch_code: str, records: Sequence[RecordPayload]
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
