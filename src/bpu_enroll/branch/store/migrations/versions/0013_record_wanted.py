"""Damaged records asked again over the network: `branch_record_wanted` holds each record whose
stored payload `bpu-branch check` found damaged, until the laptop that sent it sends its copy
at its next sync (`device.repair`) or answers that it no longer holds it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 12:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "branch_record_wanted",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("noted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["device_id"], ["branch_device.id"]),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index(
        op.f("ix_branch_record_wanted_device_id"),
        "branch_record_wanted",
        ["device_id"],
        unique=False,
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(op.f("ix_branch_record_wanted_device_id"), table_name="branch_record_wanted")
    op.drop_table("branch_record_wanted")
