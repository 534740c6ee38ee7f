"""Enrolling this laptop at its branch: the exchange, then the new local profile.

The branch's answer (device code, branch identity and keys, officer roster, reference-data
versions) becomes a new local profile (`services.profile.create_profile`), so the branch's
officers can log in offline at once. The exchange itself is `sync.enrolment`.

With `replace_demo=True` a laptop holding the demo profile (and only the demo) can be enrolled:
the demo profile is put aside into `demo-archive-<UTC stamp>/` just before the branch is asked,
and put back when the enrolment fails (`services.profile.archive_demo_profile`,
`restore_archived_demo`). Any other profile, or a branch workstation's folder, is refused with
`PROFILE_EXISTS`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.profile import (
    Identity,
    archive_demo_profile,
    create_profile,
    is_demo_profile,
    profile_exists,
    restore_archived_demo,
    workstation_set_up,
)
from bpu_enroll.sync.address import require_secure_address, server_url_of
from bpu_enroll.sync.client import RetryPolicy
from bpu_enroll.sync.enrolment import (
    Enrolled,
    EnrolmentError,
    HttpFactory,
    ask_branch,
    default_http,
    fetch_certificate,
    forget_pending_key,
    remember_branch,
    roster_entries,
)
from bpu_enroll.sync.protocol import unb64

__all__ = ["Enrolled", "EnrolmentError", "enrol_laptop"]


def enrol_laptop(
    data_dir: Path,
    *,
    server_url: str,
    code: str,
    fingerprint: str | None,
    now: datetime,
    label: str = "",
    http_factory: HttpFactory = default_http,
    retry: RetryPolicy | None = None,
    replace_demo: bool = False,
) -> Enrolled:
    """Register this laptop's device key with the branch and create the local profile from it.

    The key is the one kept from an earlier try with the same code, whose answer was lost
    (`sync.enrolment.pending_key`): the branch answers that enrolment again.
    `replace_demo`: a demo profile in `data_dir` is archived first and restored on failure.
    """
    server_url = server_url_of(server_url)
    require_secure_address(server_url)
    data_dir = Path(data_dir)
    if workstation_set_up(data_dir):  # before the branch is asked: the code stays unused
        raise BpuError("PROFILE_EXISTS")
    demo = replace_demo and is_demo_profile(data_dir)
    if profile_exists(data_dir) and not demo:
        if not is_demo_profile(data_dir):  # enrolled: its pending key, if any, is in the store
            forget_pending_key(data_dir)
        raise BpuError("PROFILE_EXISTS")
    cert_pem: str | None = None
    if urlsplit(server_url).scheme == "https":
        if not fingerprint:
            raise EnrolmentError(
                "USAGE", "an https server needs the code's --fingerprint", why="https_fingerprint"
            )
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
    device_key, answer = ask_branch(
        server_url,
        data_dir=data_dir,
        code=code,
        cert_pem=cert_pem,
        label=label,
        http_factory=http_factory,
        retry=retry,
    )
    # The branch's keys and certificate first, the profile (its keyring last) after: a laptop
    # killed in between has no profile yet, and its next try (same key, same code) is answered
    # again and finishes; the other way round it had a profile that could never sync.
    enrolled = remember_branch(
        data_dir, answer, server_url=server_url, cert_pem=cert_pem, fingerprint=fingerprint
    )
    create_profile(
        data_dir,
        identity=Identity(
            answer.branch_code, answer.branch_name, answer.province, answer.device_code
        ),
        officers=roster_entries(answer),
        now=now,
        signing_key=bytes(device_key),
        server_url=server_url,
        recovery_public_key=(
            unb64(answer.branch_recovery_key) if answer.branch_recovery_key else None
        ),
    )
    forget_pending_key(data_dir)
    return enrolled
