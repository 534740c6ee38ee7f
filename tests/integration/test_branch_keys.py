"""The branch master key: made by `init`, found the same way by every command, refused clearly
when missing or wrong, rotated and backed up by commands; the private keys sealed with it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import ssl
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import Session

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.server import _tls_files, create_branch_app
from bpu_enroll.branch.store.db import make_engine, open_branch, sqlite_path
from bpu_enroll.branch.store.vault import find_master_key
from bpu_enroll.branch.workspace.staff import audit_log
from tests.integration.helpers import Branch, ServerThread, make_branch
from tests.integration.processes import ServeProcess
from tests.unit.file_helpers import flushes_seen, opened_size_says


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = branch_main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def _init(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, made = _run(
        ["--db", db_url, "init", "--branch-code", "JKT01", "--branch-name", "Salemba",
         "--recovery-key-out", str(tmp_path / "safe" / "recovery.key"), "--json"],
        capsys,
    )  # fmt: skip
    assert code == 0, made
    return made


def _status(
    db_url: str, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, dict[str, Any]]:
    return _run([*extra, "--db", db_url, "status", "--json"], capsys)


def test_init_makes_a_0600_key_file_and_every_command_needs_it(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key_file = tmp_path / "conf" / "master.key"
    monkeypatch.setenv("BPU_BRANCH_KEY_FILE", str(key_file))
    made = _init(db_url, tmp_path, capsys)
    assert made["key_file"] == str(key_file) and made["key_file_created"] is True
    assert key_file.stat().st_mode & 0o777 == 0o600
    db_file = sqlite_path(db_url)
    if db_file is not None:  # the database and its envelope are private too
        assert db_file.stat().st_mode & 0o777 == 0o600
        assert Path(f"{db_file}.keys").stat().st_mode & 0o777 == 0o600
    assert _status(db_url, capsys)[0] == 0

    # `--key-file` finds the same key; a missing one and a wrong one are refused with codes.
    moved = tmp_path / "usb" / "master.key"
    moved.parent.mkdir()
    shutil.move(key_file, moved)
    code, refused = _status(db_url, capsys)
    assert (code, refused["error"]["code"]) == (1, "MASTER_KEY_MISSING")
    assert _status(db_url, capsys, "--key-file", str(moved))[0] == 0
    other = tmp_path / "other.key"
    monkeypatch.setenv("BPU_BRANCH_KEY_FILE", str(other))
    assert _run(["--db", "sqlite:///" + str(tmp_path / "x.db"), "init", "--branch-code", "X",
                 "--branch-name", "X", "--recovery-key-out", str(tmp_path / "r2.key"), "--json"],
                capsys)[0] == 0  # fmt: skip
    code, refused = _status(db_url, capsys)
    assert (code, refused["error"]["code"]) == (1, "MASTER_KEY_WRONG")


def test_files_brought_back_readable_by_others_are_made_private_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A branch moved to a new server on a USB stick (FAT keeps no modes: files come back 0644
    or 0755) or restored by a tool that does not keep them: the next command puts the master
    key, the database, its WAL and its key envelope back to 0600, so other users of the server
    cannot read the key that opens everything."""
    key_file = tmp_path / "conf" / "master.key"
    monkeypatch.setenv("BPU_BRANCH_KEY_FILE", str(key_file))
    db_url = f"sqlite:///{tmp_path / 'branch.db'}"
    _init(db_url, tmp_path, capsys)
    db_file = sqlite_path(db_url)
    assert db_file is not None
    assert _status(db_url, capsys)[0] == 0
    files = [key_file, db_file, Path(f"{db_file}.keys")]
    files += [p for p in (Path(f"{db_file}-wal"), Path(f"{db_file}-shm")) if p.exists()]
    for path in files:
        path.chmod(0o644)
    assert _status(db_url, capsys)[0] == 0
    assert {str(p): oct(p.stat().st_mode & 0o777) for p in files} == {
        str(p): oct(0o600) for p in files
    }


def test_no_private_key_is_kept_in_clear(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _init(db_url, tmp_path, capsys)
    engine = make_engine(db_url, None) if sqlite_path(db_url) is None else None
    if engine is None:  # SQLite: without the key the file is not even a database
        raw = sqlite_path(db_url)
        assert raw is not None and not raw.read_bytes().startswith(b"SQLite format 3")
        return
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT signing_key, encryption_key, tls_key_pem, sealed_secrets FROM branch_info")
        ).one()
    engine.dispose()
    assert row[:3] == ("", "", "")
    assert "PRIVATE KEY" not in row[3] and len(row[3]) > 100


def test_a_passphrase_works_like_a_key_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_url = f"sqlite:///{tmp_path / 'branch.db'}"
    monkeypatch.delenv("BPU_BRANCH_KEY_FILE")
    monkeypatch.setenv("BPU_BRANCH_PASSPHRASE", "kuda laut makan nasi uduk")
    made = _init(db_url, tmp_path, capsys)
    assert (made["master_key"], made["key_file"]) == ("passphrase", None)
    assert _status(db_url, capsys)[0] == 0
    monkeypatch.setenv("BPU_BRANCH_PASSPHRASE", "kuda laut makan nasi kuning")
    code, refused = _status(db_url, capsys)
    assert (code, refused["error"]["code"]) == (1, "MASTER_KEY_WRONG")


def test_rotate_and_backup(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key_file = tmp_path / "master.key"
    monkeypatch.setenv("BPU_BRANCH_KEY_FILE", str(key_file))
    _init(db_url, tmp_path, capsys)
    old_copy = tmp_path / "old.key"
    shutil.copy(key_file, old_copy)

    code, rotated = _run(["--db", db_url, "key", "rotate", "--json"], capsys)
    assert (code, rotated) == (0, {"master_key": "file", "key_file": str(key_file)})
    assert key_file.read_bytes() != old_copy.read_bytes()
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert _status(db_url, capsys)[0] == 0
    code, refused = _status(db_url, capsys, "--key-file", str(old_copy))
    assert (code, refused["error"]["code"]) == (1, "MASTER_KEY_WRONG")

    backup = tmp_path / "safe" / "branch-key.backup"
    code, done = _run(["--db", db_url, "key", "backup", "--out", str(backup), "--json"], capsys)
    assert (code, done["master_key_included"]) == (0, True)
    assert backup.stat().st_mode & 0o777 == 0o600
    # The server's disk dies: key file (and, on SQLite, the envelope) gone; the backup restores.
    key_file.unlink()
    db_file = sqlite_path(db_url)
    if db_file is not None:
        Path(f"{db_file}.keys").unlink()
        code, refused = _status(db_url, capsys)
        assert refused["error"]["code"] in ("MASTER_KEY_MISSING", "KEY_ENVELOPE_MISSING")
    code, _ = _run(["--db", db_url, "key", "restore", "--from", str(backup), "--json"], capsys)
    assert code == 0
    assert _status(db_url, capsys)[0] == 0
    # Each key command left a line in the audit chain, which still verifies.
    engine = open_branch(db_url, find_master_key(None))
    try:
        with Session(engine) as db:
            lines = [(line["action"], line["detail"]) for line in audit_log(db)]
    finally:
        engine.dispose()
    assert [line for line in lines if line[0].startswith("master_key")] == [
        ("master_key_restored", {"key_file_written": True}),
        ("master_key_backup", {"master_key_included": True}),
        ("master_key_rotated", {"master_key": "file"}),
    ]
    code, verified = _run(["--db", db_url, "audit-verify", "--json"], capsys)
    assert (code, verified["valid"]) == (0, True)


def test_a_rotated_key_file_is_flushed_with_its_folder_after_the_rename(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The store is rewrapped with the new key before the new key file takes the old one's name;
    a power cut after `rotate` must not bring the old file back, so the folder is flushed after
    the rename."""
    key_file = tmp_path / "master.key"
    monkeypatch.setenv("BPU_BRANCH_KEY_FILE", str(key_file))
    _init(db_url, tmp_path, capsys)
    seen = flushes_seen(monkeypatch)
    real_replace = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        if Path(target) == key_file:
            seen.append("rename")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    code, rotated = _run(["--db", db_url, "key", "rotate", "--json"], capsys)
    assert (code, rotated["key_file"]) == (0, str(key_file))
    assert seen.count("rename") == 1
    assert "folder" in seen[seen.index("rename") :], seen


def test_tls_key_reaches_uvicorn_only_encrypted(branch: Branch, tmp_path: Path) -> None:
    """`serve --tls` hands uvicorn the key encrypted under a password kept in memory."""
    with Session(branch.engine) as db:
        cert_pem = branch_info(db).tls_cert_pem
        key_pem = branch_secrets(db).tls_key_pem
    options = _tls_files(tmp_path, cert_pem, key_pem)
    written = Path(options["ssl_keyfile"]).read_text()
    assert "ENCRYPTED PRIVATE KEY" in written and key_pem.splitlines()[1] not in written
    assert Path(options["ssl_keyfile"]).stat().st_mode & 0o777 == 0o600
    running = ServerThread(create_branch_app(branch.engine), ssl=options).start()
    try:
        context = ssl.create_default_context(cadata=cert_pem)
        context.check_hostname = False
        answer = httpx.get(f"{running.url}/api/v1/health", verify=context, timeout=10)
        assert answer.json()["branch_code"] == "JKT01"
    finally:
        running.stop()


def test_a_branch_database_made_before_encryption_is_refused_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "branch.db"
    with sqlite3.connect(old) as connection:
        connection.execute("CREATE TABLE branch_info (id INTEGER PRIMARY KEY)")
    code, refused = _status(f"sqlite:///{old}", capsys)
    assert (code, refused["error"]["code"]) == (1, "BRANCH_DB_PLAIN")


@pytest.mark.slow
def test_serve_tls_leaves_no_key_on_disk(tmp_path: Path) -> None:
    """While `serve --tls` answers, and after it is killed, no key folder is left in TMPDIR."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    serve = ServeProcess(
        url, tmp_path / "serve.log", tls=True, env={**os.environ, "TMPDIR": str(scratch)}
    )
    try:
        serve.start()  # waits until `/health` answers over TLS
        answer = httpx.get(f"{serve.url}/api/v1/health", verify=False, timeout=10)
        assert answer.json()["branch_code"] == "JKT01"
        assert list(scratch.iterdir()) == []
    finally:
        if serve.process is not None:
            serve.kill()
        serve.stop()  # closes its log
    assert list(scratch.iterdir()) == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_from_a_file_that_is_not_there_is_file_not_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """`key restore --from` a backup file that is not there (a typo, the stick not mounted) is
    FILE_NOT_FOUND naming it, as every other command says a missing file: it was
    MASTER_KEY_WRONG, as if the backup held the wrong key."""
    from bpu_enroll.domain.errors import message

    db_url = f"sqlite:///{tmp_path / 'branch.db'}"
    missing = tmp_path / "safe" / "master-key.backup"
    argv = ["--db", db_url, "--lang", lang, "key", "restore", "--from", str(missing), "--json"]
    assert branch_main(argv) == 1
    out, err = capsys.readouterr()
    said = message("FILE_NOT_FOUND", lang, path=str(missing))
    assert json.loads(out) == {"error": {"code": "FILE_NOT_FOUND", "message": said}}
    assert err == f"FILE_NOT_FOUND: {said}\n"
    assert not (tmp_path / "branch.db").exists()


def test_restore_refuses_a_file_too_large_to_be_a_backup_before_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`key restore --from` a file past the backup limit (a disk image picked by mistake) is
    refused with FILE_TOO_LARGE from the opened file's size, naming the file: it was read whole
    and then called MASTER_KEY_WRONG, as if the key were wrong. The read stops one byte past
    the limit, so a file that grows after its size was looked at cannot pass either."""
    from bpu_enroll.branch.admin import keys_cli
    from bpu_enroll.domain.errors import message

    db_url = f"sqlite:///{tmp_path / 'branch.db'}"
    huge = tmp_path / "disk.img"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(keys_cli.MAX_BACKUP_FILE + 1)
    argv = ["--db", db_url, "--lang", "en", "key", "restore", "--from", str(huge), "--json"]
    code, refused = _run(argv, capsys)
    assert (code, refused["error"]["code"]) == (1, "FILE_TOO_LARGE")
    assert refused["error"]["message"] == f"{message('FILE_TOO_LARGE', 'en')} ({huge})"

    monkeypatch.setattr(keys_cli, "MAX_BACKUP_FILE", 4096)
    grown = tmp_path / "grown.backup"
    grown.write_text(json.dumps({"envelope": {}, "pad": "x" * 4096}))
    opened_size_says(monkeypatch, grown, 2)
    argv[argv.index(str(huge))] = str(grown)
    code, refused = _run(argv, capsys)
    assert (code, refused["error"]["code"]) == (1, "FILE_TOO_LARGE")
