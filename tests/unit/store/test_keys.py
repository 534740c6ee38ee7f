"""The key model: password-derived key pairs, verifiers, sealed database keys."""

from __future__ import annotations

import pytest
from nacl.public import PrivateKey

from bpu_enroll.store.keys import (
    DEFAULT_KDF,
    FAST_KDF,
    KdfParams,
    check_verifier,
    derive_officer_keypair,
    make_verifier,
    new_db_key,
    new_salt,
    seal,
    unseal,
)


def test_same_password_and_salt_give_the_same_key_pair() -> None:
    salt = new_salt()
    first = derive_officer_keypair("rahasia", salt, FAST_KDF)
    second = derive_officer_keypair("rahasia", salt, FAST_KDF)
    assert bytes(first[1]) == bytes(second[1])
    assert bytes(first[0]) == bytes(second[0])


def test_other_password_salt_or_params_give_other_keys() -> None:
    salt = new_salt()
    base = bytes(derive_officer_keypair("rahasia", salt, FAST_KDF)[1])
    assert bytes(derive_officer_keypair("rahasib", salt, FAST_KDF)[1]) != base
    assert bytes(derive_officer_keypair("rahasia", new_salt(), FAST_KDF)[1]) != base
    other = KdfParams(time_cost=2, memory_kib=FAST_KDF.memory_kib)
    assert bytes(derive_officer_keypair("rahasia", salt, other)[1]) != base


def test_params_round_trip_and_unknown_algorithm_refused() -> None:
    assert KdfParams.from_dict(DEFAULT_KDF.to_dict()) == DEFAULT_KDF
    with pytest.raises(ValueError, match="unsupported"):
        KdfParams.from_dict({**FAST_KDF.to_dict(), "algorithm": "md5"})


def test_verifier_accepts_only_the_password() -> None:
    verifier = make_verifier("demo", FAST_KDF)
    assert verifier.startswith("$argon2id$")
    assert check_verifier(verifier, "demo")
    assert not check_verifier(verifier, "Demo")
    assert not check_verifier("not a verifier", "demo")


def test_sealed_key_opens_only_with_the_matching_private_key() -> None:
    db_key = new_db_key()
    private, public = derive_officer_keypair("demo", new_salt(), FAST_KDF)
    sealed = seal(db_key, public)
    assert db_key not in sealed
    assert unseal(sealed, private) == db_key
    with pytest.raises(ValueError, match="does not open"):
        unseal(sealed, PrivateKey.generate())


def test_database_keys_are_random_32_bytes() -> None:
    keys = {new_db_key() for _ in range(8)}
    assert len(keys) == 8
    assert all(len(key) == 32 for key in keys)
