"""One damaged stored record refuses the export with a stable code naming it, on both back ends:
a record whose income field holds text (the fields slid along) makes `bpu-branch export` exit 1
with `EXPORT_RECORD_UNREADABLE` and the workspace's export a coded 409, each naming the record
by its receipt number (never its NIK or name); no file is written, nothing is recorded as
exported, the refusal is audited with the code and receipt numbers only, and once the record is
repaired the next export carries it with the others."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.fields import payload_of
from bpu_enroll.branch.store.models import Export, Exported, Record
from bpu_enroll.branch.workspace.staff import audit_log
from bpu_enroll.domain.errors import message
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import Branch, Laptop, ServerThread, nik_for, set_income

CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"
SUPERVISOR, SUPERVISOR_PASSWORD = "dewi", "rahasia-dewi"
NAME = "Sulastri Wahyuningsih"


def _export(branch: Branch, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    code = branch_main(["--db", branch.db_url, "export", "--out", str(out), "--json"])
    return code, json.loads(capsys.readouterr().out)


def _exports(branch: Branch) -> tuple[int, int]:
    with Session(branch.engine) as db:
        return len(db.exec(select(Export)).all()), len(db.exec(select(Exported)).all())


def test_a_damaged_record_refuses_the_export_by_its_receipt_until_repaired(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    laptop = laptop_factory()
    damaged, sound = laptop.register(41, full_name=NAME), laptop.register(42)
    assert laptop.sync(server.url).completed
    held = branch.records()
    receipt = held[damaged].receipt_no
    nik = nik_for(41)[0]
    income = payload_of_record(branch, damaged)["registration"]["monthly_income"]
    set_income(branch, damaged, f"{NAME}, {nik}")
    out = tmp_path / "export"

    # The command: exit 1, the code, the receipt number; no file, nothing recorded.
    code, refused = _export(branch, out, capsys)
    assert code == 1
    assert refused["error"]["code"] == "EXPORT_RECORD_UNREADABLE"
    assert receipt in refused["error"]["message"]
    assert refused["error"]["message"] == message(
        "EXPORT_RECORD_UNREADABLE", "id", count=1, receipts=[receipt]
    )
    assert not out.exists() or not list(out.iterdir())
    assert _exports(branch) == (0, 0)

    # The workspace: a coded 409 naming the receipt, its message in the clerk's language.
    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login(CLERK, CLERK_PASSWORD)
        with pytest.raises(StaffError) as caught:
            clerk.export()
    finally:
        clerk.close()
    error = caught.value
    assert (error.status, error.code) == (409, "EXPORT_RECORD_UNREADABLE")
    assert error.params == {"count": 1, "receipts": [receipt]}
    assert receipt in error.message
    english = message(error.code, "en", **error.params)
    assert f"1 stored record(s) are damaged and cannot be read (receipt number(s) {receipt})" in (
        english
    )
    assert _exports(branch) == (0, 0)

    # Audited twice (the command, the clerk): the code and the receipt number, nothing personal.
    with Session(branch.engine) as db:
        lines = [x for x in audit_log(db, limit=1000) if x["action"] == "export_refused"]
    assert len(lines) == 2 and lines[0]["actor"] == CLERK  # newest first
    assert all(
        x["detail"] == {"code": "EXPORT_RECORD_UNREADABLE", "full": False, "count": 1,
                        "receipts": [receipt]}
        for x in lines
    )  # fmt: skip
    text = json.dumps(lines)
    assert nik not in text and "Sulastri" not in text

    # Repaired: the next export carries both records; nothing was lost.
    set_income(branch, damaged, income)
    code, manifest = _export(branch, out, capsys)
    assert code == 0, manifest
    assert (manifest["export_id"], manifest["counts"]) == (
        "JKT01-E00001", {"new": 2, "update": 0, "void": 0},
    )  # fmt: skip
    rows = json.loads((out / manifest["files"][1]["name"]).read_bytes())["rows"]
    assert {r["receipt_number"] for r in rows} == {receipt, held[sound].receipt_no}
    assert _exports(branch) == (1, 2)


def payload_of_record(branch: Branch, record_id: str) -> dict[str, Any]:
    with Session(branch.engine) as db:
        row = db.get(Record, record_id)
        assert row is not None
        return payload_of(row)


def test_the_other_readers_of_a_damaged_record_still_answer(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The review queue and detail, the batch inbox, the tally, the reconciliation and
    `bpu-branch status` / `tally` read the same record: none fails on its damaged income."""
    branch.add_officer(SUPERVISOR, SUPERVISOR_PASSWORD, role="supervisor")
    laptop = laptop_factory()
    damaged = laptop.register(41, full_name=NAME)
    assert laptop.sync(server.url).completed
    row = branch.records()[damaged]
    set_income(branch, damaged, f"{NAME}, {nik_for(41)[0]}")
    day = date.fromisoformat(row.registration_date)

    supervisor = StaffClient(server.url, timeout=30)
    try:
        supervisor.login(SUPERVISOR, SUPERVISOR_PASSWORD)
        assert supervisor.review_item(damaged)["record"]["receipt_no"] == row.receipt_no
        supervisor.review()
        [batch] = supervisor.batches()["items"]
        assert supervisor.batch(batch["batch_id"])["records"][0]["id"] == damaged
        assert supervisor.tally(day)
        assert supervisor.tally_pdf(day).startswith(b"%PDF")
        assert supervisor.reconciliation(day)["items"]
        supervisor.activity()
    finally:
        supervisor.close()
    for command in (["status"], ["tally", "--date", day.isoformat()]):
        code = branch_main(["--db", branch.db_url, *command, "--json"])
        assert code == 0, capsys.readouterr()
        capsys.readouterr()


def test_a_payload_that_does_not_open_is_named_by_every_reader(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A stored payload cut short (a torn write): the export and the review detail refuse with
    their codes naming the receipt number; the batch inbox lists the record without a name."""
    branch.add_officer(SUPERVISOR, SUPERVISOR_PASSWORD, role="supervisor")
    laptop = laptop_factory()
    damaged = laptop.register(41, full_name=NAME)
    assert laptop.sync(server.url).completed
    receipt = branch.records()[damaged].receipt_no
    with Session(branch.engine) as db:
        row = db.get(Record, damaged)
        assert row is not None
        row.payload = row.payload[: len(row.payload) // 2]
        db.add(row)
        db.commit()

    code, refused = _export(branch, tmp_path / "export", capsys)
    assert (code, refused["error"]["code"]) == (1, "EXPORT_RECORD_UNREADABLE")
    assert receipt in refused["error"]["message"]
    assert not (tmp_path / "export").exists()  # a refused export leaves no empty folder
    supervisor = StaffClient(server.url, timeout=30)
    try:
        supervisor.login(SUPERVISOR, SUPERVISOR_PASSWORD)
        with pytest.raises(StaffError) as caught:
            supervisor.review_item(damaged)
        [batch] = supervisor.batches()["items"]
        [listed] = supervisor.batch(batch["batch_id"])["records"]
    finally:
        supervisor.close()
    assert (caught.value.status, caught.value.code) == (409, "RECORD_UNREADABLE")
    assert caught.value.params == {"receipts": [receipt]}
    assert receipt in message("RECORD_UNREADABLE", "id", **caught.value.params)
    assert (listed["receipt_no"], listed["full_name"], listed["nik_masked"]) == (receipt, "", "")
