"""The widgets of one GUI test are destroyed when it ends, not during a later test (see the
module text of `tests/gui/conftest.py`). The two tests run in this order (no random order here).
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

_LEFT_BEHIND: list[QMainWindow] = []


def test_a_window_is_shown_and_left_to_pytest_qt(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _LEFT_BEHIND.append(window)


def test_the_window_of_the_test_before_is_already_destroyed() -> None:
    if not _LEFT_BEHIND:
        pytest.skip("runs after test_a_window_is_shown_and_left_to_pytest_qt")
    assert not shiboken6.isValid(_LEFT_BEHIND.pop())
