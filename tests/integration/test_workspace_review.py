"""The clerk's side of the workspace through `StaffClient`, against the real server on both back
ends: logout, role refusals, the review detail of a duplicate, a rejection and a conflict, the
queue's kinds and counts, sequence gaps, USB import with its dry run, and the export zip."""

from __future__ import annotations

import hashlib
import io
import json
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin.roster import branch_info, branch_secrets, revoke_device
from bpu_enroll.branch.device.importer import import_batch_file
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.branch.store.models import Export, Record
from bpu_enroll.branch.workspace.export import FILES_KEPT, export_changes, to_folder
from bpu_enroll.branch.workspace.staff import StaffSession, audit_log, token_hash
from bpu_enroll.documents.tally.figures import tally_figures
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.sync import SyncService
from bpu_enroll.services.tally import TallyService
from bpu_enroll.sync.export import export_batch
from bpu_enroll.sync.laptop_store import load_sync_state, records_to_send
from bpu_enroll.sync.protocol import unb64
from bpu_enroll.sync.runner import sign_manifest
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    break_record,
    make_branch,
    nik_for,
)
from tests.integration.pg import free_port

CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"
SUPERVISOR, SUPERVISOR_PASSWORD = "agus", "rahasia-agus"


@pytest.fixture
def staff(branch: Branch, server: ServerThread) -> Iterator[Callable[[str, str], StaffClient]]:
    """Logs members of staff in through `StaffClient`; closes the clients at the end."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    branch.add_officer(SUPERVISOR, SUPERVISOR_PASSWORD, role="supervisor")
    made: list[StaffClient] = []

    def login(username: str, password: str) -> StaffClient:
        client = StaffClient(server.url, timeout=30)
        made.append(client)
        client.login(username, password)
        return client

    try:
        yield login
    finally:
        for client in made:
            client.close()


def _refused(call: Callable[[], object]) -> StaffError:
    with pytest.raises(StaffError) as caught:
        call()
    return caught.value


def test_logout_ends_the_session_and_login_purges_expired_ones(
    branch: Branch, server: ServerThread, staff: Callable[[str, str], StaffClient]
) -> None:
    with Session(branch.engine) as db:
        past = datetime.now(UTC) - timedelta(hours=1)
        db.add(StaffSession(token_hash="0" * 64, username=CLERK, created_at=past, expires_at=past))
        db.commit()
    clerk = staff(CLERK, CLERK_PASSWORD)
    assert (clerk.username, clerk.role) == (CLERK, "clerk")
    token = clerk.token
    assert token is not None
    with Session(branch.engine) as db:
        assert db.get(StaffSession, "0" * 64) is None  # purged at the login
        assert db.get(StaffSession, token_hash(token)) is not None
    assert clerk.review()["total"] == 0

    clerk.logout()
    assert clerk.token is None
    with Session(branch.engine) as db:
        assert db.get(StaffSession, token_hash(token)) is None
    again = StaffClient(server.url, token=token)
    try:
        refused = _refused(again.batches)
        assert (refused.code, refused.status) == ("SESSION_INVALID", 401)
        again.logout()  # an ended session: logging out once more is quiet
    finally:
        again.close()
    assert _refused(clerk.review).code == "SESSION_INVALID"  # no token any more


def test_logout_with_a_token_that_is_no_session_is_refused_as_every_route_refuses_it(
    branch: Branch, server: ServerThread, staff: Callable[[str, str], StaffClient]
) -> None:
    """A forged, unknown, ended or expired token answered 204 at logout (every other route a
    coded 401): it is refused `SESSION_INVALID` now, and writes nothing, as a knock on any other
    route; a session's own logout still ends it and is audited."""
    clerk = staff(CLERK, CLERK_PASSWORD)
    ended = staff(CLERK, CLERK_PASSWORD)
    token, ended_token = clerk.token, ended.token
    assert token is not None and ended_token is not None
    ended.logout()
    with Session(branch.engine) as db:
        past = datetime.now(UTC) - timedelta(minutes=1)
        db.add(StaffSession(token_hash=token_hash("expired-token"), username=CLERK,
                            created_at=past, expires_at=past))  # fmt: skip
        db.commit()
    before = audit_log_lines(branch)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        for forged in ("nobody", "x" * 43, ended_token, "expired-token"):
            answer = http.post(
                "/api/v1/staff/logout", headers={"Authorization": f"Bearer {forged}"}
            )
            assert answer.status_code == 401, (forged, answer.text)
            assert answer.json()["error"]["code"] == "SESSION_INVALID"
        assert audit_log_lines(branch) == before
        answer = http.post("/api/v1/staff/logout", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 204, answer.text
    [line] = audit_log_lines(branch)[len(before) :]
    assert (line["action"], line["actor"], line["subject"]) == ("logout", CLERK, CLERK)
    clerk.logout()  # its session ended meanwhile: the client says nothing, forgets the token
    assert clerk.token is None
    assert audit_log_lines(branch)[len(before) + 1 :] == []


def audit_log_lines(branch: Branch) -> list[dict[str, object]]:
    """The audit log, oldest first."""
    with Session(branch.engine) as db:
        return list(reversed(audit_log(db, limit=10_000)))


def test_roles_are_refused_by_the_server(
    branch: Branch, server: ServerThread, staff: Callable[[str, str], StaffClient]
) -> None:
    officer = StaffClient(server.url)
    try:
        refused = _refused(lambda: officer.login(OFFICER, PASSWORD))
        assert (refused.code, refused.status) == ("ROLE_REFUSED", 403)
        assert officer.token is None
        wrong = _refused(lambda: officer.login(CLERK, "salah"))
        assert (wrong.code, wrong.status) == ("LOGIN_FAILED", 401)
        assert officer.health()["branch_code"] == "JKT01"
    finally:
        officer.close()

    clerk = staff(CLERK, CLERK_PASSWORD)
    today = date.today()
    for call in (lambda: clerk.tally(today), lambda: clerk.audit(10)):
        refused = _refused(call)
        assert (refused.code, refused.status) == ("ROLE_REFUSED", 403)
    supervisor = staff(SUPERVISOR, SUPERVISOR_PASSWORD)
    assert supervisor.tally(today)["totals"]["records"] == 0
    # the newest first: the clerk's two refusals are audited between the two sign-ins
    assert [line["action"] for line in supervisor.audit(4)] == [
        "login", "role_refused", "role_refused", "login"
    ]  # fmt: skip
    assert supervisor.review()["total"] == 0  # supervisors review as well


def test_review_detail_of_a_duplicate_a_rejection_and_a_conflict(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    first, second = laptop_factory(), laptop_factory()
    original = first.register(7)
    changed = first.register(8)
    assert first.sync(server.url).completed
    copy = second.register(7, work_location="Pasar Minggu")
    broken = second.register(9)
    break_record(second, broken, consent=False)
    assert second.sync(server.url).completed
    break_record(first, changed, work_location="Pelabuhan Muara Angke")
    assert first.sync(server.url).completed
    held = branch.records()

    clerk = staff(CLERK, CLERK_PASSWORD)
    queue = clerk.review()
    assert queue["counts"] == {"duplicate": 1, "rejected": 1, "conflict": 1, "pending_review": 0}
    assert {item["id"]: item["kind"] for item in queue["items"]} == {
        copy: "duplicate",
        broken: "rejected",
        changed: "conflict",
    }
    for kind, record_id in (("duplicate", copy), ("rejected", broken), ("conflict", changed)):
        page = clerk.review(kind=kind)
        assert (page["total"], [i["id"] for i in page["items"]]) == (1, [record_id])
        assert page["counts"] == queue["counts"]  # the whole queue, not the page
    assert clerk.review(kind="pending_review")["items"] == []

    duplicate = clerk.review_item(copy)
    assert duplicate["record"]["kind"] == "duplicate"
    assert duplicate["record"]["device"] == second.device_code
    assert duplicate["record"]["fields"]["work_location"] == "Pasar Minggu"
    existing = duplicate["existing"]
    assert existing["kpj"] == held[original].kpj == held[copy].kpj
    assert existing["receipt_no"] == held[original].receipt_no
    assert existing["device"] == first.device_code
    assert existing["fields"]["work_location"] == "Pasar Cibinong"
    assert existing["fields"]["nik_masked"] == duplicate["record"]["fields"]["nik_masked"]
    assert duplicate["versions"] == []
    assert duplicate["differences"] == ["work_location"]

    rejection = clerk.review_item(broken)
    assert rejection["record"]["kind"] == "rejected"
    assert rejection["record"]["reasons"] == ["CONSENT_REQUIRED"]
    assert (rejection["existing"], rejection["versions"]) == (None, [])

    conflict = clerk.review_item(changed)
    assert (conflict["record"]["kind"], conflict["record"]["conflict"]) == ("conflict", True)
    [kept, other] = conflict["versions"]
    assert (kept["label"], other["label"]) == ("held", "received")
    assert kept["content_hash"] == held[changed].content_hash != other["content_hash"]
    assert kept["fields"]["work_location"] == "Pasar Cibinong"
    assert other["fields"]["work_location"] == "Pelabuhan Muara Angke"
    assert conflict["differences"] == ["work_location"]

    text = json.dumps([duplicate, rejection, conflict, queue])
    for serial in (7, 8, 9):
        assert nik_for(serial)[0] not in text
    assert "81234567890" not in text and "0812-3456-7890" not in text
    assert duplicate["record"]["fields"]["nik_masked"].count("*") == 8
    assert "*" in duplicate["record"]["fields"]["phone_masked"]

    clerk.decide(copy, "confirm_duplicate")
    after = clerk.review()
    assert after["counts"]["duplicate"] == 0 and after["total"] == 2
    assert clerk.review_item(copy)["record"]["decision"]["decided_by"] == CLERK


def test_sequence_gaps_name_the_missing_receipts_until_they_arrive(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    laptop = laptop_factory()
    ids = [laptop.register(serial) for serial in (11, 12, 13, 14)]
    pending = {record.id: record for record in records_to_send(laptop.session.store)}
    receipts = [pending[i].receipt_no for i in ids]
    outer = [pending[ids[0]], pending[ids[3]]]  # the two in the middle stay on the laptop
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http)
        signed = sign_manifest(
            outer,
            device_code=laptop.device_code,
            signing_key=laptop.signing_key,
            batch_id=str(uuid.uuid4()),
        )
        client.send_records(client.announce(signed).batch_id, outer)

    clerk = staff(CLERK, CLERK_PASSWORD)
    gaps = clerk.gaps()
    assert gaps["total"] == 2
    assert [(g["device"], g["receipt_no_expected"]) for g in gaps["items"]] == [
        (laptop.device_code, receipts[1]),
        (laptop.device_code, receipts[2]),
    ]
    assert [g["sequence"] for g in gaps["items"]] == [
        int(receipts[1].rsplit("-", 1)[1]),
        int(receipts[2].rsplit("-", 1)[1]),
    ]
    assert laptop.sync(server.url).completed
    assert clerk.gaps() == {"total": 0, "offset": 0, "items": []}


def test_usb_import_dry_run_then_import_and_an_altered_file_refused(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
    tmp_path: Path,
) -> None:
    other, laptop = laptop_factory(), laptop_factory()
    other.register(600)
    assert other.sync(server.url).completed
    fresh = [laptop.register(601), laptop.register(602)]
    laptop.register(600)  # already a participant through the other laptop
    state = load_sync_state(laptop.data_dir)
    assert state.branch_encryption_key is not None
    out = tmp_path / "usb" / "batch.bpu"
    made = export_batch(
        laptop.session.store,
        out=out,
        signing_key=laptop.signing_key,
        device_code=laptop.device_code,
        branch_public_key=unb64(state.branch_encryption_key),
    )
    data = out.read_bytes()
    before = len(branch.records())

    clerk = staff(CLERK, CLERK_PASSWORD)
    dry = clerk.import_file(data, dry_run=True)
    assert (dry["dry_run"], dry["batch_id"], dry["device"], dry["records"]) == (
        True, made["batch_id"], laptop.device_code, 3,
    )  # fmt: skip
    assert (dry["counts"]["new"], dry["counts"]["duplicate"], dry["counts"]["conflict"]) == (
        2,
        1,
        0,
    )
    assert len(branch.records()) == before  # a dry run writes nothing

    applied = clerk.import_file(data, dry_run=False)
    assert (applied["dry_run"], applied["device"], applied["records"]) == (
        False, laptop.device_code, 3,
    )  # fmt: skip
    assert (applied["counts"]["accepted"], applied["counts"]["duplicate"]) == (2, 1)
    held = branch.records()
    assert all(held[i].state == "accepted" for i in fresh)
    [batch] = [b for b in clerk.batches()["items"] if b["batch_id"] == made["batch_id"]]
    assert batch["via"] == "usb"

    altered = bytearray(data)
    altered[len(altered) // 2] ^= 0x01
    refused = _refused(lambda: clerk.import_file(bytes(altered), dry_run=True))
    assert (refused.code, refused.status) == ("BATCH_FILE_INVALID", 422)
    assert len(branch.records()) == before + 3

    with Session(branch.engine) as db:
        lines = [line for line in audit_log(db) if line["action"] == "import"]
    assert [(line["actor"], line["detail"]["dry_run"]) for line in lines] == [
        (CLERK, True), (CLERK, False), (CLERK, True),
    ]  # fmt: skip
    assert lines[0]["detail"]["refused"] == "BATCH_FILE_INVALID"
    assert nik_for(601)[0] not in json.dumps(lines)


def test_export_zip_holds_the_files_with_their_checksums(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The zip holds the export's files, made in memory: the server (in this process) has no
    temporary folder at all, so an export written there first (with NIKs in clear, and left
    behind when the worker is killed) would fail."""
    monkeypatch.setattr(tempfile, "tempdir", "/nonexistent/bpu-server-tmp")
    laptop = laptop_factory()
    good = [laptop.register(31), laptop.register(32)]
    broken = laptop.register(33)
    break_record(laptop, broken, consent=False)
    assert laptop.sync(server.url).completed
    held = branch.records()

    clerk = staff(CLERK, CLERK_PASSWORD)
    archive = zipfile.ZipFile(io.BytesIO(clerk.export()))
    names = sorted(archive.namelist())
    stem = "JKT01-E00001"
    assert names == [
        f"manifest-{stem}.json",
        f"registrations-{stem}.csv",
        f"registrations-{stem}.json",
    ]
    manifest = json.loads(archive.read(f"manifest-{stem}.json"))
    assert manifest["rows"] == 2
    for entry in manifest["files"]:
        content = archive.read(entry["name"])
        assert len(content) == entry["bytes"]
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]
    rows = json.loads(archive.read(f"registrations-{stem}.json"))["rows"]
    assert sorted(r["receipt_number"] for r in rows) == sorted(held[i].receipt_no for i in good)
    assert len(archive.read(f"registrations-{stem}.csv").decode().splitlines()) == 3
    assert [e["export_id"] for e in clerk.exports()["items"]] == [stem]

    supervisor = staff(SUPERVISOR, SUPERVISOR_PASSWORD)
    [line] = [x for x in supervisor.audit(50) if x["action"] == "export"]
    assert (line["actor"], line["subject"]) == (CLERK, stem)
    assert line["detail"]["rows"] == 2


def test_an_export_whose_download_was_cut_is_fetched_again(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
    tmp_path: Path,
) -> None:
    """The branch records an export before its download ends. When the download is cut, the
    next export starts after it, so its rows would be in no later export but a full one: the
    zip is kept sealed for a week and fetched again byte for byte (audited); then dropped."""
    laptop = laptop_factory()
    laptop.register(41)
    assert laptop.sync(server.url).completed
    clerk = staff(CLERK, CLERK_PASSWORD)
    lost = clerk.export()  # the answer never reaches the clerk's folder
    assert json.loads(zipfile.ZipFile(io.BytesIO(clerk.export())).read(
        "manifest-JKT01-E00002.json"))["rows"] == 0  # fmt: skip
    listed = {e["export_id"]: e["kept"] for e in clerk.exports()["items"]}
    assert listed == {"JKT01-E00001": True, "JKT01-E00002": True}
    again = clerk.export_again("JKT01-E00001")
    assert again == lost
    rows = json.loads(zipfile.ZipFile(io.BytesIO(again)).read("registrations-JKT01-E00001.json"))
    assert [r["nik"] for r in rows["rows"]] == [nik_for(41)[0]]
    with Session(branch.engine) as db:
        stored = db.exec(select(Export).where(Export.export_id == "JKT01-E00001")).one()
        assert stored.files is not None and nik_for(41)[0].encode() not in stored.files
        lines = audit_log(db)
    assert [(x["actor"], x["action"], x["subject"]) for x in lines[:1]] == [
        (CLERK, "export_fetched", "JKT01-E00001")
    ]
    refused = _refused(lambda: clerk.export_again("JKT01-E09999"))
    assert (refused.status, refused.code) == (404, "EXPORT_UNKNOWN")
    # `bpu-branch export` writes into a folder: nothing kept, nothing to fetch.
    with Session(branch.engine) as db:
        export_changes(db, write=to_folder(tmp_path / "out"), actor="cli:admin")
    refused = _refused(lambda: clerk.export_again("JKT01-E00003"))
    assert (refused.status, refused.code) == (410, "EXPORT_FILES_GONE")
    # A week later the zips are no longer offered, and the next export drops them.
    with Session(branch.engine) as db:
        for row in db.exec(select(Export)):
            row.created_at = row.created_at - FILES_KEPT - timedelta(minutes=1)
            db.add(row)
        db.commit()
    assert not any(e["kept"] for e in clerk.exports()["items"])
    refused = _refused(lambda: clerk.export_again("JKT01-E00001"))
    assert (refused.status, refused.code) == (410, "EXPORT_FILES_GONE")
    clerk.export()
    with Session(branch.engine) as db:
        kept = [r.export_id for r in db.exec(select(Export)) if r.files is not None]
    assert kept == ["JKT01-E00004"]


def test_an_unreachable_server_is_server_unreachable() -> None:
    client = StaffClient(f"http://127.0.0.1:{free_port()}", timeout=2, token="a-token")
    try:
        for call in (client.health, client.review, client.export):
            refused = _refused(call)
            assert (refused.code, refused.status) == ("SERVER_UNREACHABLE", 0)
        client.logout()  # never raises; forgets the token
        assert client.token is None
    finally:
        client.close()


def test_supervisor_calls_and_their_refusal_to_a_clerk(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    paths = server.app.openapi()["paths"]
    if "/api/v1/staff/activity" not in paths:  # H1b's router, mounted by the server's owner
        pytest.skip("the supervisor routes are not mounted in this build")
    laptop = laptop_factory()
    laptop.register(41)
    laptop.register(42)
    assert laptop.sync(server.url).completed
    [day] = {date.fromisoformat(r.registration_date) for r in branch.records().values()}
    document = tally_figures(TallyService(laptop.session).figures(day))

    clerk = staff(CLERK, CLERK_PASSWORD)
    calls: list[Callable[[], object]] = [
        lambda: clerk.tally(day, day),
        lambda: clerk.tally_pdf(day),
        lambda: clerk.reconciliation(day),
        lambda: clerk.reconcile_document(document),
        clerk.activity,
    ]
    for call in calls:
        refused = _refused(call)
        assert (refused.code, refused.status) == ("ROLE_REFUSED", 403)

    supervisor = staff(SUPERVISOR, SUPERVISOR_PASSWORD)
    ranged = supervisor.tally(day - timedelta(days=1), day)
    assert (ranged["date_to"], ranged["totals"]["records"]) == (day.isoformat(), 2)
    assert ranged["totals"]["records"] == document["totals"]["records"]
    assert supervisor.tally_pdf(day, lang="en").startswith(b"%PDF")
    [recon] = supervisor.reconciliation(day)["items"]
    assert recon["device"] == laptop.device_code
    uploaded = supervisor.reconcile_document(document)
    assert (uploaded["device"], uploaded["matches"]) == (laptop.device_code, True)
    assert uploaded["laptop_hash"] == document["hash"]
    [seen] = [
        i for i in supervisor.activity(silent_days=3)["items"] if i["device"] == laptop.device_code
    ]
    assert (seen["records_received"], seen["silent"]) == (2, False)


def test_https_is_pinned_to_the_branch_certificate(branch: Branch, tmp_path: Path) -> None:
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    with Session(branch.engine) as db:
        info = branch_info(db)
        cert_pem = info.tls_cert_pem
        (tmp_path / "cert.pem").write_text(cert_pem)
        (tmp_path / "key.pem").write_text(branch_secrets(db).tls_key_pem)
    stranger = make_branch(f"sqlite:///{tmp_path / 'other.db'}")
    with Session(stranger.engine) as db:
        other_pem = branch_info(db).tls_cert_pem
    stranger.engine.dispose()
    tls = {"ssl_certfile": str(tmp_path / "cert.pem"), "ssl_keyfile": str(tmp_path / "key.pem")}
    running = ServerThread(create_branch_app(branch.engine), ssl=tls).start()
    pinned = StaffClient(running.url, cert_pem=cert_pem, timeout=30)
    wrong = StaffClient(running.url, cert_pem=other_pem, timeout=30)
    try:
        assert pinned.login(CLERK, CLERK_PASSWORD)["role"] == "clerk"
        assert pinned.review()["total"] == 0
        refused = _refused(lambda: wrong.login(CLERK, CLERK_PASSWORD))
        assert (refused.code, refused.status) == ("SERVER_UNREACHABLE", 0)
        assert "certificate" in refused.message
    finally:
        pinned.close()
        wrong.close()
        running.stop()


def test_another_reason_needs_a_note(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    laptop = laptop_factory()
    broken = laptop.register(35)
    break_record(laptop, broken, consent=False)
    assert laptop.sync(server.url).completed
    clerk = staff(CLERK, CLERK_PASSWORD)
    refused = _refused(lambda: clerk.decide(broken, "reject", "OTHER", "  "))
    assert (refused.status, refused.code) == (422, "NOTE_REQUIRED")
    hidden = (
        "cek NIK 3201010108904243",
        "cek NIK 3201-0101-0890-4243 lagi",
        "cek NIK 3201/0101/0890/4243",  # another separator
        "cek NIK 3201.0101-0890 4243",  # a mixture
        "cek NIK 32010101 08904243",  # 8 + 8
        "cek NIK 3201\u200b0101\u200b0890\u200b4243",  # zero-width spaces between the groups
    )
    for note in hidden:
        refused = _refused(lambda note=note: clerk.decide(broken, "reject", "OTHER", note))
        assert (refused.status, refused.code) == (422, "NOTE_HAS_NIK"), note
    for note in ("foto \u202eburam", "foto\u2028buram", "foto\u200bburam", "foto\x07buram"):
        refused = _refused(lambda note=note: clerk.decide(broken, "reject", "OTHER", note))
        assert (refused.status, refused.code) == (422, "NOTE_INVALID"), repr(note)
    decided = clerk.decide(
        broken, "reject", "OTHER", "Foto KTP buram;\n\tminta foto ulang 12/03/2026 pukul 10.30."
    )
    assert (decided["state"], decided["reasons"]) == ("rejected", ["OTHER"])


def test_a_reason_code_holding_a_nik_is_refused_and_never_audited(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    """A reason code's pattern (a capital letter, then capitals, digits, underscores) lets a
    NIK through after its first letter; the code is written whole to the `review` audit line
    and to the record the laptop pulls, so one holding a NIK is refused as malformed."""
    laptop = laptop_factory()
    broken = laptop.register(36)
    break_record(laptop, broken, consent=False)
    assert laptop.sync(server.url).completed
    clerk = staff(CLERK, CLERK_PASSWORD)
    nik = "3201010108904243"
    for code in (
        f"X{nik}",
        f"NIK_{nik[:8]}_{nik[8:]}",
        f"K{nik[:4]}_{nik[4:8]}_{nik[8:12]}_{nik[12:]}",
    ):
        refused = _refused(lambda code=code: clerk.decide(broken, "reject", code, ""))
        assert (refused.status, refused.code) == (422, "REASON_INVALID"), code
    with Session(branch.engine) as db:
        written = json.dumps(audit_log(db, limit=1000))
        held = db.exec(select(Record.reasons)).all()
    assert "08904243" not in written
    assert not any("08904243" in reasons for reasons in held)
    decided = clerk.decide(broken, "reject", "PHOTO_BLURRED", "")
    assert decided["reasons"] == ["PHOTO_BLURRED"]


def test_a_usb_file_larger_than_a_network_chunk_is_imported_through_the_workspace(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    """A laptop kept off the network for weeks brings thousands of records on one USB file:
    the workspace takes a file as large as `bpu-branch import` takes, not only what one network
    request may carry (5 MB, about 2,000 records)."""
    from bpu_enroll.sync.batchfile import make_batch_file
    from bpu_enroll.sync.protocol import MAX_BODY_BYTES, BatchFile

    laptop = laptop_factory()
    laptop.register(610)
    [one] = records_to_send(laptop.session.store)
    size = len(one.model_dump_json())
    copies = [one.model_copy(update={"id": str(uuid.uuid4())}) for _ in range(
        MAX_BODY_BYTES // size + 200)]  # fmt: skip
    signed = sign_manifest(
        copies,
        device_code=laptop.device_code,
        signing_key=laptop.signing_key,
        batch_id=str(uuid.uuid4()),
    )
    state = load_sync_state(laptop.data_dir)
    assert state.branch_encryption_key is not None
    data = make_batch_file(
        BatchFile(device_code=laptop.device_code, signed_manifest=signed, records=copies),
        device_signing_seed=bytes(laptop.signing_key),
        branch_public_key=unb64(state.branch_encryption_key),
    )
    assert len(data) > MAX_BODY_BYTES

    clerk = staff(CLERK, CLERK_PASSWORD)
    dry = clerk.import_file(data, dry_run=True)
    assert (dry["dry_run"], dry["records"]) == (True, len(copies))
    assert sum(dry["counts"].values()) == len(copies)


def test_a_conflict_cannot_take_the_kpj_from_an_accepted_record(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    """A different version arriving for a record the branch accepted is a conflict; the version
    held is a participant with a KPJ (perhaps exported to the core system already). Rejecting
    the conflict, or asking for a correction, used to reject the held record: its KPJ gone from
    it, the participant left behind, the laptop told 'rejected'. Both are refused; keeping the
    held version ('accept') settles the conflict, and a change travels as a correction."""
    from bpu_enroll.branch.store.models import Participant

    laptop = laptop_factory()
    record = laptop.register(12)
    assert laptop.sync(server.url).completed
    kpj = branch.records()[record].kpj
    assert kpj is not None
    break_record(laptop, record, work_location="Pelabuhan Muara Angke")
    assert laptop.sync(server.url).completed

    clerk = staff(CLERK, CLERK_PASSWORD)
    assert [i["id"] for i in clerk.review(kind="conflict")["items"]] == [record]
    for decision, reason in (("reject", "DOC_UNREADABLE"), ("request_correction", None)):
        refused = _refused(lambda d=decision, r=reason: clerk.decide(record, d, reason_code=r))
        assert (refused.status, refused.code) == (409, "IS_ACCEPTED")
    held = branch.records()[record]
    assert (held.state, held.kpj) == ("accepted", kpj)
    with Session(branch.engine) as db:
        assert db.get(Participant, kpj) is not None
    kept = clerk.decide(record, "accept")
    assert (kept["state"], kept["kpj"]) == ("accepted", kpj)
    assert laptop.sync(server.url).completed
    assert laptop.states()[record] == ("accepted", kpj)


def test_keeping_the_held_version_of_a_voided_receipt_keeps_it_voided(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    """'Accept' on a conflict keeps the version the branch holds; for a receipt held as voided
    that is a voided receipt, not a new participant with a KPJ; rejecting it would have turned
    a voided receipt, counted as such on the tally, into a rejection."""
    from bpu_enroll.services.registration import RegistrationService

    laptop = laptop_factory()
    record = laptop.register(13)
    RegistrationService(laptop.session).void(record, "salah ketik")
    assert laptop.sync(server.url).completed
    assert branch.records()[record].state == "voided"
    break_record(laptop, record, work_location="Pelabuhan Muara Angke")
    assert laptop.sync(server.url).completed

    clerk = staff(CLERK, CLERK_PASSWORD)
    assert [i["id"] for i in clerk.review(kind="conflict")["items"]] == [record]
    refused = _refused(lambda: clerk.decide(record, "reject", reason_code="DOC_UNREADABLE"))
    assert (refused.status, refused.code) == (409, "IS_VOIDED")
    kept = clerk.decide(record, "accept")
    assert (kept["state"], kept["kpj"]) == ("voided", None)
    assert branch.participant_count() == 0


def test_an_upload_cut_halfway_is_a_client_gone_not_a_server_error(
    branch: Branch, server: ServerThread, caplog: pytest.LogCaptureFixture
) -> None:
    """The workspace reads a USB file's body itself: a clerk's upload cut halfway (cable out,
    workstation asleep) is the client gone, logged without a traceback, not a server error."""
    import logging
    import socket
    import time

    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    login = {"username": CLERK, "password": CLERK_PASSWORD}
    token = httpx.post(f"{server.url}/api/v1/staff/login", json=login).json()["token"]
    caplog.set_level(logging.INFO)
    sock = socket.create_connection(("127.0.0.1", server.port))
    head = (
        f"POST /api/v1/staff/import?dry_run=true HTTP/1.1\r\nHost: branch\r\n"
        f"Authorization: Bearer {token}\r\nContent-Type: application/octet-stream\r\n"
        "Content-Length: 100000\r\n\r\n"
    )
    sock.sendall(head.encode("ascii") + b"x" * 1000)
    sock.close()  # the rest never comes
    deadline = time.monotonic() + 10
    while not any(r.name == "bpu_enroll.branch.access" for r in caplog.records):
        assert time.monotonic() < deadline, "the server never answered for the upload"
        time.sleep(0.02)
    lines = [r.getMessage() for r in caplog.records if r.name == "bpu_enroll.branch.access"]
    assert all('"status": 500' not in line for line in lines), lines
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_clerk_accepting_a_lapsed_workers_new_registration_gives_back_their_kpj(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
    tmp_path: Path,
) -> None:
    """A revoked laptop's USB file holds a void of an accepted receipt and the worker's new
    registration: the void is applied, the new registration waits for a clerk (a revoked
    laptop enrols no one by itself), and the clerk's 'accept' enrols the worker again with the
    KPJ they had, not refused as NIK_EXISTS, and with no new number taken."""
    laptop = laptop_factory()
    first = laptop.register(780)
    assert laptop.sync(server.url).completed
    kpj = laptop.states()[first][1]
    RegistrationService(laptop.session).void(first, "pekerja membatalkan pendaftaran")
    again = laptop.register(780)
    batch = tmp_path / "usb.bpu"
    assert SyncService(laptop.session).export(batch)["records"] == 2
    with Session(branch.engine) as db:
        revoke_device(db, code=laptop.device_code)
    applied = import_batch_file(branch.engine, batch.read_bytes(), dry_run=False)
    assert (applied["voided"], applied["pending_review"]) == (1, 1)

    clerk = staff(CLERK, CLERK_PASSWORD)
    assert [i["id"] for i in clerk.review(kind="pending_review")["items"]] == [again]
    kept = clerk.decide(again, "accept")
    assert (kept["state"], kept["kpj"]) == ("accepted", kpj)
    held = branch.records()
    assert (held[first].state, held[first].kpj) == ("voided", kpj)
    assert branch.participant_count() == 1


@pytest.mark.parametrize("export_id", ["%00", "JKT01-E%0000001"])
def test_an_export_id_that_cannot_be_one_is_a_coded_422(
    branch: Branch, server: ServerThread, export_id: str
) -> None:
    """Export ids are `<branch>-E00001`; a NUL in the one asked for reached PostgreSQL, which
    cannot compare a text holding one: a 500 with its traceback in the server's log."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    with httpx.Client(base_url=server.url) as http:
        signed_in = http.post(
            "/api/v1/staff/login", json={"username": CLERK, "password": CLERK_PASSWORD}
        )
        headers = {"Authorization": f"Bearer {signed_in.json()['token']}"}
        answer = http.get(f"/api/v1/staff/exports/{export_id}/files", headers=headers)
    assert (answer.status_code, answer.json()["error"]["code"]) == (422, "REQUEST_INVALID")


def test_a_receipt_number_kept_from_before_the_rule_is_shown_masked_everywhere(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    """Rows a branch received before receipt numbers were checked may hold anything there, a
    worker's NIK too. `bpu-branch check` masked them, but the review queue, its detail, the
    record-viewed audit line, the branch tally (first, last and voided numbers) and the export
    showed them whole. Each shows it as `check` does now; a number of a laptop's shape whole."""
    laptop = laptop_factory()
    rejected, accepted, voided, fine = (laptop.register(n) for n in (51, 52, 53, 54))
    assert laptop.sync(server.url).completed
    niks = [nik_for(n)[0] for n in (51, 52, 53)]
    old = {rejected: f"NIK {niks[0]}", accepted: niks[1], voided: f"NIK {niks[2]}"}
    with Session(branch.engine) as session:  # as kept before the protocol's rule
        for record_id, receipt in old.items():
            row = session.get(Record, record_id)
            assert row is not None
            row.receipt_no = receipt
            row.state = {rejected: "rejected", voided: "voided"}.get(record_id, row.state)
            session.add(row)
        session.commit()
    held = branch.records()
    masked = {rejected: "NI" + "*" * 14, accepted: niks[1][:2] + "*" * 14, voided: "NI" + "*" * 14}

    clerk = staff(CLERK, CLERK_PASSWORD)
    [item] = clerk.review(kind="rejected")["items"]
    assert (item["id"], item["receipt_no"]) == (rejected, masked[rejected])
    detail = clerk.review_item(rejected)
    assert detail["record"]["receipt_no"] == detail["record"]["fields"]["receipt_no"]
    assert detail["record"]["receipt_no"] == masked[rejected]
    archive = zipfile.ZipFile(io.BytesIO(clerk.export()))
    rows = json.loads(archive.read("registrations-JKT01-E00001.json"))["rows"]
    assert sorted(r["receipt_number"] for r in rows) == sorted(
        [masked[accepted], held[fine].receipt_no]
    )
    supervisor = staff(SUPERVISOR, SUPERVISOR_PASSWORD)
    tally = supervisor.tally(date.fromisoformat(held[fine].registration_date))
    assert [r["voided_receipts"] for r in tally["rows"] if r["voided_receipts"]] == [
        [masked[voided]]
    ]  # one number, not "NIK" and the NIK split at its space
    ends = {r[end] for r in tally["rows"] for end in ("first_receipt", "last_receipt")}
    assert masked[accepted] in ends
    texts = [json.dumps(x) for x in (item, detail, tally, audit_log_lines(branch))]
    assert f",{masked[accepted]}," in archive.read("registrations-JKT01-E00001.csv").decode()
    for text in texts:  # the export's own `nik` column holds the NIK: it is not looked at here
        for nik in niks:
            assert nik not in text and nik[4:] not in text
    [viewed] = [x for x in audit_log_lines(branch) if x["action"] == "record_viewed"]
    assert viewed["detail"]["receipt_no"] == masked[rejected]
    # The laptop voids the record the branch holds under an old number: its audit line too.
    RegistrationService(laptop.session).void(accepted, "pekerja membatalkan pendaftaran")
    assert laptop.sync(server.url).completed
    [void] = [x for x in audit_log_lines(branch) if x["action"] == "record_voided"]
    assert (void["subject"], void["detail"]["receipt_no"]) == (accepted, masked[accepted])
    assert niks[1] not in json.dumps(audit_log_lines(branch))
