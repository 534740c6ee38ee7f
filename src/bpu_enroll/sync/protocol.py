"""The sync protocol between a laptop and its branch (DESIGN.md §4): DTOs and signed messages.

One module used by both sides, so that what the laptop signs is exactly what the branch checks.
Binary values (keys, signatures) travel as standard base64 text. Every request after enrolment
carries four headers: the device code, a Unix timestamp, a random nonce and an Ed25519 signature
over `request_signing_bytes(...)` (method, path with query, timestamp, nonce, SHA-256 of the body).
A batch manifest is signed separately (`manifest_signing_bytes`), so a batch replayed by another
device is refused even when that device signs its own requests. The enrolment itself, before the
branch knows the device, is signed in its body (`enrol_signing_bytes`): whoever learns a code
and a laptop's public key cannot have the branch's answer without the laptop's private key.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bpu_enroll.domain.formatting import NIK_LIKE

API_PREFIX = "/api/v1"
# A user name as the staff sign-in takes it (`POST /staff/login`): the workspace's sign-in window
# checks one typed with this same type before asking (accounts added before today's stricter rule
# for new names, `roster.new_username`, keep theirs).
StaffUsername = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[\w.]+$")]
PROTOCOL_VERSION = 1
HEADER_DEVICE = "X-Bpu-Device"
HEADER_TIMESTAMP = "X-Bpu-Timestamp"
HEADER_NONCE = "X-Bpu-Nonce"
HEADER_SIGNATURE = "X-Bpu-Signature"
# Requests whose timestamp is further than this from the server's clock are refused.
CLOCK_WINDOW_SECONDS = 300
# An idle connection: the branch closes it after `SERVER_KEEP_ALIVE_SECONDS`, and its clients
# stop reusing it well before (`CLIENT_KEEP_ALIVE_SECONDS`). Were the two the same (httpx's and
# uvicorn's defaults are both 5 s), a request sent just as the branch closed the connection would
# meet the close: a reset, which a write cannot be asked again after.
SERVER_KEEP_ALIVE_SECONDS = 5
CLIENT_KEEP_ALIVE_SECONDS = 2.0
# Bounds: a request body, a manifest, one chunk of records.
MAX_BODY_BYTES = 5 * 1024 * 1024
MAX_MANIFEST_ENTRIES = 20_000
MAX_CHUNK_RECORDS = 500
# Records a pull asks again at most (`PullAnswer.resend`), and a laptop says it cannot send.
MAX_RESEND_RECORDS = 500

Role = Literal["officer", "clerk", "supervisor", "admin"]
# What the branch holds for a record it has received.
# `voided`: a receipt the officer voided before it was sent; the branch notes it, no KPJ.
BranchState = Literal["accepted", "duplicate", "rejected", "pending_review", "voided"]
# The answer for one record in one push.
ResultKind = Literal[
    "accepted", "duplicate", "rejected", "already_received", "conflict", "pending_review", "voided"
]

_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_HASH = r"^[0-9a-f]{64}$"
_B64 = r"^[A-Za-z0-9+/]+={0,2}$"
_CODE = r"^[A-Za-z0-9]{1,16}$"
# A text the branch keeps as it came (a label, an officer's name, a receipt number): no control
# characters. PostgreSQL cannot hold a NUL in a text column: one sent there was a 500 (a chunk
# refused whole, again at every retry), now a 422 naming the field.
TEXT = r"^[^\x00-\x1f\x7f]*$"
# A receipt number as every laptop makes it, 0.1.0's too (`store.repo.next_receipt_number`):
# `{branch}-{device}-{YYYYMMDD}-{seq}`, the branch code letters or digits (`bpu-branch init`),
# the sequence zero-padded to five digits and longer past 99999. A record whose receipt number
# was other text (a NIK, a name) was rejected but kept as sent, and the text shown whole in the
# review list and written in audit lines; now the chunk or file is refused (422) and nothing
# kept, as a malformed id is. Whether the number is this device's stays the judge's question
# (`RECEIPT_NUMBER`).
RECEIPT = r"^[^\W_]{1,16}-[A-Za-z0-9]{1,16}-[0-9]{8}-[0-9]{1,9}$"
# The last registration date the branch can price again: twelve coverage months on is still a
# date. 9999-12-31 overflowed the judge's quote, a 500 for the whole chunk.
LAST_REGISTRATION_DATE = date(9998, 12, 31)


def b64(data: bytes) -> str:
    """Standard base64 text of `data`."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Bytes of a standard base64 text; raises `ValueError` when malformed."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes that get signed and hashed."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def body_digest(body: bytes) -> str:
    """SHA-256 hex of a request body."""
    return hashlib.sha256(body).hexdigest()


def request_signing_bytes(method: str, path: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    """What the device signs for one request (`path` includes the query string, if any)."""
    parts = ["BPU-REQUEST-1", method.upper(), path, timestamp, nonce, body_digest(body)]
    return "\n".join(parts).encode("utf-8")


def enrol_code_digest(code: str) -> str:
    """SHA-256 hex of an enrolment code normalised as the branch keeps it (no dashes, no
    spaces, upper case): what the enrolment signature binds, never the code itself."""
    normalised = code.replace("-", "").replace(" ", "").upper()
    return hashlib.sha256(normalised.encode("ascii", "replace")).hexdigest()


def enrol_signing_bytes(
    code: str, device_public_key: str, branch_code: str, timestamp: str, nonce: str
) -> bytes:
    """What a laptop signs with its new device key to enrol: the code (hashed), that key, the
    branch it enrols at (`Health.branch_code`) and a fresh timestamp and nonce. The branch
    rebuilds it with its own code, so a signature made for one branch is refused at another."""
    parts = ["BPU-ENROL-1", enrol_code_digest(code), device_public_key, branch_code]
    return "\n".join([*parts, timestamp, nonce]).encode("utf-8")


class _Dto(BaseModel):
    """Base of every protocol document: unknown keys are refused."""

    model_config = ConfigDict(extra="forbid")


class KdfSettings(_Dto):
    """The officer-password KDF parameters (Argon2id), as `store.keys.KdfParams.to_dict()`."""

    algorithm: Literal["argon2id"] = "argon2id"
    time_cost: int = Field(ge=1, le=20)
    memory_kib: int = Field(ge=8, le=4_194_304)
    parallelism: int = Field(ge=1, le=64)


class RosterOfficer(_Dto):
    """One officer of the branch as the laptop's keyring needs them to log in offline.

    The keys are those of `store.keyring.OfficerEntry.from_dict` (without `sealed_db_key`).
    """

    username: str = Field(min_length=1, max_length=64)
    display_name: str = Field(min_length=1, max_length=100)
    role: Role
    kdf_salt: str = Field(pattern=_B64, max_length=100)
    kdf_params: KdfSettings
    public_key: str = Field(pattern=_B64, max_length=100)
    verifier: str = Field(min_length=1, max_length=512)
    active: bool = True


class EnrolRequest(_Dto):
    """A laptop registering its device key with a one-time code, signed by that key over
    `enrol_signing_bytes` (Unix `timestamp`, random `nonce`). The three are required by the
    branch: left out (a laptop older than the signature), the request is refused
    `SIGNATURE_MISSING`, not as a malformed document, so the officer is told what is wrong."""

    code: str = Field(min_length=4, max_length=64)
    device_public_key: str = Field(pattern=_B64, min_length=40, max_length=64)
    label: str = Field(default="", max_length=100, pattern=TEXT)
    timestamp: str = Field(default="", max_length=20, pattern=r"^[0-9]*$")
    nonce: str = Field(default="", max_length=64, pattern=r"^[A-Za-z0-9]*$")
    signature: str = Field(default="", max_length=100, pattern=r"^([A-Za-z0-9+/]+={0,2})?$")


class EnrolAnswer(_Dto):
    """What a freshly enrolled laptop receives."""

    device_code: str
    branch_code: str
    branch_name: str
    province: str
    branch_signing_key: str
    branch_encryption_key: str
    # X25519 public half of the branch's recovery key pair: the laptop seals the recovery copy
    # of its database key to it (None from a branch that has none).
    branch_recovery_key: str | None = Field(default=None, pattern=_B64, max_length=100)
    roster: list[RosterOfficer]
    reference_data: dict[str, str]
    server_time: datetime


class ManifestEntry(_Dto):
    """One record announced in a batch: its id and the content hash sealed at finalisation."""

    id: str = Field(pattern=_UUID)
    content_hash: str = Field(pattern=_HASH)


class Manifest(_Dto):
    """The list of records a batch carries; signed by the device."""

    batch_id: str = Field(pattern=_UUID)
    device_code: str = Field(pattern=_CODE)
    created_at: datetime
    entries: list[ManifestEntry] = Field(max_length=MAX_MANIFEST_ENTRIES)


def manifest_signing_bytes(manifest: Manifest) -> bytes:
    """What the device signs for a batch: the canonical JSON of its manifest."""
    document = manifest.model_dump(mode="json")
    return b"BPU-BATCH-1\n" + canonical_json(document)


class SignedManifest(_Dto):
    """A manifest and the device's Ed25519 signature over `manifest_signing_bytes`."""

    manifest: Manifest
    signature: str = Field(pattern=_B64, max_length=100)


class RecordResult(_Dto):
    """The branch's answer for one record; `state` is what the branch now holds for it."""

    id: str
    result: ResultKind
    state: BranchState | None = None
    kpj: str | None = None
    reasons: list[str] = Field(default_factory=list)
    # Added in 0.2 (optional, absent from older branches): the clerk's note with a decision and
    # the text of the reasons in the branch's language, for codes the laptop may not know.
    note: str | None = Field(default=None, max_length=2000)
    reason_text: str | None = Field(default=None, max_length=2000)


class ManifestAnswer(_Dto):
    """Which records of a batch the branch still needs, and what it knows of the others."""

    batch_id: str
    missing: list[str]
    known: list[RecordResult]


class RecordPayload(_Dto):
    """One final registration as it travels: the form, the quote shown, and its identity."""

    id: str = Field(pattern=_UUID)
    receipt_no: str = Field(min_length=1, max_length=64, pattern=RECEIPT)
    officer: str = Field(min_length=1, max_length=64, pattern=TEXT)
    created_at: datetime
    registration_date: date = Field(le=LAST_REGISTRATION_DATE)
    registration: dict[str, Any]
    quote: dict[str, Any]
    content_hash: str = Field(pattern=_HASH)
    supersedes: str | None = Field(default=None, pattern=_UUID)
    voided: bool = False

    @field_validator("receipt_no")
    @classmethod
    def no_nik_in_receipt(cls, value: str) -> str:
        """Refuse a receipt number of the right shape whose branch or device part is a NIK
        (16 digits): the one NIK-like number `RECEIPT` lets through."""
        if NIK_LIKE.search(value):
            raise ValueError("the receipt number holds a NIK-like number")
        return value


class RecordChunk(_Dto):
    """A bounded chunk of records of one batch."""

    records: list[RecordPayload] = Field(min_length=1, max_length=MAX_CHUNK_RECORDS)


class ChunkAnswer(_Dto):
    """Per-record results for one chunk, in the order sent."""

    results: list[RecordResult]


ReferenceKind = Literal["contribution_rules", "occupations", "regions"]


class ReferencePackage(_Dto):
    """Reference data published by the branch: a contribution-rules or occupation document in
    the shipped file's shape, or a region amendment (`content`), its version and, for rules, the
    day it takes effect."""

    kind: ReferenceKind
    version: str = Field(min_length=1, max_length=64)
    effective_from: date | None = None
    published_at: datetime
    content: dict[str, Any]


def reference_signing_bytes(package: ReferencePackage) -> bytes:
    """What the branch signs for a reference package: the canonical JSON of the package."""
    return b"BPU-REFERENCE-1\n" + canonical_json(package.model_dump(mode="json"))


class SignedReferencePackage(_Dto):
    """A reference package and the branch's Ed25519 signature over `reference_signing_bytes`."""

    package: ReferencePackage
    signature: str = Field(pattern=_B64, max_length=100)


class PullAnswer(_Dto):
    """Decisions since the cursor, roster changes and reference-data versions."""

    cursor: int
    decisions: list[RecordResult]
    roster: list[RosterOfficer]
    revoked_devices: list[str]
    reference_data: dict[str, str]
    # Added in 0.2 (optional): days after which the laptop removes the personal fields of a
    # record the branch settled (accepted, duplicate confirmed); `None` from older branches.
    retention_days: int | None = Field(default=None, ge=1, le=3650)
    # Added in 0.2 (optional): every reference package the branch published, signed.
    reference_packages: list[SignedReferencePackage] | None = None
    # Added in 0.3 (optional, asked with `v=3`): ids of records of THIS laptop whose stored copy
    # at the branch is damaged (`branch.device.repair`): the laptop sends them again in a batch
    # of their own, and says which it no longer holds (`ResendUnavailable`).
    # Each a record id: an answer naming anything else is unreadable (`BAD_ANSWER`), not passed
    # on to the store's lookups and the signed `ResendUnavailable` that refuses it anyway.
    resend: list[Annotated[str, Field(pattern=_UUID)]] | None = Field(
        default=None, max_length=MAX_RESEND_RECORDS
    )
    # Added in 0.4 (optional, asked with `v=4`): the highest receipt sequence of THIS laptop the
    # branch has received. A laptop restored from an old backup numbers on from past it, so its
    # next receipts do not take numbers the branch holds (`RECEIPT_NUMBER_TAKEN`).
    last_sequence: int | None = Field(default=None, ge=0, le=999_999_999)


class ResendUnavailable(_Dto):
    """`POST /resend/unavailable`: records the branch asked again (`PullAnswer.resend`) that
    this laptop no longer holds (its personal fields purged after retention, or never here):
    the branch stops asking and tells its supervisor to restore them from a backup."""

    records: list[Annotated[str, Field(pattern=_UUID)]] = Field(
        min_length=1, max_length=MAX_RESEND_RECORDS
    )


class ResendNoted(_Dto):
    """The branch's answer to `ResendUnavailable`: how many of its asks it has closed."""

    noted: int


class Health(_Dto):
    """The health endpoint's document."""

    status: Literal["ok"]
    protocol: int
    branch_code: str
    branch_name: str = ""  # for a branch workstation's status bar and sign-in window
    province: str = ""  # its time zone (WIB, WITA, WIT)


class BatchFile(_Dto):
    """The plaintext of a USB batch file: the signed manifest and its records.

    The file on the stick is `SealedBox(branch key).encrypt(device_key.sign(canonical_json))`.
    """

    format: Literal["bpu-batch-1"] = "bpu-batch-1"
    device_code: str = Field(pattern=_CODE)
    signed_manifest: SignedManifest
    records: list[RecordPayload] = Field(max_length=MAX_MANIFEST_ENTRIES)
