"""Receiving batches: the signed manifest first, then the missing records in bounded chunks.

Every rule is idempotent. A record is held once by its id: the same id with the same content
hash is `already_received` (with the state the branch holds), the same id with other content is
a `conflict` (kept apart for review, the first version stands); a record repeated within one
chunk is handled by its first copy and the repeat answered `already_received`. A record held
as sent whose stored payload is damaged is repaired from the arriving copy when that copy hashes
to the held content hash (`repair`; the answer is `already_received` still). A new record is
judged (`judge.judge`), then checked against the participant registry: a known NIK is a
`duplicate` with the existing KPJ, otherwise it is `accepted` with a new KPJ. One chunk is one
transaction, serialised on the branch by a row lock on the decision counter, which also numbers
the decisions that laptops pull.

A chunk is handled set-wise: the records the branch may not hold yet are judged first, outside
any lock (judging is pure CPU and reads nothing but the roster); then, under the lock, one query
each finds the records held, the NIKs already registered and the announced hashes, one counter
update numbers the decisions and one more allocates the chunk's KPJ numbers, and one
`executemany` each inserts the records and the participants.

The pieces: `held` reads what the branch holds and answers for it; `judge` judges the new
records; `voids` applies the voids and refuses corrections of another laptop's record, with
their audit lines; `new_records` decides the rest with the participant registry and stores them.
A USB batch file comes in through the same two functions (`importer`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bpu_enroll.branch.admin.roster import DECISION_COUNTER, branch_info
from bpu_enroll.branch.device.auth import Refusal, verify_signature
from bpu_enroll.branch.device.corrections import unchanged_corrections
from bpu_enroll.branch.device.held import (
    DeviceRef,
    Held,
    announced_and_held,
    answer_held,
    foreign_answer,
    held_records,
    made_answer,
    result_of,
)
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
from bpu_enroll.branch.device.new_records import Pending, note_sequences, register, store_new
from bpu_enroll.branch.device.repair import repair_damaged
from bpu_enroll.branch.device.reused_receipts import RECEIPT_NUMBER_TAKEN, reused_receipts
from bpu_enroll.branch.device.voids import (
    foreign_corrections,
    refusal_line,
    void_held,
    void_refusal_line,
    voids_conflicting,
    voids_held,
)
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.bulk import insert_rows
from bpu_enroll.branch.store.models import Batch, BatchEntry, Counter, Device, Officer, utcnow
from bpu_enroll.branch.store.packages import published_packages
from bpu_enroll.branch.store.registry import ParticipantRegistry
from bpu_enroll.domain.errors import VOID_CONFLICT
from bpu_enroll.sync.protocol import (
    ManifestAnswer,
    RecordPayload,
    RecordResult,
    SignedManifest,
    manifest_signing_bytes,
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


@dataclass(frozen=True)
class _Chunk:
    """What every record of one chunk is judged and answered with."""

    device: DeviceRef
    batch_id: str
    branch_code: str
    officers: Mapping[str, datetime | None]
    reference: BranchReference
    via: str

    def judge(self, record: RecordPayload) -> Judgement:
        return judge(
            record,
            branch_code=self.branch_code,
            device_code=self.device.code,
            officers=self.officers,
            reference=self.reference,
        )


@dataclass
class _Sorted:
    """A chunk's records sorted by what becomes of them: the answers known so far (`None` for a
    new record the registry decides), the new records, the held records voided, the audit lines
    of the refused ones."""

    results: dict[str, RecordResult | None] = field(default_factory=dict)
    fresh: list[Pending] = field(default_factory=list)
    voids: list[Held] = field(default_factory=list)
    refused: list[audit_chain.Line] = field(default_factory=list)
    same: list[RecordPayload] = field(default_factory=list)  # held as sent: may repair


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
    chunk, held = _open_chunk(session, device, batch_id, records, via)
    foreign = foreign_corrections(session, chunk.device, [r for r in records if r.id not in held])
    new = [r for r in records if r.id not in held and r.id not in foreign]
    unchanged = unchanged_corrections(session, new)
    session.rollback()  # judging below holds no lock (on SQLite, not the write lock either)
    judged = {r.id: chunk.judge(r) for r in new}
    for rid in unchanged:
        judged[rid].reasons.append(CORRECTION_UNCHANGED)
    counter = _lock_decisions(session)
    results = _decide(
        session,
        chunk,
        counter=counter,
        records=records,
        judged=judged,
        foreign=foreign,
        registry=registry,
    )
    session.commit()
    return results


def _open_chunk(
    session: Session, device: Device, batch_id: str, records: Sequence[RecordPayload], via: str
) -> tuple[_Chunk, Mapping[str, Held]]:
    """Refuse a chunk of an unknown batch or with a record its manifest does not announce; read
    what its records are judged with, and which of them the branch holds already."""
    batch = session.get(Batch, batch_id)
    if batch is None or batch.device_id != device.id:
        raise Refusal(404, "BATCH_UNKNOWN", "announce the batch's manifest first")
    assert device.id is not None
    announced, held = announced_and_held(session, batch_id, [r.id for r in records])
    if any(announced.get(r.id) != r.content_hash for r in records):
        session.rollback()
        raise Refusal(409, "BATCH_MISMATCH", "a record is not in the batch's manifest")
    chunk = _Chunk(
        device=DeviceRef(device.id, device.code),
        batch_id=batch_id,
        branch_code=branch_info(session).code,
        officers=officer_roster(session.exec(select(Officer)).all()),
        reference=branch_reference(published_packages(session)),
        via=via,
    )
    return chunk, held


def _lock_decisions(session: Session) -> Counter:
    return session.exec(
        select(Counter).where(Counter.name == DECISION_COUNTER).with_for_update()
    ).one()


def _decide(
    session: Session,
    chunk: _Chunk,
    *,
    counter: Counter,
    records: Sequence[RecordPayload],
    judged: dict[str, Judgement],
    foreign: set[str],
    registry: ParticipantRegistry,
) -> list[RecordResult]:
    """Under the decision lock: answer what is held, apply the voids, register and store the new
    records; one answer per record sent, in order."""
    sort = _sort(session, chunk, records, judged, foreign)
    reused = reused_receipts(session, chunk.device, sort.fresh)
    for pending in sort.fresh:
        if pending.record.id in reused:
            pending.judgement.reasons.append(RECEIPT_NUMBER_TAKEN)
    sort.refused.extend(repair_damaged(session, chunk.device, sort.same, chunk.via))
    # Voids first: a worker whose only registration this chunk voids is enrolled again by a new
    # registration of them in the same chunk (a void also takes the lower decision number).
    audit_chain.append_many(session, sort.refused)
    void_held(session, counter, sort.voids, device=chunk.device, via=chunk.via)
    decided = register(session, sort.fresh, registry)
    store_new(
        session,
        device=chunk.device,
        counter=counter,
        batch_id=chunk.batch_id,
        fresh=sort.fresh,
        decided=decided,
    )
    note_sequences(session, chunk.device, chunk.branch_code, [p.record for p in sort.fresh])
    sort.results.update({r.id: r for r in decided})
    kept = {row.id for row in sort.voids} | {p.record.id for p in sort.fresh}
    return _in_order(records, sort.results, kept)


def _sort(
    session: Session,
    chunk: _Chunk,
    records: Sequence[RecordPayload],
    judged: Mapping[str, Judgement],
    foreign: set[str],
) -> _Sorted:
    """Answer each record the branch holds or refuses; the new ones wait for the registry. A
    repeat of a record in the chunk is left to its first copy (`_in_order`)."""
    known = held_records(session, [r.id for r in records])
    sort = _Sorted()
    for record in records:
        if record.id in sort.results:
            continue
        row = known.get(record.id)
        if row is not None:
            sort.results[record.id] = _answer_held(session, chunk, row, record, sort)
        elif record.id in foreign:  # not kept, but audited: see the module text
            sort.results[record.id] = made_answer(record.id, "rejected", None, [SUPERSEDES_FOREIGN])
            sort.refused.append(refusal_line(chunk.device, record, chunk.via))
        else:
            judgement = judged.get(record.id) or chunk.judge(record)
            sequence = receipt_sequence(record.receipt_no, chunk.branch_code, chunk.device.code)
            sort.fresh.append(Pending(record, record_nik(record), judgement, sequence))
            sort.results[record.id] = None  # decided with the registry
    return sort


def _answer_held(
    session: Session, chunk: _Chunk, row: Held, record: RecordPayload, sort: _Sorted
) -> RecordResult:
    """A record the branch holds: the void of it, a void refused (the branch holds the version
    as a conflict), or the answer for what is held (`held.answer_held`)."""
    if voids_held(chunk.device, row, record):
        sort.voids.append(row)
        return made_answer(record.id, "voided", row.kpj, json.loads(row.reasons))
    if row.device_id == chunk.device.id and row.content_hash == record.content_hash:
        sort.same.append(record)  # a damaged stored payload is repaired from it (`repair`)
    if voids_conflicting(chunk.device, row, record):
        answer_held(session, chunk.device, row, record)  # its content is kept with the conflict
        sort.refused.append(void_refusal_line(chunk.device, record, row.state, chunk.via))
        return RecordResult(
            id=record.id, result="conflict", state=None, reasons=["CONFLICT", VOID_CONFLICT]
        )
    return answer_held(session, chunk.device, row, record)


def _in_order(
    records: Sequence[RecordPayload], results: Mapping[str, RecordResult | None], kept: set[str]
) -> list[RecordResult]:
    """One answer per record sent, in order. A record sent twice in one chunk (same id, and the
    manifest's hash: the same content) was stored or voided once, by its first copy; the repeat
    is answered as the next chunk would answer it: `already_received` with the state the branch
    now holds, so that no laptop counts it twice. A repeat of an answer that stored nothing (a
    conflict, a refusal) is the same answer again."""
    ordered: list[RecordResult] = []
    seen: set[str] = set()
    for record in records:
        answer = results[record.id]
        assert answer is not None  # every fresh record was decided by `register`
        if record.id in seen and (record.id in kept or answer.result == "already_received"):
            answer = answer.model_copy(update={"result": "already_received"})
        seen.add(record.id)
        ordered.append(answer)
    return ordered
