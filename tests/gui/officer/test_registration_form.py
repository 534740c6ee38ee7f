"""The New registration form: keyboard-only entry, NIK autofill, pickers, live quote."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.officer.main_window import MainWindow
from bpu_enroll.gui.officer.registration.page import RegistrationPage

TAB_ORDER = [
    "nikEdit", "nameEdit", "birthPlaceEdit", "birthDateEdit", "genderCombo", "kkEdit",
    "phoneEdit", "emailEdit", "streetEdit", "rtEdit", "rwEdit", "villageEdit", "occupationEdit",
    "businessNameEdit", "workLocationCombo", "incomeEdit", "employerCheck",
    "governmentPaidCheck", "jhtCheck", "monthsCombo", "cashEdit", "cashFillButton", "moneyEdit",
    "consentCheck",
    "finaliseButton", "newButton", "draftsButton", "ktpButton",
]  # fmt: skip


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _page(qtbot: QtBot, window: MainWindow) -> RegistrationPage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.registration_page
    page.ui.nikEdit.setFocus()
    qtbot.waitUntil(lambda: _focused() is page.ui.nikEdit)
    return page


def _type(qtbot: QtBot, text: str) -> None:
    widget = _focused()
    assert widget is not None
    QTest.keyClicks(widget, text)


def _tab(times: int = 1) -> None:
    for _ in range(times):
        widget = _focused()
        assert widget is not None
        QTest.keyClick(widget, Qt.Key.Key_Tab)


def test_tab_order_follows_the_form(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(qtbot, main_window)
    seen = []
    for _ in TAB_ORDER:
        focused = _focused()
        assert focused is not None
        seen.append(focused.objectName())
        _tab()
    assert seen == TAB_ORDER
    assert not page.ui.occupationOtherEdit.isVisible()  # shown only for "other"


def test_keyboard_only_registration_of_a_worker(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(qtbot, main_window)
    ui = page.ui
    _type(qtbot, "3201011708920001")
    _tab()
    _type(qtbot, "budi santoso")
    _tab()
    _type(qtbot, "Bogor")
    _tab(3)  # date of birth and gender were filled from the NIK
    _tab()  # no KK number
    _type(qtbot, "0812-3456-7801")
    _tab(2)  # no e-mail
    _type(qtbot, "Jl. Pasar Baru 12")
    _tab()
    _type(qtbot, "3")
    _tab()
    _type(qtbot, "5")
    _tab()
    _type(qtbot, "pondok rajeg")
    qtbot.waitUntil(lambda: page.form.village.popup_visible)
    QTest.keyClick(page.form.village.popup, Qt.Key.Key_Return)
    assert page.form.village.code == "32.01.01.1001"
    _tab()
    _type(qtbot, "pedagang pasar")
    qtbot.waitUntil(lambda: page.form.occupation.popup_visible)
    QTest.keyClick(page.form.occupation.popup, Qt.Key.Key_Return)  # Enter takes it
    assert page.form.occupation.code == "TRD-PASAR"
    assert _focused() is ui.occupationEdit
    _tab()
    assert _focused() is ui.businessNameEdit
    _tab()
    _type(qtbot, "Pasar")
    _tab()
    _type(qtbot, "2.500.000")
    _tab(5)  # employer, government-paid, JHT: left as they are; months: 1
    _tab(3)  # no cash now: past "= total" and the money handed over
    assert ui.consentCheck.hasFocus()
    QTest.keyClick(ui.consentCheck, Qt.Key.Key_Space)
    assert ui.birthDateEdit.text() == "17-08-1992"
    assert ui.genderCombo.currentData() == "M"
    with qtbot.waitSignal(page.records_changed, timeout=20_000):
        QTest.keyClick(ui.consentCheck, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "DEMO-D0001-20260504-00001" in as_written(ui.resultLabel.text())
    assert ui.nikEdit.text() == ""  # ready for the next worker
    service = page.ctx.registrations
    assert service is not None
    rows = service.search()
    assert [(r.full_name, r.nik_masked, r.village_code) for r in rows] == [
        ("BUDI SANTOSO", "3201********0001", "32.01.01.1001")
    ]
    qtbot.waitUntil(lambda: main_window.summary is not None and main_window.summary.pending == 1)
    assert main_window._status_labels["pending"].text().endswith("1")


def test_nik_fills_birth_date_and_gender(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(qtbot, main_window)
    _type(qtbot, "3201014106900003")  # a woman: 40 added to the day of birth
    assert page.ui.birthDateEdit.text() == "01-06-1990"
    assert page.ui.genderCombo.currentData() == "F"
    assert page.feedback.shown() == {}


def test_nik_problems_show_at_the_field_with_the_code_message(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = _page(qtbot, main_window)
    _type(qtbot, "3201019913900003")  # month 13: not a date
    shown = page.feedback.shown()["nik"]
    assert [p.code for p in shown] == ["NIK_DATE"]
    label = page.findChild(QWidget, "nikMessage")
    assert label is not None and label.isVisible()
    assert label.text() == f"{message('NIK_DATE', 'id')}\u00a0(NIK_DATE)"
    assert page.ui.nikEdit.property("invalid") is True


def test_pasted_nik_is_cleaned(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(qtbot, main_window)
    QApplication.clipboard().setText("3201.0117 0892-0001")
    QTest.keyClick(page.ui.nikEdit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.nikEdit.text() == "3201011708920001"
    assert page.ui.birthDateEdit.text() == "17-08-1992"
