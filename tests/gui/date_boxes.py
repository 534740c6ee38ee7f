"""The date box check both apps' GUI tests use: Tab and Shift+Tab leave a date box.

Qt's `QDateEdit` steps through day, month and year on Tab; every date box of both apps is a
`gui.common.date_box.DateBox`, which Tab leaves for the next control in the Tab order (Shift+Tab
for the previous one), from whichever of its sections has the cursor, while Left and Right still
move between the sections. `date_box_problems(window)` walks every date box the window shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QWidget

Section = QDateTimeEdit.Section
SECTIONS = (Section.DaySection, Section.MonthSection, Section.YearSection)


def _takes_tab(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.window() is window
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isVisible()
        and widget.isEnabled()
    )


def neighbour(widget: QWidget, *, forward: bool) -> QWidget:
    """The control Tab (`forward`) or Shift+Tab goes to from `widget`: the next (previous) one of
    its window's focus chain that takes Tab."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    other = step(widget)
    while other is not widget and not _takes_tab(other, widget.window()):
        other = step(other)
    return other


def _name(widget: QWidget | None) -> str:
    return widget.objectName() or type(widget).__name__ if widget is not None else "nothing"


def _focus_in(box: QDateEdit, section: QDateTimeEdit.Section) -> None:
    box.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.qWait(10)
    box.setCurrentSection(section)


def _arrows_problems(box: QDateEdit) -> list[str]:
    """Left and Right move between day, month and year (a few presses: the cursor goes by
    character)."""
    _focus_in(box, Section.DaySection)
    problems = []
    for key, want in ((Qt.Key.Key_Right, Section.MonthSection),
                      (Qt.Key.Key_Right, Section.YearSection),
                      (Qt.Key.Key_Left, Section.MonthSection)):  # fmt: skip
        for _ in range(4):
            QTest.keyClick(box, key)
            if box.currentSection() == want:
                break
        if box.currentSection() != want or QApplication.focusWidget() is not box:
            problems.append(f"{_name(box)}: {key.name} did not go to the {want.name}")
    return problems


def date_box_problems(window: QWidget) -> tuple[list[str], int]:
    """(What is wrong with the Tab and arrow keys in the date boxes `window` shows, how many
    date boxes it shows)."""
    boxes = [box for box in window.findChildren(QDateEdit) if _takes_tab(box, window)]
    problems: list[str] = []
    for box in boxes:
        for section in SECTIONS:
            for key, forward in ((Qt.Key.Key_Tab, True), (Qt.Key.Key_Backtab, False)):
                want = neighbour(box, forward=forward)
                _focus_in(box, section)
                QTest.keyClick(box, key)
                got = QApplication.focusWidget()
                if got is not want:
                    problems.append(
                        f"{_name(box)}: {key.name} in the {section.name} went to {_name(got)} "
                        f"(section {box.currentSection().name}), not {_name(want)}"
                    )
        problems += _arrows_problems(box)
    return problems, len(boxes)
