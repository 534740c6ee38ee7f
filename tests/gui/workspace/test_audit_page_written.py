"""Every detail key the branch writes in an audit line is said in words on the audit page.

The lines come from the real actions on a real branch, not from a list kept by hand: sign-ins
(failed, locked, refused, malformed), a clerk's decision and views, a clerk's request refused for
her role, a revoked laptop's sync, a laptop's void, USB imports (the workspace's and `bpu-branch
import`), an export and its download, a tally printed and saved, enrolment codes refused (a
lifetime out of bounds, one past the bound), a laptop's enrolment answered again, the roster, a
setting, a reference package, a key backup, a damaged record refused at export, found by `check` and
repaired by its USB file imported again (and one sent over the network by the laptop's next
sync; asked again once the laptop no longer holds it), personal data resealed, a broken chain
found at start and a 0.1.0 branch adopted. A key added to any of them without words fails here
(`valid`, `entries`, `first_bad`, the adoption's flags, `conflicts`, `notes`, `bytes` and
`manifest_sha256` showed as the server wrote them).
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from nacl.signing import SigningKey
from sqlalchemy import text
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin import adopt, reseal
from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.admin.keys_cli import init_master_key
from bpu_enroll.branch.admin.reference import publish
from bpu_enroll.branch.store import audit_chain, fields, refusal_bound
from bpu_enroll.branch.store.db import open_branch
from bpu_enroll.branch.store.models import Record, RefusalWindow, utcnow
from bpu_enroll.branch.store.settings import set_setting
from bpu_enroll.branch.workspace import devices, sign_in, staff_roster
from bpu_enroll.branch.workspace.staff import audit_log
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.workspace.audit.page import ACTIONS, action_text
from bpu_enroll.gui.workspace.audit.words import NAMES, VALUES, detail_text, detail_tooltip
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.store.keys import FAST_KDF
from bpu_enroll.store.models import Registration
from bpu_enroll.store.retention import purge_personal_data
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.export import export_batch
from bpu_enroll.sync.laptop_store import load_sync_state, records_to_send
from bpu_enroll.sync.protocol import unb64
from bpu_enroll.sync.runner import sign_manifest
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.gui.workspace.conftest import CLERK, SUPERVISOR, BranchServer
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    break_record,
    exhaust_kpj_range,
    signed_enrolment,
)

OLD_BRANCH = Path(__file__).resolve().parents[2] / "fixtures" / "store-0.1.0" / "branch.db"
# Said by their members' names alone ("baru: 24, berubah: 0"), never by their own.
GROUPS = {"counts"}
# Written only by commands that change the run's master key (`key rotate`, `key restore`): their
# details (`master_key`, `key_file_written`) are in tests/integration/test_branch_keys.py.
NOT_DRIVEN = {"master_key_rotated", "master_key_restored"}


def _keys(detail: Any) -> Iterator[str]:
    """Every key of a detail, those of a group and of a list's items (an export's files) too."""
    items = detail if isinstance(detail, list) else [detail]
    for item in items:
        if isinstance(item, dict):
            for key, value in item.items():
                yield key
                yield from _keys(value)


def _sign_ins(url: str) -> None:
    """Failed until locked, locked, an officer at the staff door, a form and a body not valid."""
    with httpx.Client(base_url=url, timeout=30) as http:
        for _ in range(6):
            http.post("/api/v1/staff/login", json={"username": "tamu", "password": "salah"})
        http.post("/api/v1/staff/login", json={"username": OFFICER, "password": PASSWORD})
        http.post("/api/v1/staff/login", json={"username": "x", "password": "y", "pin": 1})
        http.post("/api/v1/staff/login", content=b"{not json")


def _clerk_day(url: str, laptops: list[Laptop], branch: Branch, usb: Path) -> None:
    """A void from a laptop, a void of a version held as a conflict (refused), a record waiting
    for a clerk viewed twice and rejected, a USB file previewed, imported, and one refused."""
    first, second = laptops
    voided = first.register(931)
    assert first.sync(url).completed
    RegistrationService(first.session).void(voided, "pekerja membatalkan pendaftaran")
    _void_a_conflicting_version(url, first)
    exhaust_kpj_range(branch)
    waiting = first.register(932)
    printed = ReceiptService(first.session).render(waiting)
    assert first.sync(url).completed
    second.register(933)
    state = load_sync_state(second.data_dir)
    assert state.branch_encryption_key is not None
    export_batch(second.session.store, out=usb, signing_key=second.signing_key,
                 device_code=second.device_code,
                 branch_public_key=unb64(state.branch_encryption_key))  # fmt: skip
    _claim_a_neighbours_record(url, second, voided)
    clerk = StaffClient(url, timeout=30)
    try:
        clerk.login(*CLERK)
        clerk.review_item(waiting)
        clerk.verify_receipt(printed.payload)
        clerk.decide(waiting, "reject", reason_code="NAME_FORMAT", note="")
        clerk.import_file(usb.read_bytes(), dry_run=True)
        with pytest.raises(Exception):  # noqa: B017 - the refusal is audited, not judged
            clerk.import_file(b"bukan berkas batch", dry_run=True)
    finally:
        clerk.close()


def _void_a_conflicting_version(url: str, laptop: Laptop) -> None:
    """A tampered laptop's void of a record the branch holds another version of: refused."""
    record_id = laptop.register(935)
    assert laptop.sync(url).completed
    break_record(laptop, record_id, phone="0813-9999-0000")
    RegistrationService(laptop.session).void(record_id, "pekerja membatalkan pendaftaran")
    report = laptop.sync(url)
    assert [r.reasons for r in report.results] == [["CONFLICT", "VOID_CONFLICT"]]


def _claim_a_neighbours_record(url: str, thief: Laptop, victim: str) -> None:
    """A laptop's record that names another laptop's as the one it replaces: refused."""
    own = thief.register(934)
    forged = next(r for r in records_to_send(thief.session.store) if r.id == own)
    forged = forged.model_copy(update={"supersedes": victim})
    with httpx.Client(base_url=url, timeout=30) as http:
        client = thief.client(http)
        signed = sign_manifest(
            [forged], device_code=thief.device_code, signing_key=thief.signing_key,
            batch_id=str(uuid.uuid4()),
        )  # fmt: skip
        answer = client.announce(signed)
        (told,) = client.send_records(answer.batch_id, [forged]).results
    assert told.reasons == ["SUPERSEDES_FOREIGN"]


def _supervisor_day(url: str) -> None:
    """An export, downloaded again, a tally printed (by an older workspace, the fetch itself; by
    this one, once printed from its preview) and saved, and enrolment codes refused."""
    supervisor = StaffClient(url, timeout=30)
    try:
        supervisor.login(*SUPERVISOR)
        supervisor.export()
        supervisor.export_again(supervisor.exports()["items"][0]["export_id"])
        supervisor.tally_pdf(date.today())
        _pdf, fingerprint = supervisor.tally_preview(date.today())
        supervisor.tally_printed(date.today(), None, "id", fingerprint, "printed")
        supervisor.tally_printed(date.today(), None, "id", fingerprint, "saved")
        with pytest.raises(StaffError):  # a lifetime of a week, then codes past the bound
            supervisor.enrol_code(ttl_minutes=7 * 24 * 60)
        with pytest.raises(StaffError):
            for _ in range(devices.LIVE_CODES + 1):
                supervisor.enrol_code()
        supervisor.logout()
    finally:
        supervisor.close()


def _administration(branch: Branch, laptops: list[Laptop], usb: Path, tmp_path: Path) -> None:
    """`bpu-branch` at work: an import, the roster, a setting, a package, a key backup."""
    assert branch_main(["--db", branch.db_url, "import", str(usb), "--dry-run", "--json"]) == 0
    backup = tmp_path / "safe" / "branch-key.backup"
    assert branch_main(["--db", branch.db_url, "key", "backup", "--out", str(backup)]) == 0
    with Session(branch.engine) as db:
        admin.revoke_officer(db, username=CLERK[0])
        admin.add_officer(db, username=CLERK[0], name="Rina", role="clerk", password=CLERK[1],
                          params=FAST_KDF)  # fmt: skip
        admin.revoke_device(db, code=laptops[1].device_code)
        for _ in range(sign_in.FAILURES_PER_USER):  # the clerk locked out, then unlocked
            sign_in.record_failure(db, sign_in.Attempt(CLERK[0], "10.0.0.9"), utcnow())
        db.commit()
        assert staff_roster.unlock(db, username=CLERK[0], actor=SUPERVISOR[0])["was_locked"]
        set_setting(db, "retention-days", "400")
        publish(db, {"version": "wilayah-2027.1", "villages": {"32.01.01.2999": "Desa Baru"}})


def _refused_requests(url: str, laptops: list[Laptop]) -> None:
    """A clerk asking for the supervisor's tally, the laptop revoked just now still syncing."""
    clerk = StaffClient(url, timeout=30)
    try:
        clerk.login(*CLERK)
        with pytest.raises(Exception):  # noqa: B017 - the refusal is audited, not judged
            clerk.tally_pdf(date.today())
    finally:
        clerk.close()
    with pytest.raises(SyncRefused, match="DEVICE_REVOKED"):
        laptops[1].sync(url)


def _enrolment_answered_again(url: str, branch: Branch) -> None:
    """A laptop whose enrolment answer was lost asks again with its key and the same code."""
    key, code = SigningKey.generate(), branch.code().code
    with httpx.Client(base_url=url, timeout=30) as http:
        first, again = (
            http.post("/api/v1/enrol", json=signed_enrolment(url, code, key, label="laptop baru"))
            for _ in range(2)
        )
    assert first.status_code == again.status_code == 200
    assert first.json()["device_code"] == again.json()["device_code"]


def _refusals_flooded(url: str, branch: Branch) -> None:
    """More wrong enrolment codes in a minute than are audited one by one; the minute over,
    the next one writes the `refusals_suppressed` line first."""
    wrong = signed_enrolment(url)
    with httpx.Client(base_url=url, timeout=30) as http:
        for _ in range(refusal_bound.LIMIT + 2):
            assert http.post("/api/v1/enrol", json=wrong).status_code == 403
        with Session(branch.engine) as db:
            for row in db.exec(select(RefusalWindow)).all():
                row.window_start -= refusal_bound.WINDOW
                db.add(row)
            db.commit()
        assert http.post("/api/v1/enrol", json=wrong).status_code == 403


def _cut(branch: Branch, record_id: str) -> bytes:
    """Cut a stored record's sealed payload in half (it no longer opens); what it was."""
    with Session(branch.engine) as db:
        row = db.get(Record, record_id)
        assert row is not None
        whole = row.payload
        row.payload = whole[: len(whole) // 2]
        db.add(row)
        db.commit()
    return whole


def _damaged_and_repaired(url: str, branch: Branch, laptop: Laptop, usb: Path) -> None:
    """An accepted record that does not read refuses the export (put back by hand after); a
    record brought on a USB file, cut at the branch, is named by `bpu-branch check` and repaired
    by the same file imported again."""
    with Session(branch.engine) as db:
        accepted = db.exec(select(Record).where(Record.state == "accepted")).first()
        assert accepted is not None
    whole = _cut(branch, accepted.id)
    supervisor = StaffClient(url, timeout=30)
    try:
        supervisor.login(*SUPERVISOR)
        with pytest.raises(Exception, match="EXPORT_RECORD_UNREADABLE"):
            supervisor.export(full=True)
    finally:
        supervisor.close()
    with Session(branch.engine) as db:
        db.execute(text("UPDATE branch_record SET payload = :p WHERE id = :i"),
                   {"p": whole, "i": accepted.id})  # fmt: skip
        db.commit()
    record_id = laptop.register(936)
    state = load_sync_state(laptop.data_dir)
    assert state.branch_encryption_key is not None
    export_batch(laptop.session.store, out=usb, signing_key=laptop.signing_key,
                 device_code=laptop.device_code,
                 branch_public_key=unb64(state.branch_encryption_key))  # fmt: skip
    imported = ["--db", branch.db_url, "import", str(usb), "--json"]
    checked = ["--db", branch.db_url, "check", "--json"]
    assert branch_main(imported) == 0
    _cut(branch, record_id)
    assert branch_main(checked) == 1
    assert branch_main(imported) == 0
    assert branch_main(checked) == 0
    # Over the network: a record the laptop sent, cut, is asked of it by the review detail that
    # meets it (and named by `check`) and repaired at its next sync.
    sent = laptop.register(937)
    assert laptop.sync(url).completed
    _cut(branch, sent)
    # Opened in review before anyone runs `check`: the detail asks it of the laptop itself.
    supervisor = StaffClient(url, timeout=30)
    try:
        supervisor.login(*SUPERVISOR)
        with pytest.raises(Exception, match="RECORD_UNREADABLE"):
            supervisor.review_item(sent)
    finally:
        supervisor.close()
    assert branch_main(checked) == 1
    assert laptop.sync(url).resent == 1
    assert branch_main(checked) == 0
    # A record this laptop sent and the branch settled, cut once the laptop has removed its
    # personal fields: the laptop answers it no longer holds it (put back by hand after).
    later = datetime.now(UTC) + timedelta(days=40)
    assert purge_personal_data(laptop.session.store, now=later, days=30).settled >= 1
    with laptop.session.store.session() as held:
        settled = held.exec(
            select(Registration.id).where(col(Registration.purged_at).is_not(None))
        ).first()
    assert settled is not None
    whole = _cut(branch, settled)
    assert branch_main(checked) == 1
    assert laptop.sync(url).resend_unavailable == 1
    with Session(branch.engine) as db:
        db.execute(text("UPDATE branch_record SET payload = :p WHERE id = :i"),
                   {"p": whole, "i": settled})  # fmt: skip
        db.commit()
    assert branch_main(checked) == 0


def _resealed_and_broken(branch: Branch, monkeypatch: pytest.MonkeyPatch) -> None:
    """Personal data resealed (as on PostgreSQL, where a field sealed late stays in clear in
    older rows), then a line edited and the chain found broken at the server's start."""
    with monkeypatch.context() as patched:
        for module in (reseal, fields):
            patched.setattr(module, "seals_fields", lambda _session: True)
        with Session(branch.engine) as db:
            db.execute(text("UPDATE branch_review SET note = 'catatan lama'"))
            db.commit()
        reseal.reseal_branch(branch.engine, actor="cli:reseal")
    with Session(branch.engine) as db:
        db.execute(text("UPDATE branch_audit SET actor = 'orang lain' WHERE id = 2"))
        db.commit()
        assert not audit_chain.check_at_start(db).valid


def _adopted(tmp_path: Path) -> list[dict[str, Any]]:
    """The lines of a 0.1.0 branch once adopted."""
    path = tmp_path / "old-branch.db"
    shutil.copyfile(OLD_BRANCH, path)
    url = f"sqlite:///{path}"
    master, _ = init_master_key(None)
    assert adopt.adopt_branch(url, master, lambda _code: "cmVjb3Zlcnk=").changed
    engine = open_branch(url, master)
    try:
        with Session(engine) as db:
            return audit_log(db, limit=1_000)
    finally:
        engine.dispose()


@pytest.fixture
def written(  # noqa: PLR0917 - fixtures
    ws_branch: Branch,
    ws_server: BranchServer,
    laptops: list[Laptop],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> list[dict[str, Any]]:
    """Every audit line a day of the branch's real actions wrote (see the module text)."""
    usb = tmp_path / "usb" / "batch.bpu"
    _sign_ins(ws_server.url)
    _clerk_day(ws_server.url, laptops, ws_branch, usb)
    _supervisor_day(ws_server.url)
    _administration(ws_branch, laptops, usb, tmp_path)
    _refused_requests(ws_server.url, laptops)
    _enrolment_answered_again(ws_server.url, ws_branch)
    _refusals_flooded(ws_server.url, ws_branch)
    _damaged_and_repaired(ws_server.url, ws_branch, laptops[0], tmp_path / "usb" / "again.bpu")
    _resealed_and_broken(ws_branch, monkeypatch)
    capsys.readouterr()
    with Session(ws_branch.engine) as db:
        lines = audit_log(db, limit=1_000)
    return lines + _adopted(tmp_path)


def test_every_detail_key_the_branch_writes_is_said_in_words(
    written: list[dict[str, Any]], ws_ctx: AppContext
) -> None:
    """Each key of each line the branch wrote has words, each action too, and the drive
    reached every action the page names (but the two that change the run's master key)."""
    actions = {line["action"] for line in written}
    assert set(ACTIONS) - actions == NOT_DRIVEN
    assert [a for a in actions if action_text(a) == a] == []
    keys = {key for line in written for key in _keys(line["detail"])}
    assert {"valid", "first_bad", "file_encrypted", "conflicts", "notes", "bytes"} <= keys
    assert sorted(keys - set(NAMES) - set(VALUES) - GROUPS) == []
    for lang in ("id", "en"):
        ws_ctx.languages.set_language(lang)
        for line in written:
            said = detail_text(line["detail"], lang=lang)
            assert not set('{}[]"') & set(said), said  # never Python's dict or list
            for key in {k for k in _keys(line["detail"]) if "_" in k}:  # none as written
                assert f"{key}:" not in said and f"{key}=" not in said, (key, said)
            assert detail_tooltip(line["detail"], lang=lang)


# The keys that showed raw, as the branch writes them (an export downloaded again, an export,
# a chain found broken, a 0.1.0 branch adopted, data resealed), and how each reads (id, en).
KEY_WORDS = (
    ({"bytes": 1_258_291, "manifest_sha256": "ab" * 32},
     "ukuran: 1,2\u00a0MB, checksum manifest: abababababab…",
     "size: 1.2\u00a0MB, manifest checksum: abababababab…"),
    ({"files": [{"name": "registrations-JKT01-E00001.csv", "bytes": 2_560, "rows": 2,
                 "sha256": "cd" * 32}]},
     "berkas: nama=registrations-JKT01-E00001.csv ukuran=2,5\u00a0KB baris=2"
     " checksum=cdcdcdcdcdcd…",
     "files: name=registrations-JKT01-E00001.csv size=2.5\u00a0KB rows=2 checksum=cdcdcdcdcdcd…"),
    ({"valid": False, "entries": 15_234, "first_bad": 17},
     "baris diperiksa: 15.234, rusak mulai baris: 17, rantai utuh: tidak",
     "lines checked: 15.234, broken from line: 17, chain intact: no"),
    ({"file_encrypted": True, "participants_hashed": 1_200, "payloads_sealed": 0,
      "secrets_sealed": True, "recovery_key_made": True},
     "berkas basis data dienkripsi: ya, NIK peserta diganti hash: 1.200, data disegel: 0, "
     "kunci pemulihan dibuat: ya, kunci cabang disegel: ya",
     "database file encrypted: yes, participants' NIKs hashed: 1.200, records sealed: 0, "
     "recovery key made: yes, branch keys sealed: yes"),
    ({"records": 12, "conflicts": 1, "notes": 3},
     "konflik: 1, catatan petugas administrasi: 3, data: 12",
     "conflicts: 1, clerks' notes: 3, records: 12"),
    ({"bytes": 512}, "ukuran: 512\u00a0byte", "size: 512\u00a0bytes"),
)  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("detail", "in_id", "in_en"), KEY_WORDS)
def test_sizes_checksums_and_flags_read_as_a_clerk_reads_them(
    detail: dict[str, Any], in_id: str, in_en: str, lang: str, ws_ctx: AppContext
) -> None:
    """A size in the page's language (`1,2 MB`, `1.2 MB`, a no-break space before the unit, so
    larger text never wraps "2,5" over "KB"), a checksum cut (whole in the tooltip, as the byte
    count is), yes and no in words, Indonesian first."""
    ws_ctx.languages.set_language(lang)
    assert detail_text(detail, lang=lang) == (in_id if lang == "id" else in_en)
    tooltip = detail_tooltip(detail, lang=lang)
    files = detail.get("files", [{}])
    for item in (detail, *files):
        for key, value in item.items():
            if key == "bytes":
                assert f"({value})" in tooltip, tooltip
            elif isinstance(value, str):
                assert value in tooltip, tooltip
