"""Who viewed what at the branch (UU 27/2022, DOMAIN.md §8): a clerk's review detail and a receipt
check each leave one `record_viewed` line naming the actor, role and record, never the NIK, name
or phone; the queue's pages leave none; the chain still verifies."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from sqlmodel import Session

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.workspace.staff import audit_log
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.sync.staff_client import StaffClient
from tests.integration.helpers import Branch, Laptop, ServerThread, break_record, nik_for

CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"
NAME = "SITI AMINAH LESTARI"  # as the laptop keeps it


@pytest.fixture
def clerk(branch: Branch, server: ServerThread) -> Iterator[StaffClient]:
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    client = StaffClient(server.url, timeout=30)
    client.login(CLERK, CLERK_PASSWORD)
    try:
        yield client
    finally:
        client.close()


def _viewed(branch: Branch) -> list[dict]:
    with Session(branch.engine) as db:
        return [line for line in audit_log(db, limit=1000) if line["action"] == "record_viewed"]


def _no_personal_data(lines: list[dict], serial: int) -> None:
    # The time stamp is left out: its microseconds can end in the NIK's last four digits.
    text = json.dumps([{k: v for k, v in line.items() if k != "at"} for line in lines])
    nik = nik_for(serial)[0]
    assert nik not in text and nik[-4:] + '"' not in text
    assert NAME not in text.upper()
    assert "0812-3456-7890" not in text and "81234567890" not in text


def test_a_review_detail_is_one_audit_line_and_the_queue_none(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    clerk: StaffClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    broken = laptop.register(21, full_name=NAME)
    break_record(laptop, broken, consent=False)
    assert laptop.sync(server.url).completed
    receipt_no = branch.records()[broken].receipt_no

    for offset in (0, 1, 2):  # paging through the queue (names, masked NIKs): not audited
        clerk.review(offset=offset, limit=1)
    assert _viewed(branch) == []

    shown = clerk.review_item(broken)
    assert shown["record"]["full_name"] == NAME  # the clerk saw the worker's data
    [line] = _viewed(branch)
    assert (line["actor"], line["subject"]) == (CLERK, broken)
    assert line["detail"] == {"way": "review_detail", "role": "clerk", "receipt_no": receipt_no}
    _no_personal_data([line], 21)

    code = branch_main(["--db", branch.db_url, "audit-verify", "--json"])
    assert (code, json.loads(capsys.readouterr().out)["valid"]) == (0, True)


def test_a_receipt_check_showing_the_record_is_one_audit_line(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    clerk: StaffClient,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    record_id = laptop.register(22, full_name=NAME)
    payload = ReceiptService(laptop.session).render(record_id).payload
    other = laptop.register(23, full_name=NAME)
    other_payload = ReceiptService(laptop.session).render(other).payload
    assert laptop.sync(server.url).completed
    receipt_no = branch.records()[record_id].receipt_no

    answer = clerk.verify_receipt(payload)
    assert answer["valid"] and answer["record"]["state"] == "accepted"
    [line] = _viewed(branch)
    assert (line["actor"], line["subject"]) == (CLERK, record_id)
    assert line["detail"] == {"way": "receipt_check", "role": "clerk", "receipt_no": receipt_no}
    _no_personal_data([line], 22)

    # Nothing of a worker shown (an unreadable receipt): no line.
    assert clerk.verify_receipt("BPU1.not-a-receipt")["valid"] is False
    assert len(_viewed(branch)) == 1
    assert clerk.verify_receipt(other_payload)["record"]["state"] == "accepted"
    assert [x["subject"] for x in _viewed(branch)] == [other, record_id]

    code = branch_main(["--db", branch.db_url, "audit-verify", "--json"])
    assert (code, json.loads(capsys.readouterr().out)["valid"]) == (0, True)
