"""The `bpu-enroll` entry point starts logging before a headless command runs, and the command's
stdout stays exactly one JSON document."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bpu_enroll.logs import LOG_DIR_ENV, LOG_FILE_NAME


def _run(log_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env[LOG_DIR_ENV] = str(log_dir)
    return subprocess.run(
        [sys.executable, "-m", "bpu_enroll", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_headless_command_logs_to_the_log_folder_and_prints_one_document(
    tmp_path: Path,
) -> None:
    log_dir = tmp_path / "logs"

    result = _run(log_dir, "quote", "--income", "1500000", "--json")

    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)  # refuses anything after the one document
    assert document["total"] > 0
    log_file = log_dir / LOG_FILE_NAME
    assert log_file.is_file()
    assert "bpu-enroll" in log_file.read_text(encoding="utf-8")
    assert "quote" in log_file.read_text(encoding="utf-8")


def test_a_refusal_still_prints_one_document_with_logging_on(tmp_path: Path) -> None:
    log_dir = tmp_path / "logs"

    result = _run(log_dir, "quote", "--income", "abc", "--json")

    assert result.returncode == 1
    assert json.loads(result.stdout)["error"]["code"] == "INCOME_INVALID"
    assert (log_dir / LOG_FILE_NAME).is_file()


def test_an_unwritable_log_folder_does_not_break_the_command(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")

    result = _run(blocker / "logs", "quote", "--income", "1500000", "--json")

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] > 0


def test_an_uncaught_error_after_start_up_leaves_a_crash_report(tmp_path: Path) -> None:
    log_dir = tmp_path / "logs"
    script = (
        "from bpu_enroll.launcher import main\n"
        "main(['quote', '--income', '1500000', '--json'])\n"
        "raise RuntimeError('boom 3201011508900001')\n"
    )
    env = dict(os.environ)
    env[LOG_DIR_ENV] = str(log_dir)

    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 1
    json.loads(result.stdout)  # the command's document, and nothing from the crash
    reports = sorted(log_dir.glob("crash-*.txt"))
    assert len(reports) == 1
    assert str(reports[0]) in result.stderr
    assert "Traceback" not in result.stderr
    assert "3201011508900001" not in reports[0].read_text(encoding="utf-8") + result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((), "NO_DISPLAY: Tidak ada layar untuk aplikasi desktop"),
        (("gui", "--lang", "en"), "NO_DISPLAY: There is no screen for the desktop app"),
    ],
)
def test_the_app_without_a_screen_says_so_instead_of_aborting(
    tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in _SCREEN_VARIABLES}
    env[LOG_DIR_ENV] = str(tmp_path / "logs")

    result = subprocess.run(
        [sys.executable, "-m", "bpu_enroll", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stdout == ""
    assert result.stderr.startswith(said) and "bpu-enroll --help" in result.stderr
    assert "xcb" not in result.stderr


_SCREEN_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
