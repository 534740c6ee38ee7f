"""The generated forms and the translations are in step with their sources; the layouts let Tab
leave every table."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_generated_forms_are_up_to_date() -> None:
    result = _run("build_forms.py", "--check")
    assert result.returncode == 0, result.stderr


def test_translations_hold_every_string_and_indonesian_is_complete() -> None:
    result = _run("build_translations.py", "--check")
    assert result.returncode == 0, result.stderr


def test_tab_leaves_every_table_of_both_apps() -> None:
    """Tab goes on to the next widget (the arrows move within a table), in every layout."""
    kept: list[str] = []
    for ui_file in sorted((ROOT / "ui").glob("*.ui")):
        for widget in ET.parse(ui_file).iter("widget"):
            if widget.get("class") not in {"QTableView", "QTableWidget"}:
                continue
            setting = widget.find("property[@name='tabKeyNavigation']/bool")
            if setting is None or setting.text != "false":
                kept.append(f"{ui_file.name}: {widget.get('name')}")
    assert kept == []


def test_every_english_text_with_a_plural_marker_is_a_plural() -> None:
    """A text with "(s)" or "(es)" that lupdate did not record as a plural is shown as written
    ("Try again in 1 minute(s)."): it must go through `tr(text, "", n)` to get both forms."""
    root = ET.parse(ROOT / "resources" / "translations" / "bpu_enroll_en.ts").getroot()
    unmarked = [
        message.findtext("source")
        for message in root.iter("message")
        if message.get("numerus") != "yes"
        and any(mark in (message.findtext("source") or "") for mark in ("(s)", "(es)"))
    ]
    assert unmarked == []
