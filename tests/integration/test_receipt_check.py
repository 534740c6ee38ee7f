"""Receipts verified at the branch (`bpu-branch verify-receipt`, the staff route): valid, with
the device, officer and time and the record's state here; tampered, unknown-device and
revoked-device receipts refused with a code."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from nacl.signing import SigningKey
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.models import AuditEntry
from bpu_enroll.branch.workspace.receipt_check import verify_receipt_at_branch
from bpu_enroll.documents.qr import sign_receipt_payload
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.services.registration import RegistrationService
from tests.integration.helpers import OFFICER, Branch, Laptop, ServerThread, nik_for
from tests.unit.file_helpers import grown_past


def _check(branch: Branch, document: str | bytes) -> dict:
    with Session(branch.engine) as db:
        return verify_receipt_at_branch(db, document)


def _cli(branch: Branch, argument: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = branch_main(["--db", branch.db_url, "verify-receipt", argument, "--json"])
    return code, json.loads(capsys.readouterr().out)


def _tampered(payload: str) -> str:
    """The same payload claiming another receipt number, still well formed, old signature."""
    prefix, body, signature = payload.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["n"] = claims["n"][:-1] + ("9" if claims["n"][-1] != "9" else "8")
    raw = json.dumps(claims, sort_keys=True, separators=(",", ":")).encode("ascii")
    forged = base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
    return f"{prefix}.{forged}.{signature}"


def test_a_receipt_is_followed_from_the_laptop_to_its_kpj(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    kept, voided = laptop.register(1), laptop.register(2)
    receipts = ReceiptService(laptop.session)
    pdf = tmp_path / "tanda-terima.pdf"
    pdf.write_bytes(receipts.render(kept).pdf)
    voided_payload = receipts.render(voided).payload
    RegistrationService(laptop.session).void(voided, "salah ketik")

    before = _check(branch, pdf.read_bytes())
    assert before["valid"] is True and before["reason"] == "OK"
    assert before["device"] == laptop.device_code and before["issued_at"]
    assert before["record"] == {"state": "not_received", "kpj": None, "content_matches": None}

    assert laptop.sync(server.url).completed
    code, after = _cli(branch, str(pdf), capsys)
    assert code == 0 and after["valid"] is True and after["officer"] == OFFICER
    assert after["record"]["state"] == "accepted" and after["record"]["kpj"]
    assert after["record"]["content_matches"] is True
    assert {"valid", "receipt_number", "issued_at", "device", "reason"} <= set(after)
    assert _check(branch, voided_payload)["record"]["state"] == "voided"

    branch.add_officer("rina", "rahasia-rina", role="clerk")
    with httpx.Client(base_url=server.url, timeout=30) as http:
        token = http.post(
            "/api/v1/staff/login", json={"username": "rina", "password": "rahasia-rina"}
        ).json()["token"]
        answer = http.post(
            "/api/v1/staff/receipts/verify",
            json={"payload": receipts.render(kept).payload},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert answer.status_code == 200
    assert answer.json()["record"] == after["record"]


def test_tampered_and_unknown_device_receipts_are_refused(
    branch: Branch, laptop_factory: Callable[[], Laptop], capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = laptop_factory()
    payload = ReceiptService(laptop.session).render(laptop.register(3)).payload
    code, tampered = _cli(branch, _tampered(payload), capsys)
    assert code == 1 and (tampered["valid"], tampered["reason"]) == (False, "BAD_SIGNATURE")
    assert tampered["record"] is None and tampered["officer"] is None

    stranger = sign_receipt_payload(
        receipt_number="JKT01-D9999-20261204-00001",
        record_id="6f1c1c0e-0000-4000-8000-000000000001",
        content_hash="ab" * 32,
        issued_at=datetime.now(UTC),
        device_code="D9999",
        signing_key=bytes(SigningKey.generate()),
    )
    code, unknown = _cli(branch, stranger, capsys)
    assert code == 1 and (unknown["valid"], unknown["reason"]) == (False, "UNKNOWN_DEVICE")
    code, garbage = _cli(branch, "bukan tanda terima", capsys)
    assert code == 1 and garbage["reason"] == "MALFORMED"


def test_a_revoked_devices_receipt_counts_only_before_its_revocation(
    branch: Branch, laptop_factory: Callable[[], Laptop], capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = laptop_factory()
    receipts = ReceiptService(laptop.session)
    before = receipts.render(laptop.register(4)).payload
    with Session(branch.engine) as db:
        admin.revoke_device(db, code=laptop.device_code)
    late = sign_receipt_payload(
        receipt_number=f"JKT01-{laptop.device_code}-20261204-00099",
        record_id="6f1c1c0e-0000-4000-8000-000000000002",
        content_hash="cd" * 32,
        issued_at=datetime.now(UTC) + timedelta(minutes=1),
        device_code=laptop.device_code,
        signing_key=laptop.session.device_signing_key(),
    )
    assert _check(branch, before)["valid"] is True
    refused = _check(branch, late)
    assert (refused["valid"], refused["reason"]) == (False, "DEVICE_REVOKED")
    assert refused["device"] == laptop.device_code
    # Without --json the reason is said in words (the receipt's, not the laptop's), then coded.
    for lang, words in (
        ("id", "TIDAK SAH: Laptop menerbitkannya setelah dicabut oleh kantor cabang."),
        ("en", "NOT VALID: The laptop issued it after the branch revoked it."),
    ):
        code = branch_main(["--db", branch.db_url, "--lang", lang, "verify-receipt", late])
        assert (code, capsys.readouterr().out) == (1, f"{words} (DEVICE_REVOKED)\n")


def test_a_file_too_large_for_a_receipt_is_refused_before_it_is_read(
    branch: Branch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`bpu-branch verify-receipt` refuses a file too large to be a receipt from the opened
    file's size, and reads no further than one byte past the limit: it looked at the size by
    name and then read the file whole, so a file that grew in between went through."""
    from bpu_enroll.branch.admin import records_cli
    from bpu_enroll.domain.errors import message
    from bpu_enroll.services import receipts

    monkeypatch.setattr(receipts, "MAX_RECEIPT_FILE", 4096)
    monkeypatch.setattr(records_cli, "MAX_RECEIPT_FILE", 4096, raising=False)  # where it was
    grown = grown_past(tmp_path, monkeypatch, 4096)
    argv = ["--db", branch.db_url, "verify-receipt", str(grown), "--json", "--lang", "en"]
    assert branch_main(argv) == 2
    refused = json.loads(capsys.readouterr().out)["error"]
    assert refused["code"] == "USAGE"
    assert refused["message"] == message("USAGE", "en", why="receipt_too_large")

    grown.write_bytes(b"%PDF" + b"x" * 4092)  # at the limit: read, and not a receipt
    code, verdict = _cli(branch, str(grown), capsys)
    assert code == 1 and verdict["reason"] == "MALFORMED"


@pytest.mark.parametrize("name", ["missing.pdf", "scan.JPG", "foto.png"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_receipt_file_that_is_not_there_is_file_not_found(
    branch: Branch, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, lang: str
) -> None:
    """A receipt file named that is not there is `FILE_NOT_FOUND`, exit 1, as
    `bpu-enroll verify-receipt` and `bpu-branch import` say it: it was `USAGE`, exit 2, for a
    PDF, and a missing scan was judged as a QR text (`MALFORMED`)."""
    from bpu_enroll.domain.errors import message

    missing = str(tmp_path / name)
    argv = ["--db", branch.db_url, "verify-receipt", missing, "--json", "--lang", lang]

    assert branch_main(argv) == 1
    out, err = capsys.readouterr()
    said = message("FILE_NOT_FOUND", lang, path=missing)
    assert json.loads(out) == {"error": {"code": "FILE_NOT_FOUND", "message": said}}
    assert err == f"FILE_NOT_FOUND: {said}\n"


def _viewed(branch: Branch) -> list[AuditEntry]:
    with Session(branch.engine) as db:
        return list(db.exec(select(AuditEntry).where(AuditEntry.action == "record_viewed")))


def test_the_command_that_shows_a_workers_record_is_audited_like_the_workspace(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`bpu-branch verify-receipt` shows the branch's record of a worker (officer, state, KPJ)
    and wrote nothing, where the same check in the workspace is a `record_viewed` line (UU
    27/2022: who viewed what). Now one line: the system user as `cli:` actor, the record id,
    the receipt number and the way `receipt_check_cli`, never the NIK, name or phone; nothing
    for a tampered or unreadable receipt or one the branch does not hold; the chain holds."""
    monkeypatch.setenv("USER", "kepala")
    laptop = laptop_factory()
    record_id = laptop.register(5)
    payload = ReceiptService(laptop.session).render(record_id).payload
    for unseen in (payload, _tampered(payload), "bukan tanda terima"):  # not held yet, bad
        _cli(branch, unseen, capsys)
    assert _viewed(branch) == []
    assert laptop.sync(server.url).completed
    assert _cli(branch, _tampered(payload), capsys)[0] == 1
    assert _viewed(branch) == []
    code, verdict = _cli(branch, payload, capsys)
    assert code == 0 and verdict["record"]["state"] == "accepted"
    [line] = _viewed(branch)
    assert (line.actor, line.subject) == ("cli:kepala", record_id)
    receipt_no = verdict["receipt_number"]
    assert json.loads(line.detail) == {"way": "receipt_check_cli", "receipt_no": receipt_no}
    said = line.detail + line.actor + line.subject
    for personal in (nik_for(5)[0], "Budi", "BUDI", "3456", "7890"):
        assert personal not in said
    assert branch_main(["--db", branch.db_url, "audit-verify", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["valid"] is True
