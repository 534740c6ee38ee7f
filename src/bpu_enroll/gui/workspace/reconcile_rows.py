"""What the reconciliation page shows of the server's rows: states in words, short hashes and
receipt numbers, money differences, and the laptop tally file read from a USB stick."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bpu_enroll.domain.formatting import rupiah
from bpu_enroll.files import read_bounded

MAX_FILE_BYTES = 5 * 1024 * 1024
MONEY_FIGURES = ("total_quoted", "cash_collected")


class NotATallyFile(Exception):
    """The chosen file is not a laptop tally document."""


def read_tally_file(path: Path) -> dict[str, Any]:
    """Background: the laptop tally document in `path` (`bpu-enroll tally --json`). A file
    beyond `MAX_FILE_BYTES` is refused (`FileTooLarge`, `FILE_TOO_LARGE`) before it is read
    whole: a disk image, a pipe or a growing file is never read past the limit."""
    try:
        document = json.loads(read_bounded(path, MAX_FILE_BYTES))
    except (OSError, ValueError) as exc:
        raise NotATallyFile(str(path)) from exc
    if not isinstance(document, dict) or not {"device", "date", "hash"} <= document.keys():
        raise NotATallyFile(str(path))
    return document


STATES: dict[str, tuple[str, object]] = {
    "matches": ("✓", QT_TRANSLATE_NOOP("ReconcilePage", "Matches")),
    "differs": ("✗", QT_TRANSLATE_NOOP("ReconcilePage", "Differs")),
    "not_reported": ("–", QT_TRANSLATE_NOOP("ReconcilePage", "Not reported")),
    "not_synced": ("…", QT_TRANSLATE_NOOP("ReconcilePage", "Records not synced yet")),
}


def state_of(row: dict[str, Any]) -> str:
    """The row's one state (from the server; older servers sent only `matches`)."""
    state = row.get("state")
    if state in STATES:
        return str(state)
    matches = row.get("matches")
    return "not_reported" if matches is None else "matches" if matches else "differs"


def state_text(state: str) -> str:
    """`✓ Matches`, `✗ Differs`, `– Not reported`, `… Records not synced yet`."""
    sign, words = STATES.get(state, STATES["differs"])
    return f"{sign} {QCoreApplication.translate('ReconcilePage', str(words))}"


def match_text(matches: bool | None) -> str:
    """The state text of a bare `matches` value."""
    return state_text(state_of({"matches": matches}))


def short_receipts(numbers: list[str]) -> str:
    """Receipt numbers shortened to their sequence (`…-00012`), in order."""
    return ", ".join("…-" + str(n).rsplit("-", 1)[-1] for n in sorted(numbers))


def short_hash(value: Any) -> str:
    """The first 12 characters of a hash (the whole one is in the tooltip); `–` for none."""
    return str(value)[:12] if value else "–"


def show_value(value: Any) -> str:
    """A figure of a difference as text: money-like ints with dots, lists joined, none as `–`."""
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "–"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def money_difference(difference: dict[str, Any]) -> dict[str, Any]:
    """A difference with its amounts as `Rp…` when the figure is money."""
    if not str(difference.get("path", "")).endswith(MONEY_FIGURES):
        return difference
    return {
        **difference,
        **{side: rupiah(difference[side]) for side in ("laptop", "branch")
           if isinstance(difference.get(side), int)},
    }  # fmt: skip
