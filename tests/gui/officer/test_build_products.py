"""The generated forms and the translations are in step with their sources."""

from __future__ import annotations

import subprocess
import sys
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
