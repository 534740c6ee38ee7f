"""Registration chains: a correction supersedes the version before it, and the chain's live
version (superseded by nothing; the newest decision wins when two corrections of one version
arrived) is what stands for the worker. The export ledger tells the core system about chains;
the participant registry asks whether the chain that enrolled a worker still stands.

A chain never crosses devices: a version links to the one it `supersedes` only when both came
from the same laptop (only the laptop that made a record can correct or void it). The intake
refuses a record that supersedes another device's record it holds (`SUPERSEDES_FOREIGN`), but a
record may name an id the branch has not seen yet and that id may later arrive from another
device: that link is ignored here, so the other laptop's registration stands on its own."""

from __future__ import annotations

from sqlmodel import Session, col, select

from bpu_enroll.branch.store.bulk import slices
from bpu_enroll.branch.store.models import Record


class Chains:
    """The chains of the touched records: every ancestor and every descendant loaded."""

    def __init__(self, session: Session, touched: list[Record]) -> None:
        self._known = {row.id: row for row in touched}
        self._walk_up(session)
        self._walk_down(session)
        self._children: dict[str, list[Record]] = {}
        for row in self._known.values():
            parent = self._parent(row)
            if parent is not None:
                self._children.setdefault(parent.id, []).append(row)

    def _parent(self, row: Record) -> Record | None:
        """The version `row` supersedes, when loaded and made by the same device."""
        parent = self._known.get(row.supersedes) if row.supersedes else None
        return parent if parent is not None and parent.device_id == row.device_id else None

    def _walk_up(self, session: Session) -> None:
        wanted = {r.supersedes for r in self._known.values() if r.supersedes} - set(self._known)
        while wanted:
            found = self._load(session, col(Record.id), wanted)
            wanted = {r.supersedes for r in found if r.supersedes} - set(self._known)

    def _walk_down(self, session: Session) -> None:
        parents = set(self._known)
        while parents:
            found = self._load(session, col(Record.supersedes), parents)
            parents = {r.id for r in found}

    def _load(self, session: Session, column: object, values: set[str]) -> list[Record]:
        found: list[Record] = []
        for chunk in slices(session, sorted(values)):
            for row in session.exec(select(Record).where(column.in_(chunk))):  # type: ignore[attr-defined]
                if row.id not in self._known:
                    self._known[row.id] = row
                    found.append(row)
        return found

    def root_of(self, row: Record) -> str:
        """The first version's id (as far as the branch holds the chain)."""
        seen = {row.id}
        while (parent := self._parent(row)) is not None and parent.id not in seen:
            row = parent
            seen.add(row.id)
        return row.id

    def roots(self) -> list[str]:
        """Every chain's root."""
        return sorted({self.root_of(row) for row in self._known.values()})

    def members(self, root: str) -> list[Record]:
        """Every version of the chain that starts at `root`."""
        out, todo = [], [self._known[root]]
        while todo:
            row = todo.pop()
            out.append(row)
            todo += self._children.get(row.id, [])
        return out

    def get(self, record_id: str) -> Record | None:
        """The version with this id, when loaded."""
        return self._known.get(record_id)

    def live_version(self, row: Record) -> Record:
        """The live version of the chain `row` belongs to."""
        leaves = [m for m in self.members(self.root_of(row)) if m.id not in self._children]
        return max(leaves, key=lambda r: r.decision_seq)

    def live_versions(self) -> dict[str, Record]:
        """Root → the chain's live version."""
        return {root: self.live_version(self._known[root]) for root in self.roots()}
