"""What the supervisor's list pages share (the Laptops and the Staff pages): a table of rows read
from the server, one chosen by its key, read again by F5 with the choice kept, a busy bar, the
Delete key on the table asking the page's revoke, and a failure said in the status line with its
code.

A page sets `KEY` (the column naming a row: `device`, `username`), calls `setup_list` once its
form and model exist (its table, status line and busy bar), and gives `read_rows` (the server's
answer to read the list), `shown` (what to do with that answer once shown: its signal),
`ask_revoke`, `_show_buttons` and `_show_summary`. `_chosen`, set before a call that changes a
row, is the row chosen once the list is read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QProgressBar, QTableView, QWidget

from bpu_enroll.domain.formatting import zone_for_province
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.workspace.tally.model import ColumnsModel, staff_error_text

if TYPE_CHECKING:
    from bpu_enroll.gui.common.context import AppContext
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient


class ListPage(QWidget):
    """See the module text."""

    KEY: ClassVar[str]
    failed = Signal(object)

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.ws = ctx, ws
        self._generation = 0
        self._busy = 0
        self._chosen: str | None = None
        self._view: QTableView | None = None
        self._status_label: QLabel | None = None
        self._busy_bar: QProgressBar | None = None

    def setup_list(
        self, view: QTableView, model: ColumnsModel, status: QLabel, busy_bar: QProgressBar
    ) -> None:
        """Show `model` in `view` (the buttons follow the choice; Delete on it asks a revoke),
        say what happened in `status` and show `busy_bar` while a call is under way."""
        self._view, self.model = view, model
        self._status_label, self._busy_bar = status, busy_bar
        view.setModel(model)
        view.selectionModel().selectionChanged.connect(self._show_buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.ask_revoke)

    @property
    def busy(self) -> bool:
        """True while a call is under way."""
        return self._busy > 0

    def chosen(self) -> dict[str, Any] | None:
        """The row chosen in the table, or None."""
        assert self._view is not None
        rows = self._view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def choose(self, key: str, column: int = 0) -> None:
        """Choose the row whose `KEY` is `key` (when listed), the keyboard on its `column`."""
        assert self._view is not None
        for number in range(self.model.rowCount()):
            if self.model.value(number, self.KEY) == key:
                self._view.selectionModel().select(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._view.setCurrentIndex(self.model.index(number, max(column, 0)))
                return

    def refresh(self) -> None:
        """Read the list again (F5); an answer to an older read is dropped."""
        self._generation += 1
        generation = self._generation
        read_rows = self.read_rows

        def read(client: StaffClient) -> tuple[int, dict[str, Any]]:
            return generation, read_rows(client)

        self._set_busy(+1)
        self.ws.call(read, self._on_read, self._on_failed)

    def read_rows(self, client: StaffClient) -> dict[str, Any]:
        """The server's answer listing the rows (`items`); in the worker thread."""
        raise NotImplementedError

    def shown(self, answer: dict[str, Any]) -> None:
        """The answer read is in the table (the page's signal)."""

    def ask_revoke(self) -> None:
        """Ask before revoking the chosen row (Delete on the table)."""

    def _show_buttons(self) -> None:
        """Enable what the chosen row allows."""

    def _show_summary(self) -> None:
        """The counts above the table."""

    def _province(self) -> str:
        return self.ws.workstation.province_code or self.ctx.province_code

    def _zoned(self, title: str) -> str:
        """A column title naming the branch's zone once: `Last seen (WIB)`."""
        _, label = zone_for_province(self._province())
        return f"{title} ({label})"

    def _set_busy(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        if self._busy_bar is not None:
            self._busy_bar.setVisible(self.busy)
        self._show_buttons()

    def _on_read(self, result: tuple[int, dict[str, Any]]) -> None:
        generation, answer = result
        self._set_busy(-1)
        if generation != self._generation:
            return
        assert self._status_label is not None
        if self._status_label.property("role") == "error":  # the failure is over
            set_role(self._status_label, "")
            self._status_label.clear()
        chosen = self.chosen()
        keep = self._chosen or (str(chosen[self.KEY]) if chosen else None)
        view = self._view
        assert view is not None
        # Read again (F5, or by itself): the choice, the keyboard's cell and the scroll stay.
        column, focused = view.currentIndex().column(), view.hasFocus()
        scrolled = (view.verticalScrollBar().value(), view.horizontalScrollBar().value())
        moved = self._chosen is not None  # a row just added or changed: shown
        self._chosen = None
        self.model.set_rows(answer.get("items", []))
        if keep is not None:
            self.choose(keep, column)
        elif self.model.rowCount():
            self.choose(str(self.model.value(0, self.KEY)))
        if not moved:
            view.verticalScrollBar().setValue(scrolled[0])
            view.horizontalScrollBar().setValue(scrolled[1])
        if focused and not view.hasFocus():
            view.setFocus()
        self._show_summary()
        self._show_buttons()
        self.shown(answer)

    def _on_failed(self, exc: object) -> None:
        self._set_busy(-1)
        assert self._status_label is not None
        set_role(self._status_label, "error")
        self._status_label.setText(staff_error_text(exc, self.ctx.lang))
        self.failed.emit(exc)
