"""Exports for the national core system: what changed since the last export, as CSV, JSON and a
manifest, each export recorded.

The core system's own API is out of reach; the branch uploads these files. `export_changes`
asks the ledger (`ledger.changes`) for the rows since the previous export (or, with `full`,
the whole picture), numbers the export (`<branch>-E00001`, …), writes
`registrations-<export id>.csv` and `.json` and `manifest-<export id>.json` through `write`
and records the export (`Export`: who, when, counts per action, the decision counter reached,
the manifest's SHA-256) and what each registration was exported as (`Exported`).

`bpu-branch export` writes into a folder (`to_folder`): files created new, never over an
earlier file (an existing name is refused as `EXPORT_EXISTS`), readable by their owner only
(they hold NIKs). The workspace writes straight into a zip in memory, so no file with NIKs is
left in a temporary folder of the server; the branch keeps that zip, sealed with the data key,
for `FILES_KEPT`, and `export_files` gives it again (audited): an export is recorded before
its download ends, and a download cut then would otherwise leave its rows out of every later
export but a full one. Columns, types and meaning: `docs/EXPORT.md`. The
export is written to the branch audit log; what is returned and printed is the manifest, never
a NIK.

A stored record the export cannot read (damaged: a payload that does not open, a text where a
number belongs) refuses the whole export as `EXPORT_RECORD_UNREADABLE`, naming the records by
receipt number: an export that left one out would never carry it later (the ledger moves on),
and one that failed unexplained left the clerk with a server error. Nothing is written or
recorded; the refusal is audited (`export_refused`: the code and the receipt numbers).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

from nacl.exceptions import CryptoError
from nacl.secret import SecretBox
from sqlalchemy import select as sa_select
from sqlalchemy import update
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import DECISION_COUNTER, branch_info
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.store.db import data_key_of
from bpu_enroll.branch.store.fields import UNREADABLE_ERRORS, payload_of
from bpu_enroll.branch.store.models import Counter, Device, Export, Review
from bpu_enroll.branch.store.receipts import shown_receipt
from bpu_enroll.branch.store.wanted import note_wanted
from bpu_enroll.branch.workspace.ledger import ACTIONS, LedgerRow, changes, record_rows
from bpu_enroll.branch.workspace.staff import audit
from bpu_enroll.domain.formatting import visible_line

EXPORT_FORMAT = "bpu-enroll-export/2"
COLUMNS = (
    "export_id", "action", "kpj", "nik", "full_name", "birth_place", "birth_date", "gender",
    "kk_number", "phone", "email", "street", "rt", "rw", "village_code", "occupation_code",
    "work_location", "monthly_income", "base", "programs", "months_paid", "coverage_start",
    "coverage_end", "contribution_total", "cash_paid", "employer", "government_paid",
    "rule_version", "receipt_number", "device", "officer", "registered_at", "accepted_at",
)  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet cell a formula
_SIGNED_NUMBER = re.compile(r"[+-]?[0-9]+")

FILES_KEPT = timedelta(days=7)  # an export's zip can be fetched again this long

Write = Callable[[str, bytes], None]

UNREADABLE = "EXPORT_RECORD_UNREADABLE"
UNREADABLE_NAMED = 20  # receipt numbers a refusal names (and `count` says how many in all)


def export_changes(
    session: Session,
    *,
    write: Write,
    actor: str,
    full: bool = False,
    now: datetime | None = None,
    keep: Callable[[], bytes] | None = None,
) -> dict[str, Any]:
    """Write the next export's files with `write(name, data)` and record it; its manifest
    (also audited). `keep`, called once every file is written, gives the bytes to keep sealed
    for fetching again (the workspace's zip); zips older than `FILES_KEPT` are dropped."""
    now = now or datetime.now(UTC)
    info = branch_info(session)
    counter = session.exec(
        select(Counter).where(Counter.name == DECISION_COUNTER).with_for_update()
    ).one()
    previous = session.exec(select(Export).order_by(col(Export.id).desc())).first()
    rows = changes(session, since=previous.cursor if previous else 0, full=full)
    number = (previous.id or 0) + 1 if previous else 1
    export_id = f"{info.code}-E{number:05d}"
    flat, unreadable = _flat_rows(session, rows, export_id)
    if unreadable:
        _refuse_unreadable(session, unreadable, actor=actor, full=full)
    counts = {action: sum(1 for r in rows if r.action == action) for action in ACTIONS}
    files = _write_files(write, export_id, flat, branch=info.code, full=full)
    manifest = {
        "format": EXPORT_FORMAT, "export_id": export_id, "branch": info.code, "full": full,
        "generated_at": now.isoformat(), "generated_by": actor, "rows": len(flat),
        "counts": counts, "files": files,
    }  # fmt: skip
    manifest_name = f"manifest-{export_id}.json"
    manifest_bytes = json.dumps(manifest, indent=1).encode("utf-8")
    write(manifest_name, manifest_bytes)
    record = Export(
        export_id=export_id, created_by=actor, created_at=now, full=full, cursor=counter.value,
        new=counts["new"], updated=counts["update"], voided=counts["void"],
        manifest_name=manifest_name, manifest_sha256=_sha256(manifest_bytes),
        files=_files_box(session).encrypt(keep()) if keep is not None else None,
    )  # fmt: skip
    _drop_old_files(session, now)
    session.add(record)
    session.flush()
    assert record.id is not None
    record_rows(session, rows, export_pk=record.id)
    detail = {"full": full, "rows": len(flat), "counts": counts, "files": files,
              "manifest_sha256": record.manifest_sha256}  # fmt: skip
    audit(session, actor=actor, action="export", subject=export_id, detail=detail)
    session.commit()
    return {**manifest, "manifest": manifest_name, "manifest_sha256": record.manifest_sha256}


def _drop_old_files(session: Session, now: datetime) -> None:
    """Forget the sealed zips of exports older than `FILES_KEPT` (their rows stay)."""
    session.execute(
        update(Export)
        .where(col(Export.created_at) < now - FILES_KEPT, col(Export.files).is_not(None))
        .values(files=None)
        .execution_options(synchronize_session=False)
    )


def export_files(
    session: Session, export_id: str, *, actor: str, now: datetime | None = None
) -> tuple[str, bytes]:
    """An earlier export's zip again (its file name and bytes), while the branch keeps it;
    audited. `EXPORT_UNKNOWN` (404), or `EXPORT_FILES_GONE` (410) once dropped or for an export
    written into a folder by `bpu-branch export`."""
    now = now or datetime.now(UTC)
    row = session.exec(select(Export).where(Export.export_id == export_id)).first()
    if row is None:
        raise Refusal(404, "EXPORT_UNKNOWN", "no export has this id")
    if row.files is None or _utc(row.created_at) < now - FILES_KEPT:
        raise Refusal(410, "EXPORT_FILES_GONE", "the branch no longer keeps this export's files")
    try:
        data = _files_box(session).decrypt(row.files)
    except CryptoError as exc:
        raise Refusal(410, "EXPORT_FILES_GONE", "this export's files cannot be opened") from exc
    audit(session, actor=actor, action="export_fetched", subject=export_id,
          detail={"bytes": len(data), "manifest_sha256": row.manifest_sha256})  # fmt: skip
    session.commit()
    return f"export-{export_id}.zip", data


def _files_box(session: Session) -> SecretBox:
    return SecretBox(data_key_of(session).derive("export-files"))


def export_list(
    session: Session, *, limit: int = 200, now: datetime | None = None
) -> dict[str, Any]:
    """`GET /exports`: the exports, newest first (no NIK: counts and checksums only), each
    saying whether its files can be fetched again (`kept`)."""
    now = now or datetime.now(UTC)
    columns = (
        Export.export_id, Export.created_by, Export.created_at, Export.full, Export.new,
        Export.updated, Export.voided, Export.manifest_name, Export.manifest_sha256,
    )  # fmt: skip
    query = sa_select(*(col(c) for c in columns), col(Export.files).is_not(None))
    rows = session.execute(query.order_by(col(Export.id).desc()).limit(limit))
    items = [
        {
            "export_id": export_id, "created_by": by, "created_at": at.isoformat(), "full": full,
            "counts": {"new": new, "update": updated, "void": voided},
            "rows": new + updated + voided, "manifest": manifest, "manifest_sha256": digest,
            "kept": bool(has_files) and _utc(at) >= now - FILES_KEPT,
        }
        for export_id, by, at, full, new, updated, voided, manifest, digest, has_files in rows
    ]  # fmt: skip
    return {"items": items}


def _refuse_unreadable(
    session: Session, unreadable: list[Unreadable], *, actor: str, full: bool
) -> NoReturn:
    """Refuse the export (`EXPORT_RECORD_UNREADABLE`, 409) for stored records it cannot read,
    named by receipt number (never a NIK or a name): nothing is written or recorded, so the
    next export, once they are repaired, still carries them. The refusal is audited (its code
    and the receipt numbers) in a transaction of its own, for the CLI as for the workspace, and
    the records are asked again of their laptops (`store.wanted`), as `bpu-branch check` asks
    them: each laptop's next sync repairs its own."""
    session.rollback()  # the decision counter's lock, nothing written
    receipts = [receipt for receipt, _rid, _device in unreadable]
    named = receipts[:UNREADABLE_NAMED]
    detail = {"code": UNREADABLE, "full": full, "count": len(receipts), "receipts": named}
    audit(session, actor=actor, action="export_refused", subject="-", detail=detail)
    note_wanted(session, {rid: device for _receipt, rid, device in unreadable})
    session.commit()
    raise Refusal(
        409, UNREADABLE,
        f"{len(receipts)} stored record(s) cannot be read (damaged), receipt number(s) "
        f"{', '.join(named)}; nothing was exported: the branch asks the laptop that made "
        "them for its copy, which repairs them at that laptop's next sync (`bpu-branch check` "
        "names them); then export again",
        extra={"count": len(receipts), "receipts": named},
    )  # fmt: skip


# A stored record the export cannot read: its receipt number, id and the id of its laptop.
Unreadable = tuple[str, str, int]


def _flat_rows(
    session: Session, rows: list[LedgerRow], export_id: str
) -> tuple[list[dict[str, Any]], list[Unreadable]]:
    """The export rows, and the stored records that cannot be read (a payload that does not
    open, or a field of the wrong kind: `flat_row` failing)."""
    devices = {d.id: d.code for d in session.exec(select(Device))}
    accepted: dict[str, datetime] = {}
    ids = [row.record.id for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for review in session.exec(select(Review).where(col(Review.record_id).in_(chunk))):
            accepted[review.record_id] = review.decided_at
    flat: list[dict[str, Any]] = []
    unreadable: list[Unreadable] = []
    for row in rows:
        try:
            flat.append(
                flat_row(
                    row,
                    export_id=export_id,
                    device=devices.get(row.record.device_id, ""),
                    decided_at=accepted.get(row.record.id, row.record.received_at),
                )
            )
        except UNREADABLE_ERRORS:
            record = row.record
            unreadable.append(
                (
                    shown_receipt(record.receipt_no) if record.receipt_no else record.id,
                    record.id,
                    record.device_id,
                )
            )
    return flat, unreadable


def flat_row(
    row: LedgerRow, *, export_id: str, device: str, decided_at: datetime
) -> dict[str, Any]:
    """One export row (see docs/EXPORT.md): the live version's form and quote, flattened."""
    record = row.record
    payload: dict[str, Any] = payload_of(record)
    data: dict[str, Any] = payload.get("registration") or {}
    quote: dict[str, Any] = payload.get("quote") or {}
    address: dict[str, Any] = data.get("address") or {}
    months: list[dict[str, Any]] = quote.get("months") or []
    created = record.created_at
    return {
        "export_id": export_id,
        "action": row.action,
        "kpj": row.kpj,
        "nik": data.get("nik"),
        "full_name": data.get("full_name"),
        "birth_place": data.get("birth_place"),
        "birth_date": data.get("birth_date"),
        "gender": data.get("gender"),
        "kk_number": data.get("kk_number") or None,
        "phone": data.get("phone"),
        "email": data.get("email") or None,
        "street": address.get("street"),
        "rt": address.get("rt"),
        "rw": address.get("rw"),
        "village_code": str(address.get("village_code") or "").replace(".", "") or None,
        "occupation_code": data.get("occupation_code"),
        "work_location": data.get("work_location") or None,
        "monthly_income": _int(data.get("monthly_income")),
        "base": _int(quote.get("base")),
        "programs": "+".join(data.get("programs") or quote.get("programs") or []),
        "months_paid": _int(data.get("months_paid")) or len(months) or 1,
        "coverage_start": months[0].get("start") if months else None,
        "coverage_end": months[-1].get("end") if months else None,
        "contribution_total": _int(quote.get("total")),
        "cash_paid": _int(data.get("cash_paid")) or 0,
        "employer": bool(data.get("employer")),
        "government_paid": bool(data.get("government_paid")),
        "rule_version": quote.get("rule_version"),
        "receipt_number": shown_receipt(record.receipt_no),
        "device": device,
        "officer": visible_line(record.officer),
        "registered_at": created.astimezone(UTC).isoformat() if created else None,
        "accepted_at": _utc(decided_at).isoformat(),
    }


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, int | float | str) and str(value).strip() else None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def to_csv(rows: list[dict[str, Any]]) -> bytes:
    """The rows as CSV with a header line (UTF-8, CRLF line ends as RFC 4180); flags as
    `true`/`false`, absent values as empty fields; a text a spreadsheet would run as a formula
    begins with `'` (`_csv_value`)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_value(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8")


def _csv_value(value: Any) -> Any:
    """A CSV cell: a worker's free text (street, birth place, work place, e-mail) may begin
    with `=`, `+`, `-` or `@`, which a clerk's spreadsheet would run as a formula (a link
    sending the row's NIK away, a command); it is written after a `'`, so it is shown as text.
    A plain signed number (the phone's `+62…`) runs nothing and stays as it is; the JSON file
    always holds the value unchanged."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return value if _SIGNED_NUMBER.fullmatch(value) else "'" + value
    return "" if value is None else value


def to_json(rows: list[dict[str, Any]], *, branch: str, export_id: str, full: bool) -> bytes:
    """The rows as one JSON document with the branch and the export id."""
    document = {"format": EXPORT_FORMAT, "branch": branch, "export_id": export_id, "full": full,
                "columns": list(COLUMNS), "rows": rows}  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def to_folder(folder: Path) -> Write:
    """A `write` creating each file new in `folder`, readable by its owner only; an existing
    file is refused (`EXPORT_EXISTS`), never overwritten. A missing folder is made at the first
    file, so an export refused before it writes anything leaves no empty folder behind."""

    def write(name: str, data: bytes) -> None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise Refusal(
                422, "IO_ERROR", f"the folder cannot be made ({type(exc).__name__})"
            ) from exc
        _write_new(folder / name, data)

    return write


def _write_files(
    write: Write, export_id: str, rows: list[dict[str, Any]], *, branch: str, full: bool
) -> list[dict[str, Any]]:
    contents = (
        (f"registrations-{export_id}.csv", to_csv(rows)),
        (f"registrations-{export_id}.json", to_json(rows, branch=branch, export_id=export_id,
                                                    full=full)),
    )  # fmt: skip
    files = []
    for name, data in contents:
        write(name, data)
        files.append({"name": name, "bytes": len(data), "rows": len(rows), "sha256": _sha256(data)})
    return files


def verify_export(folder: Path, manifest_name: str) -> bool:
    """True when every file the manifest names is present with its size, rows and SHA-256."""
    manifest = json.loads((folder / manifest_name).read_bytes())
    for entry in manifest["files"]:
        path = folder / entry["name"]
        if not path.is_file():
            return False
        data = path.read_bytes()
        if len(data) != entry["bytes"] or _sha256(data) != entry["sha256"]:
            return False
        if entry.get("rows") is not None and _rows_in(entry["name"], data) != entry["rows"]:
            return False
    return True


def _rows_in(name: str, data: bytes) -> int:
    if name.endswith(".json"):
        return len(json.loads(data)["rows"])
    return max(0, len(list(csv.reader(io.StringIO(data.decode("utf-8"))))) - 1)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_new(path: Path, data: bytes) -> None:
    """Create `path` (0600) with `data`, on the disk (fsync, the folder too) before the export
    is recorded: a power cut after the commit must not lose files the ledger counts as sent.
    An existing file is never overwritten."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise Refusal(409, "EXPORT_EXISTS", f"{path.name} exists already; not overwritten") from exc
    except OSError as exc:
        raise Refusal(
            422, "IO_ERROR", f"the file cannot be written ({type(exc).__name__})"
        ) from exc
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (the file just made) to the disk, where the system can."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # a file system that cannot flush a folder (some network shares)
    finally:
        os.close(fd)
