"""The receipt preview: the page as it will print, with Print, Save PDF and the paper size.

Opened after a successful Finalise and by Reprint on the Registrations page. The preview shows
what the next print of the record will be (`ReceiptService.preview`: nothing counted or logged);
Print renders the receipt for real (`ReceiptService.render`: the service decides original or
SALINAN, marks a voided record BATAL, counts the copy and writes the audit entry); Save PDF writes
the electronic copy (marked so, logged, never counted: the first paper stays the original), and
the preview then refreshes to show what a further print would carry.

All rendering and rasterising runs on the task runner's store thread. Keyboard: Enter prints,
Ctrl+S saves, Esc closes. The printer and the file name are asked through `ask_printer` and
`ask_save_path`, which tests replace to print into a PDF file and save without a native dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from bpu_enroll.domain.formatting import path_unbroken, unbroken
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.dialogs import Dialog
from bpu_enroll.gui.common.feedback import coded_error_text
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
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.common.style import keep_bold_width, set_role
from bpu_enroll.gui.forms.officer.ui_receipt_preview import Ui_ReceiptPreviewDialog
from bpu_enroll.services.receipts import ReceiptService, RenderedReceipt

SIZES: tuple[tuple[str, object], ...] = (
    ("a5", QT_TRANSLATE_NOOP("ReceiptPreviewDialog", "A5 (office printer)")),
    ("80mm", QT_TRANSLATE_NOOP("ReceiptPreviewDialog", "80 mm roll (thermal printer)")),
)


@dataclass(frozen=True)
class ReceiptPages:
    """A rendered receipt and its pages drawn as images."""

    receipt: RenderedReceipt
    pages: tuple[PageImage, ...]


@dataclass(frozen=True)
class ReceiptRequest:
    """Which record's receipt, on which paper, in which language."""

    key: str
    paper: str
    lang: str


def preview_receipt(service: ReceiptService, request: ReceiptRequest, dpi: float) -> ReceiptPages:
    """Store thread: what the next print of the record looks like (nothing counted or logged)."""
    receipt = service.preview(request.key, size=request.paper, lang=request.lang)
    return ReceiptPages(receipt, tuple(rasterise(receipt.pdf, dpi)))


def render_for_printer(
    service: ReceiptService, request: ReceiptRequest, dpi: float, grayscale: bool
) -> ReceiptPages:
    """Store thread: print the receipt (counted and logged), drawn at the printer's resolution."""
    receipt = service.render(request.key, size=request.paper, lang=request.lang)
    return ReceiptPages(receipt, tuple(rasterise(receipt.pdf, dpi, grayscale=grayscale)))


def render_to_file(
    service: ReceiptService, request: ReceiptRequest, path: Path
) -> tuple[RenderedReceipt, Path]:
    """Store thread: the electronic copy (logged, not counted) into the PDF file `path`."""
    receipt = service.render(request.key, size=request.paper, lang=request.lang, electronic=True)
    return receipt, write_file(path, receipt.pdf)


def receipt_service(ctx: AppContext) -> ReceiptService:
    """The receipt service of the signed-in officer, using the already loaded reference data."""
    assert ctx.session is not None and ctx.reference is not None
    reference = ctx.reference
    return ReceiptService(ctx.session, catalogue=reference.catalogue, regions=reference.regions)


def kind_text(receipt: RenderedReceipt) -> str:
    """One sentence on the marks the receipt carries: original, SALINAN n, BATAL, correction."""
    translate = QCoreApplication.translate
    if receipt.kind == "original":
        return translate(
            "ReceiptPreviewDialog",
            "The original receipt. Any later print is marked SALINAN (copy).",
        )
    copy = translate("ReceiptPreviewDialog", "Marked SALINAN {count} (copy).").format(
        count=receipt.reprint_count
    )
    if receipt.kind == "voided":
        text = translate(
            "ReceiptPreviewDialog", "Voided registration: the receipt prints with BATAL across it."
        )
    elif receipt.kind == "correction":
        text = translate(
            "ReceiptPreviewDialog", "Correction: the receipt names the receipt it replaces."
        )
    elif receipt.kind == "electronic":
        text = translate(
            "ReceiptPreviewDialog",
            "Saved PDF: marked as the electronic copy; the first paper print stays the original.",
        )
    else:
        text = translate("ReceiptPreviewDialog", "Reprint: this receipt was printed before.")
    return f"{text} {copy}" if receipt.reprint_count else text


class ReceiptPreviewDialog(Dialog):
    """See the module text. `key` is a record id or receipt number."""

    preview_shown = Signal(object)  # RenderedReceipt
    printed = Signal(object)  # RenderedReceipt
    saved = Signal(object)  # Path

    def __init__(self, ctx: AppContext, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.ui = Ui_ReceiptPreviewDialog()
        self.ui.setupUi(self)
        keep_bold_width(self.ui.printButton)  # disabled as wide as bold
        self.service = receipt_service(ctx)
        self.receipt: RenderedReceipt | None = None
        self.pages: tuple[PageImage, ...] = ()
        self.page_list = PageList()
        self.ui.pagesLayout.addWidget(self.page_list)
        self.output_count = 0
        self._busy = 0
        self._keyboard_at: QWidget | None = None  # where the keyboard was when work began
        self._printer: QPrinter | None = None
        self._fill_size_combo()
        self._wire()
        self._set_busy(0)
        self._show_summary()
        self.refresh()
        # The keyboard starts on Print once the first preview is drawn. Print is disabled until
        # then, and Qt ignores a focus given to a disabled button: the dialog opened with the
        # focus on the page's scroll area, where nothing showed it.
        self._keyboard_at = self.ui.printButton

    # --- public --------------------------------------------------------------------------------

    @property
    def paper(self) -> str:
        """The chosen paper size, `a5` or `80mm`."""
        return str(self.ui.sizeCombo.currentData() or "a5")

    def request(self) -> ReceiptRequest:
        """The receipt to render now: this record, the chosen paper, the app's language."""
        return ReceiptRequest(self.key, self.paper, self.ctx.lang)

    @property
    def busy(self) -> bool:
        """True while a render, print or save of this dialog is under way."""
        return self._busy > 0

    def refresh(self) -> None:
        """Render the preview again (after a size change or an output)."""
        self._set_busy(+1)
        self.ctx.tasks.run_db(
            preview_receipt, self.service, self.request(), preview_dpi(self),
            on_done=self._on_preview_ready, on_error=self._on_task_failed,
        )  # fmt: skip

    def print_receipt(self) -> None:
        """Ask for a printer, then print (Enter)."""
        if self.busy or not self.pages or self.receipt is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        first = self.pages[0]
        prepare_printer(printer, (first.width_pt, first.height_pt), self.receipt.file_name)
        if not self.ask_printer(printer):
            return
        self._printer = printer
        self._set_busy(+1)
        self._show_status(self.tr("Printing…"), "muted")
        self.ctx.tasks.run_db(
            render_for_printer, self.service, self.request(), print_dpi(printer),
            wants_grayscale(printer),
            on_done=self._on_printer_pages_ready, on_error=self._on_task_failed,
        )  # fmt: skip

    def save_pdf(self) -> None:
        """Ask for a file name, then save the receipt as a PDF (Ctrl+S)."""
        if self.busy or self.receipt is None:
            return
        path = self.ask_save_path(self.receipt.file_name)
        if path is None:
            return
        self._set_busy(+1)
        self._show_status(self.tr("Saving…"), "muted")
        self.ctx.tasks.run_db(
            render_to_file, self.service, self.request(), path,
            on_done=self._on_saved, on_error=self._on_task_failed,
        )  # fmt: skip

    def ask_printer(self, printer: QPrinter) -> bool:
        """The Qt print dialog on `printer` (paper preset to the receipt's); False if cancelled."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the receipt"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_save_path(self, file_name: str) -> Path | None:
        """A save-file dialog proposing `file_name` (no personal data); None if cancelled."""
        return ask_pdf_path(self, self.ctx.settings, self.tr("Save the receipt"), file_name)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_size_combo()
            self._show_summary()
        super().changeEvent(event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_pdf)
        ui.printButton.clicked.connect(self.print_receipt)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.closeButton.clicked.connect(self.reject)
        ui.sizeCombo.currentIndexChanged.connect(self._on_sizeCombo_currentIndexChanged)

    def _fill_size_combo(self) -> None:
        combo = self.ui.sizeCombo
        current = combo.currentData() or self.ctx.settings.get(Options.receipt_size)
        combo.blockSignals(True)
        combo.clear()
        for code, label in SIZES:
            combo.addItem(self.tr(str(label)), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _on_sizeCombo_currentIndexChanged(self, _index: int) -> None:
        self.ctx.settings.set(Options.receipt_size, self.paper)
        self.refresh()

    def _set_busy(self, step: int) -> None:
        was_busy = self.busy
        if not was_busy and step > 0:
            self._keyboard_at = self.focusWidget()
        self._busy = max(0, self._busy + step)
        busy = self.busy
        self.ui.busyBar.setVisible(busy)
        ready = not busy and bool(self.pages)
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready)
        self.ui.sizeCombo.setEnabled(not busy)
        if was_busy and not busy:
            self._keyboard_back()

    def _keyboard_back(self) -> None:
        """The keyboard back on the control that started the work (disabling it while busy sent
        the keyboard to the next control): Save, Print or the paper size is pressed again from
        where it was, unless the officer has moved on to another window."""
        widget, self._keyboard_at = self._keyboard_at, None
        focused = QApplication.focusWidget()
        mine = focused is None or self.isAncestorOf(focused)
        if widget is not None and mine and self.isAncestorOf(widget) and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- results -------------------------------------------------------------------------------

    def _on_preview_ready(self, result: ReceiptPages) -> None:
        self.receipt, self.pages = result.receipt, result.pages
        self.page_list.set_pages(result.pages, self.tr("Receipt page"))
        self._show_summary()
        self._set_busy(-1)
        self.preview_shown.emit(result.receipt)

    def _on_printer_pages_ready(self, result: ReceiptPages) -> None:
        printer, self._printer = self._printer, None
        self._set_busy(-1)
        if printer is None:
            return
        try:
            print_pages(printer, result.pages)
        except PrintFailed:
            self._show_status(
                self.tr("The printer could not be used. Nothing was printed."), "error"
            )
            return
        name = printer.printerName() or printer.outputFileName()
        self._show_status(
            self.tr("Sent to the printer {printer}: receipt {receipt}.").format(
                printer=name, receipt=unbroken(result.receipt.receipt_number)
            ),
            "success",
        )
        self.output_count += 1
        self.printed.emit(result.receipt)
        self.refresh()

    def _on_saved(self, result: tuple[RenderedReceipt, Path]) -> None:
        receipt, path = result
        self._set_busy(-1)
        self._show_status(
            self.tr("Receipt {receipt} saved as {path}.").format(
                # each name whole: the file name broke after "tanda-terima-" in larger text
                receipt=unbroken(receipt.receipt_number),
                path=path_unbroken(str(path)),
            ),
            "success",
        )
        self.output_count += 1
        self.saved.emit(path)
        self.refresh()

    def _on_task_failed(self, exc: object) -> None:
        self._printer = None
        self._set_busy(-1)
        self._show_status(coded_error_text(exc, self.ctx.lang), "error")  # RECORD_PURGED

    def _show_summary(self) -> None:
        receipt = self.receipt
        if receipt is None:
            self.ui.summaryLabel.setText(self.tr("Preparing the receipt…"))
            self.ui.kindLabel.clear()
            return
        self.ui.summaryLabel.setText(
            self.tr("Receipt {receipt}").format(receipt=receipt.receipt_number)
        )
        self.ui.kindLabel.setText(kind_text(receipt))
        self.setWindowTitle(self.tr("Receipt {receipt}").format(receipt=receipt.receipt_number))

    def _show_status(self, text: str, role: str) -> None:
        set_role(self.ui.statusLabel, role)
        self.ui.statusLabel.setText(text)
