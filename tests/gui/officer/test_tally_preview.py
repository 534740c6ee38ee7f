"""The officer's Daily tally opens a print preview before printing, as a receipt does and the
branch workspace's tally (the shared `PdfPreviewDialog`): Print shows the tally PDF, Enter prints
those very bytes, Ctrl+S saves them, Esc comes back to the page where Print was asked for, and
it fits 1280×728 and 1366×728 in both text sizes and languages.

The log says what reached paper or a file: a print or a save from the preview logs one
`print_tally` with the hash of the PDF shown; a preview closed without either logs nothing.

The preview is the PDF that Save PDF writes: both are read back with pypdf, the same lines (but
the minute each was made) and the same fingerprint on the foot. The printer is a real `QPrinter`
writing a PDF file, given through the preview's `ask_printer` (no native dialog)."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from bpu_enroll.documents import labels
from bpu_enroll.gui.common import screen
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.pdf_preview import PdfPreviewDialog
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.main_window import PAGE_TALLY, MainWindow
from bpu_enroll.gui.officer.tally_page import TallyPage
from bpu_enroll.store.models import AuditEntry
from tests.gui.fit import assert_fits

from .conftest import register, worker

A4_RATIO = 297 / 210
MINUTE = re.compile(r"\b\d{1,2}[:.]\d{2} WI[BTA]\b")


@pytest.fixture(params=[False, True], ids=["normal-text", "larger-text"])
def large(request: pytest.FixtureRequest) -> Iterator[bool]:
    """Normal or larger text, applied before the window opens, as at start; True for larger."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=request.param)
    yield request.param
    apply_look(app, high_contrast=False, large_font=False)


def _open_tally(qtbot: QtBot, window: MainWindow) -> TallyPage:
    page = window.tally_page
    with qtbot.waitSignal(page.figures_shown, timeout=20_000):
        window.show_page(PAGE_TALLY)
    qtbot.waitUntil(lambda: not page.busy)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page


def _preview(qtbot: QtBot, page: TallyPage, press: QWidget, *keys: Any) -> PdfPreviewDialog:
    """Press `keys` on `press` and wait for the preview's pages."""
    with qtbot.waitSignal(page.preview_opened, timeout=30_000) as opened:
        QTest.keyClick(press, *keys)
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: bool(preview.pages) and not preview.busy, timeout=30_000)
    return preview


def _printed_hashes(ctx: AppContext) -> list[str]:
    """The hashes of the tallies the log says were printed, oldest first."""
    assert ctx.session is not None
    with ctx.session.store.session(readonly=True) as db:
        entries = db.exec(select(AuditEntry).where(AuditEntry.action == "print_tally")).all()
        return [str(json.loads(entry.details_json)["tally_hash"]) for entry in entries]


def _lines(pdf: PdfReader, lang: str) -> list[str]:
    """The PDF's lines of text, but the minute it was made (each render is made anew)."""
    made = labels.text("tally.generated", lang)
    text = "\n".join(page.extract_text() for page in pdf.pages)
    return [line for line in text.splitlines() if made not in line and not MINUTE.search(line)]


def _foot(pdf: PdfReader, lang: str) -> str:
    """The last page's foot, from its fingerprint on (the hash may break over two lines)."""
    text = pdf.pages[-1].extract_text()
    label = labels.text("tally.hash", lang)
    return text[text.rindex(label) :].replace("\n", "").replace(" ", "")


def _print_to(path: Path) -> Any:
    """An `ask_printer` that prints into the PDF file `path` at 150 dpi (no native dialog)."""

    def ask_printer(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(150)
        return True

    return ask_printer


def test_print_previews_the_pdf_that_save_writes_and_enter_prints_it(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    ctx = main_window.ctx
    budi = register(qtbot, ctx, worker())
    page = _open_tally(qtbot, main_window)
    page.ui.printButton.setFocus()
    qtbot.waitUntil(page.ui.printButton.hasFocus)
    preview = _preview(qtbot, page, page.ui.printButton, Qt.Key.Key_Space)
    assert preview.isVisible() and preview.isModal()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preview.ui.printButton)
    assert preview.ui.printButton.isDefault()
    assert _printed_hashes(ctx) == []  # shown, not printed: nothing logged

    lang = ctx.lang
    shown = PdfReader(io.BytesIO(preview.pdf))
    assert preview.page_list.page_count == len(shown.pages) == len(preview.pages)
    picture = preview.page_list.pixmap(1)
    assert picture.height() / picture.width() == pytest.approx(A4_RATIO, rel=0.02)
    assert page.hash in preview.ui.detailLabel.text() and page.hash in _foot(shown, lang)
    assert budi.receipt_number in "".join(_lines(shown, lang)).replace(" ", "")

    # The page's own Save PDF (its own render, logged as before) writes the same tally.
    page.ask_save_path = lambda name: tmp_path / name  # type: ignore[method-assign]
    with qtbot.waitSignal(page.saved, timeout=30_000) as saved:
        page.save_pdf()
    written = PdfReader(saved.args[0])
    assert _lines(written, lang) == _lines(shown, lang)
    assert _foot(written, lang) == _foot(shown, lang)
    assert _printed_hashes(ctx) == [page.hash]

    # Ctrl+S in the preview writes the very bytes shown, and logs them as saved.
    preview.ask_save_path = lambda name: tmp_path / f"preview-{name}"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.saved, timeout=30_000) as from_preview:
        QTest.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert from_preview.args[0].read_bytes() == preview.pdf
    assert _printed_hashes(ctx) == [page.hash] * 2

    out = tmp_path / "printed.pdf"
    preview.ask_printer = _print_to(out)  # type: ignore[method-assign]
    preview.ui.printButton.setFocus()
    with qtbot.waitSignal(page.printed, timeout=30_000) as printed:
        QTest.keyClick(preview, Qt.Key.Key_Return)
    assert printed.args[0].pdf == preview.pdf and printed.args[0].hash == page.hash
    paper = PdfReader(out)
    assert len(paper.pages) == len(shown.pages)
    box = paper.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((595.3, 841.9), abs=1.5)
    image = next(iter(paper.pages[0].images)).image
    assert image.size[0] == pytest.approx(210 / 25.4 * 150, abs=3)
    assert "printed.pdf" in preview.ui.statusLabel.text()
    assert "printed.pdf" in page.ui.statusLabel.text()
    assert _printed_hashes(ctx) == [page.hash] * 3  # one line per print, as before

    QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.printButton)
    assert page.preview is None and not page.busy


def test_a_preview_closed_without_printing_logs_no_print_and_esc_comes_back(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Ctrl+P from the figures, the print dialog cancelled, Esc: nothing printed, nothing in the
    log, and the keyboard back on the figures."""
    ctx = main_window.ctx
    register(qtbot, ctx, worker())
    page = _open_tally(qtbot, main_window)
    page.ui.figuresView.setFocus()
    qtbot.waitUntil(page.ui.figuresView.hasFocus)
    preview = _preview(
        qtbot, page, page.ui.figuresView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    asked: list[QPrinter] = []
    preview.ask_printer = lambda printer: asked.append(printer) is None and False  # type: ignore[method-assign]
    QTest.keyClick(preview, Qt.Key.Key_Return)  # the print dialog, cancelled
    assert len(asked) == 1 and preview.isVisible() and not preview.busy
    QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.figuresView)
    assert not page.busy and page.ui.printButton.isEnabled()
    assert _printed_hashes(ctx) == []


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [QSize(1280, 728), SMALLEST_SCREEN], ids=["1280", "1366"])
def test_the_tally_preview_fits_the_smallest_screens(  # noqa: PLR0917 - fixtures
    size: QSize,
    lang: str,
    large: bool,
    qtbot: QtBot,
    main_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(screen, "available_size", lambda _widget: size)
    ctx = main_window.ctx
    ctx.languages.set_language(lang)
    register(qtbot, ctx, worker())
    main_window.resize(size)
    page = _open_tally(qtbot, main_window)
    preview = _preview(qtbot, page, page.ui.printButton, Qt.Key.Key_Space)
    sideways = preview.ui.pageScroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: sideways.maximum() == 0)  # a window manager resizes in its time
    assert_fits(preview, size)
    assert page.hash in preview.ui.detailLabel.text()
    preview.reject()
