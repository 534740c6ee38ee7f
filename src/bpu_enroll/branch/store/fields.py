"""Personal fields at rest: sealed by the application on PostgreSQL, a keyed hash for the NIK.

The SQLite branch database is encrypted whole (SQLCipher), so its payloads are kept as they are.
On PostgreSQL the server sees only what the application gives it: in every stored record and
conflict payload the personal fields of the registration (`PERSONAL_FIELDS`) are taken out and
kept sealed together (XSalsa20-Poly1305, PyNaCl `SecretBox`, with a key derived from the
branch's data key) under `registration.sealed`. What the tally groups by in SQL (work place,
programs, occupation, gender, the quote and the cash) and the form's flags stay readable,
and nothing else changes shape:
`open_payload` puts the fields back for every reader.

A clerk's note on a decision is sealed the same way (`seal_note`, `open_note`), and so, with a
key of its own, is a member of staff's full name: the roster's (`seal_name`, `officer_name`)
and the officers' names in a laptop's tally (`seal_tally`, `open_tally`; a tally of the 0.1.0
layout, whose figures themselves name officers "Name (user name)", is sealed whole). The user
name stays in clear: it is the roster's key and the actor of every audit line.

Rows stored before a field was sealed keep it in clear until `bpu-branch reseal` (which asks
`reseal_payload`, `note_in_clear`, `name_in_clear` and `tally_in_clear`); every reader opens
both forms.

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
import re
from collections.abc import Callable
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


_NOTE_SEALED = "sealed:"  # a sealed note or name: this, then the box's base64


def seal_note(session: Session, note: str) -> str:
    """A clerk's note as it is stored: sealed with the field box on PostgreSQL (it is free text
    about one worker: a NIK is refused in it, a name is not), unchanged on SQLite or when empty."""
    return _seal_text(session, _box, note)


def open_note(session: Session, stored: str) -> str:
    """A stored note as the clerk wrote it (a note stored before sealing is read as it is, even
    one a clerk began with the marker)."""
    return _open_text(session, _box, stored)


def note_in_clear(session: Session, stored: str) -> bool:
    """True for a stored note not sealed (PostgreSQL): not empty and not one the field box
    opens (a note typed before sealing may begin with the marker; its MAC cannot hold)."""
    return _text_in_clear(session, _box, stored)


# --- staff names ------------------------------------------------------------------------------
#
# A member of staff's full name (`branch_officer.name`, and the officers' names a laptop's tally
# carries under `labels.officers`) is sealed on PostgreSQL like a note, with a box of its own
# (derived for "staff-names": one key never serves two uses). The user name stays in clear: it
# is the roster's key, the laptops' login and the actor of every audit line.


def _name_box(session: Session) -> SecretBox:
    return _field_box(data_key_of(session).derive("staff-names"))


def seal_name(session: Session, name: str) -> str:
    """A member of staff's full name as it is stored: sealed on PostgreSQL, unchanged on SQLite
    or when empty."""
    return _seal_text(session, _name_box, name)


def open_name(session: Session, stored: str) -> str:
    """A stored full name as it was given (one stored before sealing is read as it is)."""
    return _open_text(session, _name_box, stored)


def name_in_clear(session: Session, stored: str) -> bool:
    """True for a stored full name not sealed (PostgreSQL): `bpu-branch reseal` seals it."""
    return _text_in_clear(session, _name_box, stored)


def officer_name(officer: Any) -> str:
    """The full name of a `branch_officer` row, opened with its session's key (a row without a
    session must hold its name in clear: one sealed is refused rather than shown sealed)."""
    stored = str(officer.name)
    session = object_session(officer)
    if session is None:
        if stored.startswith(_NOTE_SEALED):
            raise ValueError("a sealed name needs the row's session")
        return stored
    return open_name(session, stored)  # type: ignore[arg-type]


_TALLY_NAMES = "officers"  # a laptop tally's `labels.officers`: user name → "Name (user name)"
# A tally of the 0.1.0 layout has no `labels`: its rows name each officer "Name (user name)".
_OLD_OFFICER = re.compile(r".*\S.* \([^()]+\)", re.DOTALL)


def seal_tally(session: Session, text: str) -> str:
    """A laptop's tally document (JSON) as it is stored: on PostgreSQL the officers' names under
    `labels.officers` sealed together, as one sealed text in that key's place. The figures and
    their hash name officers by user name only and are kept as they are.

    A document of the 0.1.0 layout carries the names in its figures (`rows[].officer`), which
    its hash covers: it is sealed whole instead (the stored text is one sealed text, not JSON),
    so that neither its figures nor its hash change."""
    if not seals_fields(session):
        return text
    document = json.loads(text)
    if _old_layout_names(document):
        return seal_name(session, text)
    names = _tally_names(document)
    if names is None:
        return text
    document["labels"][_TALLY_NAMES] = seal_name(session, _STORED.encode(names))
    return _STORED.encode(document)


def open_tally(session: Session, text: str) -> dict[str, Any]:
    """A stored tally document as the laptop sent it (its officers' names opened, or the whole
    document when it was sealed whole)."""
    if text.startswith(_NOTE_SEALED):  # sealed whole: no JSON document begins with the marker
        opened = open_name(session, text)
        if opened == text:
            raise ValueError("a tally sealed whole that this branch's key does not open")
        text = opened
    document: dict[str, Any] = json.loads(text)
    labels = document.get("labels")
    stored = labels.get(_TALLY_NAMES) if isinstance(labels, dict) else None
    if isinstance(labels, dict) and isinstance(stored, str):
        opened = open_name(session, stored)
        if opened != stored:  # a text the branch did not seal is left as the laptop sent it
            labels[_TALLY_NAMES] = json.loads(opened)
    return document


def tally_in_clear(session: Session, text: str) -> bool:
    """True for a stored tally document whose officers' names are in clear (PostgreSQL): under
    `labels.officers`, or in the figures of a document of the 0.1.0 layout not sealed whole."""
    if not seals_fields(session) or text.startswith(_NOTE_SEALED):
        return False
    document = json.loads(text)
    return _tally_names(document) is not None or _old_layout_names(document)


def _tally_names(document: Any) -> dict[str, Any] | None:
    """A tally document's officers' names when it holds any in clear (a dict, not empty)."""
    labels = document.get("labels") if isinstance(document, dict) else None
    names = labels.get(_TALLY_NAMES) if isinstance(labels, dict) else None
    return names if isinstance(names, dict) and names else None


def _old_layout_names(document: Any) -> bool:
    """True for a tally document of the 0.1.0 layout (no `labels`) whose rows name an officer
    "Name (user name)"."""
    if not isinstance(document, dict) or "labels" in document:
        return False
    rows = document.get("rows")
    return isinstance(rows, list) and any(
        isinstance(row, dict)
        and isinstance(row.get("officer"), str)
        and _OLD_OFFICER.fullmatch(row["officer"]) is not None
        for row in rows
    )


Boxer = Callable[[Session], SecretBox]


def _seal_text(session: Session, box: Boxer, text: str) -> str:
    if not text or not seals_fields(session):
        return text
    sealed = box(session).encrypt(text.encode("utf-8"))
    return _NOTE_SEALED + base64.b64encode(bytes(sealed)).decode("ascii")


def _open_text(session: Session, box: Boxer, stored: str) -> str:
    if not stored.startswith(_NOTE_SEALED) or not seals_fields(session):
        return stored
    try:
        sealed = base64.b64decode(stored.removeprefix(_NOTE_SEALED), validate=True)
        return box(session).decrypt(sealed).decode("utf-8")
    except (ValueError, CryptoError):
        return stored


def _text_in_clear(session: Session, box: Boxer, stored: str) -> bool:
    if not stored or not seals_fields(session):
        return False
    if not stored.startswith(_NOTE_SEALED):
        return True
    try:
        box(session).decrypt(base64.b64decode(stored.removeprefix(_NOTE_SEALED), validate=True))
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


# What opening or reading a damaged stored payload raises: JSON or base64 that does not parse and
# a text where a number belongs (ValueError), a sealed part that does not open (CryptoError), a
# field of the wrong shape (TypeError, AttributeError, KeyError, IndexError), a number JSON reads
# as infinity made a whole number (OverflowError: `1e999`), JSON nested deeper than the reader's
# stack (RecursionError: it stopped `bpu-branch check` with a traceback). A reader that
# catches these names the record by its receipt number (`EXPORT_RECORD_UNREADABLE`,
# `RECORD_UNREADABLE`) rather than failing as an unexpected server error.
UNREADABLE_ERRORS: tuple[type[Exception], ...] = (
    ValueError, TypeError, AttributeError, KeyError, IndexError, CryptoError, OverflowError,
    RecursionError,
)  # fmt: skip


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
