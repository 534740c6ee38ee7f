"""Opening a laptop's store with the branch's recovery key (an officer's password lost, an
officer gone).

At enrolment the laptop seals a recovery copy of its database key to the public half of the
branch's recovery key pair. The private half was handed out once, at `bpu-branch init`, for the
branch head's safe: the branch server never holds it, so a copy of the branch's disk opens no
laptop. `recover_store` unseals the copy with that file, checks that it opens the store, gives
the chosen roster officer a new password on this laptop (a fresh salt, key pair, verifier and
sealed copy), clears their failed logins and writes the recovery into the audit log.

The new password holds until the next sync brings the branch's roster entry for the officer:
from then on the password kept at the branch opens the store (the roster pull seals the key for
it, as for any officer).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.files import FileTooLarge, read_bounded
from bpu_enroll.store.audit import append_audit
from bpu_enroll.store.auth import mirror_officers
from bpu_enroll.store.db import open_store
from bpu_enroll.store.keyring import load_keyring, new_officer_entry, save_keyring
from bpu_enroll.store.keys import seal, unb64, unseal

MAX_RECOVERY_KEY_FILE = 64 * 1024  # the file holds a key pair and a branch code: under 1 KiB


@dataclass(frozen=True)
class Recovered:
    """What `recover_store` did: for whom, on which device."""

    officer: str
    device_code: str
    branch_code: str

    def to_dict(self) -> dict[str, str]:
        """`{"officer", "device", "branch"}`."""
        return {"officer": self.officer, "device": self.device_code, "branch": self.branch_code}


def read_recovery_key(path: Path) -> PrivateKey:
    """The private key of a recovery key file (`bpu-branch init`); `RECOVERY_KEY_WRONG` for a
    file that is not one, `FILE_NOT_FOUND` when it is missing, `FILE_TOO_LARGE` for one past
    `MAX_RECOVERY_KEY_FILE` (a disk image picked by mistake), refused before it is read whole."""
    try:
        document = json.loads(read_bounded(Path(path), MAX_RECOVERY_KEY_FILE).decode("utf-8"))
        return PrivateKey(unb64(str(document["private_key"])))
    except FileNotFoundError as exc:
        raise BpuError("FILE_NOT_FOUND") from exc
    except FileTooLarge as exc:
        raise BpuError("FILE_TOO_LARGE") from exc
    except (ValueError, KeyError, TypeError, CryptoError) as exc:
        raise BpuError("RECOVERY_KEY_WRONG") from exc


def recover_store(
    data_dir: Path, *, recovery_key: PrivateKey, officer: str, new_password: str, now: datetime
) -> Recovered:
    """Give `officer` a new password on this laptop, using the recovery key.

    `RECOVERY_NOT_AVAILABLE` when the laptop keeps no recovery copy, `RECOVERY_KEY_WRONG` when
    this key does not open it, `NOT_FOUND` for an officer not in the laptop's roster,
    `OFFICER_REVOKED` for a revoked one, `STORE_LOCKED` while the app has the store open."""
    if not new_password:  # the rule the branch's roster applies too: not empty
        raise BpuError("PASSWORD_EMPTY", field="password")
    data_dir = Path(data_dir)
    keyring = load_keyring(data_dir)
    if not (keyring.recovery_public_key and keyring.recovery_sealed_db_key):
        raise BpuError("RECOVERY_NOT_AVAILABLE")
    if bytes(recovery_key.public_key) != keyring.recovery_public_key:
        raise BpuError("RECOVERY_KEY_WRONG")
    try:
        db_key = unseal(keyring.recovery_sealed_db_key, recovery_key)
    except (CryptoError, ValueError) as exc:
        raise BpuError("RECOVERY_KEY_WRONG") from exc
    entry = keyring.officer(officer)
    if entry is None:
        raise BpuError("NOT_FOUND")
    if not entry.active:
        raise BpuError("OFFICER_REVOKED")
    store = open_store(data_dir, db_key)  # proves the key; holds the folder's lock
    try:
        renewed = new_officer_entry(
            username=entry.username,
            display_name=entry.display_name,
            role=entry.role,
            password=new_password,
            kdf=entry.kdf_params,
        )
        renewed.sealed_db_key = seal(db_key, PublicKey(renewed.public_key))
        keyring.upsert_officer(renewed)
        keyring.failures.pop(officer, None)
        with store.session() as session:
            mirror_officers(session, keyring)
            append_audit(
                session,
                at=now,
                actor="-",
                action="store_recovered",
                subject=officer,
                details={"with": "recovery_key", "device": keyring.device_code},
            )
        save_keyring(data_dir, keyring)
    finally:
        store.close()
    return Recovered(officer, keyring.device_code, keyring.branch_code)
