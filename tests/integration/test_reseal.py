"""`bpu-branch reseal` on PostgreSQL: records, conflicts and clerk notes stored before their
fields were sealed (the business name, an occupation typed in free text, the income, a note)
are sealed in batches; a run cut off half way leaves every row readable and the next run
finishes; a run after that changes nothing; the rows read as they did before."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
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
from tests.integration.helpers import Branch, Laptop, ServerThread, break_record
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
        "laptop_tallies": 0,
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
        "laptop_tallies": 0,
    }  # fmt: skip
    with Session(branch.engine) as db:
        assert (
            len(db.exec(select(AuditEntry).where(AuditEntry.action == "fields_resealed")).all())
            == 1
        )
