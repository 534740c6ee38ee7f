"""A receipt number in the review page's details stays whole on a line, and is copied as written.

In larger Indonesian text at 1366×728 the heading read "Ditolak: tanda terima JKT01-" and
"D0002-20261206-00003" on the next line: a hyphen before a letter is a place to break a line.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.formatting import WORD_JOINER
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.workspace.review.page import ReviewPage
from bpu_enroll.gui.workspace.window import WorkspaceWindow
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, Laptop, break_record

pytestmark = pytest.mark.usefixtures("app_look")  # the font and style sheet restored after


def _heading_lines(document: QTextDocument) -> list[str]:
    """The lines of `document`'s first block (its heading) as laid out, joiners left out."""
    block = document.begin()
    layout, text = block.layout(), block.text()
    return [
        text[line.textStart() : line.textStart() + line.textLength()]
        .replace(WORD_JOINER, "")
        .strip()
        for line in (layout.lineAt(n) for n in range(layout.lineCount()))
    ]


def review_detail(
    qtbot: QtBot, window: WorkspaceWindow, ctx: AppContext, mode: str, lang: str, *texts: str
) -> QTextBrowser:
    """The clerk's review page's details on the smallest screen, in `lang` and normal or larger
    text (`mode`), once they show each of `texts` (joiners left out), laid out at their width."""
    ctx.languages.set_language(lang)
    window.ui.actionLargeFont.setChecked(mode == "larger")
    window.view.apply_look()
    window.resize(SMALLEST_SCREEN)
    window.show_page("review")
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
    browser = page.ui.detailText
    plain = lambda: browser.toPlainText().replace(WORD_JOINER, "")  # noqa: E731
    qtbot.waitUntil(lambda: all(text in plain() for text in texts))
    browser.document().setTextWidth(browser.viewport().width())  # as the browser lays it out
    return browser


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", ["normal", "larger"])
def test_a_receipt_number_in_the_details_is_whole_and_copied_as_written(  # noqa: PLR0917
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_branch: Branch,
    ws_ctx: AppContext,
) -> None:
    laptop = laptops[1]
    refused = laptop.register(80, full_name="RAHMAWATI PUSPITASARI BINTI ABDUL HALIM")
    break_record(laptop, refused, consent=False)
    assert laptop.sync(ws_server.url).completed
    receipt = ws_branch.records()[refused].receipt_no
    assert "-D" in receipt  # a hyphen before a letter: where Unicode allows a break
    window = workspace("clerk")  # every page of a clerk, as at the branch
    browser = review_detail(qtbot, window, ws_ctx, mode, lang, receipt)
    document = browser.document()
    lines = _heading_lines(document)
    assert receipt in "".join(lines)  # the heading names the record
    assert any(receipt in line for line in lines), (mode, lang, lines)

    browser.selectAll()
    browser.copy()
    copied = QApplication.clipboard().text()
    assert receipt in copied
    assert WORD_JOINER not in copied


def _all_lines(document: QTextDocument) -> list[list[str]]:
    """Each block's lines as laid out (a table's cells are blocks too), joiners left out."""
    found: list[list[str]] = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        found.append([
            text[line.textStart() : line.textStart() + line.textLength()]
            .replace(WORD_JOINER, "")
            .strip()
            for line in (layout.lineAt(n) for n in range(layout.lineCount()))
        ])  # fmt: skip
        block = block.next()
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", ["normal", "larger"])
def test_a_receipt_number_in_the_fields_table_is_whole_and_copied_as_written(  # noqa: PLR0917
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_branch: Branch,
    ws_ctx: AppContext,
) -> None:
    """A duplicate beside the participant: in larger text the fields table's two value columns
    are narrower than a receipt number, and each broke "JKT01-" from the rest of its number
    (or broke it in its digits). The receipt numbers' row now spans the versions' columns, each
    number whole on its own line and named by its column."""
    place = "Pasar Induk Kramat Jati Blok B Los 12, dekat pintu masuk timur, Jakarta Timur"
    first = laptops[0].register(81, work_location=place)
    assert laptops[0].sync(ws_server.url).completed
    again = laptops[1].register(81, full_name="RAHMAWATI PUSPITASARI BINTI ABDUL HALIM")
    assert laptops[1].sync(ws_server.url).completed
    held = ws_branch.records()
    assert held[again].state == "duplicate"
    receipts = [held[first].receipt_no, held[again].receipt_no]
    browser = review_detail(qtbot, workspace("clerk"), ws_ctx, mode, lang, *receipts)
    document = browser.document()
    blocks = [lines for lines in _all_lines(document) if any(r in "".join(lines) for r in receipts)]
    cell = [lines for lines in blocks if all(r in "".join(lines) for r in receipts)]
    assert len(cell) == 1, blocks  # the table's receipt number row: one cell across versions
    for lines in blocks:
        for receipt in (r for r in receipts if r in "".join(lines)):
            assert any(receipt in line for line in lines), (mode, lang, lines)

    browser.selectAll()
    browser.copy()
    copied = QApplication.clipboard().text()
    assert all(receipt in copied for receipt in receipts)
    assert WORD_JOINER not in copied
