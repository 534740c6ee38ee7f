"""Registrations page: search, filters, details, void with a reason, correction as a new version."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.main_window import PAGE_LIST, PAGE_NEW, MainWindow
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.registrations.model import Column
from bpu_enroll.gui.officer.registrations.page import RegistrationsPage
from bpu_enroll.gui.officer.void_dialog import VoidDialog
from bpu_enroll.store.models import AuditEntry
from tests.gui.fit import broken_at_widths, wrapped_label_cut, wrapped_lines

from .conftest import register, worker

SECOND = {"nik": "3171011203850004", "full_name": "AGUS SALIM", "birth_date": "1985-03-12"}
THIRD = {"nik": "3201014106900003", "full_name": "SITI AMINAH", "birth_date": "1990-06-01"}


def _open_list(qtbot: QtBot, window: MainWindow, expected: int) -> RegistrationsPage:
    window.show_page(PAGE_LIST)
    page = window.registrations_page
    qtbot.waitUntil(lambda: page.model.rowCount() == expected and page.detail is not None)
    return page


def _names(page: RegistrationsPage) -> list[str]:
    return [page.model.index(r, Column.NAME).data() for r in range(page.model.rowCount())]


def test_search_by_name_nik_and_receipt(qtbot: QtBot, main_window: MainWindow) -> None:
    ctx = main_window.ctx
    first = register(qtbot, ctx, worker())
    register(qtbot, ctx, worker(**SECOND))
    register(qtbot, ctx, worker(**THIRD, gender="F"))
    page = _open_list(qtbot, main_window, 3)
    assert page.model.index(0, Column.NIK).data().count("*") == 8  # masked in the list

    def search(text: str) -> list[str]:
        generation = page.model.generation
        page.search_now(text)
        qtbot.waitUntil(lambda: page.model.generation > generation and page.model.total >= 0)
        qtbot.waitUntil(lambda: page.ui.countLabel.text() != page.tr("Searching…"))
        return _names(page)

    assert search("agu") == ["AGUS SALIM"]
    assert search("3201 0141") == ["SITI AMINAH"]
    assert search(first.receipt_number.lower()) == ["BUDI SANTOSO"]
    assert search("zzz") == []
    assert "0" in page.ui.countLabel.text()


def test_the_void_button_is_bold_only_while_it_can_be_pressed(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The dialog's red *Batalkan tanda terima* disables itself while the void is on its way;
    its colour greyed but its bold type stayed, so it still looked pressable."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QFont(app.font()), app.styleSheet()
    apply_look(app, high_contrast=False, large_font=False)  # the app's look, as at start-up
    try:
        _void_button_weights(qtbot, main_window)
    finally:
        app.setFont(font)
        app.setStyleSheet(sheet)


def _void_button_weights(qtbot: QtBot, main_window: MainWindow) -> None:
    register(qtbot, main_window.ctx, worker())
    page = _open_list(qtbot, main_window, 1)
    page.ui.registrationsView.selectRow(0)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.detail is not None
    dialog = VoidDialog(page.detail.row, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.ui.voidButton
    assert button.isEnabled() and button.font().bold()
    dialog.ui.reasonEdit.setPlainText("Salah orang")
    with qtbot.waitSignal(dialog.void_requested):
        button.click()
    assert not button.isEnabled() and not button.font().bold()
    dialog.show_error("Tidak tersimpan (IO_ERROR)")  # the store refused: it can be pressed again
    assert button.isEnabled() and button.font().bold()


def test_status_filter_and_void_with_a_reason(qtbot: QtBot, main_window: MainWindow) -> None:
    ctx = main_window.ctx
    register(qtbot, ctx, worker())
    register(qtbot, ctx, worker(**SECOND))
    page = _open_list(qtbot, main_window, 2)
    page.ui.registrationsView.selectRow(1)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.full_name == "BUDI SANTOSO")
    # The officer by name, as on the receipt and in the status bar, with the user name.
    assert "Petugas Demo (demo)" in page.ui.detailsText.toPlainText()
    page.ui.voidButton.click()
    dialog = page.findChild(VoidDialog)
    assert dialog is not None
    dialog.ui.voidButton.click()  # no reason yet: asked at the field, nothing stored
    assert dialog.ui.errorLabel.text() != ""
    dialog.ui.reasonEdit.setPlainText("Salah orang: pekerja membatalkan")
    with qtbot.waitSignal(page.records_changed, timeout=20_000):
        dialog.ui.voidButton.click()
    assert page.detail is not None and page.detail.row.voided
    assert page.detail.void_reason == "Salah orang: pekerja membatalkan"
    assert not page.ui.voidButton.isEnabled() and not page.ui.correctButton.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.ui.statusCombo.setCurrentIndex(2)  # voided only
    qtbot.waitUntil(lambda: _names(page) == ["BUDI SANTOSO"])
    assert page.model.index(0, Column.STATUS).data() == "Dibatalkan"
    page.ui.statusCombo.setCurrentIndex(1)  # waiting to sync (not voided)
    qtbot.waitUntil(lambda: _names(page) == ["AGUS SALIM"])


def test_after_a_void_the_voided_record_stays_selected_and_says_so(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The list reloads after a void: it keeps the voided receipt selected with the line that
    says it is voided. It selected the first row instead (another worker's details) and that
    cleared the line, so the officer saw no word that the void was done."""
    ctx = main_window.ctx
    register(qtbot, ctx, worker())
    register(qtbot, ctx, worker(**SECOND))
    page = _open_list(qtbot, main_window, 2)
    page.ui.registrationsView.selectRow(1)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.full_name == "BUDI SANTOSO")
    page.ui.voidButton.click()
    dialog = page.findChild(VoidDialog)
    assert dialog is not None
    dialog.ui.reasonEdit.setPlainText("Salah orang")
    generation = page.model.generation
    dialog.ui.voidButton.click()
    qtbot.waitUntil(lambda: page.model.generation > generation and page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    assert page.detail is not None and page.detail.row.full_name == "BUDI SANTOSO"
    assert page.detail.row.voided
    selected = page.ui.registrationsView.selectionModel().selectedRows()
    assert [page.model.row_at(i.row()).full_name for i in selected] == ["BUDI SANTOSO"]
    assert "dibatalkan" in page.ui.actionMessageLabel.text()


def test_after_a_void_by_tab_and_enter_the_cursor_is_in_the_list(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Tab from the list to Void…, Enter, a reason, Enter on Void: the dialog gave the focus
    back to Void…, which the voided record disables, and Qt passed it on to the page list at
    the left, where Down opened the Sync page. The cursor is back in the list of receipts."""
    ctx = main_window.ctx
    register(qtbot, ctx, worker())
    page = _open_list(qtbot, main_window, 1)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view = page.ui.registrationsView
    view.setFocus()
    qtbot.waitUntil(lambda: view.hasFocus() and page.ui.voidButton.isEnabled())
    while QApplication.focusWidget() is not page.ui.voidButton:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(page.ui.voidButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.findChild(VoidDialog) is not None)
    dialog = page.findChild(VoidDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.reasonEdit.hasFocus)
    QTest.keyClicks(dialog.ui.reasonEdit, "Salah orang")
    for _ in range(2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.voidButton
    with qtbot.waitSignal(page.records_changed):
        QTest.keyClick(dialog.ui.voidButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert not page.ui.voidButton.isEnabled()
    assert QApplication.focusWidget() is view
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert main_window.ui.pageStack.currentIndex() == PAGE_LIST


def test_dates_typed_in_either_order_find_the_days_between(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """ "Until" typed before "from" (04-05 to 01-05) found nothing, "0 pendaftaran ditemukan":
    the officer read the day's records as gone. The list holds the days between the two."""
    register(qtbot, main_window.ctx, worker())  # 4 May 2026
    page = _open_list(qtbot, main_window, 1)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    page.ui.dateFilterCheck.setFocus()
    QTest.keyClick(page.ui.dateFilterCheck, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not main_window.ctx.tasks.busy)
    QTest.keyClick(page.ui.dateFilterCheck, Qt.Key.Key_Tab)
    QTest.keyClick(page.ui.dateFromEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.ui.dateToEdit
    generation = page.model.generation
    QTest.keyClicks(page.ui.dateToEdit, "01052026")
    assert page.ui.dateToEdit.text() == "01-05-2026"
    assert page.ui.dateFromEdit.text() == "04-05-2026"
    qtbot.waitUntil(lambda: page.model.generation > generation and not main_window.ctx.tasks.busy)
    assert _names(page) == ["BUDI SANTOSO"]
    assert page.ui.countLabel.text() == "1 pendaftaran ditemukan."


def test_correction_makes_a_new_linked_version(qtbot: QtBot, main_window: MainWindow) -> None:
    ctx = main_window.ctx
    original = register(qtbot, ctx, worker(full_name="BUDI SANTOS"))
    page = _open_list(qtbot, main_window, 1)
    page.ui.correctButton.click()
    form = main_window.registration_page
    assert main_window.ui.pageStack.currentIndex() == PAGE_NEW
    assert form.correcting is not None and form.ui.modeLabel.isVisible()
    assert original.receipt_number in as_written(form.ui.modeLabel.text())
    assert form.ui.nameEdit.text() == "BUDI SANTOS"
    assert form.form.village.code == "32.01.01.1006"
    form.ui.nameEdit.setText("BUDI SANTOSO")
    with qtbot.waitSignal(form.records_changed, timeout=20_000):
        form.finalise()
    assert original.receipt_number in as_written(form.ui.resultLabel.text())
    assert form.correcting is None
    service = ctx.registrations
    assert service is not None
    rows = {row.full_name: row for row in service.search()}
    assert rows["BUDI SANTOS"].superseded_by_id == rows["BUDI SANTOSO"].id
    assert rows["BUDI SANTOSO"].supersedes_id == original.id
    page = _open_list(qtbot, main_window, 2)
    statuses = {page.model.index(r, Column.NAME).data(): page.model.index(r, Column.STATUS).data()
                for r in range(2)}  # fmt: skip
    assert statuses == {"BUDI SANTOS": "Diganti", "BUDI SANTOSO": "Menunggu sinkron"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_correction_that_changes_nothing_is_refused_with_its_code(
    qtbot: QtBot, main_window: MainWindow, lang: str
) -> None:
    """Ctrl+S on a correction with nothing changed: the line above the buttons said only "This
    correction changes nothing…", without the code CORRECTION_UNCHANGED that each field's
    message and the problems' summary carry, and support staff on the phone ask for."""
    ctx = main_window.ctx
    ctx.languages.set_language(lang)
    register(qtbot, ctx, worker())
    page = _open_list(qtbot, main_window, 1)
    page.ui.correctButton.click()
    form = main_window.registration_page
    assert form.correcting is not None
    form.finalise()
    qtbot.waitUntil(lambda: not form._finalising)
    said = form.ui.formMessageLabel.text()
    assert said == f"{message('CORRECTION_UNCHANGED', lang)}\u00a0(CORRECTION_UNCHANGED)"


def test_enter_on_finalise_refused_keeps_the_keyboard_on_finalise(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Enter on Finalise, and the record refused as a whole (a correction that changes
    nothing): the button, disabled while it worked, had passed the keyboard on to New (Ctrl+N),
    and Enter again put the correction aside and emptied the form. The keyboard is back on
    Finalise, and the correction still in the form."""
    ctx = main_window.ctx
    register(qtbot, ctx, worker())
    page = _open_list(qtbot, main_window, 1)
    page.ui.correctButton.click()
    form = main_window.registration_page
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    button = form.ui.finaliseButton
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "CORRECTION_UNCHANGED" in form.ui.formMessageLabel.text())
    assert QApplication.focusWidget() is button
    QTest.keyClick(button, Qt.Key.Key_Return)  # tries again; the form is not put aside
    qtbot.waitUntil(lambda: not form._finalising)
    assert form.correcting is not None and form.ui.nameEdit.text() == "BUDI SANTOSO"


def test_the_reprint_of_a_purged_record_is_refused_with_its_code(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Reprint of a record whose personal data left the laptop: the preview said why without
    the code RECORD_PURGED."""
    ctx = main_window.ctx
    record = register(qtbot, ctx, worker())
    _settle_and_purge(qtbot, ctx, str(record.id))
    page = _open_list(qtbot, main_window, 1)
    dialog = page.reprint()
    assert dialog is not None
    qtbot.addWidget(dialog)
    label = dialog.ui.statusLabel
    qtbot.waitUntil(lambda: "RECORD_PURGED" in label.text())
    assert label.text() == f"{message('RECORD_PURGED', 'id')}\u00a0(RECORD_PURGED)"


def _settle_and_purge(qtbot: QtBot, ctx: AppContext, record_id: str) -> None:
    """The record accepted by the branch 40 days ago, its personal data purged (30 days)."""
    from datetime import timedelta

    from bpu_enroll.store.models import Registration
    from bpu_enroll.store.retention import purge_personal_data

    from .conftest import run_task

    assert ctx.session is not None
    store, now = ctx.session.store, ctx.clock()

    def settle_and_purge() -> int:
        with store.session() as db:  # as a sync answer accepted a month ago would leave it
            row = db.get(Registration, record_id)
            assert row is not None
            row.status, row.kpj, row.settled_at = "accepted", "20000000001", now - timedelta(40)
            db.add(row)
        return purge_personal_data(store, now=now, days=30).records

    assert run_task(qtbot, ctx, settle_and_purge) == 1


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saved_correction_line_keeps_each_receipt_number_whole(
    qtbot: QtBot, main_window: MainWindow, lang: str
) -> None:
    """In larger text at 1366×728 the line that says a correction is saved broke both receipt
    numbers after "DEMO-" ("… (menggantikan DEMO-" over "D0001-20260504-00001)."), and so
    could the banner naming the receipt being corrected. Each number stays on one line, at
    every width down to 300 px; a copy of the line is the numbers as written."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    ctx = main_window.ctx
    ctx.languages.set_language(lang)
    main_window.resize(SMALLEST_SCREEN)
    original = register(qtbot, ctx, worker())
    page = _open_list(qtbot, main_window, 1)
    page.ui.correctButton.click()
    form = main_window.registration_page
    assert not broken_at_widths(form.ui.modeLabel, [original.receipt_number])
    form.ui.nameEdit.setText("BUDI SANTOSA")
    with qtbot.waitSignal(form.records_changed, timeout=20_000):
        form.finalise()
    preview = form.findChild(ReceiptPreviewDialog)
    assert preview is not None
    preview.reject()
    label = form.ui.resultLabel
    numbers = [original.receipt_number, original.receipt_number[:-1] + "2"]
    assert all(number in as_written(label.text()) for number in numbers)
    assert not broken_at_widths(label, numbers)
    label.setSelection(0, len(label.text()))
    label.setFocus()
    QTest.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert all(number in QApplication.clipboard().text() for number in numbers)


def test_a_purged_record_shows_no_personal_data_and_says_so(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from bpu_enroll.gui.officer.details import details_html

    ctx = main_window.ctx
    record = register(qtbot, ctx, worker())
    _settle_and_purge(qtbot, ctx, str(record.id))
    page = _open_list(qtbot, main_window, 1)
    assert _names(page) == ["(data pribadi dihapus)"]
    assert page.detail is not None
    html = details_html(page.detail, ctx)
    assert "Data pribadi dihapus" in html and "BUDI" not in html
    assert "3201" not in page.model.index(0, Column.NIK).data()


def test_search_anywhere_in_a_name_and_by_the_end_of_a_receipt_number(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from PySide6.QtTest import QTest

    register(qtbot, main_window.ctx, worker(full_name="SRI WAHYUNI"))
    register(qtbot, main_window.ctx, worker(nik="3201014106900003", full_name="BUDI SANTOSO",
                                            gender="F", birth_date="1990-06-01"))  # fmt: skip
    page = _open_list(qtbot, main_window, 2)
    edit = page.ui.searchEdit
    edit.setFocus()
    QTest.keyClicks(edit, "wahyu")  # typed; the page searches after a short pause
    qtbot.waitUntil(lambda: _names(page) == ["SRI WAHYUNI"])
    edit.selectAll()
    QTest.keyClicks(edit, "santo")
    qtbot.waitUntil(lambda: _names(page) == ["BUDI SANTOSO"])
    edit.selectAll()
    QTest.keyClicks(edit, "00002")  # the number printed at the end of the second receipt
    qtbot.waitUntil(lambda: _names(page) == ["BUDI SANTOSO"])
    assert page.model.row_at(0) is not None
    assert page.model.row_at(0).receipt_number.endswith("-00002")  # type: ignore[union-attr]


def test_tab_leaves_the_list_and_enter_opens_the_receipt(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    ctx = main_window.ctx
    register(qtbot, ctx, worker())
    second = register(qtbot, ctx, worker(**SECOND))
    page = _open_list(qtbot, main_window, 2)
    view = page.ui.registrationsView
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(view, Qt.Key.Key_Tab)  # not to the next cell: on to the details
    assert QApplication.focusWidget() is page.ui.detailsText
    QTest.keyClick(page.ui.detailsText, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view
    assert page.detail is not None and page.detail.row.id == second.id  # the newest, on top
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.findChild(ReceiptPreviewDialog) is not None)
    dialog = page.findChild(ReceiptPreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.receipt is not None, timeout=20_000)
    assert second.receipt_number in dialog.ui.summaryLabel.text()
    dialog.reject()


def test_down_in_the_search_box_goes_to_what_it_found(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The officer types a name and steps into the results with Down, before the search's
    pause ran out too: the search is run at once, and the list has the focus on what it found
    (Down and Enter in the box moved nothing; the results were reached by Tab only)."""
    ctx = main_window.ctx
    register(qtbot, ctx, worker())
    agus = register(qtbot, ctx, worker(**SECOND))
    register(qtbot, ctx, worker(**THIRD, gender="F"))
    page = _open_list(qtbot, main_window, 3)
    view, box = page.ui.registrationsView, page.ui.searchEdit
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClicks(box, "agus")
    QTest.keyClick(box, Qt.Key.Key_Down)  # at once: the search's pause has not run out
    assert QApplication.focusWidget() is view
    qtbot.waitUntil(lambda: _names(page) == ["AGUS SALIM"])
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == agus.id)
    assert view.currentIndex().row() == 0 and view.selectionModel().isRowSelected(0)
    assert QApplication.focusWidget() is view
    # Back in the box, a search already run: Down goes to the chosen record again.
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view
    assert view.selectionModel().isRowSelected(0) and box.text() == "agus"
    # Nothing found: Down stays in the box.
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    QTest.keyClicks(box, "zzz")
    page.search_now("zzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and "0" in page.ui.countLabel.text())
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is box


def test_the_list_writes_the_time_as_the_language_does(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The time column said 09.30 and 04-05-2026 in English too; English writes 4 May 2026
    09:30, Indonesian 4 Mei 2026 09.30, and a language switch rewrites the rows already
    shown."""
    ctx = main_window.ctx
    register(qtbot, ctx, worker())  # at FIXED_NOW: 09.30 in the branch's zone (WIB)
    page = _open_list(qtbot, main_window, 1)
    assert page.model.index(0, Column.TIME).data() == "4 Mei 2026 09.30"
    ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.model.index(0, Column.TIME).data() == "4 May 2026 09:30")


def test_the_details_shown_are_logged_as_viewed(qtbot: QtBot, main_window: MainWindow) -> None:
    """Who viewed what (UU 27/2022): the details panel shows a stored worker in full, and each
    record shown there is one `record_viewed` audit entry (the receipt, never the NIK)."""
    ctx = main_window.ctx
    first = register(qtbot, ctx, worker())
    second = register(qtbot, ctx, worker(**SECOND))
    page = _open_list(qtbot, main_window, 2)
    shown = page.detail
    assert shown is not None
    other = first if shown.row.id == second.id else second
    page.ui.registrationsView.selectRow(1)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.row.id == other.id)
    assert ctx.session is not None
    with ctx.session.store.session(readonly=True) as session:
        viewed = session.exec(
            select(AuditEntry)
            .where(AuditEntry.action == "record_viewed")
            .order_by(col(AuditEntry.seq))
        ).all()
    assert [e.subject for e in viewed] == [shown.row.id, other.id]
    assert json.loads(viewed[1].details_json) == {
        "receipt_number": other.receipt_number,
        "way": "details",
    }
    assert SECOND["nik"] not in " ".join(e.details_json for e in viewed)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_void_line_is_whole_and_follows_the_language(
    qtbot: QtBot, main_window: MainWindow, lang: str
) -> None:
    """Voided by keyboard at 1366×728 in larger text: the line that says so stood in the narrow
    column under the buttons, its last lines cut off ("… dibatalkan. Tetap" and nothing more)
    and the receipt number broken after "DEMO-"; and a language switch left it in the old
    language. It is drawn whole, the receipt number on one line, and said again when the
    language changes."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    try:
        ctx = main_window.ctx
        ctx.languages.set_language(lang)
        main_window.resize(SMALLEST_SCREEN)
        stored = register(qtbot, ctx, worker())
        page = _open_list(qtbot, main_window, 1)
        main_window.activateWindow()
        qtbot.waitUntil(main_window.isActiveWindow)
        view = page.ui.registrationsView
        view.setFocus()
        qtbot.waitUntil(lambda: view.hasFocus() and page.ui.voidButton.isEnabled())
        mnemonic = Qt.Key.Key_N if lang == "id" else Qt.Key.Key_O  # Batalka&n…, V&oid…
        QTest.keyClick(view, mnemonic, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: page.findChild(VoidDialog) is not None)
        dialog = page.findChild(VoidDialog)
        assert dialog is not None
        qtbot.waitUntil(dialog.ui.reasonEdit.hasFocus)
        QTest.keyClicks(dialog.ui.reasonEdit, "Salah orang")
        for _ in range(2):
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.ui.voidButton
        label = page.ui.actionMessageLabel
        QTest.keyClick(dialog.ui.voidButton, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: stored.receipt_number in as_written(label.text()))
        qtbot.waitUntil(lambda: not ctx.tasks.busy)
        for _ in range(3):
            QApplication.processEvents()
        assert wrapped_label_cut(label) == ""
        corner = label.mapTo(main_window, label.rect().bottomRight())
        assert main_window.rect().contains(corner), corner
        lines = [as_written(line) for line in wrapped_lines(label)]
        assert any(stored.receipt_number in line for line in lines), lines
        other = "en" if lang == "id" else "id"
        ctx.languages.set_language(other)
        said = {"id": "dibatalkan", "en": "is voided"}
        qtbot.waitUntil(lambda: said[other] in label.text())
    finally:
        apply_look(app, high_contrast=False, large_font=False)
