"""A bound on the audit lines that refusals nobody signed in for can write, and a signed-in
member of staff's refusals for their role.

A laptop the branch revoked, a request signed with another key than its device's, a replay, a
wrong enrolment code and a sign-in while locked are each refused with their code and audited:
but no sign-in is needed to make them, so anyone on the LAN could grow the audit chain without
end. A clerk asking for a supervisor's page is refused (`ROLE_REFUSED`) and audited
(`role_refused`) too, and a page called in a loop grew the chain as fast: a member of staff
with the lowest role could fill it; so could a supervisor's session asking for enrolment codes
past their bound (`enrol_code_refused`). Such a refusal is audited line by line only while, in the
current window (`WINDOW`, a minute), fewer than `LIMIT` were audited from its client address,
fewer than `LIMIT` for its device code (a laptop's) or for its user name (a member of staff's),
and fewer than `TOTAL_LIMIT` from every client together. Beyond that the request is refused
all the same, with its own code (the client is told nothing of the bound), and is only
counted: against its address and its device or user whichever bound it met (so that their
summaries say every refusal of theirs not written, those refused once the total was reached
too), and against the total whichever bound it met (so that the `all` summary says every
refusal not written line by line, those held back only by an address, device or user bound
too, not only those beyond the total). When a window with uncounted lines has ended, one
`refusals_suppressed` line per key (`addr:…`, `device:…`, `user:…`, `all`) says how many were
not written (`suppressed`, with the window's start and end; a key longer than the subject column
is cut with an ellipsis and said whole as the detail's `key`): it is written by the next audited
refusal or locked sign-in of any client, by the server's own flush (`flush_due`, once a `WINDOW`
in every worker: the first to take the lock writes them, the others then find none), or at the
server's start (`close_windows`), so at most one summary per key and window joins the chain, a
quiet server's a minute or two after its window too.

The counts are rows of `branch_refusal_window`, read and written under the audit chain's own
lock (an advisory lock on PostgreSQL, `BEGIN IMMEDIATE` on SQLite) in the transaction of the
line itself: several worker processes on one PostgreSQL share one bound, not one each.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.models import RefusalWindow, utcnow

LIMIT = 20
TOTAL_LIMIT = 100
WINDOW = timedelta(minutes=1)
ALL = "all"
ACTION = "refusals_suppressed"
KEY_CHARS = 80  # `RefusalWindow.key`'s width
# The bounded actions, and what their line's subject names: a device, a user, or nothing.
BOUNDED_ACTIONS: dict[str, str | None] = {
    "device_refused": "device",
    "login_locked": None,
    "role_refused": "user",
    "enrol_code_refused": "user",
}


def admit(
    session: Session, *, address: str, device: str | None = None, user: str | None = None
) -> bool:
    """Whether this refusal may be audited line by line (then counted as audited), in the
    caller's transaction (the caller writes the line and commits). First the summaries of the
    windows that ended are written (`close_windows`)."""
    audit_chain.lock_chain(session)
    now = utcnow()
    close_windows(session, now=now, commit=False)
    keys = [(ALL, TOTAL_LIMIT), (_key("addr", address or "-"), LIMIT)]
    if device:
        keys.append((_key("device", device), LIMIT))
    if user:
        keys.append((_key("user", user), LIMIT))
    rows = [(_row(session, key, now), limit) for key, limit in keys]
    full = [row for row, limit in rows if row.audited >= limit]
    if full:  # see the module text: every key counts it, whichever bound it met
        for row, _ in rows:
            row.suppressed += 1
            session.add(row)
        return False
    for row, _ in rows:
        row.audited += 1
        session.add(row)
    return True


def close_windows(session: Session, *, now: datetime | None = None, commit: bool = True) -> int:
    """Write one `refusals_suppressed` line for each ended window that left lines unwritten,
    and forget every ended window; the number of summaries written."""
    audit_chain.lock_chain(session)
    moment = now or utcnow()
    ended = session.exec(
        select(RefusalWindow)
        .where(col(RefusalWindow.window_start) <= moment - WINDOW)
        .order_by(col(RefusalWindow.window_start), col(RefusalWindow.key))
    ).all()
    lines = [_summary(row) for row in ended if row.suppressed]
    audit_chain.append_many(session, lines)
    for row in ended:
        session.delete(row)
    session.flush()
    if commit:
        session.commit()
    return len(lines)


def flush_due(engine: Engine) -> int:
    """The server's flush: `close_windows` when a window has ended (a plain read first, so that
    a server with nothing to write does not take the chain's lock on PostgreSQL; on SQLite the
    read's own `BEGIN IMMEDIATE` is as short); the number of summaries written."""
    with Session(engine) as session:
        ended = select(RefusalWindow.key).where(
            col(RefusalWindow.window_start) <= utcnow() - WINDOW
        )
        if session.exec(ended.limit(1)).first() is None:
            return 0
        session.rollback()
        return close_windows(session)


def _summary(row: RefusalWindow) -> audit_chain.Line:
    start = _aware(row.window_start)
    detail = {
        "suppressed": row.suppressed,
        "audited": row.audited,
        "from": start.isoformat(),
        "to": (start + WINDOW).isoformat(),
    }
    # A user name near its 64 characters, a long address: `audit_chain` cuts the subject with
    # an ellipsis and says the key whole as the detail's `key`.
    return audit_chain.Line("bpu-branch", ACTION, row.key, detail)


def _key(kind: str, name: str) -> str:
    """A window's key: `kind:name`, cut with an ellipsis when longer than its column
    (`KEY_CHARS`), so that its summary shows it was cut (an address a proxy forwarded as
    anything; a device code and a user name fit)."""
    return audit_chain.cut(f"{kind}:{name}", KEY_CHARS)


def _row(session: Session, key: str, now: datetime) -> RefusalWindow:
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    values = {"key": key, "window_start": now, "audited": 0, "suppressed": 0}
    session.execute(insert(RefusalWindow).values(**values).on_conflict_do_nothing())
    row = session.exec(select(RefusalWindow).where(RefusalWindow.key == key)).one()
    session.refresh(row)
    return row


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
