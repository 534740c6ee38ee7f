"""The app's look is each test's own: a test that switched to larger text, or to English, and
did not switch back leaves no trace in the next test (`tests/gui/conftest.py` gives the look of
before the test back). Some officer-page tests left larger text behind, and the Sync page was
measured in larger text or not depending on which tests ran before it.

The two tests run in this order (pytest keeps a module's order): the first leaves the look
changed, the second finds it as the first found it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from bpu_enroll.gui.common.i18n import LanguageSwitcher
from bpu_enroll.gui.common.style import LARGE_POINT_SIZE, apply_look

_BEFORE: list[tuple[int, str, str, str]] = []


def _seen() -> tuple[int, str, str, str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    said = QCoreApplication.translate("SyncPage", "Sync now")
    return app.font().pointSize(), app.styleSheet(), QLocale().name(), said


def test_a_test_leaves_larger_text_and_another_language_behind(qapp: QApplication) -> None:
    _BEFORE.append(_seen())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=True, large_font=True)
    languages = LanguageSwitcher()  # never released, as a context a test forgot
    assert languages.set_language("en" if _BEFORE[0][2].startswith("id") else "id")
    assert app.font().pointSize() == LARGE_POINT_SIZE
    assert _seen() != _BEFORE[0]


def test_the_next_test_has_the_look_of_before(qapp: QApplication) -> None:
    assert _BEFORE, "runs after the test above"
    assert _seen() == _BEFORE[0]
