"""A laptop's enrolment whose answer was lost after the branch committed it can be retried.

The branch enrolled the laptop and the answer never arrived (the connection cut on its way back,
the laptop killed while it waited, the profile not made): the laptop's next try presents the same
key with the same code and the branch answers the same enrolment again. Exactly one device, the
code used once, an audit line saying it was answered again, and the laptop syncs afterwards. On
SQLite and on PostgreSQL, with the real server on loopback.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from nacl.signing import SigningKey
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.store.models import Device, EnrolCode
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.enrolment import enrol_laptop
from bpu_enroll.services.profile import profile_exists
from bpu_enroll.store.lock import acquire_lock
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.enrolment import sign_enrolment
from bpu_enroll.sync.laptop_store import load_sync_state
from tests.integration.faults import CuttingProxy, Fault, FaultyApp
from tests.integration.helpers import (
    Branch,
    ServerThread,
    audit_lines,
    fast_retry,
    open_laptop,
)

ROOT = Path(__file__).resolve().parents[2]
AGAIN = "device_enrol_answered_again"
PENDING_KEY_FILE = "enrol-pending.json"  # sync.enrolment: the key kept until the profile has it


def _enrolled_once(branch: Branch, code: str, device_code: str) -> None:
    """One device, the code used once and bound to it, one enrolment line."""
    with Session(branch.engine) as db:
        devices = db.exec(select(Device)).all()
        assert [d.code for d in devices] == [device_code]
        (row,) = db.exec(
            select(EnrolCode).where(EnrolCode.code_hash == admin.code_hash(code))
        ).all()
        assert row.used_at is not None and row.device_id == devices[0].id
    actions = [line["action"] for line in audit_lines(branch)]
    assert actions.count("device_enrolled") == 1


def _syncs(branch: Branch, url: str, data_dir: Path, device_code: str) -> None:
    """The enrolled laptop registers a worker and syncs it to the branch."""
    laptop = open_laptop(data_dir, device_code)
    try:
        laptop.register(4100)
        assert laptop.sync(url).completed
    finally:
        laptop.close()
    assert len(branch.records()) == 1
    assert not (data_dir / PENDING_KEY_FILE).exists()  # the profile holds the key now


def test_an_answer_cut_on_its_way_back_is_asked_again_and_answered(
    branch: Branch, server: ServerThread, tmp_path: Path
) -> None:
    """The connection cut after the branch committed: the laptop's own retry (same key, same
    code) gets the same enrolment; on the old code it was refused `ENROL_CODE_INVALID`."""
    issued = branch.code()
    proxy = CuttingProxy(server.port)
    try:
        # The laptop asks the branch's code first (its signature names it), on the same
        # connection: the cut falls one byte into the enrol answer, after the health answer.
        proxy.arm(cut_after=_health_answer_bytes(server.port) + 1, direction="down")
        enrolled = enrol_laptop(
            tmp_path / "laptop", server_url=proxy.url, code=issued.code, fingerprint=None,
            now=datetime.now(UTC), retry=fast_retry(attempts=3),
        )  # fmt: skip
    finally:
        proxy.close()
    assert proxy.cuts == 1
    assert enrolled.device_code == "D0001"
    _enrolled_once(branch, issued.code, "D0001")
    (line,) = [line for line in audit_lines(branch) if line["action"] == AGAIN]
    assert (line["actor"], line["subject"]) == ("device:D0001", "D0001")
    assert issued.code not in json.dumps(audit_lines(branch))
    _syncs(branch, server.url, tmp_path / "laptop", "D0001")


def _health_answer_bytes(port: int) -> int:
    """How many bytes the branch's health answer takes on the wire (headers and body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        raw = b""
        while b"\r\n\r\n" not in raw:
            raw += sock.recv(65536)
        head, _, body = raw.partition(b"\r\n\r\n")
        length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length")))  # fmt: skip
        while len(body) < length:
            body += sock.recv(65536)
    return len(head) + 4 + length


ENROLL = """
import sys
from bpu_enroll.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_laptop_killed_while_it_waited_finishes_enrolling_on_its_next_run(
    branch: Branch, faulty: tuple[FaultyApp, ServerThread], tmp_path: Path
) -> None:
    """`bpu-enroll enroll` SIGKILLed once the branch has committed, before its answer goes out:
    the next run (a new process) presents the key the first one wrote before it asked, and
    finishes. On the old code each run made a new key and the second was refused."""
    app, running = faulty
    issued = branch.code()
    data_dir = tmp_path / "laptop"
    command = [sys.executable, "-c", ENROLL, "enroll", "--server", running.url,
               "--code", issued.code, "--data-dir", str(data_dir), "--json"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    app.add(Fault("POST", "/enrol", status=500, hook=lambda: os.kill(first.pid, signal.SIGKILL)))
    first.communicate(timeout=120)
    assert first.returncode == -signal.SIGKILL
    assert len(app.applied) == 1  # killed after the branch enrolled it, not before
    assert not profile_exists(data_dir)
    with Session(branch.engine) as db:
        assert len(db.exec(select(Device)).all()) == 1
    pending = data_dir / PENDING_KEY_FILE  # written before the code was sent, for the owner only
    assert pending.stat().st_mode & 0o777 == 0o600
    kept = pending.read_bytes()
    assert issued.code.encode() not in kept and issued.code.replace("-", "").encode() not in kept

    second = subprocess.run(
        command, check=False, env=env, capture_output=True, text=True, timeout=120
    )
    assert second.returncode == 0, second.stdout + second.stderr
    assert json.loads(second.stdout)["device_code"] == "D0001"
    _enrolled_once(branch, issued.code, "D0001")
    assert [line["action"] for line in audit_lines(branch)].count(AGAIN) == 1
    assert not pending.exists()
    pending.write_bytes(kept)  # as a kill after the keyring, before the key was forgotten, left
    _syncs(branch, running.url, data_dir, "D0001")  # the first sign-in forgets it


def test_a_profile_not_made_after_the_answer_is_made_by_the_next_try(
    branch: Branch, server: ServerThread, tmp_path: Path
) -> None:
    """The answer arrived but the profile could not be made (the data folder held by another
    copy of the app): the branch keys were kept, and the next try with the same code is answered
    again and makes the profile. On the old code the code was spent and the laptop stuck."""
    issued = branch.code()
    data_dir = tmp_path / "laptop"
    held = acquire_lock(data_dir)
    try:
        with pytest.raises(BpuError, match="STORE_LOCKED"):
            enrol_laptop(data_dir, server_url=server.url, code=issued.code, fingerprint=None,
                         now=datetime.now(UTC))  # fmt: skip
    finally:
        held.release()
    assert not profile_exists(data_dir)
    assert load_sync_state(data_dir).branch_signing_key  # kept before the profile was made
    enrolled = enrol_laptop(data_dir, server_url=server.url, code=issued.code, fingerprint=None,
                            now=datetime.now(UTC))  # fmt: skip
    assert enrolled.device_code == "D0001"
    _enrolled_once(branch, issued.code, "D0001")
    _syncs(branch, server.url, data_dir, "D0001")


def _post(url: str, code: str, key: SigningKey) -> httpx.Response:
    branch_code = httpx.get(f"{url}/api/v1/health", timeout=60).json()["branch_code"]
    request = sign_enrolment(code, key, branch_code, label="A")
    return httpx.post(f"{url}/api/v1/enrol", json=request.model_dump(mode="json"), timeout=60)


def _error(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["error"]["code"]


def test_only_the_key_that_enrolled_is_answered_again_and_only_while_it_may(
    branch: Branch, server: ServerThread
) -> None:
    """Same key: the same device with today's roster, the code used once. Another key:
    `ENROL_CODE_INVALID`. The device revoked: `ENROL_DEVICE_REVOKED`. The code expired:
    `ENROL_CODE_INVALID` for its own key too."""
    issued = branch.code()
    key = SigningKey.generate()
    first = _post(server.url, issued.code, key)
    assert first.status_code == 200
    branch.add_officer("dewi", "rahasia-DEWI-2026")
    again = _post(server.url, issued.code, key)
    assert again.status_code == 200, again.text
    assert again.json()["device_code"] == first.json()["device_code"] == "D0001"
    assert {o["username"] for o in again.json()["roster"]} == {
        o["username"] for o in first.json()["roster"]
    } | {"dewi"}
    assert _error(_post(server.url, issued.code, SigningKey.generate())) == (
        403, "ENROL_CODE_INVALID",
    )  # fmt: skip
    _enrolled_once(branch, issued.code, "D0001")
    with Session(branch.engine) as db:
        admin.revoke_device(db, code="D0001")
        db.commit()
    assert _error(_post(server.url, issued.code, key)) == (403, "ENROL_DEVICE_REVOKED")
    refused = [line for line in audit_lines(branch) if line["action"] == "device_refused"]
    assert (refused[-1]["actor"], refused[-1]["detail"]["code"]) == (
        "device:D0001",
        "ENROL_DEVICE_REVOKED",
    )

    other, other_key = branch.code(), SigningKey.generate()
    assert _post(server.url, other.code, other_key).status_code == 200
    with Session(branch.engine) as db:
        row = db.exec(
            select(EnrolCode).where(EnrolCode.code_hash == admin.code_hash(other.code))
        ).one()
        row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        db.add(row)
        db.commit()
    assert _error(_post(server.url, other.code, other_key)) == (403, "ENROL_CODE_INVALID")
    assert [line["action"] for line in audit_lines(branch)].count(AGAIN) == 1


def test_a_retry_sent_while_the_first_try_still_runs_gets_the_same_enrolment(
    branch: Branch, server: ServerThread
) -> None:
    """A laptop that gave up waiting and asked again while the branch was still committing its
    first request: both answered with the same device, one device at the branch."""
    issued = branch.code()
    key = SigningKey.generate()
    start = threading.Barrier(4)
    answers: list[httpx.Response] = []

    def ask() -> None:
        start.wait()
        answers.append(_post(server.url, issued.code, key))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert [a.status_code for a in answers] == [200] * 4, [a.text for a in answers]
    assert {a.json()["device_code"] for a in answers} == {"D0001"}
    _enrolled_once(branch, issued.code, "D0001")


def test_a_key_no_try_can_enrol_is_not_kept(
    branch: Branch, server: ServerThread, tmp_path: Path
) -> None:
    """A code typed wrong: refused, and the key made for it is not left in the folder; the right
    code then enrols with a key of its own."""
    issued = branch.code()
    data_dir = tmp_path / "laptop"
    wrong = "ZZZZ-" + issued.code[5:]
    with pytest.raises(SyncRefused) as refused:
        enrol_laptop(data_dir, server_url=server.url, code=wrong, fingerprint=None,
                     now=datetime.now(UTC))  # fmt: skip
    assert refused.value.code == "ENROL_CODE_INVALID"
    assert not (data_dir / PENDING_KEY_FILE).exists()
    enrolled = enrol_laptop(data_dir, server_url=server.url, code=issued.code, fingerprint=None,
                            now=datetime.now(UTC))  # fmt: skip
    _enrolled_once(branch, issued.code, enrolled.device_code)
