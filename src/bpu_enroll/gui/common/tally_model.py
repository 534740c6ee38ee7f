"""The daily tally's figures as a table model: one column per officer and work location.

The figures read down, like the printed tally: registrations, then by status, programme set,
occupation group, sector and gender, the money, and the receipts (first, last, voided). One
column per officer and work location, and a last column with the totals (left out when there is
only one officer and location: it would repeat the same figures). Section headings are
rows of their own (bold, no values). `ValueRole` gives the raw figure (an int, a receipt number
or None) for code that should not parse display text.

The voided receipts are listed one number to a line (`voided_lines`), never joined on one line:
a day of ten voids made that one cell a thousand pixels wide and pushed the other columns off
the screen. After `VOIDS_SHOWN` numbers the cell says how many more there are; its tooltip has
every number, and the printed tally lists them all.

A branch's tally of more officers than fit the screen side by side (six and more in larger text
at 1366 px: each column at least as wide as its receipt numbers) shows its columns in bands
(`set_band`): the first officers under the header, the next ones below them under a row of
their titles (bold, officer over location), the figures' names again beside each band, the
total last, as a printed page continues a wide table below; it never scrolls sideways.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication

from bpu_enroll.documents.tally.figures import (
    GENDERS,
    PROGRAM_SETS,
    SECTORS,
    STATUSES,
    TallyData,
    TallyRow,
)
from bpu_enroll.domain.formatting import rupiah, thousands

ValueRole = Qt.ItemDataRole.UserRole + 1
_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
Index = QModelIndex | QPersistentModelIndex

_LABELS: dict[str, object] = {
    "registrations": QT_TRANSLATE_NOOP("TallyModel", "Registrations (not voided)"),
    "section.status": QT_TRANSLATE_NOOP("TallyModel", "By status"),
    "status.final": QT_TRANSLATE_NOOP("TallyModel", "Waiting to sync"),
    "status.sent": QT_TRANSLATE_NOOP("TallyModel", "Sent"),
    "status.accepted": QT_TRANSLATE_NOOP("TallyModel", "Accepted"),
    "status.duplicate": QT_TRANSLATE_NOOP("TallyModel", "Duplicate"),
    "status.rejected": QT_TRANSLATE_NOOP("TallyModel", "Rejected"),
    "status.voided": QT_TRANSLATE_NOOP("TallyModel", "Voided"),
    "section.programs": QT_TRANSLATE_NOOP("TallyModel", "By programme set"),
    "section.groups": QT_TRANSLATE_NOOP("TallyModel", "By occupation group"),
    "section.sector": QT_TRANSLATE_NOOP("TallyModel", "By sector"),
    "sector.transport": QT_TRANSLATE_NOOP("TallyModel", "Transport"),
    "sector.other": QT_TRANSLATE_NOOP("TallyModel", "Other sectors"),
    "section.gender": QT_TRANSLATE_NOOP("TallyModel", "By gender"),
    "gender.M": QT_TRANSLATE_NOOP("TallyModel", "Men"),
    "gender.F": QT_TRANSLATE_NOOP("TallyModel", "Women"),
    "section.money": QT_TRANSLATE_NOOP("TallyModel", "Money"),
    "quoted": QT_TRANSLATE_NOOP("TallyModel", "Contributions quoted"),
    "cash": QT_TRANSLATE_NOOP("TallyModel", "Cash collected"),
    "section.receipts": QT_TRANSLATE_NOOP("TallyModel", "Receipts"),
    "first": QT_TRANSLATE_NOOP("TallyModel", "First receipt number"),
    "last": QT_TRANSLATE_NOOP("TallyModel", "Last receipt number"),
    "voided": QT_TRANSLATE_NOOP("TallyModel", "Voided receipts"),
    "all": QT_TRANSLATE_NOOP("TallyModel", "All"),
    "records": QT_TRANSLATE_NOOP("TallyModel", "Records (voided included)"),
    "branch": QT_TRANSLATE_NOOP("TallyModel", "Branch"),
    "device": QT_TRANSLATE_NOOP("TallyModel", "Laptop"),
    "date": QT_TRANSLATE_NOOP("TallyModel", "Date"),
    "date_to": QT_TRANSLATE_NOOP("TallyModel", "Last day"),
    "zone": QT_TRANSLATE_NOOP("TallyModel", "Time zone"),
    "row": QT_TRANSLATE_NOOP("TallyModel", "The whole row (only one side has it)"),
    "no_location": QT_TRANSLATE_NOOP("TallyModel", "no work location"),
}


LONG_LINE = 26  # characters of a column title's line (officer, work location) shown whole
VOIDS_SHOWN = 12  # voided receipt numbers listed in a cell; the rest counted, all in the tooltip
VOIDS_PER_TOOLTIP_LINE = 4


def _tr(key: str) -> str:
    return QCoreApplication.translate("TallyModel", str(_LABELS.get(key, key)))


_FIGURES = {
    "total_quoted": "quoted", "cash_collected": "cash", "first_receipt": "first",
    "last_receipt": "last", "voided_receipts": "voided",
}  # fmt: skip
_SECTIONS = {"by_status": "status", "by_sector": "sector", "by_gender": "gender"}


def column_title(
    officer: str, place: str, width: int | None = None, font: QFont | None = None
) -> str:
    """An officer's column title on two lines, the officer above the work location, each at most
    `width` pixels of `font` (without them: `LONG_LINE` characters). A label too long for that
    shows the name without the user name, and a name or location still too long is cut with
    "…" (the header's tooltip has them whole): three officers and the total then fit a 1366-px
    screen beside the figures' names, and the header stays two lines tall (officer, user name
    and a location broken in two took four lines, and in larger text the page scrolled)."""
    metrics = QFontMetrics(font) if width is not None and font is not None else None

    def fits(text: str) -> bool:
        if metrics is None or width is None:
            return len(text) <= LONG_LINE
        return metrics.horizontalAdvance(text) <= width

    def cut(text: str) -> str:
        if fits(text):
            return text
        if metrics is None or width is None:
            return text[: LONG_LINE - 1].rstrip() + "…"
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

    name, _, user = officer.rpartition(" (")
    shown = officer if fits(officer) or not _has_user(name, user) else name
    return f"{cut(shown)}\n{cut(place)}"


def _has_user(name: str, user: str) -> bool:
    """True when an officer's label split at its last " (" was "name (user name)"."""
    return bool(name) and user.endswith(")")


def receipt_on_two_lines(receipt: str) -> str:
    """`JKT01-D0001-20260504-00001` as `JKT01-D0001-` over `20260504-00001` (branch and device
    above, day and sequence below); any other text as it is."""
    parts = receipt.split("-")
    if len(parts) != 4:
        return receipt
    return f"{parts[0]}-{parts[1]}-\n{parts[2]}-{parts[3]}"


def voided_lines(numbers: Sequence[str], *, split: bool = False) -> list[str]:
    """The first `VOIDS_SHOWN` voided receipt numbers one to a line, whole; with `split`, each
    under its branch and device (`JKT01-D0001-` over `20260504-00003`, `20260504-00007`, …, as
    the first and last numbers show on two lines), so the column is no wider than for those."""
    lines: list[str] = []
    head = ""
    for number in numbers[:VOIDS_SHOWN]:
        parts = number.split("-")
        if not split or len(parts) != 4:
            lines.append(number)
            head = ""
            continue
        if f"{parts[0]}-{parts[1]}-" != head:
            head = f"{parts[0]}-{parts[1]}-"
            lines.append(head)
        lines.append(f"{parts[2]}-{parts[3]}")
    return lines


def voided_text(numbers: Sequence[str], *, split: bool = False) -> str:
    """The voided numbers one to a line (see `voided_lines`), then how many more: what a cell
    of voided receipts shows, on the tally pages and in the reconciliation's differences."""
    lines = voided_lines(numbers, split=split)
    if len(numbers) > VOIDS_SHOWN:
        lines.append(more_text(len(numbers) - VOIDS_SHOWN))
    return "\n".join(lines)


def more_text(count: int) -> str:
    """`+ 18 more` (`+ 18 lainnya`): the numbers left out of a list cut at `VOIDS_SHOWN`."""
    more = QCoreApplication.translate("TallyModel", "+ {count} more")
    return more.format(count=thousands(count))


def voided_tooltip(numbers: Sequence[str]) -> str:
    """Every voided receipt number, whole, `VOIDS_PER_TOOLTIP_LINE` to a line."""
    step = VOIDS_PER_TOOLTIP_LINE
    return "\n".join(", ".join(numbers[i : i + step]) for i in range(0, len(numbers), step))


def figure_label(figure: str | None, group_names: Mapping[str, str] | None = None) -> str:
    """A tally figure's name in words (`by_status.final` → "Waiting to sync",
    `by_occupation_group.TRN` → "By occupation group: Transport and delivery")."""
    if figure is None:
        return _tr("row")
    head, _, key = figure.partition(".")
    if not key:
        return _tr(_FIGURES.get(head, head))
    if head in _SECTIONS:
        return _tr(f"{_SECTIONS[head]}.{key}")
    if head == "by_programs":
        return f"{_tr('section.programs')}: {key}"
    if head == "by_occupation_group":
        return f"{_tr('section.groups')}: {(group_names or {}).get(key, key)}"
    return figure


@dataclass(frozen=True)
class Line:
    """One row of the table: a heading (no `value`) or a figure read from each `TallyRow`."""

    key: str
    label: str
    value: Callable[[TallyRow], Any] | None = None
    money: bool = False


def _count(field: str, key: str) -> Callable[[TallyRow], int]:
    return lambda row: int(getattr(row, field).get(key, 0))


def _keys(data: TallyData, field: str, fixed: tuple[str, ...]) -> list[str]:
    """The fixed keys in order, then any others the data holds."""
    seen = list(fixed)
    for row in (*data.rows, data.totals):
        seen += [key for key in getattr(row, field) if key not in seen]
    return seen


def tally_lines(data: TallyData) -> list[Line]:
    """The rows of the table for `data`, labels in the current language."""
    lines = [Line("registrations", _tr("registrations"), lambda row: row.registrations)]
    lines.append(Line("section.status", _tr("section.status")))
    lines += [
        Line(f"status.{key}", _tr(f"status.{key}"), _count("by_status", key))
        for key in _keys(data, "by_status", STATUSES)
    ]
    lines.append(Line("section.programs", _tr("section.programs")))
    lines += [
        Line(f"programs.{key}", key, _count("by_programs", key))
        for key in _keys(data, "by_programs", PROGRAM_SETS)
    ]
    lines.append(Line("section.groups", _tr("section.groups")))
    lines += [
        Line(f"group.{key}", data.group_label(key), _count("by_occupation_group", key))
        for key in data.totals.by_occupation_group
    ]
    lines.append(Line("section.sector", _tr("section.sector")))
    lines += [
        Line(f"sector.{key}", _tr(f"sector.{key}"), _count("by_sector", key))
        for key in _keys(data, "by_sector", SECTORS)
    ]
    lines.append(Line("section.gender", _tr("section.gender")))
    lines += [
        Line(f"gender.{key}", _tr(f"gender.{key}"), _count("by_gender", key))
        for key in _keys(data, "by_gender", GENDERS)
    ]
    lines += [
        Line("section.money", _tr("section.money")),
        Line("quoted", _tr("quoted"), lambda row: row.total_quoted, money=True),
        Line("cash", _tr("cash"), lambda row: row.cash_collected, money=True),
        Line("section.receipts", _tr("section.receipts")),
        Line("first", _tr("first"), lambda row: row.first_receipt),
        Line("last", _tr("last"), lambda row: row.last_receipt),
        Line("voided", _tr("voided"), lambda row: ", ".join(row.voided_receipts) or None),
    ]
    return lines


class TallyModel(QAbstractTableModel):
    """See the module text."""

    def __init__(
        self, parent: QObject | None = None, *, receipts_on_two_lines: bool = False
    ) -> None:
        super().__init__(parent)
        # The first and last receipt numbers broken after the device code: the widest figures,
        # they kept four columns from fitting 1366 px in larger text (the branch's tally).
        self.receipts_on_two_lines = receipts_on_two_lines
        self._data: TallyData | None = None
        self._columns: list[TallyRow] = []
        self._lines: list[Line] = []
        self._title_room: tuple[tuple[int, ...], QFont] | None = None
        self._name_room: tuple[int, QFont] | None = None
        self._band: int | None = None  # columns side by side; None: all of them

    def set_name_width(self, width: int | None, font: QFont | None = None) -> None:
        """Break each figure's name beside the rows into lines of at most `width` pixels of
        `font` (a heading's in bold), at spaces; None: each name on one line."""
        room = None if width is None or font is None else (width, QFont(font))
        if room == self._name_room:
            return
        self._name_room = room
        if self._lines:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def widest_name(self, font: QFont, *, whole: bool = False) -> int:
        """The pixels of `font` the widest line of the figures' names takes, as shown (`whole`:
        each name on one line)."""
        widest = 0
        for section, line in enumerate(self._lines):
            metrics = QFontMetrics(_heading(font) if line.value is None else font)
            shown = line.label if whole else self._name(section)
            widest = max([widest, *(metrics.horizontalAdvance(part) for part in shown.split("\n"))])
        return widest

    def _name(self, section: int) -> str:
        """The figure's name of row `section` as shown: broken into lines when given a width."""
        line = self._lines[section]
        if self._name_room is None:
            return line.label
        width, font = self._name_room
        return wrapped(line.label, width, _heading(font) if line.value is None else font)

    def set_title_widths(self, widths: Sequence[int] | None, font: QFont | None = None) -> None:
        """Cut each column's title lines to its entry of `widths`, pixels of `font` (None: to
        `LONG_LINE` characters); see `column_title`."""
        room = None if widths is None or font is None else (tuple(widths), QFont(font))
        if room == self._title_room:
            return
        self._title_room = room
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            if len(self.bands()) > 1:  # the bands' title rows too
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)

    def title_lines(self, section: int, *, short: bool = False) -> tuple[str, ...]:
        """The lines of column `section`'s title, whole (the total's title: one line); `short`:
        the officer's name without the user name, as a narrow title shows it."""
        if self._is_total(section):
            return (_tr("all"),)
        if not 0 <= section < len(self._columns):
            return ()
        column = self._columns[section]
        place = column.work_location
        place = _tr("no_location") if place in (None, "", "-") else place
        officer = self._data.officer_label(column.officer) if self._data else column.officer
        officer = officer or ""
        name, _, user = officer.rpartition(" (")
        return (name if short and _has_user(name, user) else officer), place

    def is_total(self, column: int) -> bool:
        """True for the column of the totals (`column` of every column, banded or not)."""
        return self._is_total(column)

    def column_total(self) -> int:
        """How many columns the figures have (officers and the total), banded or not."""
        return len(self._columns)

    def band(self) -> int | None:
        """How many columns are side by side (None: all of them)."""
        return self._band

    def set_band(self, size: int | None) -> None:
        """Show at most `size` columns side by side, the rest in bands below (see the module
        text); None: every column side by side."""
        size = None if size is None else max(1, size)
        if size == self._band:
            return
        self.beginResetModel()
        self._band = size
        self.endResetModel()

    def bands(self) -> list[list[int]]:
        """The columns (of every column) of each band, top to bottom."""
        count = len(self._columns)
        step = self._band or count
        if count == 0 or step >= count:
            return [list(range(count))]
        return [list(range(first, min(first + step, count))) for first in range(0, count, step)]

    def column_at(self, row: int, column: int) -> int | None:
        """Which column (of every column) the cell at `row`, `column` shows; None if none."""
        members = self.bands()[self._place(row)[0]] if self._lines else []
        return members[column] if 0 <= column < len(members) else None

    def is_title_row(self, row: int) -> bool:
        """True for a band's row of officers' titles (the second band's and after)."""
        return bool(self._lines) and self._place(row)[1] is None

    def _place(self, row: int) -> tuple[int, int | None]:
        """The band of `row` and its line (None: the band's title row)."""
        count = len(self._lines)
        if row < count:
            return 0, row
        band, offset = divmod(row - count, count + 1)
        return band + 1, (offset - 1 if offset else None)

    def set_tally(self, data: TallyData | None) -> None:
        """Show the figures of `data` (None: nothing). The same lines and as many columns as
        shown (the figures read again, or in another language) change in place, so the table
        keeps its chosen line, its cell and its scroll; other figures make the model anew."""
        columns = _columns(data)
        lines = tally_lines(data) if data is not None else []
        same = [line.key for line in lines] == [line.key for line in self._lines]
        if lines and same and len(columns) == len(self._columns):
            self._data, self._columns, self._lines = data, columns, lines
            rows, count = self.rowCount(), self.columnCount()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, count - 1))
            return
        self.beginResetModel()
        self._data, self._columns, self._lines = data, columns, lines
        self.endResetModel()

    def retranslate(self) -> None:
        """Labels again in the current language (in place: the choice and scroll kept)."""
        self.set_tally(self._data)

    def line_key(self, row: int) -> str | None:
        """The key of the line at `row` (what it is in any language), None if none."""
        if not 0 <= row < self.rowCount():
            return None
        line = self._place(row)[1]
        return None if line is None else self._lines[line].key

    def row_of(self, key: str) -> int:
        """The row of the line `key` (`status.voided`, `group.Perdagangan`, …) in the first
        band; -1 if none."""
        return next((i for i, line in enumerate(self._lines) if line.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per figure or heading, in each band, and a title row for each band after
        the first."""
        if parent.isValid() or not self._lines:
            return 0
        bands = len(self.bands())
        return len(self._lines) + (bands - 1) * (len(self._lines) + 1)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One column per officer and location, plus the totals (those of a band)."""
        return 0 if parent.isValid() else len(self.bands()[0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The figure, formatted; its raw value under `ValueRole`; headings in bold."""
        if not index.isValid():
            return None
        number = self._place(index.row())[1]
        column = self.column_at(index.row(), index.column())
        if column is None:
            return None
        if number is None:
            return self._title_cell(column, index.column(), role)
        line = self._lines[number]
        if role == Qt.ItemDataRole.FontRole:
            return _bold() if line.value is None or self._is_total(column) else None
        if line.value is None:
            return None
        value = line.value(self._columns[column])
        if role == ValueRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "–"
            if self.receipts_on_two_lines and line.key in {"first", "last"}:
                return receipt_on_two_lines(str(value))
            if line.key == "voided":
                numbers = self._columns[column].voided_receipts
                return voided_text(numbers, split=self.receipts_on_two_lines)
            return rupiah(value) if line.money else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and line.key in {"first", "last", "voided"}:
            if value is None or line.key != "voided":
                return None if value is None else str(value)
            return voided_tooltip(self._columns[column].voided_receipts)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and line.key == "voided":
            return _TOP  # a list read from its first line, level with the figure's name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Officer and location over the columns; the figure's name beside the rows."""
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < self.rowCount():
                return None
            line = self._place(section)[1]
            if line is None:  # a band's title row: no name beside it
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            section = line
            text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._lines):
                return self._name(section)
            if role in text_roles and 0 <= section < len(self._lines):
                return self._lines[section].label  # the tooltip: whole when the name is cut
            if role == Qt.ItemDataRole.FontRole and 0 <= section < len(self._lines):
                return _bold() if self._lines[section].value is None else None
            if role == Qt.ItemDataRole.TextAlignmentRole and 0 <= section < len(self._lines):
                return _TOP if self._lines[section].key == "voided" else None
            return None
        text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        first = self.bands()[0]
        if role not in text_roles or not 0 <= section < len(first):
            return None
        return self._title(first[section], section, tooltip=role == Qt.ItemDataRole.ToolTipRole)

    def _title(self, column: int, section: int, *, tooltip: bool) -> str:
        """The title of `column` (of every column) shown in the view's column `section`."""
        lines = self.title_lines(column)
        if tooltip or len(lines) == 1:
            return "\n".join(lines)  # the tooltip whole, when the title cuts it short
        officer, place = lines
        room = self._title_room
        if room is not None and section < len(room[0]):
            return column_title(officer, place, width=room[0][section], font=room[1])
        return column_title(officer, place)

    def _title_cell(self, column: int, section: int, role: int) -> Any:
        """A band's title row: the titles of its columns, in bold, as the header has them."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._title(column, section, tooltip=False)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._title(column, section, tooltip=True)
        if role == Qt.ItemDataRole.FontRole:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:  # shaded as the header above
            return QGuiApplication.palette().button()
        return None

    def _is_total(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].officer is None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Read-only cells."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _columns(data: TallyData | None) -> list[TallyRow]:
    if data is None:
        return []
    return list(data.rows) if len(data.rows) == 1 else [*data.rows, data.totals]


def wrapped(text: str, width: int, font: QFont) -> str:
    """`text` broken at spaces into lines of at most `width` pixels of `font` (a word longer
    than that keeps a line of its own)."""
    metrics = QFontMetrics(font)
    lines: list[str] = []
    for word in text.split(" "):
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def _heading(font: QFont) -> QFont:
    """`font` in bold, as a section heading's name is drawn."""
    bold = QFont(font)
    bold.setBold(True)
    return bold


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
