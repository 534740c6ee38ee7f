"""The Registrations page: search, filters, a lazy table, details, void and correct.

Search takes a name prefix, a NIK (whole or its start) or a receipt number; filters narrow by
status and by date (branch time zone). The table loads a page at a time through the task runner.
Void asks a reason and keeps the record; Correct hands the record to the registration form, where
Finalise makes a new version linked to it. Reprint (Ctrl+P, or Enter on a row of the list) opens
the receipt preview of the selected record: a copy prints with SALINAN, a voided record with BATAL.
Tab leaves the list for the details; the arrows move within it. Down (or Page Down) in the
search box goes to the results, on the record chosen there (the first if none is): the officer
types a name, then steps into what it found.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from bpu_enroll.domain.formatting import thousands, unbroken
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import coded_error_text, error_text
from bpu_enroll.gui.common.keep_choice import Place, choose_again
from bpu_enroll.gui.common.style import LARGE_POINT_SIZE
from bpu_enroll.gui.forms.officer.ui_registrations_page import Ui_RegistrationsPage
from bpu_enroll.gui.officer.details import fitted_details_html
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.registrations.model import Column, RegistrationsModel, status_texts
from bpu_enroll.gui.officer.void_dialog import VoidDialog
from bpu_enroll.services.records import RegistrationDetail, RegistrationRow
from bpu_enroll.services.registration import SEARCH_COUNT_CAP, RegistrationService, SearchQuery

SEARCH_DELAY_MS = 250
FIRST_PAGE = 100  # a screenful and more; further pages come as the list is scrolled
FirstPage = tuple[int, int, list[RegistrationRow]]


def first_page(
    service: RegistrationService, query: SearchQuery, generation: int, limit: int
) -> FirstPage:
    """Store thread: the count and the first page of a query (a page that is not full is the
    count: no second query, which is what makes rare terms of a search anywhere quick)."""
    rows = service.search(query, limit=limit)
    total = len(rows) if len(rows) < limit else service.count(query)
    return generation, total, rows


def next_page(
    service: RegistrationService, query: SearchQuery, generation: int, offset: int, limit: int
) -> tuple[int, list[RegistrationRow]]:
    """Store thread: one more page of a query."""
    return generation, service.search(query, limit=limit, offset=offset)


# (label, status, voided) of the status filter.
STATUS_FILTERS: tuple[tuple[object, str | None, bool | None], ...] = (
    (QT_TRANSLATE_NOOP("RegistrationsPage", "All statuses"), None, None),
    (QT_TRANSLATE_NOOP("RegistrationsPage", "Waiting to sync"), "final", False),
    (QT_TRANSLATE_NOOP("RegistrationsPage", "Voided"), None, True),
    (QT_TRANSLATE_NOOP("RegistrationsPage", "Sent"), "sent", None),
    (QT_TRANSLATE_NOOP("RegistrationsPage", "Accepted"), "accepted", None),
    (QT_TRANSLATE_NOOP("RegistrationsPage", "Duplicate"), "duplicate", None),
    (QT_TRANSLATE_NOOP("RegistrationsPage", "Rejected"), "rejected", None),
)


class RegistrationsPage(QWidget):
    """See the module text."""

    records_changed = Signal()
    correction_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.reference is not None
        self.ctx = ctx
        self.ui = Ui_RegistrationsPage()
        self.ui.setupUi(self)
        reference = ctx.reference
        self.model = RegistrationsModel(
            village_name=lambda code: v.name if (v := reference.regions.village(code)) else code,
            occupation_name=lambda code: (
                o.name(ctx.lang) if (o := reference.catalogue.get(code)) else code
            ),
            province_code=ctx.province_code,
            lang=lambda: ctx.lang,
            parent=self,
        )
        self.ui.registrationsView.setModel(self.model)
        header = self.ui.registrationsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([360, 240])
        self.detail: RegistrationDetail | None = None
        self._query = SearchQuery()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._void_dialog: VoidDialog | None = None
        self._reprint_when_loaded: str | None = None  # Enter came before the row's details
        self._keep_selected: str | None = None  # the record to select again after a reload
        self._place: Place | None = None  # the choice to keep across a re-read
        self._message_about: str | None = None  # the record the action message speaks of
        self._action_message: Callable[[], str] | None = None  # said again in a new language
        self._details_shown: str | None = None  # the details' HTML as last shown
        self._details_viewport = self.ui.detailsText.viewport()
        self.ui.detailsText.installEventFilter(self)  # its text size and its viewport's width
        self._details_viewport.installEventFilter(self)  # decide the pairs a line
        self.ui.searchEdit.installEventFilter(self)  # Down: into the results
        self._fill_status_combo()
        today = QDate(ctx.today().year, ctx.today().month, ctx.today().day)
        self.ui.dateFromEdit.setDate(today)
        self.ui.dateToEdit.setDate(today)
        self._wire()
        self._show_details()

    # --- public --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Run the current query again from the first page."""
        service = self.ctx.registrations
        assert service is not None
        query = self._build_query()
        # The same query read again (the page shown again, a record saved): the record chosen
        # is chosen again once read; another query starts at its first row.
        view = self.ui.registrationsView
        same = query == self._query
        self._place = Place.of(view, self._record_at).over(self._place) if same else None
        self._query = query
        generation = self.model.next_generation()
        self.ui.countLabel.setText(self.tr("Searching…"))
        self.ctx.tasks.run_db(
            first_page, service, self._query, generation, FIRST_PAGE,
            on_done=self._on_first_page, on_error=self._on_task_failed,
        )  # fmt: skip

    def _record_at(self, row: int) -> object:
        shown = self.model.row_at(row)
        return shown.id if shown is not None else None

    def search_now(self, text: str) -> None:
        """Type `text` into the search field and search at once (tests, shortcuts)."""
        self.ui.searchEdit.setText(text)
        self._search_timer.stop()
        self.reload()

    def open_receipt(self, receipt_number: str) -> None:
        """Find one receipt whatever the filters were, and select it (from the form's
        duplicate-NIK message)."""
        ui = self.ui
        for widget in (ui.statusCombo, ui.dateFilterCheck, ui.searchEdit):
            widget.blockSignals(True)
        ui.statusCombo.setCurrentIndex(0)
        ui.dateFilterCheck.setChecked(False)
        ui.dateFromEdit.setEnabled(False)
        ui.dateToEdit.setEnabled(False)
        ui.searchEdit.setText(receipt_number)
        for widget in (ui.statusCombo, ui.dateFilterCheck, ui.searchEdit):
            widget.blockSignals(False)
        self._search_timer.stop()
        self.reload()

    def _size_columns(self) -> None:
        """Column widths from the text size and language: the receipt number, NIK, status and
        time always whole; the occupation (the name in larger text) takes what is left, not the
        last column (the time) while a status is cut."""
        view = self.ui.registrationsView
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        # In larger text the whole row does not fit 1366 pixels: the village and occupation give
        # way (the details below show both), so that the status and time stay in sight, and the
        # name takes what is left.
        large = view.font().pointSize() >= LARGE_POINT_SIZE
        for column in (Column.VILLAGE, Column.OCCUPATION):
            view.setColumnHidden(column, large)
        samples = {Column.RECEIPT: ["DEMO-D0001-20261204-00000"], Column.NIK: ["3201********0001"],
                   Column.TIME: self.model.time_samples(),
                   Column.STATUS: status_texts()}  # fmt: skip
        for column, texts in samples.items():
            header.resizeSection(column, max(map(metrics.horizontalAdvance, texts)) + pad)
        for column, chars in ((Column.NAME, 16), (Column.VILLAGE, 14), (Column.OCCUPATION, 14)):
            header.resizeSection(column, chars * metrics.averageCharWidth() + pad)
        header.setStretchLastSection(False)
        mode = QHeaderView.ResizeMode
        header.setSectionResizeMode(Column.NAME, mode.Stretch if large else mode.Interactive)
        header.setSectionResizeMode(Column.OCCUPATION, mode.Interactive if large else mode.Stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The details are laid out again for the panel's new width or text size; Down in the
        search box goes to the results."""
        if (
            watched is self.ui.searchEdit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self._into_results()
        changed = (watched is self.ui.detailsText and event.type() == QEvent.Type.FontChange) or (
            watched is self._details_viewport and event.type() == QEvent.Type.Resize
        )
        if changed and self.detail is not None:
            self._show_details()
        return super().eventFilter(watched, event)

    def _into_results(self) -> bool:
        """Down in the search box: a search typed and not yet run is run first (the list would
        otherwise change under the cursor, and its first record is chosen when it is read);
        then the focus goes to the list, on the chosen record or the first. Nothing found and
        nothing being searched: the key does nothing (True: it is used either way)."""
        searching = self._search_timer.isActive()
        if searching:
            self._on_search_timer_timeout()
        view = self.ui.registrationsView
        if self.model.rowCount() == 0 and not searching:
            return True
        if not searching and not view.selectionModel().hasSelection():
            view.selectRow(0)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch; columns follow the text size and language."""
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LanguageChange,
        ):
            self._size_columns()
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_status_combo()
            self.model.retranslate()
            self._show_count()
            self._show_details()
            self._say_action(self._action_message)
        super().changeEvent(event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._on_searchEdit_textChanged)
        ui.searchEdit.returnPressed.connect(self._on_search_timer_timeout)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        ui.statusCombo.currentIndexChanged.connect(self._on_filters_changed)
        ui.dateFilterCheck.toggled.connect(self._on_dateFilterCheck_toggled)
        ui.dateFromEdit.dateChanged.connect(self._on_filters_changed)
        ui.dateToEdit.dateChanged.connect(self._on_filters_changed)
        self.model.page_requested.connect(self._on_model_page_requested)
        selection = ui.registrationsView.selectionModel()
        selection.selectionChanged.connect(self._on_selection_selectionChanged)
        ui.registrationsView.activated.connect(self._on_registrationsView_activated)
        ui.voidButton.clicked.connect(self._on_voidButton_clicked)
        ui.correctButton.clicked.connect(self._on_correctButton_clicked)
        ui.reprintButton.clicked.connect(self.reprint)
        QShortcut(QKeySequence("Ctrl+P"), self, self.reprint)

    def _fill_status_combo(self) -> None:
        combo = self.ui.statusCombo
        current = max(0, combo.currentIndex())
        combo.blockSignals(True)
        combo.clear()
        for label, _status, _voided in STATUS_FILTERS:
            combo.addItem(self.tr(str(label)))
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    def _build_query(self) -> SearchQuery:
        _label, status, voided = STATUS_FILTERS[max(0, self.ui.statusCombo.currentIndex())]
        date_from = date_to = None
        if self.ui.dateFilterCheck.isChecked():
            date_from = _py_date(self.ui.dateFromEdit.date())
            date_to = _py_date(self.ui.dateToEdit.date())
            # "until" set before "from" found nothing ("0 registrations found"): an officer
            # read the records as gone. The days between the two dates, in either order.
            date_from, date_to = min(date_from, date_to), max(date_from, date_to)
        text = self.ui.searchEdit.text().strip()
        return SearchQuery(
            text=text, status=status, voided=voided, date_from=date_from, date_to=date_to
        )

    def _on_searchEdit_textChanged(self, _text: str) -> None:
        self._search_timer.start()

    def _on_search_timer_timeout(self) -> None:
        self._search_timer.stop()
        self.reload()

    def _on_filters_changed(self, *_args: object) -> None:
        self.reload()

    def _on_dateFilterCheck_toggled(self, checked: bool) -> None:
        self.ui.dateFromEdit.setEnabled(checked)
        self.ui.dateToEdit.setEnabled(checked)
        self.reload()

    # --- loading -------------------------------------------------------------------------------

    def _on_first_page(self, page: FirstPage) -> None:
        generation, total, rows = page
        if self.model.restart(generation, total, rows):
            self._show_count()
            kept = [i for i, row in enumerate(rows) if row.id == self._keep_selected]
            self._keep_selected = None
            if kept:
                self._place = None
                self.ui.registrationsView.selectRow(kept[0])
            else:
                self._choose_again()

    def _choose_again(self) -> None:
        """The list read: the record chosen before (else its neighbour), once the pages read
        reach it; else the first record."""
        chosen = choose_again(self._place, self.model)
        if chosen is None:
            return  # further down the list: its next page is on its way
        self._place = None
        if chosen:
            return
        if self.model.rowCount() > 0:
            self.ui.registrationsView.selectRow(0)
        else:
            self.detail = None
            self._show_details()

    def _on_model_page_requested(self, generation: int, offset: int, limit: int) -> None:
        service = self.ctx.registrations
        assert service is not None
        self.ctx.tasks.run_db(
            next_page, service, self._query, generation, offset, limit,
            on_done=self._on_next_page, on_error=self._on_task_failed,
        )  # fmt: skip

    def _on_next_page(self, page: tuple[int, list[RegistrationRow]]) -> None:
        if self.model.add_page(*page) and self._place is not None:
            self._choose_again()

    def _show_count(self) -> None:
        if self.model.total > SEARCH_COUNT_CAP:
            self.ui.countLabel.setText(
                self.tr("More than {count} found: type more to narrow the search.").format(
                    count=thousands(SEARCH_COUNT_CAP)
                )
            )
            return
        self.ui.countLabel.setText(self.tr("%Ln registration(s) found.", "", self.model.total))

    def _on_task_failed(self, exc: object) -> None:
        self.ui.countLabel.setText(error_text(exc, self.ctx.lang))

    # --- details, void, correct ----------------------------------------------------------------

    def _on_selection_selectionChanged(
        self, selected: QItemSelection, _old: QItemSelection
    ) -> None:
        self._reprint_when_loaded = None
        indexes = selected.indexes()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        if row is None:
            return
        service = self.ctx.registrations
        assert service is not None
        self.ctx.tasks.run_db(
            service.view, row.id, on_done=self._on_detail_loaded, on_error=self._on_task_failed
        )

    def _on_detail_loaded(self, detail: RegistrationDetail) -> None:
        self.detail = detail
        if detail.row.id != self._message_about:
            self._message_about = None
            self._say_action(None)
        self._show_details()
        if self._reprint_when_loaded == detail.row.id:
            self._reprint_when_loaded = None
            self.reprint()

    def _on_registrationsView_activated(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a row opens its receipt, as Reprint does."""
        row = self.model.row_at(index.row())
        if row is None:
            return
        if self.detail is not None and self.detail.row.id == row.id:
            self.reprint()
        else:
            self._reprint_when_loaded = row.id

    def _show_details(self) -> None:
        detail = self.detail
        ui = self.ui
        if detail is None:
            self._details_shown = None
            ui.detailsText.setHtml(escape(self.tr("Choose a registration to see its details.")))
            ui.voidButton.setEnabled(False)
            ui.correctButton.setEnabled(False)
            ui.reprintButton.setEnabled(False)
            return
        assert self.ctx.reference is not None
        html = fitted_details_html(detail, self.ctx, ui.detailsText)
        if html != self._details_shown:  # a resize that changes nothing keeps the scroll
            ui.detailsText.setHtml(html)
        self._details_shown = html
        open_record = not detail.row.voided and not detail.row.superseded
        ui.voidButton.setEnabled(open_record)
        ui.correctButton.setEnabled(open_record)
        ui.reprintButton.setEnabled(not detail.row.superseded)

    def _on_voidButton_clicked(self) -> None:
        if self.detail is None:
            return
        dialog = VoidDialog(self.detail.row, self)
        dialog.void_requested.connect(self._on_void_dialog_void_requested)
        self._void_dialog = dialog
        dialog.open()

    def _on_void_dialog_void_requested(self, reason: str) -> None:
        service = self.ctx.registrations
        assert service is not None and self.detail is not None
        self.ctx.tasks.run_db(
            service.void,
            self.detail.row.id,
            reason,
            on_done=self._on_voided,
            on_error=self._on_void_failed,
        )

    def _on_voided(self, detail: RegistrationDetail) -> None:
        if self._void_dialog is not None:
            self._void_dialog.accept()
            self._void_dialog = None
        self.detail = detail
        self._show_details()
        # Void… was pressed by Tab and Enter: the dialog gave the focus back to that button,
        # which a voided record disables, and Qt passed it on to the page list at the left
        # (Down there opened the Sync page). The list of receipts is where the officer goes on.
        self.ui.registrationsView.setFocus(Qt.FocusReason.OtherFocusReason)
        # The reload that follows selects the voided receipt again and keeps this line.
        self._keep_selected = self._message_about = detail.row.id
        receipt = unbroken(detail.row.receipt_number)
        self._say_action(
            lambda: self.tr(
                "Receipt {receipt} is voided. It stays in the list and in the tally."
            ).format(receipt=receipt)
        )
        self.records_changed.emit()
        self.reload()

    def _say_action(self, text: Callable[[], str] | None) -> None:
        """The line under the list that says what an action did, in the language of now. It
        stood in the narrow column under the buttons, where in larger text its last lines were
        cut off and the receipt number broke at its first hyphen; and a language switch left
        it in the old language."""
        self._action_message = text
        self.ui.actionMessageLabel.setText(text() if text is not None else "")

    def _on_void_failed(self, exc: object) -> None:
        if self._void_dialog is not None:
            self._void_dialog.show_error(coded_error_text(exc, self.ctx.lang))

    def reprint(self) -> ReceiptPreviewDialog | None:
        """Open the receipt preview of the selected record (Ctrl+P); None when none can print."""
        detail = self.detail
        if detail is None or detail.row.superseded:
            return None
        dialog = ReceiptPreviewDialog(self.ctx, detail.row.id, self)
        dialog.finished.connect(self._on_receipt_preview_finished)
        dialog.open()
        return dialog

    def _on_receipt_preview_finished(self, _result: int) -> None:
        # The copy count changed if something was printed: show the record as it is now.
        if self.detail is not None:
            service = self.ctx.registrations
            assert service is not None
            self.ctx.tasks.run_db(
                service.get, self.detail.row.id,
                on_done=self._on_detail_loaded, on_error=self._on_task_failed,
            )  # fmt: skip
        self.ui.registrationsView.setFocus()

    def _on_correctButton_clicked(self) -> None:
        if self.detail is not None:
            self.correction_requested.emit(self.detail)


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
