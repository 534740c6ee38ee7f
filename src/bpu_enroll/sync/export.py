"""`export-batch`: every pending record as one USB batch file for the branch (several, past a
batch's bound: `export_batch`).

The same batch as a network push (signed manifest plus records), signed by the device and sealed
to the branch's X25519 public key (`sync.batchfile`). Records stay `final` on the laptop: the
branch's answers arrive with the next network sync (as `already_received` with their state).
The file is written like every private file (`files.write_private_file`): 0600, whole or not at
all, and flushed with its folder, so a stick pulled out after the export holds it; its name
never holds personal data.

"Pending" is what a network sync would offer (`laptop_store.records_to_send`): final records,
and voided records whose void the branch has not acknowledged (a void made after the record was
sent), which the import voids at the branch.

With `--receipt` (repeated), the file holds the records of those receipt numbers instead,
whatever their state: the laptop's own copies, for the branch to repair a stored copy that
`bpu-branch check` finds damaged. The branch replaces a damaged payload only with a copy that
hashes to the content hash it holds (`branch.device.repair`); for a sound one the file changes
nothing (`already_received`).
"""

from __future__ import annotations

import stat
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey

from bpu_enroll.domain.errors import BpuError, Refusals
from bpu_enroll.files import WrittenFile, put_back_set_aside, remove_if_same, write_private_file
from bpu_enroll.store.db import Store
from bpu_enroll.sync.batchfile import make_batch_file
from bpu_enroll.sync.laptop_store import records_by_receipt, records_to_send
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES, BatchFile, RecordPayload
from bpu_enroll.sync.runner import sign_manifest


def export_batch(
    store: Store,
    *,
    out: Path,
    signing_key: SigningKey,
    device_code: str,
    branch_public_key: bytes,
    receipts: Sequence[str] = (),
    replace: bool = False,
) -> dict[str, Any]:
    """Write the batch file to `out`; `{"file", "files", "batch_id", "records", "hidden"}`. With
    `receipts`, the records of those receipt numbers instead, whatever the branch answered for
    them (see the module text).

    One file holds at most `MAX_MANIFEST_ENTRIES` records (the batch's bound). More pending
    records than that are written in parts, oldest first: `out` holds the first, and
    `<name>-2<suffix>`, `<name>-3<suffix>`… the next (`files`, in order; `file` is the first).
    Each part is a batch of its own, imported on its own, in any order; every part is needed.
    The chosen receipts are bounded before the store is read (`RECEIPTS_TOO_MANY`).

    The export never destroys a file it did not make. A later part is never written over a
    file already there (`EXPORT_PARTS_IN_THE_WAY`, naming them): the officer chose, and was
    asked about, `out` only, and a `batch-2.bpu` beside it on a shared stick may be another
    laptop's batch that nobody has imported yet. Refused rather than asked: the officer
    chooses another name or folder, and nothing on the stick is lost whatever they answer.
    `out` itself is written over only with `replace` (the officer's consent: the desktop app's
    save dialog asked, or `export-batch --replace`); without it a file there is refused
    (`EXPORT_FILE_EXISTS`).

    The names are looked at first, so that nothing is written when one is taken; the check
    that counts is the writing itself: every file that must not replace one is put in place
    only where no file is (`write_private_file(replace=False)`), which fails when a file
    appeared there meanwhile. Then the export is refused with the same code, and the parts it
    had written are removed again (only they, by their bytes: `remove_if_same`). The later
    parts are written first and a replaced `out` last, so a refusal or a failure never costs
    the file the officer agreed to replace. Each file is whole or absent after a power cut
    (on a stick without hard links, at worst empty: `files._put_new`). Where every file in
    the way is such an empty file, the refusal says so (`EXPORT_EMPTY_FILES`): the officer
    deletes them. They are not written over unasked: an empty file may also be another
    export's placeholder at that very moment, which its rename would then replace.

    A file the undo set aside and a power cut left hidden (`.<name>.<random>.undo`) is first
    put back under its name, where that is free (`files.put_back_set_aside`); then the rules
    above apply. Those whose name is taken stay hidden and are named (`hidden`, and
    `EXPORT_FILES_HIDDEN` said after a refusal): the officer renames them, nothing is lost."""
    records = records_by_receipt(store, receipts) if receipts else records_to_send(store)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    hidden = [str(path) for path in put_back_set_aside(out.parent)]
    try:
        written = _write_parts(
            records, out, signing_key, device_code, branch_public_key, replace=replace
        )
    except BpuError as exc:
        if not hidden:
            raise
        raise Refusals([exc, BpuError("EXPORT_FILES_HIDDEN", files=hidden)]) from None
    return {**written, "hidden": hidden}


def _write_parts(
    records: list[RecordPayload],
    out: Path,
    signing_key: SigningKey,
    device_code: str,
    branch_public_key: bytes,
    *,
    replace: bool,
) -> dict[str, Any]:
    """`records` written to `out` and its parts, as `export_batch` says."""
    parts = [
        records[start : start + MAX_MANIFEST_ENTRIES]
        for start in range(0, len(records), MAX_MANIFEST_ENTRIES)
    ] or [[]]
    paths = [out if number == 1 else part_path(out, number) for number in range(1, len(parts) + 1)]
    in_the_way = [path for path in paths[1:] if _taken(path)]
    if not replace and _taken(out):
        in_the_way.insert(0, out)
    if in_the_way and all(_empty(path) for path in in_the_way):
        raise BpuError("EXPORT_EMPTY_FILES", files=[str(path) for path in in_the_way])
    if in_the_way and in_the_way != [out]:
        later = [str(path) for path in in_the_way if path != out]
        raise BpuError("EXPORT_PARTS_IN_THE_WAY", parts=len(parts), file=str(out), files=later)
    if in_the_way:
        raise BpuError("EXPORT_FILE_EXISTS", file=str(out))
    batch_ids: dict[Path, str] = {}
    made: list[WrittenFile] = []  # what this export wrote, to undo a refusal
    try:
        for index in [*range(1, len(parts)), 0]:  # the later parts first, the chosen file last
            path = paths[index]
            try:
                batch_ids[path], written = _write_part(
                    path, parts[index], signing_key, device_code, branch_public_key,
                    replace=replace and path == out,
                )  # fmt: skip
            except FileExistsError:
                if path == out:
                    raise BpuError("EXPORT_FILE_EXISTS", file=str(out)) from None
                raise BpuError(
                    "EXPORT_PARTS_IN_THE_WAY", parts=len(parts), file=str(out), files=[str(path)]
                ) from None
            made.append(written)
    except BaseException:
        for written in made:
            remove_if_same(written)
        raise
    files = [str(path) for path in paths]
    return {"file": files[0], "files": files, "batch_id": batch_ids[out], "records": len(records)}


def _taken(path: Path) -> bool:
    """A file, folder or link (even a broken one) is at `path`."""
    return path.exists() or path.is_symlink()


def _empty(path: Path) -> bool:
    """A regular file of 0 bytes is at `path` (not followed through a link): what a power cut
    during an export can leave under a part's name on a stick without hard links."""
    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size == 0


def part_path(out: Path, number: int) -> Path:
    """Where the `number`th part (2, 3…) of a file written to `out` goes: beside it,
    `<name>-<number><suffix>` (`batch.bpubatch` → `batch-2.bpubatch`)."""
    return out.with_name(f"{out.stem}-{number}{out.suffix}")


def _write_part(
    path: Path,
    records: list[RecordPayload],
    signing_key: SigningKey,
    device_code: str,
    branch_public_key: bytes,
    *,
    replace: bool,
) -> tuple[str, WrittenFile]:
    """One signed, sealed batch file of `records` at `path`: its batch id and what was
    written. Without `replace` a file at `path` is kept (`FileExistsError`)."""
    batch_id = str(uuid.uuid4())
    signed = sign_manifest(
        records, device_code=device_code, signing_key=signing_key, batch_id=batch_id
    )
    batch = BatchFile(device_code=device_code, signed_manifest=signed, records=records)
    data = make_batch_file(
        batch, device_signing_seed=bytes(signing_key), branch_public_key=branch_public_key
    )
    return batch_id, write_private_file(path, data, replace=replace)
