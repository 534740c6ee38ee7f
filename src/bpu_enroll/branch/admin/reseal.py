"""`bpu-branch reseal`: seal on PostgreSQL what rows stored before a field was sealed keep in
clear.

The business name, an occupation typed in free text and the declared income joined the sealed
fields late (`fields.PERSONAL_FIELDS`), a clerk's note was sealed after them
(`fields.seal_note`), and staff names last (`fields.seal_name`: the roster's full names and the
officers' names in the laptops' tallies): records, conflicts, notes, roster entries and tallies
stored before keep them in clear, readable in a `pg_dump`. This walks every record, conflict,
decision, officer and laptop tally once, by primary key, and seals what is still in clear
(`fields.reseal_payload`, `note_in_clear`, `name_in_clear`, `tally_in_clear`). User names stay
in clear: they are the roster's key and the actor of every audit line.

- **Bounded.** One transaction per `BATCH` rows, their rows locked (`FOR UPDATE`) while they are
  rewritten, so a running server waits at most for one batch.
- **Safe to stop.** A batch is committed whole or not at all, and both forms are read by every
  reader, so a run cut off (kill, power) leaves a branch that works; the next run finishes.
- **Idempotent.** What is sealed is told from what is not by its shape, so a second run
  changes 0 rows.
- **Audited.** A run that sealed anything leaves one `fields_resealed` line with its counts.
- **Damage left as it is.** A row it must open to seal (a record or conflict with fields in
  clear beside a sealed part, a tally in clear) that does not open or read (`bpu-branch check`'s
  damage) is neither rewritten nor dropped nor counted as sealed: the walk goes on with the
  other rows, and the run names it (`damaged`: a record by its receipt number, masked when not
  of a laptop's shape, and id; a tally by laptop and day), counts it in its audit line
  (`records_damaged`, …) and is answered `RESEAL_DAMAGED_KEPT` with exit 1; `check` still finds
  it, its repair (`check`, the laptop's copy) works as before, and a run after the repair
  seals it. A row whose sealed part alone is damaged, with nothing in clear, is not opened
  (nothing to seal): only `check` finds it.

On SQLite there is nothing to do: the whole file is encrypted (SQLCipher). `key adopt` runs the
same walk (`reseal_rows`) on a branch of 0.1.0, so nothing is left for a `reseal` after it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, tuple_
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import branch_info
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.fields import (
    UNREADABLE_ERRORS,
    name_in_clear,
    note_in_clear,
    open_tally,
    reseal_payload,
    seal_name,
    seal_note,
    seal_tally,
    seals_fields,
    tally_in_clear,
)
from bpu_enroll.branch.store.laptop_reports import LaptopTallyRow
from bpu_enroll.branch.store.models import Conflict, Device, Officer, Record, Review
from bpu_enroll.branch.store.receipts import shown_receipt

BATCH = 500


@dataclass(frozen=True)
class Resealed:
    """What a run sealed (counts only: no NIK, no name), and whether fields are sealed here."""

    sealed_engine: bool
    records: int = 0
    conflicts: int = 0
    notes: int = 0
    staff_names: int = 0
    laptop_tallies: int = 0
    damaged: tuple[dict[str, str], ...] = ()  # rows that did not open: left as they are

    @property
    def changed(self) -> int:
        """The rows this run rewrote."""
        return self.records + self.conflicts + self.notes + self.staff_names + self.laptop_tallies

    def to_dict(self) -> dict[str, object]:
        """The `--json` document."""
        return {
            "fields_sealed_here": self.sealed_engine,
            "records": self.records,
            "conflicts": self.conflicts,
            "notes": self.notes,
            "staff_names": self.staff_names,
            "laptop_tallies": self.laptop_tallies,
            "damaged": list(self.damaged),
        }

    def damaged_counts(self) -> dict[str, int]:
        """The damaged rows left as they are, by kind, for the audit line (none: empty)."""
        counts: dict[str, int] = {}
        for item in self.damaged:
            key = f"{item['kind']}s_damaged"
            counts[key] = counts.get(key, 0) + 1
        return counts


def reseal_branch(engine: Engine, *, actor: str, batch: int | None = None) -> Resealed:
    """Seal every personal field, note and staff name still in clear (see the module text),
    `batch` rows a transaction (`BATCH` by default)."""
    with Session(engine) as session:
        if not seals_fields(session):
            return Resealed(sealed_engine=False)
        code = branch_info(session).code
        session.commit()  # no transaction held while walking
        done = reseal_rows(session, batch=batch)
        if done.changed or done.damaged:
            detail: dict[str, object] = {
                k: v
                for k, v in done.to_dict().items()
                if k not in {"fields_sealed_here", "damaged"}
            }
            detail.update(done.damaged_counts())
            audit_chain.append(
                session, actor=actor, action="fields_resealed", subject=code, detail=detail
            )
            session.commit()
        return done


def reseal_rows(session: Session, *, batch: int | None = None) -> Resealed:
    """The walk of `reseal_branch` in `session`, without its audit line: also the last step of
    `key adopt` (`adopt.py`), which writes its own."""
    if not seals_fields(session):
        return Resealed(sealed_engine=False)
    batch = batch or BATCH
    damaged: list[_Damaged] = []
    records = _walk(session, Record, (col(Record.id),), _payload_fixer, batch, damaged)
    conflicts = _walk(session, Conflict, (col(Conflict.id),), _payload_fixer, batch, damaged)
    notes = _walk(session, Review, (col(Review.record_id),), _note_fixer, batch, damaged)
    officers = _walk(session, Officer, (col(Officer.username),), _name_fixer, batch, damaged)
    tally_key = (col(LaptopTallyRow.device_id), col(LaptopTallyRow.day))
    tallies = _walk(session, LaptopTallyRow, tally_key, _tally_fixer, batch, damaged)
    named = tuple(_named(session, row) for row in damaged)
    session.commit()
    return Resealed(True, records, conflicts, notes, officers, tallies, named)


@dataclass(frozen=True)
class _Damaged:
    """A row the walk could not open, as plain values (its batch is committed after)."""

    kind: str  # record, conflict, tally
    device_id: int | None
    record_id: str = ""
    day: str = ""


def _damaged_of(row: Any) -> _Damaged:
    if isinstance(row, LaptopTallyRow):
        return _Damaged("tally", row.device_id, day=row.day)
    if isinstance(row, Record):
        return _Damaged("record", row.device_id, row.id)
    return _Damaged("conflict", row.device_id, row.record_id)


def _named(session: Session, found: _Damaged) -> dict[str, str]:
    """A damaged row as the run names it, as `check` does: never its content (a record's
    receipt number masked when not of a laptop's shape)."""
    device = session.get(Device, found.device_id) if found.device_id is not None else None
    code = device.code if device is not None else ""
    if found.kind == "tally":
        return {"kind": "tally", "device": code, "date": found.day}
    record = session.get(Record, found.record_id)
    return {
        "kind": found.kind,
        "id": found.record_id,
        "receipt_no": shown_receipt(record.receipt_no) if record is not None else "",
        "device": code,
        "date": record.registration_date if record is not None else "",
    }


Fixer = Callable[[Session, Any], bool]


def _payload_fixer(session: Session, row: Record | Conflict) -> bool:
    sealed = reseal_payload(session, row.payload)
    if sealed is None:
        return False
    row.payload = sealed
    return True


def _note_fixer(session: Session, row: Review) -> bool:
    if not note_in_clear(session, row.note):
        return False
    row.note = seal_note(session, row.note)
    return True


def _name_fixer(session: Session, row: Officer) -> bool:
    if not name_in_clear(session, row.name):
        return False
    row.name = seal_name(session, row.name)
    return True


def _tally_fixer(session: Session, row: LaptopTallyRow) -> bool:
    if not tally_in_clear(session, row.document):
        return False
    row.document = seal_tally(session, json.dumps(open_tally(session, row.document)))
    return True


def _walk(  # noqa: PLR0917 - the walk's parts
    session: Session,
    model: Any,
    keys: tuple[Any, ...],
    fix: Fixer,
    batch: int,
    damaged: list[_Damaged],
) -> int:
    """Visit `model`'s rows `batch` at a time in the order of its primary key `keys`, each batch
    one transaction with its rows locked; the number of rows `fix` changed. A row `fix` cannot
    open is left as it is and added to `damaged` (detached), the others of its batch sealed."""
    changed = 0
    last: Any = None
    while True:
        statement = select(model).order_by(*keys).limit(batch).with_for_update()
        if last is not None:
            statement = statement.where(tuple_(*keys) > tuple_(*last))
        rows = list(session.exec(statement))
        if not rows:
            session.commit()
            return changed
        for row in rows:
            try:
                fixed = fix(session, row)
            except UNREADABLE_ERRORS:
                damaged.append(_damaged_of(row))
                continue
            if fixed:
                session.add(row)
                changed += 1
        last = tuple(getattr(rows[-1], key.key) for key in keys)
        session.commit()
