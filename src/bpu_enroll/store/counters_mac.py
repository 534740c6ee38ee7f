"""The seal on the laptop's login-failure counters, so that editing `keyring.json` does not reset
a lockout.

The counters live in the keyring (plain JSON) because lockout must work before the store is
open. They are sealed with an HMAC-SHA256 whose key only this software and this profile know:
a constant of the software mixed with the profile's own random material (the officers' public
keys and sealed copies of the database key, different on every laptop). A keyring whose
counters do not match their seal, or whose seal is missing, was edited by hand: `auth` then
locks every officer for the lock duration and records `login_counters_tampered`. Restoring a
whole older copy of the file is not detected (the file carries no clock); the store's audit log
still holds every failed login once someone unlocks.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

# Not a secret from someone who reads this code: it only makes the key differ from any value
# the file itself holds, so the seal cannot be recomputed with a text editor alone.
_SOFTWARE_KEY = b"bpu-enroll/login-failures/v1"


def _profile_key(document: dict[str, Any]) -> bytes:
    material = json.dumps(
        [
            document.get("device"),
            [(o.get("username"), o.get("public_key"), o.get("sealed_db_key"))
             for o in document.get("officers") or []],
        ],
        sort_keys=True,
        separators=(",", ":"),
    )  # fmt: skip
    return hmac.new(_SOFTWARE_KEY, material.encode("utf-8"), hashlib.sha256).digest()


def counters_mac(document: dict[str, Any]) -> str:
    """The seal of a keyring document's `login_failures` (hex)."""
    counters = json.dumps(
        document.get("login_failures") or {}, sort_keys=True, separators=(",", ":")
    )
    return hmac.new(_profile_key(document), counters.encode("utf-8"), hashlib.sha256).hexdigest()


def counters_intact(document: dict[str, Any]) -> bool:
    """True when the document's counters carry their seal."""
    seal = document.get("login_failures_mac")
    return isinstance(seal, str) and hmac.compare_digest(seal, counters_mac(document))
