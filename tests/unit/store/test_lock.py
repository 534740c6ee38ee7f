"""The data directory's locks: the store lock and the keyring's short lock."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.store.lock import KEYRING_LOCK_FILE, acquire_lock, keyring_lock

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="uses fcntl to probe the lock")


def _free(path: Path) -> bool:
    """True when nobody holds an exclusive flock on `path` (probed without waiting)."""
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


def test_store_lock_is_exclusive_until_released(data_dir: Path) -> None:
    held = acquire_lock(data_dir)
    with pytest.raises(BpuError) as refused:
        acquire_lock(data_dir)
    assert refused.value.code == "STORE_LOCKED"
    held.release()
    held.release()  # twice is harmless
    acquire_lock(data_dir).release()


@posix_only
def test_keyring_lock_is_held_only_inside_the_block(data_dir: Path) -> None:
    path = data_dir / KEYRING_LOCK_FILE
    with keyring_lock(data_dir):
        assert not _free(path)
    assert _free(path)
    with pytest.raises(RuntimeError), keyring_lock(data_dir):
        raise RuntimeError("boom")
    assert _free(path)
