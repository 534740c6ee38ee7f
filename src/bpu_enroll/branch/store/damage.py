"""Whether a stored record's payload is damaged: what `bpu-branch check` reports and what an
arriving copy of the same record may repair (`device.held.repair_held`).

A record's content hash is the SHA-256 of the canonical JSON of its registration and quote, as
the laptop sealed it at finalisation and the branch checked it on arrival (`judge`). The stored
payload is that same content (its personal fields sealed on PostgreSQL), so a sound payload
opens and hashes to its record's `content_hash`. It is damaged when it does not open (JSON or
a sealed part that does not read: `UNREADABLE`) or opens to other content (`ALTERED`: a field
changed on disk, by hand or by a fault). A record the branch received with a hash that did not
match (`HASH_MISMATCH`, kept as received for review) has no hash to hold it to: only whether it
opens is asked of it.

Nothing here says what the damage is: the damaged value may hold anything, a NIK or a name.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlmodel import Session

from bpu_enroll.branch.store.fields import UNREADABLE_ERRORS, open_payload
from bpu_enroll.sync.protocol import canonical_json

UNREADABLE = "unreadable"
ALTERED = "altered"
_HASH_MISMATCH = "HASH_MISMATCH"  # judge's reason for a record whose hash did not match


def content_digest(document: dict[str, Any]) -> str:
    """The content hash of a payload's registration and quote (as the laptop computes it)."""
    content = {"registration": document.get("registration"), "quote": document.get("quote")}
    return hashlib.sha256(canonical_json(content)).hexdigest()


def payload_damage(session: Session, payload: str, content_hash: str, reasons: str) -> str | None:
    """None for a sound stored payload; `UNREADABLE` or `ALTERED` (see the module text)."""
    try:
        document = open_payload(session, payload)
        digest = content_digest(document)
    except UNREADABLE_ERRORS:
        return UNREADABLE
    if digest == content_hash:
        return None
    return None if received_mismatched(reasons) else ALTERED


def received_mismatched(reasons: str) -> bool:
    """True for a record the branch received with a content hash its content did not match
    (`HASH_MISMATCH` among its stored reasons): its hash was never its content's."""
    try:
        return _HASH_MISMATCH in json.loads(reasons)
    except (ValueError, TypeError):
        return False
