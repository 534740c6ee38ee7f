"""What the supervisor's list pages share (the Laptops and the Staff pages): a table of rows read
from the server, one chosen by its key, read again by F5 with the choice kept, a busy bar, the
Delete key on the table asking the page's revoke, and a failure said in the status line with its
code.

A page sets `KEY` (the column naming a row: `device`, `username`), calls `setup_list` once its
form and model exist (its table, status line and busy bar), and gives `read_rows` (the server's
answer to read the list), `shown` (what to do with that answer once shown: its signal),
`ask_revoke`, `_show_buttons` and `_show_summary`. `_chosen`, set before a call that changes a
row, is the row chosen once the list is read again.

While the page is shown it reads the list again by itself every `REREAD_SECONDS` (a laptop
enrolled or revoked, an account added, from another workstation or the server; last-seen
times), not while a call is under way nor while hidden. A read again, by F5 or by itself, and a
language switch (`retranslate_list`: the model's texts made anew) keep the choice, the
keyboard's cell, the scroll and the keyboard's focus on the table (`_keeping_place`). The status
line is said through `say`, given a function of the language of now: a switch says the last
thing that happened again in the new language (it stayed in the old one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QTableView, QWidget

from bpu_enroll.domain.formatting import zone_for_province
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.workspace.tally.model import ColumnsModel, staff_error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from bpu_enroll.gui.common.context import AppContext
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient

REREAD_SECONDS = 60  # the list read again by itself while shown


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
        # What the status line says, asked for again in the language of now after a switch.
        self._saying: Callable[[], str] = str
        self._busy_bar: QProgressBar | None = None
        self._reread = QTimer(self)
        self._reread.timeout.connect(self._read_by_itself)

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

    def retranslate_list(self) -> None:
        """The table's texts in the current language (a language switch), the choice, the
        keyboard's cell, the scroll and the focus kept."""
        chosen = self.chosen()
        self._keeping_place(
            self.model.retranslate, str(chosen[self.KEY]) if chosen else None, moved=False
        )
        self._show_summary()
        self._show_buttons()
        self._say_again()

    def say(self, text: Callable[[], str], *, error: bool = False) -> None:
        """Say `text()` on the status line (an error's look when `error`), and again in the
        new language after a switch."""
        assert self._status_label is not None
        self._saying = text
        set_role(self._status_label, "error" if error else "")
        self._say_again()

    @property
    def saying(self) -> Callable[[], str]:
        """What the status line says, as a function of the language of now (a dialog saying
        the same failure says it again after a switch)."""
        return self._saying

    def _say_again(self) -> None:
        if self._status_label is not None:
            self._status_label.setText(self._saying())

    def showEvent(self, event: QShowEvent) -> None:
        """Shown: the list is read again by itself every `REREAD_SECONDS`."""
        super().showEvent(event)
        self._reread.start(REREAD_SECONDS * 1000)

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (another page, the window closed): no reading by itself."""
        self._reread.stop()
        super().hideEvent(event)

    def _read_by_itself(self) -> bool:
        """Read the list again unless hidden or a call is under way (its answer may be read
        first); whether a read was asked."""
        if not self.isVisible() or self.busy:
            return False
        self.refresh()
        return True

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
            self.say(str)
        chosen = self.chosen()
        keep = self._chosen or (str(chosen[self.KEY]) if chosen else None)
        moved = self._chosen is not None  # a row just added or changed: shown
        self._chosen = None
        items = answer.get("items", [])
        self._keeping_place(lambda: self.model.set_rows(items), keep, moved=moved)
        self._show_summary()
        self._show_buttons()
        self.shown(answer)

    def _keeping_place(self, change: Callable[[], None], keep: str | None, *, moved: bool) -> None:
        """Make `change` to the model (rows read again, texts in another language), then choose
        `keep` again (else the first row) on the keyboard's column, scroll back where the table
        was (unless `moved`: a row just added or changed is scrolled to) and give the table the
        keyboard back if it had it."""
        view = self._view
        assert view is not None
        column, focused = view.currentIndex().column(), view.hasFocus()
        scrolled = (view.verticalScrollBar().value(), view.horizontalScrollBar().value())
        change()
        if keep is not None:
            self.choose(keep, column)
        elif self.model.rowCount():
            self.choose(str(self.model.value(0, self.KEY)))
        if not moved:
            view.verticalScrollBar().setValue(scrolled[0])
            view.horizontalScrollBar().setValue(scrolled[1])
        if focused and not view.hasFocus():
            view.setFocus()

    def _on_failed(self, exc: object) -> None:
        self._set_busy(-1)
        self.say(lambda: staff_error_text(exc, self.ctx.lang), error=True)
        self.failed.emit(exc)
