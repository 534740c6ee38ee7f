"""`keep_frame_on_screen`: a framed window is brought inside the screen's usable area.

The offscreen platform draws no frames, so the window manager's frame is played by a stand-in
window with a title bar of 30 px (what a desktop adds round a window).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect

from bpu_enroll.gui.common.screen import keep_frame_on_screen

TITLE = 30
AREA = QRect(0, 0, 1366, 728)  # a 1366×768 screen less its taskbar


class _Screen:
    def availableGeometry(self) -> QRect:
        return QRect(AREA)


class _FramedWindow:
    """A window of inside size w×h whose frame adds a title bar above it."""

    def __init__(self, x: int, y: int, w: int, h: int) -> None:
        self.x, self.y, self.w, self.h = x, y, w, h

    def screen(self) -> _Screen:
        return _Screen()

    def frameGeometry(self) -> QRect:
        return QRect(self.x, self.y, self.w, self.h + TITLE)

    def width(self) -> int:
        return self.w

    def height(self) -> int:
        return self.h

    def resize(self, w: int, h: int) -> None:
        self.w, self.h = w, h

    def move(self, x: int, y: int) -> None:
        self.x, self.y = x, y


def _fit(window: Any) -> None:
    keep_frame_on_screen(window)


def test_a_window_as_high_as_the_area_loses_its_title_bars_height_and_stays_inside() -> None:
    """The officer's window, sized 1280×728 inside before it had a frame: with its title bar
    the bottom 30 px (the status bar) were under the taskbar."""
    window = _FramedWindow(43, 0, 1280, 728)
    _fit(window)
    assert (window.w, window.h) == (1280, 728 - TITLE)
    assert AREA.contains(window.frameGeometry())


def test_a_window_that_fits_is_left_where_it_is() -> None:
    window = _FramedWindow(200, 100, 560, 480)
    _fit(window)
    assert (window.x, window.y, window.w, window.h) == (200, 100, 560, 480)


def test_a_window_placed_past_the_bottom_is_moved_up_whole() -> None:
    """The first-run window, placed by the window manager with its bottom under the taskbar."""
    window = _FramedWindow(0, 300, 560, 505)
    _fit(window)
    assert (window.w, window.h) == (560, 505)
    assert AREA.contains(window.frameGeometry())
