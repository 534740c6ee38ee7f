"""A member of staff's full name is sealed on PostgreSQL (`fields.seal_name`): the roster's
`branch_officer.name` column takes a sealed name, the marker and the base64 of a box holding up
to 100 characters of UTF-8 (7 + 4 * ceil((24 + 16 + 400) / 3) = 595). A name stays 1 to 100
characters as typed (`roster.add_officer` checks it). Names stored before stay in clear until
`bpu-branch reseal`; every reader opens both forms.

Only PostgreSQL is altered: SQLite seals no name (the file is encrypted whole) and does not
hold a text to its declared length, and altering a column there copies the table, which the
foreign keys of a branch in use (sessions, decisions) refuse.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.alter_column(
        "branch_officer",
        "name",
        existing_type=sa.String(length=100),
        type_=sa.String(length=600),
        existing_nullable=False,
    )


def downgrade() -> None:
    """Revert this revision (a sealed name does not fit: run it only on names in clear)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.alter_column(
        "branch_officer",
        "name",
        existing_type=sa.String(length=600),
        type_=sa.String(length=100),
        existing_nullable=False,
    )
