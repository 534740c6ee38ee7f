"""The records of a chunk that void or correct a record: voids applied in place, corrections of
another laptop's record refused, each with its line in the branch audit log.

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

A void whose content hash differs from the version held (only a tampered or damaged laptop
sends one: the laptop had sent that id with other content, and the branch answered `conflict`)
is refused: the version held stands until the clerks settle the conflict, so a laptop whose copy
cannot be trusted does not change it, and the void is not dropped in silence either. The
different content is kept with the conflict for review, as any conflicting version is; the
answer is a `conflict` with the codes `CONFLICT` and `VOID_CONFLICT`, which the laptop keeps
and shows its officer (contact the branch); and each refusal is one `void_refused` audit line
(device, officer, receipt, the state held, the way in; never the NIK or name), like a refused
correction. A void of a version the branch already holds voided is a plain conflict: the branch
has the void.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select as sa_select
from sqlalchemy import update
from sqlmodel import Session, col

from bpu_enroll.branch.device.held import DeviceRef, Held, HeldRecord
from bpu_enroll.branch.device.judge import SUPERSEDES_FOREIGN
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.models import Counter, Record
from bpu_enroll.branch.store.receipts import shown_receipt
from bpu_enroll.domain.errors import VOID_CONFLICT
from bpu_enroll.domain.formatting import visible_line
from bpu_enroll.sync.protocol import RecordPayload


def foreign_corrections(
    session: Session, device: DeviceRef, records: Sequence[RecordPayload]
) -> set[str]:
    """Ids of `records` that supersede a record the branch holds from another device."""
    named = {r.id: r.supersedes for r in records if r.supersedes}
    owners: dict[str, int] = {}
    query = sa_select(col(Record.id), col(Record.device_id))
    for part in slices(session, sorted(set(named.values()))):
        owners.update(session.execute(query.where(where_in(session, col(Record.id), part))).all())
    return {rid for rid, parent in named.items() if owners.get(parent, device.id) != device.id}


def refusal_line(device: DeviceRef, record: RecordPayload, via: str) -> audit_chain.Line:
    """The audit line of a record refused for naming another laptop's record: an attempt on a
    neighbour's registration, each one written (a resent one too), never the NIK or name."""
    detail = {
        "device": device.code,
        "officer": visible_line(record.officer),
        "receipt_no": record.receipt_no,
        "code": SUPERSEDES_FOREIGN,
        "supersedes": record.supersedes,
        "via": via,
    }
    return audit_chain.Line(f"device:{device.code}", "record_refused", record.id, detail)


def voids_held(device: DeviceRef, row: HeldRecord, record: RecordPayload) -> bool:
    """True when `record` is the void of the version the branch holds (see the module text)."""
    return (
        record.voided
        and row.device_id == device.id
        and row.content_hash == record.content_hash
        and row.state != "voided"
    )


def voids_conflicting(device: DeviceRef, row: HeldRecord, record: RecordPayload) -> bool:
    """True when `record` is a void of this device's record that the branch holds with other
    content, not voided: refused (see the module text)."""
    return (
        record.voided
        and row.device_id == device.id
        and row.content_hash != record.content_hash
        and row.state != "voided"
    )


def void_refusal_line(
    device: DeviceRef, record: RecordPayload, held_state: str, via: str
) -> audit_chain.Line:
    """The audit line of a void refused because the laptop's version conflicts with the one
    held: each one written (a resent one too), never the NIK or name."""
    detail = {
        "device": device.code,
        "officer": visible_line(record.officer),
        "receipt_no": record.receipt_no,
        "code": VOID_CONFLICT,
        "held": held_state,
        "via": via,
    }
    return audit_chain.Line(f"device:{device.code}", "void_refused", record.id, detail)


def void_held(
    session: Session, counter: Counter, voids: list[Held], *, device: DeviceRef, via: str
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
            "officer": visible_line(officer),
            "receipt_no": shown_receipt(receipt_no),
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
