"""`bpu-branch import`: a USB batch file, with a dry run, under the same rules as the network.

The file is `MAGIC + SealedBox(branch X25519 key).encrypt(device_key.sign(canonical JSON))`
(`sync.batchfile`). Opening it needs the branch's private key; the sealed box's MAC refuses any
altered byte; the device signature (checked against the enrolled device's key) and the
manifest signature prove who made it. The real run goes through `intake.receive_manifest` and
`intake.receive_records`, so a file and a network push of the same batch agree exactly.

A revoked laptop cannot sync, but what it numbered still reaches the branch on a USB file
(brought to the branch): such a file is imported with `HoldForReview`, so its valid records get
no KPJ of their own accord and wait as `pending_review` for a clerk to accept or reject; voids,
duplicates and rejections are told as for any file. The answer says `device_revoked`.

The branch's KPJ range may run out partway through a file: intake decides each chunk's new
records at once, so a chunk that needs more numbers than are left waits whole as
`pending_review` (a later, smaller chunk may still fit). The answer, the dry run's too, says
`kpj_range_exhausted`; the dry run decides the chunks as the import will (`_dry_run`), so its
`new` and `pending_review` are the import's `accepted` and `pending_review`.

A file carries every voided record whose void the laptop has not seen acknowledged, so a receipt
voided after the branch received it is voided at the import, once (`intake`): the dry run counts
it as `voided` too. The laptop learns that the branch holds the void at its next network sync.

A file that holds one record twice (the manifest names it once; a manifest naming it twice is
refused `BATCH_INVALID`, by the dry run as by the import) stores it once: the repeat is
answered `already_received`, and the dry run counts it so, not as a duplicate of itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.device.corrections import unchanged_corrections
from bpu_enroll.branch.device.held import DeviceRef, known_records
from bpu_enroll.branch.device.intake import check_manifest, receive_manifest, receive_records
from bpu_enroll.branch.device.judge import branch_reference, judge, officer_roster, record_nik
from bpu_enroll.branch.device.new_records import Pending, register
from bpu_enroll.branch.device.voids import foreign_corrections
from bpu_enroll.branch.store.models import Device, Officer, Record
from bpu_enroll.branch.store.packages import published_packages
from bpu_enroll.branch.store.registry import (
    BranchRangeRegistry,
    ParticipantRegistry,
    RegistryExhausted,
)
from bpu_enroll.sync.batchfile import BatchFileError, open_batch_file
from bpu_enroll.sync.protocol import MAX_CHUNK_RECORDS, BatchFile, RecordPayload, unb64


class ImportRefused(Exception):
    """A batch file that cannot be imported, with a stable code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def import_batch_file(
    engine: Engine, data: bytes, *, dry_run: bool, registry: ParticipantRegistry | None = None
) -> dict[str, Any]:
    """Open, verify and (unless `dry_run`) apply a batch file; the counts by outcome."""
    participants = registry or BranchRangeRegistry()
    with Session(engine) as session:
        info = branch_info(session)
        batch, device = _open(session, data, branch_secrets(session).encryption_key)
        revoked = device.revoked_at is not None
        if revoked:  # a revoked laptop's records wait for a clerk (see the module text)
            participants = HoldForReview(participants)
        if dry_run:
            counts = _dry_run(session, batch, device, info.code, participants)
            return {
                "dry_run": True,
                "batch_id": batch.signed_manifest.manifest.batch_id,
                "device_revoked": revoked,
                "kpj_range_exhausted": not revoked and counts["pending_review"] > 0,
                **counts,
            }
        try:
            receive_manifest(session, device=device, signed=batch.signed_manifest, via="usb")
            tally: Counter[str] = Counter()
            records = batch.records
            for start in range(0, len(records), MAX_CHUNK_RECORDS):
                chunk = records[start : start + MAX_CHUNK_RECORDS]
                results = receive_records(
                    session,
                    device=device,
                    batch_id=batch.signed_manifest.manifest.batch_id,
                    records=chunk,
                    registry=participants,
                    via="usb",
                )
                tally.update(result.result for result in results)
        except Refusal as exc:
            raise ImportRefused(exc.code, exc.message) from exc
    keys: tuple[str, ...] = ("accepted", "duplicate", "rejected", "already_received", "conflict")
    keys += ("pending_review", "voided")
    return {
        "dry_run": False,
        "batch_id": batch.signed_manifest.manifest.batch_id,
        "device_revoked": revoked,
        "kpj_range_exhausted": not revoked and tally.get("pending_review", 0) > 0,
        **{key: tally.get(key, 0) for key in keys},
    }


class HoldForReview:
    """A registry that knows existing participants but enrols no one: every record that would
    get a KPJ waits as `pending_review` instead, for a clerk to decide (a revoked laptop)."""

    def __init__(self, registry: ParticipantRegistry) -> None:
        self.registry = registry

    def existing(self, session: Session, niks: Sequence[str]) -> dict[str, str]:
        """The wrapped registry's answer."""
        return self.registry.existing(session, niks)

    def enrol(self, session: Session, entries: Sequence[tuple[str, str]]) -> dict[str, str]:
        """Never: `RegistryExhausted` sends the records to the review queue."""
        if not entries:
            return {}
        raise RegistryExhausted("held for review: the device was revoked")


def _open(session: Session, data: bytes, encryption_key: str) -> tuple[BatchFile, Device]:
    def device_key(code: str) -> str | None:
        device = session.exec(select(Device).where(Device.code == code)).first()
        return device.public_key if device is not None else None

    try:
        batch = open_batch_file(
            data, branch_private_key=unb64(encryption_key), device_key=device_key
        )
    except BatchFileError as exc:
        raise ImportRefused(exc.code, exc.message) from exc
    device = session.exec(select(Device).where(Device.code == batch.device_code)).one()
    try:
        check_manifest(device, batch.signed_manifest)
    except Refusal as exc:
        raise ImportRefused(exc.code, exc.message) from exc
    entries = batch.signed_manifest.manifest.entries
    announced = {e.id: e.content_hash for e in entries}
    if len(announced) != len(entries):  # as `receive_manifest` refuses it, for the dry run too
        raise ImportRefused("BATCH_INVALID", "a record id appears twice in the manifest")
    if any(announced.get(r.id) != r.content_hash for r in batch.records):
        raise ImportRefused("BATCH_MISMATCH", "a record is not in the file's manifest")
    return batch, device


def _dry_run(
    session: Session,
    batch: BatchFile,
    device: Device,
    branch_code: str,
    registry: ParticipantRegistry,
) -> dict[str, int]:
    """What a real import would do, without keeping anything: judged as intake judges (a
    rejection first, then a receipt voided before sending, held as `voided` with no KPJ and
    taking no NIK, then a duplicate by NIK). A record the file holds twice is counted as the
    import answers it: its first copy as above, the repeat by `repeat_outcome`. A correction
    of another laptop's record (`SUPERSEDES_FOREIGN`) or one that changes nothing
    (`CORRECTION_UNCHANGED`) is rejected, as intake rejects it.

    The file is taken in the import's chunks, each chunk's voids applied before its new records
    are decided by the import's own `register` with the registry, inside this one transaction,
    rolled back at the end: a KPJ range that runs out partway (or a revoked laptop's
    `HoldForReview`) leaves a chunk's new records `pending_review` exactly as the import will,
    and a worker enrolled by an earlier chunk is a duplicate in a later one."""
    officers = officer_roster(session.exec(select(Officer)).all())
    reference = branch_reference(published_packages(session))
    known = known_records(session, [r.id for r in batch.records])
    refused = _refused_corrections(session, device, [r for r in batch.records if r.id not in known])
    counts = {"new": 0, "already_received": 0, "duplicate": 0, "conflict": 0, "rejected": 0}
    counts |= {"voided": 0, "pending_review": 0}
    first: dict[str, str] = {}  # what each record id's first copy in the file comes to
    records = batch.records
    for start in range(0, len(records), MAX_CHUNK_RECORDS):
        chunk = records[start : start + MAX_CHUNK_RECORDS]
        voiding = _apply_voids(session, device, known, chunk)
        fresh: list[Pending] = []
        for record in chunk:
            if record.id in first:  # a repeat: see `repeat_outcome`
                counts[repeat_outcome(first[record.id])] += 1
                continue
            row = known.get(record.id)
            if row is not None:  # another device's record id is a conflict, as intake says
                same = row.content_hash == record.content_hash and row.device_id == device.id
                outcome = "voided" if row.id in voiding else "already_received"
                outcome = outcome if same else "conflict"
            elif record.id in refused:
                outcome = "rejected"
            else:  # decided with the registry below, with the rest of the chunk
                judgement = judge(
                    record,
                    branch_code=branch_code,
                    device_code=device.code,
                    officers=officers,
                    reference=reference,
                )
                fresh.append(Pending(record, record_nik(record), judgement))
                first[record.id] = "fresh"
                continue
            first[record.id] = outcome
            counts[outcome] += 1
        for result in register(session, fresh, registry):
            counts["new" if result.result == "accepted" else result.result] += 1
    session.rollback()
    return counts


def _apply_voids(
    session: Session, device: Device, known: dict[str, Record], chunk: Sequence[RecordPayload]
) -> set[str]:
    """Void the held records this chunk voids, as intake does before deciding the chunk's new
    records (a worker it lapses is enrolled again); rolled back with the rest of the dry run."""
    voiding = {
        row.id
        for record in chunk
        if (row := known.get(record.id)) is not None
        and record.voided
        and (row.content_hash, row.device_id) == (record.content_hash, device.id)
        and row.state != "voided"
    }
    for rid in voiding:
        known[rid].state = "voided"
    session.flush()
    return voiding


def _refused_corrections(
    session: Session, device: Device, unseen: Sequence[RecordPayload]
) -> set[str]:
    """Ids of the records new to the branch that intake rejects as corrections: of another
    laptop's record, or changing nothing of the version they replace."""
    assert device.id is not None
    foreign = foreign_corrections(session, DeviceRef(device.id, device.code), unseen)
    rest = [r for r in unseen if r.id not in foreign]
    return foreign | set(unchanged_corrections(session, rest))


def repeat_outcome(first: str) -> str:
    """What the import answers a record's second copy in one file, given its first copy's
    outcome. Intake stores (or voids) a record once, by its first copy, and answers the repeat
    `already_received` with the state held, in one chunk as in a later one; a conflict stores
    nothing of the laptop's, so its repeat is a conflict again. The repeat is neither new nor a
    duplicate: its NIK is its own."""
    return "conflict" if first == "conflict" else "already_received"
