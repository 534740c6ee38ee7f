"""Help → About shows the version from pyproject.toml and opens the log folder."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.about_dialog import AboutDialog
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.main_window import MainWindow
from bpu_enroll.logs import default_log_dir

ROOT = Path(__file__).resolve().parents[3]


def test_about_shows_the_project_version_and_where_things_are(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    main_window.ui.actionAbout.trigger()
    dialog = main_window.about_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.ui.detailsLabel.text()
    assert version in dialog.ui.titleLabel.text()
    assert str(main_window.ctx.data_dir) in text
    assert str(default_log_dir()) in text
    assert "DEMO" in text or "D0001" in text  # the branch and device line
    shipped = json.loads((ROOT / "resources/data/contribution_rules.json").read_text())
    occupations = json.loads((ROOT / "resources/data/occupations.json").read_text())
    assert shipped["version"] in text and occupations["version"] in text  # the versions in use
    dialog.ui.closeButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_opens_the_log_folder(qtbot: QtBot, ctx: AppContext) -> None:
    opened: list[Path] = []
    dialog = AboutDialog(ctx, opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.ui.openLogsButton.click()
    assert opened == [default_log_dir()]


def test_enter_closes_about_and_opens_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    """Close has the focus when About opens, so Enter closes it; the first button, Open log
    folder, had the focus (and with it Enter), and opened a file manager."""
    opened: list[Path] = []
    dialog = AboutDialog(ctx, opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.ui.closeButton
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert opened == []


@pytest.mark.parametrize("action", ["actionOptions", "actionAbout"])
def test_esc_gives_the_keyboard_back_to_the_form(
    qtbot: QtBot, main_window: MainWindow, action: str
) -> None:
    """Options and About closed with Esc left no window active where the window system does
    not hand the keyboard back itself (the offscreen platform, a bare X server): the keys
    typed next went nowhere. The control that had the keyboard before has it again."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    nik = main_window.registration_page.ui.nikEdit
    qtbot.waitUntil(nik.hasFocus)
    getattr(main_window.ui, action).trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is not None and dialog.isAncestorOf(focused)
    QTest.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    qtbot.waitUntil(nik.hasFocus)
    QTest.keyClicks(QApplication.focusWidget(), "3201")
    assert nik.text() == "3201"
