"""What the reconciliation page shows of the server's rows: states in words, short hashes and
receipt numbers, money differences, and the laptop tally file read from a USB stick.

Lists of receipt numbers (a day of voids, the receipts the branch is missing) are shown as the
tally pages show the voided receipts: the first `VOIDS_SHOWN`, then how many more, every number
in the tooltip. Joined on one line, thirty voids made a difference's cell some 2,000 px wide.
A row of figures only one side has is shown by its main figures in words, one to a line (every
figure in the tooltip), not as its JSON on one line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bpu_enroll.domain.formatting import rupiah, thousands
from bpu_enroll.files import read_bounded
from bpu_enroll.gui.common.tally_model import (
    VOIDS_SHOWN,
    figure_label,
    more_text,
    voided_text,
    voided_tooltip,
)

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
    """The first `VOIDS_SHOWN` receipt numbers shortened to their sequence (`…-00012`), in
    order, then how many more (`+ 18 more`); `receipts_tooltip` has them all."""
    ordered = sorted(numbers)
    shown = ["…-" + str(n).rsplit("-", 1)[-1] for n in ordered[:VOIDS_SHOWN]]
    if len(ordered) > VOIDS_SHOWN:
        shown.append(more_text(len(ordered) - VOIDS_SHOWN))
    return ", ".join(shown)


def receipts_tooltip(numbers: list[str]) -> str:
    """Every receipt number, whole and in order, a few to a line."""
    return voided_tooltip(sorted(str(n) for n in numbers))


def short_hash(value: Any) -> str:
    """The first 12 characters of a hash (the whole one is in the tooltip); `–` for none."""
    return str(value)[:12] if value else "–"


def show_value(value: Any) -> str:
    """A figure of a difference as text: lists (receipt numbers) one item to a line, cut after
    `VOIDS_SHOWN` (see `value_tooltip`), none as `–`."""
    if value is None:
        return "–"
    if isinstance(value, list):
        return voided_text([str(item) for item in value]) or "–"
    if isinstance(value, dict):
        return "\n".join(row_lines(value, ROW_FIGURES))
    return str(value)


ROW_FIGURES = ("registrations", "total_quoted", "cash_collected", "voided_receipts")


def row_lines(row: dict[str, Any], keys: tuple[str, ...] | None = None) -> list[str]:
    """A tally row's figures in words, `Cash collected: Rp168.000`, one to a line: those of
    `keys`, or every one (the parts of a breakdown each on its own line, receipts counted)."""
    lines = []
    for key in keys or tuple(row):
        value = row.get(key)
        if key in {"officer", "work_location"} or value is None:
            continue
        if isinstance(value, dict):
            lines += [f"{figure_label(f'{key}.{k}')}: {_figure(v)}" for k, v in value.items()]
        else:
            shown = len(value) if isinstance(value, list) else value
            lines.append(f"{figure_label(key)}: {_figure(shown, money=key in MONEY_FIGURES)}")
    return lines


def _figure(value: Any, *, money: bool = False) -> str:
    """A count with the thousands dot (`1.234`), money as `Rp…`, anything else as it is."""
    if not isinstance(value, int) or isinstance(value, bool):
        return str(value)
    return rupiah(value) if money else thousands(value)


def value_tooltip(value: Any) -> str:
    """A figure of a difference whole: a list every item, a few to a line."""
    if isinstance(value, list):
        return voided_tooltip([str(item) for item in value]) or "–"
    if isinstance(value, dict):
        return "\n".join(row_lines(value))
    return value if isinstance(value, str) else show_value(value)


def money_difference(difference: dict[str, Any]) -> dict[str, Any]:
    """A difference with its amounts as `Rp…` when the figure is money."""
    if not str(difference.get("path", "")).endswith(MONEY_FIGURES):
        return difference
    return {
        **difference,
        **{side: rupiah(difference[side]) for side in ("laptop", "branch")
           if isinstance(difference.get(side), int)},
    }  # fmt: skip
