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

Such a copy arrives on a USB batch file imported (`bpu-branch import`, the workspace's transfer
page): the file that brought the record, or one the laptop writes for its receipt number
(`bpu-enroll export-batch --receipt`), or in any chunk a laptop sends with it. A network sync
does not send it again: the laptop announces only records the branch has not answered, and the
branch's manifest answer asks only for records it does not hold as announced.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import select as sa_select
from sqlalchemy import update
from sqlmodel import Session, col

from bpu_enroll.branch.device.held import DeviceRef
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.damage import payload_damage, received_mismatched
from bpu_enroll.branch.store.fields import seal_content
from bpu_enroll.branch.store.models import Record
from bpu_enroll.sync.protocol import RecordPayload, canonical_json

REPAIRED = "record_repaired"


def repair_damaged(
    session: Session, device: DeviceRef, records: Sequence[RecordPayload], via: str
) -> list[audit_chain.Line]:
    """Repair the held records among `records` (held from `device`, with the same content
    hash: the caller's `already_received`) whose stored payload is damaged; their audit lines
    (the caller writes them in the chunk's transaction)."""
    arriving = {r.id: r for r in records}
    lines: list[audit_chain.Line] = []
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
                continue
            document = {"registration": record.registration, "quote": record.quote}
            content = canonical_json(document)
            if hashlib.sha256(content).hexdigest() != digest:
                continue  # not the sealed content: nothing to repair with
            session.execute(
                update(Record)
                .where(col(Record.id) == rid)
                .values(payload=seal_content(session, content.decode("utf-8"), document))
            )
            detail = {"device": device.code, "receipt_no": receipt, "damage": damage, "via": via}
            lines.append(audit_chain.Line(f"device:{device.code}", REPAIRED, rid, detail))
    return lines
