"""The branch audit log is a hash chain: correct under concurrent writers on both engines,
checked by `bpu-branch audit-verify` and at the server's start, and an edited row is found."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import text
from sqlmodel import Session

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.server import check_audit_chain
from bpu_enroll.branch.store.audit_chain import verify_chain
from bpu_enroll.branch.workspace.staff import audit
from tests.integration.helpers import Branch

WRITERS = 6
LINES_EACH = 15


def _write_lines(branch: Branch, writer: int) -> None:
    for line in range(LINES_EACH):
        with Session(branch.engine) as db:
            audit(db, actor=f"w{writer}", action="review", subject=str(line), detail={"n": line})
            db.commit()


def _verify_cli(branch: Branch, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict, str]:
    code = branch_main(["--db", branch.db_url, "audit-verify", "--json"])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_concurrent_writers_keep_one_chain(branch: Branch) -> None:
    threads = [threading.Thread(target=_write_lines, args=(branch, n)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    with Session(branch.engine) as db:
        report = verify_chain(db)
        heads = db.execute(
            text(
                "SELECT prev_hash, count(*) FROM branch_audit"
                " GROUP BY prev_hash HAVING count(*) > 1"
            )
        ).all()
    assert heads == []  # no two lines chained onto the same predecessor
    assert (report.valid, report.entries) == (True, WRITERS * LINES_EACH)


def test_an_edited_row_is_found_by_the_command_and_at_start(
    branch: Branch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_lines(branch, 1)
    code, document, _ = _verify_cli(branch, capsys)
    assert (code, document) == (0, {"valid": True, "entries": LINES_EACH, "first_bad": None})

    with Session(branch.engine) as db:
        victim = db.execute(
            text("SELECT id FROM branch_audit ORDER BY id LIMIT 1 OFFSET 4")
        ).scalar_one()
        db.execute(
            text("UPDATE branch_audit SET detail = '{\"n\": 99}' WHERE id = :i"), {"i": victim}
        )
        db.commit()
    code, document, err = _verify_cli(branch, capsys)
    assert code == 1
    assert document == {"valid": False, "entries": LINES_EACH, "first_bad": victim}
    assert err.startswith("AUDIT_BROKEN: ")

    assert check_audit_chain(branch.engine) is False  # said, recorded, and the server goes on
    assert f"mulai entri {victim}:" in capsys.readouterr().err
    with Session(branch.engine) as db:
        recorded = (
            db.execute(text("SELECT subject FROM branch_audit WHERE action = 'audit_broken'"))
            .scalars()
            .all()
        )
    assert recorded == [str(victim)]


def test_a_removed_row_is_found(branch: Branch, capsys: pytest.CaptureFixture[str]) -> None:
    _write_lines(branch, 2)
    with Session(branch.engine) as db:
        victim = db.execute(
            text("SELECT id FROM branch_audit ORDER BY id LIMIT 1 OFFSET 3")
        ).scalar_one()
        db.execute(text("DELETE FROM branch_audit WHERE id = :i"), {"i": victim})
        db.commit()
    code, document, _ = _verify_cli(branch, capsys)
    assert code == 1 and document["first_bad"] > victim and document["entries"] == LINES_EACH - 1


def test_lines_written_before_the_chain_existed_are_chained_by_the_migration(db_url: str) -> None:
    from alembic import command

    from bpu_enroll.branch.store.db import _alembic_config, make_engine, migrate
    from bpu_enroll.branch.store.vault import new_data_key

    engine = make_engine(db_url, new_data_key())
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    with engine.begin() as connection:
        for n in range(3):
            connection.execute(
                text(
                    "INSERT INTO branch_audit (at, actor, action, subject, detail)"
                    " VALUES (:at, 'lama', 'login', 'lama', '{}')"
                ),
                {"at": f"2026-11-0{n + 1} 08:00:00.000000"},
            )
    migrate(engine)
    with Session(engine) as db:
        assert verify_chain(db).to_dict() == {"valid": True, "entries": 3, "first_bad": None}
    engine.dispose()
