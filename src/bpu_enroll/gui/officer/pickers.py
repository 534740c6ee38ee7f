"""Type-ahead pickers for the registration form: villages (all 83.762) and occupations (grouped).

A picker owns a small list model and a `QCompleter` popup attached to a line edit. Every edit asks
`search(text)` for at most a screenful of entries (the region index answers by binary search, so
a keystroke costs well under a millisecond) and shows them; Up/Down move, Enter or Tab takes the
highlighted entry (or a click takes the one clicked), Esc closes the popup. Tab never takes a
suggestion: it closes the popup and moves on, leaving the text as typed and unresolved (the form
marks it), so a stray Tab cannot put a worker in a village they never named. The chosen entry's
code is what the form stores; typing again clears it until a new entry is chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from bpu_enroll.domain.occupations import Catalogue, Occupation
from bpu_enroll.domain.regions import RegionIndex, Village

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
VILLAGE_LIMIT = 30
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a picker's popup; a header has no code and cannot be chosen."""

    code: str
    text: str
    detail: str = ""
    header: bool = False


class EntryModel(QAbstractListModel):
    """The popup's rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        """The entry at `row`, or None."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def first_choosable(self) -> int:
        """The first row that is not a header, or -1."""
        return next((i for i, e in enumerate(self._entries) if not e.header), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of entries."""
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, code and header font."""
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return f"{entry.text} — {entry.detail}" if entry.detail else entry.text
        if role == CODE_ROLE:
            return entry.code
        if role == Qt.ItemDataRole.FontRole and entry.header:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.text} {entry.detail}".strip()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Headers are neither selectable nor enabled."""
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or entry.header:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class Picker(QObject):
    """Type-ahead over a line edit; subclasses implement `search` and `text_for`."""

    chosen = Signal(str)
    cleared = Signal()

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.model = EntryModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(edit)
        self.completer.setMaxVisibleItems(12)
        popup = self.completer.popup()
        assert popup is not None
        self.popup: QAbstractItemView = popup
        # QCompleter.activated is overloaded (str, QModelIndex): pick the index one.
        cast(Any, self.completer.activated)[QModelIndex].connect(self._on_completer_activated)
        popup.installEventFilter(self)
        edit.installEventFilter(self)
        edit.textEdited.connect(self._on_edit_textEdited)
        self._code = ""

    @property
    def code(self) -> str:
        """The chosen entry's code, or `""`."""
        return self._code

    @property
    def popup_visible(self) -> bool:
        """True while the popup is open."""
        return self.popup.isVisible()

    def search(self, text: str) -> list[Entry]:
        """The entries for what was typed."""
        raise NotImplementedError

    def text_for(self, code: str) -> str | None:
        """What the line edit shows once `code` is chosen (None for an unknown code)."""
        raise NotImplementedError

    def set_code(self, code: str | None) -> bool:
        """Choose an entry by code (a draft or a correction); False when the code is unknown."""
        text = self.text_for(code) if code else None
        if text is None:
            self._code = ""
            self.edit.setText(code or "")
            return False
        self._code = code or ""
        self.edit.setText(text)
        self.edit.setCursorPosition(0)
        self.chosen.emit(self._code)
        return True

    def clear(self) -> None:
        """Empty the field and forget the choice."""
        self.popup.hide()
        self.edit.clear()
        if self._code:
            self._code = ""
            self.cleared.emit()

    def refresh(self, text: str | None = None) -> int:
        """Search again for `text` (or the field's text) and show the popup; rows shown."""
        entries = self.search(self.edit.text() if text is None else text)
        self.model.set_entries(entries)
        if not entries:
            self.popup.hide()
            return 0
        self.completer.complete(self._popup_rect())
        first = self.model.first_choosable()
        if first >= 0:
            self.popup.setCurrentIndex(self.model.index(first, 0))
        return len(entries)

    def _popup_rect(self) -> QRect:
        """Where the popup opens: under the field, as wide as its longest line (so a village's
        code at the end of "Cibinong — Kec. …, Jawa Barat · 32.01.11.2008" is not cut), but not
        past the window's right edge."""
        metrics = self.popup.fontMetrics()
        frame = self.popup.frameWidth() * 2 + self.popup.verticalScrollBar().sizeHint().width()
        lines = (str(self.model.index(row, 0).data()) for row in range(self.model.rowCount()))
        needed = max(map(metrics.horizontalAdvance, lines)) + frame + 16
        window = self.edit.window()
        right = window.mapToGlobal(window.rect().topRight()).x()
        room = right - self.edit.mapToGlobal(self.edit.rect().topLeft()).x()
        return QRect(0, 0, max(self.edit.width(), min(needed, room)), self.edit.height())

    def choose_row(self, row: int) -> bool:
        """Take the entry at `row` of the popup; False for a header or no entry."""
        entry = self.model.entry(row)
        if entry is None or entry.header:
            return False
        self._code = entry.code
        self.edit.setText(self.text_for(entry.code) or entry.text)
        self.edit.setCursorPosition(0)
        self.popup.hide()
        self.chosen.emit(entry.code)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab closes the popup without choosing; Up and Down in it go from entry to entry;
        Down or F4 on the field opens the popup."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        popup = self.popup
        if watched is popup and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Hidden first, so the completer only passes the key on to the field (focus moves).
            popup.hide()
        elif watched is popup and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(1 if key == Qt.Key.Key_Down else -1)
            return True
        elif (
            watched is self.edit
            and key in (Qt.Key.Key_Down, Qt.Key.Key_F4)
            and not popup.isVisible()
        ):
            self.refresh()
            return True
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        """Up or Down in the popup: to the next entry that can be chosen, over group headers;
        at either end it stays (the completer wrapped past the end to no entry, and Enter then
        took nothing)."""
        row = self.popup.currentIndex().row() + step
        while 0 <= row < self.model.rowCount():
            entry = self.model.entry(row)
            if entry is not None and not entry.header:
                self.popup.setCurrentIndex(self.model.index(row, 0))
                return
            row += step

    def _on_edit_textEdited(self, text: str) -> None:
        if self._code:
            self._code = ""
            self.cleared.emit()
        self.refresh(text)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        self.choose_row(index.row())


class VillagePicker(Picker):
    """Type-ahead over the Kemendagri villages, by name or code."""

    def __init__(self, edit: QLineEdit, regions: RegionIndex) -> None:
        super().__init__(edit)
        self.regions = regions

    def search(self, text: str) -> list[Entry]:
        """Up to 30 villages starting with `text` (name, word of the name, or code)."""
        return [_village_entry(v) for v in self.regions.search_villages(text, VILLAGE_LIMIT)]

    def text_for(self, code: str) -> str | None:
        """`Cibinong (32.01.01.1001)`."""
        village = self.regions.village(code)
        return f"{village.name} ({village.code})" if village else None

    def village(self) -> Village | None:
        """The chosen village."""
        return self.regions.village(self.code) if self.code else None


def _village_entry(village: Village) -> Entry:
    return Entry(
        village.code, village.name, village.label().split(", ", 1)[1] + f" · {village.code}"
    )


class OccupationPicker(Picker):
    """The grouped occupation catalogue with search (code, Indonesian or English name)."""

    def __init__(self, edit: QLineEdit, catalogue: Catalogue, lang: str = "id") -> None:
        super().__init__(edit)
        self.catalogue = catalogue
        self.lang = lang

    def search(self, text: str) -> list[Entry]:
        """Matching occupations under their group headers, in catalogue order."""
        found = self.catalogue.search(text)
        entries: list[Entry] = []
        for group in self.catalogue.groups():
            members = [item for item in found if item.group == group.code]
            if members:
                entries.append(Entry("", group.name(self.lang), header=True))
                entries.extend(Entry(item.code, item.name(self.lang)) for item in members)
        return entries

    def text_for(self, code: str) -> str | None:
        """The occupation's name in the current language."""
        item = self.catalogue.get(code)
        return item.name(self.lang) if item else None

    def occupation(self) -> Occupation | None:
        """The chosen occupation."""
        return self.catalogue.get(self.code) if self.code else None

    def set_language(self, lang: str) -> None:
        """Show names in `lang`; the chosen occupation is kept."""
        self.lang = lang
        if self.code:
            self.edit.setText(self.text_for(self.code) or "")
