"""The receipt QR payload: signing, offline verification, refusal of anything else."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey
from PIL import Image

from bpu_enroll.documents import qr
from bpu_enroll.documents.receipt.pdf import render_receipt
from bpu_enroll.documents.tally.pdf import render_tally

from . import samples
from .pdf_helpers import decode_qr

REASONS = {qr.OK, qr.MALFORMED, qr.UNKNOWN_DEVICE, qr.BAD_SIGNATURE}


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_a_signed_payload_verifies_and_tells_what_it_holds() -> None:
    payload = samples.payload()
    result = qr.verify_receipt_payload(payload, device_keys=samples.device_keys())
    assert result.valid
    assert result.reason == "OK"
    assert result.receipt_number == "7371-D07-20260317-00012"
    assert result.device == samples.DEVICE
    assert result.issued_at == samples.ISSUED
    assert result.record_id == samples.RECORD_ID
    assert result.content_hash == samples.CONTENT_HASH  # the full SHA-256 comes back
    assert result.to_dict() == {
        "valid": True,
        "receipt_number": "7371-D07-20260317-00012",
        "issued_at": "2026-03-17T06:05:00Z",
        "device": "D07",
        "reason": "OK",
    }


def test_the_payload_is_compact_and_holds_no_personal_data() -> None:
    payload = samples.payload()
    assert payload.startswith("BPU1.")
    assert len(payload) < 360
    body = payload.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    assert set(claims) == {"d", "h", "n", "r", "t"}
    assert samples.FULL_NIK not in payload and samples.MASKED_NIK not in json.dumps(claims)


def test_issue_time_is_stored_in_utc_whatever_zone_it_came_in() -> None:
    makassar = datetime.fromisoformat("2026-03-17T14:05:00+08:00")
    again = qr.sign_receipt_payload(
        receipt_number="7371-D07-20260317-00012",
        record_id=samples.RECORD_ID,
        content_hash=samples.CONTENT_HASH,
        issued_at=makassar,
        device_code=samples.DEVICE,
        signing_key=samples.SEED,
    )
    assert again == samples.payload()
    verified = qr.verify_receipt_payload(again, device_keys=samples.device_keys())
    assert verified.issued_at == samples.ISSUED
    assert verified.issued_at.tzinfo == UTC


def test_every_one_character_change_is_refused() -> None:
    payload = samples.payload()
    keys = samples.device_keys()
    for index, char in enumerate(payload):
        swapped = "A" if char != "A" else "B"
        tampered = payload[:index] + swapped + payload[index + 1 :]
        result = qr.verify_receipt_payload(tampered, device_keys=keys)
        assert not result.valid, f"change at {index} accepted"
        assert result.reason in {qr.MALFORMED, qr.BAD_SIGNATURE, qr.UNKNOWN_DEVICE}


def test_other_spellings_of_the_signature_are_refused() -> None:
    """The last base64 character has unused bits: only the canonical spelling is accepted."""
    payload = samples.payload()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    keys = samples.device_keys()
    verdicts = [
        qr.verify_receipt_payload(payload[:-1] + char, device_keys=keys).valid for char in alphabet
    ]
    assert verdicts.count(True) == 1


def test_a_re_encoded_body_with_another_receipt_number_fails_the_signature() -> None:
    prefix, body, signature = samples.payload().split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["n"] = "7371-D07-20260317-00099"
    forged_body = _b64(json.dumps(claims, sort_keys=True, separators=(",", ":")).encode())
    forged = f"{prefix}.{forged_body}.{signature}"
    result = qr.verify_receipt_payload(forged, device_keys=samples.device_keys())
    assert not result.valid
    assert result.reason == qr.BAD_SIGNATURE
    assert result.receipt_number == "7371-D07-20260317-00099"  # shown, but not trusted


def test_an_unknown_device_and_a_wrong_key_are_refused() -> None:
    payload = samples.payload()
    unknown = qr.verify_receipt_payload(payload, device_keys={"D99": b"\x01" * 32})
    assert (unknown.valid, unknown.reason, unknown.device) == (False, "UNKNOWN_DEVICE", "D07")
    other_key = bytes(SigningKey(b"\x02" * 32).verify_key)
    wrong = qr.verify_receipt_payload(payload, device_keys={"D07": other_key})
    assert (wrong.valid, wrong.reason) == (False, "BAD_SIGNATURE")
    broken_key = qr.verify_receipt_payload(payload, device_keys={"D07": b"short"})
    assert (broken_key.valid, broken_key.reason) == (False, "UNKNOWN_DEVICE")


GARBAGE = [
    "",
    "BPU1",
    "BPU1..",
    "BPU2." + samples.payload()[5:],
    samples.payload()[:-10],
    samples.payload()[:40],
    samples.payload() + ".extra",
    "BPU1.!!!!.????",
    "BPU1." + _b64(b"not json at all") + "." + _b64(b"\x00" * 64),
    "BPU1." + _b64(b"[1,2,3]") + "." + _b64(b"\x00" * 64),
    "BPU1." + _b64(b'{"n":"x"}') + "." + _b64(b"\x00" * 64),
    "BPU1." + _b64(b'{"d":1,"h":2,"n":3,"r":4,"t":5}') + "." + _b64(b"\x00" * 64),
    "BPU1." + _b64(b'{"d":"D07","h":"AA","n":"x","r":"y","t":"2026-03-17T06:05:00Z"}')
    + "." + _b64(b"\x00" * 64),
    "BPU1." + _b64(b'{"d":"D07","h":"' + _b64(b"\x00" * 32).encode() + b'","n":"x","r":"y",'
                   b'"t":"yesterday"}') + "." + _b64(b"\x00" * 64),
    "BPU1." + _b64(b"\xff\xfe\x00") + "." + _b64(b"\x00" * 64),
    "BPU1.QUJD.QUJD",
    "x" * 5000,
    "\x00\x01\x02 BPU1 \ud800",
]  # fmt: skip


@pytest.mark.parametrize("garbage", GARBAGE)
def test_garbage_is_refused_as_malformed_without_raising(garbage: str) -> None:
    result = qr.verify_receipt_payload(garbage, device_keys=samples.device_keys())
    assert not result.valid
    assert result.reason == qr.MALFORMED
    assert result.receipt_number is None


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=400), st.binary(max_size=400).map(lambda b: b.decode("latin-1"))))
def test_random_input_never_raises_and_is_never_valid(junk: str) -> None:
    result = qr.verify_receipt_payload(junk, device_keys=samples.device_keys())
    assert not result.valid
    assert result.reason in REASONS


def test_signing_refuses_bad_inputs() -> None:
    base: dict[str, Any] = {
        "receipt_number": "x",
        "record_id": "y",
        "content_hash": samples.CONTENT_HASH,
        "issued_at": samples.ISSUED,
        "device_code": "D07",
        "signing_key": samples.SEED,
    }
    with pytest.raises(ValueError, match="timezone"):
        qr.sign_receipt_payload(**{**base, "issued_at": datetime(2026, 3, 17, 6, 5)})
    with pytest.raises(ValueError, match="SHA-256"):
        qr.sign_receipt_payload(**{**base, "content_hash": "abc"})
    with pytest.raises(ValueError, match="32-byte"):
        qr.sign_receipt_payload(**{**base, "signing_key": b"short"})


def test_the_png_decodes_back_to_the_payload() -> None:
    import io

    payload = samples.payload()
    image = Image.open(io.BytesIO(qr.qr_png(payload)))
    assert decode_qr(image.convert("RGB")) == [payload]


def test_the_payload_is_found_in_a_receipt_pdf_and_nowhere_else() -> None:
    data = samples.receipt()
    pdf = render_receipt(data)
    assert qr.extract_payload_from_pdf(pdf) == data.qr_payload
    assert qr.extract_payload_from_pdf(render_receipt(data, size="80mm")) == data.qr_payload
    assert qr.extract_payload_from_pdf(render_tally(samples.tally())) is None
    assert qr.extract_payload_from_pdf(b"not a pdf") is None
    assert qr.extract_payload_from_pdf(pdf[: len(pdf) // 3]) is None
