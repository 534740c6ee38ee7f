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
`kpj_range_exhausted`.

The dry run is the import, rolled back: the same manifest and the same chunks through the same
`receive_manifest` and `receive_records`, inside one outer transaction whose end throws all of
it away (counter, participants, records, audit lines). Its counts are therefore the import's
by construction (its `new` is the import's `accepted`), whatever a chunk's decisions depend on:
a correction told from the version it replaces only in its own chunk or among the records held
(so a correction ahead of its version in a later chunk is a registration of its own), a void
in a later chunk of a record an earlier chunk stored, a KPJ range running out partway, a batch
id the branch knows with other records (`BATCH_CHANGED`). It holds none of the import's locks:
it reads one snapshot of the branch and writes only to its private copies of the rows an
import of this file can touch (`store.shadow`: bounded by the file, not by the branch), so
laptops' syncs and other writes go on while a supervisor previews a large file; its counts are
what the import would do as of the snapshot.

A file carries every voided record whose void the laptop has not seen acknowledged, so a receipt
voided after the branch received it is voided at the import, once (`intake`). The laptop
learns that the branch holds the void at its next network sync.

A file that holds one record twice (the manifest names it once; a manifest naming it twice is
refused `BATCH_INVALID`, by the dry run as by the import) stores it once: the repeat is
answered `already_received` (in a later chunk, a repeat marked voided voids it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.device.intake import check_manifest, receive_manifest, receive_records
from bpu_enroll.branch.device.judge import receipt_sequence, record_nik
from bpu_enroll.branch.store.fields import nik_index
from bpu_enroll.branch.store.models import Device
from bpu_enroll.branch.store.registry import (
    BranchRangeRegistry,
    ParticipantRegistry,
    RegistryExhausted,
)
from bpu_enroll.branch.store.shadow import Scope, begin_snapshot, shadow_tables
from bpu_enroll.sync.batchfile import BatchFileError, open_batch_file
from bpu_enroll.sync.protocol import MAX_CHUNK_RECORDS, BatchFile, unb64

# The counts an answer gives, in its order; a dry run names `accepted` `new`.
IMPORT_KEYS = (
    "accepted", "duplicate", "rejected", "already_received", "conflict", "pending_review", "voided"
)  # fmt: skip
DRY_RUN_KEYS = (
    "new", "already_received", "duplicate", "conflict", "rejected", "voided", "pending_review"
)  # fmt: skip


class ImportRefused(Exception):
    """A batch file that cannot be imported, with a stable code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def import_batch_file(
    engine: Engine, data: bytes, *, dry_run: bool, registry: ParticipantRegistry | None = None
) -> dict[str, Any]:
    """Open, verify and (unless `dry_run`) apply a batch file; the counts by outcome.

    A dry run is the import itself, on private copies of the rows it can touch (`store.shadow`),
    inside one outer transaction that is rolled back at the end:
    the session only ever commits and rolls back savepoints within it (`create_savepoint`), so
    every chunk is decided by the very code that imports it, and nothing is kept."""
    participants = registry or BranchRangeRegistry()
    if not dry_run:
        with Session(engine) as session:
            batch, device = _open(session, data, branch_secrets(session).encryption_key)
            return _import(session, batch, device, participants, dry_run=False)
    with engine.connect() as connection:
        begin_snapshot(connection)  # the outer transaction: see `store.shadow`
        try:
            with Session(connection, join_transaction_mode="create_savepoint") as session:
                batch, device = _open(session, data, branch_secrets(session).encryption_key)
                scope = _scope(session, batch)
                session.commit()  # the copies are made in the outer transaction, not a savepoint
                shadow_tables(connection, scope)  # only the rows this file can touch
                return _import(session, batch, device, participants, dry_run=True)
        finally:
            connection.rollback()


def _scope(session: Session, batch: BatchFile) -> Scope:
    """What `batch` can touch (`shadow.Scope`): every record id it names, the NIK hashes of
    its records (the registry finds participants by them) and their receipt sequences (a
    held one is taken: `reused_receipts`)."""
    manifest = batch.signed_manifest.manifest
    ids = {e.id for e in manifest.entries} | {r.id for r in batch.records}
    ids |= {r.supersedes for r in batch.records if r.supersedes}
    branch = branch_info(session).code
    sequences = (receipt_sequence(r.receipt_no, branch, batch.device_code) for r in batch.records)
    return Scope(
        batch_id=manifest.batch_id,
        device_code=batch.device_code,
        record_ids=frozenset(ids),
        nik_hashes=frozenset(nik_index(session, record_nik(r)) for r in batch.records),
        receipt_sequences=frozenset(s for s in sequences if s is not None),
    )


def _import(
    session: Session,
    batch: BatchFile,
    device: Device,
    participants: ParticipantRegistry,
    *,
    dry_run: bool,
) -> dict[str, Any]:
    """The manifest, then the records in the import's chunks, as a network push sends them."""
    revoked = device.revoked_at is not None
    if revoked:  # a revoked laptop's records wait for a clerk (see the module text)
        participants = HoldForReview(participants)
    batch_id = batch.signed_manifest.manifest.batch_id
    try:
        receive_manifest(session, device=device, signed=batch.signed_manifest, via="usb")
        tally: Counter[str] = Counter()
        records = batch.records
        for start in range(0, len(records), MAX_CHUNK_RECORDS):
            chunk = records[start : start + MAX_CHUNK_RECORDS]
            results = receive_records(
                session,
                device=device,
                batch_id=batch_id,
                records=chunk,
                registry=participants,
                via="usb",
            )
            tally.update(result.result for result in results)
    except Refusal as exc:
        raise ImportRefused(exc.code, exc.message) from exc
    keys = DRY_RUN_KEYS if dry_run else IMPORT_KEYS
    return {
        "dry_run": dry_run,
        "batch_id": batch_id,
        "device_revoked": revoked,
        "kpj_range_exhausted": not revoked and tally.get("pending_review", 0) > 0,
        **{key: tally.get("accepted" if key == "new" else key, 0) for key in keys},
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
