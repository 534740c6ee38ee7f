"""Windows that fit the screen they open on: the 1366×768 laptops most officers and branches have.

`SMALLEST_SCREEN` is what every window and dialog must fit: a 1366×768 screen less a 40-px
taskbar. `fit_to_screen` sizes a top-level window to its preferred size or to the available
area of its screen, whichever is smaller, so a window never puts its status bar or its buttons
below the edge (the officer's window is designed at 1280×820, the branch workspace at 1366×728;
both are fitted when they open). `scrolled(page)` puts a page that can be taller than the room
left (larger text on a 768-px screen) in a scroll area that scrolls up and down only, so the page
reflows to the window's width and never holds the window taller than the screen; the area is
not a Tab stop of its own. The GUI tests
check the rule with `tests/gui/fit.py`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

SMALLEST_SCREEN = QSize(1366, 728)
FRAME_SETTLE_MS = 150  # after show(): the window manager has put its frame round the window


def available_size(widget: QWidget) -> QSize:
    """The area of the widget's screen that windows may use (the taskbar left out)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return SMALLEST_SCREEN
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, preferred: QSize | None = None) -> None:
    """Resize `widget` to `preferred` (default: its current size) bounded by its screen."""
    wanted = preferred or widget.size()
    room = available_size(widget)
    widget.resize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))


def keep_frame_on_screen(window: QWidget) -> None:
    """Once the window manager has framed `window`: smaller by what its frame (the title bar)
    passes the screen's usable area, and moved inside it. `fit_to_screen` sizes the window's
    inside to the whole area before it has a frame, so the title bar pushed the bottom of a
    full-height window under the taskbar: the officer's status bar (records waiting, last sync)
    and the receipt dialog's buttons. Called shortly after the window is shown."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area, frame = screen.availableGeometry(), window.frameGeometry()
    over_w = max(0, frame.width() - area.width())
    over_h = max(0, frame.height() - area.height())
    if over_w or over_h:
        window.resize(window.width() - over_w, window.height() - over_h)
    width, height = frame.width() - over_w, frame.height() - over_h
    x = min(max(frame.x(), area.x()), area.x() + area.width() - width)
    y = min(max(frame.y(), area.y()), area.y() + area.height() - height)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def grow_to_text(window: QWidget) -> None:
    """Make a window taller (up to its screen) when its word-wrapped texts need more lines at
    its width than its height leaves them: Qt does not do that for a window itself, so the
    last lines of a paragraph were cut (the first-run window in Indonesian, or in larger text).
    `keep_text_whole` calls it whenever the window's layout changes."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    window.ensurePolished()
    layout.activate()
    need = window.heightForWidth(window.width())
    if need > window.height():
        fit_to_screen(window, QSize(window.width(), need))


class _PageHolder(QWidget):
    """What a scroll area holds: the page, asking for its smallest height at a width.

    With `widgetResizable`, Qt's scroll area gives a widget whose layout has a height for width
    (any word-wrapped label with text, a status line) the *preferred* height at that width, even
    when the room is smaller and the page would fit at its smallest: the page then scrolls and
    whatever sits at its bottom is out of sight. The holder answers the page's minimum instead,
    so the page takes the room there is and scrolls only when it cannot fit at all.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)

    def heightForWidth(self, width: int) -> int:
        """The page's smallest height at `width` (-1 when its height does not depend on it)."""
        inner = self.page.layout()
        if inner is None or not inner.hasHeightForWidth():
            return -1
        return inner.minimumHeightForWidth(width)


def scrolled(page: QWidget) -> QScrollArea:
    """`page` in a frameless scroll area that scrolls vertically only (see the module text)."""
    area = QScrollArea()
    area.setObjectName(f"{page.objectName() or 'page'}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a Tab stop: it would take the keyboard between the page list and the page's first
    # control and show nothing. It still scrolls the control that gets the focus into sight.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(_PageHolder(page))
    return area


class _TextKeeper(QObject):
    """Grows its window when a change of text, language or text size needs more height."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and isinstance(watched, QWidget):
            grow_to_text(watched)
        return False


def keep_text_whole(window: QWidget) -> None:
    """`grow_to_text(window)` now and after every change of its layout (a longer message, the
    other language, larger text). The window only grows; the user may make it smaller."""
    grow_to_text(window)
    keeper = _TextKeeper(window)
    window.installEventFilter(keeper)
