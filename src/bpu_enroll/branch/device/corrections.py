"""A correction that changes nothing is refused (`CORRECTION_UNCHANGED`), at the branch too.

The laptop refuses it first (`services.registration`); the branch checks again for laptops of
older versions: a record that supersedes another and carries exactly the same worker data. A
held version whose stored payload is damaged is not compared (`_registration`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.fields import UNREADABLE_ERRORS, open_payload
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
        held.update({rid: _registration(session, payload) for rid, payload in rows})
    unchanged = []
    for record in records:
        if not record.supersedes:
            continue
        before = in_chunk.get(record.supersedes) or held.get(record.supersedes)
        if before == record.registration:
            unchanged.append(record.id)
    return unchanged


def _registration(session: Session, payload: str) -> Any:
    """The worker data of a held version, None when its stored payload is damaged (it does not
    open): the correction is then judged as any record, and the damaged version is left to
    `bpu-branch check`, which asks it of its laptop. Raising here failed the whole chunk as a
    server error at every push, so the laptop never reached the pull that asks the record."""
    try:
        return open_payload(session, payload).get("registration")
    except UNREADABLE_ERRORS:
        return None
