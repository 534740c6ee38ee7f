"""`bpu-branch key adopt`: a branch of release 0.1.0 (NIKs, names and private keys in clear) is
refused until adopted, then holds nothing personal in clear, keeps every row, still finds its
participants by NIK, and a run cut off half way is finished by running the command again.

The 0.1.0 branch is the committed fixture's `branch.db` (schema 0003): as it is on SQLite, and
copied row for row into a PostgreSQL database migrated to 0003.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import MetaData, create_engine, insert, select, text
from sqlmodel import Session
from sqlmodel import select as sqlmodel_select

from bpu_enroll.branch.admin import adopt
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.admin.keys_cli import init_master_key
from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.device.reports import receive_report
from bpu_enroll.branch.store.audit_chain import verify_chain
from bpu_enroll.branch.store.db import (
    _alembic_config,
    is_plain_sqlite,
    make_engine,
    open_branch,
    sqlite_path,
)
from bpu_enroll.branch.store.fields import payload_of
from bpu_enroll.branch.store.laptop_reports import LaptopTallyRow
from bpu_enroll.branch.store.models import Device, Record
from bpu_enroll.branch.store.registry import BranchRangeRegistry
from bpu_enroll.branch.workspace.review import review_detail
from bpu_enroll.branch.workspace.staff import audit_log
from bpu_enroll.branch.workspace.supervisor import reconciliation
from bpu_enroll.documents.tally.figures import figures_hash
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.sync.report import LaptopReport, TallyDocument
from tests.integration.pg import pg_dump

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-0.1.0" / "branch.db"


def _fixture_rows() -> dict[str, list[dict[str, Any]]]:
    """Every row of the 0.1.0 branch, by table (read with the standard library)."""
    connection = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            str(row[0])
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: [dict(r) for r in connection.execute(f'SELECT * FROM "{t}"')] for t in tables}
    finally:
        connection.close()


OLD = _fixture_rows()
NIKS = {str(row["nik"]) for row in OLD["branch_participant"]}
NAMES = {
    str(json.loads(row["payload"])["registration"]["full_name"]) for row in OLD["branch_record"]
}


@pytest.fixture
def old_branch(db_url: str, tmp_path: Path) -> str:
    """A branch of 0.1.0 at `db_url`: the fixture file, or its rows in PostgreSQL at 0003."""
    path = sqlite_path(db_url)
    if path is not None:
        shutil.copyfile(FIXTURE, path)
        return db_url
    engine = make_engine(db_url, None)
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    source = create_engine(f"sqlite:///{FIXTURE}")
    metadata = MetaData()
    metadata.reflect(source)
    target = MetaData()
    target.reflect(engine)
    with source.connect() as read, engine.begin() as write:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [dict(r._mapping) for r in read.execute(select(table))]
            if rows:
                write.execute(insert(target.tables[table.name]), rows)
            if rows and "id" in table.c and isinstance(rows[0]["id"], int):
                write.execute(  # copied ids: move the sequence past them, as inserts would
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"(SELECT max(id) FROM {table.name}))"
                    )
                )
    source.dispose()
    engine.dispose()
    return db_url


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    capsys.readouterr()
    code = branch_main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def _bytes_at_rest(db_url: str) -> bytes:
    path = sqlite_path(db_url)
    if path is not None:
        files = [path, *path.parent.glob(path.name + "-*")]
        return b"".join(f.read_bytes() for f in files if f.exists())
    return pg_dump(db_url)


def test_an_old_branch_is_refused_then_adopted_with_every_row(
    old_branch: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _bytes_at_rest(old_branch)
    assert any(nik.encode() in before for nik in NIKS)  # the 0.1.0 branch: NIKs in clear
    code, refused = _cli(["--db", old_branch, "officer", "list", "--json"], capsys)
    assert code == 1 and refused["error"]["code"] == "BRANCH_DB_PLAIN"
    assert "key adopt" in refused["error"]["message"]

    recovery = tmp_path / "recovery.key"
    argv = ["--db", old_branch, "key", "adopt", "--recovery-key-out", str(recovery), "--json"]
    code, adopted = _cli(argv, capsys)
    assert code == 0, adopted
    assert adopted["participants_hashed"] == len(NIKS)
    assert adopted["secrets_sealed"] and adopted["recovery_key_made"]
    assert adopted["recovery_key_file"] == str(recovery) and recovery.stat().st_mode & 0o077 == 0
    if sqlite_path(old_branch) is not None:
        assert adopted["file_encrypted"] and adopted["payloads_sealed"] == 0
    else:
        assert not adopted["file_encrypted"] and adopted["payloads_sealed"] >= len(NAMES)

    after = _bytes_at_rest(old_branch)
    for needle in [*NIKS, *NAMES]:
        assert needle.encode() not in after, "personal data left in clear after adopting"

    master, _ = init_master_key(None)
    engine = open_branch(old_branch, master)
    try:
        with Session(engine) as session:
            held = {r.id: payload_of(r) for r in session.exec(select(Record)).scalars()}
            assert {
                r["id"]: json.loads(r["payload"]) for r in OLD["branch_record"]
            } == held  # every record, as the laptop sent it
            found = BranchRangeRegistry().existing(session, sorted(NIKS))
            assert found == {str(r["nik"]): str(r["kpj"]) for r in OLD["branch_participant"]}
            info = branch_info(session)
            assert not info.signing_key and not info.encryption_key and not info.tls_key_pem
            assert branch_secrets(session).signing_key == OLD["branch_info"][0]["signing_key"]
            assert verify_chain(session).valid
    finally:
        engine.dispose()

    code, again = _cli(argv, capsys)  # nothing left to do: nothing changes, no new key file
    assert code == 0 and again["recovery_key_file"] is None
    assert not again["participants_hashed"] and not again["file_encrypted"]


def test_an_adoption_cut_off_is_refused_until_run_again(
    old_branch: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    master, _ = init_master_key(None)

    def power_cut(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt  # after the envelope (and on SQLite the file) were written

    with monkeypatch.context() as patched:
        patched.setattr(adopt, "_seal_rows", power_cut)
        with pytest.raises(KeyboardInterrupt):
            adopt.adopt_branch(old_branch, master, lambda code: "unused")
    path = sqlite_path(old_branch)
    if path is not None:
        assert not is_plain_sqlite(path)
    with pytest.raises(BpuError) as refused:
        open_branch(old_branch, master)
    assert refused.value.code == "BRANCH_DB_PLAIN"  # NIKs still unhashed: not served

    made: list[str] = []

    def recovery_key(code: str) -> str:
        made.append(code)
        return "cmVjb3Zlcnk="

    finished = adopt.adopt_branch(old_branch, master, recovery_key)
    assert finished.participants_hashed == len(NIKS) and made == [OLD["branch_info"][0]["code"]]
    engine = open_branch(old_branch, master)
    try:
        with Session(engine) as session:
            assert BranchRangeRegistry().existing(session, sorted(NIKS)).keys() == NIKS
    finally:
        engine.dispose()


def test_adopting_where_there_is_no_branch_makes_nothing(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "keys" / "master.key"
    monkeypatch.setenv("BPU_BRANCH_KEY_FILE", str(key_file))
    recovery = tmp_path / "recovery.key"
    argv = ["--db", db_url, "key", "adopt", "--recovery-key-out", str(recovery), "--json"]
    code, refused = _cli(argv, capsys)
    assert code == 1 and refused["error"]["code"] == "NOT_INITIALISED"
    assert not recovery.exists() and not key_file.exists()
    path = sqlite_path(db_url)
    if path is not None:
        assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == []


STAFF_NAMES = {"siti": "Siti Nurhaliza Rahmawati", "rina": "Rina Kartikasari Wulandari"}


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_adopting_seals_the_notes_and_staff_names_too(
    old_branch: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 0.1.0 branch on PostgreSQL with a clerk's note and staff members' full names in clear:
    after `key adopt` alone (no `reseal`) none is in a dump, the counts say so, in the output
    and the audit line, and every reader still shows them as they were written."""
    [review] = OLD["branch_review"]
    note = str(review["note"])
    engine = make_engine(old_branch, None)
    with engine.begin() as connection:
        for username, name in STAFF_NAMES.items():
            connection.execute(
                text("UPDATE branch_officer SET name = :name WHERE username = :username"),
                {"name": name, "username": username},
            )
    engine.dispose()
    before = pg_dump(old_branch)
    for needle in [note, *STAFF_NAMES.values()]:
        assert needle.encode() in before

    recovery = tmp_path / "recovery.key"
    argv = ["--db", old_branch, "key", "adopt", "--recovery-key-out", str(recovery), "--json"]
    code, adopted = _cli(argv, capsys)
    assert code == 0, adopted
    assert (adopted["notes"], adopted["staff_names"]) == (1, len(STAFF_NAMES))
    dump = pg_dump(old_branch)
    for needle in [note, *STAFF_NAMES.values(), *NAMES, *NIKS]:
        assert needle.encode() not in dump, f"{needle!r} left in clear after adopting"

    capsys.readouterr()
    code = branch_main(["--db", old_branch, "--lang", "en", "key", "adopt",
                        "--recovery-key-out", str(recovery)])  # fmt: skip
    words = capsys.readouterr().out
    assert code == 0 and "nothing was changed" in words  # done whole the first time

    code, listed = _cli(["--db", old_branch, "officer", "list", "--json"], capsys)
    assert code == 0
    assert {o["username"]: o["name"] for o in listed["officers"]} == STAFF_NAMES
    master, _ = init_master_key(None)
    engine = open_branch(old_branch, master)
    try:
        with Session(engine) as session:
            detail = review_detail(session, str(review["record_id"]))
            assert detail["record"]["note"] == note
            [line] = [a for a in audit_log(session, limit=50) if a["action"] == "branch_adopted"]
            assert (line["detail"]["notes"], line["detail"]["staff_names"]) == (1, 2)
            assert verify_chain(session).valid
    finally:
        engine.dispose()


OLD_OFFICER = "Siti Nurhaliza Rahmawati (siti)"  # how a 0.1.0 tally names its officer


def _old_tally_names_officer(db_url: str) -> str:
    """The fixture's tally (0.1.0 layout: no `labels`, officers named in the figures) naming
    its officer by a full name, with its hash made over again: what a 0.1.0 laptop reported.
    The document's text as stored."""
    [row] = OLD["branch_laptop_tally"]
    document = json.loads(str(row["document"]))
    assert "labels" not in document and document["rows"][0]["officer"] == "Siti (siti)"
    document["rows"][0]["officer"] = OLD_OFFICER
    document["hash"] = figures_hash(document)
    stored = json.dumps(document, sort_keys=True, ensure_ascii=False)
    engine = make_engine(db_url, None)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE branch_laptop_tally SET document = :d, tally_hash = :h"),
            {"d": stored, "h": document["hash"]},
        )
    engine.dispose()
    return stored


def _old_tally_read(db_url: str, day: str) -> None:
    """The supervisor's readers show the officer's full name, and the hash still checks."""
    master, _ = init_master_key(None)
    engine = open_branch(db_url, master)
    try:
        with Session(engine) as session:
            [row] = session.exec(sqlmodel_select(LaptopTallyRow)).all()
            figures = row.figures()
            assert figures["rows"][0]["officer"] == OLD_OFFICER
            assert figures["hash"] == row.tally_hash == figures_hash(figures)
            assert TallyDocument.model_validate(figures).hash_is_consistent()
            [item] = reconciliation(session, date.fromisoformat(day))["items"]
            assert item["laptop_hash"] == row.tally_hash
            assert OLD_OFFICER in item["officers"]
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_tally_of_the_old_layout_is_sealed_whole_by_adopt_and_by_reseal(
    old_branch: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 0.1.0 tally names its officers "Full Name (user)" in its figures, which its hash covers:
    after `key adopt`, and after `reseal` of such a tally stored in clear, the full name is not
    in a dump, the supervisor's readers still show it, the hash still checks; a second run
    seals nothing."""
    [row] = OLD["branch_laptop_tally"]
    day = str(row["day"])
    stored = _old_tally_names_officer(old_branch)
    assert OLD_OFFICER.encode() in pg_dump(old_branch)

    recovery = tmp_path / "recovery.key"
    argv = ["--db", old_branch, "key", "adopt", "--recovery-key-out", str(recovery), "--json"]
    code, adopted = _cli(argv, capsys)
    assert code == 0, adopted
    assert adopted["laptop_tallies"] == 1
    assert b"Nurhaliza" not in pg_dump(old_branch), "a 0.1.0 tally's names in clear after adopt"
    _old_tally_read(old_branch, day)
    code, again = _cli(argv, capsys)
    assert code == 0 and again["laptop_tallies"] == 0

    # A tally stored in clear on a branch already adopted (as an adopt before this fix left it).
    engine = make_engine(old_branch, None)
    with engine.begin() as connection:
        connection.execute(text("UPDATE branch_laptop_tally SET document = :d"), {"d": stored})
    engine.dispose()
    assert b"Nurhaliza" in pg_dump(old_branch)
    _old_tally_read(old_branch, day)  # read in clear as well
    reseal = ["--db", old_branch, "reseal", "--json"]
    code, sealed = _cli(reseal, capsys)
    assert code == 0 and sealed["laptop_tallies"] == 1, sealed
    assert b"Nurhaliza" not in pg_dump(old_branch), "a 0.1.0 tally's names in clear after reseal"
    _old_tally_read(old_branch, day)
    code, sealed = _cli(reseal, capsys)
    assert code == 0 and sealed["laptop_tallies"] == 0, sealed
    _old_tally_read(old_branch, day)

    # A 0.1.0 laptop reporting such a tally again: stored sealed whole as it arrives.
    master, _ = init_master_key(None)
    engine = open_branch(old_branch, master)
    try:
        with Session(engine) as session:
            device = session.get(Device, row["device_id"])
            assert device is not None
            report = LaptopReport(
                device=device.code,
                generated_at=datetime.now(UTC),
                pending=0,
                tallies=[TallyDocument.model_validate_json(stored)],
            )
            assert receive_report(session, device=device, report=report).days == [
                date.fromisoformat(day)
            ]
            [kept] = session.exec(sqlmodel_select(LaptopTallyRow)).all()
            assert kept.document.startswith("sealed:")
    finally:
        engine.dispose()
    assert b"Nurhaliza" not in pg_dump(old_branch), "a 0.1.0 laptop's tally stored in clear"
    _old_tally_read(old_branch, day)
