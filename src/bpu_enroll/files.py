"""Reading a file someone chose, and writing a private one, with the same care everywhere.

`read_bounded` reads a file picked by a user (a batch on a USB stick, a receipt PDF, a laptop
tally) at most one byte past its limit: the opened file's size is looked at first, and the read
stops one byte past the limit, so a file that grows meanwhile, or one without a size (a pipe, a
device), cannot pass either. `write_private_file` writes a file readable by its owner only
(0600), whole or not at all, and on the disk before it is said to be written.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class FileTooLarge(Exception):
    """The chosen file holds more than its reader takes; refused with `FILE_TOO_LARGE`."""

    code = "FILE_TOO_LARGE"

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(f"{path}: the file is larger than {limit} bytes")
        self.path = Path(path)
        self.limit = limit
        self.message = f"the file is larger than {limit} bytes"


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of `path`, refused with `FileTooLarge` beyond `limit` before it is read whole.

    `OSError` from opening or reading comes out as it is."""
    with Path(path).open("rb") as handle:
        if os.fstat(handle.fileno()).st_size > limit:
            raise FileTooLarge(path, limit)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(path, limit)
    return data


def write_private_file(path: Path, data: bytes, *, replace: bool = True) -> None:
    """Write `data` to `path` atomically, created 0600: a temporary file beside it, flushed to
    the disk, renamed over it, and the folder flushed so the rename survives a power cut too.

    With `replace=False` a file already at `path` is kept (`FileExistsError`): the temporary
    file is linked into place instead of renamed over it (a branch's master key is never
    overwritten). The folder must exist; `OSError` comes out with no temporary file left
    behind."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".bpu-", suffix=".tmp", dir=path.parent)  # 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp_name, path)
        else:
            os.link(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if not replace:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
    flush_folder(path.parent)  # the rename itself survives a power cut


def flush_folder(folder: Path) -> None:
    """Flush a folder to the disk, so a rename or link just made in it survives a power cut;
    best effort (some file systems cannot open or flush a folder)."""
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
