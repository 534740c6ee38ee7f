"""One receipt number, one worker: a laptop's receipt sequence is held by one record at the
branch, on both back ends, through the real server.

A laptop restored from an old backup numbers again from where the backup stood: its next
registration carries the receipt number of a worker the branch already enrolled. Before, the
branch accepted both (two KPJs behind one number on paper); now the second is refused
`RECEIPT_NUMBER_TAKEN`, the first stands, and the officer is told to contact the branch; the
same sync tells the laptop the highest number the branch holds of it (`last_sequence`), so its
next registrations number on past it. A correction has a number of its own and stands, also
one that arrives before the version it corrects; a new record under a held number is refused
whatever it names in `supersedes` (a correction made by hand keeping the owner's number, or
the refused record's number). A branch of before this (revision 0013) learns the sequences of
the records it holds when upgraded.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from bpu_enroll.branch.device.importer import import_batch_file
from bpu_enroll.branch.store.db import _alembic_config, migrate
from bpu_enroll.services.attention import attention_items
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.sync.laptop_store import records_to_send
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    batch_file_of,
    registration,
    send_records,
)

TAKEN = "RECEIPT_NUMBER_TAKEN"


def _sequence(receipt_no: str) -> int:
    return int(receipt_no.rsplit("-", 1)[1])


def _other_day(receipt_no: str) -> str:
    """The same sequence on another day, as a laptop with its clock moved would number it."""
    branch, device, day, seq = receipt_no.split("-")
    return f"{branch}-{device}-{'20991231' if day != '20991231' else '20991230'}-{seq}"


def test_a_laptop_restored_from_an_old_backup_cannot_give_a_held_receipt_number_again(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop], tmp_path: Path
) -> None:
    laptop = laptop_factory()
    laptop.register(31)
    assert laptop.sync(server.url).completed
    laptop.close()
    backup = tmp_path / "backup"
    shutil.copytree(laptop.data_dir, backup)

    laptop.session = unlock(laptop.data_dir, OFFICER, PASSWORD)
    first = laptop.register(32)
    newest = laptop.register(35)
    assert laptop.sync(server.url).completed
    held = branch.records()[first]
    assert held.state == "accepted" and held.kpj

    laptop.close()  # the disk dies; the laptop comes back from the backup
    shutil.rmtree(laptop.data_dir)
    shutil.copytree(backup, laptop.data_dir)
    laptop.session = unlock(laptop.data_dir, OFFICER, PASSWORD)
    second = laptop.register(33)
    [sent] = [r for r in records_to_send(laptop.session.store) if r.id == second]
    assert _sequence(sent.receipt_no) == _sequence(held.receipt_no)

    report = laptop.sync(server.url)
    assert report.completed
    records = branch.records()
    assert (records[second].state, records[second].kpj) == ("rejected", None)
    assert TAKEN in records[second].reasons
    assert (records[first].state, records[first].kpj) == ("accepted", held.kpj)
    assert branch.participant_count() == 3  # workers 31, 32 and 35; 33 got no KPJ
    assert laptop.states()[second] == ("rejected", None)
    with laptop.session.store.session(readonly=True) as db:
        [item] = [i for i in attention_items(db) if i.id == second]
    assert TAKEN in item.codes and item.action == "contact_branch"
    assert "already has this receipt number" in item.reasons("en")
    assert "sudah dipakai pendaftaran lain" in item.reasons("id")

    # The sync told the laptop the highest number the branch holds of it: it numbers on past.
    assert report.numbered_past == _sequence(records[newest].receipt_no)
    third = laptop.register(34)
    [sent] = [r for r in records_to_send(laptop.session.store) if r.id == third]
    assert _sequence(sent.receipt_no) == _sequence(records[newest].receipt_no) + 1
    assert laptop.sync(server.url).completed
    assert branch.records()[third].state == "accepted"
    assert branch.participant_count() == 4  # 31, 32, 35 and 34


def test_a_held_receipt_sequence_is_never_taken_by_a_new_record(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    owner = laptop.register(41)
    assert laptop.sync(server.url).completed
    holder = branch.records()[owner]
    assert holder.state == "accepted"

    service = RegistrationService(laptop.session)
    fixed = str(service.correct(owner, registration(41, full_name="Budi Santosa Putra")).id)
    late = str(service.correct(fixed, registration(41, full_name="Budi Santoso Putra")).id)
    reused = laptop.register(42)
    twin_a, twin_b = laptop.register(43), laptop.register(44)
    sent = {r.id: r for r in records_to_send(laptop.session.store)}
    # Another worker under the owner's sequence on another day; its own correction; a
    # "correction" of the owner made by hand keeping the owner's number; two new workers under
    # one fresh sequence in one chunk (the first takes it).
    stolen = sent[reused].model_copy(update={"receipt_no": _other_day(holder.receipt_no)})
    forked = sent[twin_b].model_copy(
        update={"id": str(uuid.uuid4()), "receipt_no": holder.receipt_no, "supersedes": owner}
    )
    stolen_fix = sent[twin_b].model_copy(
        update={"receipt_no": stolen.receipt_no, "supersedes": stolen.id}
    )
    twin = sent[twin_a].receipt_no
    copied = sent[twin_b].model_copy(update={"id": str(uuid.uuid4()), "receipt_no": twin})
    # The second correction comes before the first (a USB file imported late).
    told = send_records(laptop, server.url, [sent[late], stolen, stolen_fix],
                        [sent[fixed], sent[twin_a], copied, forked])  # fmt: skip

    for rid in (stolen.id, stolen_fix.id, copied.id, forked.id):
        assert (told[rid].result, told[rid].kpj) == ("rejected", None), rid
        assert TAKEN in told[rid].reasons, rid
    for rid in (late, fixed, twin_a):
        assert TAKEN not in told[rid].reasons, rid
        assert told[rid].result in {"accepted", "duplicate"}, (rid, told[rid])
    records = branch.records()
    assert records[owner].kpj == holder.kpj
    assert {records[late].kpj, records[fixed].kpj} == {holder.kpj}
    # Sent again, the refused record is answered as held; a new one under its sequence as well.
    again = send_records(laptop, server.url, [stolen])
    assert again[stolen.id].result == "already_received"
    fresh = sent[twin_b].model_copy(update={"id": str(uuid.uuid4()), "receipt_no": twin})
    assert TAKEN in send_records(laptop, server.url, [fresh])[fresh.id].reasons


def test_a_branch_upgraded_to_0014_knows_the_sequences_it_held_before(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    held = laptop.register(51)
    later = laptop.register(52)
    assert laptop.sync(server.url).completed
    receipt = branch.records()[held].receipt_no
    config = _alembic_config()
    with branch.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
        columns = [
            c[0] for c in connection.execute(text("SELECT * FROM branch_record")).cursor.description
        ]
    assert "receipt_seq" not in columns
    migrate(branch.engine)

    records = branch.records()
    assert records[held].receipt_seq == _sequence(receipt)
    assert records[later].receipt_seq == _sequence(receipt) + 1
    reuse = laptop.register(53)
    [sent] = [r for r in records_to_send(laptop.session.store) if r.id == reuse]
    stolen = sent.model_copy(update={"receipt_no": _other_day(receipt)})
    assert TAKEN in send_records(laptop, server.url, [stolen])[stolen.id].reasons


def test_a_clerk_cannot_give_a_taken_receipt_number_to_a_second_worker(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """The record refused `RECEIPT_NUMBER_TAKEN` waits in the review queue like any rejection.
    Accepting it gave a second worker a KPJ under the owner's number; rejecting it with another
    reason, or asking a correction, wrote its reasons anew without the code, so it held the
    number as an owner and its correction was accepted under it. A clerk cannot give the code
    either: on the owner, it would leave the number to the next record that takes it."""
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    laptop = laptop_factory()
    owner = laptop.register(61)
    assert laptop.sync(server.url).completed
    holder = branch.records()[owner]
    others = {r.id: r for r in records_to_send(laptop.session.store)}
    for serial in (62, 63, 64, 65):
        laptop.register(serial)
    sent = [r for r in records_to_send(laptop.session.store) if r.id not in others]
    stolen = [r.model_copy(update={"receipt_no": _other_day(holder.receipt_no)}) for r in sent[:2]]
    told = send_records(laptop, server.url, stolen)
    assert all(TAKEN in told[r.id].reasons for r in stolen)

    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login("rina", "rahasia-rina")
        with pytest.raises(StaffError) as refused:
            clerk.decide(stolen[0].id, "accept")
        assert (refused.value.status, refused.value.code) == (409, TAKEN)
        with pytest.raises(StaffError) as refused:
            clerk.decide(stolen[0].id, "reject", reason_code=TAKEN)
        assert (refused.value.status, refused.value.code) == (422, "REASON_INVALID")
        assert TAKEN in clerk.decide(stolen[0].id, "request_correction")["reasons"]
        kept = clerk.decide(stolen[1].id, "reject", reason_code="DOC_UNREADABLE")["reasons"]
        assert kept == ["DOC_UNREADABLE", TAKEN]
    finally:
        clerk.close()
    assert branch.records()[stolen[0].id].kpj is None
    # The laptop's corrections of the refused records keep their number: refused again.
    fixes = [
        fix.model_copy(update={"receipt_no": old.receipt_no, "supersedes": old.id})
        for fix, old in zip(sent[2:], stolen, strict=True)
    ]
    told = send_records(laptop, server.url, fixes)
    for fix in fixes:
        assert (told[fix.id].result, told[fix.id].kpj) == ("rejected", None), told[fix.id]
        assert TAKEN in told[fix.id].reasons
    assert branch.records()[owner].kpj == holder.kpj


def test_a_laptop_told_the_last_receipt_sequence_there_is_keeps_numbering_it_can_send(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A branch holding the highest sequence a receipt number can carry (nine digits: a record
    numbered so, a damaged database) says it in the pull. Numbering past it gave the laptop
    ten-digit numbers that no record can carry: every sync after failed on the record. The
    laptop keeps its own numbering instead (and may be refused a taken number)."""
    laptop = laptop_factory()
    first = laptop.register(71)
    [sent] = records_to_send(laptop.session.store)
    last = sent.receipt_no.rsplit("-", 1)[0] + "-999999999"
    assert send_records(laptop, server.url, [sent.model_copy(update={"receipt_no": last})])
    report = laptop.sync(server.url)
    assert report.completed and report.numbered_past is None
    assert branch.records()[first].receipt_seq == 999_999_999

    second = laptop.register(72)
    report = laptop.sync(server.url)
    assert report.completed, report.error
    assert branch.records()[second].state == "accepted"


def test_the_dry_run_of_a_usb_file_says_a_taken_number_as_the_import_does(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """The dry run decides on private copies of the rows the file can touch (`store.shadow`):
    the holders of the file's receipt sequences were not among them, so it counted as new the
    registration that the import refuses `RECEIPT_NUMBER_TAKEN`."""
    laptop = laptop_factory()
    owner = laptop.register(91)
    assert laptop.sync(server.url).completed
    holder = branch.records()[owner]
    reused = laptop.register(92)
    [sent] = [r for r in records_to_send(laptop.session.store) if r.id == reused]
    stolen = sent.model_copy(update={"receipt_no": _other_day(holder.receipt_no)})
    data = batch_file_of(laptop, [stolen])

    preview = import_batch_file(branch.engine, data, dry_run=True)
    done = import_batch_file(branch.engine, data, dry_run=False)
    assert (done["accepted"], done["rejected"]) == (0, 1)
    assert (preview["new"], preview["rejected"]) == (0, 1)
    assert TAKEN in branch.records()[reused].reasons
