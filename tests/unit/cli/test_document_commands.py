"""`receipt`, `tally` and `verify-receipt` end to end, as subprocesses over a real profile."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bpu_enroll.domain.formatting import zone_for_province
from bpu_enroll.services.profile import demo_init
from bpu_enroll.services.receipts import public_key_of
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.store.keys import FAST_KDF
from tests.unit.documents.pdf_helpers import decode_qr, flat, page_sizes, pdf_text, render_page
from tests.unit.file_helpers import grown_past
from tests.unit.services.samples import nik_for, registration


@dataclass(frozen=True)
class Run:
    """One finished command: exit code, stdout parsed as JSON when possible, stderr."""

    code: int
    out: Any
    stdout: str
    stderr: str


def bpu(*argv: str | Path, password: str | None = "demo") -> Run:
    """Run `python -m bpu_enroll ARGV` with the password in the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BPU_ENROLL_")}
    if password is not None:
        env["BPU_ENROLL_PASSWORD"] = password
    done = subprocess.run(
        [sys.executable, "-m", "bpu_enroll", *map(str, argv)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    try:
        out = json.loads(done.stdout) if done.stdout.strip() else None
    except json.JSONDecodeError:
        out = None
    return Run(done.returncode, out, done.stdout, done.stderr)


@dataclass(frozen=True)
class Profile:
    """A demo profile holding one final registration made now (real clock)."""

    data_dir: Path
    record_id: str
    receipt_number: str
    local_day: str
    public_key: bytes

    @property
    def store(self) -> list[str]:
        return ["--data-dir", str(self.data_dir), "--officer", "demo"]


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    data_dir = tmp_path / "profile"
    demo_init(data_dir, kdf=FAST_KDF)
    with unlock(data_dir, "demo", "demo") as session:
        stored = RegistrationService(session).finalise(registration(21))
        key = public_key_of(session.device_signing_key())
    zone, _label = zone_for_province("32")
    day = stored.created_at.astimezone(zone).date().isoformat()
    return Profile(data_dir, stored.id, stored.receipt_number, day, key)


def test_receipt_prints_the_original_then_numbered_copies(profile: Profile, tmp_path: Path) -> None:
    first_pdf, copy_pdf = tmp_path / "first.pdf", tmp_path / "copy.pdf"
    first = bpu("receipt", profile.receipt_number, "--out", first_pdf, *profile.store, "--json")
    assert first.code == 0, first.stderr
    assert first.out == {
        "receipt_number": profile.receipt_number,
        "out": str(first_pdf),
        "reprint_count": 0,
    }
    copy = bpu("receipt", profile.record_id, "--out", copy_pdf, "--size", "80mm",
               *profile.store, "--json")  # fmt: skip
    assert copy.code == 0, copy.stderr
    assert copy.out["reprint_count"] == 1

    first_text = flat(pdf_text(first_pdf.read_bytes()))
    copy_text = flat(pdf_text(copy_pdf.read_bytes()))
    assert profile.receipt_number in first_text and "SALINAN" not in first_text
    assert "SALINAN — cetak ulang ke-1" in copy_text
    assert nik_for(21) not in first_text + copy_text + first.stderr + copy.stderr
    assert page_sizes(copy_pdf.read_bytes())[0][0] == pytest.approx(226.77, abs=0.5)
    scanned = decode_qr(render_page(first_pdf.read_bytes()))
    assert scanned == decode_qr(render_page(copy_pdf.read_bytes(), scale=203 / 72))
    assert scanned[0].startswith("BPU1.")


def test_receipt_refusals_are_clean(profile: Profile, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    missing = bpu("receipt", "DEMO-D0001-20000101-99999", "--out", out, *profile.store, "--json")
    assert (missing.code, missing.out["error"]["code"]) == (1, "NOT_FOUND")
    assert not out.exists()
    wrong = bpu("receipt", profile.receipt_number, "--out", out, *profile.store, "--json",
                password="salah")  # fmt: skip
    assert (wrong.code, wrong.out["error"]["code"]) == (1, "AUTH_FAILED")
    no_officer = bpu("receipt", profile.receipt_number, "--out", out, "--data-dir",
                     profile.data_dir)  # fmt: skip
    assert no_officer.code == 2
    assert "Traceback" not in missing.stderr + wrong.stderr + no_officer.stderr


def test_verify_receipt_with_the_store_keys_and_offline_keys(
    profile: Profile, tmp_path: Path
) -> None:
    pdf = tmp_path / "receipt.pdf"
    assert bpu("receipt", profile.record_id, "--out", pdf, *profile.store).code == 0

    with_store = bpu("verify-receipt", pdf, *profile.store, "--json")
    assert with_store.code == 0, with_store.stderr
    assert with_store.out["valid"] is True
    assert with_store.out["receipt_number"] == profile.receipt_number
    assert with_store.out["device"] == "D0001"
    assert with_store.out["reason"] == "OK"
    assert with_store.out["issued_at"].endswith("Z")

    stranger = bpu("verify-receipt", pdf, "--json", password=None)
    assert stranger.code == 1
    assert (stranger.out["valid"], stranger.out["reason"]) == (False, "UNKNOWN_DEVICE")

    key = base64.b64encode(profile.public_key).decode()
    by_option = bpu("verify-receipt", pdf, "--device-key", f"D0001={key}", "--json",
                    password=None)  # fmt: skip
    assert (by_option.code, by_option.out["valid"]) == (0, True)
    keys_file = tmp_path / "keys.json"
    keys_file.write_text(json.dumps({"D0001": key}), encoding="utf-8")
    payload = decode_qr(render_page(pdf.read_bytes()))[0]
    by_file = bpu("verify-receipt", payload, "--keys", keys_file, "--json", password=None)
    assert (by_file.code, by_file.out) == (0, with_store.out)


def test_verify_receipt_refuses_tampered_payloads_and_garbage(
    profile: Profile, tmp_path: Path
) -> None:
    pdf = tmp_path / "receipt.pdf"
    assert bpu("receipt", profile.record_id, "--out", pdf, *profile.store).code == 0
    payload = decode_qr(render_page(pdf.read_bytes()))[0]
    prefix, body, signature = payload.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["n"] = claims["n"][:-1] + ("9" if claims["n"][-1] != "9" else "8")
    forged = (
        base64.urlsafe_b64encode(json.dumps(claims, sort_keys=True, separators=(",", ":")).encode())
        .rstrip(b"=")
        .decode()
    )
    key = base64.b64encode(profile.public_key).decode()

    tampered = bpu("verify-receipt", f"{prefix}.{forged}.{signature}",
                   "--device-key", f"D0001={key}", "--json", password=None)  # fmt: skip
    assert tampered.code == 1
    assert (tampered.out["valid"], tampered.out["reason"]) == (False, "BAD_SIGNATURE")

    garbage_file = tmp_path / "garbage.bin"
    garbage_file.write_bytes(os.urandom(512))
    for garbage in ("garbage", garbage_file):
        run = bpu("verify-receipt", garbage, "--device-key", f"D0001={key}", "--json",
                  password=None)  # fmt: skip
        assert run.code == 1, run.stderr
        assert run.out == {"valid": False, "receipt_number": None, "issued_at": None,
                           "device": None, "reason": "MALFORMED"}  # fmt: skip
        assert "Traceback" not in run.stderr

    bad_key = bpu("verify-receipt", payload, "--device-key", "D0001=not-a-key", "--json",
                  password=None)  # fmt: skip
    assert bad_key.code == 2 and "Traceback" not in bad_key.stderr
    missing = bpu("verify-receipt", tmp_path / "nothing.pdf", "--json", password=None)
    assert (missing.code, missing.out["error"]["code"]) == (1, "FILE_NOT_FOUND")


def test_tally_writes_the_pdf_and_prints_the_same_figures(profile: Profile, tmp_path: Path) -> None:
    pdf = tmp_path / "tally.pdf"
    run = bpu("tally", "--date", profile.local_day, "--out", pdf, *profile.store, "--json")
    assert run.code == 0, run.stderr
    figures = run.out
    assert figures["date"] == profile.local_day
    assert figures["totals"]["records"] == 1
    assert figures["totals"]["first_receipt"] == profile.receipt_number
    assert figures["rows"][0]["officer"] == "demo"
    assert figures["labels"]["officers"]["demo"] == "Petugas Demo (demo)"
    assert figures["hash"] in flat(pdf_text(pdf.read_bytes()))

    only_json = bpu("tally", "--date", profile.local_day, *profile.store, "--json")
    assert only_json.code == 0
    assert only_json.out["hash"] == figures["hash"]

    empty = bpu("tally", "--date", "2000-01-01", *profile.store, "--json")
    assert (empty.code, empty.out["totals"]["records"], empty.out["rows"]) == (0, 0, [])
    assert bpu("tally", "--date", profile.local_day, *profile.store).code == 2
    assert bpu("tally", "--date", "10-05-2026", "--json", *profile.store).code == 2


def test_verify_receipt_refuses_a_file_too_large_before_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file too large to be a receipt is refused (`USAGE`, `receipt_too_large`, exit 2) as
    `bpu-branch verify-receipt` refuses it: it was taken silently as nothing, said MALFORMED.
    The size is that of the opened file and the read stops past the limit, so a file that grows
    after its size was looked at cannot pass either."""
    from bpu_enroll.cli import document_commands
    from bpu_enroll.cli.common import CommandError
    from bpu_enroll.services import receipts

    huge = tmp_path / "disk.pdf"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(receipts.MAX_RECEIPT_FILE + 1)
    run = bpu("verify-receipt", huge, "--json", "--lang", "en", password=None)
    assert run.code == 2, run.stderr
    assert run.out["error"]["code"] == "USAGE"
    assert "too large to be a receipt" in run.out["error"]["message"]

    monkeypatch.setattr(receipts, "MAX_RECEIPT_FILE", 4096)
    grown = grown_past(tmp_path, monkeypatch, 4096)
    with pytest.raises(CommandError) as refused:
        document_commands._read_document(str(grown), "en")
    assert refused.value.code == "USAGE"
    assert refused.value.params["why"] == "receipt_too_large"
    grown.write_bytes(b"%PDF" + b"x" * 4092)  # at the limit: read
    assert document_commands._read_document(str(grown), "en") == grown.read_bytes()
