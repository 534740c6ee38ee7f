"""Personal data at rest at the branch: a registered NIK and name are not in the bytes of the
SQLite database (nor its WAL), nor in a `pg_dump` of the PostgreSQL one; the branch still reads
them with its key, and the export for the core system still carries the NIK in clear."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.store.db import sqlite_path
from bpu_enroll.branch.store.fields import payload_of
from bpu_enroll.branch.store.models import Participant, Record
from bpu_enroll.branch.workspace.export import export_changes, to_folder
from tests.integration.helpers import Branch, Laptop, ServerThread, nik_for, registration
from tests.integration.pg import find_bin_dir

NAME = "Kartini Wulandari Sastrowardoyo"
PHONE = "0813-7777-4242"
BUSINESS = "Warung Nasi Bu Wulandari"  # a business often bears its owner's name


def _held(branch: Branch, serial: int) -> list[bytes]:
    """The branch holds the record and reads its NIK, name and phone with its key (so the
    searches look at a database that does contain them); those values as byte strings."""
    with Session(branch.engine) as db:
        rows = db.exec(select(Record)).all()
        registration = payload_of(rows[0])["registration"]
        participant = db.exec(select(Participant)).one()
    nik, name, phone = registration["nik"], registration["full_name"], registration["phone"]
    assert nik == nik_for(serial)[0] and name.casefold() == NAME.casefold()
    assert len(participant.nik_hash) == 64 and participant.nik_hash != nik
    texts = {nik, name, NAME, phone, PHONE, phone.replace("-", ""), name.split()[-1], BUSINESS}
    return [t.encode() for t in texts] + [nik.encode("utf-16-le")]


def test_nik_and_name_are_not_in_the_database_bytes(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop], tmp_path: Path
) -> None:
    laptop = laptop_factory()
    laptop.register(21, full_name=NAME, phone=PHONE, business_name=BUSINESS)
    assert laptop.sync(server.url).completed
    needles = _held(branch, 21)
    db_file = sqlite_path(branch.db_url)
    if db_file is not None:
        files = [Path(f"{db_file}{s}") for s in ("", "-wal") if Path(f"{db_file}{s}").exists()]
        assert len(files) == 2  # the WAL holds the last commits: it is searched too
        blobs = [f.read_bytes() for f in files]
    else:
        bin_dir = find_bin_dir()
        assert bin_dir is not None
        dump = subprocess.run(
            [str(bin_dir / "pg_dump"), "--no-owner", branch.db_url.replace("+psycopg", "")],
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
        assert b"branch_record" in dump and b"Pasar Cibinong" in dump  # a real, full dump
        blobs = [dump]
    for blob in blobs:
        for needle in needles:
            assert needle not in blob, "personal data found in clear at rest"

    # The export for the national core system is the one place the NIK leaves in clear.
    with Session(branch.engine) as db:
        manifest = export_changes(db, write=to_folder(tmp_path / "out"), actor="t")
    assert manifest["rows"] == 1 and manifest["counts"]["new"] == 1
    exported = b"".join(p.read_bytes() for p in (tmp_path / "out").iterdir())
    assert nik_for(21)[0].encode() in exported


def _documents() -> list[dict[str, Any]]:
    """A record as intake holds it, and records with what orjson writes otherwise or refuses:
    text beyond ASCII, a float, integers beyond 64 bits (in a sealed field and in a kept one)."""
    quote = {"total": 16800, "months": []}
    return [
        {"registration": registration(7), "quote": quote},
        {"registration": registration(8, full_name="Ni Luh Putu Ayu Śrī", birth_place="Gianyar ✓"),
         "quote": {**quote, "rate": 0.1, "tiny": 1e-05}},
        {"registration": registration(9, phone=2**80, work_location={"x": -(2**70)}),
         "quote": quote},
        {"registration": "not an object", "quote": quote},
    ]  # fmt: skip


@pytest.mark.parametrize("index", range(len(_documents())))
def test_intake_seals_the_judged_json_as_seal_payload_would(branch: Branch, index: int) -> None:
    """`seal_content` (intake, no second parse; orjson) stores what `seal_payload` stores (the
    standard encoder): the same fields kept in clear, the same personal fields sealed, the same
    document read back, and the record itself left as it was."""
    import copy
    import json

    from bpu_enroll.branch.store.fields import SEALED, open_payload, seal_content, seal_payload
    from bpu_enroll.domain.hashing import canonical_json

    document = _documents()[index]
    before = copy.deepcopy(document)
    text = canonical_json(document).decode("utf-8")
    with Session(branch.engine) as session:
        ours, theirs = seal_content(session, text, document), seal_payload(session, text)
        assert document == before
        assert open_payload(session, ours) == open_payload(session, theirs) == json.loads(text)
    if not isinstance(document["registration"], dict):
        whole = [json.loads(ours)["registration"], json.loads(theirs)["registration"]]
        if "sqlite" in branch.db_url:  # SQLCipher encrypts the whole file: stored as received
            assert whole == [document["registration"]] * 2
        else:  # a registration that is not an object is sealed whole
            assert [set(w) for w in whole] == [{SEALED}] * 2
        return
    kept, expected = json.loads(ours)["registration"], json.loads(theirs)["registration"]
    assert kept.keys() == expected.keys()
    assert {k: v for k, v in kept.items() if k != SEALED} == {
        k: v for k, v in expected.items() if k != SEALED
    }
    name = document["registration"]["full_name"]
    assert (name in ours) == (name in theirs) == ("sqlite" in branch.db_url)


@pytest.mark.postgres
def test_only_what_the_tally_groups_by_stays_readable_on_postgresql(pg_branch: Branch) -> None:
    """Every field of the form that no SQL reads (the tally groups by work place, programmes,
    occupation and gender and sums the quote and the cash) is sealed: the business name and an
    occupation typed in free text name the worker as well as the name does, and the income
    is their own figure."""
    import json

    from bpu_enroll.branch.store.fields import SEALED, seal_payload

    document = {
        "registration": registration(
            11, business_name=BUSINESS, occupation_other="Tukang pijat keliling"
        ),
        "quote": {"total": 16800, "months": []},
    }
    with Session(pg_branch.engine) as session:
        stored = json.loads(seal_payload(session, json.dumps(document)))["registration"]
    assert set(stored) == {
        SEALED, "gender", "occupation_code", "work_location", "programs", "cash_paid",
        "employer", "government_paid", "months_paid", "consent",
    }  # fmt: skip


def test_a_clerks_note_is_sealed_at_rest_and_still_reaches_the_laptop(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """A note is free text about one worker (a NIK is refused in it, a name is not: 'the KTP
    says Wulandari, the form Wulandary'); on PostgreSQL it is sealed like the record's fields,
    and the review detail and the laptop read it as written."""
    import httpx

    from bpu_enroll.store.models import Registration
    from tests.integration.helpers import break_record

    note = "Nama di KTP Sastrowardoyo, di formulir Sastrowardojo: mohon diperbaiki"
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    laptop = laptop_factory()
    broken = laptop.register(31)
    break_record(laptop, broken, consent=False)
    assert laptop.sync(server.url).completed
    with httpx.Client(base_url=server.url, timeout=30) as http:
        token = http.post(
            "/api/v1/staff/login", json={"username": "rina", "password": "rahasia-rina"}
        ).json()["token"]
        clerk = {"Authorization": f"Bearer {token}"}
        decided = http.post(
            f"/api/v1/staff/review/{broken}/decision",
            headers=clerk,
            json={"decision": "request_correction", "reason_code": "CONSENT", "note": note},
        )
        assert decided.status_code == 200, decided.text
        detail = http.get(f"/api/v1/staff/review/{broken}", headers=clerk).json()
        assert note in str(detail)
    assert laptop.sync(server.url).completed
    with laptop.session.store.session(readonly=True) as db:
        row = db.get(Registration, broken)
        assert row is not None and row.branch_note == note
    if sqlite_path(branch.db_url) is not None:
        return  # SQLCipher encrypts the whole file (the first test searches its bytes)
    bin_dir = find_bin_dir()
    assert bin_dir is not None
    dump = subprocess.run(
        [str(bin_dir / "pg_dump"), "--no-owner", branch.db_url.replace("+psycopg", "")],
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout
    assert b"branch_review" in dump and b"CORRECTION_REQUESTED" in dump
    assert b"Sastrowardoyo" not in dump, "the clerk's note is in clear at rest"


def test_a_nik_typed_as_a_user_name_is_not_kept_in_clear(
    branch: Branch, server: ServerThread
) -> None:
    """A clerk who types a worker's NIK into the user name field (the audit line masks it) must
    not leave it in clear in the sign-in counters either; the name's lock still works."""
    import httpx

    nik = nik_for(41)[0]
    with httpx.Client(base_url=server.url, timeout=30) as http:
        answers = [
            http.post("/api/v1/staff/login", json={"username": nik, "password": "salah"})
            for _ in range(5)
        ]
    assert [a.status_code for a in answers] == [401, 401, 401, 401, 429]
    db_file = sqlite_path(branch.db_url)
    if db_file is not None:
        with Session(branch.engine) as db:  # SQLCipher hides the file; the table is read here
            from bpu_enroll.branch.store.models import SignInThrottle

            blob = " ".join(row.key for row in db.exec(select(SignInThrottle))).encode()
    else:
        bin_dir = find_bin_dir()
        assert bin_dir is not None
        blob = subprocess.run(
            [str(bin_dir / "pg_dump"), "--no-owner", branch.db_url.replace("+psycopg", "")],
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
        assert b"branch_sign_in_throttle" in blob
    assert nik.encode() not in blob, "a NIK typed as a user name is kept in clear"
