"""The receipt's QR code: a compact payload signed by the device, checkable offline.

Format: `BPU1.<body>.<signature>` where `body` is the base64url (no padding) of the canonical
JSON (sorted keys, no spaces, ASCII) of

    {"d": device code, "h": content hash, "n": receipt number, "r": record id,
     "t": issue time, UTC, "YYYY-MM-DDTHH:MM:SSZ"}

and `signature` is the base64url of the 64-byte Ed25519 signature (the device's key) over the
ASCII bytes of `BPU1.<body>`: the signature covers the prefix and the exact body that travels,
so verification never has to re-encode anything. `h` is the full SHA-256 of the record
(`domain.hashing.content_hash`), carried as the base64url of its 32 raw bytes (43 characters
instead of 64 hex): nothing is shortened, so a branch holding the record can recompute the hash
and compare it bit for bit, and a forger would need a SHA-256 collision as well as the key.
The payload holds no NIK, name or other personal data.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import segno
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.signing import SigningKey, VerifyKey
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from bpu_enroll.documents.receipt.qr_encoder import MASK

PREFIX = "BPU1"
MAX_PAYLOAD_CHARS = 1024
# Level M (15 % of the symbol recoverable) suits paper that is folded and carried: L would save
# two versions (69 -> 61 modules a side) but leave only 7 %, Q costs three more versions.
QR_ERROR_LEVEL = "m"
# ISO/IEC 18004 lets the encoder use any of the 8 mask patterns; choosing the one with the
# lowest penalty score is only an optimisation, and in pure Python it costs 20-40 ms, more
# than the rest of a receipt. The payload is base64url, already evenly mixed, so one fixed
# pattern reads as well (the tests decode the printed code at 203 and 288 dpi).
QR_MASK = MASK

OK = "OK"
MALFORMED = "MALFORMED"
UNKNOWN_DEVICE = "UNKNOWN_DEVICE"
BAD_SIGNATURE = "BAD_SIGNATURE"

_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_B64URL = re.compile(r"^[A-Za-z0-9_-]+$")
_PAYLOAD_IN_TEXT = re.compile(r"BPU1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_FIELDS = frozenset({"d", "h", "n", "r", "t"})


@dataclass(frozen=True)
class ReceiptVerification:
    """The verdict on one receipt payload; `reason` is a stable code (`OK`, `MALFORMED`, ...).

    When the payload could be read but not trusted (`UNKNOWN_DEVICE`, `BAD_SIGNATURE`) the
    fields still show what it claims, so support staff can tell which receipt is in question;
    `valid` alone says whether to believe them.
    """

    valid: bool
    receipt_number: str | None
    issued_at: datetime | None
    device: str | None
    reason: str
    record_id: str | None = None
    content_hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The `verify-receipt --json` document."""
        return {
            "valid": self.valid,
            "receipt_number": self.receipt_number,
            "issued_at": self.issued_at.strftime(_TIME_FORMAT) if self.issued_at else None,
            "device": self.device,
            "reason": self.reason,
        }


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    """Strict base64url: only the one canonical spelling of the bytes is accepted."""
    if not _B64URL.match(text):
        raise ValueError("not base64url")
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64encode(raw) != text:  # unused low bits set: another spelling of the same bytes
        raise ValueError("not canonical base64url")
    return raw


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("issued_at must be timezone-aware")
    return moment.astimezone(UTC).strftime(_TIME_FORMAT)


def sign_receipt_payload(
    *,
    receipt_number: str,
    record_id: str,
    content_hash: str,
    issued_at: datetime,
    device_code: str,
    signing_key: bytes,
) -> str:
    """The signed QR payload for one receipt; `signing_key` is the device's 32-byte seed."""
    if not _HEX64.match(content_hash):
        raise ValueError("content_hash must be a lower-case SHA-256 hex digest")
    if len(signing_key) != 32:
        raise ValueError("signing_key must be a 32-byte Ed25519 seed")
    claims = {
        "d": device_code,
        "h": _b64encode(bytes.fromhex(content_hash)),
        "n": receipt_number,
        "r": record_id,
        "t": _utc_text(issued_at),
    }
    body = _b64encode(json.dumps(claims, sort_keys=True, separators=(",", ":")).encode("ascii"))
    signed = f"{PREFIX}.{body}"
    signature = SigningKey(signing_key).sign(signed.encode("ascii")).signature
    return f"{signed}.{_b64encode(signature)}"


def _parse(payload: str) -> tuple[dict[str, str], bytes, bytes] | None:
    """Split and decode a payload; None when it is not one of ours."""
    if not isinstance(payload, str) or len(payload) > MAX_PAYLOAD_CHARS:
        return None
    parts = payload.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    try:
        claims = json.loads(_b64decode(parts[1]).decode("ascii"))
        signature = _b64decode(parts[2])
    except (ValueError, UnicodeDecodeError, binascii.Error):
        return None
    if not isinstance(claims, dict) or set(claims) != _FIELDS:
        return None
    if not all(isinstance(value, str) and value for value in claims.values()):
        return None
    if len(signature) != 64:
        return None
    return claims, f"{parts[0]}.{parts[1]}".encode("ascii"), signature


def _claimed(claims: Mapping[str, str]) -> tuple[datetime, str] | None:
    """The issue time and hex content hash the claims hold; None when either is malformed."""
    try:
        issued = datetime.strptime(claims["t"], _TIME_FORMAT).replace(tzinfo=UTC)
        digest = _b64decode(claims["h"])
    except ValueError:
        return None
    if len(digest) != 32:
        return None
    return issued, digest.hex()


def verify_receipt_payload(
    payload: str, *, device_keys: Mapping[str, bytes]
) -> ReceiptVerification:
    """Check a payload against the known devices' public keys; never raises on bad input."""
    parsed = _parse(payload)
    claimed = _claimed(parsed[0]) if parsed else None
    if parsed is None or claimed is None:
        return ReceiptVerification(False, None, None, None, MALFORMED)
    claims, signed, signature = parsed
    issued, digest = claimed

    def verdict(valid: bool, reason: str) -> ReceiptVerification:
        return ReceiptVerification(
            valid, claims["n"], issued, claims["d"], reason, claims["r"], digest
        )

    key = device_keys.get(claims["d"])
    if not isinstance(key, bytes | bytearray) or len(key) != 32:
        return verdict(False, UNKNOWN_DEVICE)
    try:
        VerifyKey(bytes(key)).verify(signed, signature)
    except (BadSignatureError, CryptoError, ValueError):
        return verdict(False, BAD_SIGNATURE)
    return verdict(True, OK)


def qr_code(payload: str) -> segno.QRCode:
    """segno's QR symbol for a payload (level M, fixed mask, never a micro QR): for the PNG.

    The PDFs draw the symbol of `receipt.qr_encoder.qr_modules` instead (the same level and mask,
    about twenty times faster); both decode to the same payload.
    """
    return segno.make_qr(payload, error=QR_ERROR_LEVEL, boost_error=False, mask=QR_MASK)


def qr_png(payload: str, *, scale: int = 8) -> bytes:
    """The QR code as a PNG image (for the GUI preview)."""
    buffer = io.BytesIO()
    qr_code(payload).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def extract_payload_from_pdf(pdf_bytes: bytes) -> str | None:
    """The QR payload a receipt PDF carries in its metadata (Keywords); None if there is none."""
    try:
        reader = PdfReader(io.BytesIO(pdf_bytes))
        metadata = reader.metadata
        keywords = metadata.get("/Keywords") if metadata else None
    except (PyPdfError, ValueError, TypeError, KeyError, OSError, AttributeError):
        return None
    if not isinstance(keywords, str):
        return None
    match = _PAYLOAD_IN_TEXT.search(keywords)
    return match.group(0) if match else None
