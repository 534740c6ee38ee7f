"""Helpers of the integration suite: a branch on a real database, the real server on loopback,
laptops enrolled through the real protocol, and registrations that pass the domain rules."""

from __future__ import annotations

import contextlib
import json
import secrets
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from nacl.public import PrivateKey
from nacl.signing import SigningKey
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.admin.keys_cli import init_master_key
from bpu_enroll.branch.store.db import open_branch
from bpu_enroll.branch.store.fields import payload_of, seal_payload
from bpu_enroll.branch.store.models import BranchInfo, Counter, Participant, Record
from bpu_enroll.branch.store.registry import KPJ_COUNTER
from bpu_enroll.branch.workspace.staff import audit_log
from bpu_enroll.domain.hashing import content_hash
from bpu_enroll.services.clock import local_date
from bpu_enroll.services.enrolment import enrol_laptop
from bpu_enroll.services.laptop_report import send_report
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import OfficerSession, unlock
from bpu_enroll.store.keys import FAST_KDF
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.batchfile import make_batch_file
from bpu_enroll.sync.client import RetryPolicy, SyncClient
from bpu_enroll.sync.enrolment import sign_enrolment
from bpu_enroll.sync.laptop_store import load_sync_state, records_to_send
from bpu_enroll.sync.protocol import (
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    BatchFile,
    RecordPayload,
    RecordResult,
    b64,
    request_signing_bytes,
    unb64,
)
from bpu_enroll.sync.runner import SyncReport, run_sync, sign_manifest

OFFICER = "siti"
PASSWORD = "rahasia-siti"
BRANCH_CODE = "JKT01"
BRANCH_PROVINCE = "31"  # DKI Jakarta: WIB


def nik_for(serial: int, *, woman: bool = False, year: int = 1990) -> tuple[str, str, str]:
    """A structurally valid NIK (Cibinong), its birth date and gender; unique per serial."""
    day = 1 + (serial // 9999) % 28
    number = 1 + serial % 9999
    nik_day = day + 40 if woman else day
    nik = f"320101{nik_day:02d}08{year % 100:02d}{number:04d}"
    return nik, f"{year}-08-{day:02d}", "F" if woman else "M"


def registration(serial: int, **changes: Any) -> dict[str, Any]:
    """A registration that the domain rules accept (today), unique by `serial`."""
    nik, birth, gender = nik_for(serial)
    data: dict[str, Any] = {
        "nik": nik,
        "full_name": "Budi Santoso",
        "birth_place": "Bogor",
        "birth_date": birth,
        "gender": gender,
        "kk_number": None,
        "phone": "0812-3456-7890",
        "email": None,
        "address": {
            "street": "Jl. Raya Bogor 12",
            "rt": "3",
            "rw": "5",
            "village_code": "3201011001",
        },
        "occupation_code": "TRN-OJEK",
        "occupation_other": None,
        "business_name": None,
        "work_location": "Pasar Cibinong",
        "monthly_income": 2_500_000,
        "programs": ["JKK", "JKM"],
        "employer": False,
        "government_paid": False,
        "months_paid": 1,
        "cash_paid": None,
        "consent": True,
    }
    data.update(changes)
    return data


class ServerThread:
    """The real branch API served by uvicorn on 127.0.0.1 in a background thread."""

    def __init__(
        self,
        app: Any,
        *,
        ssl: dict[str, str] | None = None,
        port: int | None = None,
        keep_alive: float = 5,
    ) -> None:
        """`port`: the one a stopped server listened on (a restart); `keep_alive`: seconds an
        idle connection stays open (uvicorn's `timeout_keep_alive`, 5 as `serve` gives it)."""
        self.app = app  # what it serves (its schema, which the server does not serve)
        # Its listening socket is bound here and handed to uvicorn: a port found free, closed
        # and bound again later could be taken meanwhile (by any process on the machine).
        self.socket = socket.create_server(("127.0.0.1", port or 0))
        self.port = int(self.socket.getsockname()[1])
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_level="error",
            access_log=False,
            timeout_graceful_shutdown=2,
            timeout_keep_alive=keep_alive,  # type: ignore[arg-type]
            **(ssl or {}),  # type: ignore[arg-type]
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True
        )
        scheme = "https" if ssl else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"

    def start(self) -> ServerThread:
        """Start and wait until the socket accepts connections."""
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the branch server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for the thread."""
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.socket.close()


@contextlib.contextmanager
def served_as_serve(
    engine: Engine, protocol: type[Any] | None = None, *, log_level: str | None = None
) -> Iterator[str]:
    """The branch API on a free loopback port under `bpu-branch serve`'s own uvicorn settings
    (`server.server_config`: its guarded protocol, its keep-alive, no proxy headers), with
    `protocol` in its protocol's place (a narrower bound) and `log_level` if given; yields the
    URL. The listening socket is bound here and handed to uvicorn: a port found free, closed
    and bound again later could be taken meanwhile by another process of the machine."""
    from bpu_enroll.branch.server import create_branch_app, server_config

    listening = socket.create_server(("127.0.0.1", 0))
    port = int(listening.getsockname()[1])
    config = server_config(create_branch_app(engine), host="127.0.0.1", port=port)
    if protocol is not None:
        config.http = protocol
    if log_level is not None:
        config.log_level = log_level
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listening]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive()
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        listening.close()


@dataclass
class Branch:
    """A branch on a real database, with its engine."""

    db_url: str
    engine: Engine
    recovery_key: PrivateKey | None = None

    def code(self, ttl_minutes: int = 60) -> admin.IssuedCode:
        """A fresh one-time enrolment code."""
        from datetime import timedelta

        with Session(self.engine) as session:
            return admin.issue_code(session, ttl=timedelta(minutes=ttl_minutes))

    def add_officer(self, username: str, password: str, role: str = "officer") -> None:
        """An officer with the test KDF (cheap), as `officer add` would make them."""
        with Session(self.engine) as session:
            admin.add_officer(
                session,
                username=username,
                name=username.title(),
                role=role,
                password=password,
                params=FAST_KDF,
            )

    def records(self) -> dict[str, Record]:
        """Every record the branch holds, by id."""
        with Session(self.engine) as session:
            return {r.id: r for r in session.exec(select(Record)).all()}

    def participant_count(self) -> int:
        """How many participants the branch has."""
        with Session(self.engine) as session:
            return int(session.exec(select(func.count()).select_from(Participant)).one())


def make_branch(db_url: str) -> Branch:
    """Migrate, init and add the default officer; opened with the run's master key file
    (`BPU_BRANCH_KEY_FILE`, see tests/conftest.py), as every `bpu-branch` command opens it.
    The private half of the recovery key pair stays on the returned `Branch` (the "safe")."""
    master, _ = init_master_key(None)
    engine = open_branch(db_url, master, create=True)
    recovery = PrivateKey.generate()
    with Session(engine) as session:
        admin.init_branch(
            session,
            code=BRANCH_CODE,
            name="Kantor Cabang Jakarta Salemba",
            province=BRANCH_PROVINCE,
            kpj_first=20_000_000_001,
            kpj_last=20_099_999_999,
            recovery_public_key=b64(bytes(recovery.public_key)),
        )
    branch = Branch(db_url, engine, recovery)
    branch.add_officer(OFFICER, PASSWORD)
    return branch


def fast_retry(attempts: int = 6, sleeps: list[float] | None = None) -> RetryPolicy:
    """Retries with tiny real waits; records the waits it was asked for."""
    record = sleeps if sleeps is not None else []

    def sleep(seconds: float) -> None:
        record.append(seconds)
        time.sleep(min(seconds, 0.05))

    return RetryPolicy(attempts=attempts, base_delay=0.01, max_delay=0.05, sleep=sleep)


@dataclass
class Laptop:
    """A laptop enrolled at the branch through the real protocol, with an open session."""

    data_dir: Path
    session: OfficerSession
    device_code: str
    serials: list[int] = field(default_factory=list)

    @property
    def signing_key(self) -> SigningKey:
        """The device's Ed25519 key from the encrypted store."""
        return SigningKey(self.session.device_signing_key())

    def register(self, serial: int, **changes: Any) -> str:
        """Finalise one registration; its record id."""
        result = RegistrationService(self.session).finalise(registration(serial, **changes))
        self.serials.append(serial)
        return str(result.id)

    def client(self, http: httpx.Client, retry: RetryPolicy | None = None) -> SyncClient:
        """A protocol client signing as this device."""
        return SyncClient(
            http, device_code=self.device_code, signing_key=self.signing_key, retry=retry
        )

    def sync(
        self, url: str, *, retry: RetryPolicy | None = None, chunk_size: int = 200
    ) -> SyncReport:
        """One full sync run against `url`; a completed run then sends the laptop report, as
        `SyncService.run` does."""
        with httpx.Client(base_url=url, timeout=30) as http:
            client = self.client(http, retry or fast_retry())
            report = run_sync(
                store=self.session.store,
                data_dir=self.data_dir,
                client=client,
                signing_key=self.signing_key,
                device_code=self.device_code,
                actor=self.session.officer.username,
                server_url=url,
                chunk_size=chunk_size,
            )
            if report.completed:
                send_report(self.session, client)
            return report

    def states(self) -> dict[str, tuple[str, str | None]]:
        """Record id → (status, KPJ) as the laptop holds them."""
        with self.session.store.session(readonly=True) as db:
            rows = db.exec(select(Registration)).all()
            return {r.id: (r.status, r.kpj) for r in rows}

    def close(self) -> None:
        """Close the store (releases its lock)."""
        self.session.close()


def signed_enrolment(
    url: str, code: str = "ABCD-EFGH-JKLM", key: SigningKey | None = None, label: str = ""
) -> dict[str, str]:
    """An enrol request as a laptop sends it (signed by `key`, or a new one, for the branch at
    `url`): with a code no branch issued, a guess that gets as far as the code check."""
    branch_code = httpx.get(f"{url}/api/v1/health", timeout=60).json()["branch_code"]
    request = sign_enrolment(code, key or SigningKey.generate(), branch_code, label=label)
    return request.model_dump(mode="json")


def enrol(branch: Branch, url: str, data_dir: Path, *, open_session: bool = True) -> Laptop | str:
    """Enrol a laptop at `url`; an open `Laptop`, or just the device code."""
    issued = branch.code()
    enrolled = enrol_laptop(
        data_dir,
        server_url=url,
        code=issued.code,
        fingerprint=issued.fingerprint if url.startswith("https") else None,
        now=_now(),
    )
    if not open_session:
        return enrolled.device_code
    session = unlock(data_dir, OFFICER, PASSWORD)
    return Laptop(data_dir, session, enrolled.device_code)


def for_the_cli(laptop: Laptop, monkeypatch: pytest.MonkeyPatch) -> None:
    """Hand a laptop set up in the test to the real CLI: its store closed (the CLI opens it
    itself) and its officer's password where `bpu-enroll` reads it (`BPU_ENROLL_PASSWORD`)."""
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)


def export_usb(laptop: Laptop, out: Path, *extra: str) -> int:
    """`bpu-enroll export-batch --out OUT [extra…]` for the laptop's officer, through the
    CLI's `main` (after `for_the_cli`); its exit code, what it said in capsys."""
    from bpu_enroll.cli.main import main as laptop_main

    argv = ["export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER]
    return laptop_main([*argv, "--out", str(out), *extra])


def open_laptop(data_dir: Path, device_code: str) -> Laptop:
    """Open an already enrolled laptop again."""
    return Laptop(data_dir, unlock(data_dir, OFFICER, PASSWORD), device_code)


def _now() -> Any:
    return datetime.now(UTC)


def today() -> date:
    """Today in the test branch's zone (Jakarta, WIB): the registration date its laptops write.
    The machine's own date is a day behind from 17:00 UTC, when a laptop's records would fall on
    another day than the one a test looks up."""
    return local_date(datetime.now(UTC), BRANCH_PROVINCE)


Factory = Callable[[Path], Laptop]


def exhaust_kpj_range(branch: Branch) -> None:
    """Move the KPJ counter past the range's end: new records wait as pending_review."""
    with Session(branch.engine) as db:
        info = db.exec(select(BranchInfo)).one()
        counter = db.exec(select(Counter).where(Counter.name == KPJ_COUNTER)).one()
        counter.value = info.kpj_last + 1
        db.add(counter)
        db.commit()


def extend_kpj_range(branch: Branch) -> None:
    """Give the branch 1,000 more KPJ numbers (after `exhaust_kpj_range`)."""
    with Session(branch.engine) as db:
        info = db.exec(select(BranchInfo)).one()
        info.kpj_last += 1000
        db.add(info)
        db.commit()


def leave_kpj_numbers(branch: Branch, left: int) -> int:
    """End the branch's KPJ range `left` numbers after its counter; the counter's value."""
    with Session(branch.engine) as db:
        info = db.exec(select(BranchInfo)).one()
        counter = db.exec(select(Counter).where(Counter.name == KPJ_COUNTER)).one()
        info.kpj_last = counter.value + left - 1
        db.add(info)
        db.commit()
        return counter.value


def set_income(branch: Branch, record_id: str, value: Any) -> None:
    """Write `value` into the stored record's `monthly_income`, sealed as the store keeps it: a
    record damaged so that it still opens but no longer reads (a word) or no longer hashes to
    its content hash (another number)."""
    with Session(branch.engine) as db:
        row = db.get(Record, record_id)
        assert row is not None
        document = payload_of(row)
        document["registration"]["monthly_income"] = value
        row.payload = seal_payload(db, json.dumps(document))
        db.add(row)
        db.commit()


def break_record(laptop: Laptop, record_id: str, **changes: object) -> None:
    """Re-seal a stored record with data the branch's rules refuse, and queue it again."""
    with laptop.session.store.session() as db:
        row = db.get(Registration, record_id)
        assert row is not None
        data = json.loads(row.data_json)
        data.update(changes)
        row.data_json = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        row.content_hash = content_hash(data, json.loads(row.quote_json))
        row.status = "final"
        db.add(row)


def batch_file_repeating(laptop: Laptop, *, in_manifest: bool = False) -> bytes:
    """A USB batch file of what the laptop would send, every record in it twice (all once,
    then all again), the manifest naming each once (twice with `in_manifest`). A laptop's
    export never writes it (its file is made from its manifest, which the branch refuses with
    a repeat); the file is made here directly (`batch_file_of`)."""
    records = records_to_send(laptop.session.store)
    return batch_file_of(
        laptop, records + records, announced=records + records if in_manifest else records
    )


def send_records(laptop: Laptop, url: str, *chunks: list[RecordPayload]) -> dict[str, RecordResult]:
    """Announce all of `chunks` as one batch of `laptop`, then send them chunk by chunk, as
    a laptop's sync does, whatever the records say (made or altered by the test); the branch's
    answer of each record, by id."""
    records = [r for chunk in chunks for r in chunk]
    signed = sign_manifest(
        records, device_code=laptop.device_code, signing_key=laptop.signing_key,
        batch_id=str(uuid.uuid4()),
    )  # fmt: skip
    told: dict[str, RecordResult] = {}
    with httpx.Client(base_url=url, timeout=30) as http:
        client = laptop.client(http)
        answer = client.announce(signed)
        for chunk in chunks:
            told |= {r.id: r for r in client.send_records(answer.batch_id, chunk).results}
    return told


def batch_file_of(
    laptop: Laptop,
    records: list[RecordPayload],
    *,
    announced: list[RecordPayload] | None = None,
    batch_id: str | None = None,
) -> bytes:
    """A USB batch file of `records` (the manifest naming `announced`, by default the same; a
    new batch id unless `batch_id`), signed by the laptop and sealed to its branch as
    `export-batch` does: a file an older or altered laptop could bring."""
    signed = sign_manifest(
        records if announced is None else announced,
        device_code=laptop.device_code,
        signing_key=laptop.signing_key,
        batch_id=batch_id or str(uuid.uuid4()),
    )
    batch = BatchFile(device_code=laptop.device_code, signed_manifest=signed, records=records)
    branch_key = load_sync_state(laptop.data_dir).branch_encryption_key
    assert branch_key
    return make_batch_file(
        batch, device_signing_seed=bytes(laptop.signing_key), branch_public_key=unb64(branch_key)
    )


def signed_headers(device: str, key: SigningKey, method: str, path: str) -> dict[str, str]:
    """The headers of a body-less request signed by `key` as device `device` (a fresh nonce):
    the laptop's own signature, or a forger's when `key` is not the device's."""
    timestamp, nonce = str(int(time.time())), secrets.token_hex(16)
    message = request_signing_bytes(method, path, timestamp, nonce, b"")
    return {
        HEADER_DEVICE: device,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: b64(key.sign(message).signature),
    }


def audit_lines(branch: Branch) -> list[dict[str, Any]]:
    """The branch's audit lines, oldest first (the last 5,000)."""
    with Session(branch.engine) as db:
        return list(reversed(audit_log(db, limit=5000)))


def copy_pending(store: Any, record_id: str, copies: int) -> None:
    """`copies` more pending records in the laptop's real store, each the stored record `record_id`
    under its own id and receipt number, in one statement (a few seconds where finalising each
    takes minutes): for what only the number of waiting records decides, such as a USB file
    written in parts. The copies are final, as finalised ones wait."""
    from sqlalchemy import text

    table = Registration.__table__  # type: ignore[attr-defined]
    names = [column.name for column in table.columns]
    made = {
        "id": "printf('%08x-0000-4000-8000-%012x', n, n)",
        "receipt_number": "(:prefix || (100000000 + n))",
        "created_at": "created_at",
    }
    chosen = ", ".join(made.get(name, name) for name in names)
    with store.session() as db:
        row = db.get(Registration, record_id)
        assert row is not None
        prefix = row.receipt_number.rsplit("-", 1)[0] + "-"
        db.connection().execute(
            text(
                "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq "
                f"WHERE n < :copies) INSERT INTO registration ({', '.join(names)}) "
                f"SELECT {chosen} FROM registration, seq WHERE registration.id = :record"
            ),
            {"copies": copies, "prefix": prefix, "record": record_id},
        )
