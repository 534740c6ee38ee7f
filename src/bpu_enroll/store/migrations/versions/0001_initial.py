"""The first tables: profile, officers, registrations, receipt sequence, drafts, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-03-17
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATUS_CHECK = "status IN ('draft', 'final', 'sent', 'accepted', 'duplicate', 'rejected')"


def upgrade() -> None:
    """Create every table of the first version of the store."""
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_code", sa.String(), nullable=False),
        sa.Column("branch_name", sa.String(), nullable=False),
        sa.Column("province_code", sa.String(), nullable=False),
        sa.Column("device_code", sa.String(), nullable=False),
        sa.Column("device_signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("server_url", sa.String(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "officer",
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("username"),
    )
    _create_registration()
    op.create_table(
        "receipt_sequence",
        sa.Column("device", sa.String(), nullable=False),
        sa.Column("next_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("device"),
    )
    op.create_table(
        "draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("officer", sa.String(), nullable=False),
        sa.Column("data_json", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_draft_officer", "draft", ["officer"])
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=True),
        sa.Column("details_json", sa.String(), nullable=False),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("hash", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )


def _create_registration() -> None:
    text_columns = (
        "nik", "name_key", "full_name", "village_code", "occupation_code", "sector",
    )  # fmt: skip
    op.create_table(
        "registration",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.String(), nullable=True),
        sa.Column("superseded_by_id", sa.String(), nullable=True),
        sa.Column("receipt_number", sa.String(), nullable=False),
        sa.Column("officer", sa.String(), nullable=False),
        sa.Column("device", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("voided", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.String(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("voided_by", sa.String(), nullable=True),
        *(sa.Column(name, sa.String(), nullable=False) for name in text_columns),
        sa.Column("work_location", sa.String(), nullable=True),
        sa.Column("gender", sa.String(), nullable=False),
        sa.Column("programs", sa.String(), nullable=False),
        sa.Column("data_json", sa.String(), nullable=False),
        sa.Column("quote_json", sa.String(), nullable=False),
        sa.Column("rule_version", sa.String(), nullable=False),
        sa.Column("total_quoted", sa.Integer(), nullable=False),
        sa.Column("months_paid", sa.Integer(), nullable=False),
        sa.Column("cash_paid", sa.Integer(), nullable=True),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("kpj", sa.String(), nullable=True),
        sa.Column("reject_codes", sa.String(), nullable=True),
        sa.Column("reprint_count", sa.Integer(), nullable=False),
        sa.CheckConstraint(STATUS_CHECK, name="ck_registration_status"),
        sa.ForeignKeyConstraint(["supersedes_id"], ["registration.id"]),
        sa.ForeignKeyConstraint(["superseded_by_id"], ["registration.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ux_registration_receipt_number", "registration", ["receipt_number"], unique=True
    )
    op.create_index("ix_registration_nik", "registration", ["nik"])
    op.create_index("ix_registration_name_key", "registration", ["name_key"])
    op.create_index("ix_registration_created_at", "registration", ["created_at"])
    op.create_index("ix_registration_status_created", "registration", ["status", "created_at"])


def downgrade() -> None:
    """Drop every table (the store becomes empty)."""
    for table in ("audit_log", "draft", "receipt_sequence", "registration", "officer", "profile"):
        op.drop_table(table)
