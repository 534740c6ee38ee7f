"""A laptop's receipt number is held by one registration chain: a new record whose number's
sequence another registration of the same laptop already holds is refused
(`RECEIPT_NUMBER_TAKEN`), so that one paper receipt never stands for two workers (two KPJs).

The versions of one registration keep its receipt number (a correction supersedes the version
before it, a void is the same record), so a sequence may be held by many records, all linked by
`supersedes`. A new record may take a held sequence only when it is linked to a holder, through
the held records of that sequence and the chunk's own: a correction, or a version that arrives
after its own correction (a USB file imported late). The sequence, not the whole number, is
compared: the number's date follows the laptop's clock, and a laptop restored from an old
backup numbers again from where the backup stood, on a later day.

Holders refused for this reason hold nothing: their corrections are refused too. Called under
the decision lock (`intake`), so two chunks of one laptop (a push and a USB import) cannot both
take a sequence.
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
    """Ids of the `fresh` records whose receipt sequence another chain of `device` holds
    (held by the branch, or taken by an earlier record of the chunk)."""
    by_sequence: dict[int, list[Pending]] = {}
    for pending in fresh:
        if pending.sequence is not None:
            by_sequence.setdefault(pending.sequence, []).append(pending)
    held = _holders(session, device, sorted(by_sequence))
    refused: set[str] = set()
    for sequence, pendings in by_sequence.items():
        links = _Links()
        owners: set[str] = set()
        for rid, supersedes, taken in held.get(sequence, ()):
            links.join(rid, supersedes)
            if not taken:
                owners.add(rid)
        for pending in pendings:
            links.join(pending.record.id, pending.record.supersedes)
        chains = {links.root(rid) for rid in owners}
        for pending in pendings:
            chain = links.root(pending.record.id)
            if chains and chain not in chains:
                refused.add(pending.record.id)
            else:
                chains.add(chain)
    return refused


def _holders(
    session: Session, device: DeviceRef, sequences: list[int]
) -> dict[int, list[tuple[str, str | None, bool]]]:
    """Per sequence, the held records of `device` with it: id, the id it supersedes, and
    whether it was itself refused for taking a held sequence."""
    found: dict[int, list[tuple[str, str | None, bool]]] = {}
    for part in slices(session, sequences):
        rows = session.exec(
            select(Record.receipt_seq, Record.id, Record.supersedes, Record.reasons).where(
                Record.device_id == device.id,
                where_in(session, col(Record.receipt_seq), part),
            )
        ).all()
        for sequence, rid, supersedes, reasons in rows:
            assert sequence is not None
            taken = RECEIPT_NUMBER_TAKEN in _codes(reasons)
            found.setdefault(sequence, []).append((rid, supersedes, taken))
    return found


def _codes(reasons: str) -> Iterable[str]:
    try:
        codes = json.loads(reasons)
    except ValueError:
        return ()
    return codes if isinstance(codes, list) else ()


class _Links:
    """The `supersedes` links among one sequence's records, joined into chains."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def root(self, rid: str) -> str:
        parent = self._parent  # every id met is a key (`setdefault`), so every parent is one
        parent.setdefault(rid, rid)
        while parent[rid] != rid:
            parent[rid] = parent[parent[rid]]  # halve the path
            rid = parent[rid]
        return rid

    def join(self, rid: str, other: str | None) -> None:
        if other is not None:
            self._parent[self.root(rid)] = self.root(other)
