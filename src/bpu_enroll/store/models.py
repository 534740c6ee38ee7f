"""The laptop store's tables (SQLModel over SQLCipher).

The tables live on their own SQLAlchemy registry (`StoreModel.metadata`), apart from
`SQLModel.metadata`, so the branch server's tables can never collide with them. The schema is
created and changed only by the Alembic migrations in `store/migrations/`; a test checks that
the migrations and these classes agree.

Moments are timezone-aware UTC `datetime`s (stored as naive UTC text, which sorts correctly).
Indexes are chosen so that, among a million rows, a name prefix search (`name_key >= :q AND
name_key < :q_next`), a NIK lookup, a receipt number lookup and the status counts are index
range scans.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import CheckConstraint, Column, DateTime, Index, LargeBinary
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import registry
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

REGISTRATION_STATUSES = ("draft", "final", "sent", "accepted", "duplicate", "rejected")
ROLES = ("officer", "clerk", "supervisor", "admin")


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC `datetime`, stored as naive UTC; naive input is refused."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Aware → naive UTC for storage."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        """Stored naive UTC → aware UTC."""
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


def _utc_column(*, nullable: bool = False, index: bool = False) -> Any:
    return Field(sa_column=Column(UtcDateTime(), nullable=nullable, index=index))


class StoreModel(SQLModel, registry=registry()):
    """Base of the laptop store's tables, on its own metadata."""


class Profile(StoreModel, table=True):
    """The one row describing this laptop: branch, device and its signing key, sync state."""

    __tablename__ = "profile"

    id: int = Field(default=1, primary_key=True)
    branch_code: str
    branch_name: str
    province_code: str
    device_code: str
    device_signing_key: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = _utc_column()
    server_url: str | None = None
    last_sync_at: datetime | None = _utc_column(nullable=True)


class Officer(StoreModel, table=True):
    """A mirror of the keyring roster, for names and roles inside the store."""

    __tablename__ = "officer"

    username: str = Field(primary_key=True)
    display_name: str
    role: str
    active: bool = True


class Registration(StoreModel, table=True):
    """One version of one worker's registration, with its receipt number and sync state."""

    __tablename__ = "registration"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'final', 'sent', 'accepted', 'duplicate', 'rejected')",
            name="ck_registration_status",
        ),
        Index("ix_registration_status_created", "status", "created_at"),
        Index("ux_registration_receipt_number", "receipt_number", unique=True),
    )

    id: str = Field(primary_key=True, max_length=36)
    version: int = 1
    supersedes_id: str | None = Field(default=None, foreign_key="registration.id", index=True)
    superseded_by_id: str | None = Field(default=None, foreign_key="registration.id", index=True)
    receipt_number: str
    officer: str
    device: str
    created_at: datetime = _utc_column(index=True)
    updated_at: datetime = _utc_column()
    status: str = "final"
    voided: bool = False
    void_reason: str | None = None
    voided_at: datetime | None = _utc_column(nullable=True)
    voided_by: str | None = None
    # When the branch acknowledged holding this record as voided. A voided record with none
    # goes out again at every sync until then: a void made after the record was sent travels
    # this way (`sync.laptop_store`).
    void_sent_at: datetime | None = _utc_column(nullable=True)
    nik: str = Field(index=True)
    name_key: str = Field(index=True)
    full_name: str
    village_code: str
    occupation_code: str
    sector: str
    work_location: str | None = None
    gender: str
    programs: str
    data_json: str
    quote_json: str
    rule_version: str
    total_quoted: int
    months_paid: int
    cash_paid: int | None = None
    content_hash: str
    kpj: str | None = None
    reject_codes: str | None = None
    reprint_count: int = 0
    # What the branch said with its decision: the clerk's note, the reasons' text.
    branch_note: str | None = None
    branch_reason_text: str | None = None
    # When the laptop learned the branch accepted it or confirmed a duplicate (retention clock).
    settled_at: datetime | None = _utc_column(nullable=True)
    # When the retention rule removed its personal fields (`services.retention`).
    purged_at: datetime | None = _utc_column(nullable=True)


class ReceiptSequence(StoreModel, table=True):
    """The next receipt sequence value of one device; never goes back."""

    __tablename__ = "receipt_sequence"

    device: str = Field(primary_key=True)
    next_value: int = 1


class Draft(StoreModel, table=True):
    """An unfinished registration form, saved as typed (no receipt number)."""

    __tablename__ = "draft"

    id: str = Field(primary_key=True, max_length=36)
    officer: str = Field(index=True)
    data_json: str
    updated_at: datetime = _utc_column()


class AuditEntry(StoreModel, table=True):
    """One hash-chained audit log entry; never holds a NIK or phone number in clear."""

    __tablename__ = "audit_log"

    seq: int | None = Field(default=None, primary_key=True)
    at: datetime = _utc_column()
    actor: str
    action: str
    subject: str | None = None
    details_json: str
    prev_hash: str
    hash: str
