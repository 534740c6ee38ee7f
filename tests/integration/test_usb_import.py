"""USB batch files: `export-batch` on the laptop, `bpu-branch import` with its dry run first."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.cli.main import main as laptop_main
from bpu_enroll.sync.laptop_store import records_to_send
from bpu_enroll.sync.protocol import RecordPayload, RecordResult
from bpu_enroll.sync.runner import sign_manifest
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    batch_file_of,
    batch_file_repeating,
    break_record,
    leave_kpj_numbers,
    open_laptop,
)


def _run_json(
    main: Callable[[list[str]], int], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict]:  # type: ignore[type-arg]
    capsys.readouterr()
    code = main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else {}


def test_usb_batch_dry_run_then_import_then_one_byte_altered_file_refused(  # noqa: PLR0917
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other, laptop = laptop_factory(), laptop_factory()
    other.register(500)  # this worker is already a participant through another laptop
    assert other.sync(server.url).completed
    early = laptop.register(501)
    laptop.register(502)
    laptop.register(500)
    # The branch received `early` over the network, but its answer never reached the laptop.
    first = [r for r in records_to_send(laptop.session.store) if r.id == early]
    with httpx.Client(base_url=server.url) as http:
        client = laptop.client(http)
        signed = sign_manifest(
            first,
            device_code=laptop.device_code,
            signing_key=laptop.signing_key,
            batch_id=str(uuid.uuid4()),
        )
        client.send_records(client.announce(signed).batch_id, first)
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    out = tmp_path / "usb" / "batch.bpu"

    code, exported = _run_json(
        laptop_main,
        ["export-batch", "--data-dir", str(laptop.data_dir), "--officer", OFFICER,
         "--out", str(out), "--json"],
        capsys,
    )  # fmt: skip
    assert (code, exported["records"]) == (0, 3)
    assert b"Budi" not in out.read_bytes() and b"320101" not in out.read_bytes()

    before = len(branch.records())
    db = ["--db", branch.db_url]
    code, dry = _run_json(branch_main, [*db, "import", str(out), "--dry-run", "--json"], capsys)
    assert code == 0
    kinds = ("new", "already_received", "duplicate", "conflict", "rejected")
    assert {k: dry[k] for k in kinds} == {
        "new": 1, "already_received": 1, "duplicate": 1, "conflict": 0, "rejected": 0,
    }  # fmt: skip
    assert len(branch.records()) == before  # a dry run writes nothing
    assert branch_main([*db, "import", str(out), "--dry-run"]) == 0
    words = capsys.readouterr().out
    assert words.startswith("Uji coba (tidak ada yang disimpan): batch ")
    assert "baru 1" in words and "sudah diterima 1" in words and "ganda 1" in words
    assert "already_received" not in words and "duplicate" not in words

    code, applied = _run_json(branch_main, [*db, "import", str(out), "--json"], capsys)
    assert code == 0
    assert (applied["accepted"], applied["already_received"], applied["duplicate"]) == (1, 1, 1)
    code, again = _run_json(branch_main, [*db, "import", str(out), "--json"], capsys)
    assert (code, again["already_received"], again["accepted"]) == (0, 3, 0)

    data = bytearray(out.read_bytes())
    for position in (5, len(data) // 2, len(data) - 1):
        altered = bytearray(data)
        altered[position] ^= 0x01
        bad = tmp_path / f"altered-{position}.bpu"
        bad.write_bytes(bytes(altered))
        code, refused = _run_json(
            branch_main, [*db, "import", str(bad), "--dry-run", "--json"], capsys
        )
        assert code == 1
        assert refused["error"]["code"] == "BATCH_FILE_INVALID"
    assert len(branch.records()) == before + 2

    reopened = open_laptop(laptop.data_dir, laptop.device_code)
    try:
        report = reopened.sync(server.url)
        assert report.to_dict()["already_received"] == 3
        states = reopened.states()
        held = branch.records()
        assert all(states[i] == (held[i].state, held[i].kpj) for i in states)
    finally:
        reopened.close()


def test_every_import_from_the_command_line_is_audited_also_a_dry_run_and_a_refused_file(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As in the workspace, a dry run and a refused (altered) file leave their line in the audit
    log: someone trying altered files at the branch's own command line is seen too."""
    from sqlmodel import Session

    from bpu_enroll.branch.workspace.staff import audit_log

    laptop = laptop_factory()
    laptop.register(520)
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    monkeypatch.setenv("USER", "kepala")
    out = tmp_path / "batch.bpu"
    assert laptop_main(["export-batch", "--data-dir", str(laptop.data_dir), "--officer",
                        OFFICER, "--out", str(out)]) == 0  # fmt: skip
    altered = bytearray(out.read_bytes())
    altered[len(altered) // 2] ^= 0x01
    bad = tmp_path / "altered.bpu"
    bad.write_bytes(bytes(altered))
    db = ["--db", branch.db_url]
    assert branch_main([*db, "import", str(out), "--dry-run"]) == 0
    assert branch_main([*db, "import", str(bad), "--dry-run"]) == 1
    assert branch_main([*db, "import", str(bad)]) == 1
    assert branch_main([*db, "import", str(out)]) == 0
    capsys.readouterr()
    with Session(branch.engine) as session:
        lines = [line for line in audit_log(session) if line["action"] == "import"][::-1]
    assert [(line["actor"], line["detail"]["dry_run"], line["detail"].get("refused"))
            for line in lines] == [
        ("cli:kepala", True, None),
        ("cli:kepala", True, "BATCH_FILE_INVALID"),
        ("cli:kepala", False, "BATCH_FILE_INVALID"),
        ("cli:kepala", False, None),
    ]  # fmt: skip
    assert lines[0]["detail"]["new"] == 1 and lines[3]["detail"]["accepted"] == 1


def test_the_dry_run_counts_voided_receipts_as_the_import_will(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A receipt voided before it was sent travels in the file and is held as voided, with no
    KPJ: the dry run says so, instead of counting it as new (and its worker's NIK as taken,
    which made a later registration of the same worker look like a duplicate)."""
    from bpu_enroll.services.registration import RegistrationService

    laptop = laptop_factory()
    mistaken = laptop.register(530)
    RegistrationService(laptop.session).void(mistaken, "salah ketik")
    laptop.register(530)  # the same worker registered again, rightly this time
    laptop.register(531)
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    out = tmp_path / "batch.bpu"
    assert laptop_main(["export-batch", "--data-dir", str(laptop.data_dir), "--officer",
                        OFFICER, "--out", str(out)]) == 0  # fmt: skip
    db = ["--db", branch.db_url]
    code, dry = _run_json(branch_main, [*db, "import", str(out), "--dry-run", "--json"], capsys)
    assert code == 0
    code, applied = _run_json(branch_main, [*db, "import", str(out), "--json"], capsys)
    assert code == 0
    assert (applied["accepted"], applied["voided"], applied["duplicate"]) == (2, 1, 0)
    assert (dry["new"], dry.get("voided"), dry["duplicate"]) == (2, 1, 0)


def test_a_file_too_large_for_a_batch_is_refused_before_it_is_read(
    branch: Branch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file beyond the batch limit (a disk image picked by mistake) is refused with
    `BODY_TOO_LARGE` from its size, in the user's language, and audited; one that has no size
    (a pipe, a device) or grows while read cannot pass the bounded read either."""
    from sqlmodel import Session

    from bpu_enroll.branch.workspace.staff import audit_log
    from bpu_enroll.sync import batchfile

    huge = tmp_path / "disk.img"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(batchfile.MAX_FILE_BYTES + 1)
    db = ["--db", branch.db_url]
    code, said = _run_json(branch_main, [*db, "import", str(huge), "--json"], capsys)
    assert code == 1 and said["error"]["code"] == "BODY_TOO_LARGE"
    assert branch_main([*db, "import", str(huge), "--dry-run", "--lang", "en"]) == 1
    assert "BODY_TOO_LARGE: What was sent is too large" in capsys.readouterr().err

    monkeypatch.setattr(batchfile, "MAX_FILE_BYTES", 4096)
    code, said = _run_json(branch_main, [*db, "import", "/dev/zero", "--json"], capsys)
    assert code == 1 and said["error"]["code"] == "BODY_TOO_LARGE"
    exact = tmp_path / "exact.bpu"
    exact.write_bytes(b"x" * 4096)  # at the limit: read, then refused as no batch file
    code, said = _run_json(branch_main, [*db, "import", str(exact), "--json"], capsys)
    assert code == 1 and said["error"]["code"] == "BATCH_FILE_INVALID"

    with Session(branch.engine) as session:
        lines = [line for line in audit_log(session) if line["action"] == "import"][::-1]
    assert [(line["detail"]["dry_run"], line["detail"]["refused"]) for line in lines] == [
        (False, "BODY_TOO_LARGE"),
        (True, "BODY_TOO_LARGE"),
        (False, "BODY_TOO_LARGE"),
        (False, "BATCH_FILE_INVALID"),
    ]


@pytest.mark.parametrize("chunk", [500, 3], ids=["one-chunk", "chunks-of-3"])
def test_a_record_the_file_holds_twice_is_counted_by_the_dry_run_as_the_import_answers_it(  # noqa: PLR0917
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
) -> None:
    """The import stores a record once, by its first copy, and answers the repeat
    `already_received` (a conflict's repeat: a conflict again), in one chunk as across chunks.
    The dry run counted a repeated new record as one new plus one duplicate (of itself), a
    repeated void twice. Every kind of record, each twice: the dry run's counts are the
    import's answers."""
    from bpu_enroll.branch.device import importer
    from bpu_enroll.services.registration import RegistrationService

    monkeypatch.setattr(importer, "MAX_CHUNK_RECORDS", chunk)
    other, laptop = laptop_factory(), laptop_factory()
    other.register(540)
    assert other.sync(server.url).completed
    laptop.register(541)  # new
    laptop.register(540)  # a duplicate of the other laptop's worker
    refused = laptop.register(542)
    break_record(laptop, refused, consent=False)  # rejected
    sent = [laptop.register(543), laptop.register(544), laptop.register(545)]
    with httpx.Client(base_url=server.url) as http:  # received, the answers never came back
        client = laptop.client(http)
        first = [r for r in records_to_send(laptop.session.store) if r.id in sent]
        signed = sign_manifest(
            first,
            device_code=laptop.device_code,
            signing_key=laptop.signing_key,
            batch_id=str(uuid.uuid4()),
        )
        client.send_records(client.announce(signed).batch_id, first)
    held, changed, gone = sent  # already received; a conflict; voided after it was sent
    break_record(laptop, changed, work_location="Pelabuhan Muara Angke")
    RegistrationService(laptop.session).void(gone, "salah ketik")
    early = laptop.register(546)
    RegistrationService(laptop.session).void(early, "salah ketik")  # voided before sending
    out = tmp_path / "twice.bpu"
    out.write_bytes(batch_file_repeating(laptop))
    laptop.close()

    db = ["--db", branch.db_url]
    before = {rid: (row.state, row.content_hash) for rid, row in branch.records().items()}
    code, dry = _run_json(branch_main, [*db, "import", str(out), "--dry-run", "--json"], capsys)
    assert code == 0
    assert branch_main([*db, "import", str(out), "--dry-run", "--lang", "en"]) == 0
    words = capsys.readouterr().out
    assert {rid: (r.state, r.content_hash) for rid, r in branch.records().items()} == before
    code, applied = _run_json(branch_main, [*db, "import", str(out), "--json"], capsys)
    assert code == 0

    expected = {"new": 1, "duplicate": 1, "rejected": 1, "conflict": 2, "voided": 2}
    expected["already_received"] = 7  # `held` twice, and the repeats of the other five
    assert {key: dry[key] for key in expected} == expected
    assert sum(v for k, v in dry.items() if k not in ("dry_run", "device_revoked")
               and isinstance(v, int)) == 14  # fmt: skip
    assert {key: applied["accepted" if key == "new" else key] for key in expected} == expected
    assert applied["pending_review"] == 0
    assert "new 1, already received 7, duplicate 1, conflict 2, rejected 1, void 2" in words
    assert "device_revoked" not in words and "False" not in words  # a flag, not a count
    assert branch.records()[held].state == "accepted"
    assert branch.records()[gone].state == "voided"


def test_a_manifest_that_names_a_record_twice_is_refused_by_the_dry_run_as_by_the_import(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The import refuses such a batch (`BATCH_INVALID`, before any record); the dry run
    counted its records as if it would be taken."""
    laptop = laptop_factory()
    laptop.register(550)
    out = tmp_path / "twice.bpu"
    out.write_bytes(batch_file_repeating(laptop, in_manifest=True))
    laptop.close()
    db = ["--db", branch.db_url]
    for dry_run in (["--dry-run"], []):
        code, refused = _run_json(
            branch_main, [*db, "import", str(out), *dry_run, "--json"], capsys
        )
        assert (code, refused["error"]["code"]) == (1, "BATCH_INVALID"), dry_run
    assert branch.records() == {}


def test_the_text_of_a_revoked_laptops_file_says_its_records_wait_for_review(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The words said `device_revoked False` (or `True`) among the counts, the key as the JSON
    names it; they now say what the flag means, as the transfer page does, and only when set."""
    from sqlmodel import Session

    from bpu_enroll.branch.admin.roster import revoke_device

    laptop = laptop_factory()
    laptop.register(560)
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    out = tmp_path / "batch.bpu"
    assert laptop_main(["export-batch", "--data-dir", str(laptop.data_dir), "--officer",
                        OFFICER, "--out", str(out)]) == 0  # fmt: skip
    db = ["--db", branch.db_url]
    capsys.readouterr()
    assert branch_main([*db, "import", str(out), "--dry-run"]) == 0
    assert "device_revoked" not in capsys.readouterr().out
    with Session(branch.engine) as session:
        revoke_device(session, code=laptop.device_code)
    for lang, said in (
        ("id", "Laptop ini sudah dicabut: data barunya menunggu di antrean pemeriksaan"),
        ("en", "This laptop was revoked: its new records wait in the review queue for a clerk."),
    ):
        assert branch_main([*db, "import", str(out), "--dry-run", "--lang", lang]) == 0
        words = capsys.readouterr().out
        assert said in words and "device_revoked" not in words, words
    assert branch_main([*db, "import", str(out), "--lang", "en"]) == 0
    words = capsys.readouterr().out
    assert words.startswith("Imported: batch ") and "pending review 1" in words, words
    assert "This laptop was revoked" in words


def _next_receipt(receipt_no: str, step: int) -> str:
    head, seq = receipt_no.rsplit("-", 1)
    return f"{head}-{int(seq) + step:05d}"


def test_the_dry_run_rejects_the_corrections_the_import_rejects(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A file from an older or altered laptop may hold a correction of another laptop's record
    (its id is on the paper receipt's QR code) or one that changes nothing: the import rejects
    both (`SUPERSEDES_FOREIGN`, `CORRECTION_UNCHANGED`). The dry run counted them as new."""
    owner, laptop = laptop_factory(), laptop_factory()
    victim = owner.register(560)
    assert owner.sync(server.url).completed
    own = laptop.register(561)
    [held] = records_to_send(laptop.session.store)  # as it was sent, before the answer came
    assert held.id == own and laptop.sync(server.url).completed
    thief = laptop.register(562)
    honest = laptop.register(563)
    sent = {r.id: r for r in records_to_send(laptop.session.store)}
    unchanged = held.model_copy(
        update={"id": str(uuid.uuid4()), "receipt_no": _next_receipt(held.receipt_no, 10),
                "supersedes": own}
    )  # fmt: skip
    records = [sent[thief].model_copy(update={"supersedes": victim}), unchanged, sent[honest]]
    out = tmp_path / "corrections.bpu"
    out.write_bytes(batch_file_of(laptop, records))
    laptop.close()

    db = ["--db", branch.db_url]
    code, dry = _run_json(branch_main, [*db, "import", str(out), "--dry-run", "--json"], capsys)
    assert code == 0
    code, applied = _run_json(branch_main, [*db, "import", str(out), "--json"], capsys)
    assert code == 0
    assert (applied["rejected"], applied["accepted"]) == (2, 1)
    assert (dry["rejected"], dry["new"], dry["duplicate"]) == (2, 1, 0)
    records_held = branch.records()
    assert thief not in records_held and unchanged.id in records_held
    assert records_held[unchanged.id].state == "rejected"


@pytest.mark.parametrize(
    ("chunk", "accepted", "waiting"),
    [(500, 0, 5), (2, 3, 2)],
    ids=["one-chunk", "chunks-of-2"],
)
def test_the_dry_run_foresees_the_kpj_range_running_out_as_the_import_meets_it(  # noqa: PLR0917
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
    accepted: int,
    waiting: int,
) -> None:
    """Three KPJ numbers left, five new workers in the file and one already a participant.
    The import decides a chunk's new records at once: a chunk that needs more numbers than are
    left waits whole for a clerk (`pending_review`), a later one that fits takes them. The dry
    run counted all five `new`; it now counts as the import answers, says the range runs out
    (JSON and words), and keeps nothing (the counter and the participants as they were)."""
    from sqlmodel import Session, select

    from bpu_enroll.branch.device import importer
    from bpu_enroll.branch.store.models import Counter
    from bpu_enroll.branch.store.registry import KPJ_COUNTER

    monkeypatch.setattr(importer, "MAX_CHUNK_RECORDS", chunk)
    other, laptop = laptop_factory(), laptop_factory()
    other.register(570)
    assert other.sync(server.url).completed
    for serial in (571, 572, 573, 574, 570, 575):  # chunks of 2: 571 572 | 573 574 | 570 575
        laptop.register(serial)
    records = records_to_send(laptop.session.store)
    out = tmp_path / "range.bpu"
    out.write_bytes(batch_file_of(laptop, records))
    laptop.close()
    counter = leave_kpj_numbers(branch, 3)
    participants, before = branch.participant_count(), set(branch.records())

    db = ["--db", branch.db_url]
    code, dry = _run_json(branch_main, [*db, "import", str(out), "--dry-run", "--json"], capsys)
    assert code == 0
    said: dict[str, str] = {}
    for lang in ("id", "en"):
        assert branch_main([*db, "import", str(out), "--dry-run", "--lang", lang]) == 0
        said[lang] = capsys.readouterr().out
    with Session(branch.engine) as session:  # a dry run keeps no number and no participant
        held = session.exec(select(Counter).where(Counter.name == KPJ_COUNTER)).one().value
    assert (held, branch.participant_count()) == (counter, participants)
    assert set(branch.records()) == before
    code, applied = _run_json(branch_main, [*db, "import", str(out), "--json"], capsys)
    assert code == 0

    answered = {key: applied[key] for key in ("duplicate", "pending_review", "rejected")}
    assert answered == {"duplicate": 1, "pending_review": waiting, "rejected": 0}
    assert applied["accepted"] == accepted
    assert dry["new"] == accepted  # the old dry run: 5, with no `pending_review` at all
    assert {key: dry.get(key, 0) for key in answered} == answered
    assert dry["kpj_range_exhausted"] is applied["kpj_range_exhausted"] is True
    assert (
        f"Nomor KPJ cabang habis di tengah impor ini: {accepted} data akan mendapat KPJ, "
        f"{waiting} lainnya" in said["id"]
    )
    assert (
        f"The branch runs out of KPJ numbers during this import: {accepted} of the records will "
        f"get a KPJ, the other {waiting} will wait in the review queue for a clerk." in said["en"]
    )
    assert "kpj_range_exhausted" not in said["en"] and "True" not in said["en"]
    states = sorted(row.state for rid, row in branch.records().items() if rid not in before)
    assert states.count("pending_review") == waiting and states.count("accepted") == accepted


def test_the_dry_run_of_a_revoked_laptops_file_counts_its_new_records_as_waiting(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A revoked laptop enrols no one by itself: the import holds its valid new records
    `pending_review` (a worker it registered twice too: never enrolled, the second is no
    duplicate of the first), while the dry run counted them `new` (and `duplicate`) beside the
    words saying they wait for a clerk. A worker already a participant stays a duplicate."""
    from sqlmodel import Session

    from bpu_enroll.branch.admin.roster import revoke_device

    other, laptop = laptop_factory(), laptop_factory()
    other.register(580)
    assert other.sync(server.url).completed
    for serial in (581, 582, 580):
        laptop.register(serial)
    records = records_to_send(laptop.session.store)
    again = records[0].model_copy(  # an older laptop's second registration of the worker
        update={"id": str(uuid.uuid4()), "receipt_no": _next_receipt(records[0].receipt_no, 10)}
    )
    out = tmp_path / "revoked.bpu"
    out.write_bytes(batch_file_of(laptop, [*records, again]))
    laptop.close()
    with Session(branch.engine) as session:
        revoke_device(session, code=laptop.device_code)

    db = ["--db", branch.db_url]
    code, dry = _run_json(branch_main, [*db, "import", str(out), "--dry-run", "--json"], capsys)
    assert code == 0
    code, applied = _run_json(branch_main, [*db, "import", str(out), "--json"], capsys)
    assert code == 0
    kinds = ("pending_review", "duplicate", "rejected", "voided", "conflict")
    assert {k: applied[k] for k in kinds} == {
        "pending_review": 3, "duplicate": 1, "rejected": 0, "voided": 0, "conflict": 0
    }  # fmt: skip
    assert (dry["new"], applied["accepted"]) == (0, 0)  # the old dry run: 2 new, 2 duplicates
    assert {k: dry.get(k, 0) for k in kinds} == {k: applied[k] for k in kinds}
    assert dry["device_revoked"] is True and dry["kpj_range_exhausted"] is False


def _counts(report: dict) -> dict[str, int]:  # type: ignore[type-arg]
    """A report's counts by the import's names (a dry run says `new` for `accepted`)."""
    return {
        ("accepted" if key == "new" else key): value
        for key, value in report.items()
        if isinstance(value, int) and not isinstance(value, bool) and value
    }


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [
        (500, {"accepted": 2, "rejected": 2}),
        (1, {"accepted": 2, "duplicate": 1, "rejected": 1}),
    ],
    ids=["one-chunk", "chunks-of-1"],
)
def test_the_dry_run_decides_corrections_chunk_by_chunk_as_the_import_does(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
    expected: dict[str, int],
) -> None:
    """Intake finds the version a correction replaces in the correction's own chunk or among
    the records held, so a correction that changes nothing (`CORRECTION_UNCHANGED`) ahead of
    the version it replaces is refused when both share a chunk, and judged as a registration of
    its own when that version comes in a later chunk (which is then a duplicate of it). The dry
    run looked for it in the whole file at once: with chunks of one it counted the early
    correction rejected and its version new, where the import accepts the one and holds the
    other a duplicate. A correction after its version is refused either way."""
    from bpu_enroll.branch.device import importer
    from bpu_enroll.branch.device.importer import import_batch_file

    monkeypatch.setattr(importer, "MAX_CHUNK_RECORDS", chunk)
    laptop = laptop_factory()
    late, first = laptop.register(591), laptop.register(592)
    sent = {r.id: r for r in records_to_send(laptop.session.store)}

    def unchanged(rid: str, step: int) -> RecordPayload:
        return sent[rid].model_copy(
            update={"id": str(uuid.uuid4()), "supersedes": rid,
                    "receipt_no": _next_receipt(sent[rid].receipt_no, step)}
        )  # fmt: skip

    early, after = unchanged(late, 10), unchanged(first, 11)
    data = batch_file_of(laptop, [early, sent[late], sent[first], after])
    laptop.close()

    before = set(branch.records())
    dry = import_batch_file(branch.engine, data, dry_run=True)
    assert set(branch.records()) == before
    applied = import_batch_file(branch.engine, data, dry_run=False)
    assert _counts(applied) == expected
    assert _counts(dry) == expected
    states = {rid: row.state for rid, row in branch.records().items()}
    assert states[after.id] == "rejected"
    assert states[early.id] == ("rejected" if chunk == 500 else "accepted")


@pytest.mark.parametrize(
    ("chunk", "expected"),
    [(500, {"accepted": 1, "already_received": 1}), (1, {"accepted": 1, "voided": 1})],
    ids=["one-chunk", "chunks-of-1"],
)
def test_the_dry_run_counts_a_void_of_a_record_the_same_file_brought_as_the_import(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
    expected: dict[str, int],
) -> None:
    """A file holding a record and, later, the same record voided (same id and hash): in one
    chunk intake stores the first copy and answers the void `already_received`, but a void in
    a later chunk finds the record held and voids it. The dry run answered every repeat
    `already_received`."""
    from bpu_enroll.branch.device import importer
    from bpu_enroll.branch.device.importer import import_batch_file

    monkeypatch.setattr(importer, "MAX_CHUNK_RECORDS", chunk)
    laptop = laptop_factory()
    rid = laptop.register(593)
    [record] = records_to_send(laptop.session.store)
    data = batch_file_of(
        laptop, [record, record.model_copy(update={"voided": True})], announced=[record]
    )
    laptop.close()

    dry = import_batch_file(branch.engine, data, dry_run=True)
    assert rid not in branch.records()
    applied = import_batch_file(branch.engine, data, dry_run=False)
    assert _counts(applied) == expected
    assert _counts(dry) == expected
    assert branch.records()[rid].state == ("accepted" if chunk == 500 else "voided")


def test_the_dry_run_refuses_a_file_whose_batch_was_announced_with_other_records(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
) -> None:
    """The import registers the file's manifest as a network push does: a batch id the branch
    knows with other records is refused `BATCH_CHANGED`, and nothing of the file is kept. The
    dry run did not look and counted the file's records new."""
    from bpu_enroll.branch.device.importer import ImportRefused, import_batch_file

    laptop = laptop_factory()
    laptop.register(594)
    laptop.register(595)
    records = records_to_send(laptop.session.store)
    batch_id = str(uuid.uuid4())
    with httpx.Client(base_url=server.url) as http:  # announced, nothing sent
        signed = sign_manifest(
            records[:1],
            device_code=laptop.device_code,
            signing_key=laptop.signing_key,
            batch_id=batch_id,
        )
        laptop.client(http).announce(signed)
    data = batch_file_of(laptop, records, batch_id=batch_id)
    laptop.close()

    for dry_run in (True, False):
        with pytest.raises(ImportRefused) as refused:
            import_batch_file(branch.engine, data, dry_run=dry_run)
        assert refused.value.code == "BATCH_CHANGED", dry_run
    assert branch.records() == {}


def _sync_while_a_dry_run_is_held(
    monkeypatch: pytest.MonkeyPatch, branch: Branch, data: bytes, online: Laptop, url: str
) -> tuple[list[list[str]], dict[str, Any], Any]:
    """Dry-run `data` on a thread, held after its first chunk while `online` syncs to `url`;
    a sync that waits for the dry run is let go after 20 s and fails the test. Each chunk's
    results, the dry run's answer and the sync's report; `receive_records` put back after."""
    from bpu_enroll.branch.device import importer

    midway, release, synced = threading.Event(), threading.Event(), threading.Event()
    real = importer.receive_records
    chunks: list[list[str]] = []

    def held_after_the_first_chunk(session: Session, **kwargs: Any) -> list[RecordResult]:
        results = real(session, **kwargs)
        chunks.append([result.result for result in results])
        if len(chunks) == 1:
            midway.set()
            release.wait(120)
        return results

    monkeypatch.setattr(importer, "receive_records", held_after_the_first_chunk)
    answer: dict[str, Any] = {}
    dry = threading.Thread(
        target=lambda: answer.update(importer.import_batch_file(branch.engine, data, dry_run=True))
    )
    dry.start()
    assert midway.wait(60)
    waited: list[bool] = []

    def watchdog() -> None:
        waited.append(not synced.wait(20))
        release.set()

    guard = threading.Thread(target=watchdog)
    guard.start()
    report = online.sync(url)
    synced.set()
    guard.join()
    dry.join(120)
    monkeypatch.setattr(importer, "receive_records", real)
    assert waited == [False], "the laptop's sync waited for the dry run to end"
    return chunks, answer, report


def test_a_laptops_sync_completes_while_a_dry_run_is_held_midway_through_a_file(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A dry run writes nothing, so it holds no writer's lock: while one is stopped after its
    first chunk, a laptop's network sync goes through (it waited for the whole file, on SQLite's
    `BEGIN IMMEDIATE` and PostgreSQL's counter row locks). The dry run still counts what the
    import would do as of its snapshot, and leaves nothing behind."""
    from bpu_enroll.branch.device import importer

    monkeypatch.setattr(importer, "MAX_CHUNK_RECORDS", 2)
    usb, online = laptop_factory(), laptop_factory()
    for serial in range(560, 566):
        usb.register(serial)
    data = batch_file_of(usb, records_to_send(usb.session.store))
    usb.close()
    online.register(570)
    online.register(560)  # in the file too: a participant once this sync is in
    chunks, answer, report = _sync_while_a_dry_run_is_held(
        monkeypatch, branch, data, online, server.url
    )
    assert report.completed
    assert [len(chunk) for chunk in chunks] == [2, 2, 2]
    assert (answer["new"], answer["duplicate"]) == (6, 0)  # as of its snapshot, before the sync
    states = {row.state for row in branch.records().values()}
    assert len(branch.records()) == 2 and states == {"accepted"}  # the dry run left nothing
    applied = importer.import_batch_file(branch.engine, data, dry_run=False)
    assert (applied["accepted"], applied["duplicate"]) == (5, 1)


def test_a_dry_runs_private_copies_hold_what_the_file_can_touch_not_the_whole_branch(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dry run copies only the rows its file can touch (`store.shadow`): the file's own
    records the branch holds and the participants its workers may be, with the record that
    enrolled them; none of another laptop's unrelated records and participants. A worker that
    other laptop registered is still found: the file's registration of them is a duplicate with
    their KPJ, as the import answers it."""
    from sqlalchemy import text

    from bpu_enroll.branch.device import importer

    usb, other = laptop_factory(), laptop_factory()
    for serial in range(700, 712):  # nothing to do with the file
        other.register(serial)
    shared = other.register(750)
    assert other.sync(server.url).completed
    usb.register(760)
    usb.register(761)
    earlier = records_to_send(usb.session.store)
    assert usb.sync(server.url).completed  # the file brings these again: already received
    usb.register(762)
    usb.register(763)
    usb.register(750)  # the worker the other laptop registered
    data = batch_file_of(usb, [*earlier, *records_to_send(usb.session.store)])
    usb.close()
    held = branch.records()
    assert len(held) == 15 and branch.participant_count() == 15
    real = importer.receive_records
    copied: list[tuple[set[str], int]] = []
    answers: list[RecordResult] = []

    def counting_the_copies(session: Session, **kwargs: Any) -> list[RecordResult]:
        ids = set(session.execute(text("SELECT id FROM branch_record")).scalars())
        count = session.execute(text("SELECT count(*) FROM branch_participant")).scalar_one()
        copied.append((ids, count))
        answers.extend(results := real(session, **kwargs))
        return results

    monkeypatch.setattr(importer, "receive_records", counting_the_copies)
    dry = importer.import_batch_file(branch.engine, data, dry_run=True)
    earlier_ids = {record.id for record in earlier}
    assert copied == [(earlier_ids | {shared}, 3)]  # not the other laptop's 12 others
    assert (dry["new"], dry["already_received"], dry["duplicate"]) == (2, 2, 1)
    duplicate = [answer for answer in answers if answer.result == "duplicate"]
    assert [answer.kpj for answer in duplicate] == [held[shared].kpj]
    assert branch.records() == held and branch.participant_count() == 15  # nothing kept
    monkeypatch.setattr(importer, "receive_records", real)
    applied = importer.import_batch_file(branch.engine, data, dry_run=False)
    assert (applied["accepted"], applied["already_received"], applied["duplicate"]) == (2, 2, 1)


def test_a_sync_completes_while_a_dry_run_is_held_after_records_the_branch_already_holds(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A record the file brings again, held as sent, drops its ask for a repair
    (`repair`, `store.wanted`): the dry run does that on its private copy of the asks too, so it
    still takes no writer's lock (on SQLite its delete on the real table took the write lock,
    and a laptop's sync waited for the end of the preview)."""
    from bpu_enroll.branch.device import importer

    monkeypatch.setattr(importer, "MAX_CHUNK_RECORDS", 2)
    usb, online = laptop_factory(), laptop_factory()
    usb.register(780)
    usb.register(781)
    earlier = records_to_send(usb.session.store)
    assert usb.sync(server.url).completed
    usb.register(782)
    usb.register(783)
    data = batch_file_of(usb, [*earlier, *records_to_send(usb.session.store)])
    usb.close()
    online.register(790)
    chunks, answer, report = _sync_while_a_dry_run_is_held(
        monkeypatch, branch, data, online, server.url
    )
    assert report.completed
    assert chunks == [["already_received"] * 2, ["accepted"] * 2]
    assert (answer["new"], answer["already_received"]) == (2, 2)
    assert len(branch.records()) == 3  # the dry run left nothing


def test_the_dry_run_finds_a_worker_lapsed_by_a_later_version_the_file_does_not_name(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
) -> None:
    """A worker enrolled by one record and voided by a correction of it has lapsed: a file's
    new registration of them is accepted with their KPJ, not a duplicate. The file names
    neither version, so the dry run's private copies take the enrolling record's whole chain
    (what supersedes it too), as the registry walks it (`store.chains`)."""
    from bpu_enroll.branch.device import importer
    from bpu_enroll.services.registration import RegistrationService
    from tests.integration.helpers import registration

    laptop = laptop_factory()
    first = laptop.register(795)
    assert laptop.sync(server.url).completed
    service = RegistrationService(laptop.session)
    corrected = str(service.correct(first, registration(795, full_name="Budi Santosa")).id)
    assert laptop.sync(server.url).completed
    service.void(corrected, "salah orang")
    assert laptop.sync(server.url).completed
    kpj = branch.records()[first].kpj
    assert kpj is not None and branch.records()[corrected].state == "voided"
    again = laptop.register(795)
    data = batch_file_of(laptop, records_to_send(laptop.session.store))
    laptop.close()
    dry = importer.import_batch_file(branch.engine, data, dry_run=True)
    applied = importer.import_batch_file(branch.engine, data, dry_run=False)
    assert (applied["accepted"], applied["duplicate"]) == (1, 0)
    assert branch.records()[again].kpj == kpj
    assert (dry["new"], dry["duplicate"]) == (1, 0)


def test_a_dry_run_leaves_no_statement_in_the_engines_cache_that_the_next_cannot_reuse(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
) -> None:
    """The private copies are tables made for one dry run (`store.shadow`): statements naming
    them, compiled into the engine's statement cache, were new entries at every dry run, each
    holding its file's record ids and NIK hashes and pushing out the server's own statements
    (1–3 MB a dry run of 2,000 records). A second dry run of the same file adds nothing to
    the cache the first one left."""
    from bpu_enroll.branch.device import importer

    usb = laptop_factory()
    for serial in range(800, 806):
        usb.register(serial)
    data = batch_file_of(usb, records_to_send(usb.session.store))
    usb.close()
    cache = branch.engine._compiled_cache
    assert cache is not None
    first = importer.import_batch_file(branch.engine, data, dry_run=True)
    kept = set(cache.keys())
    second = importer.import_batch_file(branch.engine, data, dry_run=True)
    assert set(cache.keys()) == kept
    assert first["new"] == second["new"] == 6


def test_an_empty_or_cut_short_batch_file_is_refused_saying_what_it_is(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a stick without hard links a power cut during an export can leave a part's name
    holding its empty placeholder (or, on FAT, its size with zero bytes), and a copy cut off
    leaves only a file's beginning. `bpu-branch import` (and its dry run) refuses each with a
    code that says so, in both languages, never a traceback; a cut inside the sealed part
    cannot be told from damage and stays `BATCH_FILE_INVALID`."""
    from sqlmodel import Session

    from bpu_enroll.branch.workspace.staff import audit_log
    from bpu_enroll.domain.errors import message
    from bpu_enroll.sync.batchfile import MAGIC

    laptop = laptop_factory()
    laptop.register(700)
    laptop.close()
    monkeypatch.setenv("BPU_ENROLL_PASSWORD", PASSWORD)
    whole = tmp_path / "batch.bpu"
    assert laptop_main(["export-batch", "--data-dir", str(laptop.data_dir), "--officer",
                        OFFICER, "--out", str(whole)]) == 0  # fmt: skip
    data = whole.read_bytes()
    cases = {
        "empty.bpu": (b"", "BATCH_FILE_EMPTY"),
        "zeros.bpu": (bytes(4096), "BATCH_FILE_EMPTY"),
        "magic-cut.bpu": (MAGIC[:5], "BATCH_FILE_TRUNCATED"),
        "head-only.bpu": (data[: len(MAGIC) + 40], "BATCH_FILE_TRUNCATED"),
        "half.bpu": (data[: len(data) // 2], "BATCH_FILE_INVALID"),
    }
    db = ["--db", branch.db_url]
    refused = []
    for name, (content, code) in cases.items():
        bad = tmp_path / name
        bad.write_bytes(content)
        for dry in (["--dry-run"], []):
            got, said = _run_json(branch_main, [*db, "import", str(bad), *dry, "--json"], capsys)
            assert (got, said["error"]["code"]) == (1, code), name
            assert said["error"]["message"] == message(code, "id"), name
            refused.append((not dry, code))
            for lang in ("id", "en"):
                capsys.readouterr()
                assert branch_main([*db, "import", str(bad), *dry, "--lang", lang]) == 1
                err = capsys.readouterr().err
                assert f"{code}: {message(code, lang)}" in err and "Traceback" not in err, err
                refused.append((not dry, code))
    assert "0 bait" in message("BATCH_FILE_EMPTY", "id")
    assert "0 bytes" in message("BATCH_FILE_EMPTY", "en")
    assert "terpotong" in message("BATCH_FILE_TRUNCATED", "id")
    assert "cut short" in message("BATCH_FILE_TRUNCATED", "en")

    with Session(branch.engine) as session:
        lines = [line for line in audit_log(session) if line["action"] == "import"][::-1]
    assert [(not line["detail"]["dry_run"], line["detail"]["refused"]) for line in lines] == (
        refused
    )
    # The whole file still imports.
    got, said = _run_json(branch_main, [*db, "import", str(whole), "--json"], capsys)
    assert (got, said["accepted"]) == (0, 1)
