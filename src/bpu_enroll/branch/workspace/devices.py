"""The supervisor's list of the branch's laptops and the revocation of one, from the workspace.

**List** (`GET /devices`): every enrolled laptop by device code, with its label, the officer it
was enrolled for when the roster knows it (the roster user name the laptop gave as its label at
enrolment, else null), the user names of the officers whose records it sent, when it was
enrolled and last seen, its status (`active` or `revoked`, with `revoked_at`) and the records
the branch received from it. Never a NIK (one typed in a label is masked), never a worker's
name, never an officer's full name.

**Revoke** (`POST /devices/{device}/revoke`, a reason required): the same revocation as
`bpu-branch device revoke` (`roster.revoke_device`, audited as `device_revoked` with the
supervisor as actor and the reason in the detail); the laptop is refused (`DEVICE_REVOKED`) at
its next request. Revoking a laptop already revoked answers 200 with the same state and
`already_revoked: true`: it keeps its first `revoked_at` and no second audit line is written, so
a retried request (a lost answer) is harmless. A reason is 1 to `REASON_LENGTH` characters,
not blank (`REVOKE_REASON_REQUIRED`), never a NIK (`REVOKE_REASON_HAS_NIK`: as `NIK_LIKE` finds
it, and 16 digits or more split by single separators of any kind, invisible ones too, since the
reason is kept in the audit line the audit page shows), one line of visible text
(`REVOKE_REASON_INVALID`: no control or format character, so no right-to-left override, no
zero-width character, no line or paragraph separator); an unknown device is 404
`DEVICE_UNKNOWN`.

**Enrolment code** (`POST /devices/enrol-code`): a one-time code for a new laptop, issued as
`bpu-branch device code` does (`roster.issue_code`, audited as `enrol_code_issued` with the
supervisor as actor and only the first characters of the code's hash), valid one hour or
`ttl_minutes` (`TTL_MINUTES`: from ten minutes to a day, else `ENROL_TTL_INVALID`; the command
allows a week, but a code shown on a screen should not outlive the working day). The answer is
the code, when it expires, the branch's TLS fingerprint and the code pinned to it
(`CODE@sha256:…`, what the officer's enrol dialog takes), and the addresses a laptop reaches the
branch at (`laptop_addresses`): the names the branch's certificate was made for (`bpu-branch
init --tls-host`) on this server's port. The workspace may run on the server machine itself and
reach it at `https://127.0.0.1:…`, an address useless on a laptop; loopback names are given
only when the certificate names nothing else, and then `loopback_only` says so. The code is
said once: the branch keeps only its hash. Each code enrols any laptop until it expires, so at
most `LIVE_CODES` are live (neither used nor expired) at once: one more is refused
`ENROL_CODES_LIMIT` (429) and issues nothing (a stolen supervisor session could otherwise mint
them without end). The live codes are counted under the lock the code's audit line takes
(`audit_chain.lock_chain`: an advisory lock on PostgreSQL, held to the commit; SQLite's `BEGIN
IMMEDIATE` already serialises), so two requests at the same moment cannot both see nine and make
eleven. Both refusals, `ENROL_CODES_LIMIT` and `ENROL_TTL_INVALID`, are audited as
`enrol_code_refused` (actor and subject the supervisor; the code, the lifetime asked and, for
the limit, the live codes counted; never a code or its hash), line by line within
`refusal_bound`'s limits for that user and their address. The server machine's `bpu-branch
device code` is not bounded.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from datetime import timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin import roster
from bpu_enroll.branch.device.auth import Refusal, as_utc
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.keys import certificate_hosts
from bpu_enroll.branch.store.models import Device, EnrolCode, Officer, Record, utcnow
from bpu_enroll.domain.formatting import NOT_TEXT, holds_nik, visible_line

REASON_LENGTH = 200
LIVE_CODES = 10
DEFAULT_TTL_MINUTES = 60
TTL_MINUTES = (10, 24 * 60)  # a lifetime asked from the workspace (ENROL_TTL_INVALID says it)


def device_list(session: Session) -> dict[str, Any]:
    """`GET /devices`: every enrolled laptop (see the module text)."""
    received = dict(
        session.exec(select(Record.device_id, func.count()).group_by(col(Record.device_id))).all()
    )
    officers: dict[int, set[str]] = {}
    for device_id, officer in session.exec(select(Record.device_id, Record.officer).distinct()):
        officers.setdefault(device_id, set()).add(officer)
    known = set(session.exec(select(Officer.username)).all())
    items = [
        device_item(device, known, officers.get(device.id or 0, set()), received)
        for device in roster.list_devices(session)
    ]
    return {"items": items}


def device_item(
    device: Device, known: set[str], officers: set[str], received: dict[int, int]
) -> dict[str, Any]:
    """One laptop of the list."""
    revoked = as_utc(device.revoked_at) if device.revoked_at is not None else None
    seen = as_utc(device.last_seen_at) if device.last_seen_at is not None else None
    return {
        "device": device.code,
        "label": roster.device_label(device.label),  # free text at enrolment: a NIK typed there
        "officer": device.label if device.label in known else None,
        "officers": sorted({visible_line(o) for o in officers}),  # as the laptops named them
        "enrolled_at": as_utc(device.enrolled_at).isoformat(),
        "last_seen_at": seen.isoformat() if seen is not None else None,
        "status": "revoked" if revoked is not None else "active",
        "revoked_at": revoked.isoformat() if revoked is not None else None,
        "records_received": int(received.get(device.id or 0, 0)),
    }


def enrol_code(
    session: Session,
    *,
    actor: str,
    ttl_minutes: int = DEFAULT_TTL_MINUTES,
    origin: tuple[str, int | None] = ("https", None),
) -> dict[str, Any]:
    """`POST /devices/enrol-code`: a fresh one-time enrolment code (see the module text)."""
    check_ttl(ttl_minutes, actor=actor)
    audit_chain.lock_chain(session)  # held to the commit: the count and the insert as one
    live = session.exec(
        select(func.count())
        .select_from(EnrolCode)
        .where(col(EnrolCode.used_at).is_(None), col(EnrolCode.expires_at) > utcnow())
    ).one()
    if live >= LIVE_CODES:
        raise Refusal(
            429, "ENROL_CODES_LIMIT",
            f"{LIVE_CODES} enrolment codes are still unused: use one or let it expire first",
            audit=refused_line(actor, "ENROL_CODES_LIMIT", ttl_minutes, count=int(live)),
        )  # fmt: skip
    issued = roster.issue_code(session, ttl=timedelta(minutes=ttl_minutes), actor=actor)
    document: dict[str, Any] = dict(issued.to_dict())
    document["pinned_code"] = f"{issued.code}@{issued.fingerprint}"
    document["ttl_minutes"] = ttl_minutes
    hosts = certificate_hosts(roster.branch_info(session).tls_cert_pem)
    document["addresses"], document["loopback_only"] = laptop_addresses(hosts, origin)
    return document


def check_ttl(minutes: int, *, actor: str) -> int:
    """`minutes`, refused (`ENROL_TTL_INVALID`, audited for `actor`) outside `TTL_MINUTES`."""
    low, high = TTL_MINUTES
    if not low <= minutes <= high:
        raise Refusal(
            422, "ENROL_TTL_INVALID",
            f"an enrolment code's lifetime must be between {low} and {high} minutes",
            extra={"low": low, "high": high},
            audit=refused_line(actor, "ENROL_TTL_INVALID", minutes),
        )  # fmt: skip
    return minutes


# The lifetime a refusal's audit line records at most, either way: a request may ask any whole
# number, and one of sixteen digits or more can be a NIK (`3201010108900078000…`), which the
# audit log never holds. Past it the line says the bound ("at least a million minutes").
TTL_AUDITED = 10**6


def refused_line(actor: str, code: str, ttl_minutes: int, **more: int) -> audit_chain.Line:
    """The audit line of a refused enrolment code (see the module text): never a code, and
    the lifetime asked within `TTL_AUDITED`."""
    asked = max(-TTL_AUDITED, min(TTL_AUDITED, ttl_minutes))
    detail = {"code": code, "ttl_minutes": asked, **more}
    return audit_chain.Line(actor, "enrol_code_refused", actor, detail)


def laptop_addresses(hosts: list[str], origin: tuple[str, int | None]) -> tuple[list[str], bool]:
    """The branch URLs for a laptop from the certificate's `hosts` at `origin` (this server's
    scheme and port), and whether they are loopback only: `localhost` and loopback addresses
    are left out unless nothing else is named (a laptop cannot reach the server at its own
    loopback)."""
    urls = [_url(host, origin) for host in hosts if not _loopback(host)]
    if urls:
        return list(dict.fromkeys(urls)), False
    return list(dict.fromkeys(_url(host, origin) for host in hosts)), True


def _loopback(host: str) -> bool:
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url(host: str, origin: tuple[str, int | None]) -> str:
    scheme, port = origin
    try:
        shown = f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        shown = host
    return f"{scheme}://{shown}" + (f":{port}" if port is not None else "")


def check_reason(reason: str) -> str:
    """The reason, stripped; refused when blank, holding a NIK (split too) or a character that
    is not visible text of one line."""
    text = reason.strip()
    if not text:
        raise Refusal(422, "REVOKE_REASON_REQUIRED", "say why the laptop is revoked")
    if holds_nik(text):
        raise Refusal(422, "REVOKE_REASON_HAS_NIK", "a reason must not contain a NIK")
    if len(text) > REASON_LENGTH or any(unicodedata.category(ch) in NOT_TEXT for ch in text):
        raise Refusal(422, "REVOKE_REASON_INVALID", "a reason is one short line of text")
    return text


def revoke(session: Session, *, code: str, reason: str, actor: str) -> dict[str, Any]:
    """`POST /devices/{code}/revoke`: revoke the laptop (see the module text)."""
    text = check_reason(reason)
    device = session.exec(select(Device).where(Device.code == code.upper())).first()
    if device is None:
        raise Refusal(404, "DEVICE_UNKNOWN", "no laptop with this device code is enrolled")
    already = device.revoked_at is not None
    if not already:
        device = roster.revoke_device(session, code=device.code, actor=actor, reason=text)
    assert device.id is not None
    count = session.exec(select(func.count()).where(Record.device_id == device.id)).one()
    known = set(session.exec(select(Officer.username)).all())
    officers = set(
        session.exec(select(Record.officer).where(Record.device_id == device.id).distinct())
    )
    item = device_item(device, known, officers, {device.id: int(count)})
    return {**item, "already_revoked": already}
