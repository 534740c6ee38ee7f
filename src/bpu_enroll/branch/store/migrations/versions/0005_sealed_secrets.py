"""Secrets outside the database: sealed private keys, the recovery public key, the key envelope,
and the NIK of a participant kept only as its keyed hash (`branch_participant.nik_hash`).

`branch_info.sealed_secrets` holds the branch's private keys sealed with its data key;
`branch_info.recovery_public_key` the public half of the recovery key pair; on PostgreSQL
`branch_key_envelope` holds the data key wrapped by the master key (on SQLite the envelope is
the `.keys` file beside the database, which cannot hold its own key; the table stays empty).
Private keys of a branch made before this revision are sealed, and their clear columns emptied,
the first time a command opens the branch with its master key (`roster.branch_secrets`).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("branch_info") as batch:
        batch.add_column(sa.Column("sealed_secrets", sa.Text(), nullable=True))
        batch.add_column(sa.Column("recovery_public_key", sa.String(length=100), nullable=True))
    # The NIK is kept only as its keyed hash (HMAC-SHA256 hex). Its key comes from the master
    # key, which a migration does not have: a branch made before this revision has no key
    # envelope and is refused by `open_branch` (`BRANCH_DB_PLAIN`), so its rows are never read.
    with op.batch_alter_table("branch_participant") as batch:
        batch.alter_column(
            "nik",
            new_column_name="nik_hash",
            existing_type=sa.String(length=16),
            type_=sa.String(length=64),
            existing_nullable=False,
        )
    op.create_table(
        "branch_key_envelope",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("envelope", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("branch_key_envelope")
    with op.batch_alter_table("branch_participant") as batch:
        batch.alter_column(
            "nik_hash",
            new_column_name="nik",
            existing_type=sa.String(length=64),
            type_=sa.String(length=16),
            existing_nullable=False,
        )
    with op.batch_alter_table("branch_info") as batch:
        batch.drop_column("recovery_public_key")
        batch.drop_column("sealed_secrets")
