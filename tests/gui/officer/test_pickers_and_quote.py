"""Village and occupation pickers, and the live contribution quote (with a relief month)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.officer.main_window import MainWindow
from bpu_enroll.gui.officer.pickers import CODE_ROLE
from bpu_enroll.gui.officer.registration.page import RegistrationPage


def _page(main_window: MainWindow) -> RegistrationPage:
    main_window.activateWindow()
    return main_window.registration_page


def test_village_type_ahead_by_name_shows_the_regions_above(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.resize(1366, 728)
    main_window.show()
    page = _page(main_window)
    picker = page.form.village
    page.ui.villageEdit.setFocus()
    QTest.keyClicks(page.ui.villageEdit, "cibinong")
    qtbot.waitUntil(lambda: picker.popup_visible)
    texts = [picker.model.index(r, 0).data() for r in range(picker.model.rowCount())]
    assert texts[0].startswith("Cibinong — Kec. Cibinong, Kab. Bogor, Jawa Barat")
    # The popup is as wide as its longest line, so a village's code at the end is not cut.
    widest = max(picker.popup.fontMetrics().horizontalAdvance(t) for t in texts)
    assert picker.popup.viewport().width() > widest
    QTest.keyClick(picker.popup, Qt.Key.Key_Return)
    assert picker.code == "32.01.01.1006"
    assert not picker.popup_visible
    assert page.ui.villageDetailLabel.text() == "Kec. Cibinong, Kab. Bogor, Jawa Barat"
    QTest.keyClicks(page.ui.villageEdit, "x")  # typing again forgets the choice
    assert picker.code == ""


def test_village_by_code_and_escape_closes_the_popup(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(main_window)
    picker = page.form.village
    page.ui.villageEdit.setFocus()
    QTest.keyClicks(page.ui.villageEdit, "7371021001")
    qtbot.waitUntil(lambda: picker.popup_visible)
    assert picker.model.index(0, 0).data(CODE_ROLE) == "73.71.02.1001"
    QTest.keyClick(picker.popup, Qt.Key.Key_Escape)
    assert not picker.popup_visible
    assert picker.code == ""
    assert page.ui.villageEdit.text() == "7371021001"


def test_occupation_picker_is_grouped_and_searchable(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(main_window)
    picker = page.form.occupation
    page.ui.occupationEdit.setFocus()
    QTest.keyClick(page.ui.occupationEdit, Qt.Key.Key_Down)  # the whole catalogue, by group
    qtbot.waitUntil(lambda: picker.popup_visible)
    first = picker.model.index(0, 0)
    assert first.data() == "Transportasi dan pengantaran"
    assert not first.flags() & Qt.ItemFlag.ItemIsSelectable  # a group header
    QTest.keyClick(picker.popup, Qt.Key.Key_Escape)
    QTest.keyClicks(page.ui.occupationEdit, "nelayan")
    qtbot.waitUntil(lambda: picker.popup_visible)
    rows = [picker.model.entry(r) for r in range(picker.model.rowCount())]
    assert [e.text for e in rows if e and e.header] == ["Perikanan"]
    QTest.keyClick(picker.popup, Qt.Key.Key_Return)
    assert picker.code == "FSH-NELAYAN"
    assert "Perikanan" in page.ui.sectorLabel.text()


def test_down_on_the_only_match_keeps_it_and_enter_takes_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """An officer types, sees the one match marked and presses Down as on any list: the popup
    wrapped past its end to no row, and Enter then took nothing."""
    page = _page(main_window)
    picker = page.form.occupation
    page.ui.occupationEdit.setFocus()
    QTest.keyClicks(page.ui.occupationEdit, "nelayan")
    qtbot.waitUntil(lambda: picker.popup_visible)
    matches = [e for r in range(picker.model.rowCount()) if (e := picker.model.entry(r))]
    assert [e.code for e in matches if not e.header] == ["FSH-NELAYAN"]
    QTest.keyClick(picker.popup, Qt.Key.Key_Down)
    QTest.keyClick(picker.popup, Qt.Key.Key_Down)
    QTest.keyClick(picker.popup, Qt.Key.Key_Return)
    assert picker.code == "FSH-NELAYAN"


def test_other_occupation_asks_for_free_text_and_sector_follows(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = _page(main_window)
    page.form.occupation.set_code("OTHER")
    assert page.ui.occupationOtherEdit.isVisible()
    page.form.occupation.set_code("TRN-OJEK")
    assert not page.ui.occupationOtherEdit.isVisible()
    assert page.form.sector() == "transport"


def test_live_quote_with_relief_month(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(main_window)  # today is 4 May 2026: inside the relief window (other sectors)
    ui = page.ui
    ui.incomeEdit.setFocus()
    QTest.keyClicks(ui.incomeEdit, "2.500.000")
    assert ui.bracketValue.text() == "9"
    assert ui.baseValue.text() == "Rp2.600.000"
    assert [ui.quoteTable.item(0, c).text() for c in range(6)] == [
        "4 Mei 2026", "Rp26.000", "Rp6.800", "–", "-Rp16.400", "Rp16.400",
    ]  # fmt: skip
    assert ui.reliefValue.text() == "-Rp16.400"
    assert ui.grandTotalValue.text() == "Rp16.400"
    assert ui.totalWordsLabel.text() == "Enam belas ribu empat ratus rupiah"
    QTest.keyClick(ui.jhtCheck, Qt.Key.Key_Space)
    assert ui.grandTotalValue.text() == "Rp68.400"  # JHT 2% is never halved
    ui.incomeEdit.clear()
    QTest.keyClicks(ui.incomeEdit, "2500000")  # the same income without dots
    assert ui.grandTotalValue.text() == "Rp68.400"


def test_an_income_with_cents_or_odd_dots_is_refused_not_misread(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """ "1500000.50" (cents, the English way) was read as Rp150.000.050, and "2.50.000" as
    Rp250.000: the quote jumped to another bracket without a word. Neither is an amount in
    whole rupiah: the field says INCOME_INVALID, and no quote is shown."""
    page = _page(main_window)
    ui = page.ui
    for typed in ("1500000.50", "2.50.000"):
        ui.incomeEdit.clear()
        ui.incomeEdit.setFocus()
        QTest.keyClicks(ui.incomeEdit, typed)
        assert ui.grandTotalValue.text() == "–", typed
        QTest.keyClick(ui.incomeEdit, Qt.Key.Key_Tab)
        assert ui.incomeEdit.text() == typed  # not rewritten as another amount
        codes = [p.code for p in page.feedback.shown().get("monthly_income", [])]
        assert codes == ["INCOME_INVALID"], (typed, codes)
    ui.incomeEdit.clear()
    QTest.keyClicks(ui.incomeEdit, "Rp1.500.000")
    assert ui.bracketValue.text() == "4"


def test_months_paid_cross_the_relief_window_edge(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(main_window)
    ui = page.ui
    page.ctx.clock = lambda: datetime(2026, 11, 10, 3, 0, tzinfo=UTC)
    QTest.keyClicks(ui.incomeEdit, "900000")
    ui.monthsCombo.setCurrentIndex(ui.monthsCombo.findData(3))
    totals = [ui.quoteTable.item(r, 5).text() for r in range(ui.quoteTable.rowCount())]
    assert totals == ["Rp8.400", "Rp8.400", "Rp16.800"]  # Nov and Dec relieved, January not
    assert ui.grandTotalValue.text() == "Rp33.600"


def test_employer_forces_jht_and_explains(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(main_window)
    ui = page.ui
    assert ui.jhtCheck.isEnabled() and not ui.jhtCheck.isChecked()
    ui.employerCheck.setChecked(True)
    assert ui.jhtCheck.isChecked() and not ui.jhtCheck.isEnabled()
    assert "pemberi kerja" in ui.jhtNoteLabel.text()
    ui.employerCheck.setChecked(False)
    assert ui.jhtCheck.isEnabled() and not ui.jhtCheck.isChecked()


def test_cash_button_fills_the_total(qtbot: QtBot, main_window: MainWindow) -> None:
    page = _page(main_window)
    QTest.keyClicks(page.ui.incomeEdit, "2500000")
    page.ui.cashFillButton.click()
    assert page.ui.cashEdit.text() == "16.400"
    assert page.form.collect()["cash_paid"] == 16_400


def test_the_months_paid_now_take_the_languages_plural(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """English said "Total for 3 month(s) paid now." (lupdate kept no plural for it)."""
    page = _page(main_window)
    ui = page.ui
    QTest.keyClicks(ui.incomeEdit, "900000")
    said: list[str] = []
    try:
        for lang in ("en", "id"):
            main_window.ctx.languages.set_language(lang)
            start = "Total for " if lang == "en" else "Total untuk "  # the switch is an event
            qtbot.waitUntil(lambda start=start: ui.quoteNoteLabel.text().startswith(start))
            for months in (1, 3):
                ui.monthsCombo.setCurrentIndex(ui.monthsCombo.findData(months))
                said.append(ui.quoteNoteLabel.text().split(" JKK")[0])
    finally:
        main_window.ctx.languages.set_language("id")
    assert said == [
        "Total for 1 month paid now.", "Total for 3 months paid now.",
        "Total untuk 1 bulan yang dibayar sekarang.", "Total untuk 3 bulan yang dibayar sekarang.",
    ]  # fmt: skip
