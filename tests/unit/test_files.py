"""`files.read_bounded` and `files.write_private_file`: a chosen file is never read past its
limit, and a private file is written 0600, whole or not at all, and on the disk."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bpu_enroll.files import FileTooLarge, read_bounded, write_private_file


def test_a_file_at_the_limit_is_read_and_one_past_it_is_refused(tmp_path: Path) -> None:
    exact = tmp_path / "exact.bin"
    exact.write_bytes(b"x" * 64)
    assert read_bounded(exact, 64) == b"x" * 64
    over = tmp_path / "over.bin"
    over.write_bytes(b"x" * 65)
    with pytest.raises(FileTooLarge) as refused:
        read_bounded(over, 64)
    assert (refused.value.code, refused.value.limit, refused.value.path) == (
        "FILE_TOO_LARGE",
        64,
        over,
    )


def test_a_device_without_a_size_is_read_no_further_than_one_byte_past_the_limit() -> None:
    """/dev/zero says its size is 0 and never ends: the read stops, and refuses it."""
    with pytest.raises(FileTooLarge):
        read_bounded(Path("/dev/zero"), 4096)


def test_a_file_that_grows_after_it_was_opened_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size seen when the file was opened is small; what the read finds is not."""
    grown = tmp_path / "grown.bin"
    grown.write_bytes(b"x" * 65)
    small = (tmp_path / "small.bin").resolve()
    small.write_bytes(b"x")
    was_small, real_fstat = os.stat(small), os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: was_small if fd > 2 else real_fstat(fd))
    with pytest.raises(FileTooLarge):
        read_bounded(grown, 64)


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "nothing.bin", 64)


def test_a_private_file_is_written_0600_and_flushed_before_and_after_its_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rekap.pdf"
    target.write_bytes(b"old")
    synced: list[tuple[str, bytes | None]] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            synced.append(("folder", target.read_bytes()))
        else:
            synced.append(("file", target.read_bytes()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    write_private_file(target, b"new")
    assert synced == [("file", b"old"), ("folder", b"new")]  # the data, then the rename
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.pdf"]


def test_a_failed_private_write_leaves_what_was_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "rekap.pdf"
    target.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        write_private_file(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.pdf"]
