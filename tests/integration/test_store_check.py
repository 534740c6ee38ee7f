"""`bpu-branch check` finds damage before a clerk meets it, and a laptop's own copy repairs a
damaged record, on both back ends.

The check reads every stored record (as the export reads it, and against its content hash),
every laptop tally and the audit chain; it names what is damaged by receipt number, laptop and
day (never a NIK, a name or the damaged value), exits 1, says how to repair in Indonesian and
English, and is audited with counts only. A USB batch file that brought a record, imported
again, replaces a damaged stored payload with the laptop's copy when that copy hashes to the
record's content hash (audited `record_repaired`); a copy with other content under the same
hash repairs nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin import records_cli, roster
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.damage import content_digest
from bpu_enroll.branch.store.fields import payload_of, seal_payload, seal_tally
from bpu_enroll.branch.store.laptop_reports import LaptopTallyRow
from bpu_enroll.branch.store.models import AuditEntry, Conflict, Officer, Record
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.sync.laptop_store import records_by_receipt, records_to_send
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    batch_file_of,
    make_branch,
    nik_for,
    send_records,
    set_income,
)

NAME = "Sulastri Wahyuningsih"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any, str]:
    capsys.readouterr()
    code = branch_main(argv)
    captured = capsys.readouterr()
    out = captured.out
    document = json.loads(out) if "--json" in argv and out.strip() else out
    return code, document, captured.out + captured.err


def _income(branch: Branch, record_id: str) -> int:
    with Session(branch.engine) as db:
        row = db.get(Record, record_id)
        assert row is not None
        return int(payload_of(row)["registration"]["monthly_income"])


def test_check_names_every_damaged_record_and_tally_and_a_broken_audit_chain(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = laptop_factory()
    unreadable = laptop.register(41, full_name=NAME)
    altered, sound = laptop.register(42), laptop.register(43)
    assert laptop.sync(server.url).completed
    held = branch.records()
    db = ["--db", branch.db_url]

    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert code == 0, report
    assert report["sound"] is True
    assert (report["records"], report["tallies"]["checked"]) == ({"checked": 3, "damaged": []}, 1)
    assert report["audit"]["valid"] is True
    code, words, said = _run([*db, "check"], capsys)
    assert code == 0 and "Tidak ada yang rusak." in words and "3 pendaftaran" in words
    assert "Diperiksa 3 dari" not in said  # a count only for a large store

    nik = nik_for(41)[0]
    set_income(branch, unreadable, f"{NAME}, {nik}")  # a text where a number belongs
    set_income(branch, altered, _income(branch, altered) + 1_000_000)  # reads, but not as sent
    with Session(branch.engine) as session:
        [tally] = session.exec(select(LaptopTallyRow)).all()
        figures = tally.figures()
        figures["totals"]["by_status"]["final"] = NAME
        tally.document = seal_tally(session, json.dumps(figures, sort_keys=True))
        session.add(tally)
        session.commit()
        day = tally.day

    code, report, said = _run([*db, "check", "--json"], capsys)
    assert code == 1
    assert report["sound"] is False
    device = laptop.device_code

    def named(record_id: str, damage: str) -> dict[str, str]:
        row = held[record_id]
        return {"receipt_no": row.receipt_no, "device": device, "date": row.registration_date,
                "damage": damage, "repair": "asked"}  # fmt: skip

    assert sorted(report["records"]["damaged"], key=lambda x: x["receipt_no"]) == sorted(
        [named(unreadable, "unreadable"), named(altered, "altered")],
        key=lambda x: x["receipt_no"],
    )
    assert report["records"]["checked"] == 3
    assert report["tallies"]["damaged"] == [{"device": device, "date": day}]
    assert held[sound].receipt_no not in said
    assert nik not in said and "Sulastri" not in said

    code, words, said = _run([*db, "check", "--lang", "en"], capsys)
    assert code == 1
    receipt = held[unreadable].receipt_no
    assert (
        f"DAMAGED: the registration with receipt number {receipt} (laptop {device}, "
        f"{held[unreadable].registration_date}) cannot be read." in words
    )
    assert f"{held[altered].receipt_no} (laptop {device}" in words
    assert "no longer matches its fingerprint" in words
    assert "To repair: the branch asks that laptop for its copy; the laptop sends it" in words
    assert f"DAMAGED: the tally of laptop {device} for {day} cannot be read." in words
    assert "To repair: sync that laptop again" in words
    assert nik not in said and "Sulastri" not in said
    code, words, _ = _run([*db, "check"], capsys)
    assert code == 1 and f"RUSAK: pendaftaran nomor tanda terima {receipt}" in words
    monkeypatch.setattr(records_cli, "CHECK_PROGRESS_FROM", 1)  # a count even for 3 records
    code, words, said = _run([*db, "check", "--lang", "en"], capsys)
    assert code == 1 and "Checked 3 of 3 registrations…" in said
    assert "Checked 3 of 3 registrations…" not in words  # on stderr, not in the answer

    # Audited each time, with counts only: no receipt number, NIK or name in the log.
    checks = [x for x in audit_lines(branch) if x["action"] == "store_checked"]
    assert len(checks) == 6
    assert checks[-1]["detail"] == {
        "sound": False, "records": 3, "records_damaged": 2, "records_asked": 0, "tallies": 1,
        "tallies_damaged": 1,
        "packages": 0, "packages_damaged": 0, "conflicts": 0, "conflicts_damaged": 0,
        "kept_records": 0, "kept_tallies": 0, "kept_accounts": 0, "audit_valid": True,
        "audit_entries": checks[-1]["detail"]["audit_entries"],
    }  # fmt: skip
    text = json.dumps(checks)
    assert receipt not in text and nik not in text and "Sulastri" not in text

    # The tally is repaired by the laptop's next report, as the check says.
    assert laptop.sync(server.url).completed
    _, report, _ = _run([*db, "check", "--json"], capsys)
    assert report["tallies"]["damaged"] == []

    # A line of the audit log changed: the chain is reported broken at that line.
    with Session(branch.engine) as session:
        entry = session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).first()
        assert entry is not None
        entry.detail = json.dumps({"changed": True})
        session.add(entry)
        session.commit()
        first = entry.id
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert code == 1
    assert (report["audit"]["valid"], report["audit"]["first_bad"]) == (False, first)


def test_check_names_a_number_too_large_and_a_nesting_too_deep_and_does_not_stop(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Two damages that are not a text where a number belongs: a quote's base `1e999` (JSON
    reads it as infinity, and making it a whole number overflowed) and a field nested 100,000 deep
    (JSON's reader ran out of stack). Each stopped the check with a traceback at that record,
    the rest unchecked, no audit line; each is now named as unreadable like any other."""
    laptop = laptop_factory()
    huge, deep, sound = (laptop.register(s, full_name=NAME) for s in (44, 45, 46))
    assert laptop.sync(server.url).completed
    held = branch.records()
    with Session(branch.engine) as db:
        for record_id, field, value in (
            (huge, "base", "1e999"),
            (deep, "months", "[" * 100_000 + "]" * 100_000),
        ):  # in the quote: stored as it is on both back ends (no personal field is there)
            row = db.get(Record, record_id)
            assert row is not None
            document = payload_of(row)
            document["quote"][field] = "@"
            sealed = seal_payload(db, json.dumps(document))
            assert sealed.count('"@"') == 1
            row.payload = sealed.replace('"@"', value)
            db.add(row)
        db.commit()

    code, report, said = _run(["--db", branch.db_url, "check", "--json"], capsys)
    assert code == 1, said
    damaged = {item["receipt_no"]: item["damage"] for item in report["records"]["damaged"]}
    assert damaged == {held[huge].receipt_no: "unreadable", held[deep].receipt_no: "unreadable"}
    assert held[sound].receipt_no not in said
    assert nik_for(44)[0] not in said and "Sulastri" not in said
    checks = [x for x in audit_lines(branch) if x["action"] == "store_checked"]
    assert checks[-1]["detail"]["records_damaged"] == 2


def test_a_damaged_record_is_repaired_by_importing_again_the_usb_file_that_brought_it(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop = laptop_factory()
    unreadable = laptop.register(41, full_name=NAME)
    altered, broken = laptop.register(42), laptop.register(43)
    # What a laptop altered (or a forger) could bring: the same id and content hash, other content.
    [forged] = [r for r in records_to_send(laptop.session.store) if r.id == altered]
    registration = {**forged.registration, "monthly_income": 9_000_000}
    forged_file = tmp_path / "forged.bpu"
    forged_file.write_bytes(
        batch_file_of(laptop, [forged.model_copy(update={"registration": registration})])
    )
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    usb = tmp_path / "usb" / "batch.bpu"
    assert laptop_main(["export-batch", "--data-dir", str(laptop.data_dir), "--officer",
                        OFFICER, "--out", str(usb)]) == 0  # fmt: skip
    db = ["--db", branch.db_url]
    code, imported, _ = _run([*db, "import", str(usb), "--json"], capsys)
    assert (code, imported["accepted"]) == (0, 3)
    held = branch.records()
    income = _income(branch, altered)
    nik = nik_for(41)[0]
    set_income(branch, unreadable, f"{NAME}, {nik}")
    set_income(branch, altered, income + 1_000_000)
    with Session(branch.engine) as session:
        row = session.get(Record, broken)
        assert row is not None
        row.payload = row.payload[: len(row.payload) // 2]  # cut: it does not open at all
        session.add(row)
        session.commit()
    out = tmp_path / "export"
    code, refused, _ = _run([*db, "export", "--out", str(out), "--json"], capsys)
    assert (code, refused["error"]["code"]) == (1, "EXPORT_RECORD_UNREADABLE")

    # Other content claiming the same hash repairs nothing: answered as before (the claimed
    # hash is the one held), but its content does not hash to it, so nothing is replaced.
    code, answer, _ = _run([*db, "import", str(forged_file), "--json"], capsys)
    assert (code, answer["accepted"], answer["already_received"]) == (0, 0, 1)
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert code == 1 and len(report["records"]["damaged"]) == 3

    # The laptop's own file again: the same content hash, so its copies replace the damage.
    code, again, _ = _run([*db, "import", str(usb), "--json"], capsys)
    assert (code, again["already_received"], again["accepted"]) == (0, 3, 0)
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    assert _income(branch, altered) == income
    after = branch.records()
    assert {k: (r.state, r.kpj, r.content_hash) for k, r in after.items()} == {
        k: (r.state, r.kpj, r.content_hash) for k, r in held.items()
    }

    code, manifest, _ = _run([*db, "export", "--out", str(out), "--json"], capsys)
    assert code == 0, manifest
    assert manifest["counts"] == {"new": 3, "update": 0, "void": 0}
    rows = json.loads((out / manifest["files"][1]["name"]).read_bytes())["rows"]
    assert {r["receipt_number"] for r in rows} == {r.receipt_no for r in held.values()}
    assert {
        r["monthly_income"] for r in rows if r["receipt_number"] == held[altered].receipt_no
    } == {income}

    repaired = [x for x in audit_lines(branch) if x["action"] == "record_repaired"]
    # Two payloads still opened: each is `altered` (the check's `unreadable` is the export's
    # reading of the one whose income is a text); the cut one did not open.
    assert sorted((x["subject"], x["detail"]["damage"]) for x in repaired) == sorted(
        [(unreadable, "altered"), (altered, "altered"), (broken, "unreadable")]
    )
    assert all(
        x["detail"]["via"] == "usb" and x["detail"]["device"] == laptop.device_code
        and x["detail"]["receipt_no"] == held[x["subject"]].receipt_no
        for x in repaired
    )  # fmt: skip
    text = json.dumps(repaired)
    assert nik not in text and "Sulastri" not in text
    # A second import of the same file finds nothing to repair.
    _run([*db, "import", str(usb), "--json"], capsys)
    assert len([x for x in audit_lines(branch) if x["action"] == "record_repaired"]) == 3


def test_a_record_kept_with_a_hash_that_did_not_match_is_not_repaired_to_other_content(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A record that arrived with content not hashing to its announced hash is kept as received
    for review (`HASH_MISMATCH`): its hash was never its content's. Once its payload was
    damaged, a file with other content that does hash to it "repaired" it: the branch then held
    content it never received, under columns (the NIK's look-up among them) read from what it
    did. Nothing is replaced now and the check still names it."""
    laptop = laptop_factory()
    record_id = laptop.register(47, full_name=NAME)
    [sealed] = [r for r in records_to_send(laptop.session.store) if r.id == record_id]
    mismatched = sealed.model_copy(
        update={"registration": {**sealed.registration, "monthly_income": 9_000_000}}
    )
    first, genuine = tmp_path / "first.bpu", tmp_path / "genuine.bpu"
    first.write_bytes(batch_file_of(laptop, [mismatched]))
    genuine.write_bytes(batch_file_of(laptop, [sealed]))
    db = ["--db", branch.db_url]
    code, imported, _ = _run([*db, "import", str(first), "--json"], capsys)
    assert code == 0, imported
    kept = branch.records()[record_id]
    assert "HASH_MISMATCH" in json.loads(kept.reasons)
    with Session(branch.engine) as session:
        row = session.get(Record, record_id)
        assert row is not None
        row.payload = row.payload[: len(row.payload) // 2]  # cut: it does not open at all
        session.add(row)
        session.commit()
        cut = row.payload

    code, answer, _ = _run([*db, "import", str(genuine), "--json"], capsys)
    assert (code, answer["already_received"]) == (0, 1), answer
    with Session(branch.engine) as session:
        row = session.get(Record, record_id)
        assert row is not None and row.payload == cut
    assert [x for x in audit_lines(branch) if x["action"] == "record_repaired"] == []
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert code == 1
    assert [x["damage"] for x in report["records"]["damaged"]] == ["unreadable"]


def test_check_does_not_print_a_nik_a_laptop_sent_as_a_receipt_number(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A receipt number was any short text on the way in: one that was not the branch's shape
    was rejected (`RECEIPT_NUMBER`) and kept as it came (the protocol refuses it now, but a
    branch may hold one from before). A laptop file whose record's receipt number was a NIK:
    once that record was damaged, `bpu-branch check` printed the NIK whole, on the terminal and
    in `--json`. It is masked there now; a well-formed number is not."""
    laptop = laptop_factory()
    crafted, sound = laptop.register(49, full_name=NAME), laptop.register(50)
    nik = nik_for(49)[0]
    usb = tmp_path / "sound.bpu"
    usb.write_bytes(batch_file_of(laptop, records_to_send(laptop.session.store)))
    db = ["--db", branch.db_url]
    code, imported, _ = _run([*db, "import", str(usb), "--json"], capsys)
    assert (code, imported["accepted"]) == (0, 2), imported
    with Session(branch.engine) as session:
        for record_id in (crafted, sound):
            row = session.get(Record, record_id)
            assert row is not None
            row.payload = row.payload[: len(row.payload) // 2]
            if record_id == crafted:  # as an import before the protocol refused it kept it
                row.receipt_no, row.state = f"NIK {nik}", "rejected"
            session.add(row)
        session.commit()
    held = branch.records()

    code, report, said = _run([*db, "check", "--json"], capsys)
    assert code == 1
    assert sorted(x["receipt_no"] for x in report["records"]["damaged"]) == sorted(
        [f"NI{'*' * 14}", held[sound].receipt_no]  # text, not a receipt: its start only
    )
    code, words, said = _run([*db, "check", "--lang", "en"], capsys)
    assert code == 1 and held[sound].receipt_no in words
    assert nik not in said and nik not in json.dumps(audit_lines(branch))


def test_a_damaged_record_synced_over_the_network_is_repaired_from_the_laptops_copy_by_receipt(  # noqa: PLR0917
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After a network sync no USB file holds the record; `export-batch --receipt` writes the
    laptop's own copy of it (sent, accepted) for the branch to repair its damaged one."""
    laptop = laptop_factory()
    damaged, sound = laptop.register(41, full_name=NAME), laptop.register(42)
    assert laptop.sync(server.url).completed
    held = branch.records()
    receipt = held[damaged].receipt_no
    nik = nik_for(41)[0]
    set_income(branch, damaged, f"{NAME}, {nik}")
    db = ["--db", branch.db_url]
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert code == 1 and [x["receipt_no"] for x in report["records"]["damaged"]] == [receipt]
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    base = ["export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER]

    # Nothing waits to be sent: without --receipt the file is empty of it.
    capsys.readouterr()
    assert laptop_main([*base, "--out", str(tmp_path / "pending.bpu"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == 0
    # A receipt number the laptop does not hold is refused, naming it; no file.
    unknown = receipt[:-5] + "99999"
    assert laptop_main([*base, "--receipt", unknown, "--out", str(tmp_path / "x.bpu"),
                        "--json"]) == 1  # fmt: skip
    refused = json.loads(capsys.readouterr().out)["error"]
    assert refused["code"] == "RECEIPT_NOT_HELD" and unknown in refused["message"]
    assert not (tmp_path / "x.bpu").exists()

    usb = tmp_path / "repair.bpu"
    assert laptop_main([*base, "--receipt", receipt, "--out", str(usb), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["records"] == 1
    code, imported, _ = _run([*db, "import", str(usb), "--json"], capsys)
    assert (code, imported["already_received"], imported["accepted"]) == (0, 1, 0)
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    out = tmp_path / "export"
    code, manifest, _ = _run([*db, "export", "--out", str(out), "--json"], capsys)
    assert code == 0, manifest
    rows = json.loads((out / manifest["files"][1]["name"]).read_bytes())["rows"]
    assert {r["receipt_number"] for r in rows} == {receipt, held[sound].receipt_no}
    [line] = [x for x in audit_lines(branch) if x["action"] == "record_repaired"]
    assert (line["subject"], line["detail"]["receipt_no"], line["detail"]["via"]) == (
        damaged, receipt, "usb",
    )  # fmt: skip
    assert nik not in json.dumps(line) and "Sulastri" not in json.dumps(line)
    after = branch.records()
    assert {k: (r.state, r.kpj) for k, r in after.items()} == {
        k: (r.state, r.kpj) for k, r in held.items()
    }


def test_check_names_a_reference_package_whose_signature_no_longer_holds(
    branch: Branch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bpu_enroll.branch.store.packages import PublishedPackage
    from tests.integration.test_reference_packages import _publish, _rules

    db = ["--db", branch.db_url]
    code, _ = _publish(branch, _rules("BPU-2026.9", date(2026, 1, 1)), tmp_path, capsys)
    assert code == 0
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert (code, report["reference"]) == (0, {"checked": 1, "damaged": []})

    with Session(branch.engine) as session:
        [row] = session.exec(select(PublishedPackage)).all()
        document = json.loads(row.document)
        document["package"]["content"]["programs"]["JKM"]["amount"] = 1
        row.document = json.dumps(document)
        session.add(row)
        session.commit()
    code, words, _ = _run([*db, "check", "--lang", "en"], capsys)
    assert code == 1
    assert "DAMAGED: the signature of reference package contribution_rules BPU-2026.9" in words
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert report["reference"]["damaged"] == [
        {"kind": "contribution_rules", "version": "BPU-2026.9"}
    ]


def test_a_revoked_laptops_damaged_record_is_said_so_and_repaired_from_its_usb_file(  # noqa: PLR0917
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A revoked laptop never pulls the ask: `check` says `device_revoked` for its damaged
    record (not `asked` for ever), in both languages, pointing to a backup or its USB file;
    that laptop still writes the file, and the branch imports it and repairs the record."""
    laptop = laptop_factory()
    damaged = laptop.register(43, full_name=NAME)
    assert laptop.sync(server.url).completed
    receipt = branch.records()[damaged].receipt_no
    set_income(branch, damaged, 12345)
    with Session(branch.engine) as db_session:
        roster.revoke_device(db_session, code=laptop.device_code, actor="cli:test")
    db = ["--db", branch.db_url]
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert code == 1
    assert [(x["receipt_no"], x["repair"]) for x in report["records"]["damaged"]] == [
        (receipt, "device_revoked")
    ]
    _, _, words = _run([*db, "check", "--lang", "en"], capsys)
    assert f"Laptop {laptop.device_code} is revoked, so it will never send its copy" in words
    assert f"export-batch --receipt {receipt} --out FILE" in words
    assert "the branch asks that laptop for its copy" not in words
    _, _, words = _run([*db, "check"], capsys)
    assert f"Laptop {laptop.device_code} sudah dicabut" in words

    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    usb = tmp_path / "repair.bpu"
    assert laptop_main(["export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER,
                        "--receipt", receipt, "--out", str(usb), "--json"]) == 0  # fmt: skip
    capsys.readouterr()
    code, imported, _ = _run([*db, "import", str(usb), "--json"], capsys)
    assert (code, imported["device_revoked"], imported["already_received"]) == (0, True, 1)
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    assert _income(branch, damaged) != 12345
    [line] = [x for x in audit_lines(branch) if x["action"] == "record_repaired"]
    assert (line["subject"], line["detail"]["via"]) == (damaged, "usb")


def test_check_reads_the_versions_kept_as_conflicts_and_says_how_they_are_repaired(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A version a laptop sent under a record's id the branch already holds is kept apart with
    its payload as received (`branch_conflict`), read by the clerk's review detail. `check`
    never read it: damage there went unnoticed until a clerk opened the record. It is checked
    now, said with the same words and JSON shape as a record's, its repair a restore (no laptop
    sends it again); the review detail refuses it as `CONFLICT_UNREADABLE` and asks nothing."""
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    laptop = laptop_factory()
    held_id = laptop.register(41, full_name=NAME)
    assert laptop.sync(server.url).completed
    held = branch.records()[held_id]
    [copy] = records_by_receipt(laptop.session.store, [held.receipt_no])
    registration = {**copy.registration, "monthly_income": 9_000_000}
    other = copy.model_copy(update={
        "registration": registration,
        "content_hash": content_digest({"registration": registration, "quote": copy.quote}),
    })  # fmt: skip
    usb = tmp_path / "other.bpu"
    usb.write_bytes(batch_file_of(laptop, [other]))
    db = ["--db", branch.db_url]
    code, imported, _ = _run([*db, "import", str(usb), "--json"], capsys)
    assert (code, imported["conflict"]) == (0, 1), imported
    code, report, _ = _run([*db, "check", "--json"], capsys)
    assert (code, report["conflicts"]) == (0, {"checked": 1, "damaged": []}), report
    # The one-line summary counts the versions read too, in both languages.
    _, words, _ = _run([*db, "check", "--lang", "en"], capsys)
    entries = report["audit"]["entries"] + 1  # the check before is in the chain now
    assert words.splitlines()[0] == (
        "Checked: 1 registration, 1 different version kept apart, 1 laptop tally, "
        f"0 reference packages, {entries} audit entries."
    )
    _, words, _ = _run([*db, "check"], capsys)
    assert words.splitlines()[0] == (
        "Diperiksa: 1 pendaftaran, 1 versi lain yang disimpan terpisah, 1 rekap laptop, "
        f"0 paket referensi, {entries + 1} entri audit."
    )

    with Session(branch.engine) as session:
        [conflict] = session.exec(select(Conflict)).all()
        conflict.payload = conflict.payload[: len(conflict.payload) // 2]  # a torn write
        session.add(conflict)
        session.commit()
    code, report, said = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (1, False)
    assert report["conflicts"] == {"checked": 1, "damaged": [
        {"receipt_no": held.receipt_no, "device": laptop.device_code,
         "date": held.registration_date, "damage": "unreadable", "repair": "restore"}
    ]}  # fmt: skip
    assert report["records"]["damaged"] == []  # the held version is sound
    _, words, said = _run([*db, "check", "--lang", "en"], capsys)
    assert (
        "DAMAGED: a different version received for the registration with receipt number "
        f"{held.receipt_no} (laptop {laptop.device_code}, {held.registration_date}) cannot be "
        "read." in words
    )
    assert "the held registration stands" in words
    assert "restore it from the last backup that check finds sound" in words
    _, words, _ = _run([*db, "check"], capsys)
    assert f"RUSAK: versi lain yang diterima untuk pendaftaran nomor tanda terima " \
        f"{held.receipt_no}" in words  # fmt: skip
    assert "pulihkan dari cadangan terakhir" in words
    assert nik_for(41)[0] not in said and NAME not in said
    [line] = [x for x in audit_lines(branch) if x["action"] == "store_checked"][-1:]
    assert (line["detail"]["conflicts"], line["detail"]["conflicts_damaged"]) == (1, 1)

    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login("rina", "rahasia-rina")
        with pytest.raises(StaffError) as caught:
            clerk.review_item(held_id)
    finally:
        clerk.close()
    assert (caught.value.status, caught.value.code) == (409, "CONFLICT_UNREADABLE")
    assert not [x for x in audit_lines(branch) if x["action"] == "record_asked"]


def test_check_says_the_rows_kept_before_todays_rules_refuse_them_masked_and_keeps_them(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A receipt number not of a laptop's shape, a tally dated before the days a laptop
    reports and a tally naming an officer with a NIK are refused on arrival now, but a branch
    keeps those it received before: `check` said nothing of them. It names each now (masked:
    never the NIK), with their counts and the way out, in both languages; nothing is deleted
    and they are not damage (the check is still sound)."""
    laptop = laptop_factory()
    odd, fine = laptop.register(41, full_name=NAME), laptop.register(42)
    assert laptop.sync(server.url).completed
    nik = nik_for(41)[0]
    with Session(branch.engine) as session:
        row = session.get(Record, odd)
        assert row is not None
        row.receipt_no, row.state = f"NIK {nik}", "rejected"  # as kept before the protocol's rule
        session.add(row)
        [tally] = session.exec(select(LaptopTallyRow)).all()
        figures = tally.figures()
        figures["rows"][0]["officer"] = nik  # an officer named by a NIK
        tally.document = seal_tally(session, json.dumps(figures, sort_keys=True))
        session.add(tally)
        old_day = date.fromordinal(tally.received_at.date().toordinal() - 30)
        past = {**figures, "date": old_day.isoformat()}
        past["rows"] = [{**r, "officer": OFFICER} for r in figures["rows"]]
        session.add(
            LaptopTallyRow(
                device_id=tally.device_id, day=old_day.isoformat(),
                generated_at=tally.generated_at, received_at=tally.received_at,
                tally_hash=tally.tally_hash,
                document=seal_tally(session, json.dumps(past, sort_keys=True)),
            )
        )  # fmt: skip
        session.commit()
        day = tally.day
    db = ["--db", branch.db_url]
    code, report, said = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    device = laptop.device_code
    assert report["kept"] == {
        "records": [{"id": odd, "receipt_no": "NI" + "*" * 14, "device": device,
                     "date": branch.records()[odd].registration_date, "rule": "receipt_shape"}],
        "tallies": sorted([
            {"device": device, "date": old_day.isoformat(), "rule": "date_past"},
            {"device": device, "date": day, "rule": "officer_nik",
             "officer": f"{nik[:4]}********{nik[12:]}"},
        ], key=lambda x: x["date"]),
        "accounts": [],
    }  # fmt: skip
    _, words, said = _run([*db, "check", "--lang", "en"], capsys)
    assert "KEPT FROM BEFORE: 1 registration with a receipt number not of a laptop's shape" \
        in words  # fmt: skip
    assert f"NI{'*' * 14} (laptop {device}" in words
    assert "KEPT FROM BEFORE: 1 laptop tally dated before the days a laptop reports" in words
    assert "KEPT FROM BEFORE: 1 laptop tally naming an officer with a NIK" in words
    assert f"laptop {device}, {day}: {nik[:4]}********{nik[12:]}" in words
    assert words.count("Way out:") == 3 and "Nothing is damaged." in words
    _, words, said_id = _run([*db, "check"], capsys)
    assert words.count("Jalan keluar:") == 3 and "TERSIMPAN DARI DULU: 1 pendaftaran" in words
    for text in (said, said_id, json.dumps(audit_lines(branch))):
        assert nik not in text and NAME not in text
    [line] = [x for x in audit_lines(branch) if x["action"] == "store_checked"][-1:]
    assert (line["detail"]["kept_records"], line["detail"]["kept_tallies"]) == (1, 2)
    # Nothing deleted: both records and both tallies are still held.
    assert set(branch.records()) == {odd, fine}
    with Session(branch.engine) as session:
        assert len(session.exec(select(LaptopTallyRow)).all()) == 2


def test_check_names_the_records_holding_one_receipt_number_given_twice_before_0014(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A branch before revision 0014 took a second worker under a receipt number it held (a
    laptop restored from an old backup): both stand, one paper number for two workers, and
    nothing listed them. `check` names each holder now, by laptop and sequence, in both
    languages, with the way out; a record refused `RECEIPT_NUMBER_TAKEN` holds nothing and is
    not named; nothing is changed and the store is still sound."""
    laptop = laptop_factory()
    owner, other = laptop.register(41), laptop.register(42)
    assert laptop.sync(server.url).completed
    receipt = branch.records()[owner].receipt_no
    day = receipt.split("-")[2]
    taken, refused = laptop.register(43), laptop.register(44)
    sent = {r.id: r for r in records_to_send(laptop.session.store)}
    later = receipt.replace(f"-{day}-", "-20991231-")  # the same sequence on a later day
    copies = [sent[rid].model_copy(update={"receipt_no": later}) for rid in (taken, refused)]
    told = send_records(laptop, server.url, copies)
    assert all(told[rid].reasons == ["RECEIPT_NUMBER_TAKEN"] for rid in (taken, refused))
    with Session(branch.engine) as session:  # the first as a branch before 0014 took it
        row = session.get(Record, taken)
        assert row is not None
        row.reasons, row.state = "[]", "pending_review"
        session.add(row)
        session.commit()
    db = ["--db", branch.db_url]
    code, report, _said = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    device = laptop.device_code
    dates = {r.id: r.registration_date for r in branch.records().values()}
    assert report["kept"] == {
        "records": [
            {"id": rid, "receipt_no": number, "device": device, "date": dates[rid],
             "rule": "receipt_shared"}
            for rid, number in ((owner, receipt), (taken, later))
        ],
        "tallies": [],
        "accounts": [],
    }  # fmt: skip
    _, words, _said = _run([*db, "check", "--lang", "en"], capsys)
    assert "KEPT FROM BEFORE: 2 registrations share a receipt number with another" in words
    assert f"  {receipt} (laptop {device}, {dates[owner]}, id {owner})" in words
    assert f"  {later} (laptop {device}" in words and refused not in words and other not in words
    assert "Way out: each paper receipt of such a number stands for more than one worker" in words
    _, words, _said = _run([*db, "check"], capsys)
    assert "TERSIMPAN DARI DULU: 2 pendaftaran berbagi nomor tanda terima" in words
    assert "Jalan keluar: tiap kertas tanda terima" in words
    [line] = [x for x in audit_lines(branch) if x["action"] == "store_checked"][-1:]
    assert line["detail"]["kept_records"] == 2
    records = branch.records()
    assert (records[owner].state, records[taken].state) == ("accepted", "pending_review")


def test_check_names_staff_accounts_whose_user_names_differ_only_in_letter_case(
    branch: Branch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Accounts added before the roster refused a user name that is another's in other letter
    case (`SITI` beside `siti`) read as one person on every receipt, tally and audit line, and
    nothing listed them. `check` names each now (user name, role, active or revoked), in both
    languages, with the way out; an account with no twin is not named; nothing is changed and
    the store is still sound."""
    with Session(branch.engine) as session:
        model = session.get(Officer, OFFICER)
        assert model is not None
        twin = Officer(**{**model.model_dump(), "username": OFFICER.upper(), "role": "clerk"})
        twin.revoked_at = model.created_at
        session.add(twin)
        session.commit()
        others = [
            o.username for o in session.exec(select(Officer)) if o.username.lower() != OFFICER
        ]
    db = ["--db", branch.db_url]
    code, report, _said = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    assert report["kept"]["accounts"] == [
        {"username": OFFICER.upper(), "role": "clerk", "status": "revoked",
         "rule": "username_case"},
        {"username": OFFICER, "role": model.role, "status": "active", "rule": "username_case"},
    ]  # fmt: skip
    _, words, _said = _run([*db, "check", "--lang", "en"], capsys)
    assert "KEPT FROM BEFORE: 2 staff accounts whose user names differ only in letter case" in words
    assert f"  {OFFICER.upper()} (role clerk, revoked)" in words
    assert f"  {OFFICER} (role {model.role}, active)" in words
    assert "Way out: on receipts, tallies and audit lines those names read as one person" in words
    assert not any(f"  {name} (role" in words for name in others)
    _, words, _said = _run([*db, "check"], capsys)
    assert "TERSIMPAN DARI DULU: 2 akun staf dengan nama pengguna" in words
    assert f"  {OFFICER.upper()} (peran clerk, dicabut)" in words
    [line] = [x for x in audit_lines(branch) if x["action"] == "store_checked"][-1:]
    assert line["detail"]["kept_accounts"] == 2
    with Session(branch.engine) as session:
        assert session.get(Officer, OFFICER.upper()) is not None
        assert session.get(Officer, OFFICER) is not None


def test_export_batch_for_a_receipt_whose_personal_fields_were_removed_says_so(  # noqa: PLR0917
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`export-batch --receipt` for a record whose personal fields the laptop removed after the
    retention days said RECEIPT_NOT_HELD, "holds no final registration", as for a mistyped
    number: the laptop holds it, not its data. It has its own code and words, in both
    languages, telling the officer the branch restores it from its backup; no file."""
    from datetime import UTC, datetime, timedelta

    from bpu_enroll.domain.errors import message
    from bpu_enroll.store.retention import purge_personal_data

    laptop = laptop_factory()
    record = laptop.register(46)
    assert laptop.sync(server.url).completed
    receipt = branch.records()[record].receipt_no
    later = datetime.now(UTC) + timedelta(days=40)
    assert purge_personal_data(laptop.session.store, now=later, days=30).settled == 1
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    out = tmp_path / "x.bpu"
    base = ["export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER,
            "--receipt", receipt, "--out", str(out)]  # fmt: skip
    capsys.readouterr()
    assert laptop_main([*base, "--json"]) == 1
    refused = json.loads(capsys.readouterr().out)["error"]
    assert refused["code"] == "RECEIPT_PURGED" and receipt in refused["message"]
    for lang, words in (("en", "restore them from its backup"), ("id", "dari cadangannya")):
        assert laptop_main([*base, "--lang", lang]) == 1
        said = capsys.readouterr()
        text = said.out + said.err
        assert message("RECEIPT_PURGED", lang, receipts=[receipt]) in text, text
        assert words in text and "RECEIPT_PURGED" in text
        assert message("RECEIPT_NOT_HELD", lang, receipts=[receipt]) not in text
    # With a number not held as well, both kinds are said in one refusal, each naming its own
    # (the purged one was named only at the next try); the command's code is the first kind's.
    unknown = receipt[:-5] + "99999"
    assert laptop_main([*base, "--receipt", unknown, "--json"]) == 1
    refused = json.loads(capsys.readouterr().out)["error"]
    assert refused["code"] == "RECEIPT_NOT_HELD"
    assert refused["message"] == " ".join(
        [
            message("RECEIPT_NOT_HELD", "id", receipts=[unknown]),
            message("RECEIPT_PURGED", "id", receipts=[receipt]),
        ]
    )
    assert not out.exists()


def test_check_says_a_tally_kept_with_a_nik_in_its_text_without_the_nik(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A tally holding a NIK in other text than an officer's name (a work location) is refused
    on arrival now (`TALLY_TEXT_NIK`), but one kept before that rule stayed silent in `check`
    while the reconciliation shows its words. `check` names it by laptop and day (never the
    text), with the way out, in both languages; nothing is deleted and it is not damage."""
    laptop = laptop_factory()
    laptop.register(41)
    assert laptop.sync(server.url).completed
    nik = nik_for(41)[0]
    with Session(branch.engine) as session:
        [tally] = session.exec(select(LaptopTallyRow)).all()
        figures = tally.figures()
        figures["rows"][0]["work_location"] = f"Pasar {nik}"
        tally.document = seal_tally(session, json.dumps(figures, sort_keys=True))
        session.add(tally)
        session.commit()
        day = tally.day
    db = ["--db", branch.db_url]
    code, report, said = _run([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    assert report["kept"]["tallies"] == [
        {"device": laptop.device_code, "date": day, "rule": "text_nik"}
    ]
    _, words, said_en = _run([*db, "check", "--lang", "en"], capsys)
    assert "KEPT FROM BEFORE: 1 laptop tally holding a NIK in its text" in words
    assert f"laptop {laptop.device_code}, {day}" in words and "Way out:" in words
    _, words_id, said_id = _run([*db, "check"], capsys)
    assert "TERSIMPAN DARI DULU: 1 rekap laptop yang memuat NIK dalam teksnya" in words_id
    for text in (said, said_en, said_id, words, words_id, json.dumps(audit_lines(branch))):
        assert nik not in text
    with Session(branch.engine) as session:
        assert len(session.exec(select(LaptopTallyRow)).all()) == 1


def test_export_batch_for_more_receipts_than_a_file_holds_is_refused_with_its_code(  # noqa: PLR0917 - fixtures
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file holds at most `MAX_MANIFEST_ENTRIES` records (the batch's bound): 20,001 numbers
    chosen were looked up one by one and, had the laptop held them, failed to be written with
    a traceback. They are refused before the store is read, with a code and words; no file.
    At the bound the count is no refusal (the numbers not held are, as before)."""
    laptop = laptop_factory()
    held = laptop.register(71)
    assert laptop.sync(server.url).completed
    receipt = branch.records()[held].receipt_no
    prefix = receipt.rsplit("-", 1)[0]
    chosen = [receipt, *(f"{prefix}-{n}" for n in range(100_000, 100_000 + MAX_MANIFEST_ENTRIES))]
    with pytest.raises(BpuError) as at_the_bound:
        records_by_receipt(laptop.session.store, chosen[:-1])
    assert at_the_bound.value.code == "RECEIPT_NOT_HELD"
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    out = tmp_path / "many.bpu"
    capsys.readouterr()
    assert laptop_main([
        "export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER,
        *(x for r in chosen for x in ("--receipt", r)), "--out", str(out), "--json",
        "--lang", "en",
    ]) == 1  # fmt: skip
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == "RECEIPTS_TOO_MANY"
    assert "at most 20.000 registrations, but 20.001 receipt numbers" in error["message"]
    assert not out.exists()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_damaged_sqlite_file_is_said_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """A branch SQLite file with damaged pages (a failing disk, a torn copy) is
    `BRANCH_DB_DAMAGED`, exit 1, in the language asked, for every command that opens it
    (`check` included): SQLite's `DatabaseError` (not an `OperationalError`) went out as a
    Python traceback."""
    from bpu_enroll.domain.errors import message

    path = tmp_path / "branch.db"
    make_branch(f"sqlite:///{path}").engine.dispose()
    damaged = bytearray(path.read_bytes())
    for page in range(4096, len(damaged), 4096):  # every page but the first
        damaged[page + 100 : page + 400] = bytes(300)
    path.write_bytes(bytes(damaged))
    said = message("BRANCH_DB_DAMAGED", lang)

    for command in (["status"], ["check"], ["audit-verify"], ["officer", "list"]):
        argv = ["--db", f"sqlite:///{path}", *command, "--json", "--lang", lang]
        assert branch_main(argv) == 1, command
        out, err = capsys.readouterr()
        assert json.loads(out) == {"error": {"code": "BRANCH_DB_DAMAGED", "message": said}}
        assert err == f"BRANCH_DB_DAMAGED: {said}\n", command


def test_export_batch_for_a_nik_typed_as_a_receipt_number_masks_it(
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`export-batch --receipt` names the numbers the laptop does not hold (`RECEIPT_NOT_HELD`),
    as typed; a worker's NIK typed or pasted there instead of the receipt number was printed
    whole, in the JSON and on stderr. It is masked now, as the Sync page's dialog masks it; a
    receipt number is still named whole."""
    laptop = laptop_factory()
    laptop.register(43)
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    nik = nik_for(43)[0]
    unknown = "JKT01-D0001-20260101-99999"
    argv = ["export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER,
            "--out", str(tmp_path / "x.bpu"), "--receipt", nik, "--receipt", unknown]  # fmt: skip
    capsys.readouterr()

    for lang in ("id", "en"):
        assert laptop_main([*argv, "--json", "--lang", lang]) == 1
        out, err = capsys.readouterr()
        refused = json.loads(out)["error"]
        assert refused["code"] == "RECEIPT_NOT_HELD"
        assert f"{nik[:4]}********{nik[12:]}" in refused["message"]
        assert unknown in refused["message"]
        assert nik not in out and nik not in err
    assert not (tmp_path / "x.bpu").exists()
