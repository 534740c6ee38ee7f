"""`bpu-enroll self-test`: a throw-away store, a sample registration, a receipt; exit 0."""

from __future__ import annotations

from pathlib import Path

from tests.unit.cli.helpers import run_cli


def test_self_test_passes_and_leaves_the_real_profile_alone(tmp_path: Path) -> None:
    own_profile = tmp_path / "own-profile"

    result = run_cli("self-test", "--json", password=None, data_dir_env=own_profile)

    assert result.code == 0, result.stderr
    document = result.json()
    assert document["ok"] is True
    checks = {check["check"]: check["ok"] for check in document["checks"]}
    assert checks == {
        "demo profile": True,
        "register sample": True,
        "render receipt": True,
        "verify receipt QR": True,
    }
    assert not own_profile.exists()
