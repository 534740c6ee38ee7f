"""`sync`, `export-batch` and `enroll` on a laptop never enrolled at a branch (the demo profile):
each refusal keeps its code and exit status, says its message in the user's language (Indonesian
unless `--lang en`) on stderr and in the JSON, and nothing is written."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from bpu_enroll.domain.errors import message
from tests.unit.cli.helpers import run_cli


def _dead_url() -> str:
    """A loopback URL where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "Perintah salah: tidak ada --server dan laptop ini belum terdaftar di kantor cabang",
        ),
        ("en", "Wrong usage: no --server and no enrolled branch"),
    ],
)
def test_sync_without_a_branch_is_a_usage_error(profile_dir: Path, lang: str, said: str) -> None:
    result = run_cli(
        "sync", "--data-dir", profile_dir, "--officer", "demo", "--json", "--lang", lang
    )

    assert result.code == 2
    assert result.error_code() == "USAGE"
    assert result.json()["error"]["message"] == said
    assert result.stderr == f"USAGE: {said}\n"


def test_a_missing_officer_or_password_is_said_in_indonesian(profile_dir: Path) -> None:
    no_officer = run_cli("attention", "--data-dir", profile_dir, "--json")
    no_password = run_cli(
        "attention", "--data-dir", profile_dir, "--officer", "demo", "--json", password=None
    )

    assert (no_officer.code, no_officer.error_code()) == (2, "USAGE")
    assert no_officer.json()["error"]["message"] == "Perintah salah: --officer wajib diberikan"
    assert (no_password.code, no_password.error_code()) == (2, "USAGE")
    assert no_password.json()["error"]["message"] == (
        "Perintah salah: BPU_ENROLL_PASSWORD tidak diisi dan tidak ada terminal untuk menanyakannya"
    )


def test_sync_to_an_unreachable_branch_reports_what_is_pending(profile_dir: Path) -> None:
    dead = _dead_url()
    args = ("sync", "--data-dir", profile_dir, "--officer", "demo", "--server", dead, "--json")

    result = run_cli(*args)

    assert result.code == 1
    document = result.json()
    assert (document["sent"], document["pending"]) == (0, 0)
    said = message("NETWORK", "id", reason="ConnectError")
    assert document["error"] == {"code": "NETWORK", "message": said}
    assert result.stderr.startswith(f"NETWORK: {said}\n"), result.stderr
    english = run_cli(*args, "--lang", "en").json()["error"]
    assert english == {
        "code": "NETWORK",
        "message": message("NETWORK", "en", reason="ConnectError"),
    }


def test_enrol_at_an_unreachable_branch_is_network_in_the_users_language(tmp_path: Path) -> None:
    args = ("enroll", "--data-dir", tmp_path / "new", "--server", _dead_url(), "--code", "A-B-C")

    result = run_cli(*args, "--json")

    assert result.code == 1
    said = message("NETWORK", "id", reason="ConnectError")
    assert result.json() == {"error": {"code": "NETWORK", "message": said}}
    assert result.stderr == f"NETWORK: {said}\n"


def test_export_batch_without_a_branch_key_is_refused(profile_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "batch.bpu"
    args = ("export-batch", "--data-dir", profile_dir, "--officer", "demo", "--out", out)

    result = run_cli(*args, "--json")

    assert result.code == 1
    assert result.error_code() == "NOT_ENROLLED"
    assert result.json()["error"]["message"] == message("NOT_ENROLLED", "id")
    assert result.stderr == f"NOT_ENROLLED: {message('NOT_ENROLLED', 'id')}\n"
    assert not out.exists()
    english = run_cli(*args, "--json", "--lang", "en")
    assert english.json()["error"]["message"] == message("NOT_ENROLLED", "en")
