"""What `bpu-enroll` and `bpu-branch` say to people without `--json` is in the user's language:
Indonesian by default, English with `--lang en`, like their `--help` and their refusals.

Every human answer of both tools, run in process against a real branch (SQLite) served on
loopback and real laptop stores, once in each language, on the stream it has always used.
Many were said in one language whatever `--lang` said (`demo-init --lang en` said "Profil demo
dibuat di …", validate only ever said "valid", every `bpu-branch` answer was Indonesian).
"""

from __future__ import annotations

import functools
import getpass
import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest
from sqlmodel import Session

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.admin.keys_cli import recovery_key_document
from bpu_enroll.branch.admin.roster import issue_code
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.documents import labels
from bpu_enroll.domain.errors import message
from bpu_enroll.domain.ktp.card import Check, KtpReading
from bpu_enroll.services import profile
from bpu_enroll.services.ktp.reader import KtpReader
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.services.sync import SyncService
from bpu_enroll.store.keys import FAST_KDF
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    ServerThread,
    enrol,
    make_branch,
    registration,
)


class World:
    """What a command needs, made on first use: a demo profile, a branch served on loopback, a
    laptop enrolled there holding one record, its USB batch file."""

    def __init__(self, tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.tmp = tmp
        self.monkeypatch = monkeypatch
        monkeypatch.setenv("BPU_ENROLL_PASSWORD", "demo")
        monkeypatch.setenv("BPU_BRANCH_PASSWORD", "kata-sandi-rina")
        monkeypatch.setenv("BPU_ENROLL_NEW_PASSWORD", "kata-sandi-baru")
        demo_init = functools.partial(profile.demo_init, kdf=FAST_KDF)  # the test's cheap KDF
        monkeypatch.setattr(profile, "demo_init", demo_init)

    @cached_property
    def profile(self) -> str:
        """A demo profile (officer demo/demo)."""
        data_dir = self.tmp / "profile"
        profile.demo_init(data_dir)
        return str(data_dir)

    @cached_property
    def payload(self) -> str:
        """The QR payload of a receipt of the demo profile."""
        with unlock(Path(self.profile), "demo", "demo") as session:
            record = RegistrationService(session).finalise(registration(1))
            return str(ReceiptService(session).render(record.id, size="a5").payload)

    @cached_property
    def branch(self) -> Branch:
        """A branch (JKT01) on SQLite, with one officer."""
        return make_branch(f"sqlite:///{self.tmp / 'branch.db'}")

    @property
    def db(self) -> list[str]:
        """`--db URL` of the branch."""
        return ["--db", self.branch.db_url]

    @cached_property
    def server(self) -> ServerThread:
        """The branch's API on loopback."""
        return ServerThread(create_branch_app(self.branch.engine)).start()

    @cached_property
    def laptop(self) -> str:
        """A laptop enrolled at the branch holding one final record; its officer's password in
        `BPU_ENROLL_PASSWORD`."""
        laptop = enrol(self.branch, self.server.url, self.tmp / "laptop")
        assert not isinstance(laptop, str)
        laptop.register(2)
        laptop.close()
        self.monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
        return str(laptop.data_dir)

    @cached_property
    def batch(self) -> str:
        """The laptop's USB batch file."""
        out = self.tmp / "batch.bpu"
        with unlock(Path(self.laptop), OFFICER, PASSWORD) as session:
            SyncService(session).export(out)
        return str(out)

    def code(self) -> str:
        """A one-time enrolment code of the branch."""
        with Session(self.branch.engine) as session:
            return issue_code(session).code

    def recovery_key(self) -> str:
        """The branch's recovery key file, as `init` wrote it for the safe."""
        assert self.branch.recovery_key is not None
        path = self.tmp / "recovery.key"
        path.write_text(json.dumps(recovery_key_document(self.branch.recovery_key, "JKT01")))
        return str(path)

    def file(self, name: str, document: object) -> str:
        """A JSON file."""
        path = self.tmp / name
        path.write_text(json.dumps(document), encoding="utf-8")
        return str(path)

    def close(self) -> None:
        """Stop the server and close the branch's database."""
        if "server" in self.__dict__:
            self.server.stop()
        if "branch" in self.__dict__:
            self.branch.engine.dispose()


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    made = World(tmp_path, monkeypatch)
    try:
        yield made
    finally:
        made.close()


@dataclass(frozen=True)
class Said:
    """One human answer: the tool, the command line (made from the world), the stream it goes
    to, its exit code, and words only the Indonesian and only the English answer hold."""

    tool: str
    argv: Callable[[World], list[str]]
    stream: str
    indonesian: tuple[str, ...]
    english: tuple[str, ...]
    exit_code: int = 0


def _store(world: World) -> list[str]:
    return ["--data-dir", world.profile, "--officer", "demo"]


def _laptop(world: World) -> list[str]:
    return ["--data-dir", world.laptop, "--officer", OFFICER]


def _branch(*argv: str) -> Callable[[World], list[str]]:
    return lambda world: [*world.db, *argv]


def _device_list(world: World) -> list[str]:
    assert world.laptop  # a device to list
    return [*world.db, "device", "list"]


def _ktp_read(world: World) -> list[str]:
    """`ktp-read` of a photo whose NIK could not be read (the reader stubbed: its OCR is not
    what is said here)."""
    unread = KtpReading(checks=[Check("nik_read", False, "KTP_NIK_UNREAD")])
    world.monkeypatch.setattr(KtpReader, "read", lambda _self, _image, **_options: unread)
    photo = world.tmp / "ktp.jpg"
    photo.write_bytes(b"not read")
    return ["ktp-read", str(photo)]


def _device_revoke(world: World) -> list[str]:
    assert world.laptop  # the device to revoke
    return [*world.db, "device", "revoke", "D0001"]


def _key_backup(world: World) -> list[str]:
    return [*world.db, "key", "backup", "--out", str(world.tmp / "backup.json")]


def _key_restore(world: World) -> list[str]:
    backup = world.tmp / "backup.json"
    assert branch_main([*_key_backup(world), "--json"]) == 0
    new_key = str(world.tmp / "restored.key")  # the backup's key file, put back elsewhere
    return [*world.db, "--key-file", new_key, "key", "restore", "--from", str(backup)]


SAID: dict[str, Said] = {
    # bpu-enroll: words on stderr, data asked for on stdout
    "demo-init": Said(
        "bpu-enroll",
        lambda w: ["demo-init", "--data-dir", str(w.tmp / "new")],
        "err",
        ("Profil demo dibuat di", "dengan kata sandi 'demo'"),
        ("Demo profile created in", "with the password 'demo'"),
    ),
    "demo-init kept": Said(
        "bpu-enroll",
        lambda w: ["demo-init", "--data-dir", w.profile, "--if-missing"],
        "err",
        ("Profil sudah ada di",),
        ("A profile already exists in",),
    ),
    "occupations": Said(
        "bpu-enroll",
        lambda w: ["occupations"],
        "out",
        ("Pengemudi ojek pangkalan",),
        ("Motorcycle taxi (ojek) driver",),
    ),
    "quote": Said(
        "bpu-enroll",
        lambda w: ["quote", "--income", "2500000"],
        "out",
        ("Kelas ", "\nJumlah: Rp"),
        ("Bracket ", "\nTotal: Rp"),
    ),
    "validate valid": Said(
        "bpu-enroll",
        lambda w: ["validate", w.file("ok.json", registration(3))],
        "err",
        ("\nsah\n",),
        ("\nvalid\n",),
    ),
    "validate not valid": Said(
        "bpu-enroll",
        lambda w: ["validate", w.file("bad.json", registration(3, nik="123"))],
        "err",
        ("\ntidak sah\n",),
        ("\nnot valid\n",),
        exit_code=1,
    ),
    "register refused": Said(
        "bpu-enroll",
        lambda w: ["register", w.file("bad.json", registration(3, nik="123")), *_store(w)],
        "err",
        ("\nditolak: NIK_",),
        ("\nrefused: NIK_",),
        exit_code=1,
    ),
    "self-test": Said(
        "bpu-enroll",
        lambda w: ["self-test"],
        "err",
        ("OK    profil demo\n", "OK    periksa QR tanda terima\n"),
        ("OK     demo profile\n", "OK     verify receipt QR\n"),
    ),
    "verify-receipt valid": Said(
        "bpu-enroll",
        lambda w: ["verify-receipt", w.payload, *_store(w)],
        "out",
        ("\nSAH DEMO-D0001-",),
        ("\nVALID DEMO-D0001-",),
    ),
    "verify-receipt not valid": Said(
        "bpu-enroll",
        lambda w: ["verify-receipt", "BPU1.garbage"],
        "out",
        ("\nTIDAK SAH: Ini bukan kode QR tanda terima BPU Enroll. (MALFORMED)\n",),
        ("\nNOT VALID: This is not the QR code of a BPU Enroll receipt. (MALFORMED)\n",),
        exit_code=1,
    ),
    "ktp-read": Said(
        "bpu-enroll",
        _ktp_read,
        "err",
        ("nik_read: GAGAL ",),
        ("nik_read: FAILED ",),
    ),
    "enroll": Said(
        "bpu-enroll",
        lambda w: [
            "enroll",
            "--data-dir",
            str(w.tmp / "new"),
            "--server",
            w.server.url,
            "--code",
            w.code(),
        ],
        "err",
        ("Perangkat D0001 terdaftar di Kantor Cabang Jakarta Salemba.",),
        ("Device D0001 is enrolled at Kantor Cabang Jakarta Salemba.",),
    ),
    "sync": Said(
        "bpu-enroll",
        lambda w: ["sync", *_laptop(w)],
        "err",
        ("terkirim: 1, diterima: 1", "sudah diterima: 0", "belum terkirim: 0"),
        ("sent: 1, accepted: 1", "already received: 0", "pending: 0"),
    ),
    "audit-verify": Said(
        "bpu-enroll",
        lambda w: ["audit-verify", *_store(w)],
        "err",
        ("Rantai audit utuh: ",),
        ("Audit chain intact: ",),
    ),
    "attention": Said(
        "bpu-enroll",
        lambda w: ["attention", *_store(w)],
        "err",
        ("Tidak ada yang perlu ditindaklanjuti.",),
        ("Nothing to do.",),
    ),
    "export-batch": Said(
        "bpu-enroll",
        lambda w: ["export-batch", *_laptop(w), "--out", str(w.tmp / "out.bpu")],
        "err",
        ("1 pendaftaran ditulis ke ",),
        ("1 registration written to ",),
    ),
    "workstation-setup": Said(
        "bpu-enroll",
        lambda w: [
            "workstation-setup",
            "--server",
            w.server.url,
            "--data-dir",
            str(w.tmp / "ws"),
        ],
        "err",
        ("Komputer ini sekarang workstation cabang ",),
        ("This computer is now a workstation of branch ",),
    ),
    "recover": Said(
        "bpu-enroll",
        lambda w: ["recover", *_laptop(w), "--recovery-key", w.recovery_key()],
        "err",
        ("dipulihkan: siti dapat masuk dengan kata sandi baru",),
        ("is recovered: siti can sign in with the new password",),
    ),
    # bpu-branch: answers on stdout
    "init": Said(
        "bpu-branch",
        lambda w: [
            "--db",
            f"sqlite:///{w.tmp / 'new.db'}",
            "init",
            "--branch-code",
            "JKT02",
            "--branch-name",
            "Depok",
            "--recovery-key-out",
            str(w.tmp / "r.key"),
        ],
        "out",
        ("Cabang JKT02 siap. Sidik jari TLS: ", "\nKunci pemulihan: ", "brankas kepala cabang"),
        ("Branch JKT02 is ready. TLS fingerprint: ", "\nRecovery key: ", "branch head's safe"),
    ),
    "officer add": Said(
        "bpu-branch",
        _branch("officer", "add", "rina", "--name", "Rina", "--role", "clerk"),
        "out",
        ("Petugas rina ditambahkan (clerk).",),
        ("Officer rina added (clerk).",),
    ),
    "officer list": Said(
        "bpu-branch",
        _branch("officer", "list"),
        "out",
        ("siti\tofficer\taktif\n",),
        ("siti\tofficer\tactive\n",),
    ),
    "officer revoke": Said(
        "bpu-branch",
        _branch("officer", "revoke", OFFICER),
        "out",
        ("Petugas siti dicabut.",),
        ("Officer siti revoked.",),
    ),
    "device code": Said(
        "bpu-branch",
        _branch("device", "code"),
        "out",
        (
            "Kode sekali pakai: ",
            "\nBerlaku sampai: ",
            "\nSertifikat cabang hanya menyebut",
            "\nDi laptop: bpu-enroll enroll --server https://ALAMAT-CABANG:8750",
        ),
        (
            "One-time code: ",
            "\nValid until: ",
            "\nThe branch's certificate names only",
            "\nOn the laptop: bpu-enroll enroll --server https://BRANCH-ADDRESS:8750",
        ),
    ),
    "device list": Said(
        "bpu-branch",
        _device_list,
        "out",
        ("D0001\taktif\tterdaftar ", "\tkontak terakhir "),
        ("D0001\tactive\tenrolled ", "\tlast contact "),
    ),
    "device list empty": Said(
        "bpu-branch",
        _branch("device", "list"),
        "out",
        ("(tidak ada perangkat)",),
        ("(no devices)",),
    ),
    "device revoke": Said(
        "bpu-branch",
        _device_revoke,
        "out",
        ("Perangkat D0001 dicabut.",),
        ("Device D0001 revoked.",),
    ),
    "status": Said(
        "bpu-branch",
        _branch("status"),
        "out",
        ("batch diterima: 0", "laptop aktif: 0", "celah nomor tanda terima: 0"),
        ("batches received: 0", "active laptops: 0", "gaps in receipt numbers: 0"),
    ),
    "audit-verify (branch)": Said(
        "bpu-branch",
        _branch("audit-verify"),
        "out",
        ("Rantai audit utuh: ",),
        ("Audit chain intact: ",),
    ),
    "verify-receipt (branch)": Said(
        "bpu-branch",
        _branch("verify-receipt", "BPU1.garbage"),
        "out",
        ("TIDAK SAH: Ini bukan kode QR tanda terima BPU Enroll. (MALFORMED)",),
        ("NOT VALID: This is not the QR code of a BPU Enroll receipt. (MALFORMED)",),
        exit_code=1,
    ),
    "import": Said(
        "bpu-branch",
        lambda w: [*w.db, "import", w.batch, "--dry-run"],
        "out",
        ("Uji coba (tidak ada yang disimpan): batch ", "baru 1"),
        ("Dry run (nothing stored): batch ", "new 1"),
    ),
    "tally": Said(
        "bpu-branch",
        _branch("tally", "--from", "2026-03-17", "--to", "2026-03-19", "--out", "/dev/null"),
        "out",
        (
            "Rekap 17 Maret 2026 s.d. 19 Maret 2026: 0 pendaftaran, 0 batal, iuran Rp0, tunai Rp0",
            # the words of the tally's PDF and of the workspace, not "Hash:"
            f"\n{labels.text('tally.hash', 'id')}: ",
        ),
        (
            "Tally 17 March 2026 to 19 March 2026: 0 registrations, 0 void, contributions Rp0, "
            "cash Rp0",
            f"\n{labels.text('tally.hash', 'en')}: ",
        ),
    ),
    "reseal": Said(
        "bpu-branch",
        _branch("reseal"),
        "out",
        ("Basis data SQLite dienkripsi utuh; tidak ada yang perlu disegel.",),
        ("The SQLite database is encrypted whole; there is nothing to seal.",),
    ),
    "export": Said(
        "bpu-branch",
        lambda w: [*w.db, "export", "--out", str(w.tmp / "export")],
        "out",
        ("0 baris (baru 0, perubahan 0, batal 0) di ", "\nManifes: "),
        ("0 rows (new 0, changed 0, void 0) in ", "\nManifest: "),
    ),
    "key backup": Said(
        "bpu-branch",
        _key_backup,
        "out",
        ("Cadangan kunci: ", "Simpan di brankas, bukan di server."),
        ("Key backup: ", "Keep it in the safe, not on the server."),
    ),
    "key restore": Said(
        "bpu-branch",
        _key_restore,
        "out",
        ("Kunci induk dan amplop kunci dipulihkan.",),
        ("Master key and key envelope restored.",),
    ),
    "key rotate": Said(
        "bpu-branch",
        lambda w: [*w.db, "key", "rotate", "--new-key-file", str(w.tmp / "new.key")],
        "out",
        ("Kunci induk diganti: ", "\nHapus berkas kunci lama: ", "\nBuat cadangan baru: "),
        ("Master key replaced: ", "\nDelete the old key file: ", "\nMake a new backup: "),
    ),
    "key adopt": Said(
        "bpu-branch",
        _branch("key", "adopt"),
        "out",
        ("Cabang ini sudah dienkripsi dengan kunci induk; tidak ada yang diubah.",),
        ("This branch is already encrypted with the master key; nothing was changed.",),
    ),
    "reference list": Said(
        "bpu-branch",
        _branch("reference", "list"),
        "out",
        ("(belum ada paket)",),
        ("(no packages yet)",),
    ),
}


def _in(lang: str, argv: list[str]) -> list[str]:
    """`argv` in `lang`: Indonesian by default, `--lang en` after the sub-command (`en`) or
    before it (`en first`)."""
    return {"id": argv, "en": [*argv, "--lang", "en"], "en first": ["--lang", "en", *argv]}[lang]


@pytest.mark.parametrize("lang", ["id", "en", "en first"])
@pytest.mark.parametrize("name", sorted(SAID))
def test_the_answer_is_in_the_users_language(
    name: str, lang: str, world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    said = SAID[name]
    main = laptop_main if said.tool == "bpu-enroll" else branch_main
    argv = said.argv(world)
    capsys.readouterr()

    code = main(_in(lang, argv))

    streams = dict(zip(("out", "err"), capsys.readouterr(), strict=True))
    words = "\n" + streams[said.stream]
    elsewhere = streams["err" if said.stream == "out" else "out"]
    assert code == said.exit_code, streams
    expected, other = (said.indonesian, said.english)
    if lang != "id":
        expected, other = other, expected
    assert [text for text in expected if text not in words] == [], words
    assert [text for text in other if text in words] == [], words
    assert [text for text in expected if text in elsewhere] == [], elsewhere


class Terminal(io.StringIO):
    """stdin attached to a terminal, so that a missing password is asked."""

    def isatty(self) -> bool:
        return True


PROMPTS: dict[
    str, tuple[str, Callable[[World], list[str]], str, tuple[str, ...], tuple[str, ...]]
] = {
    # name: (tool, argv, the password's variable, prompts in Indonesian, in English)
    "officer password": (
        "bpu-enroll",
        lambda w: ["audit-verify", *_store(w)],
        "BPU_ENROLL_PASSWORD",
        ("Kata sandi untuk demo: ",),
        ("Password for demo: ",),
    ),
    "new password": (
        "bpu-enroll",
        lambda w: ["recover", *_laptop(w), "--recovery-key", w.recovery_key()],
        "BPU_ENROLL_NEW_PASSWORD",
        ("Kata sandi baru untuk siti: ", "Ulangi kata sandi: "),
        ("New password for siti: ", "Repeat the password: "),
    ),
    "branch officer password": (
        "bpu-branch",
        _branch("officer", "add", "rina", "--name", "Rina", "--role", "clerk"),
        "BPU_BRANCH_PASSWORD",
        ("Kata sandi untuk rina: ", "Ulangi kata sandi: "),
        ("Password for rina: ", "Repeat the password: "),
    ),
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", sorted(PROMPTS))
def test_a_password_is_asked_in_the_users_language(
    name: str, lang: str, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool, make_argv, variable, indonesian, english = PROMPTS[name]
    argv = make_argv(world)
    monkeypatch.delenv(variable)
    monkeypatch.setattr(sys, "stdin", Terminal())
    asked: list[str] = []

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return "demo"

    monkeypatch.setattr(getpass, "getpass", answer)
    main = laptop_main if tool == "bpu-enroll" else branch_main

    assert main(_in(lang, argv)) == 0
    assert asked == list(english if lang == "en" else indonesian)


NEW_PASSWORDS = ("new password", "branch officer password")  # asked twice: one `ask_password`


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", NEW_PASSWORDS)
def test_a_new_password_typed_two_ways_or_not_at_all_is_a_usage_error(
    name: str,
    lang: str,
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """bpu-enroll recover and bpu-branch officer add ask a new password the same way: two that
    differ, or neither the variable nor a terminal, are a usage error (exit 2) in the user's
    language, naming the variable; then, the variable set, the same command runs (an officer
    added by a refused run would now be refused as existing)."""
    tool, make_argv, variable, *_prompts = PROMPTS[name]
    argv = _in(lang, make_argv(world))
    main = laptop_main if tool == "bpu-enroll" else branch_main
    monkeypatch.delenv(variable)
    capsys.readouterr()

    monkeypatch.setattr(sys, "stdin", io.StringIO())  # a script: no terminal
    assert main(argv) == 2
    assert message("USAGE", lang, why="password_env", variable=variable) in capsys.readouterr().err

    monkeypatch.setattr(sys, "stdin", Terminal())
    typed = iter(["rahasia-satu", "rahasia-dua"])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(typed))
    assert main(argv) == 2
    assert message("USAGE", lang, why="passwords_differ") in capsys.readouterr().err

    monkeypatch.setenv(variable, "rahasia-satu")
    assert main(argv) == 0
