"""`bpu-enroll demo-init`: a ready profile once, then a refusal with a code (or nothing with
`--if-missing`)."""

from __future__ import annotations

from pathlib import Path

from bpu_enroll.services.session import unlock
from tests.unit.cli.helpers import run_cli, stored_receipts


def test_demo_init_makes_a_profile_demo_can_open_and_refuses_a_second_one(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"

    made = run_cli("demo-init", "--data-dir", data_dir, "--json", password=None)
    assert made.code == 0, made.stderr
    assert made.json() == {
        "data_dir": str(data_dir),
        "created": True,
        "branch_code": "DEMO",
        "device_code": "D0001",
        "officers": ["demo", "spv"],
    }
    with unlock(data_dir, "demo", "demo") as session:
        assert session.officer.role == "officer"
        assert session.profile.branch_code == "DEMO"
    assert stored_receipts(data_dir) == []
    keyring_before = (data_dir / "keyring.json").read_bytes()

    again = run_cli("demo-init", "--data-dir", data_dir, "--json", password=None)
    assert again.code == 1
    assert again.error_code() == "PROFILE_EXISTS"

    kept = run_cli("demo-init", "--data-dir", data_dir, "--if-missing", "--json", password=None)
    assert kept.code == 0, kept.stderr
    assert kept.json()["created"] is False
    # Neither the refusal nor --if-missing touched the existing profile.
    assert (data_dir / "keyring.json").read_bytes() == keyring_before


def test_demo_init_takes_the_data_dir_from_the_environment(profile_dir: Path) -> None:
    result = run_cli("demo-init", "--json", password=None, data_dir_env=profile_dir)

    assert result.code == 1
    assert result.error_code() == "PROFILE_EXISTS"


def test_profile_exists_refusal_has_a_readable_message(profile_dir: Path) -> None:
    result = run_cli("demo-init", "--data-dir", profile_dir, "--json", password=None)

    assert result.error_code() == "PROFILE_EXISTS"
    assert result.json()["error"]["message"] != "PROFILE_EXISTS"


def test_no_laptop_profile_is_made_in_a_branch_workstations_folder(tmp_path: Path) -> None:
    """A workstation's folder (`workstation-setup`) gets no laptop profile beside it, as no
    workstation is set up in a laptop's folder: the app opens the workstation there and never
    showed the profile that `demo-init` made, nor the one `enroll` made with the branch's
    one-time code. Both are `PROFILE_EXISTS` now, `enroll` before the branch is asked (nothing
    listens at its address here: it was `NETWORK`)."""
    from bpu_enroll.services.workstation import Workstation, save_workstation

    folder = tmp_path / "workstation"
    save_workstation(folder, Workstation("http://127.0.0.1:9", None, "3201", "Bogor", "32"))
    before = sorted(p.name for p in folder.iterdir())

    refused = run_cli("demo-init", "--data-dir", folder, "--json", password=None)
    assert (refused.code, refused.error_code()) == (1, "PROFILE_EXISTS")
    kept = run_cli("demo-init", "--data-dir", folder, "--if-missing", "--json", password=None)
    assert (kept.code, kept.json()["created"]) == (0, False)
    enroll = ("enroll", "--data-dir", folder, "--server", "http://127.0.0.1:9", "--code", "A-B")
    enrolled = run_cli(*enroll, "--json", password=None)
    assert (enrolled.code, enrolled.error_code()) == (1, "PROFILE_EXISTS")
    assert sorted(p.name for p in folder.iterdir()) == before
