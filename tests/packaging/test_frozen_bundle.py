"""The frozen app in `dist/bpu-enroll/` (built by `make package`); skipped when there is none."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "bpu-enroll"
# On Windows the desktop app has no console; its console twin runs the headless commands.
EXECUTABLE = BUNDLE / ("bpu-enroll-cli.exe" if sys.platform == "win32" else "bpu-enroll")

pytestmark = pytest.mark.skipif(
    not EXECUTABLE.is_file(),
    reason=f"no frozen bundle at {EXECUTABLE.relative_to(ROOT)} (build it with `make package`)",
)


def run_frozen(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the frozen app headless, away from the developer's own profile and logs."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPU_ENROLL_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    return subprocess.run(
        [str(EXECUTABLE), *args], env=env, capture_output=True, text=True, timeout=240, check=False
    )


def test_self_test_passes(tmp_path: Path) -> None:
    result = run_frozen("self-test", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert [c["check"] for c in report["checks"]] == [
        "demo profile",
        "register sample",
        "render receipt",
        "verify receipt QR",
    ]


def test_version_is_the_one_in_pyproject(tmp_path: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    result = run_frozen("--version", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"bpu-enroll {version}"


def test_reference_data_is_inside_the_bundle(tmp_path: Path) -> None:
    result = run_frozen("quote", "--income", "2500000", "--jht", "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    quote = json.loads(result.stdout)
    assert quote["months"][0]["total"] > 0
    occupations = run_frozen("occupations", "--json", tmp_path=tmp_path)
    assert occupations.returncode == 0, occupations.stderr[-3000:]
    assert len(json.loads(occupations.stdout)["occupations"]) > 10
