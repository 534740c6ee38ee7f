"""Language switch at runtime, the look options, and the first-run screen."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.app import AppController
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.common.style import HIGH_CONTRAST_THEME, LARGE_POINT_SIZE
from bpu_enroll.gui.first_run import FirstRunWindow
from bpu_enroll.gui.officer.login import LoginWindow
from bpu_enroll.gui.officer.main_window import MainWindow
from tests.gui.contrast import ENHANCED, contrast, drawn_row

from .conftest import WORKER, register


def test_login_window_switches_language_at_runtime(qtbot: QtBot, ctx: AppContext) -> None:
    window = LoginWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ui.officerCombo.count() > 0)
    assert window.ui.loginButton.text() == "&Masuk"
    window.ui.languageCombo.setCurrentIndex(window.ui.languageCombo.findData("en"))
    qtbot.waitUntil(lambda: window.ui.loginButton.text() == "&Sign in")  # LanguageChange is posted
    assert ctx.lang == "en"
    assert ctx.settings.get(Options.language) == "en"


def test_main_window_and_field_messages_follow_the_language(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    page = main_window.registration_page
    page.ui.nikEdit.setText("3201019913900003")
    assert page.feedback.shown()["nik"][0].message == message("NIK_DATE", "id")
    assert main_window.ui.navList.item(0).text() == "Pendaftaran baru"
    main_window.ui.actionLanguageEn.trigger()
    qtbot.waitUntil(lambda: main_window.ui.navList.item(0).text() == "New registration")
    assert page.ui.finaliseButton.text() == "&Finalise (Ctrl+S)"
    assert page.feedback.shown()["nik"][0].message == message("NIK_DATE", "en")
    assert main_window._status_labels["officer"].text() == "Officer: Petugas Demo"
    main_window.ui.actionLanguageId.trigger()
    qtbot.waitUntil(lambda: page.ui.finaliseButton.text() == "&Finalkan (Ctrl+S)")


def test_the_registration_buttons_name_their_shortcuts(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Each of the form's three keyboard commands is written on its button, in both languages
    (the KTP photo's Ctrl+K was only in its tooltip, which a keyboard user never sees)."""
    page = main_window.registration_page
    buttons = {"Ctrl+S": page.ui.finaliseButton, "Ctrl+N": page.ui.newButton}
    buttons["Ctrl+K"] = page.ui.ktpButton
    for action, finalise in (
        (main_window.ui.actionLanguageEn, "&Finalise (Ctrl+S)"),
        (main_window.ui.actionLanguageId, "&Finalkan (Ctrl+S)"),
    ):
        action.trigger()
        qtbot.waitUntil(lambda want=finalise: page.ui.finaliseButton.text() == want)
        for keys, button in buttons.items():
            assert button.text().endswith(f"({keys})"), button.text()
    assert page.ui.ktpButton.text() == "Foto KTP… (Ctrl+K)"


def test_high_contrast_and_larger_text(qtbot: QtBot, main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    main_window.ui.actionHighContrast.trigger()
    main_window.ui.actionLargeFont.trigger()
    assert "#ffff00" in app.styleSheet()
    assert app.font().pointSize() == LARGE_POINT_SIZE
    chart = main_window.tally_page.ui.chart
    chart.ensurePolished()
    assert chart.barColor.name() == "#000000"  # the tally chart follows the theme too
    settings = main_window.ctx.settings
    assert settings.get(Options.high_contrast) and settings.get(Options.large_font)
    main_window.ui.actionHighContrast.trigger()
    main_window.ui.actionLargeFont.trigger()
    assert "#ffff00" not in app.styleSheet()
    chart.ensurePolished()
    assert chart.barColor.name() == "#0b6e4f"


def test_first_run_offers_the_demo_profile(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    ctx.data_dir = tmp_path / "empty-profile"
    ctx.data_dir.mkdir()
    controller = AppController(ctx)
    with qtbot.waitSignal(controller.window_changed, timeout=20_000):
        controller.start()  # the sign-in window first, until the folder is found empty
    qtbot.waitUntil(lambda: isinstance(controller.window, FirstRunWindow))
    first = controller.window
    assert isinstance(first, FirstRunWindow)
    qtbot.addWidget(first)
    first.ui.enrolButton.click()  # the branch enrolment hook explains itself
    assert first.ui.messageLabel.text() != ""
    with qtbot.waitSignal(controller.window_changed, timeout=30_000):
        first.ui.demoButton.click()
    login = controller.window
    assert isinstance(login, LoginWindow)
    qtbot.addWidget(login)
    qtbot.waitUntil(lambda: login.ui.officerCombo.count() == 2)


def test_qt_standard_buttons_and_dialogs_speak_the_app_language(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

    def texts() -> tuple[str, str, str, str]:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Save
        )
        qtbot.addWidget(box)
        message = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
        qtbot.addWidget(message)
        yes = message.button(QMessageBox.StandardButton.Yes)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        save = box.button(QDialogButtonBox.StandardButton.Save)
        assert yes is not None and cancel is not None and save is not None
        files = QFileDialog()
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        name = files.findChild(QLabel, "fileNameLabel")
        assert name is not None
        return cancel.text(), save.text(), yes.text(), name.text()

    ctx.languages.set_language("id")
    assert texts() == ("Batal", "Simpan", "&Ya", "&Nama berkas:")
    ctx.languages.set_language("en")
    assert texts() == ("Cancel", "Save", "&Yes", "File &name:")


@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "larger-text"])
def test_the_first_run_window_shows_every_line_of_its_texts(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, large: bool
) -> None:
    """The first-run window opens at its designed 560 px wide; in Indonesian its explanations
    took one line more than its height left them, and their last lines were not drawn. It now
    grows to its texts, also after a switch of language."""
    from bpu_enroll.gui.common.style import apply_look
    from tests.gui.fit import wrapped_label_cut

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large)
    try:
        ctx.data_dir = tmp_path / "empty-profile"
        ctx.data_dir.mkdir()
        controller = AppController(ctx)
        controller.start()
        qtbot.waitUntil(lambda: isinstance(controller.window, FirstRunWindow), timeout=20_000)
        first = controller.window
        assert isinstance(first, FirstRunWindow)
        qtbot.addWidget(first)
        qtbot.waitExposed(first)
        for lang in ("id", "en", "id"):
            ctx.languages.set_language(lang)

            def cuts() -> list[str]:
                labels = first.findChildren(QLabel)
                return [cut for label in labels if (cut := wrapped_label_cut(label))]

            # The texts change, then the window's layout is asked again, as events: on a loaded
            # machine that takes more than a fixed 50 ms, so wait for it (5 s at most).
            with contextlib.suppress(qtbot.TimeoutError):
                qtbot.waitUntil(lambda: cuts() == [], timeout=5_000)
            assert cuts() == [], lang
            assert first.height() <= first.screen().availableGeometry().height()
    finally:
        apply_look(app, high_contrast=False, large_font=False)


def test_the_page_list_widens_when_its_own_text_grows(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """Larger text reaches the page list after the window heard of it (Qt tells widgets of a
    new application font and style sheet in no set order): the list widens then too. It kept
    its width and read "Daftar pendaft…" in larger text on the screen."""
    from PySide6.QtGui import QFont

    nav = main_window.ui.navList
    font = QFont(nav.font())
    font.setPointSize(LARGE_POINT_SIZE + 4)
    nav.setFont(font)  # as the style sheet's repolish does, after the window's FontChange
    qtbot.waitUntil(lambda: nav.viewport().width() >= nav.sizeHintForColumn(0))


def test_the_focused_primary_button_stands_out(qtbot: QtBot, main_window: MainWindow) -> None:
    """Tab onto Finalise, Sync now or Print shows where the keyboard is, in both themes: the
    focus frame was drawn in the button's own green (black in high contrast), so a focused
    primary button looked like any other and the officer pressed Space blind."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from bpu_enroll.gui.common.style import apply_look

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    button = main_window.registration_page.ui.finaliseButton
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    try:
        for high_contrast in (False, True):
            apply_look(app, high_contrast=high_contrast, large_font=False)
            button.setFocus()
            qtbot.waitUntil(button.hasFocus)
            image = button.grab().toImage()
            middle = image.height() // 2
            ring = QColor(image.pixel(2, middle))  # inside the frame's width
            face = QColor(image.pixel(8, middle))  # the button's face, left of the text
            difference = sum(
                abs(a - b) for a, b in zip(ring.getRgb()[:3], face.getRgb()[:3], strict=True)
            )
            assert difference > 150, (high_contrast, ring.name(), face.name())
    finally:
        apply_look(app, high_contrast=False, large_font=False)


@pytest.mark.usefixtures("app_look")
def test_a_selected_registration_in_high_contrast_stands_out(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The Registrations list's selected row was Qt's blue with white text (about 3.6:1) in high
    contrast: it is drawn at 7:1 or more now, yellow on black, with the table focused or not."""
    register(qtbot, main_window.ctx, WORKER)
    main_window.ui.actionHighContrast.trigger()
    main_window.show_page(1)
    listing = main_window.registrations_page
    qtbot.waitUntil(lambda: listing.detail is not None)
    view = listing.ui.registrationsView
    rows = view.selectionModel().selectedRows()
    assert len(rows) == 1
    for focused in (view, listing.ui.searchEdit):
        focused.setFocus()
        QApplication.processEvents()
        background, text = drawn_row(view, rows[0])
        assert background == QColor(HIGH_CONTRAST_THEME.selection), background.name()
        assert contrast(background, text) >= ENHANCED, (background.name(), text.name())
    main_window.ui.actionHighContrast.trigger()
