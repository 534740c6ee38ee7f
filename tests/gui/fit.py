"""The screen-fit check both apps' GUI tests use: a window at 1366×728 shows everything whole.

`fit_problems(window)` resizes a top-level window to the smallest supported screen
(`SMALLEST_SCREEN`, 1366×768 less a taskbar) and lists what a user would not see:

- the window cannot shrink to that size (its minimum size is larger);
- a visible widget lies outside the window (not counting what sits inside a scroll area, which
  the user scrolls to; the scroll area itself must fit);
- a scroll area whose content is wider than its viewport (its horizontal range above 0, whether
  or not its bar shows): a page, a list (its items cut) or a wrapping text box that scrolls
  sideways; a table or tree may, by design (see `_sideways`);
- a label or button whose single-line text is wider than the room it has (cut or elided; an
  `ElidedLabel` is cut with … on purpose, its tooltip whole);
- a word-wrapped label given less height than its lines need at its width (its last lines cut).

`assert_fits(window)` fails with that list. Tests call it in normal and in larger text.
`wrapped_lines(label)` gives the lines a word-wrapped label draws, to see where it breaks.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.elided_label import ElidedLabel
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.wrap_check import WrapCheckBox


def _inside_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _sideways(widget: QWidget) -> int | None:
    """How far a scroll area's content reaches past its viewport on the right (None when it
    does not, or when it may by design).

    The horizontal bar's range, not whether the bar shows: a page in a scroll area whose bar
    is turned off still scrolls (the focus moving to a field off to the right drags it), its
    right side out of sight with no bar to say so. Tables and trees (`QAbstractItemView` other
    than a list) may scroll sideways by design, a row's columns read across, and a text box that
    does not wrap its lines (a log) too; the pages that must show a table's every column check
    that table themselves. A list's items, a form page and a wrapping text box may not.
    """
    if not isinstance(widget, QAbstractScrollArea):
        return None
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListView):
        return None
    if isinstance(widget, QPlainTextEdit) and (
        widget.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    ):
        return None
    if isinstance(widget, QTextEdit) and widget.lineWrapMode() == QTextEdit.LineWrapMode.NoWrap:
        return None
    reach = widget.horizontalScrollBar().maximum()
    return reach if reach > 0 else None


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'})"


def _shown(text: str) -> str:
    """The text as drawn: a mnemonic's `&` is not drawn, `&&` is one `&`."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_room(widget: QWidget) -> tuple[str, int, int] | None:
    """(text, width the text needs, width it has) for a single-line label or button."""
    if isinstance(widget, ElidedLabel):
        return None  # cut with … by design, whole in its tooltip
    if isinstance(widget, WrapCheckBox):
        return None  # its text wraps: checked as a wrapped label's (`wrapped_label_cut`)
    if isinstance(widget, QLabel):
        text = widget.text()
        rich = widget.textFormat() == Qt.TextFormat.RichText or (
            widget.textFormat() == Qt.TextFormat.AutoText and "<" in text
        )
        if not text or widget.wordWrap() or rich or not widget.pixmap().isNull():
            return None
        room = widget.contentsRect().width() - 2 * widget.margin()
        lines = _shown(text).split("\n")
        need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
        return text, need, room
    if isinstance(widget, QAbstractButton) and widget.text():
        text = _shown(widget.text())
        need = widget.fontMetrics().horizontalAdvance(text)
        hint = widget.sizeHint().width()
        have = widget.width()
        if isinstance(widget, (QCheckBox, QRadioButton)):
            return (text, hint, have) if hint > have else None
        # A push/tool button needs its size hint's width to show the text with its margins.
        return (text, need, have) if hint > have and need > have - 8 else None
    return None


def fit_problems(window: QWidget, size: QSize = SMALLEST_SCREEN) -> list[str]:
    """What a user of a `size` screen would miss in `window` (empty when it fits)."""
    window.resize(size)
    for _ in range(3):  # a layout that depends on a width (wrapped text) settles in a few passes
        QApplication.processEvents()
    problems: list[str] = []
    if window.width() > size.width() or window.height() > size.height():
        problems.append(
            f"{_name(window)} is {window.width()}×{window.height()}, larger than "
            f"{size.width()}×{size.height()} (minimum size {window.minimumSizeHint().toTuple()})"
        )
    frame = QRect(0, 0, window.width(), window.height())
    cut: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow():
            continue
        if (sideways := _sideways(widget)) is not None:
            problems.append(f"{_name(widget)} scrolls sideways: its content is {sideways} px wider")
        if not _inside_scroll_area(widget, window):
            top_left = widget.mapTo(window, widget.rect().topLeft())
            area = QRect(top_left, widget.size())
            if area.width() > 0 and area.height() > 0 and not frame.contains(area):
                problems.append(f"{_name(widget)} at {area.getRect()} lies outside the window")
                continue
        room = _text_room(widget)
        if room is not None and room[1] > room[2]:
            problems.append(f"{_name(widget)} text {room[0]!r} needs {room[1]} px, has {room[2]}")
        if wrapped_label_cut(widget):
            cut.append(widget)
    if cut:  # a text that just arrived (a page's data loaded) is laid out on a later pass
        QTest.qWait(100)
        problems += [text for widget in cut if (text := wrapped_label_cut(widget))]
    return problems


def wrapped_label_cut(widget: QWidget) -> str:
    """What is wrong when `widget` is a word-wrapped label (or a `WrapCheckBox`) with fewer
    pixels of height than its text needs at its width (the last lines are not drawn); empty
    otherwise."""
    wraps = isinstance(widget, WrapCheckBox) or (isinstance(widget, QLabel) and widget.wordWrap())
    if not wraps or not widget.text():  # type: ignore[attr-defined]
        return ""
    if not widget.isVisible() or widget.width() <= 0:
        return ""
    need = widget.heightForWidth(widget.width())
    if need <= widget.height():
        return ""
    return (
        f"{_name(widget)} shows {widget.height()} of the {need} px its text needs at "
        f"{widget.width()} px: {widget.text()[:60]!r}…"  # type: ignore[attr-defined]
    )


def assert_fits(window: QWidget, size: QSize = SMALLEST_SCREEN) -> None:
    """Fail with every problem `fit_problems` finds."""
    problems = fit_problems(window, size)
    assert not problems, "\n".join(problems)


def wrapped_lines(label: QLabel) -> list[str]:
    """The lines a word-wrapped label draws its plain text on at its present width."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    width = label.contentsRect().width() - 2 * label.margin()
    lines: list[str] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def broken_at_widths(label: QLabel, words: list[str], narrowest: int = 300) -> dict[int, list[str]]:
    """At each width from the label's own down to `narrowest` px (3 px steps), the `words` that
    no line the label draws holds whole, by width; empty when every one stays whole."""
    broken: dict[int, list[str]] = {}
    words = [word.replace("\u00a0", " ") for word in words]  # "Dokumen Petugas", typed or held
    for width in range(label.width(), narrowest - 1, -3):
        label.resize(width, label.height())
        lines = [as_written(line).replace("\u00a0", " ") for line in wrapped_lines(label)]
        cut = [word for word in words if not any(word in line for line in lines)]
        if cut:
            broken[width] = cut
    return broken
