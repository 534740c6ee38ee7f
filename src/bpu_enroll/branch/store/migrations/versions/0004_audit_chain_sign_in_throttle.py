"""The branch audit log becomes a hash chain; failed staff sign-ins are counted for lockout.

Each `branch_audit` row gets `prev_hash` (the hash of the row before it, "" for the first) and
`entry_hash` (SHA-256 of that and the row's own fields, `branch.store.audit_chain`). Rows already
there are chained in id order here. `branch_sign_in_throttle` counts failed staff sign-ins per
user name and per client address, and how long each is locked.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bpu_enroll.branch.store.audit_chain import entry_hash

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("branch_audit") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("entry_hash", sa.String(64), nullable=False, server_default=""))
    audit = sa.table(
        "branch_audit",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("subject", sa.String),
        sa.column("detail", sa.Text),
        sa.column("prev_hash", sa.String),
        sa.column("entry_hash", sa.String),
    )
    bind = op.get_bind()
    rows = bind.execute(sa.select(audit).order_by(audit.c.id)).all()
    previous = ""
    for row in rows:
        current = entry_hash(
            previous, at=row.at, actor=row.actor, action=row.action, subject=row.subject,
            detail=row.detail,
        )  # fmt: skip
        bind.execute(
            audit.update()
            .where(audit.c.id == row.id)
            .values(prev_hash=previous, entry_hash=current)
        )
        previous = current
    op.create_table(
        "branch_sign_in_throttle",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_failure_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("branch_sign_in_throttle")
    with op.batch_alter_table("branch_audit") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
