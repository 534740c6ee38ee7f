"""`sync` and `export-batch` on a laptop never enrolled at a branch (the demo profile): each
refusal keeps its code, message and exit status, and nothing is written."""

from __future__ import annotations

import socket
from pathlib import Path

from tests.unit.cli.helpers import run_cli


def _dead_url() -> str:
    """A loopback URL where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_sync_without_a_branch_is_a_usage_error(profile_dir: Path) -> None:
    result = run_cli("sync", "--data-dir", profile_dir, "--officer", "demo", "--json")

    assert result.code == 2
    assert result.error_code() == "USAGE"
    assert result.json()["error"]["message"] == "no --server and no enrolled branch"


def test_sync_to_an_unreachable_branch_reports_what_is_pending(profile_dir: Path) -> None:
    dead = _dead_url()
    args = ("sync", "--data-dir", profile_dir, "--officer", "demo", "--server", dead, "--json")

    result = run_cli(*args)

    assert result.code == 1
    document = result.json()
    assert (document["sent"], document["pending"]) == (0, 0)
    assert "unavailable" in document["error"]


def test_export_batch_without_a_branch_key_is_refused(profile_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "batch.bpu"
    args = ("export-batch", "--data-dir", profile_dir, "--officer", "demo", "--out", out)

    result = run_cli(*args, "--json")

    assert result.code == 1
    assert result.error_code() == "NOT_ENROLLED"
    assert result.json()["error"]["message"] == "this laptop has no branch key: enrol it first"
    assert not out.exists()
