"""What every GUI test needs, officer's app and workspace alike: compiled translations, and the
widgets of a test destroyed when it ends.

pytest-qt closes the widgets a test registered and calls `deleteLater()` on them, but a deferred
delete only happens when an event loop runs: with none between two tests, a window lived on into
later tests (a test of the workspace's screen fit found ten), took every app-wide font, style
sheet and language change of those tests (its tally page's headers asked again for their texts
in another test's `apply_look`) and was destroyed in the middle of whichever later test next ran
an event loop. `_destroy_closed_widgets` runs an event loop for a moment at the end of each
test, so those deferred deletes happen there. (Forcing every posted delete at once with
`sendPostedEvents(None, DeferredDelete)` corrupted the heap in the workspace's shell tests: an
event loop deletes only what its level allows, as a later test's wait did.)

A test's app context ended the same way: its language switcher's translator stayed installed
until the garbage collector happened to destroy it, and the language change Qt posts then made
a page of a later test reload in the middle of that test (the officer's tally page, busy, then
ignored Ctrl+P). The contexts' fixtures release their translator, and the end of each test
collects what is left and delivers the language changes it posted.

Every test starts from the apps' normal look, applied once, and the app-wide look (text size,
style sheet, default locale) is given back after each test as it was before, whichever fixture
or test changed it, so no test's look depends on the tests before it.

The officer's app fixtures are in `officer/conftest.py`, the workspace's in `workspace/conftest.py`.
"""

from __future__ import annotations

import functools
import gc
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.style import apply_look

ROOT = Path(__file__).resolve().parents[2]

# A wait for a condition or a signal ends as soon as it holds; its bound only says when to give
# up. pytest-qt's 5 s was short for work on a worker thread (a sync through the real server, a
# PDF, a store opened) on a busy shared machine, so a wait that names no bound has this one.
WAIT_MS = 30_000


def _bounded(wait: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(wait)
    def waiting(self: QtBot, *args: Any, timeout: int | None = WAIT_MS, **kwargs: Any) -> Any:
        return wait(self, *args, timeout=timeout, **kwargs)

    return waiting


for _name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback"):
    setattr(QtBot, _name, _bounded(getattr(QtBot, _name)))


@pytest.fixture
def app_look() -> Iterator[None]:
    """The app's font and style sheet restored after the test (they are app-wide)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = QFont(app.font()), app.styleSheet()
    yield
    app.setFont(font)
    app.setStyleSheet(sheet)


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The `.qm` files are build products: make sure they exist for the language tests."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


@pytest.fixture(scope="session", autouse=True)
def _the_apps_look(qapp: QApplication) -> None:
    """The look the apps apply at start-up (normal text, default theme), once: every test
    starts from it and is given it back after (`_look_restored`). Before, the tests that ran
    before the first to change the text size had no style sheet at all, the tests after it
    the normal look, so a measurement depended on the test's place in the run."""
    apply_look(qapp, high_contrast=False, large_font=False)


@pytest.fixture(autouse=True)
def _destroy_closed_widgets(qapp: QApplication) -> Iterator[None]:
    """After the test and its fixtures (pytest-qt closed its widgets and asked for their deletion),
    destroy them now, between tests, instead of during a later test (see the module text); and
    give the app back the look it had before the test (`_look_restored`)."""
    app = QApplication.instance()
    look = _look(app) if isinstance(app, QApplication) else None
    yield
    gc.collect()  # a test's context ends here, not at a random later moment (see the module text)
    if isinstance(app, QApplication) and look is not None:
        _look_restored(app, look)
    if app is not None:
        loop = QEventLoop()  # deferred deletes happen in an event loop, as in a later test's wait
        QTimer.singleShot(0, loop.quit)
        loop.exec()
        app.sendPostedEvents(None, QEvent.Type.LanguageChange)
        _release_held_modifiers()


_Look = tuple[QFont, str, QLocale]


def _look(app: QApplication) -> _Look:
    """The app-wide look a test may change: font (text size), style sheet, default locale."""
    return QFont(app.font()), app.styleSheet(), QLocale()


def _look_restored(app: QApplication, look: _Look) -> None:
    """The look of before the test, whatever the test left. A test that switched to larger text
    (`apply_look`) without the `app_look` fixture left it to every later test: the officer's
    Sync page was then measured in larger text or not depending on which tests ran first. The
    language a context chose set the default locale for the whole process too."""
    font, sheet, locale = look
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    if app.font() != font:
        app.setFont(font)
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    if QLocale() != locale:
        QLocale.setDefault(locale)
    assert _look(app) == look


def _release_held_modifiers() -> None:
    """A test's key chord (`Ctrl+C`, `Alt+2`) sends the key with its modifier but never the
    modifier's own release, so Qt went on believing Ctrl was held: in every later test
    `selectRow` toggled instead of choosing (a list test found nothing chosen after the audit
    page's Ctrl+C test). A release of the modifier keys, sent to a widget never shown, tells Qt
    none is held."""
    if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    target = QWidget()
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(target, key)
    target.deleteLater()
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
