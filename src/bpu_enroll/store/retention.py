"""Retention (UU 27/2022): personal fields of records the branch has settled leave the laptop.

`purge_personal_data(store, now=…, days=N)` removes, in one transaction, the worker's personal
fields — name, NIK, birth place and date, phone, e-mail, address, KK number, and the business
name (it often names the worker) — from:

- records the branch accepted or confirmed as duplicates (`settled_at`, the moment the laptop
  learned it) more than N days ago;
- voided receipts whose void the branch has acknowledged (`void_sent_at`: a record voided after
  it was sent still goes out until then), voided more than N days ago, but not a void the branch
  refused (`VOID_CONFLICT`: it holds another version of the record, and the officer must still
  settle that with the branch, who may ask what this laptop wrote);
- earlier versions of a corrected record, once the version that replaced them is purged.

A rejected record that still needs the officer keeps its data (the officer must correct it);
once corrected or voided it follows the rules above. What stays: ids, receipt number, KPJ,
amounts and quote, dates, officer, device, occupation, work location, gender, programmes and
states, so the laptop's daily tallies do not change. `purged_at` marks the row; the list shows
no name and a reprint is refused (`RECORD_PURGED`: the branch can print it).

No deleted text is left in the file: every store connection runs with `secure_delete` on (freed
space is zeroed) and the write-ahead log is checkpointed and truncated after the purge. Copies
made before a schema migration (`backups/`) older than N days are deleted too. The caller
audits the counts (`PurgeCounts.to_dict()`), never the data.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session, col, or_, select

from bpu_enroll.domain.errors import VOID_CONFLICT
from bpu_enroll.store.db import BACKUP_DIR, Store
from bpu_enroll.store.models import Registration
from bpu_enroll.store.repo import canonical_json

PERSONAL_KEYS = (
    "nik",
    "full_name",
    "birth_place",
    "birth_date",
    "phone",
    "email",
    "address",
    "kk_number",
    "business_name",
)
SETTLED = ("accepted", "duplicate")


@dataclass
class PurgeCounts:
    """How many records (by rule) and migration backups one purge removed data from."""

    settled: int = 0
    voided: int = 0
    superseded: int = 0
    backups: int = 0

    @property
    def records(self) -> int:
        """Records purged, every rule together."""
        return self.settled + self.voided + self.superseded

    def to_dict(self) -> dict[str, int]:
        """The audit entry's details (counts only)."""
        return {**asdict(self), "records": self.records}


def purge_personal_data(store: Store, *, now: datetime, days: int) -> PurgeCounts:
    """Apply the retention rule of the module text as of `now`; the counts."""
    cutoff = now - timedelta(days=days)
    counts = PurgeCounts()
    with store.session() as session:
        settled = session.exec(
            select(Registration).where(
                col(Registration.purged_at).is_(None),
                col(Registration.status).in_(SETTLED),
                col(Registration.settled_at) <= cutoff,
            )
        ).all()
        counts.settled = _strip_all(session, settled, now)
        voided = session.exec(
            select(Registration).where(
                col(Registration.purged_at).is_(None),
                Registration.voided == True,  # noqa: E712 - SQL comparison
                col(Registration.void_sent_at).is_not(None),  # the branch has the void
                col(Registration.voided_at) <= cutoff,
                or_(  # and did not refuse it
                    col(Registration.reject_codes).is_(None),
                    ~col(Registration.reject_codes).contains(f'"{VOID_CONFLICT}"'),
                ),
            )
        ).all()
        counts.voided = _strip_all(session, voided, now)
        purged = {row.id for row in (*settled, *voided)}
        while purged:
            older = session.exec(
                select(Registration).where(
                    col(Registration.purged_at).is_(None),
                    or_(
                        *[col(Registration.superseded_by_id).in_(_ids) for _ids in _slices(purged)]
                    ),
                )
            ).all()
            counts.superseded += _strip_all(session, older, now)
            purged = {row.id for row in older}
    if counts.records:
        _checkpoint(store)
    counts.backups = _drop_old_backups(store.data_dir, cutoff)
    return counts


def _strip_all(session: Session, rows: Sequence[Registration], now: datetime) -> int:
    for row in rows:
        _strip(row, now)
        session.add(row)
    session.flush()
    return len(rows)


def _strip(row: Registration, now: datetime) -> None:
    data = json.loads(row.data_json)
    for key in PERSONAL_KEYS:
        if key in data:
            data[key] = None
    row.data_json = canonical_json(data)
    row.nik = ""
    row.full_name = ""
    row.name_key = ""
    row.village_code = ""
    row.purged_at = now


def _slices(ids: set[str], size: int = 500) -> list[list[str]]:
    ordered = sorted(ids)
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def _checkpoint(store: Store) -> None:
    """Fold the write-ahead log into the file and truncate it: old page images go too."""
    with store.cursor(write=False) as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def _drop_old_backups(data_dir: Path, cutoff: datetime) -> int:
    folder = Path(data_dir) / BACKUP_DIR
    if not folder.is_dir():
        return 0
    dropped = 0
    for path in folder.glob("store-*.db"):
        made = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        if made <= cutoff:
            path.unlink(missing_ok=True)
            dropped += 1
    return dropped
