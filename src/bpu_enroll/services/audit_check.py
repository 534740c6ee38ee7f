"""Checking the laptop's audit chain: at every unlock, and on demand (`bpu-enroll audit-verify`).

A broken chain is evidence, not a reason to stop work: `check_at_unlock` says it plainly (a
warning in the log, `OfficerSession.audit_check` for the app) and records it as a new line,
`audit_broken`, with the first bad entry's number, so the finding itself cannot be lost quietly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from bpu_enroll.store.audit import append_audit, verify_audit_chain
from bpu_enroll.store.db import Store
from bpu_enroll.store.models import AuditEntry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainCheck:
    """`valid`, how many entries the log holds, and the number of the first bad one."""

    valid: bool
    entries: int
    first_bad: int | None

    def to_dict(self) -> dict[str, Any]:
        """The `audit-verify --json` document."""
        return {"valid": self.valid, "entries": self.entries, "first_bad": self.first_bad}


def check_chain(store: Store) -> ChainCheck:
    """Walk the whole chain (read-only)."""
    with store.session(readonly=True) as session:
        check = verify_audit_chain(session)
        total = int(session.exec(select(func.count()).select_from(AuditEntry)).one())
    return ChainCheck(valid=check.ok, entries=total, first_bad=check.first_bad_seq)


def check_at_unlock(store: Store, *, actor: str, now: datetime) -> ChainCheck:
    """Check the chain; when broken, warn and record an `audit_broken` line (work goes on)."""
    check = check_chain(store)
    if not check.valid:
        log.warning("the audit chain is broken from entry %s of %s", check.first_bad, check.entries)
        with store.session() as session:
            append_audit(
                session,
                at=now,
                actor=actor,
                action="audit_broken",
                details={"first_bad": check.first_bad, "entries": check.entries},
            )
    return check
