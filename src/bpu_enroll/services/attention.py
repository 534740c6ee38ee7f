"""What needs the officer: records the branch sent back, with the clerk's words and what to do.

Used by the Sync page's "Needs attention", the record's details and `bpu-enroll attention
--json`. A record needs the officer when the branch rejected it (or answered a conflict) and it
was neither corrected by a newer version nor voided, or when the branch refused its void
(`VOID_CONFLICT`: it holds another version of the record). Each item says what to do:

- `correct`: the worker's data must change (a form code, or the clerk asked for a correction):
  open the record, correct it, finalise the new version;
- `contact_branch`: nothing the officer can fix on the laptop (a conflict, a receipt number, an
  officer the branch does not accept): talk to the branch, which holds the record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, or_, select

from bpu_enroll.domain.errors import VOID_CONFLICT, message
from bpu_enroll.store.models import Registration

# Reasons the officer cannot fix by correcting the worker's data.
BRANCH_SIDE_CODES = frozenset(
    {
        "CONFLICT",
        "HASH_MISMATCH",
        "RECEIPT_NUMBER",
        "RECEIPT_NUMBER_TAKEN",
        "OFFICER_UNKNOWN",
        "OFFICER_REVOKED",
        "OFFICER_NOT_FIELD",
        "QUOTE_MISMATCH",
        "RULES_UNKNOWN",
        "SUPERSEDES_FOREIGN",
        "VOID_CONFLICT",
    }
)
_TODO = {
    "correct": (
        "Buka pendaftaran ini, perbaiki data sesuai alasan dan catatan, lalu finalkan koreksinya.",
        "Open this registration, correct it as the reasons and note say, then finalise it.",
    ),
    "contact_branch": (
        "Data ini tidak bisa diperbaiki di laptop; hubungi kantor cabang.",
        "This cannot be fixed on the laptop; contact the branch.",
    ),
}


@dataclass(frozen=True, slots=True)
class AttentionItem:
    """A record the branch rejected (or answered as a conflict): its reason codes, the clerk's
    note and the reasons' text as the branch sent them, and what the officer should do."""

    id: str
    receipt_number: str
    full_name: str
    codes: tuple[str, ...]
    state: str = "rejected"
    note: str | None = None
    reason_text: str | None = None

    @property
    def action(self) -> str:
        """`correct` or `contact_branch` (see the module text)."""
        if self.codes and all(code in BRANCH_SIDE_CODES for code in self.codes):
            return "contact_branch"
        return "correct"

    def reasons(self, lang: str = "id") -> str:
        """The reasons in words: this laptop's messages, else the branch's text."""
        known = [message(code, lang) for code in self.codes]
        if all(text != code for text, code in zip(known, self.codes, strict=True)):
            return " ".join(known)
        return self.reason_text or " ".join(known)

    def what_to_do(self, lang: str = "id") -> str:
        """The action in words."""
        texts = _TODO[self.action]
        return texts[1] if lang == "en" else texts[0]

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        """The `attention --json` item (no NIK, no name: a support script may log it)."""
        return {
            "id": self.id,
            "receipt_number": self.receipt_number,
            "state": self.state,
            "codes": list(self.codes),
            "code": self.codes[0] if self.codes else None,
            "reasons": self.reasons(lang),
            "note": self.note,
            "action": self.action,
            "what_to_do": self.what_to_do(lang),
        }


def attention_items(db: Session) -> list[AttentionItem]:
    """Rejected and conflicting records not yet corrected by a newer version nor voided, and
    voided ones whose void the branch refused (`VOID_CONFLICT`), oldest first."""
    live = Registration.voided == False  # noqa: E712 - SQL comparison
    void_refused = col(Registration.reject_codes).contains(f'"{VOID_CONFLICT}"')
    rows = db.exec(
        select(Registration)
        .where(Registration.status == "rejected")
        .where(col(Registration.superseded_by_id).is_(None))
        .where(or_(live, void_refused))
        .order_by(col(Registration.created_at))
    ).all()
    return [item_of(row) for row in rows]


def item_of(row: Registration) -> AttentionItem:
    """The attention item of one stored record."""
    return AttentionItem(
        id=row.id,
        receipt_number=row.receipt_number,
        full_name=row.full_name,
        codes=tuple(json.loads(row.reject_codes) if row.reject_codes else ()),
        state=row.status,
        note=row.branch_note,
        reason_text=row.branch_reason_text,
    )
