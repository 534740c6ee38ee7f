"""Alt+letter on the officer's main window: a menu title's letter opens its menu on every page,
in Indonesian and in English, and the items of one menu each have their own letter; on every
page and dialog of the app each Alt+letter reaches one control."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.about_dialog import AboutDialog
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.crash_dialog import CrashNotifier
from bpu_enroll.gui.common.dialogs import OptionsDialog
from bpu_enroll.gui.first_run import FirstRunWindow
from bpu_enroll.gui.officer.drafts import DraftsDialog
from bpu_enroll.gui.officer.enrol_dialog import EnrolDialog, EnrolTarget
from bpu_enroll.gui.officer.ktp.camera import KtpCameraDialog
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.officer.main_window import (
    PAGE_LIST,
    PAGE_NEW,
    PAGE_SYNC,
    PAGE_TALLY,
    MainWindow,
)
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.sync.resend_dialog import ResendDialog
from bpu_enroll.gui.officer.void_dialog import VoidDialog
from bpu_enroll.services.ktp.camera import CameraFeed
from tests.gui.mnemonics import (
    letter,
    menu_clashes,
    menu_duplicates,
    menu_titles,
    shared_letters,
)
from tests.gui.officer.conftest import WORKER, register


@pytest.mark.parametrize(("lang", "first_menu"), [("id", "&Aplikasi"), ("en", "&Application")])
def test_no_page_takes_a_menu_letter(
    qtbot: QtBot, main_window: MainWindow, lang: str, first_menu: str
) -> None:
    main_window.ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: main_window.ui.menuApp.title() == first_menu)
    assert len(menu_titles(main_window)) == 3  # Application, View, Help: three letters
    for index in (PAGE_NEW, PAGE_LIST, PAGE_SYNC, PAGE_TALLY):
        main_window.show_page(index)
        page = main_window.ui.pageStack.currentWidget()
        assert menu_clashes(main_window, page) == {}, f"page {index} in {lang}"
    assert menu_duplicates(main_window) == {}


def test_alt_and_a_page_number_from_the_menu_bar_takes_the_keyboard_to_that_page(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Alt+1…Alt+4 while the menu bar has the keyboard (a menu just closed with Escape): the
    page shows with the keyboard on one of its controls, never left in the menu bar (whose
    next Escape gave it back to a field of the hidden page)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    main_window.activateWindow()
    bar = main_window.menuBar()
    for index, key in ((PAGE_SYNC, Qt.Key.Key_3), (PAGE_TALLY, Qt.Key.Key_4),
                       (PAGE_LIST, Qt.Key.Key_2), (PAGE_NEW, Qt.Key.Key_1)):  # fmt: skip
        bar.setFocus()
        qtbot.waitUntil(bar.hasFocus)
        qtbot.keyClick(bar, key, Qt.KeyboardModifier.AltModifier)
        page = main_window.ui.pageStack.currentWidget()
        assert main_window.ui.pageStack.currentIndex() == index
        landed = QApplication.focusWidget()
        assert landed is not None and landed.isVisible(), (index, landed)
        assert page.isAncestorOf(landed), (index, landed.objectName())


class _NoCamera:
    """A laptop without a camera (cv2.VideoCapture's interface)."""

    def isOpened(self) -> bool:
        return False

    def release(self) -> None:
        """Nothing to release."""


@pytest.mark.parametrize(("lang", "first_menu"), [("id", "&Aplikasi"), ("en", "&Application")])
def test_every_page_and_dialog_gives_each_alt_letter_to_one_control(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, lang: str, first_menu: str
) -> None:
    """Qt cycles through the controls that share a letter: the first Alt+N went to "Nama
    lengkap" when the officer wanted the NIK, Alt+J to the gender, the street or JHT. Each page,
    the lock screen, the sign-in and first-run windows and each dialog, as it opens: the
    letters of its buttons, check boxes, labels of fields, group boxes and tabs (and of the
    menu titles on the main window), those hidden until a state shows them included."""
    ctx = main_window.ctx
    stored = register(qtbot, ctx, WORKER)
    ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: main_window.ui.menuApp.title() == first_menu)
    shared: dict[str, dict[str, list[str]]] = {}
    for index in (PAGE_NEW, PAGE_LIST, PAGE_SYNC, PAGE_TALLY):
        main_window.show_page(index)
        shared[f"page {index}"] = shared_letters(main_window)
    listing = main_window.registrations_page
    main_window.show_page(PAGE_LIST)
    qtbot.waitUntil(lambda: listing.detail is not None)
    assert listing.detail is not None
    row = listing.detail.row
    target = EnrolTarget("https://branch.example:8750", "ABCD-EFGH-JKLM", None)
    makers: dict[str, Callable[[], QWidget]] = {
        "sign-in": lambda: LoginWindow(ctx),
        "first run": lambda: FirstRunWindow(ctx),
        "receipt": lambda: ReceiptPreviewDialog(ctx, stored.id, main_window),
        "drafts": lambda: DraftsDialog(ctx, main_window),
        "options": lambda: OptionsDialog(ctx, main_window),
        "about": lambda: AboutDialog(ctx, "Kantor Cabang Demo", main_window),
        "void": lambda: VoidDialog(row, main_window),
        "enrol": lambda: EnrolDialog(ctx, main_window),
        "enrol from the demo": lambda: EnrolDialog(ctx, main_window, replace_demo=True),
        "put the demo aside": lambda: EnrolDialog(ctx, main_window).ask_to_replace_demo(target),
        "ktp camera": lambda: KtpCameraDialog(CameraFeed(_NoCamera), main_window),
        "usb file for receipts": lambda: ResendDialog(lang, main_window),
    }
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        shared[name] = shared_letters(dialog)
        dialog.hide()  # not closed: the camera dialog deletes itself on close
    notifier = CrashNotifier(main_window)
    notifier.report(tmp_path / "logs" / "crash.txt")
    qtbot.waitUntil(lambda: notifier.box is not None and notifier.box.isVisible())
    assert notifier.box is not None
    shared["crash"] = shared_letters(notifier.box)
    notifier.box.close()
    main_window.lock()
    shared["locked"] = shared_letters(main_window)
    found = {name: letters for name, letters in shared.items() if letters}
    assert not found, f"{lang}: {found}"


@pytest.mark.parametrize(("lang", "first_menu"), [("id", "&Aplikasi"), ("en", "&Application")])
def test_the_lock_screens_buttons_have_alt_letters(
    qtbot: QtBot, main_window: MainWindow, lang: str, first_menu: str
) -> None:
    """Sign out on the lock screen had no letter (Keluar / Sign out): the only way to it was Tab.
    Unlock, the default button (Enter), had none either (Buka kunci / Unlock). Every button
    takes its own letter, that no other control of the locked window has (Alt+B would open
    the Bantuan menu in Indonesian), and Alt with Unlock's letter from the password field
    unlocks."""
    main_window.ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: main_window.ui.menuApp.title() == first_menu)
    main_window.lock()
    screen = main_window.lock_screen
    missing = [
        button.text() for button in screen.findChildren(QPushButton) if not letter(button.text())
    ]
    assert not missing, f"{lang}: {missing}"
    titles = {letter(text) for text in menu_titles(main_window).values()}
    assert letter(screen.ui.logoutButton.text()) not in titles
    assert letter(screen.ui.unlockButton.text()) not in titles
    assert shared_letters(main_window) == {}
    main_window.activateWindow()
    qtbot.waitUntil(screen.ui.passwordEdit.hasFocus)
    qtbot.keyClicks(screen.ui.passwordEdit, "demo")  # the password the fixture signed in with
    key = letter(screen.ui.unlockButton.text())
    with qtbot.waitSignal(screen.unlocked, timeout=20_000):
        qtbot.keyClick(screen.ui.passwordEdit, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not main_window.locked)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sign_in_has_an_alt_letter_of_its_own_and_alt_with_it_signs_in(
    qtbot: QtBot, ctx: AppContext, lang: str
) -> None:
    """Sign in / Masuk, the default button (Enter), had no Alt letter, unlike every other
    control of the sign-in window. It has one, which no other control there has, and Alt with
    it from the password field signs in."""
    ctx.languages.set_language(lang)
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ui.officerCombo.count() == 2)
    missing = [b.text() for b in window.findChildren(QPushButton) if not letter(b.text())]
    assert not missing, f"{lang}: {missing}"
    assert shared_letters(window) == {}, lang
    assert window.select_officer("demo")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.passwordEdit.setFocus()
    qtbot.keyClicks(window.ui.passwordEdit, "demo")
    key = letter(window.ui.loginButton.text())
    with qtbot.waitSignal(window.signed_in, timeout=20_000) as signed:
        qtbot.keyClick(window.ui.passwordEdit, key, Qt.KeyboardModifier.AltModifier)
    ctx.session = signed.args[0]  # closed by the fixture
