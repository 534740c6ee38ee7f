"""The branch audit log is a hash chain: correct under concurrent writers on both engines,
checked by `bpu-branch audit-verify` and at the server's start, and an edited row is found."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.server import check_audit_chain
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.audit_chain import verify_chain
from bpu_enroll.branch.workspace.staff import audit
from tests.integration.helpers import Branch, audit_lines

WRITERS = 6
LINES_EACH = 15


def _write_lines(branch: Branch, writer: int) -> None:
    for line in range(LINES_EACH):
        with Session(branch.engine) as db:
            audit(db, actor=f"w{writer}", action="review", subject=str(line), detail={"n": line})
            db.commit()


def _verify_cli(
    branch: Branch, capsys: pytest.CaptureFixture[str], *lang: str
) -> tuple[int, dict, str]:
    code = branch_main(["--db", branch.db_url, "audit-verify", "--json", *lang])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def _entries(branch: Branch) -> int:
    """Lines already in the chain (a new branch has its set-up: init, the first officer)."""
    with Session(branch.engine) as db:
        return verify_chain(db).entries


def test_concurrent_writers_keep_one_chain(branch: Branch) -> None:
    before = _entries(branch)
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
    assert (report.valid, report.entries) == (True, before + WRITERS * LINES_EACH)


def test_an_edited_row_is_found_by_the_command_and_at_start(
    branch: Branch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _entries(branch)
    _write_lines(branch, 1)
    code, document, _ = _verify_cli(branch, capsys)
    entries = before + LINES_EACH
    assert (code, document) == (0, {"valid": True, "entries": entries, "first_bad": None})

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
    assert document == {"valid": False, "entries": entries, "first_bad": victim}
    assert err.startswith(f"AUDIT_BROKEN: Rantai catatan audit rusak mulai entri {victim}:")
    _, _, err = _verify_cli(branch, capsys, "--lang", "en")  # it was Indonesian whatever --lang
    assert err.startswith(f"AUDIT_BROKEN: The audit chain is broken from entry {victim}:")

    assert check_audit_chain(branch.engine) is False  # said, recorded, and the server goes on
    assert f"mulai entri {victim}:" in capsys.readouterr().err
    assert check_audit_chain(branch.engine, "en") is False  # `serve --lang en`
    assert f"broken from entry {victim}:" in capsys.readouterr().err
    with Session(branch.engine) as db:
        recorded = (
            db.execute(text("SELECT subject FROM branch_audit WHERE action = 'audit_broken'"))
            .scalars()
            .all()
        )
    assert recorded == [str(victim)] * 2


def test_a_removed_row_is_found(branch: Branch, capsys: pytest.CaptureFixture[str]) -> None:
    before = _entries(branch)
    _write_lines(branch, 2)
    with Session(branch.engine) as db:
        victim = db.execute(
            text("SELECT id FROM branch_audit ORDER BY id LIMIT 1 OFFSET 3")
        ).scalar_one()
        db.execute(text("DELETE FROM branch_audit WHERE id = :i"), {"i": victim})
        db.commit()
    code, document, _ = _verify_cli(branch, capsys)
    assert code == 1 and document["first_bad"] > victim
    assert document["entries"] == before + LINES_EACH - 1


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


def test_administration_is_audited_without_secrets(
    branch: Branch,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Each administrative command leaves one chained line naming who ran it (the system user),
    and neither a password nor an enrolment code is in the log."""
    monkeypatch.setenv("USER", "kepala")
    monkeypatch.setenv("BPU_BRANCH_PASSWORD", "sandi-rahasia-123")
    db = ["--db", branch.db_url]
    commands = [
        [*db, "officer", "add", "rina", "--name", "Rina", "--role", "clerk", "--json"],
        [*db, "officer", "revoke", "rina", "--json"],
        [*db, "device", "code", "--json"],
        [*db, "settings", "set", "retention-days", "45", "--json"],
    ]
    outputs = []
    for argv in commands:
        capsys.readouterr()
        assert branch_main(argv) == 0, argv
        outputs.append(capsys.readouterr().out)
    code = json.loads(outputs[2])["code"]
    with Session(branch.engine) as db_session:
        rows = db_session.execute(
            text("SELECT actor, action, subject, detail FROM branch_audit ORDER BY id")
        ).all()
        assert verify_chain(db_session).valid
    mine = [(a, act, s) for a, act, s, _ in rows if a == "cli:kepala"]
    assert [act for _, act, _ in mine] == [
        "officer_added",
        "officer_revoked",
        "enrol_code_issued",
        "setting_changed",
    ]
    assert ("cli", "branch_initialised", "JKT01") in [(a, act, s) for a, act, s, _ in rows]
    text_of_log = json.dumps([list(r) for r in rows])
    assert "sandi-rahasia-123" not in text_of_log
    assert code not in text_of_log and code.replace("-", "") not in text_of_log
    [setting] = [json.loads(d) for _, act, _, d in rows if act == "setting_changed"]
    assert setting == {"before": None, "value": "45"}


def test_an_actor_action_or_subject_too_long_is_cut_visibly_and_said_whole(
    branch: Branch,
) -> None:
    """The actor (64 characters) and action (32) were cut at their column's width without a
    sign, the whole value lost: they are cut with an ellipsis now, as the subject is, and the
    detail says each whole (`actor`, `action`, `key`), which the chain's hash covers. A value
    that fits is left as it is and adds nothing to the detail; a detail's own `key` stays."""
    actor, action, subject = "cli:" + "a" * 80, "setting_" + "b" * 40, "s" * 70
    with Session(branch.engine) as db:
        audit_chain.append(db, actor=actor, action=action, subject=subject, detail={"n": 1})
        audit_chain.append(db, actor=actor[:64], action="review", subject="x", detail={"n": 2})
        audit_chain.append(db, actor="bpu-branch", action="review", subject=subject,
                           detail={"key": "its own"})  # fmt: skip
        db.commit()
        assert verify_chain(db).valid
    lines = {line["detail"].get("n", 3): line for line in audit_lines(branch)[-3:]}
    long = lines[1]
    assert (long["actor"], long["action"], long["subject"]) == (
        actor[:63] + "…",
        action[:31] + "…",
        subject[:63] + "…",
    )
    assert long["detail"] == {"n": 1, "actor": actor, "action": action, "key": subject}
    assert lines[2]["actor"] == actor[:64] and lines[2]["detail"] == {"n": 2}
    assert lines[3]["subject"] == subject[:63] + "…" and lines[3]["detail"] == {"key": "its own"}
