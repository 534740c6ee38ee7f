"""An unexpected error of the real `bpu-branch serve` writes nothing personal to its log.

A fault injected on purpose: a `prelude` run in the server process (its worker is forked from
it) replaces the reconciliation's `reconcile` with a function that raises a `ValueError` whose
message carries the worker's name, street and NIK, as a bug reading personal data would. The
supervisor's reconciliation then fails, and every line the server wrote names the exception's
type and the route's pattern, never the message; the client gets a coded 500 `SERVER_ERROR`
without a traceback. (The damaged data that used to provoke such errors no longer do: a damaged
stored record is refused as `EXPORT_RECORD_UNREADABLE`, test_export_unreadable.py, and a damaged
stored laptop tally as `TALLY_UNREADABLE`, test_workspace_supervisor.py.)"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.integration.helpers import Branch, enrol, nik_for
from tests.integration.processes import ServeProcess

SUPERVISOR, SUPERVISOR_PASSWORD = "dewi", "rahasia-dewi"
NAME = "Sulastri Wahyuningsih"
STREET = "Jl. Kenanga Indah Gg. Mawar No. 17"


def _fault(message: str) -> str:
    """The prelude that makes the reconciliation raise `ValueError(message)` (on purpose)."""
    return (
        "import bpu_enroll.branch.workspace.supervisor as _supervisor\n"
        "def _reconcile_fails(*args, **kwargs):\n"
        f"    raise ValueError({message!r})\n"
        "_supervisor.reconcile = _reconcile_fails\n"
    )


@pytest.mark.slow
def test_an_unexpected_error_logs_its_type_and_route_never_its_message(
    branch: Branch, tmp_path: Path, serve_processes: list[ServeProcess]
) -> None:
    branch.add_officer(SUPERVISOR, SUPERVISOR_PASSWORD, role="supervisor")
    log = tmp_path / "serve.log"
    nik = nik_for(41)[0]
    fault = _fault(f"invalid literal for int() with base 10: '{NAME}, {STREET}, {nik}'")
    server = ServeProcess(branch.db_url, log, workers=1, prelude=fault).start()
    serve_processes.append(server)
    laptop = enrol(branch, server.url, tmp_path / "laptop")
    assert not isinstance(laptop, str)
    try:
        laptop.register(41, full_name=NAME, address={
            "street": STREET, "rt": "4", "rw": "9", "village_code": "3201011001"})  # fmt: skip
        assert laptop.sync(server.url).completed
    finally:
        laptop.close()
    [day] = {record.registration_date for record in branch.records().values()}

    with httpx.Client(base_url=server.url, timeout=60) as http:
        token = http.post(
            "/api/v1/staff/login", json={"username": SUPERVISOR, "password": SUPERVISOR_PASSWORD}
        )
        assert token.status_code == 200, token.text
        headers = {"Authorization": f"Bearer {token.json()['token']}"}
        answer = http.get("/api/v1/staff/reconciliation", params={"date": day}, headers=headers)
        # The worker still serves, asked by the same client: after an unexpected error the
        # server closes the connection it answered on, and says so (`Connection: close`), so
        # the client's next request goes on a new one (on the closing one it met a reset).
        assert http.get("/api/v1/health").status_code == 200
    server.stop()

    assert answer.status_code == 500
    assert answer.json() == {
        "error": {"code": "SERVER_ERROR", "message": "the branch server failed; see its log"}
    }
    assert answer.headers["cache-control"] == "no-store"  # as every other answer says
    assert answer.headers["connection"] == "close"
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
    assert ", in reconciliation" in written
