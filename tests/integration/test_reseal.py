"""`bpu-branch reseal` on PostgreSQL: records, conflicts and clerk notes stored before their
fields were sealed (the business name, an occupation typed in free text, the income, a note)
are sealed in batches; a run cut off half way leaves every row readable and the next run
finishes; a run after that changes nothing; the rows read as they did before."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin import reseal
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.audit_chain import verify_chain
from bpu_enroll.branch.store.fields import (
    PERSONAL_FIELDS,
    SEALED,
    open_note,
    payload_of,
    seal_payload,
)
from bpu_enroll.branch.store.models import AuditEntry, Conflict, Record, Review
from bpu_enroll.cli.main import main as laptop_main
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    break_record,
)
from tests.integration.pg import pg_dump

BUSINESS = "Warung Nasi Bu Wulandari"
OCCUPATION = "Tukang pijat keliling Cibinong"
NOTE = "Nama di KTP Sastrowardoyo, di formulir Sastrowardojo"
LATE_FIELDS = ("business_name", "occupation_other", "monthly_income")  # sealed late


def _old_form(session: Session, document: dict[str, Any], index: int) -> str:
    """A payload as an older release stored it: in clear (before sealing), or sealed without
    the fields that joined `PERSONAL_FIELDS` late, those beside `sealed` in clear."""
    if index % 2 == 0:
        return json.dumps(document)
    registration = dict(document["registration"])
    late = {k: registration.pop(k) for k in LATE_FIELDS}
    stored = json.loads(
        seal_payload(session, json.dumps({**document, "registration": registration}))
    )
    stored["registration"].update(late)
    return json.dumps(stored)


def _in_clear(payload: str) -> list[str]:
    registration = json.loads(payload).get("registration")
    if not isinstance(registration, dict):
        return ["(whole)"]
    return sorted(k for k in registration if k in PERSONAL_FIELDS)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = branch_main(argv)
    return code, capsys.readouterr().out


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_rows_stored_before_sealing_are_sealed_in_batches_and_a_cut_run_is_finished(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    laptop = laptop_factory()
    ids = [laptop.register(serial) for serial in range(51, 58)]
    break_record(laptop, ids[-1], consent=False)
    assert laptop.sync(server.url).completed
    with httpx.Client(base_url=server.url, timeout=30) as http:
        token = http.post(
            "/api/v1/staff/login", json={"username": "rina", "password": "rahasia-rina"}
        ).json()["token"]
        decided = http.post(
            f"/api/v1/staff/review/{ids[-1]}/decision",
            headers={"Authorization": f"Bearer {token}"},
            json={"decision": "request_correction", "reason_code": "CONSENT", "note": NOTE},
        )
        assert decided.status_code == 200, decided.text

    # The rows as a branch of an earlier release left them.
    with Session(branch.engine) as db:
        records = list(db.exec(select(Record).order_by(Record.id)))
        assert len(records) == len(ids)
        documents: dict[str, dict[str, Any]] = {}
        for index, row in enumerate(records):
            document = payload_of(row)
            document["registration"].update(
                business_name=f"{BUSINESS} {index}", occupation_other=OCCUPATION,
                monthly_income=3_150_000 + index,
            )  # fmt: skip
            documents[row.id] = document
            row.payload = _old_form(db, document, index)
            db.add(row)
        first = records[0].id
        db.add(
            Conflict(
                record_id=first, device_id=records[0].device_id, content_hash="c" * 64,
                payload=json.dumps(documents[first]), received_at=datetime.now(UTC),
            )
        )  # fmt: skip
        review = db.get(Review, ids[-1])
        assert review is not None
        review.note = NOTE
        db.add(review)
        db.commit()
    dump = pg_dump(branch.db_url)
    assert BUSINESS.encode() in dump and OCCUPATION.encode() in dump and b"Sastrowardoyo" in dump

    # A run cut off in its second batch (a kill, a power cut): the first batch stays sealed,
    # the second is rolled back whole, and every row still reads as before.
    calls = {"n": 0}
    real = reseal.reseal_payload

    def cut_in_the_second_batch(session: Session, text: str) -> str | None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return real(session, text)

    with monkeypatch.context() as patched:
        patched.setattr(reseal, "BATCH", 3)
        patched.setattr(reseal, "reseal_payload", cut_in_the_second_batch)
        assert branch_main(["--db", branch.db_url, "reseal"]) == 130
    with Session(branch.engine) as db:
        rows = list(db.exec(select(Record).order_by(Record.id)))
        assert [bool(_in_clear(r.payload)) for r in rows] == [False] * 3 + [True] * 4
        assert {r.id: payload_of(r) for r in rows} == documents
        assert db.exec(select(AuditEntry).where(AuditEntry.action == "fields_resealed")).all() == []

    # The next run finishes, in batches of 3.
    monkeypatch.setattr(reseal, "BATCH", 3)
    code, out = _run(["--db", branch.db_url, "reseal", "--json"], capsys)
    assert code == 0
    assert json.loads(out) == {
        "fields_sealed_here": True, "records": 4, "conflicts": 1, "notes": 1, "staff_names": 0,
        "laptop_tallies": 0, "damaged": [],
    }  # fmt: skip
    with Session(branch.engine) as db:
        rows = list(db.exec(select(Record).order_by(Record.id)))
        assert {r.id: payload_of(r) for r in rows} == documents
        assert [_in_clear(r.payload) for r in rows] == [[]] * len(rows)
        assert all(SEALED in json.loads(r.payload)["registration"] for r in rows)
        conflict = db.exec(select(Conflict)).one()
        assert _in_clear(conflict.payload) == [] and payload_of(conflict) == documents[first]
        review = db.get(Review, ids[-1])
        assert review is not None and review.note != NOTE and open_note(db, review.note) == NOTE
        lines = db.exec(select(AuditEntry).where(AuditEntry.action == "fields_resealed")).all()
        assert [(json.loads(line.detail), line.actor.startswith("cli:")) for line in lines] == [
            (
                {"records": 4, "conflicts": 1, "notes": 1, "staff_names": 0, "laptop_tallies": 0},
                True,
            )
        ]
        assert verify_chain(db).valid
    dump = pg_dump(branch.db_url)
    assert b"branch_record" in dump and b"Pasar Cibinong" in dump  # a real, full dump
    for needle in (BUSINESS, OCCUPATION, "Sastrowardoyo", "3150000"):
        assert needle.encode() not in dump, f"{needle} in clear after reseal"

    # A run after that changes nothing, says so in the language asked, and audits nothing.
    code, out = _run(["--db", branch.db_url, "reseal"], capsys)
    assert (code, out) == (0, "Tidak ada data pribadi yang terbuka; tidak ada yang diubah.\n")
    code, out = _run(["--db", branch.db_url, "reseal", "--lang", "en", "--json"], capsys)
    assert json.loads(out) == {
        "fields_sealed_here": True, "records": 0, "conflicts": 0, "notes": 0, "staff_names": 0,
        "laptop_tallies": 0, "damaged": [],
    }  # fmt: skip
    with Session(branch.engine) as db:
        assert (
            len(db.exec(select(AuditEntry).where(AuditEntry.action == "fields_resealed")).all())
            == 1
        )


def _old_form_damaged(session: Session, row: Record) -> str:
    """The row as an earlier release stored it (its late fields in clear beside `sealed`), its
    sealed part then spoilt (one byte of the ciphertext changed): it no longer opens. SQLite
    seals no field (the file is encrypted whole): its payload is cut off half way instead."""
    text = _old_form(session, payload_of(row), 1)
    stored = json.loads(text)
    if SEALED not in stored["registration"]:
        return text[: len(text) // 2]
    sealed = bytearray(base64.b64decode(stored["registration"][SEALED]))
    sealed[-1] ^= 0xFF
    stored["registration"][SEALED] = base64.b64encode(bytes(sealed)).decode("ascii")
    return json.dumps(stored)


@pytest.mark.parametrize(
    "db_url", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_a_damaged_record_is_left_as_it_is_said_and_still_repaired(  # noqa: PLR0917 - fixtures
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reseal meeting a record whose sealed part no longer opens stopped with a traceback
    (`CryptoError`), its batch and every row after it left in clear. Now it seals every other
    row, leaves the damaged one byte for byte as it was (not dropped, not counted as sealed),
    names it masked as `check` does with `RESEAL_DAMAGED_KEPT` and exit 1, audits the count;
    `check` still finds it, the laptop's copy repairs it, and a run after that is clean. On
    SQLite (encrypted whole) there is nothing to seal: exit 0, and `check` finds the damage."""
    laptop = laptop_factory()
    damaged, sound = laptop.register(61), laptop.register(62)
    assert laptop.sync(server.url).completed
    held = branch.records()
    with Session(branch.engine) as db:
        rows = {r.id: r for r in db.exec(select(Record))}
        opened = {rid: payload_of(row) for rid, row in rows.items()}
        spoilt = _old_form_damaged(db, rows[damaged])
        rows[damaged].payload = spoilt
        rows[sound].payload = _old_form(db, payload_of(rows[sound]), 1)
        db.add_all(rows.values())
        db.commit()
    db_arg = ["--db", branch.db_url]
    receipt = held[damaged].receipt_no
    code, out = _run([*db_arg, "reseal", "--json"], capsys)
    if branch.db_url.startswith("sqlite"):
        assert (code, json.loads(out)["fields_sealed_here"]) == (0, False)
    else:
        assert code == 1, out
        done = json.loads(out)
        assert (done["records"], done["conflicts"]) == (1, 0)
        assert done["damaged"] == [{
            "kind": "record", "id": damaged, "receipt_no": receipt,
            "device": laptop.device_code, "date": held[damaged].registration_date,
        }]  # fmt: skip
        assert [p["code"] for p in done["problems"]] == ["RESEAL_DAMAGED_KEPT"]
        with Session(branch.engine) as db:
            after = {r.id: r for r in db.exec(select(Record))}
            assert after[damaged].payload == spoilt  # as it was
            assert _in_clear(after[sound].payload) == []
            assert payload_of(after[sound]) == opened[sound]
            assert verify_chain(db).valid
        [line] = [x for x in _audit(branch) if x.action == "fields_resealed"]
        assert json.loads(line.detail)["records_damaged"] == 1
        code, words = _run([*db_arg, "reseal", "--lang", "en"], capsys)
        assert code == 1
        assert "1 damaged row(s) did not open" in words and receipt in words
        assert "Run bpu-branch check" in words
    code, out = _run([*db_arg, "check", "--json"], capsys)
    report = json.loads(out)
    assert code == 1 and [(x["receipt_no"], x["damage"]) for x in report["records"]["damaged"]] == [
        (receipt, "unreadable")
    ]
    # Repaired from the laptop's own copy (a USB file of that receipt), then sound and sealed.
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    usb = tmp_path / "repair.bpu"
    assert laptop_main(["export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER,
                        "--receipt", receipt, "--out", str(usb)]) == 0  # fmt: skip
    assert _run([*db_arg, "import", str(usb)], capsys)[0] == 0
    code, out = _run([*db_arg, "check", "--json"], capsys)
    assert (code, json.loads(out)["sound"]) == (0, True), out
    code, out = _run([*db_arg, "reseal", "--json"], capsys)
    assert code == 0 and json.loads(out)["damaged"] == [], out
    with Session(branch.engine) as db:
        repaired = db.get(Record, damaged)
        assert repaired is not None
        assert branch.db_url.startswith("sqlite") or _in_clear(repaired.payload) == []
        assert payload_of(repaired) == opened[damaged]


def _audit(branch: Branch) -> list[AuditEntry]:
    with Session(branch.engine) as db:
        return list(db.exec(select(AuditEntry).order_by(AuditEntry.id)))
