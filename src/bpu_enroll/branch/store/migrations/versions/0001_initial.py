"""Initial branch schema: branch, officers, devices, batches, records, participants.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 19:02:15.368205
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""

    op.create_table(
        "branch_counter",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "branch_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_sequence", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
        sa.UniqueConstraint("public_key"),
    )
    op.create_table(
        "branch_info",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("province", sa.String(length=2), nullable=False),
        sa.Column("signing_key", sa.String(length=100), nullable=False),
        sa.Column("encryption_key", sa.String(length=100), nullable=False),
        sa.Column("tls_cert_pem", sa.Text(), nullable=False),
        sa.Column("tls_key_pem", sa.Text(), nullable=False),
        sa.Column("tls_fingerprint", sa.String(length=100), nullable=False),
        sa.Column("kpj_first", sa.BigInteger(), nullable=False),
        sa.Column("kpj_last", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "branch_officer",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("verifier", sa.Text(), nullable=False),
        sa.Column("salt", sa.String(length=100), nullable=False),
        sa.Column("kdf", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("username"),
    )
    op.create_table(
        "branch_participant",
        sa.Column("kpj", sa.String(length=11), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kpj"),
        sa.UniqueConstraint("nik"),
    )
    op.create_table(
        "branch_batch",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.String(length=100), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("via", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["branch_device.id"],
        ),
        sa.PrimaryKeyConstraint("batch_id"),
    )
    with op.batch_alter_table("branch_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_branch_batch_device_id"), ["device_id"], unique=False)

    op.create_table(
        "branch_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["branch_device.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", "content_hash"),
    )
    with op.batch_alter_table("branch_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_branch_conflict_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "branch_enrol_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("device_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["branch_device.id"],
        ),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "branch_nonce",
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.String(length=64), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["branch_device.id"],
        ),
        sa.PrimaryKeyConstraint("device_id", "nonce"),
    )
    with op.batch_alter_table("branch_nonce", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_branch_nonce_seen_at"), ["seen_at"], unique=False)

    op.create_table(
        "branch_record",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("receipt_no", sa.String(length=64), nullable=False),
        sa.Column("officer", sa.String(length=64), nullable=False),
        sa.Column("registration_date", sa.String(length=10), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("kpj", sa.String(length=11), nullable=True),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("supersedes", sa.String(length=36), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decision_seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["branch_device.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("branch_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_branch_record_device_decision", ["device_id", "decision_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_branch_record_state"), ["state"], unique=False)

    op.create_table(
        "branch_sequence_gap",
        sa.Column("device_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("noticed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"],
            ["branch_device.id"],
        ),
        sa.PrimaryKeyConstraint("device_id", "sequence"),
    )
    op.create_table(
        "branch_batch_entry",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["branch_batch.batch_id"],
        ),
        sa.PrimaryKeyConstraint("batch_id", "record_id"),
    )


def downgrade() -> None:
    """Revert this revision."""

    op.drop_table("branch_batch_entry")
    op.drop_table("branch_sequence_gap")
    with op.batch_alter_table("branch_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_branch_record_state"))
        batch_op.drop_index("ix_branch_record_device_decision")

    op.drop_table("branch_record")
    with op.batch_alter_table("branch_nonce", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_branch_nonce_seen_at"))

    op.drop_table("branch_nonce")
    op.drop_table("branch_enrol_code")
    with op.batch_alter_table("branch_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_branch_conflict_record_id"))

    op.drop_table("branch_conflict")
    with op.batch_alter_table("branch_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_branch_batch_device_id"))

    op.drop_table("branch_batch")
    op.drop_table("branch_participant")
    op.drop_table("branch_officer")
    op.drop_table("branch_info")
    op.drop_table("branch_device")
    op.drop_table("branch_counter")
