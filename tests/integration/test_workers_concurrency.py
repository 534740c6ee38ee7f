"""Twenty laptops pushing at once to several server processes on one PostgreSQL database.

Two layouts, each with real `bpu-branch serve` processes on loopback: one `serve --workers 4`,
and two `serve --workers 1` processes on the same database (laptops alternate between them, as
behind a proxy). Some workers registered at two stalls (shared NIKs, one of them also on a USB
batch file); the USB file is imported with `bpu-branch import` while the pushes run. Then: every
record held exactly once; every NIK accepted once and its duplicates answered with that KPJ;
KPJs unique and gap-free from the range's start; each laptop's decision cursor only moved
forward and ends at its last decision; every laptop holds what the branch holds."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections import Counter as Tally
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.store.models import BranchInfo, Counter, Record
from bpu_enroll.branch.store.registry import KPJ_COUNTER
from bpu_enroll.sync.client import SyncClient
from bpu_enroll.sync.export import export_batch
from bpu_enroll.sync.laptop_store import load_sync_state
from bpu_enroll.sync.protocol import ChunkAnswer, PullAnswer, RecordPayload
from bpu_enroll.sync.runner import SyncReport, run_sync
from tests.integration.helpers import Branch, Laptop, enrol, fast_retry
from tests.integration.processes import SERVE, ServeProcess

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

LAPTOPS = 20
PER_LAPTOP = 12
CHUNK = 4
USB_SERIALS = range(5000, 5010)


class Watched(SyncClient):
    """The real client; counts answered chunks (to start the import mid-push) and keeps every
    pull's (asked cursor, answered cursor)."""

    def __init__(self, http: httpx.Client, laptop: Laptop, progress: Progress) -> None:
        super().__init__(
            http, device_code=laptop.device_code, signing_key=laptop.signing_key,
            retry=fast_retry(attempts=8),
        )  # fmt: skip
        self.progress = progress
        self.cursors: list[tuple[int, int]] = []

    def send_records(self, batch_id: str, records: list[RecordPayload]) -> ChunkAnswer:
        """Send, then tell the progress one more chunk was answered."""
        answer = super().send_records(batch_id, records)
        self.progress.answered()
        return answer

    def pull(self, cursor: int, *, refs: str | None = None) -> PullAnswer:
        """Pull, remembering the cursor asked and the one answered."""
        answer = super().pull(cursor, refs=refs)
        self.cursors.append((cursor, answer.cursor))
        return answer


class Progress:
    """Chunks answered across every laptop; `midway` is set at a quarter of them."""

    def __init__(self, total_chunks: int) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.quarter = max(1, total_chunks // 4)
        self.midway = threading.Event()

    def answered(self) -> None:
        """One more chunk answered."""
        with self.lock:
            self.count += 1
            if self.count >= self.quarter:
                self.midway.set()


def _sync(laptop: Laptop, url: str, client: SyncClient) -> SyncReport:
    return run_sync(
        store=laptop.session.store, data_dir=laptop.data_dir, client=client,
        signing_key=laptop.signing_key, device_code=laptop.device_code,
        actor=laptop.session.officer.username, server_url=url, chunk_size=CHUNK,
    )  # fmt: skip


def _serials(index: int) -> list[int]:
    """What laptop `index` registers: its own workers, and (every third laptop) a worker who
    also registered at the next laptop's stall, and (every fifth) one who is on the USB file."""
    own = [index * 100 + k for k in range(PER_LAPTOP)]
    if index % 3 == 0:
        own.append((index + 1) * 100)
    if index % 5 == 0:
        own.append(USB_SERIALS[index // 5])
    return own


@pytest.fixture
def laptops() -> Iterator[list[Laptop]]:
    """Laptops (LAPTOPS + 1 for the USB file), enrolled by the test; closed at the end."""
    made: list[Laptop] = []
    try:
        yield made
    finally:
        for laptop in made:
            laptop.close()


def _import(db_url: str, batch: Path) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-c", SERVE, "--db", db_url, "import", str(batch), "--json"]
    return subprocess.run(command, capture_output=True, timeout=120, check=False)


@pytest.mark.parametrize("layout", ["one serve, 4 workers", "two serve processes"])
def test_twenty_laptops_and_a_usb_import_on_several_processes(
    layout: str,
    pg_branch: Branch,
    serve_processes: list[ServeProcess],
    laptops: list[Laptop],
    tmp_path: Path,
) -> None:
    if layout == "one serve, 4 workers":
        urls = [_started(serve_processes, pg_branch, tmp_path / "a.log", 4).url]
    else:
        urls = [_started(serve_processes, pg_branch, tmp_path / f"{n}.log", 1).url for n in "ab"]
    expected: dict[str, int] = {}
    for index in range(LAPTOPS + 1):
        laptop = enrol(pg_branch, urls[index % len(urls)], tmp_path / f"laptop{index}")
        assert isinstance(laptop, Laptop)
        laptops.append(laptop)
        serials = list(USB_SERIALS) if index == LAPTOPS else _serials(index)
        for serial in serials:
            expected[laptop.register(serial)] = serial
    usb, pushing = laptops[-1], laptops[:-1]
    batch = tmp_path / "usb" / "batch.bpu"
    export_batch(
        usb.session.store, out=batch, signing_key=usb.signing_key, device_code=usb.device_code,
        branch_public_key=_branch_encryption_key(usb),
    )  # fmt: skip
    chunks = sum(-(-len(_serials(i)) // CHUNK) for i in range(LAPTOPS))
    progress = Progress(chunks)
    start = threading.Barrier(LAPTOPS + 1)
    clients: dict[str, Watched] = {}

    def push(index: int) -> SyncReport:
        laptop, url = pushing[index], urls[index % len(urls)]
        with httpx.Client(base_url=url, timeout=60) as http:
            clients[laptop.device_code] = Watched(http, laptop, progress)
            start.wait(timeout=60)
            return _sync(laptop, url, clients[laptop.device_code])

    def usb_import() -> subprocess.CompletedProcess[bytes]:
        start.wait(timeout=60)
        assert progress.midway.wait(timeout=120)
        return _import(pg_branch.db_url, batch)

    with ThreadPoolExecutor(max_workers=LAPTOPS + 1) as pool:
        imported = pool.submit(usb_import)
        reports = list(pool.map(push, range(LAPTOPS), timeout=300))
        done = imported.result(timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert all(report.completed for report in reports)
    assert progress.count >= chunks  # every chunk answered (retries may add some)

    # The laptops pull again (the USB laptop for the first time): decisions reach them all.
    for index, laptop in enumerate(laptops):
        url = urls[index % len(urls)]
        with httpx.Client(base_url=url, timeout=60) as http:
            client = clients.setdefault(laptop.device_code, Watched(http, laptop, progress))
            client.http = http
            assert _sync(laptop, url, client).completed

    held = pg_branch.records()
    assert set(held) == set(expected)  # every record, once (the id is the primary key)
    _check_kpjs(pg_branch, held, expected)
    for laptop in laptops:
        states = laptop.states()
        device = {held[rid].device_id for rid in states}
        assert len(device) == 1
        mine = [r.decision_seq for r in held.values() if r.device_id in device]
        asked = [asked for asked, _ in clients[laptop.device_code].cursors]
        assert asked == sorted(asked)  # the cursor the laptop sends only moves forward
        assert all(answered >= asked for asked, answered in clients[laptop.device_code].cursors)
        assert load_sync_state(laptop.data_dir).cursor == max(mine)
        assert states == {rid: (held[rid].state, held[rid].kpj) for rid in states}


def _started(servers: list[ServeProcess], branch: Branch, log: Path, workers: int) -> ServeProcess:
    server = ServeProcess(branch.db_url, log, workers=workers).start()
    servers.append(server)
    return server


def _branch_encryption_key(laptop: Laptop) -> bytes:
    from bpu_enroll.sync.protocol import unb64

    key = load_sync_state(laptop.data_dir).branch_encryption_key
    assert key is not None
    return unb64(key)


def _check_kpjs(branch: Branch, held: dict[str, Record], expected: dict[str, int]) -> None:
    """One accepted record per NIK, its duplicates with its KPJ; KPJs unique and gap-free."""
    per_serial: dict[int, list[Record]] = {}
    for record_id, serial in expected.items():
        per_serial.setdefault(serial, []).append(held[record_id])
    for serial, rows in per_serial.items():
        states = Tally(row.state for row in rows)
        assert states == Tally(accepted=1, duplicate=len(rows) - 1), (serial, states)
        assert len({row.kpj for row in rows}) == 1, serial
    accepted = sorted(int(r.kpj or 0) for r in held.values() if r.state == "accepted")
    with Session(branch.engine) as db:
        first = db.exec(select(BranchInfo)).one().kpj_first
        counter = db.exec(select(Counter).where(Counter.name == KPJ_COUNTER)).one().value
    assert accepted == list(range(first, first + len(per_serial)))
    assert counter == first + len(per_serial)
    assert branch.participant_count() == len(per_serial)
