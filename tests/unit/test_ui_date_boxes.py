"""Every date box of both apps is a `gui.common.date_box.DateBox`, which Tab leaves (Qt's
`QDateEdit` steps through day, month and year on Tab): no `ui/**/*.ui` file has a plain
`QDateEdit` (or date-time or time edit), and no module of `gui/` makes one. The keys themselves
are walked on the screens by `tests/gui/*/test_date_boxes.py`."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "src" / "bpu_enroll" / "gui"
PLAIN = {"QDateEdit", "QDateTimeEdit", "QTimeEdit"}


def test_every_date_box_of_a_layout_is_a_date_box() -> None:
    found = {}
    for ui in sorted((ROOT / "ui").rglob("*.ui")):
        tree = ET.parse(ui)
        plain = [w.get("name") for w in tree.iter("widget") if w.get("class") in PLAIN]
        boxes = [w.get("name") for w in tree.iter("widget") if w.get("class") == "DateBox"]
        assert plain == [], f"{ui.relative_to(ROOT)}: promote {plain} to DateBox"
        if boxes:
            headers = {c.findtext("class"): c.findtext("header") for c in tree.iter("customwidget")}
            assert headers["DateBox"] == "bpu_enroll.gui.common.date_box", ui.name
            found[ui.relative_to(ROOT / "ui").as_posix()] = boxes
    assert found == {
        "officer/registrations_page.ui": ["dateFromEdit", "dateToEdit"],
        "officer/tally_page.ui": ["dateEdit"],
        "workspace/reconcile_page.ui": ["dateEdit"],
        "workspace/tally_page.ui": ["fromEdit", "toEdit"],
    }


def test_no_module_makes_a_plain_date_edit() -> None:
    made = re.compile(r"\b(?:QDateEdit|QDateTimeEdit|QTimeEdit)\(")
    found = [
        path.relative_to(GUI).as_posix()
        for path in sorted(GUI.rglob("*.py"))
        if path.name != "date_box.py" and made.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
