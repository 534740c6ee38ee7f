"""`bpu-branch key adopt`: bring a branch made before encryption at rest (release 0.1.0) under
the master key, on either engine, without losing a row.

What a 0.1.0 branch holds in clear, and what adopting it does:
- the SQLite file itself: copied whole into a SQLCipher file under a new data key
  (`sqlcipher_export`), which then takes the old file's place in one rename;
- the private keys in `branch_info`: sealed with the data key (`roster.branch_secrets`);
- the NIK in `branch_participant`: replaced by its keyed hash (`fields.nik_index`);
- on PostgreSQL, what `bpu-branch reseal` seals, by the same walk (`reseal.reseal_rows`): the
  personal fields of every stored record and conflict, clerks' notes, staff members' full names
  and the officers' names in the laptops' tallies, so that nothing is left for a later `reseal`;
- last, the recovery key pair: made now, its private half written to a file for the safe, as
  `init` does. Until then `open_branch` refuses the branch (`BRANCH_DB_PLAIN`).

Every step can be run again and does nothing the second time, so a run that was cut off (power,
kill) is finished by running the command again: the data key's envelope is written before the
file is converted, and a plain file found beside an envelope is converted with that key.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.reseal import reseal_rows
from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.db import (
    is_plain_sqlite,
    make_engine,
    migrate,
    open_branch,
    read_envelope,
    sqlite_path,
    write_envelope,
)
from bpu_enroll.branch.store.fields import nik_index
from bpu_enroll.branch.store.models import Participant
from bpu_enroll.branch.store.vault import DataKey, MasterKey, new_data_key, unwrap, wrap
from bpu_enroll.domain.errors import BpuError

_BATCH = 500
NIK_LENGTH = 16

RecoveryMaker = Callable[[str], str]
"""Writes the recovery key file for a branch code; gives its public half (base64)."""


@dataclass(frozen=True)
class Adopted:
    """What adopting changed (counts only: no NIK, no name)."""

    file_encrypted: bool
    participants_hashed: int
    payloads_sealed: int  # records and conflicts
    secrets_sealed: bool
    recovery_key_made: bool
    notes: int = 0
    staff_names: int = 0
    laptop_tallies: int = 0

    @property
    def changed(self) -> bool:
        """False when the branch was already adopted."""
        return any(self.to_dict().values())

    def to_dict(self) -> dict[str, object]:
        """The `--json` document."""
        return {
            "file_encrypted": self.file_encrypted,
            "participants_hashed": self.participants_hashed,
            "payloads_sealed": self.payloads_sealed,
            "secrets_sealed": self.secrets_sealed,
            "recovery_key_made": self.recovery_key_made,
            "notes": self.notes,
            "staff_names": self.staff_names,
            "laptop_tallies": self.laptop_tallies,
        }


def adopt_branch(
    url: str, master: MasterKey, make_recovery_key: RecoveryMaker, *, actor: str = "cli:adopt"
) -> Adopted:
    """Adopt the branch at `url` (see the module text); on a branch already adopted, nothing
    changes and every count is 0. `make_recovery_key` is called only when the branch has no
    recovery key yet."""
    path = sqlite_path(url)
    encrypted = False
    require_branch(url)
    if path is not None:
        data_key = _envelope_key(url, master, None)
        if is_plain_sqlite(path):
            _encrypt_file(path, data_key)
            encrypted = True
    else:
        plain = make_engine(url, None)
        try:
            migrate(plain)  # the envelope's table comes with revision 0005
            _envelope_key(url, master, plain)
        finally:
            plain.dispose()
    engine = open_branch(url, master, adopting=True)
    try:
        with Session(engine) as session:
            adopted = _seal_rows(session, make_recovery_key, encrypted)
            if adopted.changed:
                code = branch_info(session).code
                detail = adopted.to_dict()
                audit_chain.append(
                    session, actor=actor, action="branch_adopted", subject=code, detail=detail
                )
                session.commit()
            return adopted
    finally:
        engine.dispose()


def require_branch(url: str) -> None:
    """`NOT_INITIALISED` for a path or database that holds no branch: nothing is made there."""
    path = sqlite_path(url)
    if path is not None:
        if not path.is_file() or path.stat().st_size == 0:
            raise BpuError("NOT_INITIALISED")
        return
    engine = make_engine(url, None)
    try:
        with engine.connect() as connection:
            if "branch_info" not in engine.dialect.get_table_names(connection):
                raise BpuError("NOT_INITIALISED")
    finally:
        engine.dispose()


def _envelope_key(url: str, master: MasterKey, engine: Engine | None) -> DataKey:
    """The data key of the envelope there, or a new one whose envelope is written first."""
    envelope = read_envelope(url, engine)
    if envelope is not None:
        return unwrap(master, envelope)
    data_key = new_data_key()
    write_envelope(url, wrap(master, data_key), engine)
    return data_key


def _encrypt_file(path: Path, data_key: DataKey) -> None:
    """Copy the plain SQLite file into a SQLCipher one under the key `make_engine` uses, then put
    it in the old file's place with one rename (the plain WAL is folded in first)."""
    staging = path.with_name(path.name + ".adopting")
    staging.unlink(missing_ok=True)  # a copy left by a run that was cut off
    key = data_key.derive("sqlcipher").hex()
    old_umask = os.umask(0o077)  # SQLCipher creates the copy: 0600
    try:
        connection = sqlcipher3.connect(str(path))
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            connection.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key}'\"", (str(staging),))
            connection.execute("SELECT sqlcipher_export('encrypted')").fetchall()
            connection.execute("DETACH DATABASE encrypted")
        finally:
            connection.close()
    finally:
        os.umask(old_umask)
    with staging.open("rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):  # the plain file's, which must not meet the new one
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(staging, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _seal_rows(session: Session, make_recovery_key: RecoveryMaker, encrypted: bool) -> Adopted:
    had_clear_secrets = not branch_info(session).sealed_secrets
    branch_secrets(session)  # seals the clear private keys, and commits
    hashed = 0
    while True:
        rows = session.exec(
            select(Participant)
            .where(func.length(col(Participant.nik_hash)) == NIK_LENGTH)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        for row in rows:
            row.nik_hash = nik_index(session, row.nik_hash)
            session.add(row)
        hashed += len(rows)
        session.commit()
    sealed = reseal_rows(session)  # PostgreSQL only; batched, each batch committed
    info = branch_info(session)
    made = not info.recovery_public_key
    if made:
        info.recovery_public_key = make_recovery_key(info.code)
        session.add(info)
        session.commit()
    return Adopted(
        encrypted,
        hashed,
        sealed.records + sealed.conflicts,
        had_clear_secrets,
        made,
        notes=sealed.notes,
        staff_names=sealed.staff_names,
        laptop_tallies=sealed.laptop_tallies,
    )
