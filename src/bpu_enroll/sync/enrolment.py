"""The enrolment exchange with the branch: pinned certificate, device key, one-time code.

Over HTTPS the branch's certificate is fetched first and compared with the fingerprint from the
enrolment code before anything is sent (`fetch_certificate`); from then on the laptop trusts
exactly that certificate. `ask_branch` registers the device key; `remember_branch` keeps the
certificate and the branch's keys beside the profile. Making the profile itself is the
services' job (`services.enrolment.enrol_laptop`), above this layer.

The device key is made once per code, and written (`enrol-pending.json`, 0600,
atomically) before the code is sent: when the branch's answer is lost (a cut connection, a
timeout, the laptop killed), the next try, in this run or a later one, presents the same key
with the same code and the branch answers the same enrolment again. The file goes once the
profile holds the key (`forget_pending_key`), or once the branch said no try can succeed
(`SPENT`); a new code makes a new key.

The file holds the key sealed, never in clear: a secret box whose key is derived (Argon2id,
`store.keys.DEFAULT_KDF`, a random salt) from the enrolment code, which the officer types again
to retry and which the file does not hold. A stolen disk yields the key only to someone who
also has the code: 12 characters of 32 (60 bits), each guess costing an Argon2id derivation. A
wrong code does not open the box: a new key, as a new code makes. The enrol request is signed
with the key (`sign_enrolment`), so the code alone (or with the public key) is not enough.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import secrets
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from argon2.exceptions import HashingError
from nacl.exceptions import CryptoError
from nacl.secret import SecretBox
from nacl.signing import SigningKey

from bpu_enroll.store.keyring import OfficerEntry
from bpu_enroll.store.keys import DEFAULT_KDF, KdfParams, derive_secret_key, new_salt
from bpu_enroll.sync.client import RetryPolicy, SyncClient, SyncRefused, make_http_client
from bpu_enroll.sync.laptop_store import (
    SyncState,
    save_certificate,
    save_sync_state,
    write_atomic,
)
from bpu_enroll.sync.protocol import (
    EnrolAnswer,
    EnrolRequest,
    b64,
    enrol_signing_bytes,
    unb64,
)

HttpFactory = Callable[[str, str | None], httpx.Client]
PENDING_KEY_FILE = "enrol-pending.json"
"""The device key of an enrolment not finished yet, sealed with the code (never the code)."""
SPENT = frozenset({"ENROL_CODE_INVALID", "ENROL_DEVICE_REVOKED", "DEVICE_KEY_INVALID"})
"""The branch's refusals after which the pending key is of no use (no retry can succeed)."""


class EnrolmentError(Exception):
    """Enrolment could not be done, with a stable code (and the catalogue message's params)."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


@dataclass(frozen=True)
class Enrolled:
    """The outcome of `enrol_laptop` (the `enroll --json` document)."""

    device_code: str
    branch_code: str
    branch_name: str
    province: str
    officers: tuple[str, ...]
    pinned: str | None
    demo_archive: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        """`{"device_code", "branch_code", "branch_name", "province", "officers", "pinned"}`."""
        return {
            "device_code": self.device_code,
            "branch_code": self.branch_code,
            "branch_name": self.branch_name,
            "province": self.province,
            "officers": list(self.officers),
            "pinned": self.pinned,
        }


def fetch_certificate(server_url: str, fingerprint: str, *, timeout: float = 10.0) -> str:
    """The branch's certificate (PEM) if its SHA-256 matches `fingerprint`, else refuse."""
    parts = urlsplit(server_url)
    host, port = parts.hostname or "", parts.port or 443
    try:
        pem = ssl.get_server_certificate((host, port), timeout=timeout)
    except OSError as exc:
        reason = type(exc).__name__
        raise EnrolmentError(
            "NETWORK", f"cannot reach the branch ({reason})", reason=reason
        ) from exc
    seen = "sha256:" + hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    if not hmac.compare_digest(seen.lower(), fingerprint.strip().lower()):
        raise EnrolmentError("CERT_MISMATCH", "the server's certificate is not the branch's")
    return pem


def default_http(url: str, cert_pem: str | None) -> httpx.Client:
    return make_http_client(url, cert_pem=cert_pem)


def _normalised(code: str) -> str:
    """The code as the branch reads it: no dashes, no spaces, upper case. Not the address: the
    officer may type the branch's address another way on the next try, and a code is known at
    one branch only."""
    return code.replace("-", "").replace(" ", "").upper()


def _box(code: str, salt: bytes, params: KdfParams) -> SecretBox:
    """The secret box a pending key is sealed in: its key derived from the code."""
    return SecretBox(derive_secret_key(_normalised(code), salt, params))


def _open_pending(document: object, code: str) -> SigningKey | None:
    """The key a pending file holds for `code`, or None (another code, or damaged). A file of
    the first format (the key in clear beside the code's SHA-256) is read once, for the same
    code, and sealed at once by the caller."""
    if not isinstance(document, dict):
        return None
    try:
        if "sealed" in document:
            params = KdfParams.from_dict(document["kdf"])
            if not _bounded(params):  # a file made to cost the laptop minutes or gigabytes
                return None
            box = _box(code, unb64(str(document["salt"])), params)
            return SigningKey(box.decrypt(unb64(str(document["sealed"]))))
        legacy = hashlib.sha256(_normalised(code).encode()).hexdigest()
        if hmac.compare_digest(str(document.get("for", "")), legacy):
            return SigningKey(unb64(str(document["key"])))
    except (CryptoError, HashingError, ValueError, KeyError, TypeError):
        pass
    return None


def _bounded(params: KdfParams) -> bool:
    """Parameters this laptop derives with: within the bounds the roster's settings have."""
    return (
        1 <= params.time_cost <= 20
        and 8 <= params.memory_kib <= 1_048_576
        and 1 <= params.parallelism <= 16
    )


def _seal_pending(path: Path, code: str, key: SigningKey) -> None:
    """Write `key` sealed with `code` (atomically, 0600)."""
    salt, params = new_salt(), DEFAULT_KDF
    sealed = _box(code, salt, params).encrypt(bytes(key))
    document = {"v": 2, "kdf": params.to_dict(), "salt": b64(salt), "sealed": b64(sealed)}
    write_atomic(path, json.dumps(document).encode("utf-8"))


def pending_key(data_dir: Path, code: str) -> SigningKey:
    """The device key for enrolling with `code`: the one kept from an earlier try with the same
    code, else a new one, sealed with the code and written (atomically) before it is used."""
    path = Path(data_dir) / PENDING_KEY_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        document = None  # none, or not readable: a new key (the branch never saw one it answered)
    key = _open_pending(document, code)
    if key is not None and isinstance(document, dict) and "sealed" in document:
        return key
    key = key or SigningKey.generate()
    _seal_pending(path, code, key)
    return key


def sign_enrolment(
    code: str,
    key: SigningKey,
    branch_code: str,
    *,
    label: str = "",
    timestamp: int | None = None,
    nonce: str | None = None,
) -> EnrolRequest:
    """The enrol request for `code`, signed by `key` for the branch `branch_code` now (or at
    `timestamp`) with a fresh nonce: it proves the sender holds the key it registers."""
    public = b64(bytes(key.verify_key))
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    nonce = nonce or secrets.token_hex(16)
    message = enrol_signing_bytes(code, public, branch_code, stamp, nonce)
    return EnrolRequest(
        code=code, device_public_key=public, label=label[:100], timestamp=stamp, nonce=nonce,
        signature=b64(key.sign(message).signature),
    )  # fmt: skip


def forget_pending_key(data_dir: Path) -> None:
    """Remove the pending key once the profile holds it (its sealed copy is not kept either)."""
    with contextlib.suppress(FileNotFoundError):
        (Path(data_dir) / PENDING_KEY_FILE).unlink()


def ask_branch(
    server_url: str,
    *,
    data_dir: Path,
    code: str,
    cert_pem: str | None,
    label: str,
    http_factory: HttpFactory = default_http,
    retry: RetryPolicy | None = None,
) -> tuple[SigningKey, EnrolAnswer]:
    """The device key (`pending_key`: the same on every try with this code) and the branch's
    answer to registering it with the one-time `code`."""
    device_key = pending_key(data_dir, code)
    with http_factory(server_url, cert_pem) as http:
        client = SyncClient(http, retry=retry)
        try:
            # The signature names the branch: its code, from the (pinned) branch itself.
            branch_code = client.health().branch_code
            answer = client.enrol(
                lambda: sign_enrolment(code, device_key, branch_code, label=label)
            )
        except SyncRefused as exc:
            if exc.code in SPENT:  # this key can never be answered with this code
                forget_pending_key(data_dir)
            raise
    return device_key, answer


def remember_branch(
    data_dir: Path,
    answer: EnrolAnswer,
    *,
    server_url: str,
    cert_pem: str | None,
    fingerprint: str | None,
) -> Enrolled:
    """Keep the pinned certificate and the branch's keys beside the new profile; the outcome."""
    if cert_pem:
        save_certificate(data_dir, cert_pem)
    save_sync_state(
        data_dir,
        SyncState(
            server_url=server_url,
            fingerprint=fingerprint if cert_pem else None,
            branch_signing_key=answer.branch_signing_key,
            branch_encryption_key=answer.branch_encryption_key,
            reference_data=dict(answer.reference_data),
        ),
    )
    active = tuple(o.username for o in answer.roster if o.active)
    pinned = fingerprint if cert_pem else None
    return Enrolled(
        answer.device_code, answer.branch_code, answer.branch_name, answer.province, active, pinned
    )


def roster_entries(answer: EnrolAnswer) -> list[OfficerEntry]:
    """The enrolment roster as keyring entries (no sealed key yet: sealed at profile creation)."""
    return [OfficerEntry.from_dict(o.model_dump(mode="json")) for o in answer.roster]
