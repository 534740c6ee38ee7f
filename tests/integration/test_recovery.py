"""A laptop's recovery copy is not a server secret.

The whole path: a branch hands out its recovery key at `init`, a laptop enrols and registers,
its officer's password is lost, `bpu-enroll recover` with the file from the safe gives a new
password, and the records are readable again. And the attack: with a copy of the branch
database and every file the running server can read (the master key file included, but not the
recovery file, which lives in the safe), a stolen laptop's store does not open.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, SealedBox
from nacl.signing import SigningKey
from sqlmodel import Session, select

from bpu_enroll.branch.admin.keys_cli import recovery_key_document
from bpu_enroll.branch.admin.roster import branch_secrets
from bpu_enroll.branch.store.db import open_branch, sqlite_path
from bpu_enroll.branch.store.vault import find_master_key
from bpu_enroll.cli.main import main as enroll_main
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.session import unlock
from bpu_enroll.store.db import open_store
from bpu_enroll.store.keyring import load_keyring
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.protocol import unb64
from tests.integration.helpers import OFFICER, PASSWORD, Branch, Laptop, ServerThread, nik_for


def _safe_file(branch: Branch, folder: Path) -> Path:
    assert branch.recovery_key is not None
    path = folder / "safe" / "recovery.key"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(recovery_key_document(branch.recovery_key, "JKT01")))
    return path


def test_recover_a_laptop_whose_password_is_lost(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = laptop_factory()
    tmp_path = laptop.data_dir.parent
    laptop.register(7)
    assert laptop.sync(server.url).completed
    keyring = load_keyring(laptop.data_dir)
    assert branch.recovery_key is not None
    assert keyring.recovery_public_key == bytes(branch.recovery_key.public_key)
    laptop.close()

    # A wrong file is refused, and nothing changes.
    stranger = tmp_path / "stranger.key"
    stranger.write_text(json.dumps(recovery_key_document(PrivateKey.generate(), "JKT01")))
    monkeypatch.setenv("BPU_ENROLL_NEW_PASSWORD", "kata-sandi-baru")
    argv = ["recover", "--data-dir", str(laptop.data_dir), "--officer", OFFICER, "--json"]
    assert enroll_main([*argv, "--recovery-key", str(stranger)]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "RECOVERY_KEY_WRONG"

    # An empty new password is refused with its reason (it was a bare USAGE), and nothing changes.
    safe = _safe_file(branch, tmp_path)
    monkeypatch.setenv("BPU_ENROLL_NEW_PASSWORD", "")
    assert enroll_main([*argv, "--recovery-key", str(safe)]) == 1
    said = "Kata sandi baru tidak boleh kosong."
    assert capsys.readouterr() == (
        json.dumps({"error": {"code": "PASSWORD_EMPTY", "message": said}}, indent=2) + "\n",
        f"PASSWORD_EMPTY: {said}\n",
    )
    unlock(laptop.data_dir, OFFICER, PASSWORD).close()
    monkeypatch.setenv("BPU_ENROLL_NEW_PASSWORD", "kata-sandi-baru")

    assert enroll_main([*argv, "--recovery-key", str(safe)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "officer": OFFICER,
        "device": laptop.device_code,
        "branch": "JKT01",
    }
    with pytest.raises(BpuError) as old:
        unlock(laptop.data_dir, OFFICER, PASSWORD)
    assert old.value.code == "AUTH_FAILED"
    session = unlock(laptop.data_dir, OFFICER, "kata-sandi-baru")
    try:
        with session.store.session(readonly=True) as db:
            niks = [r.nik for r in db.exec(select(Registration)).all()]
        assert niks == [nik_for(7)[0]]
    finally:
        session.close()

    # Without --json the command says what it did on stderr, like every other bpu-enroll
    # command that acts (enroll, sync, export-batch, demo-init); stdout stays empty.
    monkeypatch.setenv("BPU_ENROLL_NEW_PASSWORD", "kata-sandi-lain")
    assert enroll_main([*argv[:-1], "--recovery-key", str(safe)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"Data laptop {laptop.device_code} dipulihkan: {OFFICER} dapat masuk dengan kata sandi "
        "baru sampai sinkronisasi berikutnya.\n"
    )
    unlock(laptop.data_dir, OFFICER, "kata-sandi-lain").close()


def test_a_copy_of_the_branch_does_not_open_a_stolen_laptop(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
) -> None:
    laptop = laptop_factory()
    laptop.register(11)
    laptop.close()
    stolen = tmp_path / "stolen-laptop"
    shutil.copytree(laptop.data_dir, stolen, ignore=shutil.ignore_patterns("*.lock"))

    # The attacker has everything the running server can read: the database (copied, on
    # SQLite), its key envelope and the master key file; so every private key of the branch.
    master = find_master_key()
    db_file = sqlite_path(branch.db_url)
    url = branch.db_url
    if db_file is not None:
        copy = tmp_path / "copied" / "branch.db"
        copy.parent.mkdir()
        for suffix in ("", ".keys", "-wal", "-shm"):
            if Path(f"{db_file}{suffix}").exists():
                shutil.copy(f"{db_file}{suffix}", f"{copy}{suffix}")
        url = f"sqlite:///{copy}"
    engine = open_branch(url, master)
    with Session(engine) as db:
        found = branch_secrets(db)
    engine.dispose()
    candidates = [
        PrivateKey(unb64(found.encryption_key)),
        SigningKey(unb64(found.signing_key)).to_curve25519_private_key(),
    ]
    keyring = load_keyring(stolen)
    sealed = [keyring.recovery_sealed_db_key] + [o.sealed_db_key for o in keyring.officers]
    assert keyring.recovery_sealed_db_key is not None
    for key in candidates:
        assert bytes(key.public_key) != keyring.recovery_public_key
        for copy_of_key in sealed:
            assert copy_of_key is not None
            with pytest.raises(CryptoError):
                SealedBox(key).decrypt(copy_of_key)
    # ... and the store itself does not open with anything the branch holds.
    for key in candidates:
        with pytest.raises(BpuError) as refused:
            open_store(stolen, bytes(key)).close()
        assert refused.value.code == "AUTH_FAILED"
    # Only the file from the safe opens it.
    assert branch.recovery_key is not None
    db_key = SealedBox(branch.recovery_key).decrypt(keyring.recovery_sealed_db_key)
    open_store(stolen, db_key).close()


def test_the_demo_profile_has_no_recovery_copy(tmp_path: Path) -> None:
    from bpu_enroll.services.profile import demo_init
    from bpu_enroll.services.recovery import recover_store
    from bpu_enroll.store.keys import FAST_KDF

    demo_init(tmp_path / "demo", kdf=FAST_KDF)
    with pytest.raises(BpuError) as refused:
        recover_store(
            tmp_path / "demo",
            recovery_key=PrivateKey.generate(),
            officer="demo",
            new_password="baru",
            now=datetime.now(UTC),
        )
    assert refused.value.code == "RECOVERY_NOT_AVAILABLE"
