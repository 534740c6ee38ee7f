"""Tab follows the layout in every `ui/**/*.ui` file: of the widgets that sit side by side in one
layout (a row of buttons, a row of filters, a column of fields), the `<tabstops>` list each
before the next as they stand, left to right and top to bottom (a grid by row, then column).

A static check of the layouts, beside `tests/gui/test_tab_order.py`, which walks Tab round the
dialogs on the screen: this one covers the pages too (the tally pages listed Print before Save,
shown left of it; the lock screen Unlock before Sign out).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

UI_DIR = Path(__file__).resolve().parents[2] / "ui"
UI_FILES = sorted(UI_DIR.rglob("*.ui"))
# (file, layout) whose Tab order differs from the screen on purpose, and why.
APART = {
    # "Download again" stands beside Export but acts on the export chosen in the list below it:
    # Tab reaches it after that list.
    ("workspace/transfer_page.ui", "exportButtonLayout"),
}


def _placed(layout: ET.Element) -> list[tuple[tuple[int, int], str]]:
    """The widgets directly in `layout`, each with its place (row, column; or its index)."""
    placed = []
    for index, item in enumerate(layout.findall("item")):
        widget = item.find("widget")
        if widget is None:
            continue
        if layout.get("class") == "QGridLayout":
            place = (int(item.get("row", "0")), int(item.get("column", "0")))
        else:
            place = (index, 0)
        placed.append((place, widget.get("name", "")))
    return placed


def _out_of_order(ui_file: Path) -> list[str]:
    root = ET.parse(ui_file).getroot()
    stops = [stop.text for stop in root.iter("tabstop")]
    if not stops:
        return []
    wrong = []
    for layout in root.iter("layout"):
        if (ui_file.relative_to(UI_DIR).as_posix(), layout.get("name")) in APART:
            continue
        shown = [name for _place, name in sorted(_placed(layout)) if name in stops]
        tabbed = sorted(shown, key=stops.index)
        if shown != tabbed:
            wrong.append(f"{layout.get('name')}: shown {shown}, Tab goes {tabbed}")
    return wrong


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: str(p.relative_to(UI_DIR)))
def test_tab_goes_through_each_layout_in_the_order_shown(ui_file: Path) -> None:
    assert _out_of_order(ui_file) == []


def test_every_layout_file_is_checked() -> None:
    """The check reads the layouts where they are (a moved folder would leave nothing to check)."""
    assert len(UI_FILES) >= 25
    assert sum(1 for f in UI_FILES if ET.parse(f).getroot().find("tabstops") is not None) >= 15
