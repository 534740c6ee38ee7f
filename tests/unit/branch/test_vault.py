"""The branch master key: how it is found, and what opens the envelope."""

from __future__ import annotations

from pathlib import Path

import pytest

from bpu_enroll.branch.store import vault
from bpu_enroll.domain.errors import BpuError


def test_explicit_file_then_env_file_then_passphrase_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = vault.create_key_file(tmp_path / "a" / "master.key")
    assert made.path is not None and made.path.stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv(vault.ENV_PASSPHRASE, "kata sandi cabang")
    monkeypatch.delenv(vault.ENV_KEY_FILE, raising=False)
    assert vault.find_master_key().kind == "passphrase"
    assert vault.find_master_key(made.path).secret == made.secret
    monkeypatch.setenv(vault.ENV_KEY_FILE, str(made.path))
    assert vault.find_master_key().secret == made.secret
    monkeypatch.setenv(vault.ENV_KEY_FILE, str(tmp_path / "missing.key"))
    with pytest.raises(BpuError) as missing:
        vault.find_master_key()
    assert missing.value.code == "MASTER_KEY_MISSING"
    with pytest.raises(BpuError) as exists:
        vault.create_key_file(made.path)
    assert exists.value.code == "MASTER_KEY_EXISTS"


def test_a_damaged_key_file_is_wrong_not_missing(tmp_path: Path) -> None:
    short = tmp_path / "short.key"
    short.write_text("c2hvcnQ=\n")
    with pytest.raises(BpuError) as refused:
        vault.find_master_key(short)
    assert refused.value.code == "MASTER_KEY_WRONG"


def test_only_the_master_key_that_wrapped_it_opens_the_envelope(tmp_path: Path) -> None:
    data_key = vault.new_data_key()
    for master in (
        vault.create_key_file(tmp_path / "m.key"),
        vault.MasterKey("passphrase", b"kuda laut"),
    ):
        envelope = vault.wrap(master, data_key)
        assert vault.unwrap(master, envelope) == data_key
        assert data_key.raw.hex() not in str(envelope)
        other = vault.MasterKey(master.kind, master.secret + b"x")
        with pytest.raises(BpuError) as wrong:
            vault.unwrap(other, envelope)
        assert wrong.value.code == "MASTER_KEY_WRONG"
    assert data_key.derive("sqlcipher") != data_key.derive("fields")
    sealed = vault.seal_secrets(data_key, vault.BranchSecrets("s", "e", "PRIVATE KEY"))
    assert "PRIVATE" not in sealed
    assert vault.open_secrets(data_key, sealed).tls_key_pem == "PRIVATE KEY"
    with pytest.raises(BpuError):
        vault.open_secrets(vault.new_data_key(), sealed)
