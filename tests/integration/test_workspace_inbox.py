"""The clerk's batch inbox counts a batch from the entries its manifest announced, on both back
ends: a laptop that sends again by network what the branch first received from its USB file gets
a network batch with its officers, its new records' states and how many were already received;
each record counts once, so the inbox sums to what the branch holds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bpu_enroll.sync.export import export_batch
from bpu_enroll.sync.laptop_store import load_sync_state
from bpu_enroll.sync.protocol import unb64
from bpu_enroll.sync.staff_client import StaffClient
from tests.integration.helpers import OFFICER, Branch, Laptop, ServerThread

CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"


def test_a_batch_sent_again_counts_its_records_as_already_received(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
) -> None:
    laptop = laptop_factory()
    first = [laptop.register(701), laptop.register(702)]
    state = load_sync_state(laptop.data_dir)
    assert state.branch_encryption_key is not None
    out = tmp_path / "usb" / "batch.bpu"
    usb = export_batch(
        laptop.session.store,
        out=out,
        signing_key=laptop.signing_key,
        device_code=laptop.device_code,
        branch_public_key=unb64(state.branch_encryption_key),
    )
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login(CLERK, CLERK_PASSWORD)
        clerk.import_file(out.read_bytes(), dry_run=False)
        later = laptop.register(703)
        assert laptop.sync(server.url).completed  # sends the USB records again, and one new
        inbox = clerk.batches()
    finally:
        clerk.close()

    held = branch.records()
    assert all(held[i].batch_id == usb["batch_id"] for i in first)
    by_via = {item["via"]: item for item in inbox["items"]}
    assert set(by_via) == {"usb", "network"}
    usb_row, network_row = by_via["usb"], by_via["network"]
    assert usb_row["counts"] == {"accepted": 2}
    assert usb_row["already_received"] == 0
    assert network_row["entries"] == 3
    assert network_row["officers"] == [OFFICER]
    assert network_row["counts"] == {"accepted": 1}  # held[later] only: the others came by USB
    assert network_row["already_received"] == 2
    assert held[later].batch_id == network_row["batch_id"]
    # The inbox's sums per state equal the branch's totals.
    summed: dict[str, int] = {}
    for item in inbox["items"]:
        for state_name, count in item["counts"].items():
            summed[state_name] = summed.get(state_name, 0) + count
    totals: dict[str, int] = {}
    for record in held.values():
        totals[record.state] = totals.get(record.state, 0) + 1
    assert summed == totals == {"accepted": 3}
