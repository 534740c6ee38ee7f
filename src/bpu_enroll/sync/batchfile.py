"""USB batch files: a batch signed by the device and sealed to the branch's X25519 public key.

Layout: `MAGIC` then `SealedBox(branch key).encrypt(SigningKey.sign(canonical JSON))`, all with
PyNaCl (no home-made crypto). A lost stick leaks nothing without the branch's private key, and
a file altered by even one byte fails the sealed box's MAC or the device signature.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from nacl.bindings import crypto_box_SEALBYTES
from nacl.exceptions import BadSignatureError, CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey
from pydantic import ValidationError

from bpu_enroll.files import FileTooLarge, read_bounded
from bpu_enroll.sync.protocol import BatchFile, canonical_json, unb64

MAGIC = b"BPU-BATCH-FILE-1\n"
MAX_FILE_BYTES = 256 * 1024 * 1024


class BatchFileError(Exception):
    """A batch file that cannot be opened or trusted, with a stable code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def read_batch_file(path: Path) -> bytes:
    """The bytes of the batch file at `path`, refused with `BODY_TOO_LARGE` beyond
    `MAX_FILE_BYTES` before it is read whole (`files.read_bounded`: the opened file's size is
    looked at first, and the read stops one byte past the limit, so a file that grows
    meanwhile, or one without a size, a pipe or a device, cannot pass either)."""
    try:
        return read_bounded(path, MAX_FILE_BYTES)
    except FileTooLarge as exc:
        raise BatchFileError("BODY_TOO_LARGE", "the file is too large for a batch") from exc


# What the sealed box adds (its ephemeral public key and MAC) and the device's signature: a
# file no longer than MAGIC and these holds no batch whatever its key.
_SHORTEST = len(MAGIC) + crypto_box_SEALBYTES + 64


def cut_short(data: bytes) -> None:
    """Refuse a file whose writing or copying was cut off, saying so, rather than as an unknown
    or damaged file: nothing, or only zero bytes, in it (`BATCH_FILE_EMPTY`: on a stick without
    hard links a power cut during an export can leave its name's empty placeholder, and FAT
    can keep a file's size without its data), or only the beginning of a batch file
    (`BATCH_FILE_TRUNCATED`). A cut in the sealed middle cannot be told from damage (the MAC
    fails either way): that stays `BATCH_FILE_INVALID`."""
    if not data.strip(b"\0"):
        raise BatchFileError("BATCH_FILE_EMPTY", f"the file holds nothing ({len(data)} bytes)")
    if MAGIC.startswith(data) or (data.startswith(MAGIC) and len(data) <= _SHORTEST):
        raise BatchFileError(
            "BATCH_FILE_TRUNCATED",
            f"the file holds only the beginning of a batch ({len(data)} bytes)",
        )


def make_batch_file(
    batch: BatchFile, *, device_signing_seed: bytes, branch_public_key: bytes
) -> bytes:
    """The bytes of the file for `batch`, signed with the device key, sealed to the branch."""
    signed = SigningKey(device_signing_seed).sign(canonical_json(batch.model_dump(mode="json")))
    return MAGIC + bytes(SealedBox(PublicKey(branch_public_key)).encrypt(bytes(signed)))


def open_batch_file(
    data: bytes,
    *,
    branch_private_key: bytes,
    device_key: Callable[[str], str | None],
) -> BatchFile:
    """Decrypt, verify the device signature (key looked up by device code) and parse."""
    if len(data) > MAX_FILE_BYTES:
        raise BatchFileError("BATCH_FILE_INVALID", "the file is too large for a batch")
    cut_short(data)
    if not data.startswith(MAGIC):
        raise BatchFileError("BATCH_FILE_INVALID", "not a BPU batch file")
    try:
        signed = SealedBox(PrivateKey(branch_private_key)).decrypt(data[len(MAGIC) :])
    except CryptoError as exc:
        raise BatchFileError(
            "BATCH_FILE_INVALID", "the file is damaged or was not made for this branch"
        ) from exc
    if len(signed) < 64:
        raise BatchFileError("BATCH_FILE_INVALID", "the file holds no signed batch")
    message = signed[64:]
    try:
        claimed = json.loads(message.decode("utf-8"))
        device_code = str(claimed["device_code"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BatchFileError("BATCH_FILE_INVALID", "the batch inside is not readable") from exc
    key = device_key(device_code)
    if key is None:
        raise BatchFileError("DEVICE_UNKNOWN", "the file comes from a device not enrolled here")
    try:
        VerifyKey(unb64(key)).verify(signed)
    except (BadSignatureError, ValueError) as exc:
        raise BatchFileError(
            "BATCH_SIGNATURE_INVALID", "the device signature does not verify"
        ) from exc
    try:
        return BatchFile.model_validate(claimed)
    except ValidationError as exc:
        raise BatchFileError("BATCH_FILE_INVALID", "the batch inside is malformed") from exc
