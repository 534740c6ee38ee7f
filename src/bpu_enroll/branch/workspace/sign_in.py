"""Staff sign-in as careful as a bank's: lockout, equal time for unknown names, every failure
audited.

- **Lockout.** Failed sign-ins are counted per user name (`user:` and the name's keyed hash,
  known or not, so a lock says nothing about whether a name exists) and per client address
  (`addr:IP`; for an IPv6 client its /64 network, whose host part it may change at will:
  `counted_address`). The 5th failure for a name (the 20th from an address) locks it for 1
  minute, then 5, 15 and 60 minutes for the next locks. While locked, a sign-in is refused with
  `ACCOUNT_LOCKED` (HTTP 429) carrying `retry_after` (seconds) and `locked_until` (UTC), and the
  password is not even checked. A successful sign-in clears its name's counter; an address's
  counter only fades (15 minutes without a failure), so one valid account cannot be used to
  reset it. A name's lock history fades after a day without failures. The slow password check
  holds no lock (on SQLite every write of the branch would wait for it); each sign-in looks at
  the lock before it and again after it, holding the name's and the address's rows while it
  counts its failure, and a lock that started in between withholds its result: sending many at
  once gains no guesses.
- **Attempts left.** A failure that starts no lock says how many wrong attempts are left
  before the name or the address locks (`LOGIN_FAILED` with `attempts_left`), as the laptop's
  own sign-in does: the rule is no secret, the count is kept per name's keyed hash known or not.
- **Equal time.** An unknown or revoked user name is checked against a dummy verifier made with
  the roster's own KDF parameters, so it costs what a known name costs.
- **Audit.** Every refused sign-in is a line in the branch audit log with its code and the
  address: a failed one (`login_failed`, `LOGIN_FAILED`; `REQUEST_INVALID` for a body that does
  not validate, named `-`), a locked one (`login_locked`, `ACCOUNT_LOCKED`: within the bound of
  `store.refusal_bound`, since anyone can keep knocking at a lock), an officer's right
  password at the staff workspace (`login_refused`, `ROLE_REFUSED`). Never a password, and a
  long run of digits typed as a user name (a NIK by mistake, in any grouping) is masked.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.store.db import data_key_of
from bpu_enroll.branch.store.models import Officer, SignInThrottle
from bpu_enroll.domain.formatting import SPLIT_NIK, mask_nik, mask_nik_like
from bpu_enroll.store.keys import KdfParams, check_verifier, make_verifier

FAILURES_PER_USER = 5
FAILURES_PER_ADDRESS = 20
LOCK_WAITS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(minutes=60),
)
ADDRESS_FADES = timedelta(minutes=15)
LOCKS_FADE = timedelta(days=1)
_DIGIT_RUN = re.compile(r"\d{10,}")


@dataclass(frozen=True)
class Attempt:
    """Who tried to sign in and from where (the address as the server saw it)."""

    username: str
    address: str

    @property
    def shown_name(self) -> str:
        """The user name as the audit log keeps it (long digit runs and NIKs written in groups
        masked, also split otherwise than in the usual groups: `32010145.08900001`, or by
        underscores, which user names may hold: `domain.formatting.SPLIT_NIK`)."""
        name = SPLIT_NIK.sub(lambda m: mask_nik(m[0]), mask_nik_like(self.username))
        return _DIGIT_RUN.sub(lambda m: m[0][:4] + "*" * (len(m[0]) - 8) + m[0][-4:], name)


def throttle_keys(session: Session, attempt: Attempt) -> tuple[str, str]:
    """The throttle keys of an attempt: its user name and its address. The name is kept as a
    keyed hash (HMAC-SHA256 under a key derived from the branch's data key): a name typed
    there may be anything, a worker's NIK by mistake too, and these rows are not sealed."""
    key = data_key_of(session).derive("sign-in-name")
    name = hmac.new(key, attempt.username.encode("utf-8", "replace"), hashlib.sha256)
    return f"user:{name.hexdigest()}", f"addr:{counted_address(attempt.address)}"[:80]


def counted_address(address: str) -> str:
    """The address a failure is counted under: an IPv6 client's /64 network, the one piece of
    its address it does not choose (a host picks its last 64 bits at will, privacy addresses
    anew at every connection if it likes: counted one by one, each try would come from an
    address never seen and the address lock would never start); an IPv4 address mapped into
    IPv6 as the IPv4 address; any other address as it is."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def locked_until(session: Session, attempt: Attempt, now: datetime) -> datetime | None:
    """The latest lock still running on this attempt's name or address, if any.

    The rows of the name and the address are taken for update (name first, so two sign-ins
    never wait on each other in a circle) and stay held until the transaction ends. A sign-in
    asks before its password check and again after it, counting its failure under these rows
    (`staff.login`): fifteen sent at once, each checked side by side, count one after another,
    and those that find the lock started by the fifth are refused without their result, so
    they are not fifteen guesses where the lock allows four."""
    rows = [_throttle_row(session, key, now) for key in throttle_keys(session, attempt)]
    ends = [_aware(r.locked_until) for r in rows if r.locked_until and _aware(r.locked_until) > now]
    return max(ends) if ends else None


@lru_cache(maxsize=8)
def _dummy_verifier(kdf_json: str) -> str:
    params = KdfParams.from_dict(json.loads(kdf_json)) if kdf_json else None
    password = secrets.token_urlsafe(16)
    return make_verifier(password, params) if params else make_verifier(password)


def verifier_of(session: Session, attempt: Attempt) -> tuple[str, bool]:
    """The verifier to check the attempt's password against, and whether it is an active
    officer's: an unknown or revoked name is checked against a dummy verifier made with the
    roster's KDF, so that it costs what a known name costs. Read, not checked: the check is
    slow and holds no lock (`password_matches`)."""
    officer = session.get(Officer, attempt.username)
    if officer is not None and officer.revoked_at is None:
        return officer.verifier, True
    kdf = session.exec(select(Officer.kdf).order_by(col(Officer.created_at).desc())).first()
    return _dummy_verifier(officer.kdf if officer else (kdf or "")), False


def password_matches(verifier: tuple[str, bool], password: str) -> bool:
    """Whether `password` is the officer's (`verifier_of`), in equal time for every name."""
    text, active = verifier
    return check_verifier(text, password) and active


def active_officer(session: Session, attempt: Attempt) -> Officer | None:
    """The officer of a name whose password matched, read again after the check: None when
    revoked in the meantime."""
    officer = session.get(Officer, attempt.username)
    return officer if officer is not None and officer.revoked_at is None else None


def _throttle_row(session: Session, key: str, now: datetime) -> SignInThrottle:
    """The row of `key`, created if missing (race-free on both engines), locked for update.

    A sign-in waiting for the row may find it gone when it gets it: the one before it signed
    in and cleared the name (`clear_user`); it is then made again."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    values = {"key": key, "failures": 0, "lockouts": 0, "last_failure_at": now}
    while True:
        session.execute(insert(SignInThrottle).values(**values).on_conflict_do_nothing())
        row = session.exec(
            select(SignInThrottle).where(SignInThrottle.key == key).with_for_update()
        ).first()
        if row is not None:
            session.refresh(row)
            return row


def record_failure(session: Session, attempt: Attempt, now: datetime) -> datetime | None:
    """Count one failure for the name and the address; when a lock starts, its end."""
    ends: list[datetime] = []
    user_key, address_key = throttle_keys(session, attempt)
    for key, limit, fades in (
        (user_key, FAILURES_PER_USER, LOCKS_FADE),
        (address_key, FAILURES_PER_ADDRESS, ADDRESS_FADES),
    ):
        row = _throttle_row(session, key, now)
        if now - _aware(row.last_failure_at) > fades:
            row.failures = row.lockouts = 0
        row.failures += 1
        row.last_failure_at = now
        if row.failures >= limit:
            wait = LOCK_WAITS[min(row.lockouts, len(LOCK_WAITS) - 1)]
            row.lockouts += 1
            row.failures = 0
            row.locked_until = now + wait
            ends.append(row.locked_until)
        session.add(row)
    return max(ends) if ends else None


def attempts_left(session: Session, attempt: Attempt) -> int:
    """After a failure that started no lock: the wrong attempts left before the name or the
    address locks. Counted per name's keyed hash, known or not, like the lock itself: it says
    nothing a lock would not, and nothing about whether the name exists."""
    session.flush()
    user_key, address_key = throttle_keys(session, attempt)
    left = []
    for key, limit in ((user_key, FAILURES_PER_USER), (address_key, FAILURES_PER_ADDRESS)):
        row = session.get(SignInThrottle, key)
        left.append(limit - (row.failures if row is not None else 0))
    return max(0, min(left))


def clear_user(session: Session, attempt: Attempt) -> None:
    """A successful sign-in: the name's counter and lock history start again."""
    row = session.get(SignInThrottle, throttle_keys(session, attempt)[0])
    if row is not None:
        session.delete(row)


def locked_refusal(until: datetime, now: datetime) -> Refusal:
    """`ACCOUNT_LOCKED` (429) with when to try again, in seconds and as a UTC time."""
    seconds = max(1, int((until - now).total_seconds() + 0.999))
    minutes = max(1, (seconds + 59) // 60)
    stamp = until.strftime("%H:%M:%S UTC")
    return Refusal(
        429,
        "ACCOUNT_LOCKED",
        f"too many failed sign-ins: try again after {stamp} (in {minutes} minute"
        f"{'' if minutes == 1 else 's'})",
        extra={"retry_after": seconds, "locked_until": until.isoformat()},
        headers={"Retry-After": str(seconds)},
    )


def audit_detail(attempt: Attempt, **more: Any) -> dict[str, Any]:
    """The audit detail of a sign-in line: the address and what happened, never a password."""
    return {"address": attempt.address[:64], **more}


def name_locked_until(session: Session, username: str, now: datetime) -> datetime | None:
    """When the sign-in lock of `username` ends, if it is locked now (its name's row only, not
    the address counters); read without taking the row."""
    row = session.get(SignInThrottle, throttle_keys(session, Attempt(username, ""))[0])
    if row is None or row.locked_until is None or _aware(row.locked_until) <= now:
        return None
    return _aware(row.locked_until)


def unlock_name(session: Session, username: str) -> bool:
    """Lift the sign-in lock of `username` (a supervisor's unlock): its name's row is deleted,
    as a successful sign-in deletes it (counter and lock history start again); the address
    counters stay. Whether there was a row. In the caller's transaction."""
    row = session.get(SignInThrottle, throttle_keys(session, Attempt(username, ""))[0])
    if row is None:
        return False
    session.delete(row)
    return True
