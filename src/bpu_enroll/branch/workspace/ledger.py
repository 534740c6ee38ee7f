"""The export ledger: what changed for the core system since the last export, by decision time.

Every registration is a chain of versions (a correction supersedes the version before it); the
chain is known by its first version's id (its *root*). The core system is told about a chain,
never about each version: `Exported` keeps, per root, the version, KPJ and content last exported
and whether it was exported as void.

An export looks at the records whose decision number (`decision_seq`, given when the branch
received or a clerk decided a record) is at or above the previous export's `cursor`, walks each
one's chain up and down, and compares the chain's live version with the ledger:

- `new`: the live version is accepted (it carries a KPJ) and the chain was never exported;
- `update`: the chain was exported and its live version, KPJ or content changed since (a
  correction, which the branch holds as a duplicate of its own participant; a KPJ given later);
- `void`: the chain was exported and its live version is voided (a correction voided before
  it was sent).

So a record accepted days after its registration date, or brought on a USB stick late, is in
the next export; nothing is picked by registration date. A full export (`full=True`) takes every
chain whose live version is accepted, each as `new`, and brings the ledger to that picture.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlmodel import Session, col, select

from bpu_enroll.branch.store.bulk import slices
from bpu_enroll.branch.store.chains import Chains
from bpu_enroll.branch.store.models import Exported, Record

Action = Literal["new", "update", "void"]
ACTIONS: tuple[Action, ...] = ("new", "update", "void")


@dataclass(frozen=True)
class LedgerRow:
    """One row of an export: the chain's root, its live version and what to tell."""

    root_id: str
    record: Record
    kpj: str
    action: Action


def changes(session: Session, *, since: int, full: bool) -> list[LedgerRow]:
    """The rows of the next export: chains touched at or after decision `since` (every chain
    when `full`), each compared with the ledger; by KPJ, then in the order the branch decided
    them (a worker enrolled again after a void: the old chain's `void`, then the new `new`)."""
    query = select(Record)
    if not full:
        query = query.where(col(Record.decision_seq) >= since)
    touched = list(session.exec(query))
    chains = Chains(session, touched)
    ledger = _ledger(session, chains.roots()) if not full else {}
    rows: list[LedgerRow] = []
    for root, live in chains.live_versions().items():
        action = _action(live, chains.members(root), ledger.get(root), full=full)
        if action is None:
            continue
        held = ledger.get(root)
        kpj = live.kpj or (held.kpj if held is not None else "")
        rows.append(LedgerRow(root, live, kpj, action))
    return sorted(rows, key=lambda row: (row.kpj, row.record.decision_seq, row.record.id))


def record_rows(session: Session, rows: Iterable[LedgerRow], *, export_pk: int) -> None:
    """Bring the ledger to what `rows` told the core system (in the caller's transaction)."""
    for row in rows:
        held = session.get(Exported, row.root_id)
        if held is None:
            held = Exported(root_id=row.root_id, record_id="", kpj="", content_hash="",
                            export_id=export_pk)  # fmt: skip
        held.record_id = row.record.id
        held.kpj = row.kpj
        held.content_hash = row.record.content_hash
        held.voided = row.action == "void"
        held.export_id = export_pk
        session.add(held)


def _exportable(live: Record, members: list[Record]) -> bool:
    """The live version stands for a participant: accepted, or a correction the branch holds as
    a duplicate of the participant an earlier version of the same chain registered."""
    if not live.kpj:
        return False
    if live.state == "accepted":
        return True
    return live.state == "duplicate" and any(
        m.state == "accepted" and m.kpj == live.kpj for m in members if m.id != live.id
    )


def _action(
    live: Record, members: list[Record], held: Exported | None, *, full: bool
) -> Action | None:
    if _exportable(live, members):
        if full or held is None:
            return "new"
        unchanged = (held.record_id, held.kpj, held.content_hash) == (
            live.id, live.kpj, live.content_hash,
        )  # fmt: skip
        return None if unchanged and not held.voided else "update"
    if live.state == "voided" and held is not None and not held.voided and not full:
        return "void"
    return None


def _ledger(session: Session, roots: list[str]) -> dict[str, Exported]:
    out: dict[str, Exported] = {}
    for chunk in slices(session, roots):
        out |= {row.root_id: row for row in session.exec(
            select(Exported).where(col(Exported.root_id).in_(chunk))
        )}  # fmt: skip
    return out
