"""Reading a file someone chose, and writing a private one, with the same care everywhere.

`read_bounded` reads a file picked by a user (a batch on a USB stick, a receipt PDF, a laptop
tally) at most one byte past its limit: the opened file's size is looked at first, and the read
stops one byte past the limit, so a file that grows meanwhile, or one without a size (a pipe, a
device), cannot pass either. `write_private_file` writes a file readable by its owner only
(0600), whole or not at all, and on the disk before it is said to be written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
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


@dataclass(frozen=True)
class WrittenFile:
    """What `write_private_file` wrote: where, how many bytes, and their SHA-256; what
    `remove_if_same` needs to remove that file and no other."""

    path: Path
    size: int
    sha256: bytes


def write_private_file(path: Path, data: bytes, *, replace: bool = True) -> WrittenFile:
    """Write `data` to `path` atomically, created 0600: a temporary file beside it, flushed to
    the disk, renamed over it, and the folder flushed so the rename survives a power cut too.

    With `replace=False` a file already at `path` is kept (`FileExistsError`): the temporary
    file is put in place only where no file is (`_put_new`; a branch's master key is never
    overwritten, nor a USB batch file someone else wrote), so a file that appears there at any
    moment before is kept too. The folder must exist; `OSError` comes out with no temporary
    file left behind.

    Returns what was written (`WrittenFile`), for `remove_if_same` to undo it."""
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
            _put_new(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if not replace:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
    flush_folder(path.parent)  # the rename itself survives a power cut
    return WrittenFile(path, len(data), hashlib.sha256(data).digest())


def _put_new(tmp_name: str, path: Path) -> None:
    """Put the written temporary file at `path` unless a file is there (`FileExistsError`),
    whatever appears meanwhile: linked into place (the temporary name is removed after).

    A file system without hard links (FAT and exFAT, most USB sticks) refuses the link with
    another error: there the name is claimed by an empty file created only if none is there
    (`O_EXCL`), and the temporary file renamed over that claim. A power cut between the two
    can leave that empty file under the name, never a part of the data."""
    try:
        os.link(tmp_name, path)
    except FileExistsError:
        raise
    except OSError:
        claim = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(claim)
        try:
            os.replace(tmp_name, path)
        except BaseException:
            remove_if_same(WrittenFile(path, 0, hashlib.sha256(b"").digest()))  # the claim
            raise


def remove_if_same(written: WrittenFile) -> None:
    """Remove the file `write_private_file` wrote if its name still holds those bytes (the
    same size and SHA-256), and flush its folder: a file put under the name since is kept.
    The bytes, not the inode: a file system may number a new file as the removed one, or a
    renamed one anew (FAT). Best effort (`OSError` is swallowed): what undoes a write that is
    no longer wanted.

    Looked at where nobody else writes: the file is first renamed aside to a private name
    (`_aside`), its bytes compared there, and only that name removed. Comparing at the name
    and then removing the name would remove a file put there between the two. One that is not
    ours is put back where no file is (`_put_new`); if the name was taken meanwhile, both are
    kept, the one set aside under its private name (`.<name>.<random>.undo`), as is one a
    power cut leaves there: the next export puts it back (`put_back_set_aside`)."""
    path = Path(written.path)
    aside = _aside(path)
    try:
        os.rename(path, aside)
    except OSError:
        return  # gone already: nothing of ours to remove
    try:
        data = read_bounded(aside, written.size)
        ours = hashlib.sha256(data).digest() == written.sha256
    except (OSError, FileTooLarge):
        ours = False
    if ours:
        with contextlib.suppress(OSError):
            os.unlink(aside)
    else:
        _put_back(aside, path)
    flush_folder(path.parent)


def _aside(path: Path) -> Path:
    """A private name beside `path` that nothing else uses, for `remove_if_same`."""
    return path.with_name(f".{path.name}.{secrets.token_hex(8)}.undo")


# A name `_aside` gives, the set-aside file's own name in group 1.
_ASIDE_NAME = re.compile(r"\.(.+)\.[0-9a-f]{16}\.undo")


def put_back_set_aside(folder: Path) -> list[Path]:
    """Put every file `remove_if_same` left set aside in `folder` back under its own name,
    where no file is (as `_put_back`); those whose name is taken stay hidden and are returned.

    A power cut or a killed process between setting a file aside and removing or putting it
    back leaves it under its private name: a file that was not ours would stay hidden under
    a dot-name. Whether it was ours cannot be known any more (its bytes were compared by the
    process that died), so it is put back either way and never written over anything: a part
    of ours put back is a batch of its own, and the export's usual rules then see it in the
    way. Best effort, as `remove_if_same`: a folder that cannot be listed returns nothing."""
    try:
        leftovers = sorted(
            (entry, found.group(1))
            for entry in Path(folder).iterdir()
            if (found := _ASIDE_NAME.fullmatch(entry.name))
        )
    except OSError:
        return []
    for aside, name in leftovers:
        _put_back(aside, aside.with_name(name))
    if leftovers:
        flush_folder(Path(folder))
    return [aside for aside, _name in leftovers if aside.exists() or aside.is_symlink()]


def _put_back(aside: Path, path: Path) -> None:
    """Put a file `remove_if_same` set aside and found not ours back at `path`, never over a
    file there now; where one is, it stays at `aside` (kept, not lost)."""
    with contextlib.suppress(OSError):
        if aside.is_dir() and not aside.is_symlink():
            os.rename(aside, path)  # a folder is never renamed over a file (ENOTDIR)
            return
        _put_new(str(aside), path)
        os.unlink(aside)  # linked back: the private name goes (after a rename it is gone)


def flush_folder(folder: Path) -> None:
    """Flush a folder to the disk, so a rename or link just made in it survives a power cut;
    best effort (some file systems cannot open or flush a folder)."""
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
