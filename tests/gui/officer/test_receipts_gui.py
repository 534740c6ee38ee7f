"""Receipt preview after Finalise and reprint from the Registrations page: save, print, marks.

Saving goes through the dialog's `ask_save_path` and printing through `ask_printer`, replaced
here on the instance so that no native dialog blocks: the printer is a real `QPrinter` writing a
PDF file. Saved PDFs are read back with pypdf; the printed one is rasterised and its QR decoded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.officer.main_window import PAGE_LIST, MainWindow
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog, receipt_service
from bpu_enroll.services.receipts import payload_of

from .conftest import register, run_task, worker

A5_POINTS = (419.5, 595.3)
MM80_POINTS = 226.8


def _finalise_in_form(qtbot: QtBot, window: MainWindow) -> ReceiptPreviewDialog:
    page = window.registration_page
    page.form.fill(worker())
    page.ui.consentCheck.setChecked(True)
    with qtbot.waitSignal(page.records_changed, timeout=20_000):
        page.finalise()
    dialog = page.findChild(ReceiptPreviewDialog)
    assert dialog is not None
    return _shown(qtbot, dialog)


def _shown(qtbot: QtBot, dialog: ReceiptPreviewDialog) -> ReceiptPreviewDialog:
    qtbot.waitUntil(lambda: dialog.receipt is not None and not dialog.busy, timeout=20_000)
    return dialog


def _save(qtbot: QtBot, dialog: ReceiptPreviewDialog, folder: Path) -> Path:
    asked: list[str] = []

    def ask_save_path(file_name: str) -> Path:
        asked.append(file_name)
        return folder / file_name

    dialog.ask_save_path = ask_save_path  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = saved.args[0]
    assert isinstance(path, Path)
    assert asked == [path.name]
    _shown(qtbot, dialog)  # the preview refreshed after the output
    return path


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_finalise_opens_the_preview_with_the_receipt_number(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dialog = _finalise_in_form(qtbot, main_window)
    number = "DEMO-D0001-20260504-00001"
    assert dialog.isVisible() and dialog.isModal()
    assert number in dialog.ui.summaryLabel.text()
    assert "SALINAN" in dialog.ui.kindLabel.text()  # says later prints are copies
    assert dialog.page_list.page_count == 1
    picture = dialog.page_list.pixmap(1)
    assert picture.height() / picture.width() == pytest.approx(210 / 148, rel=0.02)  # A5
    assert dialog.ui.printButton.isEnabled() and dialog.ui.printButton.isDefault()
    path = _save(qtbot, dialog, tmp_path)
    assert path.name == f"tanda-terima-{number}.pdf"  # no name, no NIK
    text = _text(path)
    assert number in text and "BUDI SANTOSO" in text and "cetak ulang" not in text
    assert "SALINAN ELEKTRONIK (PDF)" in text  # the saved PDF says what it is
    assert "3201********0001" in text and "3201011708920001" not in text
    # Saving did not use up the original: the first paper print still is.
    assert dialog.receipt is not None and dialog.receipt.kind == "original"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_paper_size_choice_is_kept_and_saved_as_80mm(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dialog = _finalise_in_form(qtbot, main_window)
    with qtbot.waitSignal(dialog.preview_shown, timeout=20_000):
        dialog.ui.sizeCombo.setCurrentIndex(dialog.ui.sizeCombo.findData("80mm"))
    _shown(qtbot, dialog)
    assert dialog.pages[0].width_pt == pytest.approx(MM80_POINTS, abs=0.5)
    assert main_window.ctx.settings.get(Options.receipt_size) == "80mm"
    path = _save(qtbot, dialog, tmp_path)
    box = PdfReader(path).pages[0].mediabox
    assert float(box.width) == pytest.approx(MM80_POINTS, abs=0.5)
    assert "DEMO-D0001-20260504-00001" in _text(path)


def test_reprint_from_the_list_is_marked_salinan_and_a_void_batal(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    ctx = main_window.ctx
    stored = register(qtbot, ctx, worker())
    run_task(qtbot, ctx, receipt_service(ctx).render, stored.id)  # the original, printed once
    main_window.show_page(PAGE_LIST)
    page = main_window.registrations_page
    qtbot.waitUntil(lambda: page.detail is not None and page.ui.reprintButton.isEnabled())
    QTest.keyClick(page.ui.registrationsView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(ReceiptPreviewDialog)
    assert dialog is not None
    _shown(qtbot, dialog)
    assert "SALINAN 1" in dialog.ui.kindLabel.text()
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    text = _text(_save(qtbot, dialog, copy_dir))
    assert stored.receipt_number in text and "SALINAN ELEKTRONIK" in text and "BATAL" not in text
    dialog.reject()
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.detail is not None and page.detail.reprint_count == 0  # a PDF is not a reprint

    assert ctx.registrations is not None
    run_task(qtbot, ctx, ctx.registrations.void, stored.id, "Salah input")
    void_dialog = ReceiptPreviewDialog(ctx, stored.id, page)
    void_dialog.open()
    _shown(qtbot, void_dialog)
    assert "BATAL" in void_dialog.ui.kindLabel.text()
    void_dir = tmp_path / "void"
    void_dir.mkdir()
    assert "BATAL" in _text(_save(qtbot, void_dialog, void_dir))


def test_the_preview_opens_with_the_keyboard_on_print(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Finalise by keyboard, and the preview's focus is on Print, the button Enter presses. It
    was on the page's scroll area, where nothing showed it: Print was still disabled (no page
    drawn yet) when the dialog gave it the focus, and Qt ignores that."""
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    dialog = _finalise_in_form(qtbot, main_window)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.printButton)
    dialog.reject()


def test_enter_prints_the_receipt_at_the_printers_resolution(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dialog = _finalise_in_form(qtbot, main_window)
    assert dialog.receipt is not None
    payload = dialog.receipt.payload
    out = tmp_path / "printed.pdf"
    asked: list[QPrinter] = []

    def ask_printer(printer: QPrinter) -> bool:
        asked.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(203)  # a thermal printer's resolution
        return True

    dialog.ask_printer = ask_printer  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert printed.args[0].receipt_number == "DEMO-D0001-20260504-00001"
    assert printed.args[0].kind == "original"
    pdf = PdfReader(out)
    assert len(pdf.pages) == 1
    box = pdf.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A5_POINTS, abs=1.5)
    images = list(pdf.pages[0].images)
    assert len(images) == 1
    width, _height = images[0].image.size
    assert width == pytest.approx(148 / 25.4 * 203, abs=3)  # drawn at the printer's dpi
    assert payload_of(out.read_bytes()) == payload  # the printed page carries the signed QR
    assert "DEMO-D0001-20260504-00001" in as_written(dialog.ui.statusLabel.text())
    _shown(qtbot, dialog)
    assert dialog.receipt is not None and dialog.receipt.kind == "reprint"


def test_cancelled_print_and_save_do_nothing(
    qtbot: QtBot, signed_in: AppContext, tmp_path: Path
) -> None:
    stored = register(qtbot, signed_in, worker())
    dialog = _shown(qtbot, ReceiptPreviewDialog(signed_in, stored.id))
    qtbot.addWidget(dialog)
    dialog.ask_printer = lambda _printer: False  # type: ignore[method-assign]
    dialog.ask_save_path = lambda _name: None  # type: ignore[method-assign]
    dialog.print_receipt()
    dialog.save_pdf()
    assert not dialog.busy and dialog.output_count == 0
    again = _shown(qtbot, ReceiptPreviewDialog(signed_in, stored.id))
    qtbot.addWidget(again)
    assert again.receipt is not None and again.receipt.kind == "original"


def test_locking_the_screen_closes_the_preview(qtbot: QtBot, main_window: MainWindow) -> None:
    dialog = _finalise_in_form(qtbot, main_window)
    main_window.lock()
    assert main_window.locked
    assert not dialog.isVisible()  # the worker's name is not left on screen


def test_tab_follows_the_dialog_from_the_paper_size_down_to_the_buttons(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    dialog = _finalise_in_form(qtbot, main_window)
    ui = dialog.ui
    qtbot.waitUntil(dialog.isActiveWindow)
    ui.sizeCombo.setFocus()
    qtbot.waitUntil(ui.sizeCombo.hasFocus)
    seen = []
    for _ in range(5):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget.objectName())
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == ["sizeCombo", "pageScroll", "closeButton", "saveButton", "printButton"]
    assert QApplication.focusWidget() is ui.sizeCombo  # and round again
    dialog.reject()


def test_the_keyboard_stays_on_save_after_saving_and_on_the_size_after_a_change(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    dialog = _finalise_in_form(qtbot, main_window)
    ui = dialog.ui
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.ask_save_path = lambda name: tmp_path / name  # type: ignore[method-assign]
    ui.saveButton.setFocus()
    qtbot.waitUntil(ui.saveButton.hasFocus)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        QTest.keyClick(ui.saveButton, Qt.Key.Key_Space)
    _shown(qtbot, dialog)
    assert QApplication.focusWidget() is ui.saveButton  # Space saves a second copy from here
    ui.sizeCombo.setFocus()
    QTest.keyClick(ui.sizeCombo, Qt.Key.Key_Down)  # the 80 mm roll: the preview renders again
    _shown(qtbot, dialog)
    assert dialog.paper == "80mm"
    assert QApplication.focusWidget() is ui.sizeCombo  # Up goes back to A5 from here
    dialog.reject()


def test_the_page_shows_a_frame_while_it_has_the_keyboard(
    qtbot: QtBot, app_look: None, main_window: MainWindow
) -> None:
    """Tab reaches the page so that the arrow keys and Page Up/Down scroll it, but nothing
    showed that it had the keyboard: its edge looked the same with the focus and without. It is
    framed in the accent colour then, as a table or a field is."""
    from PySide6.QtGui import QColor

    from bpu_enroll.gui.common.style import DEFAULT_THEME, apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=False)
    dialog = _finalise_in_form(qtbot, main_window)
    ui, scroll = dialog.ui, dialog.ui.pageScroll
    qtbot.waitUntil(dialog.isActiveWindow)

    def edge() -> set[str]:
        """The colours of the area's left edge, halfway down (its frame, not the page)."""
        image = scroll.grab().toImage()
        middle = image.height() // 2
        return {QColor(image.pixel(x, middle)).name() for x in range(2)}

    ui.sizeCombo.setFocus()
    qtbot.waitUntil(ui.sizeCombo.hasFocus)
    without = edge()
    QTest.keyClick(ui.sizeCombo, Qt.Key.Key_Tab)
    qtbot.waitUntil(scroll.hasFocus)
    assert edge() == {DEFAULT_THEME.accent}, (without, edge())
    assert DEFAULT_THEME.accent not in without
    bar = scroll.verticalScrollBar()
    # The A5 page is taller than the area, so the keys have work to do; the range is set by a
    # layout pass that may still be queued when the focus arrives.
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    QTest.keyClick(scroll, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    QTest.keyClick(scroll, Qt.Key.Key_Tab)
    qtbot.waitUntil(ui.closeButton.hasFocus)
    assert edge() == without
    dialog.reject()


def test_esc_from_a_reprint_gives_the_keyboard_back_to_the_list(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Ctrl+P on the Registrations page, then Esc: the list has the keyboard again and the next
    key moves in it. The preview's own `_keyboard_back` (Print again after a render) took the
    place of the base dialog's, which makes the window under it active again, so no window was
    active where the window system does not do it itself (offscreen, a bare X server) and every
    key went nowhere until the officer clicked the window."""
    ctx = main_window.ctx
    register(qtbot, ctx, worker())
    register(qtbot, ctx, worker(nik="3201015708920002", full_name="SITI AMINAH", gender="F"))
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    QTest.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    page = main_window.registrations_page
    view = page.ui.registrationsView
    qtbot.waitUntil(lambda: page.detail is not None and page.ui.reprintButton.isEnabled())
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectRow(0)
    QTest.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _shown(qtbot, page.findChild(ReceiptPreviewDialog))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.printButton)
    QTest.keyClick(dialog.ui.printButton, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saved_receipt_line_keeps_each_name_and_the_number_whole(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, lang: str
) -> None:
    """In larger text the preview's line "Receipt … saved as …" broke its receipt number and
    its file name at a hyphen (the name over two lines, read as two names). Each name of the
    path and the receipt number stay on one line; a line breaks only after a "/"."""
    from bpu_enroll.gui.common.style import apply_look
    from tests.gui.fit import broken_at_widths

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    main_window.ctx.languages.set_language(lang)
    dialog = _finalise_in_form(qtbot, main_window)
    folder = tmp_path / "Dokumen Petugas" / "tanda-terima-pasar-baru"
    folder.mkdir(parents=True)
    path = _save(qtbot, dialog, folder)
    label = dialog.ui.statusLabel
    assert dialog.receipt is not None
    number = dialog.receipt.receipt_number
    assert number in as_written(label.text())
    names = [name for name in str(path).split("/") if name]
    assert not broken_at_widths(label, [number, *names])
    dialog.reject()
