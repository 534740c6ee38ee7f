"""The branch server's tables (SQLModel), the same on SQLite and PostgreSQL.

The schema is created and upgraded by Alembic (`branch/store/migrations/`), never by `create_all` in
production code. Times are timezone-aware UTC. The branch keeps the worker's data because it is
the office that processes registrations; NIK and phone still never reach a log.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """The current moment, UTC, timezone-aware."""
    return datetime.now(UTC)


class BranchInfo(SQLModel, table=True):
    """The one row describing this branch: identity, keys, certificate, KPJ range."""

    __tablename__ = "branch_info"

    id: int = Field(default=1, primary_key=True)
    code: str = Field(max_length=16)
    name: str = Field(max_length=100)
    province: str = Field(max_length=2)
    # Before revision 0005 the private keys were kept here in clear; they are now "" and live
    # only in `sealed_secrets` (vault.seal_secrets, sealed with the branch's data key).
    signing_key: str = Field(default="", max_length=100)
    encryption_key: str = Field(default="", max_length=100)
    tls_cert_pem: str = Field(sa_column=Column(Text, nullable=False))
    tls_key_pem: str = Field(default="", sa_column=Column(Text, nullable=False))
    sealed_secrets: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    # X25519 public half of the recovery key pair (its private half is in the branch head's safe)
    recovery_public_key: str | None = Field(default=None, max_length=100)
    tls_fingerprint: str = Field(max_length=100)
    kpj_first: int = Field(sa_column=Column(BigInteger, nullable=False))
    kpj_last: int = Field(sa_column=Column(BigInteger, nullable=False))
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class Counter(SQLModel, table=True):
    """A named counter taken under a row lock (the KPJ allocator)."""

    __tablename__ = "branch_counter"

    name: str = Field(primary_key=True, max_length=32)
    value: int = Field(sa_column=Column(BigInteger, nullable=False))


class Officer(SQLModel, table=True):
    """A roster entry: the laptop's KDF output (public key + verifier), never a password."""

    __tablename__ = "branch_officer"

    username: str = Field(primary_key=True, max_length=64)
    # Up to 100 characters as typed; sealed on PostgreSQL (`fields.seal_name`, `officer_name`).
    name: str = Field(max_length=600)
    role: str = Field(max_length=16)
    public_key: str = Field(max_length=100)
    verifier: str = Field(sa_column=Column(Text, nullable=False))
    salt: str = Field(max_length=100)
    kdf: str = Field(sa_column=Column(Text, nullable=False))  # JSON KdfSettings
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    revoked_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )


class Device(SQLModel, table=True):
    """An enrolled laptop and its Ed25519 public key."""

    __tablename__ = "branch_device"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)
    public_key: str = Field(max_length=100, unique=True)
    label: str = Field(default="", max_length=100)
    enrolled_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    revoked_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    last_seen_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    last_sequence: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))


class EnrolCode(SQLModel, table=True):
    """A one-time enrolment code, kept only as its SHA-256."""

    __tablename__ = "branch_enrol_code"

    code_hash: str = Field(primary_key=True, max_length=64)
    expires_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    used_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    device_id: int | None = Field(default=None, foreign_key="branch_device.id")


class Nonce(SQLModel, table=True):
    """A request nonce seen from a device (replay protection inside the clock window)."""

    __tablename__ = "branch_nonce"

    device_id: int = Field(primary_key=True, foreign_key="branch_device.id")
    nonce: str = Field(primary_key=True, max_length=64)
    seen_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False, index=True))


class Batch(SQLModel, table=True):
    """A batch announced by one device (network or USB file)."""

    __tablename__ = "branch_batch"

    batch_id: str = Field(primary_key=True, max_length=36)
    device_id: int = Field(foreign_key="branch_device.id", index=True)
    signature: str = Field(max_length=100)
    entries: int = Field(default=0)
    via: str = Field(default="network", max_length=8)
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class BatchEntry(SQLModel, table=True):
    """A record announced by a batch's signed manifest, with its announced content hash."""

    __tablename__ = "branch_batch_entry"

    batch_id: str = Field(primary_key=True, max_length=36, foreign_key="branch_batch.batch_id")
    record_id: str = Field(primary_key=True, max_length=36)
    content_hash: str = Field(max_length=64)


class Record(SQLModel, table=True):
    """A registration received by the branch, held once by its id, and its current state."""

    __tablename__ = "branch_record"
    __table_args__ = (
        Index("ix_branch_record_device_decision", "device_id", "decision_seq"),
        Index("ix_branch_record_device_receipt_seq", "device_id", "receipt_seq"),
    )

    id: str = Field(primary_key=True, max_length=36)
    device_id: int = Field(foreign_key="branch_device.id")
    batch_id: str = Field(max_length=36)
    content_hash: str = Field(max_length=64)
    receipt_no: str = Field(max_length=64)
    # The receipt number's per-device sequence when the number is the sending laptop's (None
    # otherwise): a sequence is held by one record only (`device.reused_receipts`).
    receipt_seq: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    officer: str = Field(max_length=64)
    registration_date: str = Field(max_length=10)
    state: str = Field(max_length=16, index=True)
    kpj: str | None = Field(default=None, max_length=11)
    reasons: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    supersedes: str | None = Field(default=None, max_length=36, index=True)
    received_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    decision_seq: int = Field(sa_column=Column(BigInteger, nullable=False))
    created_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )  # the laptop's finalisation moment (None for records received before revision 0007)


class Conflict(SQLModel, table=True):
    """A second, different content sent under an id the branch already holds."""

    __tablename__ = "branch_conflict"
    __table_args__ = (UniqueConstraint("record_id", "content_hash"),)

    id: int | None = Field(default=None, primary_key=True)
    record_id: str = Field(max_length=36, index=True)
    device_id: int = Field(foreign_key="branch_device.id")
    content_hash: str = Field(max_length=64)
    payload: str = Field(sa_column=Column(Text, nullable=False))
    received_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class Participant(SQLModel, table=True):
    """A worker registered as a participant, by NIK, with the KPJ number allocated.

    The NIK is kept only as its keyed hash (`fields.nik_index`, HMAC-SHA256 hex)."""

    __tablename__ = "branch_participant"

    kpj: str = Field(primary_key=True, max_length=11)
    nik_hash: str = Field(max_length=64, unique=True)
    record_id: str = Field(max_length=36)
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class SequenceGap(SQLModel, table=True):
    """A receipt sequence number a device skipped (not yet received)."""

    __tablename__ = "branch_sequence_gap"

    device_id: int = Field(primary_key=True, foreign_key="branch_device.id")
    sequence: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    noticed_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class StaffSession(SQLModel, table=True):
    """A staff login: the SHA-256 of its bearer token, who, and until when."""

    __tablename__ = "branch_staff_session"

    token_hash: str = Field(primary_key=True, max_length=64)
    username: str = Field(max_length=64, foreign_key="branch_officer.username")
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    expires_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class Review(SQLModel, table=True):
    """The decision a person made on a record of the review queue (one per record)."""

    __tablename__ = "branch_review"

    record_id: str = Field(primary_key=True, max_length=36, foreign_key="branch_record.id")
    decision: str = Field(max_length=24)
    reason_code: str | None = Field(default=None, max_length=32)
    note: str = Field(default="", sa_column=Column(Text, nullable=False))
    decided_by: str = Field(max_length=64)
    decided_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class AuditEntry(SQLModel, table=True):
    """One line of the branch audit log: who did what to which subject, and when."""

    __tablename__ = "branch_audit"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False, index=True))
    actor: str = Field(max_length=64)
    action: str = Field(max_length=32)
    subject: str = Field(max_length=64)
    detail: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(
        default="", sa_column=Column(String(64), nullable=False, server_default="")
    )
    entry_hash: str = Field(
        default="", sa_column=Column(String(64), nullable=False, server_default="")
    )


class SignInThrottle(SQLModel, table=True):
    """Failed staff sign-ins of one user name (`user:NAME`) or client address (`addr:IP`)."""

    __tablename__ = "branch_sign_in_throttle"

    key: str = Field(primary_key=True, max_length=80)
    failures: int = Field(sa_column=Column(Integer, nullable=False))
    lockouts: int = Field(sa_column=Column(Integer, nullable=False))
    locked_until: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
    last_failure_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))


class Export(SQLModel, table=True):
    """One export for the national core system: who, when, how many of each action, the
    decision counter it reached (the next export starts there) and its manifest's SHA-256."""

    __tablename__ = "branch_export"

    id: int | None = Field(default=None, primary_key=True)
    export_id: str = Field(max_length=32, unique=True)
    created_by: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    full: bool = Field(default=False)
    cursor: int = Field(sa_column=Column(BigInteger, nullable=False))
    new: int = Field(default=0)
    updated: int = Field(default=0)
    voided: int = Field(default=0)
    manifest_name: str = Field(max_length=100)
    manifest_sha256: str = Field(max_length=64)
    # The zip the workspace downloaded, sealed with the data key, so that an export whose
    # download was cut can be fetched again; dropped after `export.FILES_KEPT` (None then, and
    # always for `bpu-branch export`, which writes into a folder).
    files: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class Exported(SQLModel, table=True):
    """What the core system was last told about one registration (its chain of corrections,
    by the first version's id): which version, with which KPJ and content, and whether void."""

    __tablename__ = "branch_exported"

    root_id: str = Field(primary_key=True, max_length=36)
    record_id: str = Field(max_length=36)
    kpj: str = Field(max_length=11)
    content_hash: str = Field(max_length=64)
    voided: bool = Field(default=False)
    export_id: int = Field(foreign_key="branch_export.id")


class RefusalWindow(SQLModel, table=True):
    """Audited refusals nobody signed in for, counted per key (`addr:IP`, `device:CODE`, `all`)
    in the window that began at `window_start`: how many were audited line by line and how many
    were not (`store.refusal_bound`)."""

    __tablename__ = "branch_refusal_window"

    key: str = Field(primary_key=True, max_length=80)
    window_start: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    audited: int = Field(sa_column=Column(Integer, nullable=False))
    suppressed: int = Field(sa_column=Column(Integer, nullable=False))


class RecordWanted(SQLModel, table=True):
    """A record whose stored payload is damaged, asked again from the laptop that sent it
    (`device.repair`): noted by `bpu-branch check` (or a read that met it), read by that
    laptop's pull. `outcome` is None while asked; `unavailable` when the laptop answered that
    it no longer holds the record, `unusable` when the copy it sent did not hash to the
    record's content hash: asked no more, said by `check` (restore from a backup). Dropped once
    the record is sound again."""

    __tablename__ = "branch_record_wanted"

    record_id: str = Field(primary_key=True, max_length=36)
    device_id: int = Field(foreign_key="branch_device.id", index=True)
    noted_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    outcome: str | None = Field(default=None, max_length=16)
    answered_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=True)
    )
