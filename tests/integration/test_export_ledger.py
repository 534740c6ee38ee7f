"""The export ledger on the real server, on both back ends: an export carries what changed
since the last one (records accepted since, one brought late on a USB stick, a correction and a
void after an export) with the right actions; `--all` gives the whole picture; every export is
new files, recorded, and its manifest checks."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.device.importer import import_batch_file
from bpu_enroll.branch.store.models import Export, Exported
from bpu_enroll.branch.workspace.export import COLUMNS, export_list, verify_export
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.sync import SyncService
from tests.integration.helpers import Branch, Laptop, ServerThread, nik_for, registration


def _export(branch: Branch, out: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Any:
    code = branch_main(["--db", branch.db_url, "export", "--out", str(out), *extra, "--json"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    return json.loads(printed)


def _rows(out: Path, manifest: dict[str, Any]) -> list[dict[str, Any]]:
    [csv_entry, json_entry] = manifest["files"]
    rows = json.loads((out / json_entry["name"]).read_bytes())["rows"]
    with (out / csv_entry["name"]).open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [list(r) for r in rows] == [list(COLUMNS)] * len(rows)
    assert [r["kpj"] for r in table] == [r["kpj"] for r in rows]
    assert [r["action"] for r in table] == [r["action"] for r in rows]
    return rows


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_each_export_carries_what_changed_since_the_last_one(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    field, late = laptop_factory(), laptop_factory()
    corrected, voided = field.register(41), field.register(42)
    assert field.sync(server.url).completed
    out = tmp_path / "export"

    first = _export(branch, out, capsys)
    assert (first["export_id"], first["counts"]) == ("JKT01-E00001", {"new": 2, "update": 0,
                                                                      "void": 0})  # fmt: skip
    assert nik_for(41)[0] not in json.dumps(first)
    rows = _rows(out, first)
    kpj = {r["receipt_number"]: r["kpj"] for r in rows}
    assert all(r["village_code"] == "3201011001" for r in rows)  # ten digits, no dots
    assert {r["action"] for r in rows} == {"new"}
    sample = rows[0]
    assert (sample["months_paid"], sample["base"], sample["programs"]) == (1, 2600000, "JKK+JKM")
    assert sample["contribution_total"] > 0 and sample["coverage_start"] <= sample["coverage_end"]
    assert (sample["employer"], sample["government_paid"], sample["cash_paid"]) == (False, False, 0)
    assert sample["device"] == field.device_code and sample["registered_at"]
    assert sample["accepted_at"] and sample["rule_version"]
    before = _digest(out)

    # After the export: one more accepted today, one brought late on a USB stick, one
    # corrected and one corrected then voided on the laptop.
    today = field.register(43)
    service = RegistrationService(field.session)
    fixed = service.correct(corrected, registration(41, full_name="BUDI SANTOSA PUTRA"))
    replaced = service.correct(voided, registration(42, phone="0813-1111-2222"))
    service.void(str(replaced.id), "pekerja membatalkan pendaftaran")
    assert field.sync(server.url).completed
    usb = late.register(44)
    batch = tmp_path / "usb.bpu"
    SyncService(late.session).export(batch)
    import_batch_file(branch.engine, batch.read_bytes(), dry_run=False)

    second = _export(branch, out, capsys)
    assert second["export_id"] == "JKT01-E00002"
    assert second["counts"] == {"new": 2, "update": 1, "void": 1}
    assert verify_export(out, second["manifest"])
    assert {name: digest for name, digest in _digest(out).items() if name in before} == before
    held = branch.records()
    actions = {r["receipt_number"]: r["action"] for r in _rows(out, second)}
    assert actions == {
        held[today].receipt_no: "new",
        held[usb].receipt_no: "new",
        fixed.receipt_number: "update",
        replaced.receipt_number: "void",
    }
    by_receipt = {r["receipt_number"]: r for r in _rows(out, second)}
    assert by_receipt[fixed.receipt_number]["kpj"] == kpj[held[corrected].receipt_no]
    assert by_receipt[fixed.receipt_number]["full_name"] == "BUDI SANTOSA PUTRA"
    assert by_receipt[replaced.receipt_number]["kpj"] == kpj[held[voided].receipt_no]

    third = _export(branch, out, capsys)
    assert (third["rows"], verify_export(out, third["manifest"])) == (0, True)

    everything = _export(branch, out, capsys, "--all")
    full_rows = _rows(out, everything)
    assert everything["full"] is True and {r["action"] for r in full_rows} == {"new"}
    assert sorted(r["receipt_number"] for r in full_rows) == sorted(
        [fixed.receipt_number, held[today].receipt_no, held[usb].receipt_no]
    )
    assert verify_export(out, everything["manifest"])
    assert len(list(out.iterdir())) == 4 * 3  # four exports, three files each, none replaced

    with Session(branch.engine) as db:
        listed = export_list(db)["items"]
        assert [e["export_id"] for e in listed] == [f"JKT01-E0000{n}" for n in (4, 3, 2, 1)]
        assert listed[2]["counts"] == {"new": 2, "update": 1, "void": 1}
        recorded = db.exec(select(Export).where(Export.export_id == "JKT01-E00002")).one()
        manifest_bytes = (out / second["manifest"]).read_bytes()
        assert recorded.manifest_sha256 == hashlib.sha256(manifest_bytes).hexdigest()
        assert db.get(Exported, voided) is not None and db.get(Exported, voided).voided


def test_a_manifest_detects_a_changed_file_and_an_export_never_overwrites(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    laptop.register(51)
    assert laptop.sync(server.url).completed
    out = tmp_path / "export"
    manifest = _export(branch, out, capsys)
    csv_file = out / manifest["files"][0]["name"]
    csv_file.chmod(0o600)
    assert csv_file.stat().st_mode & 0o777 == 0o600
    csv_file.write_bytes(csv_file.read_bytes() + b"extra\r\n")
    assert not verify_export(out, manifest["manifest"])

    # Another branch database writing into the same folder meets the same names: refused.
    (out / "registrations-JKT01-E00002.csv").write_bytes(b"earlier")
    laptop.register(52)
    assert laptop.sync(server.url).completed
    code = branch_main(["--db", branch.db_url, "export", "--out", str(out), "--json"])
    refused = json.loads(capsys.readouterr().out)
    assert (code, refused["error"]["code"]) == (1, "EXPORT_EXISTS")
    assert (out / "registrations-JKT01-E00002.csv").read_bytes() == b"earlier"
    with Session(branch.engine) as db:
        assert len(export_list(db)["items"]) == 1  # the refused export is not recorded


def test_an_exports_files_are_on_disk_before_the_export_is_recorded(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`bpu-branch export` records the export (and the ledger moves on) when it commits: a
    power cut just after must not leave a recorded export whose files were still in the page
    cache, or its rows would reach no later export but a full one. Each file and the folder
    are flushed to the disk (fsync) before the commit."""
    import os

    from bpu_enroll.branch.workspace.export import export_changes, to_folder

    laptop = laptop_factory()
    laptop.register(53)
    assert laptop.sync(server.url).completed
    out = tmp_path / "export"
    events: list[str] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        events.append("fsync " + os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with Session(branch.engine) as db:
        real_commit = db.commit

        def commit() -> None:
            events.append("commit")
            real_commit()

        monkeypatch.setattr(db, "commit", commit)
        manifest = export_changes(db, write=to_folder(out), actor="t")
    names = [f["name"] for f in manifest["files"]] + [manifest["manifest"]]
    flushed = events[: events.index("commit")]
    for name in names:
        assert f"fsync {out / name}" in flushed, f"{name} not flushed before the commit"
    assert f"fsync {out}" in flushed, "the folder's entries not flushed before the commit"
