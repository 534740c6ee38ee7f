"""The content hash that seals a final registration (docs/ARCHITECTURE.md, "Content hash").

SHA-256 (hex) of the canonical JSON of `{"registration": …, "quote": …}`: keys sorted, no spaces,
UTF-8 without `\\u` escapes for non-ASCII text. The same bytes are produced on the laptop and at
the branch, so the hash is re-checked there and printed in the receipt's QR code.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any


def _default(value: Any) -> str:
    """Dates (ISO) are the only non-JSON values allowed; anything else is a programming error."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


# `json.dumps` with these options makes a new encoder on every call; the branch hashes every
# record it receives, so one encoder is kept (it holds no state between calls).
_CANONICAL = json.JSONEncoder(
    sort_keys=True,
    separators=(",", ":"),
    ensure_ascii=False,
    allow_nan=False,
    default=_default,
)


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, `,` and `:` separators, UTF-8; NaN and infinities refused."""
    return _CANONICAL.encode(obj).encode("utf-8")


def content_hash(registration: dict[str, Any], quote: dict[str, Any]) -> str:
    """SHA-256 hex of the canonical JSON of `{"registration": …, "quote": …}`."""
    payload = canonical_json({"registration": registration, "quote": quote})
    return hashlib.sha256(payload).hexdigest()
