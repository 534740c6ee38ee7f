"""The generated forms and the translations are in step with their sources; the layouts let Tab
leave every table."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
_SCRIPTS = ROOT / "scripts"


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


def test_a_translation_compiled_again_replaces_the_file_a_running_app_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make translations` while the app (or a test run) is running: lrelease wrote the new
    `.qm` into the old file, which the running app has mapped into memory (QTranslator), and
    the truncation killed it with a bus error at its next translated text (a GUI test run here
    died so). The new `.qm` is a new file put in its place; the open one keeps its bytes."""
    spec = importlib.util.spec_from_file_location(
        "build_translations", _SCRIPTS / "build_translations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    monkeypatch.setattr(script, "TS_DIR", tmp_path)
    assert script.release() == 0
    qm = tmp_path / "bpu_enroll_id.qm"
    with qm.open("rb") as held:  # as the running app holds it
        before = held.read()
        later = os.stat(tmp_path / "bpu_enroll_id.ts").st_mtime + 10
        os.utime(tmp_path / "bpu_enroll_id.ts", (later, later))
        assert script.release() == 0
        assert os.fstat(held.fileno()).st_ino != qm.stat().st_ino  # a new file at the name
        held.seek(0)
        assert held.read() == before and os.fstat(held.fileno()).st_size == len(before)
    assert qm.read_bytes() == before  # the same translations, compiled again
    assert sorted(p.name for p in tmp_path.glob(".*")) == []  # nothing left beside it


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
