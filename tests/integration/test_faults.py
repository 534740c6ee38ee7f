"""Exactly once over a flaky network: cut connections, 500 and 429 answers, a killed laptop.

After every fault the branch holds every record once, and after the next sync the laptop's
states agree with the branch's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.faults import CuttingProxy, Fault, FaultyApp
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    enrol,
    fast_retry,
    open_laptop,
)

pytestmark = pytest.mark.slow


def assert_consistent(branch: Branch, laptop: Laptop) -> None:
    """Every laptop record held once by the branch; same state and KPJ on both sides."""
    held = branch.records()
    states = laptop.states()
    assert set(held) == set(states)
    for record_id, (status, kpj) in states.items():
        assert (status, kpj) == (held[record_id].state, held[record_id].kpj)
    accepted = [r.kpj for r in held.values() if r.state == "accepted"]
    assert len(accepted) == len(set(accepted)) == branch.participant_count()


@pytest.mark.parametrize("direction", ["up", "down"])
def test_connection_cut_at_many_points_still_lands_every_record_once(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    direction: str,
) -> None:
    laptop = laptop_factory()
    proxy = CuttingProxy(server.port)
    serial = 1000
    try:
        for cut_after in [0, 1, 40, 200, 400, 700, 1000, 1500, 2200, 3000, 4500, 6500, 9000]:
            for _ in range(2):
                laptop.register(serial)
                serial += 1
            proxy.arm(cut_after=cut_after, direction=direction, connections=2)
            first = laptop.sync(proxy.url, retry=fast_retry(attempts=2))
            held = branch.records()
            assert len(held) == len(set(held))
            second = laptop.sync(proxy.url, retry=fast_retry(attempts=3))
            assert second.completed, (cut_after, first.error, second.error)
            assert second.pending == 0
            assert_consistent(branch, laptop)
    finally:
        proxy.close()
    assert proxy.cuts > 0
    assert len(branch.records()) == serial - 1000


def test_500_and_429_answers_are_retried_and_retry_after_is_honoured(
    branch: Branch, faulty: tuple[FaultyApp, ServerThread], tmp_path: Path
) -> None:
    app, running = faulty
    laptop = enrol(branch, running.url, tmp_path / "laptop")
    assert isinstance(laptop, Laptop)
    try:
        ids = [laptop.register(serial) for serial in range(2000, 2005)]
        app.add(Fault("POST", "/records", status=500, process=True))  # processed, answer lost
        app.add(Fault("POST", "/records", status=429, process=False, retry_after="1"))
        app.add(Fault("GET", "/pull", status=503, process=False))
        sleeps: list[float] = []

        report = laptop.sync(running.url, retry=fast_retry(attempts=5, sleeps=sleeps))

        assert report.completed
        assert len(app.applied) == 3
        assert 1.0 in sleeps  # the 429's Retry-After
        assert report.to_dict()["accepted"] + report.to_dict()["already_received"] == 5
        assert {laptop.states()[i][0] for i in ids} == {"accepted"}
        assert_consistent(branch, laptop)
    finally:
        laptop.close()


def test_a_run_that_keeps_failing_stops_after_bounded_attempts_with_pending(
    branch: Branch, faulty: tuple[FaultyApp, ServerThread], tmp_path: Path
) -> None:
    app, running = faulty
    laptop = enrol(branch, running.url, tmp_path / "laptop")
    assert isinstance(laptop, Laptop)
    try:
        laptop.register(2100)
        laptop.register(2101)
        for _ in range(3):
            app.add(Fault("POST", "/batches", status=503, process=False))
        report = laptop.sync(running.url, retry=fast_retry(attempts=3))
        assert not report.completed
        assert report.to_dict()["pending"] == 2
        assert "503" in (report.error or "")
        assert branch.records() == {}
        assert laptop.sync(running.url).completed
        assert_consistent(branch, laptop)
    finally:
        laptop.close()


def test_laptop_killed_between_sending_and_applying_agrees_after_next_sync(
    branch: Branch, faulty: tuple[FaultyApp, ServerThread], tmp_path: Path
) -> None:
    app, running = faulty
    data_dir = tmp_path / "laptop"
    device = enrol(branch, running.url, data_dir, open_session=False)
    assert isinstance(device, str)
    laptop = open_laptop(data_dir, device)
    ids = [laptop.register(serial) for serial in range(3000, 3004)]
    laptop.close()
    env = {**os.environ, "BPU_ENROLL_PASSWORD": PASSWORD}
    command = [sys.executable, "-m", "bpu_enroll", "sync", "--data-dir", str(data_dir),
               "--officer", OFFICER, "--json"]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def kill_laptop() -> None:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)

    app.add(Fault("POST", "/records", status=200, process=True, hook=kill_laptop))
    process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL
    assert set(branch.records()) == set(ids)  # the branch took them all…

    laptop = open_laptop(data_dir, device)  # …and the laptop never learnt it
    try:
        assert {laptop.states()[i][0] for i in ids} == {"final"}
        report = laptop.sync(running.url)
        assert report.completed
        assert report.to_dict()["already_received"] == 4
        assert report.to_dict()["sent"] == 0
        assert_consistent(branch, laptop)
    finally:
        laptop.close()
