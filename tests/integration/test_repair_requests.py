"""A damaged record is repaired over the network by itself, on both back ends.

`bpu-branch check` notes each damaged record as wanted; the pull of the laptop that sent it
(`v=3`) names it among that laptop's records to send again (`resend`: ids only, only its own);
the same sync sends the laptop's copies in a batch of their own, which repairs them (audited
`record_repaired`, via network) and the branch stops asking. A laptop whose copy is purged says
so: the branch stops asking and `check` tells the supervisor to restore from a backup. An old
laptop's pull (`v=2`) gets no new key. One sync does it: the pull comes after the push in a run,
and the records asked are sent at once after the pull."""

from __future__ import annotations

import json
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.fields import payload_of, seal_payload
from bpu_enroll.branch.store.models import Record
from bpu_enroll.domain.errors import message
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.store.models import Registration
from bpu_enroll.store.retention import purge_personal_data
from bpu_enroll.sync.batchfile import make_batch_file
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.laptop_store import load_sync_state, records_by_receipt, records_to_send
from bpu_enroll.sync.protocol import BatchFile, RecordPayload, unb64
from bpu_enroll.sync.runner import sign_manifest
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    batch_file_of,
    exhaust_kpj_range,
    extend_kpj_range,
    fast_retry,
    nik_for,
    registration,
    set_income,
    signed_headers,
)

NAME = "Sulastri Wahyuningsih"
CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    capsys.readouterr()
    code = branch_main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in argv and out.strip() else out


def _income(branch: Branch, record_id: str) -> int:
    with Session(branch.engine) as db:
        row = db.get(Record, record_id)
        assert row is not None
        return int(payload_of(row)["registration"]["monthly_income"])


def _asked(laptop: Laptop, url: str, version: int = 3) -> dict[str, Any]:
    """The raw answer of this laptop's pull at `v=version`."""
    path = f"/api/v1/pull?cursor=0&v={version}"
    headers = signed_headers(laptop.device_code, laptop.signing_key, "GET", path)
    answer = httpx.get(url + path, headers=headers, timeout=30)
    assert answer.status_code == 200, answer.text
    document: dict[str, Any] = answer.json()
    return document


def test_check_asks_the_laptop_and_its_next_sync_repairs_the_damaged_records(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    unreadable = laptop.register(41, full_name=NAME)
    altered, sound = laptop.register(42), laptop.register(43)
    assert laptop.sync(server.url).completed
    held = branch.records()
    income = _income(branch, altered)
    nik = nik_for(41)[0]
    set_income(branch, unreadable, f"{NAME}, {nik}")  # a text where a number belongs
    set_income(branch, altered, income + 1_000_000)  # reads, but not as sent
    db = ["--db", branch.db_url]

    code, report = _run([*db, "check", "--json"], capsys)
    assert code == 1
    assert sorted((x["receipt_no"], x["repair"]) for x in report["records"]["damaged"]) == sorted(
        [(held[unreadable].receipt_no, "asked"), (held[altered].receipt_no, "asked")]
    )
    [checked] = [x for x in audit_lines(branch) if x["action"] == "store_checked"]
    assert checked["detail"]["records_asked"] == 2
    code, words = _run([*db, "check", "--lang", "en"], capsys)
    assert "the branch asks that laptop for its copy" in words
    assert _asked(laptop, server.url)["resend"] == sorted([unreadable, altered])

    # One sync: the push has nothing new, the pull asks, the copies go at once.
    synced = laptop.sync(server.url)
    assert synced.completed
    code, report = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    assert synced.resent == 2 and synced.counts["sent"] == 0
    assert synced.to_dict()["resent"] == 2  # the laptop's own log says it
    assert _income(branch, altered) == income
    assert {k: (r.state, r.kpj) for k, r in branch.records().items()} == {
        k: (r.state, r.kpj) for k, r in held.items()
    }
    repaired = [x for x in audit_lines(branch) if x["action"] == "record_repaired"]
    assert sorted(x["subject"] for x in repaired) == sorted([unreadable, altered])
    assert all(
        x["detail"]["via"] == "network" and x["detail"]["device"] == laptop.device_code
        and x["detail"]["receipt_no"] == held[x["subject"]].receipt_no
        for x in repaired
    )  # fmt: skip
    text = json.dumps(audit_lines(branch))
    assert nik not in text and NAME not in text

    # The branch asks no more: the next sync sends nothing again.
    assert _asked(laptop, server.url)["resend"] == []
    again = laptop.sync(server.url)
    assert again.completed and again.resent == 0 and "resent" not in again.to_dict()

    out = tmp_path / "export"
    code, manifest = _run([*db, "export", "--out", str(out), "--json"], capsys)
    assert code == 0, manifest
    rows = json.loads((out / manifest["files"][1]["name"]).read_bytes())["rows"]
    assert {r["receipt_number"] for r in rows} == {r.receipt_no for r in held.values()}
    assert {r["monthly_income"] for r in rows if r["receipt_number"] == held[altered].receipt_no} \
        == {income}  # fmt: skip
    assert sound in held


def test_an_export_refused_for_an_unreadable_record_asks_it_of_its_laptop(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    damaged = laptop.register(41)
    assert laptop.sync(server.url).completed
    set_income(branch, damaged, "not a number")
    db = ["--db", branch.db_url]
    out = tmp_path / "export"
    code, refused = _run([*db, "export", "--out", str(out), "--json"], capsys)
    assert (code, refused["error"]["code"]) == (1, "EXPORT_RECORD_UNREADABLE")
    assert _asked(laptop, server.url)["resend"] == [damaged]
    assert laptop.sync(server.url).resent == 1
    code, manifest = _run([*db, "export", "--out", str(out), "--json"], capsys)
    assert code == 0 and manifest["counts"]["new"] == 1, manifest


def test_a_laptop_whose_copy_is_purged_stops_the_asking_and_check_says_restore(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    gone = laptop.register(41, full_name=NAME)
    assert laptop.sync(server.url).completed
    later = datetime.now(UTC) + timedelta(days=40)
    assert purge_personal_data(laptop.session.store, now=later, days=30).settled == 1
    receipt = branch.records()[gone].receipt_no
    set_income(branch, gone, "not a number")
    db = ["--db", branch.db_url]
    assert _run([*db, "check", "--json"], capsys)[0] == 1

    synced = laptop.sync(server.url)
    assert synced.completed and (synced.resent, synced.resend_unavailable) == (0, 1)
    code, report = _run([*db, "check", "--json"], capsys)
    assert code == 1
    assert [(x["receipt_no"], x["repair"]) for x in report["records"]["damaged"]] == [
        (receipt, "unavailable")
    ]
    code, words = _run([*db, "check", "--lang", "en"], capsys)
    assert (
        f"Laptop {laptop.device_code} no longer has the registration {receipt}: restore it "
        "from the last backup that check finds sound." in words
    )
    assert "the branch asks that laptop for its copy" not in words
    code, words = _run([*db, "check"], capsys)
    assert f"tidak lagi menyimpan pendaftaran {receipt}" in words
    [line] = [x for x in audit_lines(branch) if x["action"] == "repair_unavailable"]
    assert (line["subject"], line["detail"]) == (
        gone, {"device": laptop.device_code, "receipt_no": receipt, "why": "not_held",
               "via": "network"},
    )  # fmt: skip

    # No loop: asked no more, a check again does not ask it again.
    assert _asked(laptop, server.url)["resend"] == []
    again = laptop.sync(server.url)
    assert (again.resent, again.resend_unavailable) == (0, 0)
    assert len([x for x in audit_lines(branch) if x["action"] == "repair_unavailable"]) == 1


def test_a_laptop_is_never_asked_for_another_laptops_record_nor_can_close_its_ask(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = laptop_factory(), laptop_factory()
    damaged = first.register(41)
    second.register(42)
    assert first.sync(server.url).completed and second.sync(server.url).completed
    set_income(branch, damaged, "not a number")
    db = ["--db", branch.db_url]
    assert _run([*db, "check", "--json"], capsys)[0] == 1

    assert _asked(second, server.url)["resend"] == []
    synced = second.sync(server.url)
    assert (synced.resent, synced.resend_unavailable) == (0, 0)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        assert second.client(http, fast_retry()).resend_unavailable([damaged]).noted == 0
    assert _asked(first, server.url)["resend"] == [damaged]  # still asked of its own laptop
    assert first.sync(server.url).resent == 1
    code, report = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report


def test_an_old_laptops_pull_gets_no_new_key(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    damaged = laptop.register(41)
    assert laptop.sync(server.url).completed
    set_income(branch, damaged, "not a number")
    assert _run(["--db", branch.db_url, "check", "--json"], capsys)[0] == 1
    assert "resend" not in _asked(laptop, server.url, version=2)
    assert "resend" not in _asked(laptop, server.url, version=1)
    assert _asked(laptop, server.url, version=3)["resend"] == [damaged]


def _file_signed_by(laptop: Laptop, key_of: Laptop, records: list[RecordPayload]) -> bytes:
    """A USB batch file naming `laptop` as its maker but signed with `key_of`'s key: what a
    forger holding another enrolled laptop's key (or none of this one's) could bring."""
    signed = sign_manifest(records, device_code=laptop.device_code,
                           signing_key=key_of.signing_key, batch_id=str(uuid.uuid4()))  # fmt: skip
    batch = BatchFile(device_code=laptop.device_code, signed_manifest=signed, records=records)
    branch_key = load_sync_state(laptop.data_dir).branch_encryption_key
    assert branch_key
    return make_batch_file(
        batch, device_signing_seed=bytes(key_of.signing_key), branch_public_key=unb64(branch_key)
    )


def _repair_states(branch: Branch, capsys: pytest.CaptureFixture[str]) -> list[str]:
    _code, report = _run(["--db", branch.db_url, "check", "--json"], capsys)
    return [x["repair"] for x in report["records"]["damaged"]]


def test_a_usb_copy_that_does_not_hash_never_closes_the_ask_only_the_laptops_own_answer_does(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A USB file whose copy of an asked record claims the record's content hash with other
    content closed the network ask as `unusable`: `check` told the supervisor to restore from
    a backup, and the laptop, asked no more, never sent its good copy. A file is whatever was
    carried in, so only the asked laptop's own answer over the network closes an ask. Each kind
    of forged file leaves it asked: one signed with the laptop's key (a key that left it, or an
    altered laptop), one naming the laptop but signed with another's key (refused at its
    opening), one of another laptop naming this laptop's record (never looked at); then the
    laptop's own sync repairs it. A network copy of the laptop's own that does not hash still
    closes it (`unusable`)."""
    laptop, other = laptop_factory(), laptop_factory()
    damaged, kept = laptop.register(41), laptop.register(42)
    assert laptop.sync(server.url).completed
    receipt = branch.records()[damaged].receipt_no
    income = _income(branch, damaged)
    set_income(branch, damaged, "not a number")
    db = ["--db", branch.db_url]
    assert _repair_states(branch, capsys) == ["asked"]
    [copy] = records_by_receipt(laptop.session.store, [receipt])
    forged = copy.model_copy(
        update={"registration": {**copy.registration, "monthly_income": 9_000_000}}
    )

    files = {
        "signed with the laptop's key": batch_file_of(laptop, [forged]),
        "signed with another laptop's key": _file_signed_by(laptop, other, [forged]),
        "of another laptop": batch_file_of(other, [forged]),
    }
    for why, data in files.items():
        path = tmp_path / f"{len(why)}.bpu"
        path.write_bytes(data)
        code, answer = _run([*db, "import", str(path), "--json"], capsys)
        assert code in {0, 1}, (why, answer)
        assert _repair_states(branch, capsys) == ["asked"], why
        assert _asked(laptop, server.url)["resend"] == [damaged], why
    assert not [x for x in audit_lines(branch) if x["action"] == "repair_unavailable"]
    assert _income(branch, kept) > 0

    synced = laptop.sync(server.url)
    assert synced.completed and synced.resent == 1
    code, report = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    assert _income(branch, damaged) == income

    # The laptop's own copy over the network, not hashing to the record's hash: it closes.
    set_income(branch, kept, "not a number")
    assert _repair_states(branch, capsys) == ["asked"]
    with laptop.session.store.session() as store:
        row = store.get(Registration, kept)
        assert row is not None
        data = json.loads(row.data_json)
        data["monthly_income"] = 9_000_000  # its content hash left as it was
        row.data_json = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        store.add(row)
    synced = laptop.sync(server.url)
    assert synced.completed
    assert _repair_states(branch, capsys) == ["unusable"]
    [line] = [x for x in audit_lines(branch) if x["action"] == "repair_unavailable"]
    assert (line["subject"], line["detail"]["why"], line["detail"]["via"]) == (
        kept,
        "copy_differs",
        "network",
    )


def test_a_review_detail_meeting_a_damaged_record_asks_it_of_its_laptop(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A clerk opening a damaged record got `RECORD_UNREADABLE` and nothing more: the record
    stayed damaged until someone ran `bpu-branch check`. The detail now asks it of its laptop
    (once, however often it is opened; audited `record_asked`, never its content), the clerk is
    told the laptop sends it again at its next sync, and that sync repairs it."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    laptop = laptop_factory()
    damaged = laptop.register(41, full_name=NAME)
    assert laptop.sync(server.url).completed
    receipt = branch.records()[damaged].receipt_no
    with Session(branch.engine) as db:
        row = db.get(Record, damaged)
        assert row is not None
        row.payload = row.payload[: len(row.payload) // 2]  # a torn write: it does not open
        db.add(row)
        db.commit()
    assert _asked(laptop, server.url)["resend"] == []

    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login(CLERK, CLERK_PASSWORD)
        for _ in range(2):
            with pytest.raises(StaffError) as caught:
                clerk.review_item(damaged)
            assert (caught.value.status, caught.value.code) == (409, "RECORD_UNREADABLE")
        assert _asked(laptop, server.url)["resend"] == [damaged]
        said = message("RECORD_UNREADABLE", "en", **caught.value.params)
        assert receipt in said and "sends it again at its next sync" in said
        assert "mengirimnya lagi pada sinkronisasi berikutnya" in message(
            "RECORD_UNREADABLE", "id", **caught.value.params
        )
        [line] = [x for x in audit_lines(branch) if x["action"] == "record_asked"]
        assert (line["actor"], line["subject"], line["detail"]) == (
            CLERK, damaged, {"device": laptop.device_code, "receipt_no": receipt,
                             "way": "review_detail", "role": "clerk"},
        )  # fmt: skip
        text = json.dumps(audit_lines(branch))
        assert NAME not in text and nik_for(41)[0] not in text

        synced = laptop.sync(server.url)
        assert synced.completed and synced.resent == 1
        assert clerk.review_item(damaged)["record"]["receipt_no"] == receipt
    finally:
        clerk.close()
    code, report = _run(["--db", branch.db_url, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report


def test_a_decision_meeting_a_damaged_record_asks_it_of_its_laptop(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A clerk's decision on a queued record whose payload does not open is refused
    `RECORD_UNREADABLE` as the detail is, and asks the record of its laptop the same way."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    exhaust_kpj_range(branch)  # the record waits for a clerk (pending_review)
    laptop = laptop_factory()
    waiting = laptop.register(41, full_name=NAME)
    assert laptop.sync(server.url).completed
    extend_kpj_range(branch)
    with Session(branch.engine) as db:
        row = db.get(Record, waiting)
        assert row is not None and row.state == "pending_review"
        row.payload = row.payload[: len(row.payload) // 2]
        db.add(row)
        db.commit()
    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login(CLERK, CLERK_PASSWORD)
        with pytest.raises(StaffError) as caught:
            clerk.decide(waiting, "accept")
        assert (caught.value.status, caught.value.code) == (409, "RECORD_UNREADABLE")
        assert _asked(laptop, server.url)["resend"] == [waiting]
        [line] = [x for x in audit_lines(branch) if x["action"] == "record_asked"]
        assert (line["subject"], line["detail"]["way"]) == (waiting, "review_decision")
        assert laptop.sync(server.url).resent == 1
        assert clerk.decide(waiting, "accept")["state"] == "accepted"
    finally:
        clerk.close()


def test_clerks_opening_one_damaged_record_at_once_are_each_told_it_is_unreadable(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """Several clerks (or one clicking again) opening the same damaged record at the same
    moment each ask it of its laptop: every one is told `RECORD_UNREADABLE`, the record is
    asked once and `record_asked` written once, whichever ask was first."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    laptop = laptop_factory()
    damaged = [laptop.register(serial) for serial in range(41, 47)]
    assert laptop.sync(server.url).completed
    with Session(branch.engine) as db:
        for rid in damaged:
            row = db.get(Record, rid)
            assert row is not None
            row.payload = row.payload[: len(row.payload) // 2]
            db.add(row)
        db.commit()
    clerks = [StaffClient(server.url, timeout=60) for _ in range(6)]
    gate = threading.Barrier(len(clerks))

    def open_all(clerk: StaffClient) -> list[tuple[int, str]]:
        answers = []
        for rid in damaged:
            gate.wait()
            try:
                clerk.review_item(rid)
            except StaffError as refused:
                answers.append((refused.status, refused.code))
            else:
                answers.append((200, ""))
        return answers

    try:
        for clerk in clerks:
            clerk.login(CLERK, CLERK_PASSWORD)
        with ThreadPoolExecutor(len(clerks)) as pool:
            answers = [a for got in pool.map(open_all, clerks) for a in got]
    finally:
        for clerk in clerks:
            clerk.close()
    assert set(answers) == {(409, "RECORD_UNREADABLE")}, Counter(answers)
    assert sorted(_asked(laptop, server.url)["resend"]) == sorted(damaged)
    asked = [x["subject"] for x in audit_lines(branch) if x["action"] == "record_asked"]
    assert sorted(asked) == sorted(damaged)


def test_a_correction_of_a_damaged_record_is_taken_and_the_same_sync_repairs_the_record(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A correction is compared with the version it replaces (`CORRECTION_UNCHANGED`), which
    opened the stored payload: when that was damaged, every push holding the correction was a
    server error, so the laptop's sync never came to the pull that asks the damaged record, and
    neither record ever reached the branch whole. The correction is judged without that
    comparison (it differs: the laptop refuses an unchanged one first), and the same sync
    repairs the record it replaces."""
    laptop = laptop_factory()
    first = laptop.register(41, full_name=NAME)
    assert laptop.sync(server.url).completed
    with Session(branch.engine) as db:
        row = db.get(Record, first)
        assert row is not None
        row.payload = row.payload[: len(row.payload) // 2]  # a torn write: it does not open
        db.add(row)
        db.commit()
    code, _report = _run(["--db", branch.db_url, "check", "--json"], capsys)
    assert code == 1
    corrected = RegistrationService(laptop.session).correct(
        first, registration(41, full_name="Sulastri Wahyuningsih Putri")
    )
    synced = laptop.sync(server.url)
    assert synced.completed, synced.error
    assert synced.counts["sent"] == 1 and synced.resent == 1
    held = branch.records()
    assert held[str(corrected.id)].supersedes == first
    code, report = _run(["--db", branch.db_url, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report


def test_odd_answers_to_an_ask_are_refused_with_a_code_and_a_repeated_one_counts_once(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A laptop's signed `resend/unavailable` with more ids than an ask holds, a NIK where an id
    goes, or no ids is a coded 422 that echoes nothing; one id repeated 500 times closes its ask
    once, with one audit line; the same answer replayed changes nothing more."""
    laptop = laptop_factory()
    damaged = laptop.register(41)
    assert laptop.sync(server.url).completed
    set_income(branch, damaged, "not a number")
    assert _run(["--db", branch.db_url, "check", "--json"], capsys)[0] == 1
    nik = nik_for(41)[0]
    path = "/api/v1/resend/unavailable"
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http, fast_retry())
        for records in (
            [str(uuid.uuid4()) for _ in range(501)],
            [nik],
            [f"{damaged}\u202e"],
            [],
        ):
            body = json.dumps({"records": records}).encode()
            answer = client._send("POST", path, body, signed=True)
            assert answer.status_code == 422, answer.text
            assert answer.json()["error"]["code"] and nik not in answer.text
        for noted in (1, 0):
            body = json.dumps({"records": [damaged] * 500}).encode()
            answer = client._send("POST", path, body, signed=True)
            assert (answer.status_code, answer.json()) == (200, {"noted": noted}), answer.text
    lines = [x for x in audit_lines(branch) if x["action"] == "repair_unavailable"]
    assert [x["subject"] for x in lines] == [damaged]
    assert nik not in json.dumps(audit_lines(branch))


def test_a_record_asked_then_voided_on_the_laptop_is_voided_and_repaired_in_one_sync(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The officer voids a record the branch holds damaged and asks again: the push voids it
    (the void travels as the same record), and the copy the pull asks then repairs it: one
    sync, one void, one repair, nothing doubled."""
    laptop = laptop_factory()
    damaged = laptop.register(41)
    assert laptop.sync(server.url).completed
    set_income(branch, damaged, "not a number")
    db = ["--db", branch.db_url]
    assert _run([*db, "check", "--json"], capsys)[0] == 1
    RegistrationService(laptop.session).void(damaged, "pekerja membatalkan pendaftaran")
    synced = laptop.sync(server.url)
    assert synced.completed and synced.resent == 1
    assert branch.records()[damaged].state == "voided"
    code, report = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    actions = [x["action"] for x in audit_lines(branch) if x["subject"] == damaged]
    assert actions.count("record_voided") == 1 and actions.count("record_repaired") == 1
    assert laptop.sync(server.url).resent == 0


def test_a_review_detail_meeting_a_quote_that_is_no_object_says_unreadable_and_asks(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A stored record whose quote is damaged into something that is no object (a list, a
    word) opened, its registration read, and the detail then failed as a server error: the
    clerk got a 500 and the record was not asked. It is `RECORD_UNREADABLE` and asked, as
    `bpu-branch check` reads it, and the laptop's next sync repairs it."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    laptop = laptop_factory()
    damaged = laptop.register(41, full_name=NAME)
    assert laptop.sync(server.url).completed
    with Session(branch.engine) as db:
        row = db.get(Record, damaged)
        assert row is not None
        document = payload_of(row)
        document["quote"] = ["rusak"]
        row.payload = seal_payload(db, json.dumps(document))
        db.add(row)
        db.commit()
    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login(CLERK, CLERK_PASSWORD)
        with pytest.raises(StaffError) as caught:
            clerk.review_item(damaged)
        assert (caught.value.status, caught.value.code) == (409, "RECORD_UNREADABLE")
        assert _asked(laptop, server.url)["resend"] == [damaged]
        assert laptop.sync(server.url).resent == 1
        assert clerk.review_item(damaged)["record"]["id"] == damaged
    finally:
        clerk.close()


def test_a_conflicting_version_whose_address_and_programs_are_no_list_or_object_is_shown(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A laptop's version of a held record with other content is kept as sent for review,
    whatever its fields hold: one whose address is a text and whose programs a number made the
    review detail fail as a server error for every clerk who opened the record. It is shown,
    each field as it reads."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    laptop = laptop_factory()
    held = laptop.register(41, full_name=NAME)
    [record] = records_to_send(laptop.session.store)
    assert laptop.sync(server.url).completed
    registration = {**record.registration, "address": "Jl. Mawar 5", "programs": 7}
    odd = record.model_copy(update={"registration": registration, "content_hash": "ab" * 32})
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http, fast_retry())
        batch = str(uuid.uuid4())
        signed = sign_manifest(
            [odd], device_code=laptop.device_code, signing_key=laptop.signing_key, batch_id=batch
        )
        answer = client.announce(signed)
        if odd.id in answer.missing:
            client.send_records(answer.batch_id, [odd])
    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login(CLERK, CLERK_PASSWORD)
        detail = clerk.review_item(held)
    finally:
        clerk.close()
    assert "Jl. Mawar 5" in json.dumps(detail)


def test_an_answer_asking_again_for_what_is_no_record_id_is_unreadable(
    server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """The laptop reads `resend` as record ids only: the real branch's answer with anything else
    asked (a path, a NIK, nothing) is `BAD_ANSWER`. It was taken, looked up and passed on to the
    signed `resend/unavailable`, whose own model then failed without a code, ending the sync.
    The branch cannot send such an answer (it builds the same model), so the real answer is
    altered on its way in."""
    laptop = laptop_factory()
    real = _asked(laptop, server.url)
    assert real["resend"] == []
    for odd in ("../../etc/passwd", nik_for(1)[0], ""):
        altered = {**real, "resend": [odd]}
        transport = httpx.MockTransport(
            lambda _request, body=altered: httpx.Response(200, json=body)
        )
        with (
            httpx.Client(transport=transport, base_url="http://branch") as http,
            pytest.raises(SyncRefused) as refused,
        ):
            laptop.client(http, fast_retry()).pull(0)
        assert refused.value.code == "BAD_ANSWER"
    with httpx.Client(base_url=server.url) as http:  # the real answer, unaltered, is read
        assert laptop.client(http, fast_retry()).pull(0).resend == []
