"""The branch server killed (SIGKILL) in the middle of a batch: nothing lost, nothing doubled.

The real `bpu-branch serve` runs as a subprocess on the suite's database (SQLite and the
PostgreSQL the run starts). A laptop pushes 60 records in chunks of 5; once the branch has
answered the first chunk, the server process is killed. That run reports not completed with
records pending; after a restart on the same database the next sync completes, the branch holds
every record exactly once and the laptop holds each one accepted with the branch's KPJ."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func
from sqlmodel import Session, select

from bpu_enroll.branch.store.fields import nik_index
from bpu_enroll.branch.store.models import Participant, Record
from bpu_enroll.sync.client import SyncClient
from bpu_enroll.sync.protocol import ChunkAnswer, RecordPayload
from bpu_enroll.sync.runner import SyncReport, run_sync
from tests.integration.helpers import Branch, Laptop, enrol, fast_retry, nik_for
from tests.integration.processes import ServeProcess

pytestmark = pytest.mark.slow

RECORDS = 60
CHUNK = 5


class KillAfterFirstChunk(SyncClient):
    """The real client; once the branch has answered the first chunk, the server is killed."""

    def __init__(self, http: httpx.Client, laptop: Laptop, server: ServeProcess) -> None:
        super().__init__(
            http,
            device_code=laptop.device_code,
            signing_key=laptop.signing_key,
            retry=fast_retry(attempts=3),
        )
        self.server = server
        self.answered = 0

    def send_records(self, batch_id: str, records: list[RecordPayload]) -> ChunkAnswer:
        """Send the chunk; after the first answer, kill the branch server."""
        answer = super().send_records(batch_id, records)
        self.answered += 1
        if self.answered == 1:
            self.server.kill()
        return answer


@pytest.fixture
def servers() -> Iterator[list[ServeProcess]]:
    """Branch server processes started by the test; stopped at the end."""
    started: list[ServeProcess] = []
    try:
        yield started
    finally:
        for server in started:
            server.stop()


def interrupted_sync(laptop: Laptop, server: ServeProcess) -> tuple[SyncReport, int]:
    """A sync whose server is killed after the first chunk; the report, chunks answered."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = KillAfterFirstChunk(http, laptop, server)
        report = run_sync(
            store=laptop.session.store,
            data_dir=laptop.data_dir,
            client=client,
            signing_key=laptop.signing_key,
            device_code=laptop.device_code,
            actor=laptop.session.officer.username,
            server_url=server.url,
            chunk_size=CHUNK,
        )
    return report, client.answered


def branch_counts(branch: Branch) -> tuple[int, int, int, int, set[str]]:
    """Records, most rows for one record id, participants, most rows for one NIK, NIKs."""
    with Session(branch.engine) as session:
        records = int(session.exec(select(func.count()).select_from(Record)).one())
        per_id = session.exec(select(func.count()).select_from(Record).group_by(Record.id)).all()
        people = int(session.exec(select(func.count()).select_from(Participant)).one())
        per_nik = session.exec(
            select(func.count()).select_from(Participant).group_by(Participant.nik_hash)
        ).all()
        niks = set(session.exec(select(Participant.nik_hash)).all())
    return records, max(per_id, default=0), people, max(per_nik, default=0), niks


def test_server_killed_mid_batch_loses_and_doubles_nothing(
    branch: Branch, servers: list[ServeProcess], tmp_path: Path
) -> None:
    first = ServeProcess(branch.db_url, tmp_path / "server.log")
    servers.append(first)
    first.start()
    laptop = enrol(branch, first.url, tmp_path / "laptop")
    assert isinstance(laptop, Laptop)
    try:
        serials = range(7000, 7000 + RECORDS)
        ids = {laptop.register(serial) for serial in serials}

        report, answered = interrupted_sync(laptop, first)
        assert answered == 1
        assert first.process is not None and first.process.returncode == -signal.SIGKILL
        assert not report.completed
        assert "unavailable" in (report.error or "")
        assert report.pending == RECORDS - CHUNK
        held = branch.records()
        assert set(held) <= ids
        assert CHUNK <= len(held) < RECORDS
        assert sum(status == "final" for status, _ in laptop.states().values()) == (RECORDS - CHUNK)

        second = ServeProcess(branch.db_url, tmp_path / "server.log")
        servers.append(second)
        second.start()
        again = laptop.sync(second.url, chunk_size=CHUNK)
        assert again.completed
        assert again.pending == 0

        records, most_per_id, people, most_per_nik, niks = branch_counts(branch)
        assert (records, most_per_id) == (RECORDS, 1)
        assert (people, most_per_nik) == (RECORDS, 1)
        with Session(branch.engine) as session:  # the branch keeps NIKs as keyed hashes
            expected_niks = {nik_index(session, nik_for(serial)[0]) for serial in serials}
        same_people = niks == expected_niks  # compared without printing a NIK on failure
        assert same_people, "the branch's participants are not the laptop's registrants"
        held = branch.records()
        assert set(held) == ids
        kpjs = [r.kpj for r in held.values()]
        assert all(r.state == "accepted" for r in held.values())
        assert None not in kpjs and len(set(kpjs)) == RECORDS
        states = laptop.states()
        assert set(states) == ids
        for record_id, (status, kpj) in states.items():
            assert (status, kpj) == ("accepted", held[record_id].kpj)
    finally:
        laptop.close()
