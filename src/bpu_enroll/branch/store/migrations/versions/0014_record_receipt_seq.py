"""A receipt number's sequence is held by one record of a laptop: the branch keeps
each record's per-device sequence (`branch_record.receipt_seq`, indexed with the device) so that
every chunk can ask, under the decision lock, whether another registration of the laptop already
holds it (`device.reused_receipts`). The sequence, not the whole number, because the number's
date part follows the laptop's clock: a laptop restored from an old backup gives the same
sequences again on later days.

Records held before this revision get their sequence here, read from the receipt number as
`judge.receipt_sequence` reads it (None when the number is not the sending laptop's). On
PostgreSQL the table is analysed at the end: until it is, the planner does not know the new
column and reads every record of the laptop for each chunk's check.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 16:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 1000


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("branch_record", sa.Column("receipt_seq", sa.BigInteger(), nullable=True))
    _fill_sequences()
    op.create_index(
        "ix_branch_record_device_receipt_seq", "branch_record", ["device_id", "receipt_seq"]
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ANALYZE branch_record")


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_branch_record_device_receipt_seq", table_name="branch_record")
    op.drop_column("branch_record", "receipt_seq")


def _fill_sequences() -> None:
    bind = op.get_bind()
    branch = bind.execute(sa.text("SELECT code FROM branch_info")).scalar()
    if branch is None:  # an empty database: no record either
        return
    rows = bind.execute(
        sa.text(
            "SELECT r.id, r.receipt_no, d.code FROM branch_record r "
            "JOIN branch_device d ON d.id = r.device_id"
        )
    ).all()
    found = [
        {"rid": rid, "seq": seq}
        for rid, receipt_no, device in rows
        if (seq := _sequence(receipt_no, branch, device)) is not None
    ]
    update = sa.text("UPDATE branch_record SET receipt_seq = :seq WHERE id = :rid")
    for start in range(0, len(found), _BATCH):
        bind.execute(update, found[start : start + _BATCH])


def _sequence(receipt_no: str, branch: str, device: str) -> int | None:
    """`{branch}-{device}-{YYYYMMDD}-{seq}`'s sequence, as `judge.receipt_sequence` reads it
    (kept here as it is today: a revision does not change with the code)."""
    parts = receipt_no.split("-")
    if len(parts) != 4 or parts[0] != branch or parts[1] != device:
        return None
    day, seq = parts[2], parts[3]
    if not (len(day) == 8 and day.isdigit() and seq.isdigit() and 0 < len(seq) <= 9):
        return None
    return int(seq)
