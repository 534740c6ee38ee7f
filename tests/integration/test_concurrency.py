"""Fifty laptops syncing at once against one server on loopback (a bounded load test)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from bpu_enroll.sync.runner import SyncReport
from tests.integration.helpers import Branch, Laptop, ServerThread, fast_retry

pytestmark = pytest.mark.slow

LAPTOPS = 50
PER_LAPTOP = 4


def test_fifty_laptops_at_once_no_lost_or_doubled_record_and_unique_kpjs(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptops = [laptop_factory() for _ in range(LAPTOPS)]
    expected: dict[str, int] = {}
    for index, laptop in enumerate(laptops):
        serials = [index * PER_LAPTOP + k for k in range(PER_LAPTOP)]
        if index % 2 == 0:  # the same worker also registered at the next laptop's stall
            serials.append((index + 1) * PER_LAPTOP)
        for serial in serials:
            expected[laptop.register(serial)] = serial
    start = threading.Barrier(LAPTOPS)

    def run(laptop: Laptop) -> SyncReport:
        start.wait(timeout=60)
        return laptop.sync(server.url, retry=fast_retry(attempts=8), chunk_size=2)

    with ThreadPoolExecutor(max_workers=LAPTOPS) as pool:
        reports = list(pool.map(run, laptops, timeout=300))

    assert all(report.completed for report in reports)
    held = branch.records()
    assert set(held) == set(expected)  # nothing lost, and a primary key cannot double
    accepted = [r.kpj for r in held.values() if r.state == "accepted"]
    assert len(accepted) == len(set(accepted)) == branch.participant_count()
    per_serial: dict[int, list[tuple[str, str | None]]] = {}
    for record_id, serial in expected.items():
        per_serial.setdefault(serial, []).append((held[record_id].state, held[record_id].kpj))
    for serial, outcomes in per_serial.items():
        states = Counter(state for state, _ in outcomes)
        assert states["accepted"] == 1, serial
        assert states["duplicate"] == len(outcomes) - 1
        assert len({kpj for _, kpj in outcomes}) == 1  # the duplicate carries the existing KPJ
    for laptop in laptops:
        for record_id, state in laptop.states().items():
            assert state == (held[record_id].state, held[record_id].kpj)
