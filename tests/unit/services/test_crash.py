"""A process killed (SIGKILL) while it finalises in a loop: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import col, func, select

from bpu_enroll.services.registration import RegistrationService, SearchQuery
from bpu_enroll.services.session import unlock
from bpu_enroll.store import repo
from bpu_enroll.store.audit import verify_audit_chain
from bpu_enroll.store.models import AuditEntry, Registration

REPO_ROOT = Path(__file__).resolve().parents[3]
ROUNDS = 3

FINALISE_FOREVER = """
import sys
from pathlib import Path
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from tests.unit.services.samples import registration

session = unlock(Path(sys.argv[1]), "demo", "demo")
service = RegistrationService(session)
serial = int(sys.argv[2])
print("READY", flush=True)
while True:
    result = service.finalise(registration(serial))
    print(result.receipt_number, flush=True)
    serial += 1
"""


def _run_and_kill(profile_dir: Path, first_serial: int, lines: int) -> list[str]:
    """Start the loop, let it commit about `lines` records, kill it; the receipts it printed."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", FINALISE_FOREVER, str(profile_dir), str(first_serial)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env=env,
    )
    assert child.stdout is not None
    printed: list[str] = []
    try:
        assert child.stdout.readline().strip() == "READY", child.stderr.read()  # type: ignore[union-attr]
        while len(printed) < lines:
            line = child.stdout.readline().strip()
            assert line, child.stderr.read()  # type: ignore[union-attr]
            printed.append(line)
        os.kill(child.pid, signal.SIGKILL)  # most likely in the middle of the next finalise
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=60)
        child.stdout.close()
        child.stderr.close()  # type: ignore[union-attr]
    assert child.returncode == -signal.SIGKILL
    return printed


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_killed_while_finalising_loses_and_doubles_nothing(profile_dir: Path) -> None:
    printed: list[str] = []
    for round_number in range(ROUNDS):
        printed += _run_and_kill(profile_dir, 1 + 1000 * round_number, random.randint(5, 40))

    with unlock(profile_dir, "demo", "demo") as session:
        service = RegistrationService(session)
        for receipt in printed:  # everything the child saw committed is there, intact
            assert service.get(receipt).row.receipt_number == receipt
        with session.store.session() as db:
            numbers = list(db.exec(select(Registration.receipt_number)).all())
            finalised = db.exec(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "finalise")
            ).one()
            next_value = repo.peek_receipt_sequence(db, device_code="D0001")
            assert verify_audit_chain(db).ok
            hashes_ok = all(
                row.content_hash and len(row.content_hash) == 64
                for row in db.exec(select(Registration).order_by(col(Registration.created_at)))
            )
        sequences = sorted(int(re.sub(r".*-", "", number)) for number in numbers)
        assert len(set(numbers)) == len(numbers)
        assert sequences == list(range(1, len(numbers) + 1))  # no number skipped or reused
        assert next_value == len(numbers) + 1
        assert finalised == len(numbers)  # every record has its audit entry, and no more
        assert hashes_ok
        assert len(numbers) >= len(printed)
        after = service.finalise(_fresh())
        assert after.receipt_number.endswith(f"-{len(numbers) + 1:05d}")
        assert service.count(SearchQuery()) == len(numbers) + 1


def _fresh() -> dict[str, object]:
    from tests.unit.services.samples import registration

    return registration(9999)
