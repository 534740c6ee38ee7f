"""A damaged stored record repaired from an arriving copy of the same record.

The branch holds a record once by its id; the same id arriving again with the same content hash
is `already_received` (`held`). When the stored payload of that record is damaged (it does not
open, or opens to content whose hash is not the record's: `store.damage`) and the arriving copy
is of the same laptop, announces the same content hash AND its registration and quote really
hash to it, the stored payload is replaced by the arriving content. The content hash covers the
whole payload (registration and quote), so nothing but the damaged bytes can change this way:
a copy announcing another hash is a conflict, as before; one announcing the held hash with
content that does not hash to it replaces nothing; a record the branch received with content
that did not hash to its announced hash (`HASH_MISMATCH`, kept as received for review) is never
repaired, since its hash was never its content's and a copy hashing to it would put content the
branch never received under columns read from what it did; and the record's columns (state, KPJ,
receipt number, officer, decision number) are kept. The laptop is answered as
before (`already_received`); the repair is audited (`record_repaired`: the receipt number, the
kind of damage and the way it came, never the content).

Such a copy comes by itself over the network: `bpu-branch check` notes each damaged record as
wanted (`store.wanted`), the pull of the laptop that sent it (`v=3`) names it among that
laptop's records to send again (`PullAnswer.resend`: ids only, only its own), and the laptop
sends its copies at once, in a signed batch of their own, in the same sync (`sync.runner`).
A copy that repairs the record, or finds it sound, drops the ask; a copy that does not hash to
the record's content hash closes it (`UNUSABLE`), and a laptop that no longer holds the record
(its personal fields purged after retention) says so (`answer_unavailable`, `UNAVAILABLE`):
either is asked no more, audited (`repair_unavailable`: the receipt number and why), and said
by `check` (restore it from a backup). A copy may also arrive on a USB batch file imported
(`bpu-branch import`): the file that brought the record, or one the laptop writes for its
receipt number (`bpu-enroll export-batch --receipt`). Such a file repairs the record when its
copy hashes to the record's content hash, but a file's copy that does not never closes the ask:
a file is whatever was carried in (an old file, one altered and signed again with a key that
left the laptop, a file of another laptop naming this record), so only the asked laptop's own
answer over the network, in a push signed by that laptop's key, closes it (`UNUSABLE`). A file
that is not signed by the laptop it names is refused whole at its opening (`sync.batchfile`),
and a copy from another laptop than the record's is never looked at here (`device_id`): either
leaves the ask open, asked of the laptop at its next sync. Nothing here is read for a new record:
only records the branch holds as sent (`intake`'s `same`) are looked at.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import select as sa_select
from sqlalchemy import update
from sqlmodel import Session, col

from bpu_enroll.branch.device.held import DeviceRef
from bpu_enroll.branch.store import audit_chain, wanted
from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.damage import payload_damage, received_mismatched
from bpu_enroll.branch.store.fields import seal_content
from bpu_enroll.branch.store.models import Record
from bpu_enroll.branch.store.receipts import shown_receipt
from bpu_enroll.sync.protocol import RecordPayload, canonical_json

REPAIRED = "record_repaired"
UNAVAILABLE = "repair_unavailable"
# Why an ask was closed without a repair (`UNAVAILABLE`'s detail).
NOT_HELD = "not_held"  # the laptop no longer holds the record
COPY_DIFFERS = "copy_differs"  # the laptop's copy does not hash to the record's content hash
NETWORK = "network"  # the way of a copy the asked laptop sent itself (a signed push)


def repair_damaged(
    session: Session, device: DeviceRef, records: Sequence[RecordPayload], via: str
) -> list[audit_chain.Line]:
    """Repair the held records among `records` (held from `device`, with the same content
    hash: the caller's `already_received`) whose stored payload is damaged; their audit lines
    (the caller writes them in the chunk's transaction). A record found sound or repaired is
    asked no more (`store.wanted`); one whose copy does not hash to it is closed as unusable
    when the copy came over the network from its laptop (`NETWORK`), and left asked when it
    came on a file."""
    arriving = {r.id: r for r in records}
    lines: list[audit_chain.Line] = []
    settled: list[str] = []
    unusable: dict[str, str] = {}
    columns = (
        col(Record.id),
        col(Record.payload),
        col(Record.content_hash),
        col(Record.reasons),
        col(Record.receipt_no),
        col(Record.device_id),
    )
    for part in slices(session, sorted(arriving)):
        query = sa_select(*columns).where(where_in(session, col(Record.id), part))
        for rid, payload, digest, reasons, receipt, device_id in session.execute(query).all():
            record = arriving[rid]
            if device_id != device.id or digest != record.content_hash:
                continue
            if received_mismatched(reasons):
                continue  # kept as received: no content of its own to repair it to
            damage = payload_damage(session, payload, digest, reasons)
            if damage is None:
                settled.append(rid)
                continue
            document = {"registration": record.registration, "quote": record.quote}
            content = canonical_json(document)
            if hashlib.sha256(content).hexdigest() != digest:
                if via == NETWORK:  # the asked laptop's own answer: it has no better copy
                    unusable[rid] = shown_receipt(receipt)
                continue  # not the sealed content: nothing to repair with
            settled.append(rid)
            session.execute(
                update(Record)
                .where(col(Record.id) == rid)
                .values(payload=seal_content(session, content.decode("utf-8"), document))
            )
            detail = {
                "device": device.code, "receipt_no": shown_receipt(receipt), "damage": damage,
                "via": via,
            }  # fmt: skip
            lines.append(audit_chain.Line(f"device:{device.code}", REPAIRED, rid, detail))
    wanted.settle(session, settled)
    for rid in wanted.close(session, device.id, list(unusable), wanted.UNUSABLE):
        lines.append(_unavailable_line(device, rid, unusable[rid], COPY_DIFFERS, via))
    return lines


def answer_unavailable(session: Session, device: DeviceRef, ids: Sequence[str]) -> int:
    """The laptop's answer that it no longer holds these records it was asked again: each ask
    of this device among them is closed (`UNAVAILABLE`) and audited; how many. Ids not asked of
    this device change nothing. Commits."""
    closed = wanted.close(session, device.id, ids, wanted.UNAVAILABLE)
    receipts: dict[str, str] = {}
    for part in slices(session, sorted(closed)):
        query = sa_select(col(Record.id), col(Record.receipt_no)).where(
            where_in(session, col(Record.id), part)
        )
        receipts.update({rid: shown_receipt(r) for rid, r in session.execute(query).all()})
    lines = [
        _unavailable_line(device, rid, receipts.get(rid, ""), NOT_HELD, "network") for rid in closed
    ]
    audit_chain.append_many(session, lines)
    session.commit()
    return len(closed)


def _unavailable_line(
    device: DeviceRef, rid: str, receipt: str, why: str, via: str
) -> audit_chain.Line:
    detail = {"device": device.code, "receipt_no": receipt, "why": why, "via": via}
    return audit_chain.Line(f"device:{device.code}", UNAVAILABLE, rid, detail)
