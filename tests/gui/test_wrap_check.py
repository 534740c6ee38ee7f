"""`WrapCheckBox`: its text wraps in a narrow column, and it is still a check box to the user.

It asks for its longest word at the least (a `QCheckBox` asks for its whole text on one line),
grows a line when narrow, toggles by a click on its wrapped text and by Space, keeps its mnemonic,
and its `text()` is the text as written.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.wrap_check import WrapCheckBox

TEXT = "Iuran dibayar pemerintah (APBN/APBD) untuk &pekerja ini"


def test_a_wrap_check_box_wraps_in_a_narrow_column_and_still_toggles(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    box = WrapCheckBox(holder)
    box.setText(TEXT)
    layout.addWidget(box)
    plain = QCheckBox(TEXT)
    assert box.minimumSizeHint().width() < plain.sizeHint().width() // 2
    one_line = box.heightForWidth(plain.sizeHint().width())
    narrow = box.minimumSizeHint().width() + 40
    assert box.heightForWidth(narrow) > one_line  # more lines, more height
    holder.resize(narrow + 2 * layout.contentsMargins().left(), 200)
    holder.show()
    qtbot.waitExposed(holder)
    qtbot.waitUntil(lambda: box.height() >= box.heightForWidth(box.width()))
    assert box.text() == TEXT

    QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, box.height() - 3))
    assert box.isChecked()  # a click on its last line
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert box.shortcut().toString() == "Alt+P"  # its mnemonic, as a QCheckBox's
