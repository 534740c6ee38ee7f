"""Read side of the branch: what a laptop pulls, and the status figures of `bpu-branch status`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import list_officers, roster_entry
from bpu_enroll.branch.device.held import result_of
from bpu_enroll.branch.device.reference import reference_versions
from bpu_enroll.branch.store.fields import open_note
from bpu_enroll.branch.store.models import (
    Batch,
    Conflict,
    Device,
    Officer,
    Record,
    Review,
    SequenceGap,
)
from bpu_enroll.branch.store.packages import published_packages
from bpu_enroll.branch.store.settings import retention_days
from bpu_enroll.branch.store.wanted import asked_of
from bpu_enroll.domain.errors import message
from bpu_enroll.sync.protocol import (
    MAX_RESEND_RECORDS,
    PullAnswer,
    RecordResult,
    SignedReferencePackage,
)
from bpu_enroll.sync.reference_packages import package_file_name, set_digest

PULL_LIMIT = 1000
STATES = ("accepted", "duplicate", "rejected", "pending_review", "voided")


def pull(
    session: Session,
    *,
    device: Device,
    cursor: int,
    extended: bool = True,
    refs: str | None = None,
    resend: bool = False,
    sequence: bool = False,
) -> PullAnswer:
    """The device's record decisions after `cursor` (at most `PULL_LIMIT`), roster, versions;
    `extended` adds the protocol's later fields (notes, reasons' text, retention days, the
    signed reference packages), `resend` (`v=3`) the ids of this device's records the branch
    asks again (`store.wanted`: damaged at the branch, repaired by the copies sent), `sequence`
    (`v=4`) the highest receipt sequence of this device the branch received."""
    rows = session.exec(
        select(Record)
        .where(Record.device_id == device.id, col(Record.decision_seq) > cursor)
        .order_by(col(Record.decision_seq))
        .limit(PULL_LIMIT)
    ).all()
    next_cursor = rows[-1].decision_seq if rows else cursor
    revoked = session.exec(
        select(Device.code).where(col(Device.revoked_at).is_not(None)).order_by(col(Device.code))
    ).all()
    decisions = [result_of(row, row.state) for row in rows]
    if extended:
        notes = _notes(session, [row.id for row in rows])
        decisions = [_with_words(result, notes.get(result.id)) for result in decisions]
    return PullAnswer(
        cursor=next_cursor,
        decisions=decisions,
        roster=[roster_entry(o) for o in list_officers(session) if _field_officer(o)],
        revoked_devices=list(revoked),
        reference_data=reference_versions(),
        retention_days=retention_days(session) if extended else None,
        reference_packages=_packages(session, refs) if extended else None,
        resend=asked_of(session, device.id, MAX_RESEND_RECORDS) if resend and device.id else None,
        last_sequence=device.last_sequence if sequence else None,
    )


def _packages(session: Session, refs: str | None) -> list[SignedReferencePackage]:
    """Every published package, or none when the laptop's `refs` says it holds them all."""
    packages = published_packages(session)
    names = [package_file_name(p.package) for p in packages]
    return [] if refs is not None and refs == set_digest(names) else packages


def _field_officer(officer: Officer) -> bool:
    """Only field officers are provisioned to laptops; staff sign in at a workstation."""
    return officer.role == "officer"


def _notes(session: Session, ids: list[str]) -> dict[str, str]:
    """The clerk's note of each decided record among `ids` (non-empty notes only)."""
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        rows = session.exec(
            select(Review.record_id, Review.note).where(col(Review.record_id).in_(part))
        ).all()
        notes = {rid: open_note(session, note) for rid, note in rows if note}
        found.update({rid: note for rid, note in notes.items() if note.strip()})
    return found


def _with_words(result: RecordResult, note: str | None) -> RecordResult:
    """A decision with the clerk's note and the reasons in words (Indonesian, the branch's)."""
    text = " ".join(message(code, "id") for code in result.reasons) if result.reasons else None
    return result.model_copy(update={"note": note, "reason_text": text})


def status(session: Session) -> dict[str, Any]:
    """Each received registration counted once by its state, plus conflicts, batches, devices."""
    counts = dict(
        session.exec(select(Record.state, func.count()).group_by(col(Record.state))).all()
    )
    registrations: dict[str, int] = {state: int(counts.get(state, 0)) for state in STATES}
    registrations["conflict"] = int(
        session.exec(select(func.count(col(Conflict.record_id).distinct()))).one()
    )
    batches = int(session.exec(select(func.count()).select_from(Batch)).one())
    devices = int(
        session.exec(
            select(func.count()).select_from(Device).where(col(Device.revoked_at).is_(None))
        ).one()
    )
    gaps = int(session.exec(select(func.count()).select_from(SequenceGap)).one())
    ordered = {
        key: registrations[key]
        for key in ("accepted", "duplicate", "rejected", "conflict", "pending_review", "voided")
    }
    return {"registrations": ordered, "batches": batches, "devices": devices, "sequence_gaps": gaps}
