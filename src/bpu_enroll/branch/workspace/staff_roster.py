"""The supervisor's staff roster from the workspace: the list, adding, revoking and unlocking.

**List** (`GET /roster`): every roster account by user name, with its full name, role, when it
was added, its status (`active` or `revoked`) and, when its sign-in is locked now after wrong
passwords, `locked_until` (UTC); and `now`, the server's time when it answered (UTC), from
which the workspace waits for a lock's end whatever the workstation's own clock says. Never key
material, never a password or its verifier.

**Add** (`POST /roster`, `{"username", "name", "role", "password"}`): the same as `bpu-branch
officer add` (`roster.add_officer`, audited as `officer_added` or `officer_reactivated` with the
supervisor as actor and the role in the detail), with its rules: a user name, NFKC-normalised,
of 1 to 64 ASCII letters, digits or dots (`STAFF_USERNAME_INVALID`: no accented letter, no
letter of another script looking like a Latin one, `roster.new_username`) that is no NIK
(`STAFF_USERNAME_NIK`) and not another account's in other letter case (`OFFICER_EXISTS`, as an
active account's own: `Citra` beside `citra`), a name of
1 to 100 characters of visible text on one line (`STAFF_NAME_INVALID`: no control or format
character, so no NUL, line break, terminal escape or right-to-left override) holding no NIK
(`STAFF_NAME_NIK`: the names go to every laptop and into its tallies, which a NIK in a name has
refused), a password not empty
(`STAFF_PASSWORD_EMPTY`), an active user name not again (`OFFICER_EXISTS`, the command's own
code; the second of two adds of one new name at the same moment too). The workspace offers
officer, clerk and supervisor; an administrator is made only with the command on the server
(`STAFF_ROLE_INVALID`). The password is never answered, logged or audited.

**Revoke** (`POST /roster/{username}/revoke`): as `bpu-branch officer revoke`
(`roster.revoke_officer`: the account's workspace sessions end, laptops drop it at their next
pull). Not oneself (`STAFF_REVOKE_SELF`), not an administrator unless by one
(`STAFF_ADMIN_ONLY`); an unknown name is 404 `STAFF_UNKNOWN`. An account already revoked answers
200 with its state and `already_revoked: true`, and writes nothing.

**Unlock** (`POST /roster/{username}/unlock`): lifts the sign-in lock of a locked user name (its
name's throttle row deleted, as a successful sign-in deletes it; the address counters stay),
audited as `sign_in_unlocked` (actor the supervisor, subject the user name, the lock's end in
the detail). A name not locked answers its state with `was_locked: false` and writes nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from bpu_enroll.branch.admin import roster
from bpu_enroll.branch.device.auth import Refusal, as_utc
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.fields import officer_name
from bpu_enroll.branch.store.models import Officer, utcnow
from bpu_enroll.branch.workspace import sign_in

WORKSPACE_ROLES = ("officer", "clerk", "supervisor")  # an administrator: the command only
ADMIN = "admin"
_USAGE_CODES = {
    "username": "STAFF_USERNAME_INVALID",
    "officer_name": "STAFF_NAME_INVALID",
    "password_empty": "STAFF_PASSWORD_EMPTY",
    "role": "STAFF_ROLE_INVALID",
}


def staff_item(officer: Officer, now: datetime, locked: datetime | None) -> dict[str, Any]:
    """One account of the list (see the module text)."""
    revoked = as_utc(officer.revoked_at) if officer.revoked_at is not None else None
    return {
        "username": officer.username,
        "name": officer_name(officer),
        "role": officer.role,
        "added_at": as_utc(officer.created_at).isoformat(),
        "status": "revoked" if revoked is not None else "active",
        "revoked_at": revoked.isoformat() if revoked is not None else None,
        "locked_until": locked.isoformat() if locked is not None else None,
    }


def _item(session: Session, officer: Officer) -> dict[str, Any]:
    now = utcnow()
    return staff_item(officer, now, sign_in.name_locked_until(session, officer.username, now))


def roster_list(session: Session) -> dict[str, Any]:
    """`GET /roster`: every account (see the module text)."""
    now = utcnow()
    items = [
        staff_item(officer, now, sign_in.name_locked_until(session, officer.username, now))
        for officer in roster.list_officers(session)
    ]
    return {"items": items, "now": now.isoformat()}


def add(
    session: Session, *, username: str, name: str, role: str, password: str, actor: str
) -> dict[str, Any]:
    """`POST /roster`: add (or re-activate) an account as `officer add` does."""
    if role not in WORKSPACE_ROLES:
        raise Refusal(
            422, "STAFF_ROLE_INVALID", "the workspace adds officers, clerks and supervisors"
        )
    try:
        officer = roster.add_officer(
            session, username=username, name=name, role=role, password=password, actor=actor
        )
    except roster.AdminError as refused:
        session.rollback()
        if refused.code == "OFFICER_EXISTS":
            raise Refusal(
                409, "OFFICER_EXISTS", "an account with this user name is active"
            ) from None
        if refused.code in {"STAFF_USERNAME_NIK", "STAFF_NAME_NIK"}:
            raise Refusal(422, refused.code, refused.message) from None
        code = _USAGE_CODES.get(str(refused.params.get("why")), "REQUEST_INVALID")
        raise Refusal(422, code, refused.message) from None
    return _item(session, officer)


def _known(session: Session, username: str) -> Officer:
    officer = session.get(Officer, username)
    if officer is None:
        raise Refusal(404, "STAFF_UNKNOWN", "no account with this user name")
    return officer


def revoke(session: Session, *, username: str, actor: str, actor_role: str) -> dict[str, Any]:
    """`POST /roster/{username}/revoke`: as `officer revoke` (see the module text)."""
    officer = _known(session, username)
    if username == actor:
        raise Refusal(409, "STAFF_REVOKE_SELF", "a supervisor cannot revoke their own account")
    if officer.role == ADMIN and actor_role != ADMIN:
        raise Refusal(403, "STAFF_ADMIN_ONLY", "only an administrator revokes an administrator")
    already = officer.revoked_at is not None
    if not already:
        officer = roster.revoke_officer(session, username=username, actor=actor)
    return {**_item(session, officer), "already_revoked": already}


def unlock(session: Session, *, username: str, actor: str) -> dict[str, Any]:
    """`POST /roster/{username}/unlock`: lift a sign-in lock (see the module text)."""
    officer = _known(session, username)
    now = utcnow()
    locked = sign_in.name_locked_until(session, username, now)
    if locked is not None:
        sign_in.unlock_name(session, username)
        detail = {"locked_until": locked.isoformat()}
        audit_chain.append(
            session, actor=actor, action="sign_in_unlocked", subject=username, detail=detail
        )
        session.commit()
    return {**staff_item(officer, now, None), "was_locked": locked is not None}
