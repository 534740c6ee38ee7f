"""A test run killed from outside (SIGKILL, a CI timeout, Ctrl-C twice) leaves nothing running.

A Python process stands in for the run: it starts what the suite starts (the PostgreSQL
server of `pg.py`; a `bpu-branch serve` with its worker), says what it started on stdout and
waits. It is then killed with SIGKILL, so no fixture teardown, `finally` or `atexit` runs: the
server, the supervisor and its worker must end all the same, and PostgreSQL's folder go.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.integration.helpers import make_branch
from tests.integration.pg import find_bin_dir
from tests.integration.processes import alive

ROOT = Path(__file__).resolve().parents[2]
GONE_WITHIN = 15.0

STARTS_POSTGRES = """
import json
from tests.integration.pg import start_postgres
server = start_postgres()
pid = int((server.data_dir / "postmaster.pid").read_text().split()[0])
print(json.dumps({"pids": [pid], "folder": str(server.data_dir.parent)}), flush=True)
input()
"""

STARTS_SERVE = """
import json, sys
from pathlib import Path
from tests.integration.processes import ServeProcess
serve = ServeProcess(sys.argv[1], Path(sys.argv[2]), workers=1).start()
print(json.dumps({"pids": [serve.pid, *serve.children()]}), flush=True)
input()
"""


def run_and_kill(script: str, *args: str) -> dict[str, Any]:
    """Run `script` as the stand-in for a test run, read what it started, SIGKILL it."""
    run = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert run.stdout is not None
        line = run.stdout.readline()
        # alive while the run is: checked before the kill, after it they may already be ended
        started: dict[str, Any] = json.loads(line) if line else {}
        running = bool(started.get("pids")) and all(alive(pid) for pid in started["pids"])
    finally:
        run.kill()
        _, err = run.communicate(timeout=30)
    assert line, err.decode(errors="replace")
    assert running, f"not running before the kill: {started}"
    return started


def gone(started: dict[str, Any]) -> bool:
    """Whether every process the run started has ended (and its folder, if any, is removed)."""
    folder = started.get("folder")
    if folder and Path(folder).exists():
        return False
    return not any(alive(pid) for pid in started["pids"])


def wait_gone(started: dict[str, Any]) -> None:
    """Bounded: fails when anything is left after `GONE_WITHIN` seconds, and then ends it."""
    deadline = time.monotonic() + GONE_WITHIN
    try:
        while not gone(started):
            assert time.monotonic() < deadline, f"still there after the run was killed: {started}"
            time.sleep(0.05)
    finally:  # what the old code left behind, so that a failure leaks nothing either
        for pid in started["pids"]:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        if started.get("folder"):
            shutil.rmtree(started["folder"], ignore_errors=True)


@pytest.mark.postgres
def test_postgres_stops_and_its_folder_goes_when_the_run_is_killed() -> None:
    if find_bin_dir() is None:
        pytest.skip("PostgreSQL is not installed (make test installs it)")
    wait_gone(run_and_kill(STARTS_POSTGRES))


@pytest.mark.slow
def test_serve_and_its_worker_stop_when_the_run_is_killed(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    wait_gone(run_and_kill(STARTS_SERVE, url, str(tmp_path / "serve.log")))
