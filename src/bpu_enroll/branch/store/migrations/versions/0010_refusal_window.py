"""Audited refusals bounded: `branch_refusal_window` counts the refusals nobody signed in for
(a revoked laptop, a forged signature, a wrong enrolment code, a locked sign-in) per client
address, per device code and in all, in a window of a minute (`store.refusal_bound`).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 23:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "branch_refusal_window",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("audited", sa.Integer(), nullable=False),
        sa.Column("suppressed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("branch_refusal_window")
