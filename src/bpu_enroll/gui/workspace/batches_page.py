"""The clerk's batch inbox: every batch the branch received, over the network or on a USB stick.

Each row shows when the batch arrived (in the branch's zone, `17 Maret 2026 14.05 WIB`), the
laptop, its officers, how it came, and its records by result: accepted, duplicate, rejected,
waiting for review. The inbox is a lazy table loaded page by page (offset/limit) as it is
scrolled. Enter or a double-click opens a batch: its records (receipt number, masked NIK, name,
officer, state, KPJ, reasons) appear below; until they come the line above them says the batch
is being opened, in the language of now after a switch, and a failed opening leaves the line to
the batch shown before. All network work goes through `ws.call`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QWidget

from bpu_enroll.gui.common.column_fit import ColumnFitter
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.keep_choice import Place, choose_again
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.forms.workspace.ui_batches_page import Ui_BatchesPage
from bpu_enroll.gui.workspace.review.model import (
    BATCH_COLUMNS,
    RECORD_COLUMNS,
    PagedTableModel,
    moment_text,
)
from bpu_enroll.gui.workspace.tally.model import staff_error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffError

FIRST_PAGE = 100


class BatchesPage(QWidget):
    """See the module text."""

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ws
        self.ui = Ui_BatchesPage()
        self.ui.setupUi(self)
        self.province = ws.workstation.province_code
        self.model = PagedTableModel(
            BATCH_COLUMNS, id_key="batch_id", province_code=self.province,
            lang=lambda: self.ctx.lang, parent=self,
        )  # fmt: skip
        self.records = PagedTableModel(
            RECORD_COLUMNS, id_key="id", province_code=self.province,
            lang=lambda: self.ctx.lang, parent=self,
        )  # fmt: skip
        self.ui.batchesView.setModel(self.model)
        # The officers take the room left over (and give it up first, elided), so the counts,
        # right-aligned, stay under their headers instead of the last one at the far edge.
        self.batch_columns = ColumnFitter(self.ui.batchesView, elide=(2,), stretch=2)
        self.ui.recordsView.setModel(self.records)
        # Name, officer and the reasons in words give up room first (elided, whole in the tooltip).
        self.record_columns = ColumnFitter(self.ui.recordsView, elide=(2, 3, 6), stretch=6)
        self.ui.splitter.setSizes([360, 320])
        self.batch: dict[str, Any] | None = None
        self._wanted: str | None = None  # the batch being opened, until its records come
        self._place: Place | None = None  # the choice to keep across a re-read
        # What the line above the inbox says (the count, loading, a failure) and its look
        self._count_saying: tuple[Callable[[], str], str] = (self._count_text, "muted")
        self.ui.reloadButton.clicked.connect(self.refresh)
        self.model.page_requested.connect(self._on_model_page_requested)
        self.ui.batchesView.activated.connect(self._on_batchesView_activated)
        self._show_batch()

    # --- public --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the inbox's first page from the branch."""
        # F5, a reconnect: the batch chosen is chosen again once the inbox is read
        self._place = Place.of(
            self.ui.batchesView, lambda r: (self.model.row_at(r) or {}).get("batch_id")
        ).over(self._place)
        generation = self.model.next_generation()
        self._say_count(lambda: self.tr("Loading…"), "muted")
        self.ws.call(
            lambda client: (generation, client.batches(0, FIRST_PAGE)),
            self._on_first_page, self._on_failed,
        )  # fmt: skip

    def open_batch(self, row: int) -> None:
        """Load the records of the batch at `row` of the inbox."""
        batch = self.model.row_at(row)
        if batch is None:
            return
        batch_id = str(batch["batch_id"])
        self._wanted = batch_id
        self._show_batch()
        self.ws.call(
            lambda client: client.batch(batch_id), self._on_batch,
            lambda error: self._on_batch_failed(batch_id, error),
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self.records.retranslate()
            self._say_count(*self._count_saying)  # a failure stays said, in the new language
            self._show_batch()
        super().changeEvent(event)

    # --- loading -------------------------------------------------------------------------------

    def _on_first_page(self, answer: tuple[int, dict[str, Any]]) -> None:
        generation, page = answer
        if self.model.restart(generation, int(page["total"]), page["items"]):
            self._show_count()
            self._choose_again()

    def _choose_again(self) -> None:
        """The inbox read: the batch chosen before (else its neighbour), once the pages read
        reach it; else the first batch."""
        chosen = choose_again(self._place, self.model)
        if chosen is None:
            return  # further down the inbox: its next page is on its way
        self._place = None
        if chosen:
            return
        if self.model.rowCount() > 0 and not self.ui.batchesView.currentIndex().isValid():
            self.ui.batchesView.selectRow(0)

    def _on_model_page_requested(self, generation: int, offset: int, limit: int) -> None:
        self.ws.call(
            lambda client: (generation, client.batches(offset, limit)),
            self._on_next_page, self._on_page_failed,
        )  # fmt: skip

    def _on_next_page(self, answer: tuple[int, dict[str, Any]]) -> None:
        generation, page = answer
        if self.model.add_page(generation, page["items"]) and self._place is not None:
            self._choose_again()

    def _on_page_failed(self, error: StaffError) -> None:
        self.model.page_failed(self.model.generation)
        self._on_failed(error)

    def _on_failed(self, error: StaffError) -> None:
        self._say_count(lambda: staff_error_text(error, self.ctx.lang), "error")

    def _show_count(self) -> None:
        self._say_count(self._count_text, "muted")

    def _count_text(self) -> str:
        return self.tr("%Ln batch(es) received. Press Enter to open one.", "", self.model.total)

    def _say_count(self, text: Callable[[], str], role: str) -> None:
        """Say `text()` on the line above the inbox, and again in the new language after a
        switch: the switch put the count back over a failure (an offline branch looked read)."""
        self._count_saying = (text, role)
        set_role(self.ui.countLabel, role)
        self.ui.countLabel.setText(text())

    # --- one batch -----------------------------------------------------------------------------

    def _on_batchesView_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.open_batch(index.row())

    def _on_batch(self, batch: dict[str, Any]) -> None:
        if self._wanted is None or batch.get("batch_id") != self._wanted:
            return  # an earlier opening's answer
        self._wanted = None
        self.batch = batch
        records = list(batch.get("records", []))
        self.records.restart(self.records.next_generation(), len(records), records)
        self._show_batch()
        if records:
            self.ui.recordsView.selectRow(0)

    def _on_batch_failed(self, batch_id: str, error: StaffError) -> None:
        """The opening of `batch_id` failed (said above the inbox): the line above the records
        no longer says it is being opened, unless a later opening is on its way."""
        if batch_id == self._wanted:
            self._wanted = None
            self._show_batch()
        self._on_failed(error)

    def _show_batch(self) -> None:
        """The line above the records, in the language of now: the batch being opened, else the
        batch shown, else how to open one."""
        if self._wanted is not None:
            self.ui.batchLabel.setText(self.tr("Opening the batch…"))
            return
        batch = self.batch
        if batch is None:
            self.ui.batchLabel.setText(self.tr("Open a batch to see its records."))
            return
        self.ui.batchLabel.setText(
            self.tr("Batch {batch} from {device}, received {when}: %Ln record(s).", "",
                    len(batch.get("records", []))).format(
                batch=batch.get("batch_id", ""),
                device=batch.get("device", ""),
                when=moment_text(batch.get("received_at"), self.province, self.ctx.lang),
            )
        )  # fmt: skip
