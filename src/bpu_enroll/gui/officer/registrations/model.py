"""The Registrations table: a lazy `QAbstractTableModel` over the store's search, page by page.

The model never touches the store itself. `restart(generation, total, rows)` shows the first page
of a new query; when a view scrolls to the end, `fetchMore` emits `page_requested(generation,
offset, limit)` and whoever owns the model (the page, through the task runner; a test, directly)
answers with `add_page(generation, rows)`. Answers for an older query are dropped. So a list of
100,000 records opens with one page loaded and loads more only as it is scrolled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import IntEnum
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

from bpu_enroll.domain.formatting import clock_time, short_date, zone_for_province
from bpu_enroll.services.records import RegistrationRow

PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The table's columns, in order."""

    RECEIPT = 0
    NAME = 1
    NIK = 2
    VILLAGE = 3
    OCCUPATION = 4
    STATUS = 5
    TIME = 6


_HEADERS = {
    Column.RECEIPT: QT_TRANSLATE_NOOP("RegistrationsModel", "Receipt number"),
    Column.NAME: QT_TRANSLATE_NOOP("RegistrationsModel", "Name"),
    Column.NIK: QT_TRANSLATE_NOOP("RegistrationsModel", "NIK"),
    Column.VILLAGE: QT_TRANSLATE_NOOP("RegistrationsModel", "Village"),
    Column.OCCUPATION: QT_TRANSLATE_NOOP("RegistrationsModel", "Occupation"),
    Column.STATUS: QT_TRANSLATE_NOOP("RegistrationsModel", "Status"),
    Column.TIME: QT_TRANSLATE_NOOP("RegistrationsModel", "Time"),
}
_STATUS = {
    "draft": QT_TRANSLATE_NOOP("RegistrationsModel", "Draft"),
    "final": QT_TRANSLATE_NOOP("RegistrationsModel", "Waiting to sync"),
    "sent": QT_TRANSLATE_NOOP("RegistrationsModel", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("RegistrationsModel", "Accepted"),
    "duplicate": QT_TRANSLATE_NOOP("RegistrationsModel", "Duplicate"),
    "rejected": QT_TRANSLATE_NOOP("RegistrationsModel", "Rejected"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate("RegistrationsModel", str(text))


def status_texts() -> list[str]:
    """Every status the list can show, in the current language (to size its column)."""
    extra = [QCoreApplication.translate("RegistrationsModel", t) for t in ("Voided", "Replaced")]
    return [_tr(text) for text in _STATUS.values()] + extra


def status_text(row: RegistrationRow) -> str:
    """`Waiting to sync`, `Voided`, `Replaced`, … in the current language."""
    if row.voided:
        return QCoreApplication.translate("RegistrationsModel", "Voided")
    if row.superseded:
        return QCoreApplication.translate("RegistrationsModel", "Replaced")
    return _tr(_STATUS.get(row.status, row.status))


class RegistrationsModel(QAbstractTableModel):
    """See the module text."""

    page_requested = Signal(int, int, int)

    def __init__(
        self,
        *,
        village_name: Callable[[str], str],
        occupation_name: Callable[[str], str],
        province_code: str,
        lang: Callable[[], str] = lambda: "id",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._village_name = village_name
        self._occupation_name = occupation_name
        self._zone = zone_for_province(province_code)[0]
        self._lang = lang
        self._rows: list[RegistrationRow] = []
        self._total = 0
        self._generation = 0
        self._waiting = False

    @property
    def generation(self) -> int:
        """The current query's number; answers for other numbers are ignored."""
        return self._generation

    @property
    def total(self) -> int:
        """How many records the current query matches (loaded or not)."""
        return self._total

    def next_generation(self) -> int:
        """A new query begins: empty the table and return its number."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._total = 0
        self._waiting = True
        self.endResetModel()
        return self._generation

    def restart(self, generation: int, total: int, rows: list[RegistrationRow]) -> bool:
        """The first page of query `generation`; False when that query is no longer current."""
        if generation != self._generation:
            return False
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(rows))
        self._waiting = False
        self.endResetModel()
        return True

    def add_page(self, generation: int, rows: list[RegistrationRow]) -> bool:
        """A further page; False when it belongs to an older query."""
        if generation != self._generation:
            return False
        self._waiting = False
        if not rows:
            self._total = len(self._rows)
            return True
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        return True

    def row_at(self, row: int) -> RegistrationRow | None:
        """The loaded record at `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, record_id: str) -> int:
        """The row of a loaded record, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The named columns."""
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """True while the query has rows not loaded yet and no page is on its way."""
        return not parent.isValid() and not self._waiting and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        """Ask for the next page."""
        if not self.canFetchMore(parent):
            return
        self._waiting = True
        self.page_requested.emit(self._generation, len(self._rows), PAGE_SIZE)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles in the current language."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return _tr(_HEADERS[Column(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts; `ROW_ROLE` gives the whole row, `ID_ROLE` its id."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, Column(index.column()))
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Column.VILLAGE:
            return row.village_code
        return None

    def _cell(self, row: RegistrationRow, column: Column) -> str:
        if column == Column.RECEIPT:
            return row.receipt_number
        if column == Column.NAME:  # empty once the retention rule removed it
            return row.full_name or QCoreApplication.translate(
                "RegistrationsModel", "(personal data removed)"
            )
        if column == Column.NIK:
            return row.nik_masked
        if column == Column.VILLAGE:
            return self._village_name(row.village_code)
        if column == Column.OCCUPATION:
            return self._occupation_name(row.occupation_code)
        if column == Column.STATUS:
            return status_text(row)
        return self.time_text(row.created_at)

    def time_text(self, moment: datetime) -> str:
        """When a record was made, in the branch's zone and the current language:
        `4 Mei 2026 09.30`, `4 May 2026 09:30`."""
        local, lang = moment.astimezone(self._zone), self._lang()
        return f"{short_date(local.date(), lang)} {clock_time(local, lang)}"

    def time_samples(self) -> list[str]:
        """A time-column text for each month, in the current language (to size the column)."""
        return [
            self.time_text(datetime(2026, month, 28, 6, 38, tzinfo=UTC)) for month in range(1, 13)
        ]

    def retranslate(self) -> None:
        """Headers, status texts, dates and times (`4 Mei 2026 14.05` / `4 May 2026 14:05`)
        after a language switch."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )
