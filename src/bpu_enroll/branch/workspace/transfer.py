"""USB batch files and the core-system export through the staff workspace API.

`import_upload` hands an uploaded batch file to `importer.import_batch_file` (the same code as
`bpu-branch import`, dry run included) and answers with the device, the number of records and
the importer's counts; a file that cannot be trusted is refused with the importer's stable code.
`export_zip` runs `export.export_changes` (the next export of the ledger, or the full picture)
straight into one zip in memory: the CSV, JSON and manifest hold NIKs in clear and never touch
the server's disk. The branch keeps the zip sealed for a week (`export.export_files` gives it
again). Both are
written to the branch audit log with who and when.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from bpu_enroll.branch.admin.roster import branch_secrets
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.device.importer import ImportRefused, import_batch_file
from bpu_enroll.branch.store.models import Device
from bpu_enroll.branch.store.registry import ParticipantRegistry
from bpu_enroll.branch.workspace.export import export_changes
from bpu_enroll.branch.workspace.staff import audit
from bpu_enroll.sync.batchfile import BatchFileError, open_batch_file
from bpu_enroll.sync.protocol import unb64


def import_upload(
    engine: Engine,
    data: bytes,
    *,
    dry_run: bool,
    actor: str,
    registry: ParticipantRegistry,
) -> dict[str, Any]:
    """Import (or preview) a batch file; refused files are 422 with the importer's code."""
    try:
        result = import_batch_file(engine, data, dry_run=dry_run, registry=registry)
    except ImportRefused as exc:
        _audit_import(engine, actor, "-", {"dry_run": dry_run, "refused": exc.code})
        raise Refusal(422, exc.code, exc.message) from exc
    counts = {k: v for k, v in result.items() if k not in ("dry_run", "batch_id")}
    device, records = _peek(engine, data)
    answer = {
        "dry_run": dry_run,
        "batch_id": result["batch_id"],
        "device": device,
        "records": records,
        "counts": counts,
    }
    detail = {"dry_run": dry_run, "device": device, "records": records, "counts": counts}
    _audit_import(engine, actor, str(result["batch_id"]), detail)
    return answer


def _peek(engine: Engine, data: bytes) -> tuple[str, int]:
    """The device code and record count of a file the importer has just accepted."""
    with Session(engine) as session:
        key = unb64(branch_secrets(session).encryption_key)

        def device_key(code: str) -> str | None:
            device = session.exec(select(Device).where(Device.code == code)).first()
            return device.public_key if device is not None else None

        try:
            batch = open_batch_file(data, branch_private_key=key, device_key=device_key)
        except BatchFileError as exc:  # pragma: no cover - the importer opened it a moment ago
            raise Refusal(422, exc.code, exc.message) from exc
        session.rollback()
    return batch.device_code, len(batch.records)


def _audit_import(engine: Engine, actor: str, subject: str, detail: dict[str, Any]) -> None:
    with Session(engine) as session:
        audit(session, actor=actor, action="import", subject=subject, detail=detail)
        session.commit()


def export_zip(session: Session, *, full: bool, actor: str) -> tuple[str, bytes]:
    """The next export's files (CSV, JSON, manifest) as one zip: its file name and bytes."""
    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED)

    def finished() -> bytes:
        archive.close()
        return buffer.getvalue()

    manifest = export_changes(
        session, write=archive.writestr, actor=actor, full=full, keep=finished
    )
    stem = str(manifest["manifest"]).removeprefix("manifest-").removesuffix(".json")
    return f"export-{stem}.zip", buffer.getvalue()
