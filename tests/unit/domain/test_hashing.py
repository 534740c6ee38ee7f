"""The content hash of docs/ARCHITECTURE.md: SHA-256 of canonical JSON of registration + quote."""

from __future__ import annotations

import hashlib
import json

import pytest

from bpu_enroll.domain.hashing import canonical_json, content_hash


def test_canonical_json_sorts_keys_without_spaces_in_utf8() -> None:
    assert (
        canonical_json({"b": 1, "a": {"d": [1, 2], "c": "é"}})
        == '{"a":{"c":"é","d":[1,2]},"b":1}'.encode()
    )


def test_key_order_does_not_change_the_hash() -> None:
    assert content_hash({"x": 1, "y": 2}, {"t": 3}) == content_hash({"y": 2, "x": 1}, {"t": 3})


def test_hash_is_sha256_of_the_wrapped_document() -> None:
    registration = {"nik": "3201011508900001", "full_name": "SITI"}
    quote = {"total": 16800}
    expected_bytes = json.dumps(
        {"registration": registration, "quote": quote},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")
    assert content_hash(registration, quote) == hashlib.sha256(expected_bytes).hexdigest()


def test_any_change_changes_the_hash() -> None:
    assert content_hash({"a": 1}, {"total": 1}) != content_hash({"a": 1}, {"total": 2})


def test_nan_and_unknown_types_are_refused() -> None:
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})
    with pytest.raises(TypeError):
        canonical_json({"x": object()})
