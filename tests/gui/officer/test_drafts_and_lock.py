"""Drafts: autosave, recovery after the window died, resume. Auto-lock and unlock, back in the
field the officer was in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.drafts import DraftsDialog
from bpu_enroll.gui.officer.main_window import PAGE_LIST, PAGE_NEW, MainWindow


def test_draft_survives_a_window_destroyed_without_saving(
    qtbot: QtBot, signed_in: AppContext
) -> None:
    signed_in.autosave_ms = 100
    doomed = MainWindow(signed_in)  # not handed to qtbot: it dies below, like a dead battery
    page = doomed.registration_page
    QTest.keyClicks(page.ui.nikEdit, "3201011708920001")
    QTest.keyClicks(page.ui.nameEdit, "siti")
    QTest.keyClicks(page.ui.incomeEdit, "1500000")
    with qtbot.waitSignal(page.draft_saved, timeout=10_000):
        pass  # the autosave timer fires on its own
    draft_id = page.draft_id
    with qtbot.waitSignal(doomed.destroyed):
        doomed.deleteLater()  # no closeEvent, no save on the way out
    service = signed_in.registrations
    assert service is not None
    assert [d.label for d in service.list_drafts()] == ["SITI"]

    window = MainWindow(signed_in)
    qtbot.addWidget(window)
    window.show()
    dialog = DraftsDialog(signed_in, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ui.resumeButton.isEnabled)
    assert dialog.ui.draftsList.item(0).text().startswith("SITI · ")
    dialog.resume_requested.connect(window.registration_page.resume_draft)
    dialog.ui.resumeButton.click()
    ui = window.registration_page.ui
    qtbot.waitUntil(lambda: ui.nameEdit.text() == "SITI")
    assert ui.nikEdit.text() == "3201011708920001"
    assert ui.incomeEdit.text() == "1.500.000"
    assert window.registration_page.draft_id == draft_id


def test_finalise_removes_the_draft_it_came_from(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.registration_page
    page.form.fill(
        {
            "nik": "3201011708920001", "full_name": "BUDI", "birth_place": "BOGOR",
            "birth_date": "1992-08-17", "gender": "M", "phone": "081234567801",
            "address": {"street": "Jl. A", "rt": "1", "rw": "2", "village_code": "32.01.01.1006"},
            "occupation_code": "TRD-PASAR", "work_location": "Pasar",
            "monthly_income": 2_500_000, "programs": ["JKK", "JKM"], "months_paid": 1,
            "consent": True,
        }
    )  # fmt: skip
    page._dirty = True
    with qtbot.waitSignal(page.draft_saved):
        assert page.save_draft_now()
    service = page.ctx.registrations
    assert service is not None
    assert len(service.list_drafts()) == 1
    with qtbot.waitSignal(page.records_changed, timeout=20_000):
        page.finalise()
    assert service.list_drafts() == []


def test_refused_finalise_marks_the_fields_without_a_dialog(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = main_window.registration_page
    QTest.keyClicks(page.ui.nikEdit, "3201011708920001")
    page.finalise()
    qtbot.waitUntil(page.ui.finaliseButton.isEnabled)
    shown = page.feedback.shown()
    assert shown["full_name"][0].message == message("REQUIRED", "id")
    assert shown["consent"][0].code == "CONSENT_REQUIRED"
    assert "nik" not in shown
    assert "masalah" in page.ui.formMessageLabel.text()
    assert QApplication.activeModalWidget() is None


def test_auto_lock_keeps_the_form_and_unlocks_with_the_password(
    qtbot: QtBot, signed_in: AppContext
) -> None:
    signed_in.idle_lock_ms = 300
    window = MainWindow(signed_in)
    qtbot.addWidget(window)
    window.show()
    page = window.registration_page
    QTest.keyClicks(page.ui.nameEdit, "ani")
    with qtbot.waitSignal(window.locked_changed, timeout=10_000) as blocker:
        pass  # no input: the idle timer locks the screen
    assert blocker.args == [True]
    assert window.locked
    assert not page.isVisible()  # nothing personal on screen
    with qtbot.waitSignal(page.draft_saved):
        pass  # the lock saved the draft
    lock = window.lock_screen
    lock.ui.passwordEdit.setText("wrong")
    lock.ui.unlockButton.click()
    qtbot.waitUntil(lambda: bool(lock.ui.messageLabel.text()))
    assert lock.ui.messageLabel.text().startswith("Kata sandi salah.")
    assert window.locked
    lock.ui.passwordEdit.setText("demo")
    with qtbot.waitSignal(window.locked_changed, timeout=10_000) as blocker:
        lock.ui.unlockButton.click()
    assert blocker.args == [False]
    assert page.isVisible()
    assert page.ui.nameEdit.text() == "ANI"


def test_drafts_show_officer_and_branch_time_and_can_be_deleted(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from datetime import timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from bpu_enroll.services.registration import RegistrationService
    from tests.gui.officer.conftest import FIXED_NOW, run_task

    ctx = main_window.ctx
    service = ctx.registrations
    assert service is not None
    run_task(qtbot, ctx, service.save_draft, {"full_name": "SRI WAHYUNI"}, None)
    later = FIXED_NOW + timedelta(days=10)  # ten days on: the first draft is old
    ctx.clock = lambda: later
    assert ctx.session is not None
    later_service = RegistrationService(ctx.session, now=ctx.clock)
    run_task(qtbot, ctx, later_service.save_draft, {"full_name": "AGUS SALIM"}, None)
    dialog = DraftsDialog(ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ui.draftsList.count() == 2)
    texts = [dialog.ui.draftsList.item(i).text() for i in range(2)]
    # FIXED_NOW is 02.30 UTC: 09.30 in the demo branch's zone (WIB), whatever the laptop's zone.
    assert texts[1] == "SRI WAHYUNI · demo · 4 Mei 2026 09.30 WIB"
    assert texts[0].startswith("AGUS SALIM · demo · ")
    assert [d.label for d in dialog.old_drafts()] == ["SRI WAHYUNI"]
    assert dialog.ui.cleanButton.isEnabled()
    dialog.ui.cleanButton.click()
    box = dialog.confirm
    assert isinstance(box, QMessageBox)
    assert "1 draf" in box.text()
    QTest.keyClick(box, Qt.Key.Key_Escape)  # the safe answer keeps them
    assert dialog.ui.draftsList.count() == 2
    dialog.ui.draftsList.setCurrentRow(0)
    dialog.ui.deleteButton.click()
    box = dialog.confirm
    assert box is not None and "AGUS SALIM" in box.text()
    delete = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    delete.click()
    qtbot.waitUntil(lambda: dialog.ui.draftsList.count() == 1)
    assert dialog.ui.draftsList.item(0).text().startswith("SRI WAHYUNI")
    assert [d.label for d in run_task(qtbot, ctx, service.list_drafts)] == ["SRI WAHYUNI"]


def _unlock(qtbot: QtBot, window: MainWindow) -> None:
    lock = window.lock_screen
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lock.ui.passwordEdit)
    QTest.keyClicks(lock.ui.passwordEdit, "demo")
    with qtbot.waitSignal(window.locked_changed, timeout=10_000):
        QTest.keyClick(lock.ui.passwordEdit, Qt.Key.Key_Return)


def test_unlock_puts_the_cursor_back_in_the_field_it_was_in(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    ui = main_window.registration_page.ui
    ui.incomeEdit.setFocus()
    QTest.keyClicks(ui.incomeEdit, "15")
    main_window.lock()
    _unlock(qtbot, main_window)
    assert QApplication.focusWidget() is ui.incomeEdit
    QTest.keyClicks(ui.incomeEdit, "00000")  # the officer types on where they stopped
    assert ui.incomeEdit.text().replace(".", "") == "1500000"

    # A field that is no longer shown: the first field of the page shown now.
    main_window.show_page(PAGE_LIST)
    main_window.registrations_page.ui.searchEdit.setFocus()
    main_window.lock()
    main_window.show_page(PAGE_NEW)
    _unlock(qtbot, main_window)
    assert QApplication.focusWidget() is ui.nikEdit


def test_the_page_keys_do_nothing_behind_the_lock_screen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Alt+2 pressed on the lock screen (out of habit) switched the page behind it, read the
    list there, and took the keyboard from the password field to a page no one sees: the
    password typed next went nowhere, and the unlock came back to the list, not the form. The
    page keys are off while locked, as the menus are."""
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    ui = main_window.registration_page.ui
    ui.nameEdit.setFocus()
    QTest.keyClicks(ui.nameEdit, "SITI")
    main_window.lock()
    password = main_window.lock_screen.ui.passwordEdit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is password)
    generation = main_window.registrations_page.model.generation
    for key in (Qt.Key.Key_2, Qt.Key.Key_4):
        QTest.keyClick(password, key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is password
    assert main_window.ui.pageStack.currentIndex() == PAGE_NEW
    assert main_window.registrations_page.model.generation == generation  # nothing read
    _unlock(qtbot, main_window)
    assert QApplication.focusWidget() is ui.nameEdit
    QTest.keyClick(ui.nameEdit, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # on again
    assert main_window.ui.pageStack.currentIndex() == PAGE_LIST


def test_a_wrong_password_on_the_lock_screen_says_only_the_password_and_what_is_left(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    lock = main_window.lock_screen
    main_window.lock()
    for lang, expected in (
        ("id", "Kata sandi salah. 4 kali lagi salah, akun akan dikunci selama beberapa menit."),
        (
            "en",
            "Wrong password. 3 more wrong attempts and the account is locked for a few minutes.",
        ),
    ):
        main_window.ctx.languages.set_language(lang)
        lock.ui.messageLabel.clear()
        lock.ui.passwordEdit.setText("wrong")
        lock.ui.unlockButton.click()
        qtbot.waitUntil(lambda: bool(lock.ui.messageLabel.text()))
        assert lock.ui.messageLabel.text() == expected
        assert message("AUTH_FAILED", lang) not in lock.ui.messageLabel.text()  # no user name
    assert main_window.locked


def test_enter_on_an_empty_password_on_the_lock_screen_says_what_is_wanted(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Enter with nothing typed did nothing at all, so an officer in the sun could not tell
    whether the key was taken; the sign-in says "Type your password." and so does the lock
    now, in the language shown, the screen still locked and nothing counted as a wrong try."""
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.lock()
    lock = main_window.lock_screen
    edit = lock.ui.passwordEdit
    qtbot.waitUntil(edit.hasFocus)
    for lang, expected in (("id", "Ketik kata sandi Anda."), ("en", "Type your password.")):
        main_window.ctx.languages.set_language(lang)
        lock.ui.messageLabel.clear()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert lock.ui.messageLabel.text() == expected
        assert edit.hasFocus() and main_window.locked
    edit.setText("wrong")  # the first wrong try still leaves four
    lock.ui.unlockButton.click()
    qtbot.waitUntil(lambda: "4" in lock.ui.messageLabel.text())
    assert "4 more wrong attempts" in lock.ui.messageLabel.text()


def test_alt_and_a_letter_on_the_lock_screen_types_nothing_into_the_password(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The menus are off while locked, so Alt+A (Aplikasi) reached the password field and put
    an "a" in it; the officer then typed a wrong password without seeing why. Alt+letter types
    nothing there; letters and AltGr (Ctrl+Alt on Windows) still type."""
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.lock()
    edit = main_window.lock_screen.ui.passwordEdit
    qtbot.waitUntil(edit.hasFocus)
    for key in (Qt.Key.Key_A, Qt.Key.Key_T, Qt.Key.Key_B, Qt.Key.Key_X):
        QTest.keyClick(edit, key, Qt.KeyboardModifier.AltModifier)
    assert edit.text() == ""
    QTest.keyClicks(edit, "deM")
    altgr = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    QTest.keyClick(edit, Qt.Key.Key_At, altgr)
    assert edit.text() == "deM@"
    assert main_window.locked


def test_the_draft_time_is_written_as_the_language_writes_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """ "Draft saved at 09:30:00." in English (it said 09.30.00 in both languages), and again in
    the new language after a switch."""
    ctx = main_window.ctx
    ctx.languages.set_language("en")
    page = main_window.registration_page
    QTest.keyClicks(page.ui.nameEdit, "siti")
    with qtbot.waitSignal(page.draft_saved):
        assert page.save_draft_now()
    assert page.ui.draftStatusLabel.text() == "Draft saved at 09:30:00."  # FIXED_NOW, in WIB
    ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.draftStatusLabel.text() == "Draf tersimpan pukul 09.30.00.")


def test_ctrl_n_half_way_says_the_form_is_kept_as_a_draft(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Ctrl+N half-way through a worker emptied the form without a word: the draft was saved
    under the old form's id and its "saved" line was for that form only, so the officer could
    not tell the typing was kept, nor where. The page says so, in the officer's language."""
    page = main_window.registration_page
    ui = page.ui
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    ui.nikEdit.setFocus()
    qtbot.waitUntil(ui.nikEdit.hasFocus)
    QTest.keyClicks(ui.nikEdit, "3201011708920001")
    QTest.keyClick(ui.nikEdit, Qt.Key.Key_Tab)
    QTest.keyClicks(ui.nameEdit, "budi santoso")
    with qtbot.waitSignal(page.draft_saved):
        QTest.keyClick(ui.nameEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.nikEdit.text() == "" and ui.nikEdit.hasFocus()
    said = ui.draftStatusLabel.text()
    assert "draf" in said and "Draf…" in said, said
    main_window.ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: "kept as a draft" in ui.draftStatusLabel.text())
    service = page.ctx.registrations
    assert service is not None
    assert ["BUDI" in d.label.upper() for d in service.list_drafts()] == [True]
    QTest.keyClicks(ui.nikEdit, "3201")  # the next worker: the line stays until a new draft
    assert "kept as a draft" in ui.draftStatusLabel.text()
