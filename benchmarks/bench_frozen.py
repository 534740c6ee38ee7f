"""The frozen app's start-up against the same start-up from the source tree, in the same run.

Two rows, each the median wall time of several cold process starts, the frozen app and the
source tree taking turns so that machine noise hits both alike:

- to a headless `--version` (process start, imports, exit): `dist/bpu-enroll/bpu-enroll` against
  `python -m bpu_enroll` from the source tree;
- to the sign-in window: the app started with `gui --data-dir DEMO` on a private Xvfb screen,
  timed until its window is mapped (polled with `xwininfo`), against the same command from the
  source tree. The demo profile is made once, with the source tree.

The source-tree figure is the limit (the frozen bundle should cost little on top of it); the
target is ≤ 2×. Without a bundle (`make package` builds it), or without Xvfb and xwininfo for
the window row, the row says "not measured" with the reason in `unit` and `met` False.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from shutil import which
from typing import Any

from tests.integration.lifetime import die_with_parent

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "bpu-enroll"
FROZEN = BUNDLE / ("bpu-enroll.exe" if sys.platform == "win32" else "bpu-enroll")
FROZEN_CLI = BUNDLE / ("bpu-enroll-cli.exe" if sys.platform == "win32" else "bpu-enroll")
SOURCE = [sys.executable, "-m", "bpu_enroll"]
TARGET = 2.0
VERSION_REPEAT = 7
WINDOW_REPEAT = 5
WINDOW_TITLE = "BPU Enroll"
WINDOW_TIMEOUT = 60.0

VERSION_ROW = "frozen start-up to --version (vs source tree)"
WINDOW_ROW = "frozen start-up to the sign-in window (vs source tree)"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPU_ENROLL_")}
    env["PYTHONPATH"] = str(ROOT / "src")
    env.update(extra)
    return env


def _row(name: str, value: float, limit: float, unit: str) -> dict[str, Any]:
    ratio = value / limit
    return {
        "name": name,
        "value": round(value, 1),
        "unit": unit,
        "limit": round(limit, 1),
        "ratio": round(ratio, 2),
        "target": f"≤ {TARGET:g}×",
        "met": ratio <= TARGET,
    }


def _not_measured(name: str, reason: str) -> dict[str, Any]:
    return {
        "name": name,
        "value": None,
        "unit": f"not measured: {reason}",
        "limit": None,
        "ratio": None,
        "target": f"≤ {TARGET:g}×",
        "met": False,
    }


def _interleaved(runs: list[Callable[[], float]], repeat: int) -> list[float]:
    """Median of each measurement, taking turns; one warm-up each (disk cache)."""
    for run in runs:
        run()
    samples: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for index, run in enumerate(runs):
            samples[index].append(run())
    return [statistics.median(s) for s in samples]


def _time_command(cmd: list[str], env: dict[str, str]) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        result = subprocess.run(cmd, env=env, capture_output=True, timeout=120, check=False)
        elapsed = (time.perf_counter() - started) * 1000
        if result.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed: {result.stderr[-500:]!r}")
        return elapsed

    return run


def measure_version() -> dict[str, Any]:
    """Row 1: a headless `--version`, frozen vs source."""
    if not FROZEN_CLI.is_file():
        return _not_measured(VERSION_ROW, "no bundle in dist/bpu-enroll (make package)")
    env = _env(QT_QPA_PLATFORM="offscreen")
    frozen, source = _interleaved(
        [
            _time_command([str(FROZEN_CLI), "--version"], env),
            _time_command([*SOURCE, "--version"], env),
        ],
        VERSION_REPEAT,
    )
    return _row(VERSION_ROW, frozen, source, f"ms, median of {VERSION_REPEAT} starts")


@contextmanager
def _virtual_screen() -> Iterator[str]:
    """A private Xvfb server; yields its DISPLAY."""
    read_fd, write_fd = os.pipe()
    # -noreset: by default Xvfb resets when its last client leaves (each timed app, each
    # xwininfo), and a client connecting during the reset fails ("could not connect to display").
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=die_with_parent(),  # noqa: PLW1509 — safe: see tests/integration/lifetime.py
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def _window_shown(display: str) -> bool:
    out = subprocess.run(
        ["xwininfo", "-display", display, "-root", "-tree"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return any(f'"{WINDOW_TITLE}' in line and "1x1+" not in line for line in out.splitlines())


def _time_window(cmd: list[str], env: dict[str, str], display: str) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        with tempfile.TemporaryFile() as errors:
            app = subprocess.Popen(
                cmd,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=errors,
                preexec_fn=die_with_parent(),  # noqa: PLW1509 — safe: see tests/integration/lifetime.py
            )
            try:
                while not _window_shown(display):
                    if app.poll() is not None:
                        errors.seek(0)
                        said = errors.read()[-1000:].decode("utf-8", "replace").strip()
                        raise RuntimeError(f"{cmd[0]} exited with {app.returncode}: {said}")
                    if time.perf_counter() - started > WINDOW_TIMEOUT:
                        raise RuntimeError("no sign-in window")
                    time.sleep(0.01)
                return (time.perf_counter() - started) * 1000
            finally:
                app.terminate()
                app.wait(timeout=30)

    return run


def measure_window() -> dict[str, Any]:
    """Row 2: the sign-in window on a virtual screen, frozen vs source."""
    if not FROZEN.is_file():
        return _not_measured(WINDOW_ROW, "no bundle in dist/bpu-enroll (make package)")
    if not sys.platform.startswith("linux"):
        return _not_measured(WINDOW_ROW, "needs Xvfb (Linux)")
    missing = [tool for tool in ("Xvfb", "xwininfo") if which(tool) is None]
    if missing:
        return _not_measured(
            WINDOW_ROW,
            f"missing {', '.join(missing)} (scripts/install-system-deps.sh --screenshots)",
        )
    with tempfile.TemporaryDirectory(prefix="bpu-bench-frozen-") as tmp:
        data_dir = Path(tmp) / "profile"
        subprocess.run(
            [*SOURCE, "demo-init", "--data-dir", str(data_dir)],
            env=_env(),
            capture_output=True,
            check=True,
            timeout=120,
        )
        with _virtual_screen() as display:
            env = _env(
                DISPLAY=display, QT_QPA_PLATFORM="xcb", BPU_ENROLL_LOG_DIR=str(Path(tmp) / "logs")
            )
            args = ["gui", "--data-dir", str(data_dir)]
            frozen, source = _interleaved(
                [
                    _time_window([str(FROZEN), *args], env, display),
                    _time_window([*SOURCE, *args], env, display),
                ],
                WINDOW_REPEAT,
            )
    return _row(WINDOW_ROW, frozen, source, f"ms, median of {WINDOW_REPEAT} starts")


def measure() -> list[dict[str, Any]]:
    """Both rows (see the module text)."""
    return [measure_version(), measure_window()]


if __name__ == "__main__":
    for found in measure():
        print(found)
