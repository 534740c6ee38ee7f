"""The Daily tally page: one day's figures on screen, a chart, and the tally printed or saved.

The date picker starts at today in the branch's time zone; changing it reads that day's figures
(`TallyService.figures`, counted in SQL, nothing logged). The figures show per officer and work
location in a table, registrations by occupation group as a bar chart, the totals in one line,
and the tally's hash as printed at the foot of the PDF. Save PDF (Ctrl+S) renders the tally for
real (`TallyService.print_tally`, logged). Print (Ctrl+P) opens a print preview first, as a
receipt does and the branch workspace's tally (the shared `PdfPreviewDialog`): the tally PDF
(`TallyService.preview`, not logged) as it will print; Enter prints those very bytes, Ctrl+S
saves them, Esc comes back to the page where Print was asked for. The log says what reached
paper or a file: each print or save from the preview logs `print_tally` with the figures of the
PDF shown (`TallyService.log_printed`), a preview closed without either logs nothing. A day
without records shows a plain empty state; its tally can still be printed and signed as a nil
return.

The table gets the width its figure names and figures need, the chart the rest; when the window
is too narrow for both, the names give way first (broken onto more lines, each name whole), then
the table scrolls sideways, so no figure sits hidden in a cut-off column.

All store work and rendering run in the task runner, with a busy bar meanwhile. The file name is
asked through `ask_save_path`, the printer through the preview's `ask_printer` (given when it
opens, `preview_opened`), which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionGroupBox,
    QWidget,
)

from bpu_enroll.documents.tally.figures import TallyData, tally_hash
from bpu_enroll.domain.formatting import long_date, path_unbroken, rupiah, unbroken
from bpu_enroll.gui.common.column_fit import NAMES_AT_LEAST, table_chrome
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import error_text
from bpu_enroll.gui.common.keep_choice import keeping_choice
from bpu_enroll.gui.common.pdf_pages import ask_pdf_path, write_file
from bpu_enroll.gui.common.pdf_preview import PdfPreviewDialog, keyboard_back
from bpu_enroll.gui.common.style import keep_bold_width, set_role
from bpu_enroll.gui.common.tally_model import TallyModel
from bpu_enroll.gui.forms.officer.ui_tally_page import Ui_TallyPage
from bpu_enroll.services.tally import RenderedTally, TallyService, tally_file_name


@dataclass(frozen=True)
class TallyFigures:
    """One day's figures and their hash, as read for the screen."""

    generation: int
    data: TallyData
    hash: str


def read_figures(service: TallyService, day: date, lang: str, generation: int) -> TallyFigures:
    """Store thread: the figures of `day` (nothing logged)."""
    data = service.figures(day, lang=lang)
    return TallyFigures(generation, data, tally_hash(data))


def render_for_preview(service: TallyService, day: date, lang: str) -> RenderedTally:
    """Store thread: the tally PDF for the print preview (nothing logged yet)."""
    return service.preview(day, lang=lang)


def log_printed(service: TallyService, rendered: RenderedTally, lang: str) -> RenderedTally:
    """Store thread: log the previewed tally as printed (or saved); `rendered` back."""
    service.log_printed(rendered, lang=lang)
    return rendered


def render_to_file(
    service: TallyService, day: date, lang: str, path: Path
) -> tuple[RenderedTally, Path]:
    """Store thread: the tally PDF (logged as printed) written to `path`."""
    rendered = service.print_tally(day, lang=lang)
    return rendered, write_file(path, rendered.pdf)


class TallyPage(QWidget):
    """See the module text."""

    figures_shown = Signal(object)  # TallyData
    printed = Signal(object)  # RenderedTally
    preview_opened = Signal(object)  # PdfPreviewDialog
    saved = Signal(object)  # Path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TallyPage()
        self.ui.setupUi(self)
        keep_bold_width(self.ui.printButton)  # disabled as wide as bold
        self.model = TallyModel(self)
        self.ui.figuresView.setModel(self.model)
        view = self.ui.figuresView
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows = view.verticalHeader()
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        # Rows as tall as their figures (the voided receipts, one to a line), none lower.
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Per pixel: per item, a single column wider than the view got no sideways scrollbar,
        # and a row taller than the view (many voided receipts) could not be read to its end.
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ui.splitter.setStretchFactor(0, 0)  # the table keeps its width, the chart flexes
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.installEventFilter(self)
        self.data: TallyData | None = None
        self.hash = ""
        self._generation = 0
        self._busy = 0
        self._status: tuple[Callable[[], str] | None, str] | None = None  # said again
        self._status_through_read = False
        self.preview: PdfPreviewDialog | None = None
        self._keyboard_at: QWidget | None = None
        self._wire()
        self.set_day(ctx.today())
        self._set_busy(0)
        self._show_figures()

    # --- public --------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        """The date chosen in the picker."""
        value = self.ui.dateEdit.date()
        return date(value.year(), value.month(), value.day())

    @property
    def busy(self) -> bool:
        """True while figures are read or a tally is printed or saved."""
        return self._busy > 0

    def set_day(self, day: date) -> None:
        """Choose `day` in the picker (today at most); the figures follow."""
        today = self.ctx.today()
        self.ui.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

    def reload(self) -> None:
        """Read the figures of the chosen day again."""
        if self.ctx.session is None:
            return
        self._generation += 1
        self._set_busy(+1)
        self.ctx.tasks.run_db(
            read_figures, self._service(), self.day, self.ctx.lang, self._generation,
            on_done=self._on_figures_read, on_error=self._on_task_failed,
        )  # fmt: skip

    def print_tally(self) -> None:
        """Render the tally of the chosen day and open its print preview (Ctrl+P): the pages
        as they will print, Enter prints them, Esc comes back to the page. The preview is
        given when it opens (`preview_opened`)."""
        if self.busy or self.data is None:
            return
        self._keyboard_at = self.focusWidget()
        self._set_busy(+1)
        self._show_status(lambda: self.tr("Preparing the print preview…"), "muted")
        self.ctx.tasks.run_db(
            render_for_preview, self._service(), self.data.day, self.ctx.lang,
            on_done=self._on_preview_ready, on_error=self._on_task_failed,
        )  # fmt: skip

    def save_pdf(self) -> None:
        """Ask for a file name, then save the tally of the chosen day as a PDF (Ctrl+S)."""
        if self.busy or self.data is None:
            return
        path = self.ask_save_path(tally_file_name(self.data, lang=self.ctx.lang))
        if path is None:
            return
        self._set_busy(+1)
        self._show_status(lambda: self.tr("Saving…"), "muted")
        self.ctx.tasks.run_db(
            render_to_file, self._service(), self.data.day, self.ctx.lang, path,
            on_done=self._on_saved, on_error=self._on_task_failed,
        )  # fmt: skip

    def ask_save_path(self, file_name: str) -> Path | None:
        """A save-file dialog proposing `file_name`; None if cancelled."""
        return ask_pdf_path(self, self.ctx.settings, self.tr("Save the daily tally"), file_name)

    def showEvent(self, event: QShowEvent) -> None:
        """Fresh figures each time the page is shown."""
        super().showEvent(event)
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The splitter resized: share its width out again (`_fit_table`)."""
        if watched is self.ui.splitter and event.type() == QEvent.Type.Resize:
            self._fit_table()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch (group names come from the store in the language)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_figures()
            if self._status is not None:
                self._show_status(*self._status)
            if self.isVisible():
                self._status_through_read = True
                self.reload()
        super().changeEvent(event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_tally)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_pdf)
        ui.printButton.clicked.connect(self.print_tally)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.todayButton.clicked.connect(self._on_todayButton_clicked)
        ui.dateEdit.dateChanged.connect(self._on_dateEdit_dateChanged)

    def _service(self) -> TallyService:
        assert self.ctx.session is not None and self.ctx.reference is not None
        return TallyService(self.ctx.session, catalogue=self.ctx.reference.catalogue)

    def _on_todayButton_clicked(self) -> None:
        self.set_day(self.ctx.today())

    def _on_dateEdit_dateChanged(self, _value: QDate) -> None:
        if self.isVisible():
            self.reload()

    def _set_busy(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        busy = self.busy
        self.ui.busyBar.setVisible(busy)
        ready = not busy and self.data is not None and self.data.day == self.day
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready)

    # --- results -------------------------------------------------------------------------------

    def _on_figures_read(self, figures: TallyFigures) -> None:
        if figures.generation == self._generation:
            self.data, self.hash = figures.data, figures.hash
            if self._status_through_read and self._status is not None:
                self._show_status(*self._status)  # the figures re-read for a language switch
            else:
                self._show_status(None, "muted")
            self._status_through_read = False
            with keeping_choice(self.ui.figuresView, self.model.line_key):  # the line kept
                self.model.set_tally(figures.data)
            self._show_figures()
        self._set_busy(-1)
        if figures.generation == self._generation:
            self.figures_shown.emit(figures.data)

    def _show_figures(self) -> None:
        ui, data = self.ui, self.data
        empty = data is None or data.is_empty
        ui.splitter.setVisible(not empty)
        ui.emptyLabel.setVisible(data is not None and data.is_empty)
        if data is None:
            ui.totalsLabel.setText(self.tr("Reading the figures…"))
            ui.hashLabel.clear()
            ui.chart.set_bars([])
            return
        day_text = long_date(data.day, self.ctx.lang)
        ui.emptyLabel.setText(
            self.tr(
                "No registrations on {day}. The tally of this day is empty; you can still "
                "print it and sign it as a nil return."
            ).format(day=day_text)
        )
        ui.totalsLabel.setText(self._totals_text(data, day_text))
        hash_text = self.tr("Tally fingerprint (printed at the foot): {hash}")
        ui.hashLabel.setText(hash_text.format(hash=self.hash))
        groups = [(data.group_label(k), n) for k, n in data.totals.by_occupation_group.items()]
        ui.chart.set_bars(
            sorted(groups, key=lambda item: (-item[1], item[0])),
            self.tr("No registrations"),
        )
        self.ui.figuresView.resizeColumnsToContents()
        self._fit_table()

    def _fit_table(self) -> None:
        """Give the table the width of its figure names and figures, the chart the rest. When the
        chart at its narrowest still leaves too little, the names give way down to
        `NAMES_AT_LEAST`, never the figures: they break onto more lines, whole (elided, they were
        read only in a tooltip: "Menurut kelompok pekerj…" in larger text at 1280×728); past
        that the table scrolls sideways."""
        view, splitter, names = (
            self.ui.figuresView,
            self.ui.splitter,
            self.ui.figuresView.verticalHeader(),
        )
        chrome = table_chrome(view)
        figures = view.horizontalHeader().length()
        width = splitter.width() - splitter.handleWidth()
        font = names.font()
        padding = max(0, names.sizeHint().width() - self.model.widest_name(font))
        whole = self.model.widest_name(font, whole=True) + padding
        room = width - self._chart_least_width() - chrome - figures
        names_width = max(NAMES_AT_LEAST, min(whole, room))
        broken = names_width < whole
        self.model.set_name_width(names_width - padding if broken else None, font)
        # The header elides its text as one line, the broken name's lines end to end: it cut
        # the last line of every name it broke ("Menurut kelompok" over "pekerj…").
        names.setTextElideMode(
            Qt.TextElideMode.ElideNone if broken else Qt.TextElideMode.ElideRight
        )
        names.setMaximumWidth(names_width)
        table = chrome + names_width + figures
        splitter.setSizes([table, max(0, width - table)])

    def _chart_least_width(self) -> int:
        """The chart's narrowest, its title whole: the group box's own minimum leaves out the
        style sheet's title inset, and the bold title lost its last letter."""
        box, option = self.ui.chartBox, QStyleOptionGroupBox()
        box.initStyleOption(option)
        control, label = QStyle.ComplexControl.CC_GroupBox, QStyle.SubControl.SC_GroupBoxLabel
        title = box.style().subControlRect(control, option, label, box)
        least = max(box.minimumSizeHint().width(), title.left() + title.right() + 1)
        box.setMinimumWidth(least)
        return least

    def _totals_text(self, data: TallyData, day_text: str) -> str:
        totals = data.totals
        text = self.tr("{day}: %Ln registration(s)", "", totals.registrations).format(day=day_text)
        text += " · " + self.tr("%Ln voided", "", totals.by_status.get("voided", 0))
        text += " · " + self.tr("quoted {quoted}, cash collected {cash}").format(
            quoted=rupiah(totals.total_quoted), cash=rupiah(totals.cash_collected)
        )
        if totals.first_receipt:
            # Each number whole on its line: it broke after `DEMO-` in larger text at 1366×728.
            text += " · " + self.tr("receipts {first} to {last}").format(
                first=unbroken(totals.first_receipt), last=unbroken(totals.last_receipt or "")
            )
        return text

    def _on_preview_ready(self, rendered: RenderedTally) -> None:
        self._set_busy(-1)
        self._show_status(None, "muted")
        day = long_date(rendered.data.day, self.ctx.lang)
        dialog = PdfPreviewDialog(
            self.ctx,
            rendered.pdf,
            rendered.file_name,
            title=self.tr("Daily tally, {day}").format(day=day),
            detail=self.tr("Tally fingerprint (printed at the foot): {hash}").format(
                hash=rendered.hash
            ),
            print_title=self.tr("Print the daily tally"),
            save_title=self.tr("Save the daily tally"),
            parent=self,
        )
        dialog.printed.connect(lambda printer, pages: self._log_print(rendered, printer, pages))
        dialog.saved.connect(lambda path: self._log_print(rendered, "", 0, path))
        dialog.finished.connect(self._on_preview_finished)
        self.preview = dialog
        dialog.open()
        self.preview_opened.emit(dialog)

    def _log_print(
        self, rendered: RenderedTally, printer: str, pages: int, path: Path | None = None
    ) -> None:
        """The preview printed (on `printer`) or saved (to `path`) its PDF: log it as
        `print_tally` logs, then say so."""
        self._set_busy(+1)
        self.ctx.tasks.run_db(
            log_printed, self._service(), rendered, self.ctx.lang,
            on_done=lambda done: self._on_logged(done, printer, pages, path),
            on_error=self._on_task_failed,
        )  # fmt: skip

    def _on_logged(
        self, rendered: RenderedTally, printer: str, pages: int, path: Path | None
    ) -> None:
        if path is not None:
            self._on_saved((rendered, path))
            return
        self._set_busy(-1)
        self._show_status(
            lambda: self.tr(
                "The tally of {day} went to the printer {printer} (%Ln page(s)).", "", pages
            ).format(day=long_date(rendered.data.day, self.ctx.lang), printer=printer),
            "success",
        )
        self.printed.emit(rendered)

    def _on_preview_finished(self, _result: int) -> None:
        """The keyboard back where Print was asked for (the Print button, or the figures for
        Ctrl+P), as the preview closes."""
        self.preview = None
        widget, self._keyboard_at = self._keyboard_at, None
        keyboard_back(self, widget, self.ui.printButton)

    def _on_saved(self, result: tuple[RenderedTally, Path]) -> None:
        rendered, path = result
        self._set_busy(-1)
        self._show_status(
            lambda: self.tr("The tally of {day} is saved as {path}.").format(
                # its file name broke after "rekap-harian-" and read as two names
                day=long_date(rendered.data.day, self.ctx.lang),
                path=path_unbroken(str(path)),
            ),
            "success",
        )
        self.saved.emit(path)

    def _on_task_failed(self, exc: object) -> None:
        self._set_busy(-1)
        self._status_through_read = False
        self._show_status(lambda: error_text(exc, self.ctx.lang), "error")

    def _show_status(self, say: Callable[[], str] | None, role: str) -> None:
        """The line under the buttons, said in the language of now and again after a switch
        (a tally saved or printed was said only once: the switch's re-read cleared it)."""
        self._status = (say, role) if say is not None else None
        set_role(self.ui.statusLabel, role)
        self.ui.statusLabel.setText(say() if say is not None else "")
