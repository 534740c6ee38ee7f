"""The supervisor's tables: the branch tally read from the server, cash per officer, and a small
model with named columns that the reconciliation and activity pages fill with the server's rows.

`branch_tally_from_document` turns the server's tally document (the laptop's `tally --json`
shape plus `date_to` and `cash_by_officer`) back into the laptop's `TallyData`, so the laptop's
`TallyModel` shows the branch's figures unchanged. `regroup` folds the rows per officer or per
work location. `ColumnsModel` is a read-only `QAbstractTableModel` over plain dict rows: each
`Column` says how to read, show and align one value; `ValueRole` gives the raw value. The small
helpers at the end (branch-zone today, error texts, dates, the tally's language and file name)
are shared by the three supervisor pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from bpu_enroll.documents.tally.figures import (
    GENDERS,
    PROGRAM_SETS,
    SECTORS,
    STATUSES,
    TallyData,
    TallyRow,
)
from bpu_enroll.domain.errors import ALL_CODES, message
from bpu_enroll.domain.formatting import rupiah, zone_for_province
from bpu_enroll.gui.common.feedback import code_kept_whole, error_text
from bpu_enroll.gui.common.style import DEFAULT_THEME
from bpu_enroll.gui.common.tally_model import ValueRole
from bpu_enroll.services.tally import tally_file_name

if TYPE_CHECKING:
    from bpu_enroll.sync.staff_client import StaffClient

Index = QModelIndex | QPersistentModelIndex
GROUPINGS = ("officer_location", "officer", "location")
MARK_BACKGROUND = DEFAULT_THEME.banner


@dataclass(frozen=True)
class BranchTally:
    """The branch's tally of a date or a range, as the server sent it."""

    data: TallyData
    date_to: date
    hash: str
    cash_by_officer: dict[str, int]

    @property
    def date_from(self) -> date:
        """The first day of the period."""
        return self.data.day

    @property
    def is_range(self) -> bool:
        """True when the period is more than one day."""
        return self.date_to != self.data.day


def _row(raw: dict[str, Any]) -> TallyRow:
    return TallyRow(
        officer=raw.get("officer"),
        work_location=raw.get("work_location"),
        records=int(raw.get("records", 0)),
        registrations=int(raw.get("registrations", 0)),
        by_status={k: int(v) for k, v in raw.get("by_status", {}).items()},
        by_programs={k: int(v) for k, v in raw.get("by_programs", {}).items()},
        by_occupation_group={k: int(v) for k, v in raw.get("by_occupation_group", {}).items()},
        by_sector={k: int(v) for k, v in raw.get("by_sector", {}).items()},
        by_gender={k: int(v) for k, v in raw.get("by_gender", {}).items()},
        total_quoted=int(raw.get("total_quoted", 0)),
        cash_collected=int(raw.get("cash_collected", 0)),
        voided_receipts=tuple(raw.get("voided_receipts", ())),
        first_receipt=raw.get("first_receipt"),
        last_receipt=raw.get("last_receipt"),
    )


def branch_tally_from_document(document: dict[str, Any], province_code: str) -> BranchTally:
    """The server's tally document as a `BranchTally` (the generation time is not in it)."""
    branch = document.get("branch", {})
    labels = document.get("labels") or {}
    day = date.fromisoformat(document["date"])
    date_to = date.fromisoformat(document.get("date_to") or document["date"])
    data = TallyData(
        branch_code=str(branch.get("code", "")),
        branch_name=str(labels.get("branch") or branch.get("name") or ""),
        province_code=province_code,
        device_code=str(document.get("device", "ALL")),
        day=day,
        zone_label=str(document.get("zone", "")),
        generated_at=datetime.now(UTC),
        rows=tuple(_row(raw) for raw in document.get("rows", [])),
        totals=_row(document.get("totals", {})),
        day_to=date_to if date_to != day else None,
        officer_names={str(k): str(v) for k, v in (labels.get("officers") or {}).items()},
        group_names={str(k): str(v) for k, v in (labels.get("occupation_groups") or {}).items()},
    )
    cash = {str(k): int(v) for k, v in document.get("cash_by_officer", {}).items()}
    return BranchTally(data, date_to, str(document.get("hash", "")), cash)


def _fixed(counter: Counter[str], keys: tuple[str, ...]) -> dict[str, int]:
    out = {key: counter.get(key, 0) for key in keys}
    out.update({key: counter[key] for key in sorted(counter) if key not in out})
    return out


def merge_rows(rows: Sequence[TallyRow], officer: str | None, place: str | None) -> TallyRow:
    """The sum of `rows` as one row labelled `officer` at `place`."""
    sums: dict[str, Counter[str]] = {
        name: Counter()
        for name in ("by_status", "by_programs", "by_occupation_group", "by_sector", "by_gender")
    }
    for row in rows:
        for name, counter in sums.items():
            counter.update(getattr(row, name))
    firsts = [row.first_receipt for row in rows if row.first_receipt]
    lasts = [row.last_receipt for row in rows if row.last_receipt]
    return TallyRow(
        officer=officer,
        work_location=place,
        records=sum(row.records for row in rows),
        registrations=sum(row.registrations for row in rows),
        by_status=_fixed(sums["by_status"], STATUSES),
        by_programs=_fixed(sums["by_programs"], PROGRAM_SETS),
        by_occupation_group=dict(sorted(sums["by_occupation_group"].items())),
        by_sector=_fixed(sums["by_sector"], SECTORS),
        by_gender=_fixed(sums["by_gender"], GENDERS),
        total_quoted=sum(row.total_quoted for row in rows),
        cash_collected=sum(row.cash_collected for row in rows),
        voided_receipts=tuple(sorted(r for row in rows for r in row.voided_receipts)),
        first_receipt=min(firsts) if firsts else None,
        last_receipt=max(lasts) if lasts else None,
    )


def regroup(data: TallyData, grouping: str, all_places: str = "") -> TallyData:
    """`data` with one row per officer and location (as sent), per officer, or per location."""
    if grouping not in GROUPINGS[1:]:
        return data
    groups: dict[str, list[TallyRow]] = {}
    for row in data.rows:
        key = (row.officer if grouping == "officer" else row.work_location) or ""
        groups.setdefault(key, []).append(row)
    rows = tuple(
        merge_rows(members, key, all_places) if grouping == "officer"
        else merge_rows(members, all_places, key)
        for key, members in sorted(groups.items())
    )  # fmt: skip
    return TallyData(
        branch_code=data.branch_code, branch_name=data.branch_name,
        province_code=data.province_code, device_code=data.device_code, day=data.day,
        zone_label=data.zone_label, generated_at=data.generated_at, rows=rows, totals=data.totals,
        day_to=data.day_to, officer_names=data.officer_names, group_names=data.group_names,
    )  # fmt: skip


@dataclass(frozen=True)
class Column:
    """One column of a `ColumnsModel`: its header, how to read a value, how to show it."""

    key: str
    header: Callable[[], str]
    value: Callable[[dict[str, Any]], Any]
    display: Callable[[Any], str] = str
    numeric: bool = False
    tooltip: Callable[[dict[str, Any]], str] | None = None  # default: the text shown
    top: bool = False  # text from the top of the cell: rows with lists read level


_MARK_ROLES = (
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
)


def _mark(role: int) -> Any:
    """How a marked row looks (bold, dark on the banner colour: readable in both themes)."""
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    return QBrush(QColor(MARK_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else "#000000"))


class ColumnsModel(QAbstractTableModel):
    """Read-only rows of plain dicts shown through named columns; see the module text.

    Rows for which `marked(row)` is true show in bold on the banner colour. With a `key`
    column, rows read again that are the same records in the same order change in place.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        parent: QObject | None = None,
        *,
        marked: Callable[[dict[str, Any]], bool] | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.marked = marked
        self.key = key
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        """Show `rows` (replacing the old ones). The same records in the same order (by the
        column `key`, when given: the list read again) change in place, so the table keeps its
        chosen row, its cell and its scroll; other rows make the model anew."""
        rows = list(rows)
        if self.key is not None and self._rows and self._keys(rows) == self._keys(self._rows):
            self._rows = rows
            self._texts_changed()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _keys(self, rows: Sequence[dict[str, Any]]) -> list[Any]:
        assert self.key is not None
        column = self.columns[self.column_of(self.key)]
        return [column.value(row) for row in rows]

    def _texts_changed(self) -> None:
        """Every header and cell asked again; the rows, the choice and the scroll unchanged."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row(self, number: int) -> dict[str, Any]:
        """The dict shown in row `number`."""
        return self._rows[number]

    def rows(self) -> list[dict[str, Any]]:
        """Every row, in order."""
        return list(self._rows)

    def column_of(self, key: str) -> int:
        """The column number of `key`; -1 if none."""
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    def value(self, row: int, key: str) -> Any:
        """The raw value of column `key` in `row`."""
        return self.columns[self.column_of(key)].value(self._rows[row])

    def retranslate(self) -> None:
        """Headers and texts again in the current language, in place: a language switch keeps
        the table's chosen row, its cell, its scroll and its focus (a model made anew lost
        them)."""
        self._texts_changed()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per dict."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One column per `Column`."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value shown, raw (`ValueRole`), aligned, with its tooltip."""
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self._rows[index.row()]
        if role == ValueRole:
            return column.value(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(column.value(row))
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell cut short
            return column.tooltip(row) if column.tooltip else column.display(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.top:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role in _MARK_ROLES and self.marked is not None and self.marked(row):
            return _mark(role)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The columns' headers."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header() if 0 <= section < len(self.columns) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only, selectable cells."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def cash_rows(tally: BranchTally) -> list[dict[str, Any]]:
    """Per officer: registrations, quoted and cash collected over the period (for deposits)."""
    per_officer = regroup(tally.data, "officer").rows
    counts = {row.officer or "": row for row in per_officer}
    names = sorted(set(tally.cash_by_officer) | set(counts))
    rows = []
    for name in names:
        row = counts.get(name)
        rows.append({
            "officer": tally.data.officer_label(name),
            "registrations": row.registrations if row is not None else 0,
            "quoted": row.total_quoted if row is not None else 0,
            "cash": tally.cash_by_officer.get(name, row.cash_collected if row else 0),
        })  # fmt: skip
    return rows


def money(value: Any) -> str:
    """An int of rupiah as `Rp36.800`; anything else as text."""
    return rupiah(value) if isinstance(value, int) else str(value or "–")


def today_in_branch(now: datetime, province_code: str) -> date:
    """The date of `now` in the branch's time zone."""
    zone, _label = zone_for_province(province_code)
    return now.astimezone(zone).date()


def staff_error_text(exc: object, lang: str) -> str:
    """A failed workspace call as staff read it: the message of the server's stable code in the
    user's language (never the server's English), with the code; offline said plainly."""
    code = getattr(exc, "code", None)
    server_message = getattr(exc, "message", None)
    if not isinstance(code, str) or not isinstance(server_message, str):
        return error_text(exc, lang)
    params = getattr(exc, "params", None) or {}  # what the refusal names (receipt numbers)
    text = message(code, lang, **params) if code in ALL_CODES else server_message
    return code_kept_whole(
        QCoreApplication.translate("Refusal", "{text} (code {code})").format(text=text, code=code)
    )


def qdate(day: date) -> QDate:
    """`day` as a `QDate`."""
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    """`value` as a `date`."""
    return date(value.year(), value.month(), value.day())


def read_tally(client: StaffClient, first: date, last: date | None, lang: str) -> dict[str, Any]:
    """Background: the server's tally document of the period, in `lang`."""
    return client.tally(first, last, lang=lang)


def period_file_name(tally: BranchTally, lang: str) -> str:
    """`rekap-harian-JKT01-ALL-2026-05-04.pdf`, or `…-2026-05-04_2026-05-10.pdf` for a period."""
    name = tally_file_name(tally.data, lang=lang)
    return name[:-4] + f"_{tally.date_to.isoformat()}.pdf" if tally.is_range else name
