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

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.files import write_private_file
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
) -> dict[str, Any]:
    """Write the batch file to `out`; `{"file", "files", "batch_id", "records"}`. With
    `receipts`, the records of those receipt numbers instead, whatever the branch answered for
    them (see the module text).

    One file holds at most `MAX_MANIFEST_ENTRIES` records (the batch's bound). More pending
    records than that are written in parts, oldest first: `out` holds the first, and
    `<name>-2<suffix>`, `<name>-3<suffix>`… the next (`files`, in order; `file` is the first).
    Each part is a batch of its own, imported on its own, in any order; every part is needed.
    The chosen receipts are bounded before the store is read (`RECEIPTS_TOO_MANY`).

    A later part is never written over a file already there (`EXPORT_PARTS_IN_THE_WAY`, naming
    them), and then no part is written at all: the officer chose, and was asked about, `out`
    only, and a `batch-2.bpu` beside it on a shared stick may be another laptop's batch that
    nobody has imported yet. Refused rather than asked: the officer chooses another name or
    folder, and nothing on the stick is lost whatever they answer."""
    records = records_by_receipt(store, receipts) if receipts else records_to_send(store)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    parts = [
        records[start : start + MAX_MANIFEST_ENTRIES]
        for start in range(0, len(records), MAX_MANIFEST_ENTRIES)
    ] or [[]]
    paths = [out if number == 1 else part_path(out, number) for number in range(1, len(parts) + 1)]
    in_the_way = [str(path) for path in paths[1:] if path.exists() or path.is_symlink()]
    if in_the_way:
        raise BpuError("EXPORT_PARTS_IN_THE_WAY", parts=len(parts), file=str(out), files=in_the_way)
    files: list[str] = []
    batch_ids: list[str] = []
    for path, part in zip(paths, parts, strict=True):
        batch_ids.append(_write_part(path, part, signing_key, device_code, branch_public_key))
        files.append(str(path))
    return {"file": files[0], "files": files, "batch_id": batch_ids[0], "records": len(records)}


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
) -> str:
    """One signed, sealed batch file of `records` at `path`; its batch id."""
    batch_id = str(uuid.uuid4())
    signed = sign_manifest(
        records, device_code=device_code, signing_key=signing_key, batch_id=batch_id
    )
    batch = BatchFile(device_code=device_code, signed_manifest=signed, records=records)
    data = make_batch_file(
        batch, device_signing_seed=bytes(signing_key), branch_public_key=branch_public_key
    )
    write_private_file(path, data)
    return batch_id
