"""Personal fields at rest: sealed by the application on PostgreSQL, a keyed hash for the NIK.

The SQLite branch database is encrypted whole (SQLCipher), so its payloads are kept as they are.
On PostgreSQL the server sees only what the application gives it: in every stored record and
conflict payload the personal fields of the registration (`PERSONAL_FIELDS`) are taken out and
kept sealed together (XSalsa20-Poly1305, PyNaCl `SecretBox`, with a key derived from the
branch's data key) under `registration.sealed`. What the tally groups by in SQL (work place,
programs, occupation, gender, the quote and the cash) and the form's flags stay readable,
and nothing else changes shape:
`open_payload` puts the fields back for every reader.

A clerk's note on a decision is sealed the same way (`seal_note`, `open_note`).

Rows stored before a field was sealed keep it in clear until `bpu-branch reseal` (which asks
`reseal_payload` and `note_in_clear`); every reader opens both forms.

The NIK itself is kept only as `nik_index`: HMAC-SHA256 under another derived key, on both
engines. It finds duplicates and keeps NIKs unique; without the master key it cannot be turned
back into a NIK, even by trying every possible NIK.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
from typing import Any

import orjson
from nacl.exceptions import CryptoError
from nacl.secret import SecretBox
from sqlalchemy.orm import object_session
from sqlmodel import Session

from bpu_enroll.branch.store.db import data_key_of

PERSONAL_FIELDS = (
    "nik",
    "full_name",
    "birth_place",
    "birth_date",
    "kk_number",
    "phone",
    "email",
    "address",
    # Not read by any SQL either, and as telling: a business often bears its owner's name, an
    # occupation typed in free text describes the person, the income is their own figure.
    "business_name",
    "occupation_other",
    "monthly_income",
)
SEALED = "sealed"
_WHOLE = "sealed_whole"  # a registration that was not an object (kept for review) is sealed whole
_NIK_MEMO = 2048  # NIK hashes remembered per session: a few chunks' worth


def seals_fields(session: Session) -> bool:
    """True on PostgreSQL (SQLite is encrypted whole by SQLCipher)."""
    return session.get_bind().dialect.name == "postgresql"


def _box(session: Session) -> SecretBox:
    return _field_box(data_key_of(session).derive("fields"))


@functools.lru_cache(maxsize=16)
def _field_box(key: bytes) -> SecretBox:
    return SecretBox(key)


def seal_payload(session: Session, text: str) -> str:
    """A payload as it is stored: its personal fields sealed (PostgreSQL) or unchanged."""
    if not seals_fields(session):
        return text
    document = json.loads(text)
    if not isinstance(document, dict) or "registration" not in document:
        return text
    return _sealed(session, document)


def seal_content(session: Session, text: str, document: dict[str, Any]) -> str:
    """`seal_payload(session, text)` when `document` is `text` already parsed (intake holds
    both: the canonical JSON it hashed and the record it came from), without parsing it again.
    `document` is not changed.

    `text` is canonical JSON, so `document` holds plain JSON values only (no NaN, no infinity,
    string keys): orjson writes it, to the same values, in half the time of the standard
    encoder (20.6 → 10 µs a record for the whole of `seal_content`), and the sealing is most of
    what encryption at rest costs the push."""
    if not seals_fields(session) or "registration" not in document:
        return text
    registration = document["registration"]
    copied = dict(registration) if isinstance(registration, dict) else registration
    return _sealed(session, {**document, "registration": copied}, plain=True)


def _sealed(session: Session, document: dict[str, Any], plain: bool = False) -> str:
    """`document` with its personal fields sealed; `plain` when it holds plain JSON values only
    (`seal_content`), so orjson may write it."""
    registration = document["registration"]
    if isinstance(registration, dict):
        personal = {k: registration.pop(k) for k in PERSONAL_FIELDS if k in registration}
        kept: dict[str, Any] = registration
    else:
        personal, kept = {_WHOLE: registration}, {}
    part = _plain_json(personal) if plain else _SEALED_PART.encode(personal).encode("utf-8")
    kept[SEALED] = base64.b64encode(bytes(_box(session).encrypt(part))).decode("ascii")
    document["registration"] = kept
    return _plain_json(document).decode("utf-8") if plain else _STORED.encode(document)


# The standard encoders, kept (`json.dumps` with options makes a new one per call). They write
# anything a received payload may hold: NaN, integers of any size, lone surrogates (escaped in
# the sealed part, which must be bytes).
_SEALED_PART = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
_STORED = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _plain_json(value: Any) -> bytes:
    """Plain JSON values (see `seal_content`) with orjson; an integer beyond 64 bits, which
    orjson refuses, with the standard encoder (escaped to ASCII: safe for any text)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return _SEALED_PART.encode(value).encode("ascii")


def reseal_payload(session: Session, text: str) -> str | None:
    """A stored payload with every personal field still in clear sealed (PostgreSQL); None when
    there is none: `bpu-branch reseal`, for rows stored before a field joined `PERSONAL_FIELDS`
    (their `sealed` part lacks it, the field sits beside it in clear) or before sealing at all.

    In clear is told by the shape alone: a personal field's key in the registration beside (or
    without) `sealed`, or a registration that is not an object (one sealed whole is an object
    holding only `sealed`). The value returned opens to the same document."""
    if not seals_fields(session):
        return None
    document: Any = json.loads(text)
    if not isinstance(document, dict) or "registration" not in document:
        return None
    registration = document["registration"]
    if isinstance(registration, dict) and not any(k in registration for k in PERSONAL_FIELDS):
        return None
    return _sealed(session, open_payload(session, text))


def open_payload(session: Session, text: str) -> dict[str, Any]:
    """A stored payload as the laptop sent it (personal fields put back when sealed)."""
    document: Any = json.loads(text)
    if not isinstance(document, dict):
        return {"registration": document}
    registration = document.get("registration")
    if isinstance(registration, dict) and SEALED in registration:
        sealed = base64.b64decode(str(registration.pop(SEALED)))
        personal = json.loads(_box(session).decrypt(sealed))
        if _WHOLE in personal:
            document["registration"] = personal[_WHOLE]
        else:
            registration.update(personal)
    return document


_NOTE_SEALED = "sealed:"  # a sealed note: this, then the box's base64 (no note typed starts so)


def seal_note(session: Session, note: str) -> str:
    """A clerk's note as it is stored: sealed with the field box on PostgreSQL (it is free text
    about one worker: a NIK is refused in it, a name is not), unchanged on SQLite or when empty."""
    if not note or not seals_fields(session):
        return note
    sealed = _box(session).encrypt(note.encode("utf-8"))
    return _NOTE_SEALED + base64.b64encode(bytes(sealed)).decode("ascii")


def open_note(session: Session, stored: str) -> str:
    """A stored note as the clerk wrote it (a note stored before sealing is read as it is, even
    one a clerk began with the marker)."""
    if not stored.startswith(_NOTE_SEALED) or not seals_fields(session):
        return stored
    try:
        sealed = base64.b64decode(stored.removeprefix(_NOTE_SEALED), validate=True)
        return _box(session).decrypt(sealed).decode("utf-8")
    except (ValueError, CryptoError):
        return stored


def note_in_clear(session: Session, stored: str) -> bool:
    """True for a stored note not sealed (PostgreSQL): not empty and not one the field box
    opens (a note typed before sealing may begin with the marker; its MAC cannot hold)."""
    if not stored or not seals_fields(session):
        return False
    if not stored.startswith(_NOTE_SEALED):
        return True
    try:
        _box(session).decrypt(base64.b64decode(stored.removeprefix(_NOTE_SEALED), validate=True))
    except (ValueError, CryptoError):
        return True
    return False


def nik_index(session: Session, nik: str) -> str:
    """The NIK's keyed hash (HMAC-SHA256, hex): what `branch_participant.nik_hash` holds.

    Remembered for the session's life (one request): intake asks for the hash of a NIK once
    to find duplicates and again to enrol the participant."""
    known: dict[str, str] = session.info.setdefault("nik_index", {})
    digest = known.get(nik)
    if digest is None:
        if len(known) >= _NIK_MEMO:  # a long session (adoption) walks many NIKs: stay small
            known.clear()
        key = data_key_of(session).derive("nik-index")
        digest = known[nik] = hmac.new(key, nik.encode("utf-8"), hashlib.sha256).hexdigest()
    return digest


def payload_of(row: Any) -> dict[str, Any]:
    """The payload of a stored `Record` or `Conflict` row, opened with its session's key."""
    text = str(row.payload)
    session = object_session(row)
    if session is None:
        document = json.loads(text)
        registration = document.get("registration") if isinstance(document, dict) else None
        if isinstance(registration, dict) and SEALED in registration:
            raise ValueError("a sealed payload needs the row's session")
        return dict(document) if isinstance(document, dict) else {"registration": document}
    return open_payload(session, text)  # type: ignore[arg-type]
