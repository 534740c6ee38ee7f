"""The key model of DESIGN.md §5: officer key pairs from passwords, verifiers, sealed DB keys.

Nothing here is home-made cryptography: Argon2id comes from argon2-cffi, X25519 sealed boxes
from PyNaCl. The branch server imports `KdfParams`, `derive_officer_keypair` and `make_verifier`
to build roster entries, so this module depends on nothing else in the store.

- An officer's password and a random salt go through Argon2id (raw, 32 bytes); the result seeds
  an X25519 key pair. The branch keeps only the public half (plus a verifier) and hands it out
  in the roster; the laptop seals its random database key to every roster officer's public key.
- The parameters travel with the data (`KdfParams.to_dict()`), so they can be raised later
  without breaking old entries. `DEFAULT_KDF` costs roughly 0.15–0.2 s on a laptop, and a login
  runs it twice (verifier check, then key derivation): about 0.3 s. `FAST_KDF` is for tests only
  and is always passed explicitly.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.low_level import Type, hash_secret_raw
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

DB_KEY_BYTES = 32
SALT_BYTES = 16
_SEED_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored next to every salt so they can change over time."""

    time_cost: int
    memory_kib: int
    parallelism: int = 1
    algorithm: str = "argon2id"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form kept in the keyring and sent in the branch roster."""
        return {
            "algorithm": self.algorithm,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        """Read parameters back; refuses an algorithm this code does not know."""
        algorithm = str(data.get("algorithm", "argon2id"))
        if algorithm != "argon2id":
            raise ValueError(f"unsupported key derivation: {algorithm}")
        return cls(
            time_cost=int(data["time_cost"]),
            memory_kib=int(data["memory_kib"]),
            parallelism=int(data.get("parallelism", 1)),
        )


# About 0.15-0.2 s per derivation on a current laptop (64 MiB, 3 passes).
DEFAULT_KDF = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=1)
# For tests only: the cheapest settings Argon2id accepts. Never a default anywhere.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def new_salt() -> bytes:
    """A fresh random salt for an officer's key derivation."""
    return os.urandom(SALT_BYTES)


def new_db_key() -> bytes:
    """A fresh random 32-byte database key."""
    return os.urandom(DB_KEY_BYTES)


def derive_officer_keypair(
    password: str, salt: bytes, params: KdfParams
) -> tuple[PrivateKey, PublicKey]:
    """Password + salt → Argon2id raw hash → X25519 key pair (the hash is the seed)."""
    private = PrivateKey.from_seed(derive_secret_key(password, salt, params))
    return private, private.public_key


def derive_secret_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Secret text + salt → Argon2id raw hash: 32 bytes, a key for a secret box or a seed."""
    return hash_secret_raw(
        secret=secret.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=_SEED_BYTES,
        type=Type.ID,
    )


def make_verifier(password: str, params: KdfParams = DEFAULT_KDF) -> str:
    """An Argon2id password verifier (PHC string, salt and parameters inside)."""
    hasher = PasswordHasher(
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
    )
    return hasher.hash(password)


def check_verifier(verifier: str, password: str) -> bool:
    """True when `password` matches the verifier; False for a mismatch or a damaged verifier."""
    try:
        return PasswordHasher().verify(verifier, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def seal(db_key: bytes, public_key: PublicKey) -> bytes:
    """Seal the database key to one public key (anonymous sealed box)."""
    return bytes(SealedBox(public_key).encrypt(db_key))


def unseal(sealed: bytes, private_key: PrivateKey) -> bytes:
    """Open a sealed database key; raises `ValueError` when it was not sealed to this key."""
    try:
        return bytes(SealedBox(private_key).decrypt(sealed))
    except CryptoError as exc:
        raise ValueError("sealed key does not open with this private key") from exc


def b64(data: bytes) -> str:
    """Bytes → standard base64 text (the keyring and the roster are JSON)."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Standard base64 text → bytes; raises `ValueError` on bad input."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def public_key_from_b64(text: str) -> PublicKey:
    """A roster's base64 public key → a PyNaCl `PublicKey`."""
    return PublicKey(unb64(text))
