"""Lazy tables of the clerk's workspace: the batch inbox, a batch's records and the review queue.

`PagedTableModel` holds plain dicts shaped like the branch's JSON (never a NIK: rows carry
`nik_masked`) and loads them a page at a time, like the laptop's registrations table: the owner
starts a query with `next_generation()`, answers with `restart(generation, total, rows)`, and when
a view scrolls to the end `fetchMore` emits `page_requested(generation, offset, limit)`, answered
by `add_page(generation, rows)`. Answers for an older query are dropped, so a queue of 10,000
records opens with one page loaded. The column sets of the three tables are defined here too
(the review item's detail panel is `detail`); a record's reasons show in the clerk's
words (`reason_text`, the messages the detail explains the codes with), their codes in the
tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from bpu_enroll.domain.errors import message
from bpu_enroll.domain.formatting import local_datetime, thousands

PAGE_SIZE = 100
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
Row = dict[str, Any]
CONTEXT = "WorkspaceTables"


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column: its header (English source text), how a row dict becomes its cell, and
    whether it holds numbers (right-aligned, like the figures of the other tables)."""

    header: object  # a QT_TRANSLATE_NOOP marker
    cell: Callable[[Row, str, str], str]  # (row, province code, language) -> text
    tooltip: Callable[[Row, str, str], str] | None = None  # default: the cell's text
    numeric: bool = False


def moment_text(value: object, province_code: str, lang: str) -> str:
    """An ISO moment from the server shown in the branch's zone: `17 Maret 2026 14.05 WIB`."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return local_datetime(moment, province_code, lang)


_STATES = {
    "accepted": QT_TRANSLATE_NOOP("WorkspaceTables", "Accepted"),
    "duplicate": QT_TRANSLATE_NOOP("WorkspaceTables", "Duplicate"),
    "rejected": QT_TRANSLATE_NOOP("WorkspaceTables", "Rejected"),
    "pending_review": QT_TRANSLATE_NOOP("WorkspaceTables", "Waiting for review"),
    "conflict": QT_TRANSLATE_NOOP("WorkspaceTables", "Conflict"),
    "voided": QT_TRANSLATE_NOOP("WorkspaceTables", "Voided"),
}
_VIA = {
    "network": QT_TRANSLATE_NOOP("WorkspaceTables", "Network"),
    "usb": QT_TRANSLATE_NOOP("WorkspaceTables", "USB file"),
}


def state_text(state: object) -> str:
    """A record state (or review kind) in the current language."""
    key = str(state or "")
    return _tr(_STATES[key]) if key in _STATES else key


# The codes whose domain words speak to the field officer ("... Contact the branch."): the clerk
# is the branch, and reads what happened and what is open to them instead.
_CLERK_CODES = {
    "CONFLICT": QT_TRANSLATE_NOOP(
        "ReviewDetail", "The branch already holds another version of this record."
    ),
    "RECEIPT_NUMBER_TAKEN": QT_TRANSLATE_NOOP(
        "ReviewDetail",
        "Another registration from the same laptop already holds this receipt number (the "
        "laptop was perhaps restored from an old backup). It cannot be accepted: reject it or "
        "ask for a correction, which gets a new number.",
    ),
    "OFFICER_REVOKED": QT_TRANSLATE_NOOP(
        "ReviewDetail", "The officer's access had been revoked when this record was made."
    ),
    "OTHER": QT_TRANSLATE_NOOP(
        "ReviewDetail", "Rejected for another reason, written in the clerk's note."
    ),
}


def reason_text(code: str, lang: str) -> str:
    """A reason code explained: the domain's message when the code is known, else ""."""
    if code in _CLERK_CODES:
        return QCoreApplication.translate("ReviewDetail", str(_CLERK_CODES[code]))
    text = message(code, lang)
    return "" if text == code else text


def _reason_words(row: Row, _p: str, lang: str) -> str:
    """The reasons in the user's words, one after another (a code nobody explained stays a
    code): `Pekerja harus menyetujui …; NIK harus tepat 16 angka`."""
    words = (reason_text(str(c), lang).rstrip(".") or str(c) for c in row.get("reasons") or [])
    return "; ".join(words)


def _reason_codes(row: Row, _p: str, lang: str) -> str:
    """One reason a line, its code first: `CONSENT_REQUIRED — Persetujuan …`."""
    lines = []
    for code in (str(c) for c in row.get("reasons") or []):
        text = reason_text(code, lang)
        lines.append(f"{code} — {text}" if text else code)
    return "\n".join(lines)


def _count(name: str) -> Callable[[Row, str, str], str]:
    return lambda row, _p, _l: thousands(int(row.get("counts", {}).get(name, 0)))


def _figure(key: str) -> Callable[[Row, str, str], str]:
    """A whole number of the row with the thousands dot (`1.234`); 0 when absent."""
    return lambda row, _p, _l: thousands(int(row.get(key) or 0))


def _text(key: str) -> Callable[[Row, str, str], str]:
    return lambda row, _p, _l: str(row.get(key) or "")


def _joined(key: str) -> Callable[[Row, str, str], str]:
    return lambda row, _p, _l: ", ".join(str(v) for v in row.get(key) or [])


def _received(row: Row, province: str, lang: str) -> str:
    return moment_text(row.get("received_at"), province, lang)


def _via(row: Row, _p: str, _l: str) -> str:
    via = str(row.get("via", ""))
    return _tr(_VIA[via]) if via in _VIA else via


BATCH_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Received"), _received),
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Device"), _text("device")),
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Officers"), _joined("officers")),
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Via"), _via),
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Records"), _figure("entries"), numeric=True),
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Accepted"), _count("accepted"), numeric=True),
    ColumnSpec(
        QT_TRANSLATE_NOOP("WorkspaceTables", "Duplicate"), _count("duplicate"), numeric=True
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Rejected"), _count("rejected"), numeric=True),
    ColumnSpec(
        QT_TRANSLATE_NOOP("WorkspaceTables", "Pending"), _count("pending_review"), numeric=True
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("WorkspaceTables", "Already received"),
        _figure("already_received"),
        numeric=True,
    ),
)
_RECEIPT = ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Receipt number"), _text("receipt_no"))
_NIK = ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "NIK"), _text("nik_masked"))
_NAME = ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Name"), _text("full_name"))
_OFFICER = ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Officer"), _text("officer"))
_REASONS = ColumnSpec(
    QT_TRANSLATE_NOOP("WorkspaceTables", "Reasons"), _reason_words, tooltip=_reason_codes
)
RECORD_COLUMNS: tuple[ColumnSpec, ...] = (
    _RECEIPT,
    _NIK,
    _NAME,
    _OFFICER,
    ColumnSpec(
        QT_TRANSLATE_NOOP("WorkspaceTables", "State"), lambda r, _p, _l: state_text(r.get("state"))
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "KPJ"), _text("kpj")),
    _REASONS,
)
REVIEW_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("WorkspaceTables", "Kind"),
        lambda r, _p, _l: state_text(r.get("kind") or r.get("state")),
    ),
    _RECEIPT,
    _NAME,
    _NIK,
    _OFFICER,
    _REASONS,
    ColumnSpec(QT_TRANSLATE_NOOP("WorkspaceTables", "Received"), _received),
)


class PagedTableModel(QAbstractTableModel):
    """See the module text."""

    page_requested = Signal(int, int, int)

    def __init__(
        self,
        columns: Sequence[ColumnSpec],
        *,
        id_key: str,
        province_code: str,
        lang: Callable[[], str],
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._id_key = id_key
        self._province = province_code
        self._lang = lang
        self.page_size = page_size
        self._rows: list[Row] = []
        self._total = 0
        self._generation = 0
        self._waiting = False

    @property
    def generation(self) -> int:
        """The current query's number; answers for other numbers are ignored."""
        return self._generation

    @property
    def total(self) -> int:
        """How many rows the current query has on the server (loaded or not)."""
        return self._total

    def next_generation(self) -> int:
        """A new query begins: empty the table and return its number."""
        self.beginResetModel()
        self._generation += 1
        self._rows, self._total, self._waiting = [], 0, True
        self.endResetModel()
        return self._generation

    def restart(self, generation: int, total: int, rows: Sequence[Row]) -> bool:
        """The first page of query `generation`; False when that query is no longer current."""
        if generation != self._generation:
            return False
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(self._rows))
        self._waiting = False
        self.endResetModel()
        return True

    def add_page(self, generation: int, rows: Sequence[Row]) -> bool:
        """A further page; False when it belongs to an older query."""
        if generation != self._generation:
            return False
        self._waiting = False
        known = {r.get(self._id_key) for r in self._rows}
        fresh = [r for r in rows if r.get(self._id_key) not in known]
        if not fresh:
            self._total = len(self._rows)
            return True
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()
        return True

    def page_failed(self, generation: int) -> None:
        """A page could not be loaded: allow scrolling to ask again."""
        if generation == self._generation:
            self._waiting = False

    def remove(self, row_id: str) -> int:
        """Take a row out (a decided review item); its former position, or -1."""
        row = self.find_row(row_id)
        if row < 0:
            return -1
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._total = max(0, self._total - 1)
        self.endRemoveRows()
        return row

    def row_at(self, row: int) -> Row | None:
        """The loaded row dict at `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, row_id: str) -> int:
        """The position of a loaded row, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.get(self._id_key) == row_id), -1)

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The named columns."""
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """True while the query has rows not loaded yet and no page is on its way."""
        return not parent.isValid() and not self._waiting and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        """Ask for the next page."""
        if not self.canFetchMore(parent):
            return
        self._waiting = True
        self.page_requested.emit(self._generation, len(self._rows), self.page_size)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the current language."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return _tr(self._columns[section].header)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts (numbers right-aligned); `ROW_ROLE` gives the whole row dict, `ID_ROLE`
        its id."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row, self._province, self._lang())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.cell(row, self._province, self._lang())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.get(self._id_key)
        return None

    def retranslate(self) -> None:
        """Headers and cells after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
