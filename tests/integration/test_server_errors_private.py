"""An unexpected error of the real `bpu-branch serve` writes nothing personal to its log: a
laptop's stored tally whose count of unsent records holds the worker's name, street and NIK (a
corrupt value: the fields slid along) makes the supervisor's reconciliation fail with an
exception whose message carries all three, and every line the server wrote names the
exception's type and the route's pattern, never the message; the client gets a coded 500
`SERVER_ERROR` without a traceback. (A damaged stored record no longer makes the export fail
unexpectedly: it is refused as `EXPORT_RECORD_UNREADABLE`, test_export_unreadable.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.store.fields import seal_tally
from bpu_enroll.branch.store.laptop_reports import LaptopTallyRow
from tests.integration.helpers import Branch, enrol, nik_for
from tests.integration.processes import ServeProcess

SUPERVISOR, SUPERVISOR_PASSWORD = "dewi", "rahasia-dewi"
NAME = "Sulastri Wahyuningsih"
STREET = "Jl. Kenanga Indah Gg. Mawar No. 17"


def _corrupt_tally(branch: Branch, value: str) -> str:
    """Write `value` into the laptop's stored tally as its count of records not yet sent,
    sealed as the store keeps it; the tally's day."""
    with Session(branch.engine) as db:
        [row] = db.exec(select(LaptopTallyRow)).all()
        document = row.figures()
        document["totals"]["by_status"]["final"] = value
        row.document = seal_tally(db, json.dumps(document, sort_keys=True))
        db.add(row)
        db.commit()
        return row.day


@pytest.mark.slow
def test_an_unexpected_error_logs_its_type_and_route_never_its_message(
    branch: Branch, tmp_path: Path, serve_processes: list[ServeProcess]
) -> None:
    branch.add_officer(SUPERVISOR, SUPERVISOR_PASSWORD, role="supervisor")
    log = tmp_path / "serve.log"
    server = ServeProcess(branch.db_url, log, workers=1).start()
    serve_processes.append(server)
    laptop = enrol(branch, server.url, tmp_path / "laptop")
    assert not isinstance(laptop, str)
    try:
        nik = nik_for(41)[0]
        laptop.register(41, full_name=NAME, address={
            "street": STREET, "rt": "4", "rw": "9", "village_code": "3201011001"})  # fmt: skip
        assert laptop.sync(server.url).completed
    finally:
        laptop.close()
    day = _corrupt_tally(branch, f"{NAME}, {STREET}, {nik}")

    with httpx.Client(base_url=server.url, timeout=60) as http:
        token = http.post(
            "/api/v1/staff/login", json={"username": SUPERVISOR, "password": SUPERVISOR_PASSWORD}
        )
        assert token.status_code == 200, token.text
        headers = {"Authorization": f"Bearer {token.json()['token']}"}
        answer = http.get("/api/v1/staff/reconciliation", params={"date": day}, headers=headers)
        assert http.get("/api/v1/health").status_code == 200  # the worker still serves
    server.stop()

    assert answer.status_code == 500
    assert answer.json() == {
        "error": {"code": "SERVER_ERROR", "message": "the branch server failed; see its log"}
    }
    assert answer.headers["cache-control"] == "no-store"  # as every other answer says
    written = log.read_text(encoding="utf-8")
    for unwanted in (NAME, "Sulastri", "Kenanga", nik, nik[-6:]):
        assert unwanted not in written, written
    assert "invalid literal" not in written, written  # the message, masked or not
    [line] = [x for x in written.splitlines() if '"unexpected"' in x]
    failed = json.loads(line.split(" ", 3)[3])
    assert failed["unexpected"] == "ValueError"
    assert failed["route"] == "/api/v1/staff/reconciliation"
    assert failed["status"] == 500
    assert "bpu_enroll/branch/workspace/supervisor.py" in written  # the frames are kept
    assert ", in reconcile" in written
