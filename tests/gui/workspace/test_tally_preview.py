# ruff: noqa: F811 - `synced` is the supervisor pages' fixture, taken as an argument
"""The branch tally's print preview against the real branch server: Print opens the server's PDF
on screen first (as the officer's app shows a receipt before printing it), Enter prints it, Esc
comes back to the page where Print was asked for, and it fits 1366×768 in both text sizes and
languages.

The preview is the PDF that Save PDF writes: both are read back with pypdf, the same lines (but
the minute each was made) and the same fingerprint on the foot. The printer is a real `QPrinter`
writing a PDF file, given through the preview's `ask_printer` (no native dialog)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.documents import labels
from bpu_enroll.gui.common import screen
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.pdf_preview import PdfPreviewDialog
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.workspace.tally.page import BranchTallyPage
from tests.gui.fit import assert_fits
from tests.gui.mnemonics import letter, shared_letters
from tests.gui.workspace.conftest import WorkspaceFactory
from tests.gui.workspace.test_screen_fit import _set_mode
from tests.gui.workspace.test_supervisor_pages import (
    Synced,
    _saved_pdf,
    _tally_page,
    synced,  # noqa: F401 - the fixture
)
from tests.integration.helpers import Branch, audit_lines

A4_RATIO = 297 / 210
MINUTE = re.compile(r"\b\d{1,2}[:.]\d{2} WI[BTA]\b")

pytestmark = pytest.mark.usefixtures("app_look")  # the font and style sheet restored after


def _preview(
    qtbot: QtBot, page: BranchTallyPage, press: QWidget, *keys: object
) -> PdfPreviewDialog:
    """Press `keys` on `press` and wait for the preview's pages."""
    with qtbot.waitSignal(page.preview_opened, timeout=30_000) as opened:
        QTest.keyClick(press, *keys)  # type: ignore[arg-type]
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: bool(preview.pages) and not preview.busy, timeout=30_000)
    return preview


def _lines(pdf: PdfReader, lang: str) -> list[str]:
    """The PDF's lines of text, but the minute it was made (each fetch is made anew)."""
    made = labels.text("tally.generated", lang)
    text = "\n".join(page.extract_text() for page in pdf.pages)
    return [line for line in text.splitlines() if made not in line and not MINUTE.search(line)]


def _foot(pdf: PdfReader, lang: str) -> str:
    """The last page's foot, from its fingerprint on (the hash may break over two lines)."""
    text = pdf.pages[-1].extract_text()
    label = labels.text("tally.hash", lang)
    return text[text.rindex(label) :].replace("\n", "").replace(" ", "")


def test_print_previews_the_pdf_that_save_writes_and_enter_prints_it(
    workspace: WorkspaceFactory, synced: Synced, qtbot: QtBot, tmp_path: Path
) -> None:
    page = _tally_page(workspace, qtbot, synced.day)
    assert page.tally is not None
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.printButton.setFocus()
    qtbot.waitUntil(page.ui.printButton.hasFocus)
    preview = _preview(qtbot, page, page.ui.printButton, Qt.Key.Key_Space)
    assert preview.isVisible() and preview.isModal()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preview.ui.printButton)
    assert preview.ui.printButton.isDefault()

    shown = PdfReader(io.BytesIO(preview.pdf))
    assert preview.page_list.page_count == len(shown.pages) == len(preview.pages)
    picture = preview.page_list.pixmap(1)
    assert picture.height() / picture.width() == pytest.approx(A4_RATIO, rel=0.02)
    assert page.tally.hash in preview.ui.detailLabel.text()
    lang = page.tally_language()
    assert page.tally.hash in _foot(shown, lang)

    saved = _saved_pdf(page, qtbot, tmp_path)  # the page's own Save PDF
    assert _lines(saved, lang) == _lines(shown, lang)
    assert _foot(saved, lang) == _foot(shown, lang)

    # Save from the preview writes the very bytes shown.
    preview.ask_save_path = lambda name: tmp_path / f"preview-{name}"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.saved, timeout=30_000) as from_preview:
        QTest.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert from_preview.args[0].read_bytes() == preview.pdf

    out = tmp_path / "printed.pdf"

    def ask_printer(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return True

    preview.ask_printer = ask_printer  # type: ignore[method-assign]
    preview.ui.printButton.setFocus()
    with qtbot.waitSignal(page.printed, timeout=30_000) as printed:
        QTest.keyClick(preview, Qt.Key.Key_Return)
    assert printed.args == [len(shown.pages)] == [len(PdfReader(out).pages)]
    paper = PdfReader(out).pages[0].mediabox
    assert float(paper.height) / float(paper.width) == pytest.approx(A4_RATIO, rel=0.01)
    assert "printed.pdf" in preview.ui.statusLabel.text()
    assert "printed.pdf" in page.ui.statusLabel.text()

    QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.printButton)


def _ctrl_p_from_the_figures(
    workspace: WorkspaceFactory, qtbot: QtBot, synced: Synced
) -> tuple[BranchTallyPage, PdfPreviewDialog]:
    """The day's tally in an active window, its figures focused, and the preview Ctrl+P opens
    from them."""
    page = _tally_page(workspace, qtbot, synced.day)
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.figuresView.setFocus()
    qtbot.waitUntil(page.ui.figuresView.hasFocus)
    preview = _preview(
        qtbot, page, page.ui.figuresView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    return page, preview


def test_ctrl_p_from_the_figures_previews_and_esc_comes_back_to_them(
    workspace: WorkspaceFactory, synced: Synced, qtbot: QtBot
) -> None:
    page, preview = _ctrl_p_from_the_figures(workspace, qtbot, synced)
    asked: list[QPrinter] = []
    preview.ask_printer = lambda printer: asked.append(printer) is None and False  # type: ignore[method-assign]
    QTest.keyClick(preview, Qt.Key.Key_Return)  # the print dialog, cancelled: nothing printed
    assert len(asked) == 1 and preview.isVisible() and not preview.busy
    QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.figuresView)
    assert not page.busy and page.ui.printButton.isEnabled()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_previews_close_has_an_alt_letter_of_its_own(
    workspace: WorkspaceFactory, synced: Synced, qtbot: QtBot, ws_ctx: AppContext, lang: str
) -> None:
    """The print preview's Close had no Alt letter (Esc closed it, said only in its tooltip);
    it has one its other buttons do not, and Alt with it closes the preview, back at the
    figures, nothing printed."""
    ws_ctx.languages.set_language(lang)
    page, preview = _ctrl_p_from_the_figures(workspace, qtbot, synced)
    key = letter(preview.ui.closeButton.text())
    assert key, preview.ui.closeButton.text()
    assert shared_letters(preview) == {}, lang
    with qtbot.waitSignal(preview.finished):
        QTest.keyClick(preview, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.figuresView)
    assert not page.busy


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", ["normal", "larger"])
def test_the_tally_preview_fits_the_smallest_screen(  # noqa: PLR0917 - fixtures
    mode: str,
    lang: str,
    workspace: WorkspaceFactory,
    synced: Synced,
    qtbot: QtBot,
    ws_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(screen, "available_size", lambda _widget: SMALLEST_SCREEN)
    page = _tally_page(workspace, qtbot, synced.day)
    window = page.window()
    if ws_ctx.lang != lang:
        with qtbot.waitSignal(page.tally_shown, timeout=20_000):
            ws_ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    _set_mode(ws_ctx, window, mode)  # type: ignore[arg-type]
    preview = _preview(qtbot, page, page.ui.printButton, Qt.Key.Key_Space)
    sideways = preview.ui.pageScroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: sideways.maximum() == 0)  # a window manager resizes in its time
    assert_fits(preview)
    assert page.tally is not None and page.tally.hash in preview.ui.detailLabel.text()
    preview.reject()


def _paper_lines(branch: Branch) -> list[tuple[str, str, str]]:
    """The branch's lines of a tally printed or saved: action, actor, fingerprint."""
    return [
        (line["action"], line["actor"], line["detail"]["tally_hash"])
        for line in audit_lines(branch)
        if line["action"] in {"print_tally", "tally_saved"}
    ]


def test_a_preview_closed_unprinted_logs_no_print_and_a_print_or_save_logs_one(
    workspace: WorkspaceFactory,
    synced: Synced,
    ws_branch: Branch,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """The branch logged a print at every fetch of the PDF, a preview closed unprinted too, and
    nothing when it was then printed or saved. Now the preview logs nothing; a print from it is
    one `print_tally`, a save from it or from the page one `tally_saved`, each with the
    fingerprint at the PDF's foot, by the supervisor."""
    page = _tally_page(workspace, qtbot, synced.day)
    assert page.tally is not None
    fingerprint = page.tally.hash
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.ui.printButton.setFocus()
    qtbot.waitUntil(page.ui.printButton.hasFocus)
    preview = _preview(qtbot, page, page.ui.printButton, Qt.Key.Key_Space)
    QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.printButton)
    assert _paper_lines(ws_branch) == []  # looked at, not printed

    preview = _preview(qtbot, page, page.ui.printButton, Qt.Key.Key_Space)
    assert fingerprint in _foot(PdfReader(io.BytesIO(preview.pdf)), page.tally_language())

    def ask_printer(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return True

    preview.ask_printer = ask_printer  # type: ignore[method-assign]
    with qtbot.waitSignal(page.printed, timeout=30_000):
        QTest.keyClick(preview, Qt.Key.Key_Return)
    assert _paper_lines(ws_branch) == [("print_tally", "spv", fingerprint)]
    preview.ask_save_path = lambda name: tmp_path / f"preview-{name}"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.saved, timeout=30_000):
        QTest.keyClick(preview, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(preview, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())
    _saved_pdf(page, qtbot, tmp_path)  # the page's own Save PDF, without a preview
    qtbot.waitUntil(lambda: not page.busy)
    assert _paper_lines(ws_branch) == [
        ("print_tally", "spv", fingerprint),
        ("tally_saved", "spv", fingerprint),
        ("tally_saved", "spv", fingerprint),
    ]
