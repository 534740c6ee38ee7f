"""The branch master key, the data key it wraps, and the secrets sealed with it.

Two layers, so that rotating the master key never rewrites the database:

- the **master key** never lives in the database. It is a key file (32 random bytes, base64,
  mode 0600) made by `bpu-branch init` (`--key-file PATH`, `BPU_BRANCH_KEY_FILE`, or
  `master.key` in the branch's configuration folder), or a passphrase (`BPU_BRANCH_PASSPHRASE`)
  stretched with Argon2id. `find_master_key` is the one place every command finds it.
- the **data key** is 32 random bytes made once at `init`. It is kept only wrapped by the master
  key (XSalsa20-Poly1305, PyNaCl `SecretBox`) in the key envelope: a 0600 file beside a SQLite
  database (`branch.db.keys`), a one-row table on PostgreSQL. Every key the branch uses at rest
  is derived from it (`DataKey.derive`): the SQLCipher key of the SQLite file, the box that seals
  the branch's private keys (`seal_secrets`), the field box and the NIK's keyed hash.

A missing master key is `MASTER_KEY_MISSING`, one that does not open the envelope
`MASTER_KEY_WRONG`; both before anything is read or written.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from nacl.exceptions import CryptoError
from nacl.secret import SecretBox
from platformdirs import user_config_dir

from bpu_enroll import files
from bpu_enroll.domain.errors import BpuError

ENV_KEY_FILE = "BPU_BRANCH_KEY_FILE"
ENV_PASSPHRASE = "BPU_BRANCH_PASSPHRASE"  # noqa: S105 (the variable's name, not a secret)
KEY_FILE_NAME = "master.key"
ENVELOPE_FORMAT = 1
# Argon2id for a typed passphrase: 64 MiB, 3 passes (a start-up cost, paid once per command).
PASSPHRASE_KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 2}


@dataclass(frozen=True)
class MasterKey:
    """Where the master key came from (`file` or `passphrase`) and its secret bytes."""

    kind: str
    secret: bytes
    path: Path | None = None

    def describe(self) -> str:
        """`file PATH` or `passphrase` (never the secret)."""
        return f"file {self.path}" if self.kind == "file" else "passphrase"


@dataclass(frozen=True)
class DataKey:
    """The branch's data key, unwrapped; `derive(purpose)` gives one key per use."""

    raw: bytes

    def derive(self, purpose: str) -> bytes:
        """A 32-byte key for `purpose` (keyed BLAKE2b: one key never serves two uses); worked
        out once per data key and purpose (intake asks for two of them for every record)."""
        return _derived(self.raw, purpose)


@functools.lru_cache(maxsize=64)
def _derived(raw: bytes, purpose: str) -> bytes:
    person = purpose.encode("ascii")[:16]
    return hashlib.blake2b(b"bpu-branch", key=raw, person=person, digest_size=32).digest()


def default_key_file() -> Path:
    """`master.key` in the branch's configuration folder (platformdirs)."""
    return Path(user_config_dir("bpu-branch", appauthor=False)) / KEY_FILE_NAME


def key_file_path(explicit: str | Path | None) -> Path:
    """`--key-file`, else `BPU_BRANCH_KEY_FILE`, else the default path."""
    chosen = explicit or os.environ.get(ENV_KEY_FILE)
    return Path(chosen) if chosen else default_key_file()


def find_master_key(explicit: str | Path | None = None) -> MasterKey:
    """The master key, found the same way by every command.

    `--key-file PATH` or `BPU_BRANCH_KEY_FILE` name a key file; otherwise
    `BPU_BRANCH_PASSPHRASE` is used when set; otherwise the default key file.
    `MASTER_KEY_MISSING` when none of them is there.
    """
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if explicit is None and not os.environ.get(ENV_KEY_FILE) and passphrase:
        return MasterKey("passphrase", passphrase.encode("utf-8"))
    path = key_file_path(explicit)
    keep_private(path)
    try:
        text = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise BpuError("MASTER_KEY_MISSING", path=str(path)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BpuError("MASTER_KEY_WRONG") from exc
    try:
        secret = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise BpuError("MASTER_KEY_WRONG") from exc
    if len(secret) != 32:
        raise BpuError("MASTER_KEY_WRONG")
    return MasterKey("file", secret, path)


def keep_private(path: Path) -> None:
    """Put `path` back to 0600 when others may read it (a branch brought back from a USB stick,
    whose FAT keeps no modes, or by a copy that did not keep them); nothing when it is missing
    or cannot be changed (not ours: opening it says what is wrong)."""
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)


def create_key_file(path: Path) -> MasterKey:
    """A new key file at `path` (0600, in a 0700 folder when it makes the folder); never
    overwrites one (`MASTER_KEY_EXISTS`). Written whole, linked into place, the folder flushed:
    `files.write_private_file` with `replace=False`."""
    path = Path(path)
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    secret = secrets.token_bytes(32)
    text = (base64.b64encode(secret).decode("ascii") + "\n").encode("ascii")
    try:
        files.write_private_file(path, text, replace=False)
    except FileExistsError as exc:
        raise BpuError("MASTER_KEY_EXISTS", path=str(path)) from exc
    return MasterKey("file", secret, path)


def new_data_key() -> DataKey:
    """Fresh random data key (made once, at `init`)."""
    return DataKey(secrets.token_bytes(32))


def _wrapping_key(master: MasterKey, kdf: dict[str, Any] | None) -> bytes:
    if master.kind == "file":
        return master.secret
    if not kdf:
        raise BpuError("MASTER_KEY_WRONG")
    return hash_secret_raw(
        master.secret,
        base64.b64decode(str(kdf["salt"])),
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_cost"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=32,
        type=Type.ID,
    )


def wrap(master: MasterKey, data_key: DataKey) -> dict[str, Any]:
    """The key envelope: the data key sealed with the master key (plus the KDF salt of a
    passphrase). Nothing in it opens anything without the master key."""
    kdf: dict[str, Any] | None = None
    if master.kind == "passphrase":
        kdf = {"salt": base64.b64encode(secrets.token_bytes(16)).decode("ascii"), **PASSPHRASE_KDF}
    box = SecretBox(_wrapping_key(master, kdf))
    wrapped = base64.b64encode(bytes(box.encrypt(data_key.raw))).decode("ascii")
    return {"format": ENVELOPE_FORMAT, "kind": master.kind, "kdf": kdf, "wrapped_key": wrapped}


def unwrap(master: MasterKey, envelope: dict[str, Any]) -> DataKey:
    """The data key; `MASTER_KEY_WRONG` when `master` does not open the envelope."""
    if int(envelope.get("format", 0)) != ENVELOPE_FORMAT:
        raise BpuError("STORE_NEWER")
    try:
        box = SecretBox(_wrapping_key(master, envelope.get("kdf")))
        raw = box.decrypt(base64.b64decode(str(envelope["wrapped_key"])))
    except (CryptoError, KeyError, ValueError) as exc:
        raise BpuError("MASTER_KEY_WRONG") from exc
    return DataKey(raw)


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, created 0600 (key envelopes, backups, recovery keys,
    the tally PDF), its folder made first: `files.write_private_file` (temporary file, fsync,
    rename, the folder fsynced)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    files.write_private_file(path, data)


# --- the branch's private keys, sealed -------------------------------------------------------


@dataclass(frozen=True)
class BranchSecrets:
    """The branch's private keys: Ed25519 seed, X25519 key (USB batches), TLS key (PEM)."""

    signing_key: str
    encryption_key: str
    tls_key_pem: str


def seal_secrets(data_key: DataKey, branch_secrets: BranchSecrets) -> str:
    """The three private keys as one sealed, base64 text (what `BranchInfo` keeps)."""
    document = json.dumps(branch_secrets.__dict__, sort_keys=True).encode("utf-8")
    sealed = SecretBox(data_key.derive("secrets")).encrypt(document)
    return base64.b64encode(bytes(sealed)).decode("ascii")


def open_secrets(data_key: DataKey, sealed: str) -> BranchSecrets:
    """The private keys back; `MASTER_KEY_WRONG` when this data key did not seal them."""
    try:
        document = SecretBox(data_key.derive("secrets")).decrypt(base64.b64decode(sealed))
    except (CryptoError, ValueError) as exc:
        raise BpuError("MASTER_KEY_WRONG") from exc
    return BranchSecrets(**json.loads(document))
