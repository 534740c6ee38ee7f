"""Laptop reports: each laptop's last report (pending count) and its daily tallies per day.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 22:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "branch_laptop_report",
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("generated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pending", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["branch_device.id"]),
        sa.PrimaryKeyConstraint("device_id"),
    )
    op.create_table(
        "branch_laptop_tally",
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("generated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tally_hash", sa.String(length=64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["branch_device.id"]),
        sa.PrimaryKeyConstraint("device_id", "day"),
    )
    op.create_index("ix_branch_laptop_tally_day", "branch_laptop_tally", ["day"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index("ix_branch_laptop_tally_day", table_name="branch_laptop_tally")
    op.drop_table("branch_laptop_tally")
    op.drop_table("branch_laptop_report")
