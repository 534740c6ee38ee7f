"""The supervisor's laptops from the workspace on the real server, on both back ends: the list
(officer, last seen, status, records; no NIK, no name), a revocation with its reason that the
laptop meets at its next sync exactly as after `bpu-branch device revoke`, a second revocation
that changes nothing, the reason's refusals, and a clerk refused; an enrolment code issued from
the workspace, with which a real laptop enrols and syncs, audited as the command's code is."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster
from bpu_enroll.branch.store.keys import self_signed_certificate
from bpu_enroll.branch.store.models import Device, EnrolCode
from bpu_enroll.branch.workspace import devices
from bpu_enroll.domain.formatting import mask_nik
from bpu_enroll.services.enrolment import enrol_laptop
from bpu_enroll.services.session import unlock
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    registration,
    signed_enrolment,
)
from tests.integration.staff_http import CLERK, STAFF, SUPERVISOR


def _items(http: httpx.Client) -> dict[str, dict[str, Any]]:
    answer = http.get(f"{STAFF}/devices")
    assert answer.status_code == 200, answer.text
    return {item["device"]: item for item in answer.json()["items"]}


def _revoke(http: httpx.Client, device: str, reason: str) -> httpx.Response:
    return http.post(f"{STAFF}/devices/{device}/revoke", json={"reason": reason})


def test_the_list_says_officer_last_seen_status_and_records_without_a_nik_or_name(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    first, second = laptop_factory(), laptop_factory()
    first.register(61), first.register(62)
    first.sync(server.url)
    supervisor = staff(SUPERVISOR)
    with Session(branch.engine) as db:  # a label the roster knows names the laptop's officer
        device = db.exec(select(Device).where(Device.code == second.device_code)).one()
        device.label = "sari"
        db.add(device)
        db.commit()

    answer = supervisor.get(f"{STAFF}/devices")
    assert answer.status_code == 200, answer.text
    items = {item["device"]: item for item in answer.json()["items"]}
    one, two = items[first.device_code], items[second.device_code]
    assert (one["records_received"], two["records_received"]) == (2, 0)
    assert one["officers"] == ["siti"] and one["officer"] is None
    assert two["officer"] == "sari" and two["officers"] == []
    assert one["last_seen_at"] is not None and two["last_seen_at"] is None
    assert (one["status"], one["revoked_at"]) == ("active", None)
    assert one["enrolled_at"].endswith("+00:00")
    text = answer.text
    for serial in (61, 62):
        form = registration(serial)
        assert form["nik"] not in text and form["full_name"] not in text


def test_a_revoke_from_the_workspace_refuses_the_laptop_as_the_command_does(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    by_page, by_cli = laptop_factory(), laptop_factory()
    for laptop in (by_page, by_cli):
        laptop.register(70 + len(laptop.serials))
        laptop.sync(server.url)
    supervisor = staff(SUPERVISOR)

    answer = _revoke(supervisor, by_page.device_code, "  Laptop dicuri di pasar  ")
    assert answer.status_code == 200, answer.text
    done = answer.json()
    assert (done["status"], done["already_revoked"]) == ("revoked", False)
    assert done["revoked_at"] is not None and done["records_received"] == 1
    with Session(branch.engine) as db:
        roster.revoke_device(db, code=by_cli.device_code, actor="cli:admin")

    refused: dict[str, SyncRefused] = {}
    for name, laptop in (("page", by_page), ("cli", by_cli)):
        with pytest.raises(SyncRefused) as caught:
            laptop.sync(server.url)
        refused[name] = caught.value
    assert {(r.status, r.code) for r in refused.values()} == {(403, "DEVICE_REVOKED")}
    assert _items(supervisor)[by_page.device_code]["status"] == "revoked"

    lines = [line for line in audit_lines(branch) if line["action"] == "device_revoked"]
    page_line, cli_line = lines
    assert (page_line["actor"], page_line["subject"]) == ("sari", by_page.device_code)
    assert (cli_line["actor"], cli_line["subject"]) == ("cli:admin", by_cli.device_code)
    assert page_line["detail"] == {"reason": "Laptop dicuri di pasar"} and cli_line["detail"] == {}


def test_revoking_a_revoked_laptop_answers_the_same_state_and_writes_nothing(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    laptop = laptop_factory()
    supervisor = staff(SUPERVISOR)
    first = _revoke(supervisor, laptop.device_code, "hilang").json()
    before = len(audit_lines(branch))
    again = _revoke(supervisor, laptop.device_code.lower(), "hilang lagi")
    assert again.status_code == 200, again.text
    second = again.json()
    assert second["already_revoked"] is True
    assert second["revoked_at"] == first["revoked_at"]
    assert len(audit_lines(branch)) == before


def test_a_reason_is_required_short_and_without_a_nik_and_the_device_known(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    laptop = laptop_factory()
    supervisor = staff(SUPERVISOR)
    nik = registration(80)["nik"]
    cases = {
        "   ": "REVOKE_REASON_REQUIRED",
        f"dicuri, NIK {nik}": "REVOKE_REASON_HAS_NIK",
        "dua\nbaris": "REVOKE_REASON_INVALID",
    }
    for reason, code in cases.items():
        answer = _revoke(supervisor, laptop.device_code, reason)
        assert (answer.status_code, answer.json()["error"]["code"]) == (422, code), reason
    assert _revoke(supervisor, laptop.device_code, "x" * 201).status_code == 422
    missing = _revoke(supervisor, "D9999", "hilang")
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "DEVICE_UNKNOWN")
    assert _items(supervisor)[laptop.device_code]["status"] == "active"
    assert nik not in json.dumps(audit_lines(branch))


def test_a_reason_hiding_a_nik_or_turning_the_line_is_refused(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    """The reason goes into the audit line, which the audit page shows: a NIK written with
    other separators, or broken by invisible characters, is still a NIK there, and a
    right-to-left override, a line separator or an invisible character makes the line read
    otherwise than it was written. Each was taken and kept."""
    laptop = laptop_factory()
    supervisor = staff(SUPERVISOR)
    nik = registration(81)["nik"]
    parts = [nik[:4], nik[4:8], nik[8:12], nik[12:]]
    has_nik = [
        "NIK " + "/".join(parts),
        f"NIK {parts[0]}-{parts[1]} {parts[2]}.{parts[3]}",
        f"NIK {nik[:8]} {nik[8:]}",
        "NIK " + "\u200b".join(parts),
        "NIK " + "\u2060".join(nik),
    ]
    invalid = ["hilang \u202edi pasar", "dua\u2028baris", "dua\u0085baris", "\ufeffhilang"]
    for reason in has_nik:
        answer = _revoke(supervisor, laptop.device_code, reason)
        assert (answer.status_code, answer.json()["error"]["code"]) == (
            422, "REVOKE_REASON_HAS_NIK",
        ), ascii(reason)  # fmt: skip
    for reason in invalid:
        answer = _revoke(supervisor, laptop.device_code, reason)
        assert (answer.status_code, answer.json()["error"]["code"]) == (
            422, "REVOKE_REASON_INVALID",
        ), ascii(reason)  # fmt: skip
    # What a supervisor really writes still goes: dates, a police report number, a time.
    fine = "dicuri 05/12/2026 pukul 14.30, laporan polisi LP/B/1234/XII/2026"
    assert _revoke(supervisor, laptop.device_code, fine).status_code == 200
    assert _items(supervisor)[laptop.device_code]["status"] == "revoked"
    audit = json.dumps(audit_lines(branch), ensure_ascii=False)
    assert nik not in audit.replace("\u200b", "") and fine in audit


def test_a_clerk_is_refused_the_list_and_the_revoke(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any, server: ServerThread
) -> None:
    laptop = laptop_factory()
    clerk = staff(CLERK)
    for answer in (clerk.get(f"{STAFF}/devices"), _revoke(clerk, laptop.device_code, "dicuri")):
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"]["code"] == "ROLE_REFUSED"
    laptop.register(90)
    assert laptop.sync(server.url).completed  # still enrolled


def test_the_staff_client_lists_and_revokes(
    laptop_factory: Callable[[], Laptop], staff: Any, server: ServerThread
) -> None:
    laptop = laptop_factory()
    staff(SUPERVISOR)
    client = StaffClient(server.url)
    try:
        client.login(*SUPERVISOR)
        assert [i["device"] for i in client.devices()["items"]] == [laptop.device_code]
        with pytest.raises(StaffError) as refused:
            client.revoke_device(laptop.device_code, "")
        assert refused.value.code == "REVOKE_REASON_REQUIRED"
        assert client.revoke_device(laptop.device_code, "dicuri")["status"] == "revoked"
    finally:
        client.close()


def test_a_code_issued_from_the_workspace_enrols_a_laptop_that_syncs_and_is_listed(
    branch: Branch, server: ServerThread, staff: Any, tmp_path: Path
) -> None:
    supervisor = staff(SUPERVISOR)
    answer = supervisor.post(f"{STAFF}/devices/enrol-code")
    assert answer.status_code == 200, answer.text
    issued = answer.json()
    code, fingerprint = issued["code"], issued["fingerprint"]
    assert len(code) == 14 and code.count("-") == 2
    assert issued["pinned_code"] == f"{code}@{fingerprint}" and fingerprint.startswith("sha256:")
    with Session(branch.engine) as db:
        assert fingerprint == roster.branch_info(db).tls_fingerprint
    expires = datetime.fromisoformat(issued["expires_at"])
    assert timedelta(minutes=59) < expires - datetime.now(UTC) <= timedelta(hours=1)

    enrolled = enrol_laptop(
        tmp_path / "new-laptop", server_url=server.url, code=code, fingerprint=None,
        now=datetime.now(UTC),
    )  # fmt: skip
    laptop = Laptop(tmp_path / "new-laptop", unlock(tmp_path / "new-laptop", OFFICER, PASSWORD),
                    enrolled.device_code)  # fmt: skip
    try:
        laptop.register(95)
        assert laptop.sync(server.url).completed
    finally:
        laptop.close()
    item = _items(supervisor)[enrolled.device_code]
    assert (item["status"], item["records_received"]) == ("active", 1)
    with pytest.raises(SyncRefused) as used:  # one time only
        enrol_laptop(tmp_path / "again", server_url=server.url, code=code, fingerprint=None,
                     now=datetime.now(UTC))  # fmt: skip
    assert used.value.code == "ENROL_CODE_INVALID"

    (line,) = [line for line in audit_lines(branch) if line["action"] == "enrol_code_issued"]
    assert (line["actor"], line["subject"]) == ("sari", "JKT01")
    assert line["detail"] == {
        "code_hash": roster.code_hash(code)[:12],
        "expires_at": line["detail"]["expires_at"],
    }
    assert code not in json.dumps(audit_lines(branch))


def test_a_laptop_label_holding_a_nik_is_not_written_into_the_audit_log(
    branch: Branch, server: ServerThread, staff: Any, tmp_path: Path
) -> None:
    """A laptop's label is free text (`bpu-enroll enroll --label`): one holding a worker's NIK
    (typed by mistake, or by whoever holds a code) was written whole into the `device_enrolled`
    audit line, and shown whole in the Laptops list. Both keep it masked, as a NIK typed as a
    user name at sign-in is."""
    supervisor = staff(SUPERVISOR)
    code = supervisor.post(f"{STAFF}/devices/enrol-code").json()["code"]
    nik = registration(82)["nik"]
    label = f"laptop {nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]} / {nik}"
    enrolled = enrol_laptop(
        tmp_path / "labelled", server_url=server.url, code=code, fingerprint=None,
        now=datetime.now(UTC), label=label,
    )  # fmt: skip
    (line,) = [line for line in audit_lines(branch) if line["action"] == "device_enrolled"]
    assert line["subject"] == enrolled.device_code
    assert line["detail"]["label"] == f"laptop {mask_nik(nik)} / {mask_nik(nik)}"[:40]
    text = json.dumps(audit_lines(branch))
    assert nik not in text and f"{nik[4:8]} {nik[8:12]}" not in text and nik[:11] not in text
    # The Laptops page's list promises no NIK either: the label is shown masked there too.
    listed = supervisor.get(f"{STAFF}/devices")
    assert _items(supervisor)[enrolled.device_code]["label"] == (
        f"laptop {mask_nik(nik)} / {mask_nik(nik)}"
    )
    assert nik not in listed.text and f"{nik[4:8]} {nik[8:12]}" not in listed.text


def test_a_clerk_is_refused_an_enrolment_code(branch: Branch, staff: Any) -> None:
    answer = staff(CLERK).post(f"{STAFF}/devices/enrol-code")
    assert (answer.status_code, answer.json()["error"]["code"]) == (403, "ROLE_REFUSED")
    assert [line for line in audit_lines(branch) if line["action"] == "enrol_code_issued"] == []


def test_a_supervisor_cannot_mint_live_enrolment_codes_without_bound(
    branch: Branch, staff: Any
) -> None:
    """Each code enrols any laptop for an hour: sixty asked in a row were sixty live codes (a
    stolen supervisor session could hand out as many). At most `LIVE_CODES` are live at once;
    one more is a coded 429 that issues nothing, and a code that expired (or was used) frees
    its place."""
    supervisor = staff(SUPERVISOR)
    asked = [supervisor.post(f"{STAFF}/devices/enrol-code") for _ in range(devices.LIVE_CODES)]
    assert [answer.status_code for answer in asked] == [200] * devices.LIVE_CODES
    refused = supervisor.post(f"{STAFF}/devices/enrol-code")
    assert (refused.status_code, refused.json()["error"]["code"]) == (429, "ENROL_CODES_LIMIT")
    issued = [line for line in audit_lines(branch) if line["action"] == "enrol_code_issued"]
    assert len(issued) == devices.LIVE_CODES
    with Session(branch.engine) as db:
        assert len(db.exec(select(EnrolCode)).all()) == devices.LIVE_CODES
        first = db.exec(select(EnrolCode)).first()
        assert first is not None
        first.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        db.add(first)
        db.commit()
    assert supervisor.post(f"{STAFF}/devices/enrol-code").status_code == 200
    again = supervisor.post(f"{STAFF}/devices/enrol-code")
    assert (again.status_code, again.json()["error"]["code"]) == (429, "ENROL_CODES_LIMIT")


def test_a_refused_enrolment_code_is_audited_without_any_code(branch: Branch, staff: Any) -> None:
    """A code refused for the bound (`ENROL_CODES_LIMIT`) or its lifetime (`ENROL_TTL_INVALID`)
    wrote nothing: a stolen session knocking at the bound left no trace. Each is an
    `enrol_code_refused` line now, the supervisor its actor and subject, with the code, the
    lifetime asked, the live codes counted, the request and the address; never a code or a
    code's hash."""
    supervisor = staff(SUPERVISOR)
    codes = [supervisor.post(f"{STAFF}/devices/enrol-code").json()["code"]
             for _ in range(devices.LIVE_CODES)]  # fmt: skip
    before = len(audit_lines(branch))
    over = supervisor.post(f"{STAFF}/devices/enrol-code", params={"ttl_minutes": 30})
    assert (over.status_code, over.json()["error"]["code"]) == (429, "ENROL_CODES_LIMIT")
    week = supervisor.post(f"{STAFF}/devices/enrol-code", params={"ttl_minutes": 10080})
    assert (week.status_code, week.json()["error"]["code"]) == (422, "ENROL_TTL_INVALID")
    lines = audit_lines(branch)[before:]
    assert [(line["action"], line["actor"], line["subject"]) for line in lines] == [
        ("enrol_code_refused", SUPERVISOR[0], SUPERVISOR[0])] * 2  # fmt: skip
    limit, ttl = (line["detail"] for line in lines)
    assert limit == {"code": "ENROL_CODES_LIMIT", "ttl_minutes": 30, "count": devices.LIVE_CODES,
                     "route": limit["route"], "address": "127.0.0.1"}  # fmt: skip
    assert "enrol-code" in limit["route"]
    assert ttl == {"code": "ENROL_TTL_INVALID", "ttl_minutes": 10080, "route": limit["route"],
                   "address": "127.0.0.1"}  # fmt: skip
    written = json.dumps(lines)
    with Session(branch.engine) as db:
        hashes = [row.code_hash for row in db.exec(select(EnrolCode))]
    assert not [c for c in codes if c in written or c.replace("-", "") in written]
    assert not [h for h in hashes if h[:8] in written]
    # A lifetime of a NIK's digits and more (a fuzzer found it written whole into the audit log):
    # the line says the bound it passed, never the number.
    nik = "3201010108900078"
    for asked, said in (
        (int(nik + "0" * 30), devices.TTL_AUDITED),
        (-int(nik), -devices.TTL_AUDITED),
    ):
        refused = supervisor.post(f"{STAFF}/devices/enrol-code", params={"ttl_minutes": asked})
        assert refused.json()["error"]["code"] in {"ENROL_TTL_INVALID", "ENROL_CODES_LIMIT"}
        assert nik not in refused.text
        (line,) = audit_lines(branch)[-1:]
        assert line["detail"]["ttl_minutes"] == said, line
        assert nik not in json.dumps(line)


def _blocked_until_released(session: Session, released: threading.Event) -> threading.Event:
    """`session.commit` waits for `released` first: the transaction stays open, its locks held.
    The event returned is set when the commit is reached (all before it done)."""
    commit = session.commit
    reached = threading.Event()

    def wait_then_commit() -> None:
        reached.set()
        assert released.wait(60)
        commit()

    session.commit = wait_then_commit  # type: ignore[method-assign]
    return reached


def _until_one_waits_or_ends(branch: Branch, racing: threading.Thread) -> None:
    """Until another connection waits on a lock (PostgreSQL) or `racing` ended; a moment on
    SQLite, whose `BEGIN IMMEDIATE` makes the second writer wait before it reads anything."""
    if branch.engine.dialect.name != "postgresql":
        racing.join(timeout=0.5)
        return
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and racing.is_alive():
        with branch.engine.connect() as db:
            if db.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                return
        time.sleep(0.05)


def test_two_codes_asked_at_the_same_moment_never_pass_the_bound(
    branch: Branch, staff: Any
) -> None:
    """Nine codes live; another request for the tenth holds its new code uncommitted while the
    workspace asks for one more: on PostgreSQL the second counted nine too (the first's row
    not yet seen) and made an eleventh. It waits for the first now and is refused
    `ENROL_CODES_LIMIT`, audited; ten codes live, ten issued lines."""
    supervisor = staff(SUPERVISOR)
    for _ in range(devices.LIVE_CODES - 1):
        assert supervisor.post(f"{STAFF}/devices/enrol-code").status_code == 200
    answers: list[httpx.Response] = []
    released = threading.Event()
    racing = threading.Thread(
        target=lambda: answers.append(supervisor.post(f"{STAFF}/devices/enrol-code"))
    )
    try:
        with Session(branch.engine) as first:
            counted = _blocked_until_released(first, released)
            tenth = threading.Thread(
                target=devices.enrol_code, args=(first,), kwargs={"actor": SUPERVISOR[0]}
            )
            tenth.start()
            # The tenth has counted and inserted, its commit waiting (a fixed 0.3 s was not
            # always enough on a busy machine: the workspace's request then came first).
            assert counted.wait(60)
            racing.start()
            _until_one_waits_or_ends(branch, racing)
            released.set()
            tenth.join(timeout=60)
    finally:
        released.set()
    racing.join(timeout=60)
    [answer] = answers
    assert (answer.status_code, answer.json()["error"]["code"]) == (429, "ENROL_CODES_LIMIT")
    with Session(branch.engine) as db:
        assert len(db.exec(select(EnrolCode)).all()) == devices.LIVE_CODES
    actions = [line["action"] for line in audit_lines(branch)]
    assert actions.count("enrol_code_issued") == devices.LIVE_CODES
    assert actions[-1] == "enrol_code_refused"


def test_the_staff_client_asks_an_enrolment_code(staff: Any, server: ServerThread) -> None:
    staff(SUPERVISOR)
    client = StaffClient(server.url)
    try:
        client.login(*SUPERVISOR)
        first, second = client.enrol_code(), client.enrol_code()
        assert first["code"] != second["code"]
        assert set(first) == {"code", "expires_at", "fingerprint", "pinned_code", "addresses",
                              "loopback_only", "ttl_minutes"}  # fmt: skip
        long = client.enrol_code(ttl_minutes=24 * 60)
        assert long["ttl_minutes"] == 24 * 60
        expires = datetime.fromisoformat(long["expires_at"]) - datetime.now(UTC)
        assert timedelta(hours=23, minutes=59) < expires <= timedelta(hours=24)
        with pytest.raises(StaffError) as refused:
            client.enrol_code(ttl_minutes=7 * 24 * 60)
        assert (refused.value.status, refused.value.code) == (422, "ENROL_TTL_INVALID")
        assert refused.value.params == {"low": 10, "high": 1440}
    finally:
        client.close()


def _certificate_for(branch: Branch, hosts: list[str]) -> None:
    """The branch's certificate made again for `hosts`, as `bpu-branch init --tls-host` makes
    it (the test server is plain HTTP on loopback: only the names it carries matter here)."""
    with Session(branch.engine) as db:
        info = roster.branch_info(db)
        info.tls_cert_pem = self_signed_certificate(info.code, hosts).cert_pem
        db.add(info)
        db.commit()


def test_the_code_names_the_addresses_a_laptop_uses_not_loopback(
    branch: Branch, server: ServerThread, staff: Any
) -> None:
    """The workspace on the server machine reaches it at 127.0.0.1, which a laptop cannot use:
    the answer names the certificate's LAN names and addresses on the server's port, loopback
    only when the certificate names nothing else, and then says so."""
    supervisor = staff(SUPERVISOR)
    port = server.port
    alone = supervisor.post(f"{STAFF}/devices/enrol-code").json()  # `init` without --tls-host
    assert alone["addresses"] == [f"http://localhost:{port}", f"http://127.0.0.1:{port}"]
    assert alone["loopback_only"] is True

    _certificate_for(branch, ["127.0.0.1", "192.168.10.5", "bpu-jkt01.lan", "fd00::5", "::1"])
    named = supervisor.post(f"{STAFF}/devices/enrol-code").json()
    assert named["addresses"] == [
        f"http://192.168.10.5:{port}", f"http://bpu-jkt01.lan:{port}", f"http://[fd00::5]:{port}",
    ]  # fmt: skip
    assert named["loopback_only"] is False


def test_a_codes_lifetime_is_chosen_within_bounds_else_refused_with_its_code(
    branch: Branch, staff: Any
) -> None:
    """One hour unless asked; 8 hours when asked; outside ten minutes to a day (the command's
    week is not offered on a screen), or not a number, refused and no code issued."""
    supervisor = staff(SUPERVISOR)
    for minutes, hours in ((None, 1), (480, 8), (10, 1 / 6), (1440, 24)):
        params = {"ttl_minutes": minutes} if minutes is not None else None
        answer = supervisor.post(f"{STAFF}/devices/enrol-code", params=params)
        assert answer.status_code == 200, answer.text
        issued = answer.json()
        assert issued["ttl_minutes"] == (minutes or 60)
        left = datetime.fromisoformat(issued["expires_at"]) - datetime.now(UTC)
        assert timedelta(hours=hours) - timedelta(minutes=1) < left <= timedelta(hours=hours)
    issued_before = len(audit_lines(branch))
    for bad in ("0", "9", "1441", "-60", "10080"):
        refused = supervisor.post(f"{STAFF}/devices/enrol-code", params={"ttl_minutes": bad})
        assert refused.status_code == 422, bad
        assert refused.json()["error"]["code"] == "ENROL_TTL_INVALID", bad
    not_a_number = supervisor.post(f"{STAFF}/devices/enrol-code", params={"ttl_minutes": "8h"})
    assert not_a_number.status_code == 422
    refusals = audit_lines(branch)[issued_before:]  # each audited; "8h" is no request at all
    assert [(line["action"], line["detail"]["code"], line["detail"]["ttl_minutes"])
            for line in refusals] == [
        ("enrol_code_refused", "ENROL_TTL_INVALID", minutes) for minutes in (0, 9, 1441, -60, 10080)
    ]  # fmt: skip
    with Session(branch.engine) as db:
        assert len(db.exec(select(EnrolCode)).all()) == 4


def test_a_laptop_label_is_one_line_of_visible_text_wherever_the_branch_shows_it(
    branch: Branch, server: ServerThread, staff: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """A label is whatever the enrolling laptop sends (anyone holding a code): a right-to-left
    override turned the label's end around in the Laptops list and in `device list`
    (`laptop-\\u202eidna` read as `laptop-andi`), a line separator or a C1 control (`\\x9b`,
    a terminal's CSI) broke the command's one line per laptop, and `device list` printed a NIK
    typed there whole. The branch keeps and shows the label as visible text on one line, a
    NIK masked, as a revocation's reason is kept."""
    from bpu_enroll.branch.admin.cli import main as branch_main

    supervisor = staff(SUPERVISOR)
    code = supervisor.post(f"{STAFF}/devices/enrol-code").json()["code"]
    nik = registration(83)["nik"]
    label = f"laptop-\u202eidna\u200b\u2028{nik} \x9b31m\x85ok"
    answer = httpx.post(f"{server.url}/api/v1/enrol", json=signed_enrolment(
        server.url, code, label=label), timeout=60)  # fmt: skip
    assert answer.status_code == 200, answer.text
    device = answer.json()["device_code"]
    shown = f"laptop-idna {mask_nik(nik)} 31m ok"

    assert _items(supervisor)[device]["label"] == shown
    (line,) = [line for line in audit_lines(branch) if line["action"] == "device_enrolled"]
    assert line["detail"]["label"] == shown[:40]
    assert branch_main(["--db", branch.db_url, "device", "list", "--json"]) == 0
    (listed,) = [d for d in json.loads(capsys.readouterr().out)["devices"] if d["code"] == device]
    assert listed["label"] == shown
    assert branch_main(["--db", branch.db_url, "device", "list"]) == 0
    printed = capsys.readouterr().out
    (row,) = [row for row in printed.splitlines() if device in row]
    assert row.endswith("\t" + shown)
    assert nik not in printed and "\u202e" not in printed and "\x9b" not in printed
