"""A laptop's receipt number stands for one registration: a new record whose number's sequence
another record of the same laptop already holds is refused (`RECEIPT_NUMBER_TAKEN`), so that one
paper receipt never stands for two workers (two KPJs).

No version of a registration shares its number with a new record: a correction is a new record
with a new number (docs/ARCHITECTURE.md), a void is the same record sent again. So a held
sequence is never taken by a new id, whatever it names in `supersedes`; in one chunk the first
record with a sequence takes it. The sequence, not the whole number, is compared: the number's
date follows the laptop's clock, and a laptop restored from an old backup numbers again from
where the backup stood, on a later day.

A record refused for this reason holds nothing. Called under the decision lock (`intake`), so
two chunks of one laptop (a push and a USB import) cannot both take a sequence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from bpu_enroll.branch.device.judge import RECEIPT_NUMBER_TAKEN
from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.models import Record

if TYPE_CHECKING:
    from bpu_enroll.branch.device.held import DeviceRef
    from bpu_enroll.branch.device.new_records import Pending

__all__ = ["RECEIPT_NUMBER_TAKEN", "reused_receipts"]


def reused_receipts(session: Session, device: DeviceRef, fresh: Sequence[Pending]) -> set[str]:
    """Ids of the `fresh` records whose receipt sequence a record of `device` holds (held by
    the branch, or taken by an earlier record of the chunk)."""
    sequences = sorted({p.sequence for p in fresh if p.sequence is not None})
    taken = _held(session, device, sequences)
    refused: set[str] = set()
    for pending in fresh:
        if pending.sequence is None:
            continue
        if pending.sequence in taken:
            refused.add(pending.record.id)
        else:
            taken.add(pending.sequence)
    return refused


def _held(session: Session, device: DeviceRef, sequences: list[int]) -> set[int]:
    """The `sequences` held by a record of `device` that was not itself refused for taking a
    held one."""
    held: set[int] = set()
    for part in slices(session, sequences):
        rows = session.exec(
            select(Record.receipt_seq, Record.reasons).where(
                Record.device_id == device.id,
                where_in(session, col(Record.receipt_seq), part),
            )
        ).all()
        held.update(
            sequence
            for sequence, reasons in rows
            if sequence is not None and RECEIPT_NUMBER_TAKEN not in _codes(reasons)
        )
    return held


def _codes(reasons: str) -> Iterable[str]:
    try:
        codes = json.loads(reasons)
    except ValueError:
        return ()
    return codes if isinstance(codes, list) else ()
