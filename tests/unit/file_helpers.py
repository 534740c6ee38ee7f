"""Files that grow after their size was looked at, for the bounded reads' tests; what a private
write flushes, and a disk that fills, for the private writes' tests."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest


def grown_past(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int) -> Path:
    """A PDF-looking file one byte past `limit` whose size looked at by name (`Path.stat`) is
    still that of the 4 bytes it held: as if it grew after its size was checked."""
    grown = tmp_path / "grown.pdf"
    grown.write_bytes(b"%PDF" + b"x" * (limit - 3))
    small = tmp_path / "small.pdf"
    small.write_bytes(b"%PDF")
    was_small, real_stat = small.stat(), Path.stat
    monkeypatch.setattr(
        Path, "stat", lambda self, **kw: was_small if self == grown else real_stat(self, **kw)
    )
    return grown


def opened_size_says(monkeypatch: pytest.MonkeyPatch, path: Path, size: int) -> None:
    """`os.fstat` of `path`, once opened, says `size` bytes whatever it holds: as if the file
    grew after its size was looked at. Other files are told as they are."""
    real_fstat, target = os.fstat, path.stat().st_ino

    def fstat(fd: int) -> os.stat_result:
        real = real_fstat(fd)
        if real.st_ino != target:
            return real
        fields = list(real)
        fields[6] = size  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(os, "fstat", fstat)


def flushes_seen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, every `os.fsync` ("file" or "folder") and `os.link` ("link"), in order, each
    then done for real: what a private write flushed, and when."""
    seen: list[str] = []
    real_fsync, real_link = os.fsync, os.link

    def fsync(fd: int) -> None:
        seen.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    def link(source: str | Path, target: str | Path) -> None:
        seen.append("link")
        real_link(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "link", link)
    return seen


def disk_fills(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, flushing a file fails as on a full disk (after its bytes were written)."""

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)


def without_hard_links(
    monkeypatch: pytest.MonkeyPatch, before: Callable[[Path], None] | None = None
) -> None:
    """From now on `os.link` fails as on a FAT or exFAT USB stick: `FileExistsError` when the
    name is taken (the kernel looks at the name first), else `PermissionError` (EPERM).
    `before(target)` runs first: what another program does at that moment."""

    def link(_source: str | Path, target: str | Path) -> None:
        if before is not None:
            before(Path(target))
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "File exists", str(target))
        raise PermissionError(errno.EPERM, "Operation not permitted", str(target))

    monkeypatch.setattr(os, "link", link)
