"""Every window and dialog of the officer's app fits a 1366×768 screen less its taskbar, at
normal and at larger text: nothing outside the window, no label or button cut, no form that
scrolls sideways (`tests/gui/fit.py`, the one check both apps use).

The look is applied before the windows are made, as at start-up; a switch of the text size while
the window is open is checked too."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import BpuError, Refusals
from bpu_enroll.gui.common.about_dialog import AboutDialog
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.dialogs import OptionsDialog
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.drafts import DraftsDialog
from bpu_enroll.gui.officer.enrol_dialog import EnrolDialog
from bpu_enroll.gui.officer.ktp.camera import KtpCameraDialog
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.officer.main_window import PAGE_TALLY, MainWindow
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.registrations.model import Column
from bpu_enroll.gui.officer.sync.resend_dialog import ResendDialog, named_refusal
from bpu_enroll.gui.officer.sync.words import failure_text
from bpu_enroll.gui.officer.void_dialog import VoidDialog
from bpu_enroll.services.ktp.camera import CameraFeed
from tests.gui.fit import broken_at_widths, fit_problems, wrapped_label_cut, wrapped_lines
from tests.gui.officer.conftest import WORKER, register, worker


@pytest.fixture(params=[False, True], ids=["normal-text", "larger-text"])
def large(request: pytest.FixtureRequest) -> Iterator[bool]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=request.param)
    yield request.param
    apply_look(app, high_contrast=False, large_font=False)


class _NoCamera:
    """A laptop without a camera (cv2.VideoCapture's interface)."""

    def isOpened(self) -> bool:
        return False

    def release(self) -> None:
        """Nothing to release."""


def _check(qtbot: QtBot, name: str, widget: QWidget, problems: list[str]) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    problems += [f"{name}: {p}" for p in fit_problems(widget)]


def test_every_page_of_the_main_window_fits(
    qtbot: QtBot, large: bool, main_window: MainWindow
) -> None:
    register(qtbot, main_window.ctx, WORKER)
    problems: list[str] = []
    for index in range(4):
        main_window.show_page(index)
        if index == PAGE_TALLY:  # its figures come from the store thread, and its texts change
            tally = main_window.tally_page
            qtbot.waitUntil(lambda: tally.data is not None and not tally.busy)  # noqa: B023
        QApplication.processEvents()
        page = main_window.ui.pageStack.currentWidget()
        _check(qtbot, f"page {index} ({type(page).__name__})", main_window, problems)
    assert not problems, "\n".join(problems)


def _refused_resend(lang: str, parent: QWidget) -> ResendDialog:
    """The USB file dialog with its longest refusal: numbers of both kinds, not held and purged,
    ten of each named (and "…"), a line and a code each."""
    dialog = ResendDialog(lang, parent)
    numbers = [f"JKT01-D0001-20260506-{n:05d}" for n in range(1, 25)]
    dialog.ui.receiptsEdit.setPlainText(" ".join(numbers))
    both = Refusals(
        [
            BpuError("RECEIPT_NOT_HELD", receipts=numbers[:12]),
            BpuError("RECEIPT_PURGED", receipts=numbers[12:]),
        ]
    )
    dialog.show_error(failure_text(named_refusal(both), lang))  # as `show_refusal` says it
    assert dialog.ui.errorLabel.text().count("…") == 2
    return dialog


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_receipt_number_in_the_usb_refusal_never_breaks(
    qtbot: QtBot, main_window: MainWindow, lang: str
) -> None:
    """The USB dialog's refusal names up to ten receipt numbers of each kind, and in larger text
    a narrow label broke one after its first hyphen ("…, JKT01-" over "D0001-20260506-00003").
    A receipt number stays on one line, as "(kode X)" does; a line breaks only after the comma
    between two numbers. Checked at every width from the label's own down to 300 px."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    dialog = _refused_resend(lang, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    label = dialog.ui.errorLabel
    said = as_written(label.text())
    named = [n for n in (f"JKT01-D0001-20260506-{n:05d}" for n in range(1, 25)) if n in said]
    assert len(named) == 20  # ten of each kind
    broken = broken_at_widths(label, named)
    assert not broken, broken


def test_every_dialog_fits(qtbot: QtBot, large: bool, main_window: MainWindow) -> None:
    ctx = main_window.ctx
    stored = register(qtbot, ctx, WORKER)
    main_window.show_page(1)
    listing = main_window.registrations_page
    qtbot.waitUntil(lambda: listing.detail is not None)
    assert listing.detail is not None
    makers: dict[str, Callable[[], QWidget]] = {
        "receipt": lambda: ReceiptPreviewDialog(ctx, stored.id, main_window),
        "drafts": lambda: DraftsDialog(ctx, main_window),
        "options": lambda: OptionsDialog(ctx, main_window),
        "about": lambda: AboutDialog(ctx, "Kantor Cabang Demo", main_window),
        "void": lambda: VoidDialog(listing.detail.row, main_window),  # type: ignore[union-attr]
        "enrol": lambda: EnrolDialog(ctx, main_window, replace_demo=True),
        "ktp camera": lambda: KtpCameraDialog(CameraFeed(_NoCamera), main_window),
        "usb file for receipts": lambda: _refused_resend(ctx.lang, main_window),
    }
    problems: list[str] = []
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        _check(qtbot, name, dialog, problems)
        dialog.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_details_show_the_receipt_number_on_one_line(
    lang: str, qtbot: QtBot, large: bool, main_window: MainWindow
) -> None:
    """In the Registrations page's details the receipt number broke at its first hyphen in
    larger text at 1366×728 (`DEMO-` over `D0001-20260504-00001`): it stands on one line."""
    ctx = main_window.ctx
    ctx.languages.set_language(lang)
    stored = register(qtbot, ctx, worker(full_name="RAHMAWATI PUSPITASARI BINTI ABDUL HALIM"))
    main_window.resize(SMALLEST_SCREEN)
    main_window.show_page(1)
    listing = main_window.registrations_page
    qtbot.waitUntil(lambda: listing.detail is not None)
    receipt = stored.receipt_number
    document = listing.ui.detailsText.document()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    cell = next(b for b in blocks if b.text() == receipt)
    qtbot.waitUntil(lambda: cell.layout().lineCount() > 0)
    assert cell.layout().lineCount() == 1, (large, lang)


def test_the_lock_screen_fits(qtbot: QtBot, large: bool, main_window: MainWindow) -> None:
    main_window.lock()
    problems: list[str] = []
    _check(qtbot, "locked", main_window, problems)
    assert not problems, "\n".join(problems)


def test_sign_in_window_fits(qtbot: QtBot, large: bool, ctx: AppContext) -> None:
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ui.officerCombo.count() == 2)
    problems: list[str] = []
    _check(qtbot, "sign-in", window, problems)
    assert not problems, "\n".join(problems)


def test_switching_to_larger_text_keeps_the_main_window_on_the_screen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.ui.actionLargeFont.trigger()
    try:
        problems: list[str] = []
        for index in range(4):
            main_window.show_page(index)
            _check(qtbot, f"page {index}", main_window, problems)
        assert not problems, "\n".join(problems)
    finally:
        main_window.ui.actionLargeFont.trigger()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_list_shows_whole_statuses_and_times_without_scrolling_sideways(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str
) -> None:
    """At 1366×728 the registrations list needs no sideways scrolling and shows its receipt
    number, NIK, status and time whole (`4 Mei 2026 09.30`, sized for the widest month); in
    larger text the village and occupation give way to the details below."""
    main_window.ctx.languages.set_language(lang)
    register(qtbot, main_window.ctx, WORKER)
    main_window.resize(1366, 728)
    main_window.show()
    main_window.show_page(1)
    view = main_window.registrations_page.ui.registrationsView
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    QApplication.processEvents()
    assert view.horizontalScrollBar().maximum() == 0
    model, metrics = view.model(), view.fontMetrics()
    for column in (Column.RECEIPT, Column.NIK, Column.STATUS, Column.TIME):
        text = str(model.index(0, column).data())
        assert metrics.horizontalAdvance(text) < view.columnWidth(column), (column, text)
    for text in model.time_samples():  # the widest month too (`28 Agu 2026 13.38`)
        assert metrics.horizontalAdvance(text) < view.columnWidth(Column.TIME), text
    hidden = [c for c in Column if view.isColumnHidden(c)]
    assert hidden == ([Column.VILLAGE, Column.OCCUPATION] if large else [])


@pytest.mark.parametrize("width", [1366, 1280])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_hint_in_an_empty_field_of_the_form_is_whole(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str, width: int
) -> None:
    """A placeholder cannot wrap: cut, "kosongkan bila pekerja membay…" lost its meaning (the
    worker pays later). At 1366×728, in both text sizes and languages, each one fits its field;
    so it does at 1280×728 (the window as it opens on that screen) beside a quote of three
    months, where "untuk kembalian" was cut to "untuk …" in larger text."""
    from datetime import UTC, datetime

    main_window.ctx.clock = lambda: datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
    main_window.ctx.languages.set_language(lang)
    main_window.resize(width, 728)
    main_window.show()
    main_window.show_page(0)
    page = main_window.registration_page
    if width < SMALLEST_SCREEN.width():
        page.form.fill(worker(programs=["JKK", "JKM", "JHT"], months_paid=3))
        page.ui.moneyEdit.clear()
        page.ui.cashEdit.clear()
        qtbot.waitUntil(lambda: page.ui.quoteTable.rowCount() == 3)
    qtbot.waitUntil(lambda: main_window.width() == width)
    qtbot.wait(50)  # the layout settles
    cut = []
    for edit in main_window.registration_page.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not hint or edit.text() or not edit.isVisibleTo(main_window):
            continue  # a hint shows in an empty field only
        room = edit.contentsRect().width() - 2 * edit.textMargins().left() - 8
        if edit.fontMetrics().horizontalAdvance(hint) > room:
            cut.append(f"{edit.objectName()}: {hint!r}")
    assert not cut, cut


@pytest.mark.parametrize("lang", ["id", "en"])
def test_correcting_a_record_keeps_the_contribution_whole(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str
) -> None:
    """Correcting a record (the clerk asked for it) puts a banner beside the title. Squeezed
    into a narrow column it ran to six lines in larger text and took that height from the
    contribution panel, whose rows were cut in half ("Total dibayar" among them) at 1366×728.
    The banner takes the width it has instead; every line of the panel stays whole."""
    from PySide6.QtWidgets import QLabel

    from .conftest import run_task

    main_window.ctx.languages.set_language(lang)
    stored = register(qtbot, main_window.ctx, WORKER)
    main_window.resize(1366, 728)
    main_window.show()
    qtbot.waitExposed(main_window)
    page = main_window.registration_page
    assert page.ctx.registrations is not None
    detail = run_task(qtbot, page.ctx, page.ctx.registrations.get, stored.id)
    page.start_correction(detail)
    QApplication.processEvents()
    assert page.ui.modeLabel.isVisible()
    cut = [
        f"{label.objectName()} {label.height()} < {label.sizeHint().height()}"
        for label in page.ui.quoteGroup.findChildren(QLabel)
        if label.isVisible() and not label.wordWrap() and label.height() < label.sizeHint().height()
    ]
    assert not cut, cut


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_sync_page_has_no_empty_result_line(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str
) -> None:
    """Before anything was synced or exported the result line was empty but kept its row, a
    gap above "Results of the last sync", and so did the automatic-sync line below (empty until
    a first automatic attempt): in larger text the page scrolled 44 px at 1366×768. Each takes
    no room until it says something, and then reads whole."""
    from PySide6.QtWidgets import QScrollArea

    from bpu_enroll.gui.officer.main_window import PAGE_SYNC

    main_window.ctx.languages.set_language(lang)
    main_window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: main_window.size() == SMALLEST_SCREEN)
    page = main_window.sync_page
    main_window.show_page(PAGE_SYNC)
    qtbot.waitUntil(lambda: page.overview is not None)
    area = page.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert isinstance(area, QScrollArea)
    result, auto = page.ui.resultLabel, page.ui.autoSyncLabel
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)  # nothing to scroll to
    assert not result.isVisible() and not auto.isVisible()
    gap = page.ui.countsBox.geometry().top() - page.ui.progressBar.geometry().bottom()
    assert gap <= 2 * page.layout().spacing() + 1
    page._say(page.tr("Sync finished."))
    page._show_auto_line("unreachable", main_window.ctx.clock())
    qtbot.waitUntil(lambda: result.isVisible() and auto.isVisible())
    assert result.text() == page.tr("Sync finished.") and auto.text()
    assert fit_problems(main_window) == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_usb_file_for_chosen_receipts_fits_with_its_refusal_and_its_confirmation(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str
) -> None:
    """At 1366×728 in both languages and text sizes: the Sync page with its third button and
    the confirmation naming five receipts and where the file went, and the dialog asking the
    numbers with a refusal naming five."""
    from bpu_enroll.gui.officer.main_window import PAGE_SYNC

    main_window.ctx.languages.set_language(lang)
    main_window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: main_window.size() == SMALLEST_SCREEN)
    page = main_window.sync_page
    main_window.show_page(PAGE_SYNC)
    qtbot.waitUntil(lambda: page.overview is not None)
    receipts = [f"JKT01-D0001-20260506-{n:05d}" for n in range(1, 6)]
    file = "/media/petugas/USB-DISK/bpu-batch-D0001-20260506-1015.bpu"
    page._on_exported(receipts, {"file": file, "files": [file], "records": 5})
    qtbot.waitUntil(page.ui.resultLabel.isVisible)
    assert all(r in as_written(page.ui.resultLabel.text()) for r in receipts)
    assert fit_problems(main_window) == []
    # More pending records than one file holds: the parts, each named (`sync.export`).
    parts = [file, file.replace(".bpu", "-2.bpu")]
    page._on_exported([], {"file": file, "files": parts, "records": 20_003})
    said = {
        "id": "20.003 pendaftaran ditulis dalam 2 berkas, karena satu berkas memuat paling banyak "
        "20.000: ",
        "en": "20.003 registrations written in 2 files, as one file holds at most 20.000: ",
    }[lang]
    qtbot.waitUntil(lambda: as_written(page.ui.resultLabel.text()).startswith(said))
    assert as_written(page.ui.resultLabel.text()).endswith(", ".join(parts) + {
        "id": ". Bawa semua berkas ke kantor cabang.", "en": ". Take every file to the branch."
    }[lang])  # fmt: skip
    assert fit_problems(main_window) == []
    dialog = _refused_resend(lang, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # As it opens (and after the refusal came): taller rather than its texts cut.
    QApplication.processEvents()
    labels = dialog.findChildren(QLabel)
    assert [cut for label in labels if (cut := wrapped_label_cut(label))] == []
    assert fit_problems(dialog) == []
    dialog.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_form_does_not_scroll_sideways_beside_a_quote_of_the_longest_months(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str
) -> None:
    """The contribution table asks for the width of its columns and the form beside it gives
    way. With JHT and three months from 30 September in larger text the form could not give
    enough (its check boxes asked for their whole text on one line: "Contributions paid by the
    government (APBN/APBD)", the consent) and scrolled sideways at 1366×728, its labels cut on
    the left once a field deep in it took the focus. Those check boxes wrap now
    (`WrapCheckBox`), and the table says a month's start as the list does (`30 Sep 2026`)."""
    _quote_of_the_longest_months(qtbot, main_window, lang=lang)
    page = main_window.registration_page
    table = page.ui.quoteTable
    QApplication.processEvents()
    assert "2026" in table.item(0, 0).text()
    scroll = page.ui.formScroll
    assert not fit_problems(main_window), (
        (large, lang),
        scroll.widget().minimumSizeHint().width(),
        scroll.viewport().width(),
    )


def _quote_of_the_longest_months(
    qtbot: QtBot,
    main_window: MainWindow,
    *,
    size: QSize = SMALLEST_SCREEN,
    day: tuple[int, int, int] = (2026, 9, 30),
    lang: str | None = None,
) -> None:
    """The registration page at `size` (1366×728) with JHT and three months from `day`
    (30 September), in `lang` when given."""
    from datetime import UTC, datetime

    main_window.ctx.clock = lambda: datetime(*day, 3, 0, tzinfo=UTC)
    if lang is not None:
        main_window.ctx.languages.set_language(lang)
    main_window.resize(size)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.size() == size)
    page = main_window.registration_page
    page.form.fill(worker(programs=["JKK", "JKM", "JHT"], months_paid=3))
    qtbot.waitUntil(lambda: page.ui.quoteTable.rowCount() == 3)


def _columns_cut(table: QTableWidget) -> str:
    """What of the table's columns is out of sight on the right (it never scrolls sideways)."""
    header = table.horizontalHeader()
    wanted = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(6)]
    out = sum(wanted) - table.viewport().width()
    return f"{out} px of the columns {wanted} cut" if out > 0 else ""


def test_a_cleared_quote_gives_the_form_its_room_back(
    qtbot: QtBot, large: bool, main_window: MainWindow
) -> None:
    """The contribution table asks for the width its amounts need. When the quote went away
    (the income deleted) it kept asking for it: in larger text the form beside an empty table
    stayed 66 px narrower than before the quote, its rows wrapped for nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = main_window.registration_page
    form = page.ui.formScroll
    main_window.resize(SMALLEST_SCREEN)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.size() == SMALLEST_SCREEN)
    qtbot.wait(50)  # the layout settles
    room = form.width()
    _quote_of_the_longest_months(qtbot, main_window)
    if large:  # the quote takes room from the form (at normal text it need not)
        qtbot.waitUntil(lambda: form.width() < room)
    income = page.ui.incomeEdit
    income.setFocus()
    income.selectAll()
    QTest.keyClick(income, Qt.Key.Key_Delete)
    assert page.ui.quoteTable.rowCount() == 0
    qtbot.waitUntil(lambda: form.width() == room)


def test_switching_the_text_size_refits_a_shown_quote(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The table's width was worked out when the quote was shown, not when the text size
    changed: after a switch to larger text 54 px of its columns were out of sight on the right,
    after the switch back the form kept the room larger text needed."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    page = main_window.registration_page
    form, table = page.ui.formScroll, page.ui.quoteTable
    try:
        _quote_of_the_longest_months(qtbot, main_window)
        qtbot.wait(50)
        room = form.width()
        apply_look(app, high_contrast=False, large_font=True)
        qtbot.waitUntil(lambda: form.width() < room)
        assert not _columns_cut(table), _columns_cut(table)
        apply_look(app, high_contrast=False, large_font=False)
        qtbot.waitUntil(lambda: form.width() == room)
        assert not _columns_cut(table), _columns_cut(table)
    finally:
        apply_look(app, high_contrast=False, large_font=False)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_form_does_not_scroll_sideways_in_the_window_as_it_opens(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str
) -> None:
    """The officer's window is designed 1280 px wide and opens so on a 1366×768 laptop; the
    checks above hold the form at the screen's whole width only. At 1280×728 in larger text,
    beside a quote of three months with JHT, the form scrolled sideways in Indonesian: the title
    of its payment group, "Penghasilan, program dan pembayaran" in bold, asked for 386 px where
    the column had 381, and a group box never wraps its title."""
    opening = QSize(1280, SMALLEST_SCREEN.height())  # `main_window.ui`'s width, fitted in height
    _quote_of_the_longest_months(qtbot, main_window, size=opening, day=(2026, 12, 6), lang=lang)
    assert not fit_problems(main_window, opening)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_details_fit_the_panel_in_the_window_as_it_opens(
    lang: str, qtbot: QtBot, large: bool, main_window: MainWindow
) -> None:
    """At 1280×728, the officer's window as it opens on a 1366×768 laptop, the details of a
    record in larger text were laid out two pairs to a line whatever the panel's width: in
    English the panel scrolled sideways, in Indonesian a label broke in the middle of its word
    ("Didaftark" over "an"). Where two pairs do not fit whole, one stands on each line."""
    ctx = main_window.ctx
    ctx.languages.set_language(lang)
    register(qtbot, ctx, worker(full_name="RAHMAWATI PUSPITASARI BINTI ABDUL HALIM"))
    main_window.resize(QSize(1280, SMALLEST_SCREEN.height()))
    main_window.show()
    main_window.show_page(1)
    listing = main_window.registrations_page
    qtbot.waitUntil(lambda: listing.detail is not None)
    view = listing.ui.detailsText
    qtbot.wait(50)  # the layout settles
    document = view.document()
    labels = [
        block
        for n in range(document.blockCount())
        if (block := document.findBlockByNumber(n)).text()
        and block.begin() != block.end()
        and block.begin().fragment().charFormat().fontWeight() > 500  # the bold labels
    ]
    assert labels
    broken = [  # a line of a label that starts inside a word
        block.text()
        for block in labels
        for line in range(1, block.layout().lineCount())
        if block.text()[block.layout().lineAt(line).textStart() - 1] != " "
    ]
    assert not broken, broken
    assert view.horizontalScrollBar().maximum() == 0, view.horizontalScrollBar().maximum()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_draft_of_a_long_name_wraps_in_the_drafts_list(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str
) -> None:
    """A draft's line (name, officer, when it was saved) ran off the right of the drafts list
    for a long name, behind a sideways scroll bar: the time it was saved, what tells two drafts
    of one worker apart, was out of sight. The line wraps in the list instead."""
    from .conftest import run_task

    ctx = main_window.ctx
    ctx.languages.set_language(lang)
    service = ctx.registrations
    assert service is not None
    name = "RAHMAWATI PUSPITASARI BINTI ABDUL HALIM SURYANINGRAT"
    run_task(qtbot, ctx, service.save_draft, {"full_name": name}, None)
    dialog = DraftsDialog(ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.ui.draftsList
    qtbot.waitUntil(lambda: view.count() == 1 and view.item(0).text().startswith(name))
    QApplication.processEvents()
    assert fit_problems(dialog, dialog.size()) == []
    item = view.item(0)
    assert view.fontMetrics().horizontalAdvance(item.text()) > view.viewport().width()
    assert view.visualItemRect(item).height() >= 2 * view.fontMetrics().lineSpacing()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_line_of_needs_attention_can_be_scrolled_into_sight(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str
) -> None:
    """In larger text at 1280×728 (the window as it opens on a 1366×768 laptop) the Needs
    attention list has room for four lines, and a record the clerk sent back with a note takes
    five or more. The list scrolled a whole record at a time: the last line of such a record,
    what the officer is to do, never came into sight. It scrolls by the pixel now."""
    from bpu_enroll.gui.officer.main_window import PAGE_SYNC
    from bpu_enroll.gui.officer.sync.page import Overview
    from bpu_enroll.services.attention import AttentionItem

    main_window.ctx.languages.set_language(lang)
    opening = QSize(1280, SMALLEST_SCREEN.height())
    main_window.resize(opening)
    qtbot.waitUntil(lambda: main_window.size() == opening)
    main_window.show_page(PAGE_SYNC)
    page = main_window.sync_page
    qtbot.waitUntil(lambda: page.overview is not None)
    assert main_window.ctx.tasks.wait_idle()  # the page's own reading is done
    QApplication.processEvents()
    items = [
        AttentionItem(
            f"r{n}",
            f"3201-D0001-20260317-0000{n}",
            "RAHMAWATI PUSPITASARI BINTI ABDUL HALIM",
            ("CORRECTION_REQUESTED", "NAME_FORMAT"),
            note="Nama pada KTP: mohon cek ejaan nama belakang dan tanggal lahir",
        )
        for n in (1, 2, 3)
    ]
    page.overview = Overview(False, None, items)
    page._show_attention()
    view = page.ui.attentionList
    qtbot.waitUntil(lambda: view.visualItemRect(view.item(0)).height() > 0)
    QApplication.processEvents()
    assert fit_problems(main_window, opening) == []
    bar, room = view.verticalScrollBar(), view.viewport().height()
    out_of_sight = []
    for row in range(view.count()):  # the scroll bar moved to bring each record's end in sight
        bar.setValue(bar.value() + view.visualItemRect(view.item(row)).bottom() - room + 1)
        QApplication.processEvents()
        bottom = view.visualItemRect(view.item(row)).bottom()
        if not 0 <= bottom < room:
            out_of_sight.append((row, bottom, room))
    assert not out_of_sight, out_of_sight


@pytest.mark.parametrize("width", [1366, 1280])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_form_with_its_codes_fits(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str, width: int
) -> None:
    """A refused Finalise of a form with a short NIK and nothing else: every field's message
    and the problems line carry their codes ("… (NIK_FORMAT)"), longer lines than before; the
    window still shows them whole at 1366×728 and 1280×728, nothing scrolling sideways."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    main_window.ctx.languages.set_language(lang)
    size = QSize(width, SMALLEST_SCREEN.height())
    main_window.resize(size)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.size() == size)
    page = main_window.registration_page
    QTest.keyClicks(page.ui.nikEdit, "320101")
    QTest.keyClick(page.ui.nikEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "CONSENT_REQUIRED" in page.ui.formMessageLabel.text())
    problems = fit_problems(main_window, size)
    for scrolled in (0, page.ui.formScroll.verticalScrollBar().maximum()):
        page.ui.formScroll.verticalScrollBar().setValue(scrolled)
        problems += fit_problems(main_window, size)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("state", ["demo", "after-a-sync"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_needs_attention_shows_six_lines_at_1280_in_larger_text(
    qtbot: QtBot, main_window: MainWindow, lang: str, state: str
) -> None:
    """In larger text at 1280×728 the Needs attention list, what the officer comes to the page
    for, was 88 px tall: four lines and a half, less than one record the clerk sent back with a
    note, under the seven rows of counts. The counts stand in two columns (four rows) now and
    the list shows at least six lines: on the demo profile (its not-enrolled banner shown) and
    on an enrolled laptop after a sync (a result line and an automatic-sync line shown)."""
    from bpu_enroll.gui.officer.main_window import PAGE_SYNC
    from bpu_enroll.gui.officer.sync.page import Overview
    from bpu_enroll.services.attention import AttentionItem

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    try:
        main_window.ctx.languages.set_language(lang)
        opening = QSize(1280, SMALLEST_SCREEN.height())
        main_window.resize(opening)
        qtbot.waitUntil(lambda: main_window.size() == opening)
        main_window.show_page(PAGE_SYNC)
        page = main_window.sync_page
        qtbot.waitUntil(lambda: page.overview is not None)
        assert main_window.ctx.tasks.wait_idle()
        item = AttentionItem(
            "r1",
            "3201-D0001-20260317-00001",
            "RAHMAWATI PUSPITASARI BINTI ABDUL HALIM",
            ("CORRECTION_REQUESTED",),
            note="Nama pada KTP: mohon cek ejaan nama belakang",
        )
        if state == "demo":
            page.overview = Overview(False, None, [item], demo=True)
        else:
            page.overview = Overview(True, "https://10.0.0.5:8750", [item])
            page._say(page.tr("Sync finished."))
            page._show_auto_line("unreachable", main_window.ctx.clock())
        page._show_enrolment()
        page._show_attention()
        page.auto_timer.stop()
        QApplication.processEvents()
        assert fit_problems(main_window, opening) == []
        view = page.ui.attentionList
        lines = view.viewport().height() / view.fontMetrics().lineSpacing()
        assert lines >= 6, f"{view.viewport().height()} px: {lines:.1f} lines"
    finally:
        apply_look(app, high_contrast=False, large_font=False)


def _tab_stops_showing_nothing(qtbot: QtBot, window: QWidget) -> list[str]:
    """Tab round `window` from the control with the keyboard: the tab stops that look the same
    with the keyboard as without it (each drawn focused, then again after Tab moved on), and
    the scroll areas that take the keyboard between the controls they hold."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QScrollArea

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plain: list[str] = []
    first: QWidget | None = None
    for _ in range(80):
        widget = QApplication.focusWidget()
        assert widget is not None, plain
        if widget is first:
            break
        first = first or widget
        name = f"{type(widget).__name__}({widget.objectName()})"
        if isinstance(widget, QScrollArea) and widget.property("role") != "pages":
            plain.append(name)  # a frame around other tab stops: it draws no focus of its own
        QApplication.processEvents()
        focused = widget.grab().toImage()
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is not widget and widget.grab().toImage() == focused:
            plain.append(name)
    else:
        raise AssertionError("Tab never came back round")
    return plain


def test_every_tab_stop_of_the_main_window_shows_it_has_the_keyboard(
    qtbot: QtBot, large: bool, main_window: MainWindow
) -> None:
    """Walking the officer's pages by Tab at 1366×728, the keyboard went to two places that
    showed nothing: the form's scroll area, a tab stop between the page list and NIK, and a
    record's details on the Registrations page (no frame as the fields have). Every tab stop
    of every page, and of the lock screen, shows when it has the keyboard."""
    register(qtbot, main_window.ctx, WORKER)
    main_window.resize(SMALLEST_SCREEN)
    plain: list[str] = []
    for index in range(4):
        main_window.show_page(index)
        if index == 1:
            listing = main_window.registrations_page
            qtbot.waitUntil(lambda: listing.detail is not None)  # noqa: B023
        qtbot.wait(50)
        plain += [
            f"page {index}: {name}" for name in _tab_stops_showing_nothing(qtbot, main_window)
        ]
    main_window.lock()
    plain += [f"locked: {name}" for name in _tab_stops_showing_nothing(qtbot, main_window)]
    assert not plain, plain


@pytest.mark.parametrize("width", [1366, 1280])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_fields_code_stays_with_its_last_word(
    qtbot: QtBot, main_window: MainWindow, lang: str, width: int
) -> None:
    """In larger text a short message such as "Wajib diisi. (REQUIRED)" broke before its code,
    which stood alone on the next line as if it were another message. The code stays with the
    message's last word, in each field's message and in the problems line."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    try:
        main_window.ctx.languages.set_language(lang)
        size = QSize(width, SMALLEST_SCREEN.height())
        main_window.resize(size)
        main_window.show()
        qtbot.waitUntil(lambda: main_window.size() == size)
        page = main_window.registration_page
        QTest.keyClicks(page.ui.nikEdit, "320101")
        QTest.keyClick(page.ui.nikEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: "CONSENT_REQUIRED" in page.ui.formMessageLabel.text())
        QApplication.processEvents()
        labels = [
            label
            for label in page.findChildren(QLabel)
            if label.isVisible()
            and label.wordWrap()
            and (label is page.ui.formMessageLabel or label.property("role") == "fielderror")
        ]
        assert len(labels) > 3
        lines = {label.objectName(): wrapped_lines(label) for label in labels}
        alone = {name: ls for name, ls in lines.items() if any(x.startswith("(") for x in ls)}
        assert not alone, alone
    finally:
        apply_look(app, high_contrast=False, large_font=False)


@pytest.mark.parametrize("width", [1366, 1280])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_empty_contribution_table_shows_its_headers_whole(
    qtbot: QtBot, large: bool, main_window: MainWindow, lang: str, width: int
) -> None:
    """Before any quote the contribution table's columns were as narrow as their headers,
    pressed together ("Mulai|JKK|JKM|JHT|Potongan"), and the total took the rest of the width.
    Each header now reads whole with the spare width shared by all the columns, in both
    languages and text sizes, and the window still fits."""
    main_window.ctx.languages.set_language(lang)
    size = QSize(width, SMALLEST_SCREEN.height())
    main_window.resize(size)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.size() == size)
    page = main_window.registration_page
    table = page.ui.quoteTable
    qtbot.waitUntil(lambda: table.horizontalHeaderItem(0).text() == page.tr("From"))
    QApplication.processEvents()
    assert table.rowCount() == 0
    assert not _columns_cut(table), _columns_cut(table)
    header = table.horizontalHeader()
    room = [header.sectionSize(c) - header.sectionSizeHint(c) for c in range(6)]
    assert min(room) > 0 and max(room) - min(room) <= 6, room  # the last takes what is left
    assert not fit_problems(main_window, size)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_contribution_amounts_stay_whole_under_the_revoked_banner(
    qtbot: QtBot, main_window: MainWindow, lang: str
) -> None:
    """A revoked laptop shows a red banner over every page. In larger text at 1366×728 the
    contribution panel under it had less height than it needed, and its rows were squeezed:
    "Total dibayar" and its sum cut off at the bottom, "Per bulan" over "Keringanan". The
    table of months gives way instead (it scrolls), down to its headers and one month."""
    from bpu_enroll.sync.runner import record_revocation

    from .conftest import run_task

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    ctx = main_window.ctx
    ctx.languages.set_language(lang)
    assert ctx.session is not None
    store = ctx.session.store
    run_task(qtbot, ctx, lambda: record_revocation(store, ctx.data_dir, actor="demo"))
    main_window.refresh_status()
    qtbot.waitUntil(main_window.ui.revokedBanner.isVisible)
    main_window.resize(SMALLEST_SCREEN)
    ui = main_window.registration_page.ui
    ui.incomeEdit.setText("2500000")
    ui.monthsCombo.setCurrentIndex(ui.monthsCombo.findData(12))
    qtbot.waitUntil(lambda: ui.quoteTable.rowCount() == 12)
    for _ in range(3):
        QApplication.processEvents()
    squeezed = {
        label.objectName(): (label.height(), label.minimumSizeHint().height())
        for label in ui.quoteGroup.findChildren(QLabel)
        if label.isVisible() and label.height() < label.minimumSizeHint().height()
    }
    assert not squeezed, squeezed
    table = ui.quoteTable
    assert table.viewport().height() >= table.verticalHeader().defaultSectionSize()
    assert not fit_problems(main_window)
