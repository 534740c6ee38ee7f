"""`pdf_pages.write_file` (a receipt or a tally PDF saved by the officer or the branch staff):
0600, whole or not at all, and on the disk when it is said to be saved."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.gui.common.pdf_pages import write_file


def test_a_saved_pdf_is_flushed_to_the_disk_before_and_after_its_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was renamed into place without fsync: a power cut soon after could leave an empty
    file where the officer was told the PDF was saved."""
    target = tmp_path / "rekap-harian.pdf"
    synced: list[tuple[str, bool]] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        kind = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        synced.append((kind, target.exists()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    assert write_file(target, b"%PDF-1.7 rekap") == target
    assert synced == [("file", False), ("folder", True)]
    assert target.read_bytes() == b"%PDF-1.7 rekap"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_full_disk_while_flushing_is_said_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "tanda-terima.pdf"

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(BpuError) as refused:
        write_file(target, b"%PDF-1.7")
    assert refused.value.code == "DISK_FULL"
    assert list(tmp_path.iterdir()) == []
