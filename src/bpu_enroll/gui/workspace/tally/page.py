"""The supervisor's branch tally: a day or a period, per officer and location, cash per officer.

The figures come from the branch server (`StaffClient.tally`, the same figures as the laptop
tally, summed over every laptop) and show in the laptop's own `TallyModel`, folded per officer
and location, per officer or per location, across the page's width; below them, side by side,
the cash each officer collected (to reconcile against the deposits) and a bar chart
(registrations per officer, per location or by occupation group). The hash the server computed
is shown as printed at the PDF's foot. On a short screen the cash keeps three officers' rows and
the figures five, and the page scrolls (`SplitterShare`'s `keeps`); with three officers at
1366×768 it fits in larger text too, as each officer's column title is two lines (officer over
work location, a line cut with "…" when the columns need its width; `_fit_titles`). More
officers than fit side by side (six in larger text at 1366 px) show in bands, one under the
other, each under a row of its officers' titles, the total last (`TallyModel.set_band`): the
page never scrolls sideways, and the total is read where the printed tally has it, last.

Print (Ctrl+P) and Save PDF (Ctrl+S) use the server's PDF (`StaffClient.tally_preview`, the
receipts issue's renderer, with the fingerprint at its foot), fetched in the background; the
fetch logs nothing. Only a tally printed or saved is logged at the branch, once it is
(`StaffClient.tally_printed`: `print_tally` or `tally_saved` with that fingerprint), so a
preview closed unprinted leaves no line that says it was printed. A server that gives no
fingerprint with the PDF (of an earlier version) logged the fetch itself as a print, and is
not told again. Print opens it in a print preview first
(`PdfPreviewDialog`, shared with nothing officer-only: the pages as they will print, Enter
prints, Ctrl+S saves the same bytes, Esc comes back to the page where Print was asked for), as
the officer's app shows a receipt before printing it. The preview's printer is asked through
its `ask_printer`, the page's file name through `ask_save_path`, which tests replace. F5 reads
the figures again. Every network call goes through `ws.call`.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from bpu_enroll.documents.tally.pdf import period_text
from bpu_enroll.domain.formatting import rupiah
from bpu_enroll.gui.common.column_fit import (
    NAMES_AT_LEAST,
    NAMES_LAST_RESORT,
    ColumnFitter,
    fitted_widths,
    give_names_room,
    header_width,
    table_chrome,
    two_lines,
)
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.keep_choice import keeping_choice
from bpu_enroll.gui.common.pdf_pages import ask_pdf_path, write_file
from bpu_enroll.gui.common.pdf_preview import PdfPreviewDialog, keyboard_back
from bpu_enroll.gui.common.splitter_share import SplitterShare, table_height
from bpu_enroll.gui.common.style import keep_bold_width, set_role
from bpu_enroll.gui.common.tally_model import TallyModel, figure_label
from bpu_enroll.gui.forms.workspace.ui_tally_page import Ui_BranchTallyPage
from bpu_enroll.gui.workspace.tally.model import (
    BranchTally,
    Column,
    ColumnsModel,
    branch_tally_from_document,
    cash_rows,
    money,
    period_file_name,
    pydate,
    qdate,
    read_tally,
    regroup,
    staff_error_text,
    today_in_branch,
)

if TYPE_CHECKING:
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient

# The rows each table keeps on a short screen (larger text at 1366×768): three officers' cash,
# the figures' first five rows; the page scrolls rather than show fewer.
CASH_ROWS_KEPT, FIGURE_ROWS_KEPT = 3, 5


class BranchTallyPage(QWidget):
    """See the module text."""

    tally_shown = Signal(object)  # BranchTally
    printed = Signal(int)  # pages
    preview_opened = Signal(object)  # PdfPreviewDialog
    saved = Signal(object)  # Path
    failed = Signal(object)  # the error

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.ws = ctx, ws
        self.ui = Ui_BranchTallyPage()
        self.ui.setupUi(self)
        keep_bold_width(self.ui.printButton)  # disabled while loading: "Simpan PDF…" stays put
        self.model = TallyModel(self, receipts_on_two_lines=True)
        self.cash_model = ColumnsModel(self._cash_columns(), self, key="officer")
        self.ui.figuresView.setModel(self.model)
        self.ui.cashView.setModel(self.cash_model)
        self.ui.figuresView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # Rows as tall as their figures (receipt numbers take two lines), none lower than before.
        rows = self.ui.figuresView.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Too narrow for every column, the figure names give way (elided, whole in the tooltip)
        # before the figures; past that the table scrolls sideways, by the pixel.
        self.ui.figuresView.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # A row taller than the view (the voided receipts, one to a line) is read to its end.
        self.ui.figuresView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._band_timer = QTimer(self, singleShot=True, interval=0)
        self._band_timer.timeout.connect(self._fit_names)
        self.ui.figuresView.installEventFilter(self)
        # The money always whole; a long officer name gives up room (whole in the tooltip).
        self.cash_columns = ColumnFitter(self.ui.cashView, elide=(0,))
        # The figures above get the height; cash and chart below what the cash table needs, at
        # most a third (the figures table was 130 px tall in larger text at 1366×728). Each
        # keeps its first rows (a third showed one officer's cash in larger text): when the
        # page is too short for both, it scrolls.
        self.side_share = SplitterShare(
            self.ui.splitter, 1, self._side_height, at_most=1 / 3, keeps=self._keeps
        )
        self.tally: BranchTally | None = None
        self._paper: tuple[BranchTally, str] | None = None  # the tally previewed, its fingerprint
        self._generation = 0
        self._busy = 0
        self.preview: PdfPreviewDialog | None = None
        self._keyboard_at: QWidget | None = None
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.refresh)
        self._fill_combos()
        self._wire()
        self.set_period(self.today(), self.today())
        self._set_busy(0)
        self._show_status("", "muted")
        self._show_figures()

    # --- public --------------------------------------------------------------------------------

    @property
    def day_from(self) -> date:
        """The first day of the chosen period."""
        return pydate(self.ui.fromEdit.date())

    @property
    def day_to(self) -> date:
        """The last day of the chosen period."""
        return pydate(self.ui.toEdit.date())

    @property
    def busy(self) -> bool:
        """True while figures are read or the tally is printed or saved."""
        return self._busy > 0

    def tally_language(self) -> str:
        """The language of the figures and the PDF: the app's, when the client can ask for it.

        Occupation group names are part of the tally's hash, so the screen and the paper use
        the same language to show the same hash.
        """
        return self.ctx.lang

    def today(self) -> date:
        """Today in the branch's time zone."""
        return today_in_branch(self.ctx.clock(), self.ws.workstation.province_code)

    def set_period(self, first: date, last: date) -> None:
        """Choose the period [`first`, `last`] (today at most); the figures follow."""
        top = qdate(self.today())
        for edit in (self.ui.fromEdit, self.ui.toEdit):
            edit.blockSignals(True)
            edit.setMaximumDate(top)
        self.ui.fromEdit.setDate(qdate(min(first, last)))
        self.ui.toEdit.setDate(qdate(max(first, last)))
        for edit in (self.ui.fromEdit, self.ui.toEdit):
            edit.blockSignals(False)
        self._period_changed()

    def refresh(self) -> None:
        """Read the figures of the chosen period from the server (F5)."""
        self._generation += 1
        generation, first, last = self._generation, self.day_from, self.day_to
        province, lang = self.ws.workstation.province_code, self.tally_language()

        def read(client: StaffClient) -> tuple[int, BranchTally]:
            document = read_tally(client, first, None if last == first else last, lang)
            return generation, branch_tally_from_document(document, province)

        self._set_busy(+1)
        self.ws.call(read, self._on_tally_read, self._on_failed)

    def print_tally(self) -> None:
        """Fetch the server's PDF of the tally shown and open its print preview (Ctrl+P): the
        pages as they will print, Enter prints them, Esc comes back to the page. The preview
        is given when it opens (`preview_opened`)."""
        tally = self._ready_tally()
        if tally is None:
            return
        self._keyboard_at = self.focusWidget()
        self._show_status(self.tr("Preparing the print preview…"), "muted")
        self._set_busy(+1)
        read, generation = self._pdf_reader(tally), self._generation
        self.ws.call(
            lambda client: (generation, tally, read(client)),
            self._on_pdf_for_preview,
            self._on_failed,
        )

    def save_pdf(self) -> None:
        """Ask for a file name, then save the server's PDF of the tally shown (Ctrl+S)."""
        tally = self._ready_tally()
        if tally is None:
            return
        path = self.ask_save_path(period_file_name(tally, self.ctx.lang))
        if path is None:
            return
        read, log = self._pdf_reader(tally), self._paper_logger(tally)

        def save(client: StaffClient) -> Path:
            pdf, fingerprint = read(client)
            written = write_file(path, pdf)
            log(client, fingerprint, "saved")
            return written

        self._show_status(self.tr("Saving…"), "muted")
        self._set_busy(+1)
        self.ws.call(save, self._on_saved, self._on_failed)

    def ask_save_path(self, file_name: str) -> Path | None:
        """A save-file dialog proposing `file_name`; None if cancelled."""
        return ask_pdf_path(self, self.ctx.settings, self.tr("Save the branch tally"), file_name)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch (group names come from the server per language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self.cash_model.retranslate()
            self._show_figures()
            if self.isVisible():
                self._reload_timer.start()
        super().changeEvent(event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_tally)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_pdf)
        ui.printButton.clicked.connect(self.print_tally)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.todayButton.clicked.connect(lambda: self.set_period(self.today(), self.today()))
        ui.weekButton.clicked.connect(self._on_weekButton_clicked)
        ui.fromEdit.dateChanged.connect(self._on_fromEdit_dateChanged)
        ui.toEdit.dateChanged.connect(self._on_toEdit_dateChanged)
        ui.groupingCombo.currentIndexChanged.connect(self._show_figures)
        ui.chartCombo.currentIndexChanged.connect(self._show_chart)

    def _fill_combos(self) -> None:
        choices = {
            self.ui.groupingCombo: [
                ("officer_location", self.tr("Officer and work location")),
                ("officer", self.tr("Officer")),
                ("location", self.tr("Work location")),
            ],
            self.ui.chartCombo: [
                ("officer", self.tr("Registrations per officer")),
                ("location", self.tr("Registrations per work location")),
                ("group", self.tr("Registrations by occupation group")),
            ],
        }
        for combo, items in choices.items():
            index = max(0, combo.currentIndex())
            combo.blockSignals(True)
            combo.clear()
            for key, text in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def _cash_columns(self) -> list[Column]:
        return [
            Column("officer", lambda: self.tr("Officer"), lambda r: r["officer"]),
            Column("registrations", lambda: two_lines(self.tr("Registrations")),
                   lambda r: r["registrations"], numeric=True),
            # The figures' own names, as in the figures above, the officer's tally and the PDF.
            Column("quoted", lambda: two_lines(figure_label("total_quoted")),
                   lambda r: r["quoted"], money, True),
            Column("cash", lambda: two_lines(figure_label("cash_collected")),
                   lambda r: r["cash"], money, True),
        ]  # fmt: skip

    def _on_weekButton_clicked(self) -> None:
        today = self.today()
        self.set_period(today - timedelta(days=today.weekday()), today)

    def _on_fromEdit_dateChanged(self, value: QDate) -> None:
        if value > self.ui.toEdit.date():
            self.ui.toEdit.setDate(value)
        self._period_changed()

    def _on_toEdit_dateChanged(self, value: QDate) -> None:
        if value < self.ui.fromEdit.date():
            self.ui.fromEdit.setDate(value)
        self._period_changed()

    def _period_changed(self) -> None:
        self._set_busy(0)
        if self.isVisible():
            self._reload_timer.start()

    def _ready_tally(self) -> BranchTally | None:
        tally = self.tally
        if self.busy or tally is None or not self._shows_period(tally):
            return None
        return tally

    def _shows_period(self, tally: BranchTally) -> bool:
        return (tally.date_from, tally.date_to) == (self.day_from, self.day_to)

    def _pdf_reader(self, tally: BranchTally) -> Any:
        """Background: the server's PDF of `tally` and its fingerprint, logged by nobody."""
        first, last, lang = tally.date_from, tally.date_to, self.tally_language()
        return lambda client: client.tally_preview(first, None if last == first else last, lang)

    def _paper_logger(self, tally: BranchTally) -> Any:
        """Background: log `tally`'s PDF as printed or saved by its fingerprint (a server that
        gave none logged the fetch as a print already)."""
        first, last, lang = tally.date_from, tally.date_to, self.tally_language()

        def log(client: StaffClient, fingerprint: str, way: str) -> None:
            if fingerprint:
                client.tally_printed(first, last, lang, fingerprint, way)

        return log

    def _set_busy(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        self.ui.busyBar.setVisible(self.busy)
        ready = not self.busy and self.tally is not None and self._shows_period(self.tally)
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready)

    # --- results -------------------------------------------------------------------------------

    def _on_tally_read(self, result: tuple[int, BranchTally]) -> None:
        generation, tally = result
        current = generation == self._generation
        if current:
            self.tally = tally
            self._show_status("", "muted")
            with keeping_choice(self.ui.cashView, lambda r: self.cash_model.value(r, "officer")):
                self.cash_model.set_rows(cash_rows(tally))
            with keeping_choice(self.ui.figuresView, self.model.line_key):
                self._show_figures()
            self.side_share.share_later()
        self._set_busy(-1)
        if current:
            self.tally_shown.emit(tally)

    def period_text(self, first: date, last: date) -> str:
        """`4 Mei 2026` or `4 – 10 Mei 2026` in the app's language (as the PDF's title)."""
        return period_text(first, last, self.ctx.lang)

    def _show_figures(self) -> None:
        ui, tally = self.ui, self.tally
        empty = tally is None or tally.data.is_empty
        ui.splitter.setVisible(not empty)
        ui.emptyLabel.setVisible(tally is not None and tally.data.is_empty)
        if tally is None:
            ui.totalsLabel.setText(self.tr("Reading the figures…"))
            ui.hashLabel.clear()
            self.model.set_tally(None)
            ui.chart.set_bars([])
            return
        period = self.period_text(tally.date_from, tally.date_to)
        ui.emptyLabel.setText(
            self.tr("The branch received no registrations for {period}.").format(period=period)
        )
        ui.totalsLabel.setText(self._totals_text(tally, period))
        hash_text = self.tr("Tally fingerprint (printed at the foot): {hash}")
        ui.hashLabel.setText(hash_text.format(hash=tally.hash))
        grouping = str(ui.groupingCombo.currentData() or "officer_location")
        label = self.tr("all officers") if grouping == "location" else self.tr("all locations")
        self.model.set_tally(regroup(tally.data, grouping, label))
        ui.figuresView.resizeColumnsToContents()
        self._fit_names()
        self._show_chart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The figures table resized: give its names the room the figures leave (`_fit_names`)."""
        if watched is self.ui.figuresView and event.type() == QEvent.Type.Resize:
            self._fit_names(band_now=False)
        return super().eventFilter(watched, event)

    def _fit_names(self, *, band_now: bool = True) -> None:
        """The figure names keep their width unless the figures need it: then they give way down
        to `NAMES_AT_LEAST`, so that with three officers and the total at 1366 pixels the last
        column is not cut off with its numbers (right-aligned) in the hidden part. The officers'
        column titles first take what that leaves (`_fit_titles`). When the columns at their
        narrowest (the receipt numbers) still need more, the names give way further, down to
        `NAMES_LAST_RESORT`: with five officers and the total in larger text at 1366 pixels the
        total's figures were off to the right, the table scrolling sideways. More columns than
        fit even then go in bands, one under the other (`_band_size`); on a resize the bands change
        once the event is handled, not with the model made anew in the middle of it."""
        view = self.ui.figuresView
        room = view.width() - table_chrome(view)
        figures = self._figure_widths()
        size = self._band_size(figures, room - NAMES_LAST_RESORT)
        if size != self.model.band():
            if not band_now:
                self._band_timer.start()
                return
            self.model.set_band(size)
            figures = self._figure_widths()
        self._fit_titles(room - NAMES_AT_LEAST, figures)
        give_names_room(view, room - view.horizontalHeader().length(), NAMES_LAST_RESORT)

    def _figure_widths(self) -> list[int]:
        """The width each column's figures need (of every column, banded or not)."""
        view, model = self.ui.figuresView, self.model
        widths = [0] * model.column_total()
        for row in range(model.rowCount()):
            if model.is_title_row(row):
                continue
            for section in range(model.columnCount()):
                column = model.column_at(row, section)
                if column is not None:
                    hint = view.sizeHintForIndex(model.index(row, section)).width()
                    widths[column] = max(widths[column], hint)
        grid = 1 if view.showGrid() else 0
        return [width + grid for width in widths]

    def _band_size(self, figures: list[int], room: int) -> int | None:
        """As many columns side by side as their figures fit `room` pixels, the others in bands
        below (`TallyModel.set_band`): six officers and the total in larger text at 1366 px
        scrolled sideways, the total's column last and out of sight."""
        count = len(figures)
        if count == 0:
            return None
        size = count
        while size > 1 and _band_width(figures, size) > room:
            size -= 1
        bands = -(-count // size)
        even = -(-count // bands)  # bands as full as each other (4 and 3, not 6 and the total)
        if _band_width(figures, even) <= room:
            size = even
        return None if size >= count else size

    def _fit_titles(self, room: int, figures: list[int]) -> None:
        """Cut the lines of the officers' column titles (officer, work location: two lines) so
        that every column fits `room` pixels, never a column narrower than its figures; a cut
        line ends in "…", the header's tooltip has it whole. Four lines of title (name, user
        name, a location in two) made the page scroll in larger text at 1366×768."""
        view, model = self.ui.figuresView, self.model
        header = view.horizontalHeader()
        count = model.columnCount()
        if count == 0:
            return
        font = QFont(header.font())
        font.setBold(True)  # Qt sizes a header's sections by its text in bold
        metrics = QFontMetrics(font)
        shown = str(model.headerData(0, Qt.Orientation.Horizontal) or "")
        pad = header_width(header, 0) - max(metrics.horizontalAdvance(t) for t in shown.split("\n"))
        # Each of the view's columns shows one column of each band.
        members = [[band[c] for band in model.bands() if c < len(band)] for c in range(count)]
        least = [max(figures[m] for m in column) for column in members]

        def wants(*, short: bool) -> list[int]:
            need = [
                pad + max(metrics.horizontalAdvance(t) for m in column
                          for t in model.title_lines(m, short=short))
                for column in members
            ]  # fmt: skip
            return [max(pair) for pair in zip(least, need, strict=True)]

        whole = wants(short=False)  # with the user names, when every column has room for them
        officers = [c for c, column in enumerate(members) if not all(map(model.is_total, column))]
        widths = (
            whole if sum(whole) <= room else fitted_widths(wants(short=True), officers, room, least)
        )
        model.set_title_widths([width - pad for width in widths], font)

    def _side_height(self, rows: int | None = None) -> int:
        """What the cash per officer needs to show every officer (the first `rows`); the chart
        fits beside it."""
        box, view = self.ui.cashBox, self.ui.cashView
        chrome = box.minimumSizeHint().height() - view.minimumSizeHint().height()
        return chrome + table_height(view, rows)

    def _keeps(self) -> tuple[int, int]:
        """The heights the cash (with the chart) and the figures keep on a short screen: their
        first `CASH_ROWS_KEPT` and `FIGURE_ROWS_KEPT` rows."""
        figures = table_height(self.ui.figuresView, FIGURE_ROWS_KEPT)
        return self._side_height(CASH_ROWS_KEPT), figures

    def _show_chart(self) -> None:
        tally = self.tally
        if tally is None:
            return
        kind = str(self.ui.chartCombo.currentData() or "officer")
        if kind == "group":
            data = tally.data
            bars = [(data.group_label(k), n) for k, n in data.totals.by_occupation_group.items()]
        else:
            rows = regroup(tally.data, kind).rows
            key = (
                (lambda r: tally.data.officer_label(r.officer))
                if kind == "officer"
                else (lambda r: r.work_location)
            )
            bars = [(str(key(row) or "–"), row.registrations) for row in rows]
        self.ui.chartBox.setTitle(self.ui.chartCombo.currentText())
        self.ui.chart.set_bars(
            sorted(bars, key=lambda item: (-item[1], item[0])), self.tr("No registrations")
        )

    def _totals_text(self, tally: BranchTally, period: str) -> str:
        totals = tally.data.totals
        text = self.tr("{period}: %Ln registration(s)", "", totals.registrations)
        text = text.format(period=period)
        text += " · " + self.tr("%Ln voided", "", totals.by_status.get("voided", 0))
        text += " · " + self.tr("quoted {quoted}, cash collected {cash}").format(
            quoted=rupiah(totals.total_quoted), cash=rupiah(totals.cash_collected)
        )
        return text + " · " + self.tr("%Ln officer(s)", "", len(tally.cash_by_officer))

    def _on_pdf_for_preview(self, result: tuple[int, BranchTally, tuple[bytes, str]]) -> None:
        generation, tally, (pdf, fingerprint) = result
        self._set_busy(-1)
        if generation != self._generation or tally is not self.tally:
            self._show_status("", "muted")  # the figures changed meanwhile: press Print again
            return
        self._show_status("", "muted")
        period = self.period_text(tally.date_from, tally.date_to)
        dialog = PdfPreviewDialog(
            self.ctx,
            pdf,
            period_file_name(tally, self.ctx.lang),
            title=self.tr("Branch tally, {period}").format(period=period),
            detail=self.tr("Tally fingerprint (printed at the foot): {hash}").format(
                hash=fingerprint or tally.hash
            ),
            print_title=self.tr("Print the branch tally"),
            save_title=self.tr("Save the branch tally"),
            parent=self,
        )
        dialog.printed.connect(self._on_printed)
        dialog.saved.connect(self._on_preview_saved)
        dialog.finished.connect(self._on_preview_finished)
        self._paper = (tally, fingerprint)
        self.preview = dialog
        dialog.open()
        self.preview_opened.emit(dialog)

    def _on_preview_finished(self, _result: int) -> None:
        """The keyboard back where Print was asked for (the Print button, or the figures for
        Ctrl+P), as the preview closes."""
        self.preview = None
        self._paper = None
        widget, self._keyboard_at = self._keyboard_at, None
        keyboard_back(self, widget, self.ui.printButton)

    def _on_printed(self, printer: str, pages: int) -> None:
        text = self.tr("The branch tally went to the printer {printer} (%Ln page(s)).", "", pages)
        self._show_status(text.format(printer=printer), "success")
        self._log_paper("printed", lambda: self.printed.emit(pages))

    def _on_preview_saved(self, path: Path) -> None:
        self._said_saved(path)
        self._log_paper("saved", lambda: self.saved.emit(path))

    def _log_paper(self, way: str, then: Any) -> None:
        """Log the previewed tally as printed or saved at the branch, in the background; `then`
        once it is (or at once when the server logged the fetch itself). A failure is said:
        the paper exists, its line in the branch's log does not."""
        if self._paper is None:
            then()
            return
        tally, fingerprint = self._paper
        log = self._paper_logger(tally)

        def logged(_result: object) -> None:
            self._set_busy(-1)
            then()

        self._set_busy(+1)
        self.ws.call(lambda client: log(client, fingerprint, way), logged, self._on_failed)

    def _on_saved(self, path: Path) -> None:
        self._set_busy(-1)
        self._said_saved(path)
        self.saved.emit(path)

    def _said_saved(self, path: Path) -> None:
        """Say where the tally was saved (by the page's Save or the preview's)."""
        self._show_status(
            self.tr("The branch tally is saved as {path}.").format(path=path), "success"
        )

    def _on_failed(self, exc: object) -> None:
        self._set_busy(-1)
        self._show_status(staff_error_text(exc, self.ctx.lang), "error")
        self.failed.emit(exc)

    def _show_status(self, text: str, role: str) -> None:
        """Say `text` above the figures; with nothing to say the line is left to the figures."""
        set_role(self.ui.statusLabel, role)
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))


def _band_width(figures: list[int], size: int) -> int:
    """The width of the figures' columns `size` side by side, the others in bands below."""
    return sum(max(figures[c::size]) for c in range(size))
