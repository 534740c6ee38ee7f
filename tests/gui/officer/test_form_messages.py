"""The form at a busy stall: a duplicate NIK caught on its 16th digit, the wheel that scrolls the
page and not the choice, pickers that take nothing on Tab, and messages that last exactly as long
as they are true."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.feedback import code_kept_whole
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.main_window import PAGE_LIST, MainWindow
from bpu_enroll.gui.officer.nik_duplicate import DuplicateNikCheck
from bpu_enroll.gui.officer.registration.page import RegistrationPage
from tests.gui.fit import broken_at_widths, wrapped_lines
from tests.gui.officer.conftest import WORKER, register


def _page(qtbot: QtBot, window: MainWindow) -> RegistrationPage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.registration_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.nikEdit)
    return page


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _codes(page: RegistrationPage, field: str) -> list[str]:
    return [p.code for p in page.feedback.shown().get(field, [])]


def test_duplicate_nik_is_caught_on_the_16th_digit_and_opens_the_earlier_receipt(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    earlier = register(qtbot, main_window.ctx, WORKER)
    page = _page(qtbot, main_window)
    ui = page.ui
    QTest.keyClicks(ui.nikEdit, WORKER["nik"][:15])
    assert page.feedback.shown() == {}
    assert not ui.nikRecordButton.isVisible()
    QTest.keyClicks(ui.nikEdit, WORKER["nik"][15])
    qtbot.waitUntil(lambda: "NIK_DUPLICATE" in _codes(page, "nik"))
    shown = page.feedback.shown()["nik"][0].message
    assert shown.startswith(message("NIK_DUPLICATE", "id"))
    assert earlier.receipt_number in as_written(shown) and "menunggu" in shown.lower()
    assert ui.nikRecordButton.isVisible()
    assert ui.nikEdit.property("invalid") is True
    QTest.keyClick(ui.nikEdit, Qt.Key.Key_Tab)  # to the button; the error stays
    assert _focused() is ui.nikRecordButton
    QTest.keyClick(ui.nikRecordButton, Qt.Key.Key_Tab)
    QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert "NIK_DUPLICATE" in _codes(page, "nik")
    ui.nikEdit.setFocus()
    QTest.keyClick(ui.nikEdit, Qt.Key.Key_Backspace)  # the NIK changed: the finding goes
    assert "NIK_DUPLICATE" not in _codes(page, "nik")
    assert not ui.nikRecordButton.isVisible()
    QTest.keyClicks(ui.nikEdit, WORKER["nik"][15])
    qtbot.waitUntil(ui.nikRecordButton.isVisible)
    ui.nikRecordButton.setFocus()
    QTest.keyClick(ui.nikRecordButton, Qt.Key.Key_Space)
    listing = main_window.registrations_page
    assert main_window.ui.pageStack.currentIndex() == PAGE_LIST
    assert listing.ui.searchEdit.text() == earlier.receipt_number
    qtbot.waitUntil(lambda: listing.detail is not None)
    assert listing.detail is not None and listing.detail.row.id == earlier.id


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("large", [False, True], ids=["normal", "larger"])
def test_the_duplicate_nik_message_keeps_the_receipt_number_whole(
    qtbot: QtBot, main_window: MainWindow, lang: str, large: bool
) -> None:
    """Under the NIK field the duplicate message broke the earlier receipt's number after
    "DEMO-" ("Tanda terima DEMO-" over "D0001-20260504-00001, menunggu"), in Indonesian even in
    normal text. The number stays on one line at every width down to 300 px."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large)
    main_window.ctx.languages.set_language(lang)
    main_window.resize(1366, 728)
    earlier = register(qtbot, main_window.ctx, WORKER)
    page = _page(qtbot, main_window)
    QTest.keyClicks(page.ui.nikEdit, WORKER["nik"])
    qtbot.waitUntil(lambda: "NIK_DUPLICATE" in _codes(page, "nik"))
    label = page.findChild(QLabel, "nikMessage")
    assert isinstance(label, QLabel) and label.isVisible()
    assert earlier.receipt_number in as_written(label.text())
    assert not broken_at_widths(label, [earlier.receipt_number])


def test_a_store_answer_after_the_form_is_gone_is_dropped(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The lookup started on the 16th digit can answer after its window closed (a test's
    teardown, the officer signing out): the answer must be dropped, not reach a deleted button."""
    register(qtbot, main_window.ctx, WORKER)
    button = QPushButton()
    check = DuplicateNikCheck(main_window.ctx, button)
    hold = threading.Event()
    main_window.ctx.tasks.run_db(hold.wait, 10)  # keep the store thread busy
    check.check(WORKER["nik"])
    shiboken6.delete(button)  # the button, and the check with it
    with qtbot.captureExceptions() as raised:
        hold.set()
        assert main_window.ctx.tasks.wait_idle()
        qtbot.wait(50)  # deliver the queued answer, if any
    assert raised == []


def test_wheel_over_an_unfocused_choice_scrolls_the_form(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = _page(qtbot, main_window)
    main_window.resize(1366, 728)
    bar = page.ui.formScroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    combo = page.ui.monthsCombo
    before = combo.currentIndex()
    centre = QPointF(combo.rect().center())
    wheel = QWheelEvent(
        centre, QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before
    assert bar.value() > 0  # the page scrolled instead
    combo.setFocus()  # a chosen box takes the wheel, as the officer meant
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before + 1


def test_blank_form_shows_nothing_until_a_field_is_left(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = _page(qtbot, main_window)
    QTest.keyClick(page.ui.nikEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.feedback.shown() == {}
    QTest.keyClicks(page.ui.nikEdit, "3201")
    QTest.keyClick(page.ui.nikEdit, Qt.Key.Key_Backspace)
    assert page.feedback.shown() == {}  # a partial NIK is not judged while typed
    QTest.keyClick(page.ui.nikEdit, Qt.Key.Key_Tab)
    assert _codes(page, "nik")  # left: now it is


def test_field_errors_and_the_problems_line_go_when_fixed(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = _page(qtbot, main_window)
    ui = page.ui
    QTest.keyClicks(ui.nikEdit, "3201011708920001")
    QTest.keyClick(ui.nikEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "masalah" in ui.formMessageLabel.text())
    before = len(page.feedback.invalid_fields())
    assert "consent" in page.feedback.invalid_fields()
    assert ui.consentCheck.property("invalid") is True
    ui.nameEdit.setFocus()
    QTest.keyClicks(ui.nameEdit, "budi")  # fixed while typing: cleared at once
    assert "full_name" not in page.feedback.shown()
    assert str(before - 1) in ui.formMessageLabel.text()
    ui.consentCheck.setFocus()
    QTest.keyClick(ui.consentCheck, Qt.Key.Key_Space)
    assert ui.consentCheck.property("invalid") is False
    QTest.keyClick(ui.consentCheck, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.formMessageLabel.text() == ""
    assert page.feedback.shown() == {}
    assert _focused() is ui.nikEdit
    assert ui.formScroll.verticalScrollBar().value() == 0


def test_village_enter_takes_tab_leaves_unchosen(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(qtbot, main_window)
    ui = page.ui
    picker = page.form.village
    ui.villageEdit.setFocus()
    QTest.keyClicks(ui.villageEdit, "pondok rajeg")
    qtbot.waitUntil(lambda: picker.popup_visible)
    QTest.keyClick(picker.popup, Qt.Key.Key_Return)
    assert picker.code == "32.01.01.1001"
    assert "address.village_code" not in page.feedback.shown()  # no false "unknown code"
    QTest.keyClick(ui.villageEdit, Qt.Key.Key_Tab)
    assert "address.village_code" not in page.feedback.shown()
    ui.villageEdit.setFocus()
    ui.villageEdit.selectAll()
    QTest.keyClicks(ui.villageEdit, "cibinong")
    qtbot.waitUntil(lambda: picker.popup_visible)
    QTest.keyClick(picker.popup, Qt.Key.Key_Tab)  # Tab takes nothing
    assert picker.code == ""
    assert ui.villageEdit.text() == "cibinong"
    assert _focused() is ui.occupationEdit
    shown = page.feedback.shown()["address.village_code"]
    assert shown[0].message == "Belum dipilih dari daftar: pilih salah satu dengan Enter."


def test_language_switch_shows_the_result_again(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(qtbot, main_window)
    page.form.fill(dict(WORKER))
    with qtbot.waitSignal(page.records_changed, timeout=20_000):
        page.finalise()
    assert page.ui.resultLabel.text().startswith("Tersimpan")
    main_window.ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.ui.resultLabel.text().startswith("Saved: receipt number"))


def test_a_blank_field_is_judged_on_leaving_only_once_typed_in(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = _page(qtbot, main_window)
    ui = page.ui
    QTest.keyClick(_focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(_focused(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert main_window.ui.pageStack.currentIndex() == PAGE_LIST
    QTest.keyClick(_focused(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert main_window.ui.pageStack.currentWidget() is page
    assert page.feedback.shown() == {}  # the NIK was left blank, never typed in
    ui.nikEdit.setFocus()
    for _ in range(3):
        QTest.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is ui.birthDateEdit
    assert page.feedback.shown() == {}  # tabbed past: still nothing
    QTest.keyClick(ui.birthDateEdit, Qt.Key.Key_Backtab)
    QTest.keyClicks(ui.birthPlaceEdit, "b")
    QTest.keyClick(ui.birthPlaceEdit, Qt.Key.Key_Backspace)
    QTest.keyClick(ui.birthPlaceEdit, Qt.Key.Key_Tab)
    assert _codes(page, "birth_place") == ["REQUIRED"]  # typed in, then left blank
    assert "nik" not in page.feedback.shown()


def test_a_refused_finalise_scrolls_the_first_problem_into_sight(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Tabbed down to the consent box, Ctrl+S refused: the cursor goes to the first marked
    field (a bad NIK at the top) and the form scrolls up to it. It stayed scrolled at the
    bottom, so what the officer typed next went into a field out of sight."""
    page = _page(qtbot, main_window)
    ui = page.ui
    main_window.resize(1366, 728)
    QTest.keyClicks(ui.nikEdit, "1234567890123456")  # not a real date in the NIK
    ui.consentCheck.setFocus(Qt.FocusReason.TabFocusReason)
    scroll = ui.formScroll
    scroll.ensureWidgetVisible(ui.consentCheck)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() > 0)
    QTest.keyClick(ui.consentCheck, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "masalah" in ui.formMessageLabel.text())
    assert _focused() is ui.nikEdit
    top_left = ui.nikEdit.mapTo(scroll.viewport(), QPoint(0, 0))
    assert scroll.viewport().rect().contains(top_left), top_left
    assert top_left.y() + ui.nikEdit.height() <= scroll.viewport().height()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_refused_field_and_the_problems_line_carry_the_stable_code(
    qtbot: QtBot, main_window: MainWindow, lang: str
) -> None:
    """Support staff on the phone ask "which code?": the form said only words ("NIK harus tepat
    16 angka."), where the CLI and the Sync page give the code. Each field's message, tooltip and
    accessible description end with it now ("… (NIK_FORMAT)"), a warning's too, and the
    problems line after a refused Finalise names the codes of the marked fields."""
    main_window.ctx.languages.set_language(lang)
    page = _page(qtbot, main_window)
    ui = page.ui
    QTest.keyClicks(ui.nikEdit, "3201991508900001")  # a district not in the list: a warning
    QTest.keyClick(ui.nikEdit, Qt.Key.Key_Tab)
    warning = page.feedback.shown()["nik"][0]
    assert warning.code == "NIK_REGION_UNKNOWN"
    label = page.findChild(QWidget, "nikMessage")
    assert label is not None and label.isVisible()
    # A no-break space: the code stays with the last word.
    assert label.text() == f"{message('NIK_REGION_UNKNOWN', lang)}\u00a0(NIK_REGION_UNKNOWN)"
    ui.nikEdit.setFocus()
    ui.nikEdit.selectAll()
    QTest.keyClicks(ui.nikEdit, "320101")
    QTest.keyClick(ui.nikEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(ui.formMessageLabel.text()) and page.checks.refused)
    shown = page.feedback.shown()
    assert shown["nik"][0].code == "NIK_FORMAT"
    assert ui.nikEdit.toolTip() == f"{message('NIK_FORMAT', lang)}\u00a0(NIK_FORMAT)"
    assert ui.nikEdit.accessibleDescription() == ui.nikEdit.toolTip()
    missing = []
    for field, problems in shown.items():
        widget = page.feedback.widget(field)
        assert widget is not None
        for item in problems:
            if f"{item.message}\u00a0({item.code})" not in widget.toolTip().split("\n"):
                missing.append((field, item.code, widget.toolTip()))
    assert not missing, missing
    summary = ui.formMessageLabel.text()
    codes = list(dict.fromkeys(p.code for p in page.feedback.errors()))
    assert {"NIK_FORMAT", "REQUIRED", "CONSENT_REQUIRED"} <= set(codes)
    assert summary.endswith(f"({', '.join(codes)})"), summary
    assert summary.index("NIK_FORMAT") < summary.index("CONSENT_REQUIRED")  # the form's order


def test_a_list_of_codes_breaks_only_between_whole_codes(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The problems line of a refused Finalise names several codes; in larger text at 1280×728
    it wraps. The codes break only after a comma, between whole codes: the bracket stays with
    the word before it, no code is split, and no line is wider than the label (a list held
    whole on one line by no-break spaces ran past it). A code said in a sentence
    (`code_kept_whole`) keeps a list the same way."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    try:
        page = _page(qtbot, main_window)
        ui = page.ui
        main_window.resize(1280, 728)
        QTest.keyClicks(ui.nikEdit, "320101")
        QTest.keyClicks(ui.phoneEdit, "12")
        QTest.keyClicks(ui.emailEdit, "x@")
        QTest.keyClick(ui.nikEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(ui.formMessageLabel.text()) and page.checks.refused)
        label = ui.formMessageLabel
        text = label.text()
        codes = list(dict.fromkeys(p.code for p in page.feedback.errors()))
        assert len(codes) >= 4 and text.endswith(f"\u00a0({', '.join(codes)})"), text
        qtbot.waitUntil(lambda: len(wrapped_lines(label)) > 1)
        lines = wrapped_lines(label)
        assert "".join(lines) == text
        width = label.contentsRect().width()
        assert all(label.fontMetrics().horizontalAdvance(line.rstrip()) <= width for line in lines)
        start = text.index("(")
        ends = [sum(map(len, lines[: n + 1])) for n in range(len(lines) - 1)]
        inside = [end for end in ends if end > start]
        assert inside, lines  # the list itself wraps at this width
        assert all(text[:end].endswith(", ") for end in inside), lines
        assert all(end != start for end in ends), lines
    finally:
        apply_look(app, high_contrast=False, large_font=False)
    said = "Kantor cabang menolak: tidak ada. (kode CORRECTION_REQUESTED, NAME_FORMAT)."
    assert code_kept_whole(said) == (
        "Kantor cabang menolak: tidak ada.\u00a0(kode\u00a0CORRECTION_REQUESTED, NAME_FORMAT)."
    )


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Ketik tanggal yang sah dengan bentuk HH-BB-TTTT, seperti di KTP."),
        ("en", "Type a real date as DD-MM-YYYY, as on the KTP."),
    ],
)
def test_a_birth_date_not_read_asks_for_the_fields_own_format(
    qtbot: QtBot, main_window: MainWindow, lang: str, said: str
) -> None:
    """The birth date field reads DD-MM-YYYY (its hint says HH-BB-TTTT), but a date it could
    not read ("17-8-92", "31-02-1992") was answered with the registration file's words, "Tanggal
    harus berbentuk TTTT-BB-HH": the officer was told to type the year first. It asks for the
    field's own format, with the same code; after a refused Finalise too."""
    main_window.ctx.languages.set_language(lang)
    page = _page(qtbot, main_window)
    field = page.ui.birthDateEdit
    for typed in ("17-8-92", "31-02-1992"):
        field.clear()
        field.setFocus()
        QTest.keyClicks(field, typed)
        QTest.keyClick(field, Qt.Key.Key_Tab)
        shown = page.feedback.shown()["birth_date"]
        assert [(p.code, p.message) for p in shown] == [("DATE_FORMAT", said)], typed
    page.finalise()
    qtbot.waitUntil(lambda: not page._finalising)
    shown = page.feedback.shown()["birth_date"]
    assert [(p.code, p.message) for p in shown] == [("DATE_FORMAT", said)]
