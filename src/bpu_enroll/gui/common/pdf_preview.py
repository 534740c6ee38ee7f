"""A print preview of a PDF already made: its pages as they will print, with Print and Save PDF.

The branch tally and the officer's Daily tally open it before printing, as the officer's app
shows a receipt before printing it (`ReceiptPreviewDialog`, which renders each print anew for
its copy count; a document that is the same for every print needs none of that). The dialog
holds the PDF's bytes: what it shows is what Print paints on the paper and Save PDF writes, byte
for byte, so the fingerprint at the foot of the page on screen is the one on paper and in the
file.

Rasterising (for the screen, then at the printer's resolution) and writing run on the task
runner's store thread, which also keeps pdfium on one thread. Keyboard: the keyboard starts on
Print once the pages are drawn, Enter prints, Ctrl+S saves, Esc closes (the `Dialog` base gives
the keyboard back to the window underneath). The printer and the file name are asked through
`ask_printer` and `ask_save_path`, which tests replace to print into a PDF file and save without
a native dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from bpu_enroll.gui.common import screen
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.dialogs import Dialog
from bpu_enroll.gui.common.feedback import error_text
from bpu_enroll.gui.common.pdf_pages import (
    PageImage,
    PageList,
    PrintFailed,
    ask_pdf_path,
    prepare_printer,
    preview_dpi,
    print_dpi,
    print_pages,
    rasterise,
    wants_grayscale,
    write_file,
)
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.forms.common.ui_pdf_preview import Ui_PdfPreviewDialog


def keyboard_back(page: QWidget, widget: QWidget | None, fallback: QWidget) -> None:
    """As a preview closes: the keyboard back on `widget`, where Print was asked for (`fallback`,
    the page's Print button, when it is gone or disabled), and the page's window active again
    unless another window took the keyboard: the base dialog asks for it, but the offscreen
    platform and a bare X server still ignore that, and the keyboard went nowhere after Esc."""
    if widget is None or not widget.isEnabled() or not page.isAncestorOf(widget):
        widget = fallback
    widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def active_again() -> None:
        window = page.window()
        if window.isVisible() and QApplication.activeWindow() is None:
            window.activateWindow()

    QTimer.singleShot(0, page, active_again)


def pages_at(pdf: bytes, dpi: float, grayscale: bool) -> list[PageImage]:
    """Store thread: the PDF's pages drawn at `dpi` (in grey for a printer set to grey)."""
    return rasterise(pdf, dpi, grayscale=grayscale)


class PdfPreviewDialog(Dialog):
    """See the module text. `title` heads the dialog (and names its window), `detail` is a line
    under it (the fingerprint), `file_name` is proposed to save and names the print job;
    `print_title` and `save_title` head the printer and file dialogs."""

    pages_shown = Signal(int)  # pages
    printed = Signal(str, int)  # the printer's name (or output file), pages
    saved = Signal(object)  # Path
    failed = Signal(object)  # the error

    def __init__(
        self,
        ctx: AppContext,
        pdf: bytes,
        file_name: str,
        *,
        title: str,
        detail: str = "",
        print_title: str = "",
        save_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf = pdf
        self.file_name = file_name
        self.print_title, self.save_title = print_title, save_title
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.ui.summaryLabel.setText(title)
        self.setWindowTitle(title)
        self.ui.detailLabel.setText(detail)
        self.ui.detailLabel.setVisible(bool(detail))
        self.pages: tuple[PageImage, ...] = ()
        self.page_list = PageList()
        self.ui.pagesLayout.addWidget(self.page_list)
        self._busy = 0
        self._printer: QPrinter | None = None
        # The keyboard goes to Print once the pages are drawn (Qt ignores a focus given to a
        # disabled button), and back to the button that started a print or a save.
        self._keyboard_at: QWidget | None = None
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_pdf)
        self.ui.printButton.clicked.connect(self.print_pdf)
        self.ui.saveButton.clicked.connect(self.save_pdf)
        self.ui.closeButton.clicked.connect(self.reject)
        self._show_status("", "muted")
        self._set_busy(+1)
        self._keyboard_at = self.ui.printButton
        self.ctx.tasks.run_db(
            pages_at, pdf, preview_dpi(self), False,
            on_done=self._on_pages_ready, on_error=self._on_failed,
        )  # fmt: skip

    # --- public --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while the pages are drawn, printed or the file written."""
        return self._busy > 0

    def print_pdf(self) -> None:
        """Ask for a printer, then print the pages shown (Enter)."""
        if self.busy or not self.pages:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        first = self.pages[0]
        prepare_printer(printer, (first.width_pt, first.height_pt), self.file_name)
        if not self.ask_printer(printer):
            return
        self._printer = printer
        self._show_status(self.tr("Printing…"), "muted")
        self._set_busy(+1)
        self.ctx.tasks.run_db(
            pages_at, self.pdf, float(print_dpi(printer)), wants_grayscale(printer),
            on_done=self._on_printer_pages_ready, on_error=self._on_failed,
        )  # fmt: skip

    def save_pdf(self) -> None:
        """Ask for a file name, then write the PDF shown (Ctrl+S)."""
        if self.busy or not self.pages:
            return
        path = self.ask_save_path(self.file_name)
        if path is None:
            return
        self._show_status(self.tr("Saving…"), "muted")
        self._set_busy(+1)
        self.ctx.tasks.run_db(
            write_file, path, self.pdf, on_done=self._on_saved, on_error=self._on_failed
        )

    def ask_printer(self, printer: QPrinter) -> bool:
        """The Qt print dialog on `printer` (paper preset to the document's); False if
        cancelled."""
        dialog = QPrintDialog(printer, self)
        if self.print_title:
            dialog.setWindowTitle(self.print_title)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_save_path(self, file_name: str) -> Path | None:
        """A save-file dialog proposing `file_name`; None if cancelled."""
        title = self.save_title or self.tr("Save the PDF")
        return ask_pdf_path(self, self.ctx.settings, title, file_name)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate the dialog's own texts (the caller's title stays that of the PDF)."""
        if event.type() == QEvent.Type.LanguageChange:
            title, detail = self.ui.summaryLabel.text(), self.ui.detailLabel.text()
            self.ui.retranslateUi(self)
            self.ui.summaryLabel.setText(title)
            self.setWindowTitle(title)
            self.ui.detailLabel.setText(detail)
        super().changeEvent(event)

    # --- inside --------------------------------------------------------------------------------

    def _set_busy(self, step: int) -> None:
        was_busy = self.busy
        if not was_busy and step > 0 and self._keyboard_at is None:
            self._keyboard_at = self.focusWidget()
        self._busy = max(0, self._busy + step)
        busy = self.busy
        self.ui.busyBar.setVisible(busy)
        ready = not busy and bool(self.pages)
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready)
        if was_busy and not busy:
            self._keyboard_back()

    def _keyboard_back(self) -> None:
        """The keyboard on the control that started the work (Print at first), unless it went
        to another window meanwhile."""
        widget, self._keyboard_at = self._keyboard_at, None
        focused = QApplication.focusWidget()
        mine = focused is None or self.isAncestorOf(focused)
        if widget is not None and mine and self.isAncestorOf(widget) and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_pages_ready(self, pages: list[PageImage]) -> None:
        self.pages = tuple(pages)
        self.page_list.set_pages(self.pages, self.ui.summaryLabel.text())
        self._wide_enough()
        self._set_busy(-1)
        self.pages_shown.emit(len(self.pages))

    def _wide_enough(self) -> None:
        """The page whole across, the scroll bar beside it (up to the screen's width): an A4
        page scrolled sideways in larger text, where the frame and the scroll bar are wider.
        A minimum width, so that the layout grows the dialog whenever it settles."""
        scroll = self.ui.pageScroll
        bar = scroll.verticalScrollBar().sizeHint().width()
        # The pages' own widths: the list's size hint leaves them out until they are shown,
        # which Qt does after this call (a page's label added to a shown list).
        pages = self.page_list.findChildren(QLabel)
        layout = self.page_list.layout()
        assert layout is not None
        inside = layout.contentsMargins()
        widest = max((label.sizeHint().width() for label in pages), default=0)
        wanted = widest + inside.left() + inside.right() + bar + 2 * scroll.frameWidth()
        margins = self.ui.outerLayout.contentsMargins()
        chrome = margins.left() + margins.right()
        least = max(0, min(wanted, screen.available_size(self).width() - chrome))
        scroll.setMinimumWidth(least)
        if self.width() < chrome + least:
            self.resize(chrome + least, self.height())

    def _on_printer_pages_ready(self, pages: list[PageImage]) -> None:
        printer, self._printer = self._printer, None
        self._set_busy(-1)
        if printer is None:
            return
        try:
            print_pages(printer, pages)
        except PrintFailed:
            self._show_status(
                self.tr("The printer could not be used. Nothing was printed."), "error"
            )
            return
        name = printer.printerName() or printer.outputFileName()
        text = self.tr("Sent to the printer {printer} (%Ln page(s)).", "", len(pages))
        self._show_status(text.format(printer=name), "success")
        self.printed.emit(name, len(pages))

    def _on_saved(self, path: Path) -> None:
        self._set_busy(-1)
        self._show_status(self.tr("Saved as {path}.").format(path=path), "success")
        self.saved.emit(path)

    def _on_failed(self, exc: object) -> None:
        self._printer = None
        self._set_busy(-1)
        self._show_status(error_text(exc, self.ctx.lang), "error")
        self.failed.emit(exc)

    def _show_status(self, text: str, role: str) -> None:
        set_role(self.ui.statusLabel, role)
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))
