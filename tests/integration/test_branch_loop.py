"""The branch keeps its laptops in step, against the real server on both back ends: the clerk's
note reaches `attention --json`, a correction that changes nothing is refused on both sides, a
revoked device stops issuing receipts, a revoked officer is told so at sign-in, and laptops
carry field officers only."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlmodel import Session

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.device.importer import import_batch_file
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.store.keyring import load_keyring
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.laptop_store import load_sync_state, records_to_send
from bpu_enroll.sync.protocol import API_PREFIX, RecordPayload
from bpu_enroll.sync.runner import sign_manifest
from bpu_enroll.sync.staff_client import StaffClient
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    exhaust_kpj_range,
    registration,
)

CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"
NOTE = "Nama pada KTP: mohon cek ejaan"
OLD_RESULT_KEYS = {"id", "result", "state", "kpj", "reasons"}  # RecordResult of 0.1.0


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    capsys.readouterr()
    code = laptop_main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def _store_args(laptop: Laptop, officer: str = OFFICER) -> list[str]:
    return ["--data-dir", str(laptop.data_dir), "--officer", officer]


def _push(laptop: Laptop, url: str, records: list[RecordPayload]) -> dict[str, Any]:
    """Send hand-made payloads through the real protocol; results by record id."""
    signed = sign_manifest(
        records,
        device_code=laptop.device_code,
        signing_key=laptop.signing_key,
        batch_id=str(uuid.uuid4()),
    )
    with httpx.Client(base_url=url, timeout=30) as http:
        client = laptop.client(http)
        answer = client.announce(signed)
        chunk = client.send_records(answer.batch_id, records)
    return {r.id: r for r in chunk.results}


def _next_receipt(receipt_no: str, step: int = 1) -> str:
    head, seq = receipt_no.rsplit("-", 1)
    return f"{head}-{int(seq) + step:05d}"


def test_the_clerks_note_reaches_attention_json_and_the_record(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    laptop = laptop_factory()
    exhaust_kpj_range(branch)
    asked = laptop.register(1)
    laptop.sync(server.url)
    clerk = StaffClient(server.url, timeout=30)
    clerk.login(CLERK, CLERK_PASSWORD)
    clerk.decide(asked, "request_correction", reason_code="NAME_FORMAT", note=NOTE)
    clerk.close()
    laptop.sync(server.url)
    detail = RegistrationService(laptop.session).get(asked)
    assert detail.branch_note == NOTE
    assert detail.reject_codes == ("CORRECTION_REQUESTED", "NAME_FORMAT")
    assert detail.branch_reason_text and "perbaikan" in detail.branch_reason_text
    receipt = detail.row.receipt_number
    # A laptop of 0.1.0 (no `v`, refusing unknown keys) gets the pull it always got.
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http)
        old = client._send("GET", f"{API_PREFIX}/pull?cursor=0", b"", signed=True).json()
        new = client._send("GET", f"{API_PREFIX}/pull?cursor=0&v=2", b"", signed=True).json()
    assert set(old) == {"cursor", "decisions", "roster", "revoked_devices", "reference_data"}
    assert old["decisions"] and all(set(d) <= OLD_RESULT_KEYS for d in old["decisions"])
    assert new["retention_days"] == 30
    assert [d.get("note") for d in new["decisions"] if d["id"] == asked] == [NOTE]
    laptop.close()

    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    code, document = _cli(["attention", *_store_args(laptop), "--json"], capsys)
    assert code == 0
    assert document["count"] == 1 and document["device_revoked"] is False
    item = document["records"][0]
    assert (item["receipt_number"], item["state"], item["code"]) == (
        receipt,
        "rejected",
        "CORRECTION_REQUESTED",
    )
    assert item["note"] == NOTE
    assert item["action"] == "correct"
    assert "NIK" not in json.dumps(document) and "Budi" not in json.dumps(document)
    code, english = _cli(["--lang", "en", "attention", *_store_args(laptop), "--json"], capsys)
    assert "corrected" in english["records"][0]["reasons"]


def test_a_correction_that_changes_nothing_is_refused_on_the_laptop_and_at_the_branch(
    server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    first = laptop.register(2)
    service = RegistrationService(laptop.session)
    with pytest.raises(BpuError) as refused:
        service.correct(first, registration(2))
    assert refused.value.code == "CORRECTION_UNCHANGED"
    changed = service.correct(first, registration(2, full_name="Budi Santosa"))
    assert changed.replaces_receipt is not None

    # A laptop of an older version could still send one: the branch refuses it too.
    [original, correction] = records_to_send(laptop.session.store)
    laptop.sync(server.url)
    same = correction.model_copy(
        update={
            "id": str(uuid.uuid4()),
            "receipt_no": _next_receipt(correction.receipt_no),
            "supersedes": correction.id,
        }
    )
    results = _push(laptop, server.url, [same])
    assert results[same.id].state == "rejected"
    assert "CORRECTION_UNCHANGED" in results[same.id].reasons
    assert original.id != same.id


def test_a_revoked_device_stops_issuing_receipts_and_keeps_its_records(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = laptop_factory()
    tmp_path = laptop.data_dir.parent
    laptop.register(3)
    laptop.sync(server.url)
    waiting = laptop.register(4)
    with Session(branch.engine) as db:
        admin.revoke_device(db, code=laptop.device_code)
    with pytest.raises(SyncRefused) as refused:
        laptop.sync(server.url)
    assert refused.value.code == "DEVICE_REVOKED"
    state = load_sync_state(laptop.data_dir)
    assert state.device_revoked and state.device_revoked_at
    with pytest.raises(BpuError) as finalise:
        RegistrationService(laptop.session).finalise(registration(5))
    assert finalise.value.code == "DEVICE_REVOKED"
    assert RegistrationService(laptop.session).get(waiting).row.status == "final"
    laptop.close()

    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    worker = tmp_path / "worker.json"
    worker.write_text(json.dumps(registration(6)))
    code, document = _cli(["register", str(worker), *_store_args(laptop), "--json"], capsys)
    assert (code, document["error"]["code"]) == (1, "DEVICE_REVOKED")
    code, attention = _cli(["attention", *_store_args(laptop), "--json"], capsys)
    assert attention["device_revoked"] is True
    # What it holds still leaves by USB, for the branch to see.
    out = tmp_path / "batch.bpub"
    code, exported = _cli(
        ["export-batch", "--out", str(out), *_store_args(laptop), "--json"], capsys
    )
    assert code == 0 and exported["records"] == 1 and out.stat().st_size > 0
    # At the branch the file is read; its record waits for a clerk, no KPJ of its own accord.
    preview = import_batch_file(branch.engine, out.read_bytes(), dry_run=True)
    assert preview["device_revoked"] is True
    assert (preview["new"], preview.get("pending_review", 0)) == (0, 1)  # as the import holds it
    done = import_batch_file(branch.engine, out.read_bytes(), dry_run=False)
    assert (done["device_revoked"], done["pending_review"], done["accepted"]) == (True, 1, 0)
    held = branch.records()[waiting]
    assert (held.state, held.kpj) == ("pending_review", None)


def test_a_revoked_officer_is_told_so_at_sign_in_after_the_next_sync(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    branch.add_officer("budi", "rahasia-budi")
    laptop = laptop_factory()
    laptop.sync(server.url)
    laptop.session.provision_roster()
    laptop.close()
    unlock(laptop.data_dir, "budi", "rahasia-budi").close()  # budi can sign in

    with Session(branch.engine) as db:
        admin.revoke_officer(db, username="budi")
    again = unlock(laptop.data_dir, OFFICER, PASSWORD)
    laptop.session = again
    laptop.sync(server.url)
    laptop.close()
    with pytest.raises(BpuError) as refused:
        unlock(laptop.data_dir, "budi", "rahasia-budi")
    assert refused.value.code == "OFFICER_REVOKED"
    assert "dicabut" in refused.value.message("id")
    with pytest.raises(BpuError) as wrong:
        unlock(laptop.data_dir, "budi", "not-the-password")
    assert wrong.value.code == "AUTH_FAILED"  # the words only for who knows the password

    monkeypatch.setenv("BPU_ENROLL_PASSWORD", "rahasia-budi")
    code, document = _cli(["attention", *_store_args(laptop, "budi"), "--json"], capsys)
    assert (code, document["error"]["code"]) == (1, "OFFICER_REVOKED")
    assert "revoked" not in document["error"]["message"]  # Indonesian by default
    assert "dicabut" in document["error"]["message"]


def test_laptops_carry_field_officers_only(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    branch.add_officer("agus", "rahasia-agus", role="supervisor")
    laptop = laptop_factory()
    names = {o.username for o in load_keyring(laptop.data_dir).officers}
    assert names == {OFFICER}
    laptop.register(7)
    laptop.sync(server.url)
    assert {o.username for o in load_keyring(laptop.data_dir).officers} == {OFFICER}
    with pytest.raises(BpuError) as refused:
        unlock(laptop.data_dir, CLERK, CLERK_PASSWORD)
    assert refused.value.code == "AUTH_FAILED"

    # A record signed by a clerk (a laptop of an older version had clerks) is refused.
    laptop.register(8)
    [record] = records_to_send(laptop.session.store)
    by_clerk = record.model_copy(update={"officer": CLERK})
    results = _push(laptop, server.url, [by_clerk])
    assert results[record.id].state == "rejected"
    assert "OFFICER_NOT_FIELD" in results[record.id].reasons
