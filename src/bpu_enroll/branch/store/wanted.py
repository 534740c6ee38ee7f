"""Damaged records the branch asks again from the laptops that sent them (`RecordWanted`).

`bpu-branch check` (and a read that meets an unreadable record) notes each damaged record here
(`note_wanted`); the laptop that sent it is told at its pull (`asked_of`, `PullAnswer.resend`)
and sends its copy in its next push, which repairs it (`device.repair`) and drops the ask
(`settle`). A laptop that no longer holds the record says so (`close`: `UNAVAILABLE`), and a
copy it sends over the network that does not hash to the record's content hash closes it too
(`UNUSABLE`; a USB file's copy never does: `device.repair`): asked no more,
and `check` tells the supervisor to restore it from a backup. Nothing here holds a record's
content: ids, device ids, times and the outcome.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import and_, delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.models import RecordWanted, utcnow

UNAVAILABLE = "unavailable"  # the laptop answered that it no longer holds the record
UNUSABLE = "unusable"  # the copy the laptop sent does not hash to the record's content hash
ASKED = "asked"  # what `outcomes` says of a record still asked


def note_wanted(session: Session, records: Mapping[str, int]) -> int:
    """Ask again each of `records` (record id to the id of the device that sent it) that is not
    noted yet (one already answered stays as answered: asking again would loop); how many were
    new. An ask noted meanwhile by another request (two clerks opening one damaged record at
    once) is left as it is, not a clash: on PostgreSQL the second insert of the id failed the
    key, and the clerk was told `CONFLICTING_WRITE` instead of `RECORD_UNREADABLE`. The
    caller commits."""
    noted = set(outcomes(session, list(records)))
    now = utcnow()
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    new = 0
    for rid in sorted(records):
        if rid in noted:
            continue
        values = {"record_id": rid, "device_id": records[rid], "noted_at": now}
        statement = insert(RecordWanted).values(**values).on_conflict_do_nothing()
        new += len(session.execute(statement.returning(col(RecordWanted.record_id))).all())
    return new


def outcomes(session: Session, ids: Sequence[str] | None = None) -> dict[str, str]:
    """Each noted record (among `ids`, or all) and its outcome (`ASKED` while asked)."""
    if ids is None:
        rows = session.exec(select(RecordWanted.record_id, RecordWanted.outcome)).all()
        return {rid: outcome or ASKED for rid, outcome in rows}
    found: dict[str, str] = {}
    for part in slices(session, sorted(set(ids))):
        query = select(RecordWanted.record_id, RecordWanted.outcome).where(
            where_in(session, col(RecordWanted.record_id), part)
        )
        found.update({rid: outcome or ASKED for rid, outcome in session.exec(query).all()})
    return found


def asked_of(session: Session, device_id: int, limit: int) -> list[str]:
    """The records still asked of this device (never another's), oldest ask first."""
    return list(
        session.exec(
            select(RecordWanted.record_id)
            .where(RecordWanted.device_id == device_id, col(RecordWanted.outcome).is_(None))
            .order_by(col(RecordWanted.noted_at), col(RecordWanted.record_id))
            .limit(limit)
        ).all()
    )


def settle(session: Session, ids: Sequence[str]) -> None:
    """Drop the asks of `ids`: their records are sound again. The caller commits."""
    for part in slices(session, sorted(set(ids))):
        session.execute(
            delete(RecordWanted).where(where_in(session, col(RecordWanted.record_id), part))
        )


def close(session: Session, device_id: int, ids: Sequence[str], outcome: str) -> list[str]:
    """Close the asks of `ids` still open and made of `device_id` with `outcome`; the ids
    closed (an id not asked of this device is left alone). The caller commits."""
    closed: list[str] = []
    for part in slices(session, sorted(set(ids))):
        where = and_(
            where_in(session, col(RecordWanted.record_id), part),
            col(RecordWanted.device_id) == device_id,
            col(RecordWanted.outcome).is_(None),
        )
        found = session.exec(select(RecordWanted.record_id).where(where)).all()
        if found:
            session.execute(
                update(RecordWanted).where(where).values(outcome=outcome, answered_at=utcnow())
            )
            closed.extend(found)
    return closed


def keep_only(session: Session, damaged: set[str]) -> None:
    """Drop every ask but those of `damaged` (the records a whole check found damaged): a
    record repaired another way (a USB file, a restore) is asked no more. The caller commits."""
    settle(session, [rid for rid in outcomes(session) if rid not in damaged])
