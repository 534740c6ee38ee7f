"""The participant registry: who is already a participant (by NIK) and new KPJ numbers.

`ParticipantRegistry` is the seam for the national core system. The default,
`BranchRangeRegistry`, keeps participants in the branch database and allocates 11-digit KPJ
numbers from the branch's own range with a row-locked counter (`SELECT … FOR UPDATE` on
PostgreSQL; SQLite serialises writers with `BEGIN IMMEDIATE`), inside the caller's transaction,
so two concurrent pushes can never be given the same number. The `nik` column is unique as well.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sqlmodel import Session, col, select

from bpu_enroll.branch.store.bulk import insert_rows, slices, where_in
from bpu_enroll.branch.store.fields import nik_index
from bpu_enroll.branch.store.models import BranchInfo, Counter, Participant, utcnow

KPJ_COUNTER = "kpj"
KPJ_DIGITS = 11


class RegistryExhausted(Exception):
    """The branch's KPJ range has no numbers left."""


class ParticipantRegistry(Protocol):
    """What the branch needs from a participant registry, inside one database transaction."""

    def existing(self, session: Session, niks: Sequence[str]) -> dict[str, str]:
        """NIK → KPJ for those NIKs that are already participants."""
        ...

    def enrol(self, session: Session, entries: Sequence[tuple[str, str]]) -> dict[str, str]:
        """Make participants of `(nik, record_id)` pairs (NIKs not yet known); NIK → new KPJ."""
        ...


class BranchRangeRegistry:
    """Participants in the branch database, KPJ numbers from the branch's own range."""

    def existing(self, session: Session, niks: Sequence[str]) -> dict[str, str]:
        """NIK → KPJ of known participants among `niks`."""
        by_hash = {nik_index(session, nik): nik for nik in set(niks)}
        found: dict[str, str] = {}
        for part in slices(session, sorted(by_hash)):
            rows = session.exec(
                select(Participant.nik_hash, Participant.kpj).where(
                    where_in(session, col(Participant.nik_hash), part)
                )
            ).all()
            found.update({by_hash[digest]: kpj for digest, kpj in rows})
        return found

    def enrol(self, session: Session, entries: Sequence[tuple[str, str]]) -> dict[str, str]:
        """Allocate one KPJ per entry from the locked counter and insert the participants."""
        if not entries:
            return {}
        numbers = allocate_kpj(session, len(entries))
        now = utcnow()
        rows = [
            {
                "kpj": number,
                "nik_hash": nik_index(session, nik),
                "record_id": record_id,
                "created_at": now,
            }
            for (nik, record_id), number in zip(entries, numbers, strict=True)
        ]
        session.flush()
        insert_rows(session, Participant, rows)
        return {nik: number for (nik, _record), number in zip(entries, numbers, strict=True)}


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
