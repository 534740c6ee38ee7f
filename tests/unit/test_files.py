"""`files.read_bounded` and `files.write_private_file`: a chosen file is never read past its
limit, and a private file is written 0600, whole or not at all, and on the disk."""

from __future__ import annotations

import errno
import functools
import os
import shutil
import stat
from pathlib import Path

import pytest

from bpu_enroll import files
from bpu_enroll.files import FileTooLarge, read_bounded, remove_if_same, write_private_file
from tests.unit.file_helpers import disk_fills, flushes_seen, without_hard_links


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
    disk_fills(monkeypatch)
    with pytest.raises(OSError, match="No space"):
        write_private_file(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["rekap.pdf"]


def test_the_laptops_sync_files_are_written_as_private_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`laptop_store.write_atomic` (sync state, the branch's certificate, reference packages)
    is `write_private_file` in a folder it makes: 0600, and the folder flushed after the rename
    too, which the older copy did not do (a power cut could bring the old file back)."""
    from bpu_enroll.sync.laptop_store import write_atomic

    target = tmp_path / "new" / "sync_state.json"
    synced = flushes_seen(monkeypatch)
    write_atomic(target, b"{}")
    assert synced == ["file", "folder"]
    assert target.read_bytes() == b"{}"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["sync_state.json"]


def test_the_keyring_is_written_as_a_private_file_and_a_full_disk_is_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`save_keyring` is `write_private_file` (0600, flushed, the folder too) and keeps its one
    difference: a full disk is `DISK_FULL`, and the keyring there is left as it was."""
    from bpu_enroll.domain.errors import BpuError
    from bpu_enroll.store.keyring import keyring_path, load_keyring, save_keyring

    folder = tmp_path / "profile"
    folder.mkdir()
    path = keyring_path(folder)
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "store-0.1.0" / "laptop" / path.name, path)
    path.chmod(0o644)
    keyring = load_keyring(folder)
    save_keyring(folder, keyring)
    assert path.stat().st_mode & 0o777 == 0o600
    assert load_keyring(folder).to_dict() == keyring.to_dict()
    before = path.read_bytes()
    disk_fills(monkeypatch)
    with pytest.raises(BpuError) as refused:
        save_keyring(folder, keyring)
    assert refused.value.code == "DISK_FULL"
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_a_private_file_that_must_not_replace_one_is_linked_into_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`replace=False`: written whole, linked into place, then the folder flushed; a file
    already there is kept (`FileExistsError`), and no temporary file is left either way."""
    target = tmp_path / "master.key"
    flushed = flushes_seen(monkeypatch)
    write_private_file(target, b"first", replace=False)
    assert flushed == ["file", "link", "folder"]
    assert target.stat().st_mode & 0o777 == 0o600
    with pytest.raises(FileExistsError):
        write_private_file(target, b"second", replace=False)
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["master.key"]


def test_a_private_file_that_must_not_replace_one_is_put_in_place_without_hard_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A USB stick is FAT or exFAT: no hard links, `link` refuses (EPERM). The file is still
    written whole (the name claimed by an exclusive create, the temporary file renamed over
    the claim), a file already there is kept, and so is one that appears just before the
    claim; no temporary file is left."""
    target = tmp_path / "batch.bpu"
    without_hard_links(monkeypatch)
    write_private_file(target, b"first", replace=False)
    assert target.read_bytes() == b"first"
    assert target.stat().st_mode & 0o777 == 0o600
    with pytest.raises(FileExistsError):
        write_private_file(target, b"second", replace=False)
    assert target.read_bytes() == b"first"

    theirs = tmp_path / "theirs.bpu"
    without_hard_links(monkeypatch, before=lambda path: path.write_bytes(b"theirs"))
    with pytest.raises(FileExistsError):
        write_private_file(theirs, b"mine", replace=False)
    assert theirs.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.bpu", "theirs.bpu"]


def test_a_written_file_is_removed_only_while_it_is_the_one_written(tmp_path: Path) -> None:
    """`remove_if_same` undoes a write, and only that: a file put under the name since is
    kept, even one the file system numbers as the removed one."""
    mine, theirs = tmp_path / "mine.bpu", tmp_path / "theirs.bpu"
    remove_if_same(write_private_file(mine, b"mine", replace=False))
    assert not mine.exists()
    written = write_private_file(theirs, b"mine", replace=False)
    theirs.unlink()
    theirs.write_bytes(b"them")  # as long as the file it took the place of
    remove_if_same(written)
    assert theirs.read_bytes() == b"them"
    remove_if_same(written)  # and a file that is gone is nothing to remove
    theirs.unlink()
    remove_if_same(written)


def test_the_branch_master_key_file_is_flushed_with_its_folder_after_it_is_linked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`vault.create_key_file` flushed the folder after writing a staging file, then linked the
    key file into place unflushed: a power cut could lose the key file the branch's envelope
    is sealed with. Now the folder is flushed after the link."""
    from bpu_enroll.branch.store import vault
    from bpu_enroll.domain.errors import BpuError

    path = tmp_path / "config" / "master.key"
    flushed = flushes_seen(monkeypatch)
    made = vault.create_key_file(path)
    assert flushed == ["file", "link", "folder"]
    assert vault.find_master_key(path).secret == made.secret
    assert path.stat().st_mode & 0o777 == 0o600
    with pytest.raises(BpuError) as exists:
        vault.create_key_file(path)
    assert exists.value.code == "MASTER_KEY_EXISTS"
    assert [p.name for p in path.parent.iterdir()] == ["master.key"]


def test_the_workstation_file_is_a_private_write_and_a_failed_one_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`save_workstation` kept its temporary file when the rename failed, and never flushed the
    folder. Now it is `write_private_file` (0600, the folder flushed after the rename); a
    failure is still `IO_ERROR` naming the file, with the old file kept and nothing beside it."""
    from bpu_enroll.domain.errors import BpuError
    from bpu_enroll.services.workstation import (
        Workstation,
        load_workstation,
        save_workstation,
        workstation_path,
    )

    folder = tmp_path / "workstation"
    first = Workstation("http://127.0.0.1:8443", None, "0901", "Cibinong", "32")
    flushed = flushes_seen(monkeypatch)
    save_workstation(folder, first)
    assert flushed == ["file", "folder"]
    assert workstation_path(folder).stat().st_mode & 0o777 == 0o600

    def refused(_source: str, _target: str) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(BpuError) as failed:
        save_workstation(folder, Workstation("http://127.0.0.1:9443", None, "0902", "Bogor", "32"))
    assert failed.value.code == "IO_ERROR"
    assert failed.value.params["path"] == str(workstation_path(folder))
    assert load_workstation(folder) == first
    assert [p.name for p in folder.iterdir()] == [workstation_path(folder).name]


def test_a_usb_batch_file_is_a_private_write_and_a_full_stick_leaves_no_part_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`export_batch` wrote the file as the umask said (0644), never flushed the stick's folder
    (a stick pulled out after the export could lose the file), and left a part of the file
    behind on a full stick. Now it is `write_private_file`: 0600 (it holds NIKs, sealed), the
    folder flushed, and on a full stick nothing is left and the error comes out as it is.
    Linked into place, not renamed: it replaces no file (`sync.export`)."""
    from nacl.public import PrivateKey
    from nacl.signing import SigningKey

    from bpu_enroll.services.profile import demo_init
    from bpu_enroll.services.session import unlock
    from bpu_enroll.store.keys import FAST_KDF
    from bpu_enroll.sync.batchfile import MAX_FILE_BYTES
    from bpu_enroll.sync.export import export_batch

    demo_init(tmp_path / "profile", kdf=FAST_KDF)
    stick = tmp_path / "usb"
    branch_key = bytes(PrivateKey.generate().public_key)
    with unlock(tmp_path / "profile", "demo", "demo") as session:
        export = functools.partial(
            export_batch, session.store, signing_key=SigningKey.generate(), device_code="D0001",
            branch_public_key=branch_key,
        )  # fmt: skip
        flushed = flushes_seen(monkeypatch)
        written = export(out=stick / "batch.bpub")
        assert flushed == ["file", "link", "folder"]
        assert (stick / "batch.bpub").stat().st_mode & 0o777 == 0o600
        assert 0 < (stick / "batch.bpub").stat().st_size < MAX_FILE_BYTES
        assert written["records"] == 0
        disk_fills(monkeypatch)
        with pytest.raises(OSError) as full:
            export(out=stick / "second.bpub")
    assert full.value.errno == errno.ENOSPC
    assert [p.name for p in stick.iterdir()] == ["batch.bpub"]


def _swapped_after_the_check(monkeypatch: pytest.MonkeyPatch, at: Path, data: bytes) -> None:
    """Fault injection: right after `remove_if_same` has read the bytes it compares (the first
    time only), another program saves its file under the name `at` (written beside it, then
    renamed over the name, as editors and copy tools do)."""
    real = files.read_bounded
    done: list[bool] = []

    def read_then_swap(path: Path, limit: int) -> bytes:
        read = real(path, limit)
        if not done:
            done.append(True)
            saved = at.with_name("their-save.tmp")
            saved.write_bytes(data)
            os.replace(saved, at)
        return read

    monkeypatch.setattr(files, "read_bounded", read_then_swap)


@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-links", "fat-stick"])
def test_a_file_put_under_the_name_during_the_byte_check_is_not_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool
) -> None:
    """The bytes were compared at the name and then the name removed: a file saved there
    between the two was removed in place of ours. Now ours is set aside first, compared and
    removed there; the file saved under the name meanwhile is kept, and nothing else is left."""
    if not hard_links:
        without_hard_links(monkeypatch)
    part = tmp_path / "batch-2.bpu"
    written = write_private_file(part, b"our part", replace=False)
    _swapped_after_the_check(monkeypatch, part, b"another laptop's batch")
    remove_if_same(written)
    assert part.read_bytes() == b"another laptop's batch"
    assert [p.name for p in tmp_path.iterdir()] == ["batch-2.bpu"]


@pytest.mark.parametrize("hard_links", [True, False], ids=["hard-links", "fat-stick"])
def test_a_file_not_ours_is_put_back_and_never_over_one_that_appeared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hard_links: bool
) -> None:
    """A file that is not the one written goes back under its name, 0600 or not as it was;
    if another appeared there while it was set aside, both are kept (the set-aside one under
    `.<name>.<random>.undo`), none written over."""
    if not hard_links:
        without_hard_links(monkeypatch)
    part = tmp_path / "batch-2.bpu"
    written = write_private_file(part, b"our part", replace=False)
    part.unlink()
    part.write_bytes(b"theirs 1")
    remove_if_same(written)
    assert part.read_bytes() == b"theirs 1"
    assert [p.name for p in tmp_path.iterdir()] == ["batch-2.bpu"]

    _swapped_after_the_check(monkeypatch, part, b"theirs 2")
    remove_if_same(written)
    assert part.read_bytes() == b"theirs 2"
    kept = sorted(p for p in tmp_path.iterdir() if p != part)
    assert [p.read_bytes() for p in kept] == [b"theirs 1"]
    assert kept[0].name.startswith(".batch-2.bpu.") and kept[0].name.endswith(".undo")


def test_a_folder_put_under_the_name_is_left_as_it_is(tmp_path: Path) -> None:
    """A folder set aside is not ours either: renamed back whole, never linked or claimed."""
    part = tmp_path / "batch-2.bpu"
    written = write_private_file(part, b"our part", replace=False)
    part.unlink()
    part.mkdir()
    (part / "inside").write_bytes(b"x")
    remove_if_same(written)
    assert (part / "inside").read_bytes() == b"x"
    assert [p.name for p in tmp_path.iterdir()] == ["batch-2.bpu"]
