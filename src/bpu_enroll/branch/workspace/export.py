"""Export of a day's accepted registrations for the national core system: CSV, JSON, manifest.

The core system's own API is out of reach; the branch uploads these files. `export_day` writes
`registrations-<branch>-<date>.csv` and `.json` (UTF-8, one row per accepted live registration,
by KPJ) and `manifest-<branch>-<date>.json` naming each file with its size and SHA-256, into a
folder; the files hold NIKs, so they are created readable by their owner only (0600). The
export is written to the branch audit log (who, when, which day, how many, the checksums); what
is returned and printed is the manifest, never a NIK.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import branch_info
from bpu_enroll.branch.store.fields import payload_of
from bpu_enroll.branch.store.models import Record
from bpu_enroll.branch.workspace.staff import audit

EXPORT_FORMAT = "bpu-enroll-export/1"
COLUMNS = (
    "kpj",
    "nik",
    "full_name",
    "birth_place",
    "birth_date",
    "gender",
    "phone",
    "email",
    "street",
    "rt",
    "rw",
    "village_code",
    "occupation_code",
    "work_location",
    "monthly_income",
    "programs",
    "registration_date",
    "receipt_no",
    "officer",
    "record_id",
)


def accepted_rows(session: Session, day: date) -> list[dict[str, Any]]:
    """The day's accepted, live (not superseded) registrations as flat rows, by KPJ."""
    superseded = select(Record.supersedes).where(col(Record.supersedes).is_not(None))
    records = session.exec(
        select(Record)
        .where(
            Record.registration_date == day.isoformat(),
            Record.state == "accepted",
            col(Record.id).not_in(superseded),
        )
        .order_by(col(Record.kpj))
    ).all()
    return [_flat(row) for row in records]


def _flat(row: Record) -> dict[str, Any]:
    data: dict[str, Any] = payload_of(row).get("registration", {})
    address: dict[str, Any] = data.get("address") or {}
    return {
        "kpj": row.kpj,
        "nik": data.get("nik"),
        "full_name": data.get("full_name"),
        "birth_place": data.get("birth_place"),
        "birth_date": data.get("birth_date"),
        "gender": data.get("gender"),
        "phone": data.get("phone"),
        "email": data.get("email"),
        "street": address.get("street"),
        "rt": address.get("rt"),
        "rw": address.get("rw"),
        "village_code": address.get("village_code"),
        "occupation_code": data.get("occupation_code"),
        "work_location": data.get("work_location"),
        "monthly_income": data.get("monthly_income"),
        "programs": "+".join(data.get("programs") or []),
        "registration_date": row.registration_date,
        "receipt_no": row.receipt_no,
        "officer": row.officer,
        "record_id": row.id,
    }


def to_csv(rows: list[dict[str, Any]]) -> bytes:
    """The rows as CSV with a header line (UTF-8, CRLF line ends as RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def to_json(rows: list[dict[str, Any]], *, branch: str, day: date) -> bytes:
    """The rows as one JSON document with the branch and the day."""
    document = {"format": EXPORT_FORMAT, "branch": branch, "date": day.isoformat(), "rows": rows}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def export_day(
    session: Session, *, day: date, folder: Path, actor: str, now: datetime | None = None
) -> dict[str, Any]:
    """Write the day's CSV, JSON and manifest into `folder`; the manifest (also audited)."""
    info = branch_info(session)
    rows = accepted_rows(session, day)
    stem = f"{info.code}-{day.isoformat()}"
    folder.mkdir(parents=True, exist_ok=True)
    files: list[dict[str, Any]] = []
    contents = (
        (f"registrations-{stem}.csv", to_csv(rows)),
        (f"registrations-{stem}.json", to_json(rows, branch=info.code, day=day)),
    )
    for name, data in contents:
        _write_private(folder / name, data)
        files.append({"name": name, "bytes": len(data), "sha256": _sha256(data)})
    manifest = {
        "format": EXPORT_FORMAT,
        "branch": info.code,
        "date": day.isoformat(),
        "generated_at": (now or datetime.now(UTC)).isoformat(),
        "registrations": len(rows),
        "files": files,
    }
    manifest_name = f"manifest-{stem}.json"
    _write_private(folder / manifest_name, json.dumps(manifest, indent=1).encode("utf-8"))
    detail = {"date": day.isoformat(), "registrations": len(rows), "files": files}
    audit(session, actor=actor, action="export", subject=stem, detail=detail)
    session.commit()
    return {**manifest, "manifest": manifest_name}


def verify_export(folder: Path, manifest_name: str) -> bool:
    """True when every file the manifest names is present with its size and SHA-256."""
    manifest = json.loads((folder / manifest_name).read_bytes())
    for entry in manifest["files"]:
        path = folder / entry["name"]
        if not path.is_file():
            return False
        data = path.read_bytes()
        if len(data) != entry["bytes"] or _sha256(data) != entry["sha256"]:
            return False
    return True


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
