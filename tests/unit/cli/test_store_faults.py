"""Refusals that come from the store rather than the form: a wrong password, a store held by
another process, a full disk. Each is a code, exit 1, no traceback, and nothing stored harmed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bpu_enroll.services.profile import demo_init
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.store.keys import FAST_KDF
from tests.unit.cli.helpers import register_args, registration, run_cli, stored_receipts, write_json

StoredProfile = tuple[Path, list[tuple[str, str]]]

# A child process that logs in, keeps the store open and says so, until its stdin closes.
_HOLDER = """
import sys
from bpu_enroll.services.session import unlock
session = unlock(sys.argv[1], "demo", "demo")
print("ready", flush=True)
sys.stdin.read()
session.close()
"""


def test_a_wrong_password(stored_profile: StoredProfile, tmp_path: Path) -> None:
    data_dir, before = stored_profile
    file = write_json(tmp_path / "one.json", registration(1))

    result = run_cli(*register_args(file, data_dir), password="salah")

    assert result.code == 1
    assert result.error_code() == "AUTH_FAILED"
    assert stored_receipts(data_dir) == before


def test_an_unknown_officer(stored_profile: StoredProfile, tmp_path: Path) -> None:
    data_dir, before = stored_profile
    file = write_json(tmp_path / "one.json", registration(1))

    result = run_cli("register", file, "--data-dir", data_dir, "--officer", "nobody", "--json")

    assert result.error_code() == "AUTH_FAILED"
    assert stored_receipts(data_dir) == before


def test_five_wrong_passwords_lock_the_account(profile_dir: Path, tmp_path: Path) -> None:
    file = write_json(tmp_path / "one.json", registration(1))
    codes = [
        run_cli(*register_args(file, profile_dir), password=f"salah{i}").error_code()
        for i in range(5)
    ]

    right = run_cli(*register_args(file, profile_dir), password="demo")

    assert codes == ["AUTH_FAILED"] * 4 + ["ACCOUNT_LOCKED"]
    assert right.code == 1
    assert right.error_code() == "ACCOUNT_LOCKED"


@pytest.mark.parametrize("command", ["register", "validate"])
def test_a_store_held_by_another_process(
    command: str, stored_profile: StoredProfile, tmp_path: Path
) -> None:
    data_dir, before = stored_profile
    file = write_json(tmp_path / "one.json", registration(1))
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        result = run_cli(command, file, "--data-dir", data_dir, "--officer", "demo", "--json")
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)

    assert result.code == 1
    assert result.error_code() == "STORE_LOCKED"
    assert holder.returncode == 0
    assert stored_receipts(data_dir) == before


# --- a full disk: a real, tiny tmpfs -----------------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs mounted for this test (needs root on Linux; skipped otherwise)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _profile_on(disk: Path) -> tuple[Path, list[tuple[str, str]]]:
    data_dir = disk / "profile"
    demo_init(data_dir, kdf=FAST_KDF)
    with unlock(data_dir, "demo", "demo") as session:
        RegistrationService(session).finalise(registration(901))
    return data_dir, stored_receipts(data_dir)


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk so that only `leave` bytes stay free; the filler file."""
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    filler = disk / "filler"
    with filler.open("wb") as handle:
        handle.write(b"\0" * (free - leave))
    stats = os.statvfs(disk)
    assert stats.f_bavail * stats.f_frsize <= leave
    return filler


def test_a_full_disk_while_writing_the_store(tiny_disk: Path, tmp_path: Path) -> None:
    # 64 KiB free: the keyring (one small file) and SQLite's shared-memory file fit, the
    # write-ahead log of the new record does not, so SQLite itself reports SQLITE_FULL.
    data_dir, before = _profile_on(tiny_disk)
    filler = _fill(tiny_disk, leave=64 * 1024)
    file = write_json(tmp_path / "one.json", registration(1))

    result = run_cli(*register_args(file, data_dir))

    assert result.code == 1
    assert result.error_code() == "DISK_FULL"
    filler.unlink()
    assert stored_receipts(data_dir) == before
    again = run_cli(*register_args(file, data_dir))  # with room again, the same form goes in
    assert again.code == 0, again.stdout


def test_a_disk_with_no_room_at_all(tiny_disk: Path, tmp_path: Path) -> None:
    data_dir, before = _profile_on(tiny_disk)
    filler = _fill(tiny_disk, leave=0)
    file = write_json(tmp_path / "one.json", registration(1))

    result = run_cli(*register_args(file, data_dir))

    assert result.code == 1
    assert result.error_code() == "DISK_FULL"
    filler.unlink()
    assert stored_receipts(data_dir) == before


def test_a_disk_too_full_for_the_shared_memory_file_is_not_a_wrong_password(
    tiny_disk: Path, tmp_path: Path
) -> None:
    data_dir, before = _profile_on(tiny_disk)
    filler = _fill(tiny_disk, leave=16 * 1024)  # room for the keyring, not for the 32 KiB -shm
    file = write_json(tmp_path / "one.json", registration(1))

    result = run_cli(*register_args(file, data_dir))

    filler.unlink()
    assert stored_receipts(data_dir) == before
    assert result.code == 1
    assert result.error_code() == "DISK_FULL"


def test_a_disk_that_fills_in_the_middle_of_a_list(tiny_disk: Path, tmp_path: Path) -> None:
    data_dir, before = _profile_on(tiny_disk)
    filler = _fill(tiny_disk, leave=256 * 1024)
    file = write_json(tmp_path / "many.json", [registration(s) for s in range(1, 41)])

    result = run_cli(*register_args(file, data_dir))

    assert result.code == 1
    document = result.json()
    filler.unlink()
    after = stored_receipts(data_dir)
    assert set(before) <= set(after)  # nothing stored before was harmed
    new = sorted(number for number, _hash in set(after) - set(before))
    assert 0 < len(new) < 40, "the disk should fill part-way through the list"
    assert isinstance(document, list) and len(document) == 40
    reported = [item["receipt_number"] for item in document if "receipt_number" in item]
    assert sorted(reported) == new  # the output lists exactly what was stored
    stored = len(new)
    assert all("receipt_number" in item for item in document[:stored])
    assert [e["code"] for e in document[stored]["errors"]] == ["DISK_FULL"]
    assert all(
        [e["code"] for e in item["errors"]] == ["NOT_PROCESSED"] for item in document[stored + 1 :]
    )
    assert all(e["message"].strip() for item in document[stored:] for e in item["errors"])
