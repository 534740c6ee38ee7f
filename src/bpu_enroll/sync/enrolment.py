"""Enrolling this laptop at its branch: device key, one-time code, pinned certificate, profile.

Over HTTPS the branch's certificate is fetched first and compared with the fingerprint from the
enrolment code before anything is sent; from then on the laptop trusts exactly that
certificate. The answer (device code, branch identity and keys, officer roster, reference-data
versions) becomes a new local profile (`services.profile.create_profile`), so the branch's
officers can log in offline at once.

With `replace_demo=True` a laptop holding the demo profile (and only the demo) can be enrolled:
the demo profile is put aside into `demo-archive-<UTC stamp>/` just before the branch is asked,
and put back when the enrolment fails (`services.profile.archive_demo_profile`,
`restore_archived_demo`). Any other profile is refused with `PROFILE_EXISTS`.
"""

from __future__ import annotations

import hashlib
import hmac
import ssl
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from nacl.signing import SigningKey

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store.keyring import OfficerEntry
from bpu_enroll.sync.client import RetryPolicy, SyncClient, make_http_client
from bpu_enroll.sync.laptop_store import SyncState, save_certificate, save_sync_state
from bpu_enroll.sync.protocol import EnrolAnswer, EnrolRequest, b64, unb64

HttpFactory = Callable[[str, str | None], httpx.Client]


class EnrolmentError(Exception):
    """Enrolment could not be done, with a stable code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


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
        raise EnrolmentError("NETWORK", f"cannot reach the branch ({type(exc).__name__})") from exc
    seen = "sha256:" + hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    if not hmac.compare_digest(seen.lower(), fingerprint.strip().lower()):
        raise EnrolmentError("CERT_MISMATCH", "the server's certificate is not the branch's")
    return pem


def _default_http(url: str, cert_pem: str | None) -> httpx.Client:
    return make_http_client(url, cert_pem=cert_pem)


def enrol_laptop(
    data_dir: Path,
    *,
    server_url: str,
    code: str,
    fingerprint: str | None,
    now: datetime,
    label: str = "",
    http_factory: HttpFactory = _default_http,
    retry: RetryPolicy | None = None,
    replace_demo: bool = False,
) -> Enrolled:
    """Register a fresh device key with the branch and create the local profile from it.

    `replace_demo`: a demo profile in `data_dir` is archived first and restored on failure.
    """
    from bpu_enroll.services.profile import (
        archive_demo_profile,
        is_demo_profile,
        profile_exists,
        restore_archived_demo,
    )

    data_dir = Path(data_dir)
    demo = replace_demo and is_demo_profile(data_dir)
    if profile_exists(data_dir) and not demo:
        raise BpuError("PROFILE_EXISTS")
    cert_pem: str | None = None
    if urlsplit(server_url).scheme == "https":
        if not fingerprint:
            raise EnrolmentError("USAGE", "an https server needs the code's --fingerprint")
        cert_pem = fetch_certificate(server_url, fingerprint)
    ask = partial(
        _enrol,
        data_dir,
        server_url=server_url,
        code=code,
        cert_pem=cert_pem,
        fingerprint=fingerprint,
        now=now,
        label=label,
        http_factory=http_factory,
        retry=retry,
    )
    if not demo:
        return ask()
    archive: Path | None = None
    try:
        archive = archive_demo_profile(data_dir, now)
        enrolled = ask()
    except BaseException:
        if not profile_exists(data_dir):  # the branch's profile was not made: the demo returns
            restore_archived_demo(data_dir, archive, now=now)
        raise
    return replace(enrolled, demo_archive=archive)


def _enrol(
    data_dir: Path,
    *,
    server_url: str,
    code: str,
    cert_pem: str | None,
    fingerprint: str | None,
    now: datetime,
    label: str,
    http_factory: HttpFactory,
    retry: RetryPolicy | None,
) -> Enrolled:
    from bpu_enroll.services.profile import Identity, create_profile

    device_key = SigningKey.generate()
    request = EnrolRequest(
        code=code, device_public_key=b64(bytes(device_key.verify_key)), label=label[:100]
    )
    with http_factory(server_url, cert_pem) as http:
        answer = SyncClient(http, retry=retry).enrol(request)
    create_profile(
        data_dir,
        identity=Identity(
            answer.branch_code, answer.branch_name, answer.province, answer.device_code
        ),
        officers=roster_entries(answer),
        now=now,
        signing_key=bytes(device_key),
        server_url=server_url,
        recovery_public_key=unb64(answer.branch_encryption_key),
    )
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
