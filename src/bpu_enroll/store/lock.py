"""An exclusive process lock on a data directory, so only one running copy opens a store.

A lock file is held with `fcntl.flock` on POSIX and `msvcrt.locking` on Windows. The operating
system drops the lock when the process dies, so a crash never leaves a stale lock behind. The
file's contents (the holder's process id) are for people, not for the locking.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from bpu_enroll.domain.errors import BpuError

LOCK_FILE = "store.lock"
KEYRING_LOCK_FILE = "keyring.lock"


class StoreLock:
    """The held lock on one data directory; `release()` gives it back."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        """True until released."""
        return self._fd is not None

    def release(self) -> None:
        """Unlock and close the lock file (safe to call twice)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            _unlock(fd)
        os.close(fd)


def acquire_lock(data_dir: Path) -> StoreLock:
    """Take the data directory's lock without waiting; `STORE_LOCKED` when another copy has it."""
    path = Path(data_dir) / LOCK_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
    except OSError as exc:
        os.close(fd)
        raise BpuError("STORE_LOCKED") from exc
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    return StoreLock(path, fd)


@contextlib.contextmanager
def keyring_lock(data_dir: Path) -> Iterator[None]:
    """Hold the keyring's short lock for one read-modify-write of `keyring.json` (waits for it).

    Login attempts from a second copy and a sync in the running copy both update the keyring;
    this keeps one from overwriting the other's change. Never nest it.
    """
    path = Path(data_dir) / KEYRING_LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock_wait(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _lock_wait(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # retries for about 10 seconds

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _lock_wait(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
