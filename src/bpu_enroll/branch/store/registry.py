"""The participant registry: who is already a participant (by NIK) and new KPJ numbers.

`ParticipantRegistry` is the seam for the national core system. The default,
`BranchRangeRegistry`, keeps participants in the branch database and allocates 11-digit KPJ
numbers from the branch's own range with a row-locked counter (`SELECT … FOR UPDATE` on
PostgreSQL; SQLite serialises writers with `BEGIN IMMEDIATE`), inside the caller's transaction,
so two concurrent pushes can never be given the same number. The `nik` column is unique as well.

A worker is a participant *now* while the registration chain that enrolled them stands: when
its live version is voided (a receipt voided on the laptop after the branch accepted it), the
participant has lapsed. A later registration of the worker is then not a duplicate: it enrols
them again, with the KPJ they had (a KPJ is the worker's for life, and numbers stay gap-free),
and the participant now points at the new registration. The export tells the core system the
old chain's `void` first, then the new chain's `new` with that KPJ (docs/EXPORT.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import update
from sqlmodel import Session, col, select

from bpu_enroll.branch.store.bulk import insert_rows, slices, where_in
from bpu_enroll.branch.store.chains import Chains
from bpu_enroll.branch.store.fields import nik_index
from bpu_enroll.branch.store.models import BranchInfo, Counter, Participant, Record, utcnow

KPJ_COUNTER = "kpj"
KPJ_DIGITS = 11


class RegistryExhausted(Exception):
    """The branch's KPJ range has no numbers left."""


class ParticipantRegistry(Protocol):
    """What the branch needs from a participant registry, inside one database transaction."""

    def existing(self, session: Session, niks: Sequence[str]) -> dict[str, str]:
        """NIK → KPJ for those NIKs that are participants now (not lapsed)."""
        ...

    def enrol(self, session: Session, entries: Sequence[tuple[str, str]]) -> dict[str, str]:
        """Make participants of `(nik, record_id)` pairs (NIKs not participants now); NIK → KPJ:
        a lapsed participant's own, otherwise a new one."""
        ...


class BranchRangeRegistry:
    """Participants in the branch database, KPJ numbers from the branch's own range."""

    def existing(self, session: Session, niks: Sequence[str]) -> dict[str, str]:
        """NIK → KPJ of the participants now among `niks`."""
        known = _known(session, niks)
        lapsed = lapsed_participants(session, list(known.values()))
        return {nik: row.kpj for nik, row in known.items() if row.kpj not in lapsed}

    def enrol(self, session: Session, entries: Sequence[tuple[str, str]]) -> dict[str, str]:
        """Allocate one KPJ per new worker from the locked counter and insert the participants;
        a lapsed participant keeps their KPJ and points at the new registration."""
        if not entries:
            return {}
        known = _known(session, [nik for nik, _record in entries])
        lapsed = lapsed_participants(session, list(known.values()))
        if any(row.kpj not in lapsed for row in known.values()):
            raise ValueError("a worker in `entries` is a participant now")
        fresh = [(nik, record_id) for nik, record_id in entries if nik not in known]
        numbers = allocate_kpj(session, len(fresh)) if fresh else []
        now = utcnow()
        rows = [
            {
                "kpj": number,
                "nik_hash": nik_index(session, nik),
                "record_id": record_id,
                "created_at": now,
            }
            for (nik, record_id), number in zip(fresh, numbers, strict=True)
        ]
        for nik, record_id in entries:
            if nik in known:
                session.execute(
                    update(Participant)
                    .where(col(Participant.kpj) == known[nik].kpj)
                    .values(record_id=record_id)
                )
        session.flush()
        insert_rows(session, Participant, rows)
        given = {nik: number for (nik, _record), number in zip(fresh, numbers, strict=True)}
        return given | {nik: row.kpj for nik, row in known.items()}


def _known(session: Session, niks: Sequence[str]) -> dict[str, Participant]:
    """NIK → the participant row of those `niks` the registry has (now or lapsed)."""
    by_hash = {nik_index(session, nik): nik for nik in set(niks)}
    found: dict[str, Participant] = {}
    for part in slices(session, sorted(by_hash)):
        rows = session.exec(
            select(Participant).where(where_in(session, col(Participant.nik_hash), part))
        ).all()
        found.update({by_hash[row.nik_hash]: row for row in rows})
    return found


def lapsed_participants(session: Session, participants: Sequence[Participant]) -> set[str]:
    """The KPJs among `participants` whose enrolling chain's live version is voided."""
    if not participants:
        return set()
    enrolled = {row.record_id: row.kpj for row in participants}
    records: list[Record] = []
    for part in slices(session, sorted(enrolled)):
        records += session.exec(select(Record).where(where_in(session, col(Record.id), part)))
    chains = Chains(session, records)
    lapsed: set[str] = set()
    for record_id, kpj in enrolled.items():
        start = chains.get(record_id)
        if start is not None and chains.live_version(start).state == "voided":
            lapsed.add(kpj)
    return lapsed


def allocate_kpj(session: Session, count: int) -> list[str]:
    """`count` consecutive KPJ numbers, taken under a row lock on the counter."""
    counter = session.exec(
        select(Counter).where(Counter.name == KPJ_COUNTER).with_for_update()
    ).one()
    info = session.exec(select(BranchInfo)).one()
    first = counter.value
    if first + count - 1 > info.kpj_last:
        raise RegistryExhausted(f"KPJ range ends at {info.kpj_last}")
    counter.value = first + count
    session.add(counter)
    return [f"{n:0{KPJ_DIGITS}d}" for n in range(first, first + count)]
