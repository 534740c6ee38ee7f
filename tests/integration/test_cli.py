"""The `bpu-branch` administration commands and the laptop's `enroll`/`sync` commands."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.store import db as db_module
from bpu_enroll.branch.store.laptop_reports import LaptopReportRow
from bpu_enroll.branch.store.models import Device
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.domain.errors import message
from bpu_enroll.store.keyring import load_keyring
from bpu_enroll.sync.protocol import RECEIPT
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    make_branch,
)
from tests.integration.pg import free_port
from tests.integration.processes import ServeProcess


def _json(
    main: Callable[[list[str]], int], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, Any]:
    capsys.readouterr()
    code = main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_branch_admin_commands(
    db_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    db = ["--db", db_url]
    init = [*db, "init", "--branch-code", "jkt01", "--branch-name", "Jakarta Salemba"]
    safe = tmp_path / "safe" / "recovery.key"
    code, made = _json(
        branch_main, [*init, "--province", "31", "--recovery-key-out", str(safe), "--json"], capsys
    )
    assert code == 0
    assert made["branch_code"] == "JKT01"
    assert made["recovery_key_file"] == str(safe)
    assert safe.stat().st_mode & 0o777 == 0o600
    assert made["fingerprint"].startswith("sha256:") and len(made["fingerprint"]) == 71
    code, again = _json(branch_main, [*db, "init", "--branch-code", "X", "--branch-name", "Y",
                                      "--json"], capsys)  # fmt: skip
    assert (code, again["error"]["code"]) == (1, "ALREADY_INITIALISED")

    monkeypatch.setenv("BPU_BRANCH_PASSWORD", "kata-sandi")
    code, added = _json(branch_main, [*db, "officer", "add", "siti", "--name", "Siti Aminah",
                                      "--role", "clerk", "--json"], capsys)  # fmt: skip
    assert (code, added) == (0, {"username": "siti", "name": "Siti Aminah", "role": "clerk",
                                 "active": True})  # fmt: skip
    code, _ = _json(branch_main, [*db, "officer", "revoke", "siti", "--json"], capsys)
    code, listed = _json(branch_main, [*db, "officer", "list", "--json"], capsys)
    assert listed["officers"][0]["active"] is False
    assert "kata-sandi" not in json.dumps(listed)

    code, issued = _json(branch_main, [*db, "device", "code", "--json"], capsys)
    assert code == 0
    assert set(issued) == {
        "code", "expires_at", "fingerprint", "pinned_code", "addresses", "loopback_only",
        "port_assumed",
    }  # fmt: skip
    # Made without --tls-host: the certificate names this machine only, no use to a laptop.
    assert (issued["loopback_only"], issued["port_assumed"]) == (True, 8750)
    assert issued["fingerprint"] == made["fingerprint"]
    assert issued["pinned_code"] == f"{issued['code']}@{made['fingerprint']}"
    # In words: the expiry in the branch's zone to the minute, the `--code` value to copy.
    assert branch_main([*db, "device", "code"]) == 0
    printed = capsys.readouterr().out
    assert re.search(r"Berlaku sampai: \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB\n", printed), printed
    pinned = re.search(r"--code (\S+)", printed)
    assert pinned is not None and pinned[1].endswith("@" + made["fingerprint"])
    assert "T" not in printed.split("Berlaku sampai:")[1].split("\n")[0]
    code, devices = _json(branch_main, [*db, "device", "list", "--json"], capsys)
    assert devices == {"devices": []}
    code, missing = _json(branch_main, [*db, "device", "revoke", "D0042", "--json"], capsys)
    assert (code, missing["error"]["code"]) == (1, "NOT_FOUND")

    code, status = _json(branch_main, [*db, "status", "--json"], capsys)
    assert code == 0
    assert status["registrations"] == {"accepted": 0, "duplicate": 0, "rejected": 0,
                                       "conflict": 0, "pending_review": 0, "voided": 0}  # fmt: skip
    assert (status["batches"], status["devices"]) == (0, 0)


def test_officer_add_takes_a_user_name_in_ascii_letters_digits_and_dots_only(
    branch: Branch, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`siti` with a Cyrillic `і`, or `sіtі` with an accent, was a second account reading as
    `siti`'s on receipts, tallies and audit lines: refused now, in both languages. A user name
    typed full-width (`ｓｉｔｉ`) is NFKC-normalised first: it is `siti`, already active; the
    Kelvin sign in `\u212aiki` makes `Kiki`. An account added before the rule is untouched."""
    monkeypatch.setenv("BPU_BRANCH_PASSWORD", "kata-sandi")
    db = ["--db", branch.db_url]
    refused = {
        "s\u0456ti": "Perintah salah: nama pengguna terdiri dari 1 sampai 64 huruf a-z atau A-Z",
        "s\u00edti": "Perintah salah: nama pengguna terdiri dari 1 sampai 64 huruf a-z atau A-Z",
        "\u0430dmin": "Perintah salah: nama pengguna terdiri dari 1 sampai 64 huruf a-z atau A-Z",
        "siti\u0661": "Perintah salah: nama pengguna terdiri dari 1 sampai 64 huruf a-z atau A-Z",
    }  # a Cyrillic i, an accented i, a Cyrillic a, an Arabic-Indic digit one
    for username, said in refused.items():
        code, answer = _json(branch_main, [*db, "officer", "add", username, "--name", "Siti",
                                           "--role", "clerk", "--json"], capsys)  # fmt: skip
        assert (code, answer["error"]["code"]) == (2, "USAGE"), username
        assert answer["error"]["message"].startswith(said), answer
    code = branch_main([*db, "--lang", "en", "officer", "add", "\u0430dmin", "--name", "A",
                        "--role", "clerk"])  # fmt: skip
    assert code == 2
    assert "a user name is 1 to 64 letters a-z or A-Z" in capsys.readouterr().err
    code, taken = _json(branch_main, [*db, "officer", "add", "\uff53\uff49\uff54\uff49",
                                      "--name", "Siti", "--role", "officer", "--json"],
                        capsys)  # fmt: skip
    assert (code, taken["error"]["code"]) == (1, "OFFICER_EXISTS")
    code, added = _json(branch_main, [*db, "officer", "add", "\u212aiki", "--name", "Kiki",
                                      "--role", "clerk", "--json"], capsys)  # fmt: skip
    assert (code, added["username"]) == (0, "Kiki")
    code, listed = _json(branch_main, [*db, "officer", "list", "--json"], capsys)
    assert sorted(o["username"] for o in listed["officers"]) == ["Kiki", OFFICER]


def test_officer_add_says_what_is_wrong_with_the_account_before_asking_its_password(
    branch: Branch, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The password was asked (twice, on a terminal) before the user name, the name or the role
    was looked at: a mistyped user name was said only after both prompts. Without a password at
    hand (no terminal, no BPU_BRANCH_PASSWORD) the account's own refusal is said, not the
    missing password. `Siti` beside the active `siti` read as one officer on every receipt and
    was added: refused `OFFICER_EXISTS`, naming the account it reads as, revoked or not."""
    monkeypatch.delenv("BPU_BRANCH_PASSWORD", raising=False)
    db = ["--db", branch.db_url, "--lang", "en"]
    add = [*db, "officer", "add"]
    cases = [
        ([*add, "s\u0456ti", "--name", "Siti", "--role", "clerk"], 2, "USAGE",
         "a user name is 1 to 64 letters"),
        ([*add, "dewi", "--name", " ", "--role", "clerk"], 2, "USAGE",
         "name is 1 to 100 characters"),
        ([*add, OFFICER.capitalize(), "--name", "Siti", "--role", "clerk"], 1, "OFFICER_EXISTS",
         f"already exists. ({OFFICER})"),
    ]  # fmt: skip
    for argv, exit_code, code, said in cases:
        answered, document = _json(branch_main, [*argv, "--json"], capsys)
        assert (answered, document["error"]["code"]) == (exit_code, code), argv
        assert said in document["error"]["message"] and "BPU_BRANCH_PASSWORD" not in str(document)
    # A good account still needs its password: then, and only then, the password is asked for.
    answered, document = _json(
        branch_main, [*add, "dewi", "--name", "Dewi", "--role", "clerk", "--json"], capsys
    )
    assert (answered, document["error"]["code"]) == (2, "USAGE")
    assert "BPU_BRANCH_PASSWORD" in document["error"]["message"]
    # A revoked account's name is not given to its case twin either; the account itself comes
    # back under its own name.
    monkeypatch.setenv("BPU_BRANCH_PASSWORD", "kata-sandi")
    assert branch_main([*db, "officer", "revoke", OFFICER]) == 0
    answered, document = _json(
        branch_main, [*add, OFFICER.upper(), "--name", "S", "--role", "clerk", "--json"], capsys
    )
    assert (answered, document["error"]["code"]) == (1, "OFFICER_EXISTS")
    answered, document = _json(
        branch_main, [*add, OFFICER, "--name", "Siti", "--role", "officer", "--json"], capsys
    )
    assert (answered, document["username"]) == (0, OFFICER)
    _, listed = _json(branch_main, [*db, "officer", "list", "--json"], capsys)
    assert [o["username"] for o in listed["officers"]] == [OFFICER]


def test_device_code_gives_the_certificates_addresses_at_the_default_port(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`device code` names the addresses the branch's certificate was made for (as the
    workspace's enrolment code does), loopback left out, at `serve`'s default port, and says
    that port is assumed: a running server's `--port` is not kept anywhere it could read."""
    db = ["--db", db_url]
    assert branch_main([*db, "init", "--branch-code", "JKT01", "--branch-name", "Jakarta",
                        "--tls-host", "10.20.0.11", "--tls-host", "bpu-jkt01.lan",
                        "--recovery-key-out", str(tmp_path / "r.key"), "--json"]) == 0  # fmt: skip
    code, issued = _json(branch_main, [*db, "device", "code", "--json"], capsys)
    assert code == 0
    urls = ["https://10.20.0.11:8750", "https://bpu-jkt01.lan:8750"]
    assert (issued["addresses"], issued["loopback_only"], issued["port_assumed"]) == (
        urls, False, 8750,
    )  # fmt: skip
    assert branch_main([*db, "device", "code", "--lang", "en"]) == 0
    words = capsys.readouterr().out
    assert "Branch addresses for the officer's app (any one of them), from the branch's " in words
    assert "if serve was started with another --port, use that port):\n" + "\n".join(urls) in words
    assert "localhost" not in words and "127.0.0.1" not in words
    assert re.search(r"--server https://10\.20\.0\.11:8750 --code \S+@sha256:", words), words
    assert branch_main([*db, "device", "code"]) == 0
    words = capsys.readouterr().out
    assert "Alamat cabang untuk aplikasi petugas (salah satu)" in words
    assert "\n".join(urls) in words and "--server https://10.20.0.11:8750 --code" in words


def test_branch_commands_say_what_went_wrong_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file, an unreachable database, a URL that is not one, a port out of range:
    each a stable code on stderr (and in `--json` on stdout), exit 1 or 2, never a trace."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    nowhere = f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/x"
    cases = [
        (["--db", url, "import", str(tmp_path / "no-such.bpub"), "--json"], 1, "FILE_NOT_FOUND"),
        (["--db", nowhere, "status", "--json"], 1, "DB_UNREACHABLE"),
        (["--db", "bogus://x", "status", "--json"], 2, "USAGE"),
    ]
    for argv, exit_code, error in cases:
        code, answer = _json(branch_main, argv, capsys)
        assert (code, answer["error"]["code"]) == (exit_code, error), argv
    assert branch_main(["--db", url, "serve", "--port", "99999"]) == 2
    said = capsys.readouterr().err
    assert "bukan nomor port (1-65535): 99999" in said and "Traceback" not in said
    assert branch_main(["--db", url, "serve", "--port", "99999", "--lang", "en"]) == 2
    assert "not a port (1-65535): 99999" in capsys.readouterr().err


def test_branch_refusals_follow_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """stderr and the `--json` message say the same words: the catalogue's, in `--lang`
    (before or after the sub-command; Indonesian by default), with the device code kept."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"not a batch")
    cases = [
        (["import", str(garbage)], 1, "BATCH_FILE_INVALID",
         message("BATCH_FILE_INVALID", "id")),
        (["device", "revoke", "D9999"], 1, "NOT_FOUND", "Data tidak ditemukan. (D9999)"),
        (["device", "revoke", "D9999", "--lang", "en"], 1, "NOT_FOUND", "Not found. (D9999)"),
        (["--lang", "en", "device", "revoke", "D9999"], 1, "NOT_FOUND", "Not found. (D9999)"),
        (["tally", "--date", "2026-1-1"], 2, "USAGE",
         "Perintah salah: --date harus berbentuk TTTT-BB-HH"),
        (["device", "code", "--ttl-minutes", "0"], 2, "USAGE",
         "Perintah salah: --ttl-minutes harus antara 1 dan 10080"),
        # Raised with English words and no catalogue entry, it was said in English.
        (["settings", "set", "retention-days", "0"], 1, "SETTING_INVALID",
         message("SETTING_INVALID", "id")),
        # A version is audited whole: no part of sixteen digits, no NIK split by dots.
        (["settings", "set", "min-app-version", "3201010108900078"], 1, "SETTING_INVALID",
         message("SETTING_INVALID", "id")),
        (["settings", "set", "min-app-version", "3201.0101.0890.0078"], 1, "SETTING_INVALID",
         message("SETTING_INVALID", "id")),
    ]  # fmt: skip
    for argv, exit_code, error, said in cases:
        capsys.readouterr()
        code = branch_main(["--db", url, *argv, "--json"])
        out, err = capsys.readouterr()
        assert (code, json.loads(out)) == (exit_code, {"error": {"code": error, "message": said}})
        assert err == f"{error}: {said}\n", argv


def test_a_nik_typed_for_a_name_is_not_said_back_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refusal names what it was about as typed (`NOT_FOUND … (D9999)`); a worker's NIK typed
    for a user name or a device code was said back whole, on stderr and in the JSON. It is
    masked, as the audit log masks a NIK typed as a sign-in name."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    nik = "3201011508900001"
    for argv in (["officer", "revoke", nik], ["device", "revoke", "3201 0115 0890 0001"]):
        for lang in ("id", "en"):
            capsys.readouterr()
            assert branch_main(["--db", url, *argv, "--json", "--lang", lang]) == 1
            out, err = capsys.readouterr()
            said = f"{message('NOT_FOUND', lang)} (3201********0001)"
            assert json.loads(out) == {"error": {"code": "NOT_FOUND", "message": said}}
            assert err == f"NOT_FOUND: {said}\n"


def test_a_store_another_writer_holds_is_said_busy_not_out_of_reach(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command that must write while another holds the branch's SQLite store past the wait
    (a long import, a backup) is `BUSY`, "try again in a moment", in the language asked: it
    was `DB_UNREACHABLE`, telling the administrator to check --db and whether PostgreSQL is
    running. Nothing is written, and it writes once the store is free."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    branch = make_branch(url)
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 300)  # not a minute's wait here
    argv = ["--db", url, "settings", "set", "retention-days", "7", "--json"]
    with branch.engine.connect() as holder:
        holder.exec_driver_sql("UPDATE branch_setting SET value = value")  # BEGIN IMMEDIATE
        for lang in ("id", "en"):
            capsys.readouterr()
            assert branch_main([*argv, "--lang", lang]) == 1
            said = message("BUSY", lang)
            assert json.loads(capsys.readouterr().out) == {
                "error": {"code": "BUSY", "message": said}
            }
        holder.rollback()
    assert (
        _json(branch_main, ["--db", url, "settings", "show", "--json"], capsys)[1]["retention-days"]
        == "30"
    )
    assert branch_main(argv) == 0
    branch.engine.dispose()


def test_the_database_and_key_file_may_follow_the_sub_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """DESIGN.md §8 writes `bpu-branch serve [--db URL]`: `--db` and `--key-file` after the
    sub-command, as `--lang`, mean what they mean before it (they were refused as unknown)."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    key_file = os.environ["BPU_BRANCH_KEY_FILE"]
    monkeypatch.delenv("BPU_BRANCH_KEY_FILE")
    monkeypatch.delenv("BPU_BRANCH_DB", raising=False)
    code, status = _json(
        branch_main, ["status", "--db", url, "--key-file", key_file, "--json"], capsys
    )
    assert (code, status["devices"]) == (0, 0)
    code, shown = _json(branch_main, ["settings", "show", "--json", "--db", url,
                                      "--key-file", key_file], capsys)  # fmt: skip
    assert (code, shown["retention-days"]) == (0, "30")
    # After the sub-command wins, as `--lang` does: here the other key file is the wrong one.
    wrong = tmp_path / "other.key"
    wrong.write_bytes(Path(key_file).read_bytes()[::-1])
    wrong.chmod(0o600)
    code, refused = _json(branch_main, ["--key-file", key_file, "status", "--db", url,
                                        "--key-file", str(wrong), "--json"], capsys)  # fmt: skip
    assert (code, refused["error"]["code"]) == (1, "MASTER_KEY_WRONG")
    # `serve` reads them too: a database URL that is not one is USAGE before anything listens.
    capsys.readouterr()
    assert branch_main(["serve", "--db", "bogus://x", "--key-file", key_file]) == 2
    assert capsys.readouterr().err.startswith("USAGE: ")


def test_the_tally_pdf_is_written_for_its_owner_only_and_whole(
    branch: Branch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tally names officers and their cash: the PDF is 0600 whatever the umask (it was
    0644), also when it replaces an earlier one, written through a temporary file renamed over
    it (nothing left beside it); `--out /dev/null` still writes to the device, not over it."""
    out = tmp_path / "out"
    out.mkdir()
    pdf = out / "rekap.pdf"
    pdf.write_bytes(b"an earlier tally")
    pdf.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        argv = ["--db", branch.db_url, "tally", "--date", "2026-03-17", "--out", str(pdf)]
        assert branch_main(argv) == 0
        assert branch_main([*argv[:-1], str(out / "new.pdf")]) == 0
    finally:
        os.umask(old_umask)
    for written in (pdf, out / "new.pdf"):
        assert written.read_bytes().startswith(b"%PDF")
        assert written.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in out.iterdir()) == ["new.pdf", "rekap.pdf"]
    assert branch_main(["--db", branch.db_url, "tally", "--date", "2026-03-17", "--out",
                        "/dev/null"]) == 0  # fmt: skip
    assert Path("/dev/null").is_char_device()
    capsys.readouterr()


def test_status_counts_each_received_registration_once(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = laptop_factory(), laptop_factory()
    for serial in (1, 2, 3):
        first.register(serial)
    second.register(3)
    assert first.sync(server.url).completed
    assert second.sync(server.url).completed
    assert first.sync(server.url).completed  # nothing new: nothing counted twice
    code, status = _json(branch_main, ["--db", branch.db_url, "status", "--json"], capsys)
    assert code == 0
    assert status["registrations"]["accepted"] == 3
    assert status["registrations"]["duplicate"] == 1
    assert (status["batches"], status["devices"]) == (2, 2)


def _laptop_report(branch: Branch, device_code: str) -> LaptopReportRow | None:
    """The newest laptop report the branch holds from `device_code`."""
    with Session(branch.engine) as db:
        device = db.exec(select(Device).where(Device.code == device_code)).one()
        return db.get(LaptopReportRow, device.id)


def test_laptop_enroll_and_sync_commands(
    branch: Branch,
    server: ServerThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "laptop"
    issued = branch.code()
    enroll = ["enroll", "--server", server.url, "--code", issued.code, "--json"]
    code, enrolled = _json(laptop_main, [*enroll, "--data-dir", str(data_dir)], capsys)
    assert code == 0
    assert (enrolled["device_code"], enrolled["branch_code"]) == ("D0001", "JKT01")
    assert enrolled["officers"] == [OFFICER]
    code, twice = _json(laptop_main, [*enroll, "--data-dir", str(tmp_path / "l2")], capsys)
    assert (code, twice["error"]["code"]) == (1, "ENROL_CODE_INVALID")
    # the branch's refusal in the officer's language (Indonesian by default), not its English
    assert twice["error"]["message"] == message("ENROL_CODE_INVALID", "id")

    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    sync = ["sync", "--data-dir", str(data_dir), "--officer", OFFICER, "--json"]
    assert _laptop_report(branch, enrolled["device_code"]) is None
    code, report = _json(laptop_main, sync, capsys)
    assert code == 0
    assert report == {"sent": 0, "accepted": 0, "duplicate": 0, "rejected": 0,
                      "already_received": 0, "conflict": 0, "pending": 0}  # fmt: skip
    # A completed sync also sends the laptop report, as the desktop app's sync does.
    sent = _laptop_report(branch, enrolled["device_code"])
    assert sent is not None and sent.pending == 0

    # A new officer at the branch and a revoked one reach the laptop at the next sync.
    branch.add_officer("budi", "rahasia-budi")
    code, _ = _json(laptop_main, sync, capsys)
    assert code == 0
    assert {o.username: o.active for o in load_keyring(data_dir).officers} == {
        OFFICER: True, "budi": True,
    }  # fmt: skip

    dead = f"http://127.0.0.1:{free_port()}"
    code, offline = _json(laptop_main, [*sync, "--server", dead], capsys)
    assert code == 1
    assert offline["pending"] == 0 and offline["error"]["code"] == "NETWORK"


def test_enrolment_over_tls_pins_the_certificate(branch: Branch, tmp_path: Path) -> None:
    from bpu_enroll.branch.server import create_branch_app
    from bpu_enroll.services.enrolment import EnrolmentError, enrol_laptop
    from tests.integration.helpers import _now

    with Session(branch.engine) as db:
        info = branch_info(db)
        (tmp_path / "cert.pem").write_text(info.tls_cert_pem)
        (tmp_path / "key.pem").write_text(branch_secrets(db).tls_key_pem)
    tls = {"ssl_certfile": str(tmp_path / "cert.pem"), "ssl_keyfile": str(tmp_path / "key.pem")}
    running = ServerThread(create_branch_app(branch.engine), ssl=tls).start()
    try:
        issued = branch.code()
        with pytest.raises(EnrolmentError) as wrong:
            enrol_laptop(tmp_path / "a", server_url=running.url, code=issued.code,
                         fingerprint="sha256:" + "0" * 64, now=_now())  # fmt: skip
        assert wrong.value.code == "CERT_MISMATCH"
        enrolled = enrol_laptop(tmp_path / "b", server_url=running.url, code=issued.code,
                                fingerprint=issued.fingerprint, now=_now())  # fmt: skip
        assert enrolled.pinned == issued.fingerprint
        assert (tmp_path / "b" / "branch-cert.pem").read_text().strip() == info.tls_cert_pem.strip()
    finally:
        running.stop()


def test_serve_on_a_port_in_use_is_a_coded_refusal(tmp_path: Path) -> None:
    """Another program holds the port: PORT_IN_USE naming host:port, in the user's language,
    exit 1 (uvicorn said `ERROR: [Errno 98] Address already in use` and exited 3)."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-c", "import sys; from bpu_enroll.branch.admin.cli import main; "
             "sys.exit(main(sys.argv[1:]))", "--db", url, "serve", "--port", str(port)],
            capture_output=True, text=True, env=dict(os.environ), timeout=60, check=False,
        )  # fmt: skip
    said = message("PORT_IN_USE", "id", address=f"127.0.0.1:{port}")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.endswith(f"PORT_IN_USE: {said}\n"), done.stderr
    assert "Errno" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.slow
def test_serve_command_runs_the_api(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    serve = ServeProcess(url, tmp_path / "serve.log").start()
    try:
        response = httpx.get(f"{serve.url}/api/v1/health", timeout=10)
        assert response.json() == {
            "status": "ok",
            "protocol": 1,
            "branch_code": "JKT01",
            "branch_name": "Kantor Cabang Jakarta Salemba",
            "province": "31",
        }
        for path in ("/api/v1/openapi.json", "/api/v1/docs"):  # docs/openapi.json instead
            schema = httpx.get(f"{serve.url}{path}")
            assert (schema.status_code, schema.json()["error"]["code"]) == (404, "NOT_FOUND")
    finally:
        serve.stop()
    said = serve.log.read_text()
    access = [line for line in said.splitlines() if "bpu_enroll.branch.access" in line]
    assert any('"route": "/api/v1/health"' in line for line in access)


def test_init_refuses_a_branch_code_of_sixteen_digits_that_reads_as_a_nik(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A branch code of 16 digits was set up: every receipt number of that branch then held a
    NIK-like number, which the protocol refuses, so none of its laptops' records could sync.
    `init` refuses it (`BRANCH_CODE_NIK`, in both languages) and sets nothing up."""
    db = ["--db", db_url]
    safe = tmp_path / "recovery.key"
    init = [*db, "init", "--branch-name", "Jakarta", "--province", "31",
            "--recovery-key-out", str(safe)]  # fmt: skip
    code, refused = _json(branch_main, [*init, "--branch-code", "3201011708920001", "--json"],
                          capsys)  # fmt: skip
    assert (code, refused["error"]["code"]) == (1, "BRANCH_CODE_NIK")
    assert not safe.exists()
    capsys.readouterr()
    assert branch_main([*init, "--branch-code", "3201011708920001", "--lang", "en"]) == 1
    said = capsys.readouterr()
    assert "A branch code of 16 digits reads as a NIK" in said.out + said.err
    assert branch_main([*init, "--branch-code", "3201011708920001"]) == 1
    said = capsys.readouterr()
    assert "Kode cabang 16 angka terbaca sebagai NIK" in said.out + said.err
    assert "3201011708920001" not in said.out + said.err
    # 16 letters that are 17 in upper case, as the branch keeps its code: no receipt number of
    # the branch would have the protocol's shape (`RECEIPT`), so none of its records could sync.
    grows = "JAKARTASELATANß1"
    assert len(grows) == 16 and not re.fullmatch(RECEIPT, f"{grows.upper()}-D0001-20260317-1")
    code, refused = _json(branch_main, [*init, "--branch-code", grows, "--json"], capsys)
    assert (code, refused["error"]["code"]) == (2, "USAGE")
    assert not safe.exists()
    code, made = _json(branch_main, [*init, "--branch-code", "320101170892000A", "--json"], capsys)
    assert (code, made["branch_code"]) == (0, "320101170892000A")
