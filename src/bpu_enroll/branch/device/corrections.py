"""A correction that changes nothing is refused (`CORRECTION_UNCHANGED`), at the branch too.

The laptop refuses it first (`services.registration`); the branch checks again for laptops of
older versions: a record that supersedes another and carries exactly the same worker data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.fields import open_payload
from bpu_enroll.branch.store.models import Record
from bpu_enroll.sync.protocol import RecordPayload


def unchanged_corrections(session: Session, records: Sequence[RecordPayload]) -> list[str]:
    """Ids of corrections among `records` whose worker data equals the version they replace
    (found in the same chunk or among the records the branch holds, opened when sealed)."""
    in_chunk = {r.id: r.registration for r in records}
    wanted = sorted({r.supersedes for r in records if r.supersedes} - set(in_chunk))
    held: dict[str, Any] = {}
    for part in slices(session, wanted):
        rows = session.exec(
            select(Record.id, Record.payload).where(where_in(session, col(Record.id), part))
        ).all()
        held.update(
            {rid: open_payload(session, payload).get("registration") for rid, payload in rows}
        )
    unchanged = []
    for record in records:
        if not record.supersedes:
            continue
        before = in_chunk.get(record.supersedes) or held.get(record.supersedes)
        if before == record.registration:
            unchanged.append(record.id)
    return unchanged
