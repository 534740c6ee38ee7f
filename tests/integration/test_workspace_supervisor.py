"""The supervisor's workspace on the real server, on both back ends: laptop reports after sync,
reconciliation (matching, records not synced, voids not received), the period tally and its
PDF, the laptops' activity, role refusals, and a report that fails without failing the sync."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.device import reports
from bpu_enroll.branch.device.api import create_app
from bpu_enroll.branch.device.auth import as_utc
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.branch.store.fields import seal_tally
from bpu_enroll.branch.store.laptop_reports import LaptopReportRow, LaptopTallyRow
from bpu_enroll.branch.store.models import Device, Record
from bpu_enroll.branch.workspace.supervisor import reconcile
from bpu_enroll.branch.workspace.tally import branch_tally
from bpu_enroll.documents.tally.figures import figures_hash, tally_figures, tally_hash
from bpu_enroll.documents.tally.pdf import period_text
from bpu_enroll.domain.errors import message
from bpu_enroll.domain.formatting import holds_nik
from bpu_enroll.services.laptop_report import build_report
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.sync import SyncService
from bpu_enroll.services.tally import TallyService
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.report import REPORT_DAYS, TallyDocument
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    enrol,
    fast_retry,
    nik_for,
    today,
)
from tests.integration.staff_http import CLERK, STAFF, SUPERVISOR


@pytest.fixture
def server(branch: Branch) -> Iterator[ServerThread]:
    """The whole branch application (with the report and supervisor routes) on loopback."""
    running = ServerThread(create_branch_app(branch.engine)).start()
    try:
        yield running
    finally:
        running.stop()


def _sync(laptop: Laptop) -> None:
    report = SyncService(laptop.session, retry=fast_retry()).run()
    assert report.completed, report.error


def _branch_day(branch: Branch) -> date:
    """The registration date the laptops used (the branch's local day)."""
    days = {r.registration_date for r in branch.records().values()}
    assert len(days) == 1
    return date.fromisoformat(days.pop())


def _get(http: httpx.Client, path: str, **params: Any) -> Any:
    answer = http.get(f"{STAFF}{path}", params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _items(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["device"]: item for item in document["items"]}


def test_reports_reconcile_then_unsynced_work_and_voids_show(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    first, second = laptop_factory(), laptop_factory()
    first.register(1), first.register(2, cash_paid=16400), second.register(3)
    _sync(first)
    _sync(second)
    day = _branch_day(branch)
    supervisor = staff(SUPERVISOR)

    items = _items(_get(supervisor, "/reconciliation", date=day.isoformat()))
    assert set(items) == {first.device_code, second.device_code}
    assert {item["state"] for item in items.values()} == {"matches"}
    for laptop in (first, second):
        item = items[laptop.device_code]
        assert item["matches"] is True, item["differences"]
        assert item["laptop_hash"] == item["branch_hash"] is not None
        assert item["reported_at"] is not None
        assert (item["not_synced"], item["voids_not_received"], item["missing_at_branch"]) == (
            0, [], [],
        )  # fmt: skip
        assert item["differences"] == []
        assert item["officers"] == ["Siti (siti)"]

    # After the sync: one record finalised and one finalised then voided, neither sent yet.
    waiting = RegistrationService(first.session).finalise(_form(4))
    voided = RegistrationService(first.session).finalise(_form(5))
    RegistrationService(first.session).void(voided.id, "salah ketik")
    document = tally_figures(TallyService(first.session).figures(day))
    answer = supervisor.post(f"{STAFF}/reconciliation", json=document)
    assert answer.status_code == 200, answer.text
    recon = answer.json()
    assert recon["device"] == first.device_code
    assert recon["matches"] is False
    assert recon["not_synced"] == 1
    assert recon["voids_not_received"] == [voided.receipt_number]
    assert recon["missing_at_branch"] == sorted([waiting.receipt_number, voided.receipt_number])
    assert recon["state"] == "not_synced"
    paths = {d["path"]: d for d in recon["differences"]}
    assert paths["totals.records"] == {
        "path": "totals.records", "officer": None, "work_location": None, "figure": "records",
        "laptop": 4, "branch": 2,
    }  # fmt: skip
    assert paths["totals.by_status.final"]["laptop"] == 1
    assert (
        paths["totals.by_status.voided"]["laptop"],
        paths["totals.by_status.voided"]["branch"],
    ) == (1, 0)
    row_difference = next(d for d in recon["differences"] if d["officer"] is not None)
    assert row_difference["officer"] == "siti" and recon["officer_names"]["siti"] == "Siti (siti)"

    # The next sync carries both; the laptop's new report reconciles again.
    _sync(first)
    item = _items(_get(supervisor, "/reconciliation", date=day.isoformat()))[first.device_code]
    assert item["matches"] is True, item["differences"]
    assert (item["not_synced"], item["voids_not_received"], item["missing_at_branch"]) == (
        0,
        [],
        [],
    )


def test_an_altered_tally_is_refused(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    laptop = laptop_factory()
    laptop.register(11)
    _sync(laptop)
    document = tally_figures(TallyService(laptop.session).figures(_branch_day(branch)))
    document["totals"]["cash_collected"] += 1000
    answer = staff(SUPERVISOR).post(f"{STAFF}/reconciliation", json=document)
    assert answer.status_code == 422
    assert answer.json()["error"]["code"] == "TALLY_HASH_INVALID"


def test_a_tally_counting_below_zero_or_past_any_laptop_is_refused(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any, server: ServerThread
) -> None:
    """A count of a tally (`by_status`) is what the supervisor reads as records not synced: a
    laptop's report, or a tally on a USB stick, with a hash made over -5 or 10**40 was kept and
    reconciled ("-5 records not synced"). Both ways refuse it now, nothing kept."""
    laptop = laptop_factory()
    laptop.register(13)
    _sync(laptop)
    day = _branch_day(branch)
    supervisor = staff(SUPERVISOR)
    report = build_report(laptop.session)
    for count in (-5, 10**40):
        document = tally_figures(TallyService(laptop.session).figures(day))
        document["totals"]["by_status"]["final"] = count
        document["hash"] = figures_hash(document)
        answer = supervisor.post(f"{STAFF}/reconciliation", json=document)
        assert (answer.status_code, answer.json()["error"]["code"]) == (422, "REQUEST_INVALID")
        sent = TallyDocument.model_construct(**{**document, "date": day})  # as a laptop might
        bad = report.model_copy(update={"tallies": [sent]})
        with (
            httpx.Client(base_url=server.url, timeout=30) as http,
            pytest.raises(SyncRefused) as err,
        ):
            laptop.client(http, fast_retry()).report(bad)
        assert (err.value.status, err.value.code) == (422, "REQUEST_INVALID")
    item = _items(_get(supervisor, "/reconciliation", date=day.isoformat()))[laptop.device_code]
    assert item["not_synced"] == 0 and item["matches"] is True, item


def test_a_damaged_stored_tally_is_refused_naming_the_laptop_and_day(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any, server: ServerThread
) -> None:
    """A laptop tally stored before arrivals were checked (or damaged on disk) whose count of
    unsent records holds a name is refused as `TALLY_UNREADABLE`, naming the laptop and the day
    and never the damage: not an uncoded 500. The laptop's next report replaces it."""
    laptop = laptop_factory()
    laptop.register(12)
    _sync(laptop)
    day = _branch_day(branch)
    with Session(branch.engine) as db:
        [row] = db.exec(select(LaptopTallyRow)).all()
        document = row.figures()
        document["totals"]["by_status"]["final"] = "Sulastri Wahyuningsih"
        row.document = seal_tally(db, json.dumps(document, sort_keys=True))
        db.add(row)
        db.commit()
    supervisor = staff(SUPERVISOR)

    answer = supervisor.get(f"{STAFF}/reconciliation", params={"date": day.isoformat()})
    assert answer.status_code == 409, answer.text
    error = answer.json()["error"]
    assert error["code"] == "TALLY_UNREADABLE"
    assert (error["device"], error["date"]) == (laptop.device_code, day.isoformat())
    assert laptop.device_code in error["message"] and day.isoformat() in error["message"]
    assert "Sulastri" not in answer.text
    client = StaffClient(server.url, timeout=30)  # as the supervisor's workspace reads it
    try:
        client.login(*SUPERVISOR)
        with pytest.raises(StaffError) as caught:
            client.reconciliation(day)
    finally:
        client.close()
    refused = caught.value
    assert (refused.code, refused.params) == (
        "TALLY_UNREADABLE", {"device": laptop.device_code, "date": day.isoformat()},
    )  # fmt: skip
    words = message(refused.code, "id", **refused.params)
    assert words.startswith(f"Rekap laptop {laptop.device_code} untuk tanggal {day.isoformat()}")

    _sync(laptop)  # the laptop's next report replaces the damaged tally
    item = _items(_get(supervisor, "/reconciliation", date=day.isoformat()))[laptop.device_code]
    assert item["matches"] is True, item["differences"]


def test_period_tally_is_the_sum_of_its_days_and_prints_its_period(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    staff: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = laptop_factory(), laptop_factory()
    for serial in (21, 22, 23):
        first.register(serial, cash_paid=16400)
    second.register(24), second.register(25, cash_paid=16400)
    _sync(first)
    _sync(second)
    day = _branch_day(branch)
    earlier = day - timedelta(days=2)
    with Session(branch.engine) as db:  # two records belong to a day two days earlier
        for record in db.exec(select(Record).order_by(Record.receipt_no)).all()[:2]:
            record.registration_date = earlier.isoformat()
            db.add(record)
        db.commit()
    supervisor = staff(SUPERVISOR)
    days = [_get(supervisor, "/tally", date=(earlier + timedelta(n)).isoformat()) for n in range(3)]
    period = _get(supervisor, "/tally", **{"from": earlier.isoformat(), "to": day.isoformat()})
    assert (period["date"], period["date_to"], period["device"]) == (
        earlier.isoformat(), day.isoformat(), "ALL",
    )  # fmt: skip
    assert (period["from"], period["to"]) == (earlier.isoformat(), day.isoformat())
    assert [d["totals"]["records"] for d in days] == [2, 0, 3]
    for key in ("records", "registrations", "total_quoted", "cash_collected"):
        assert period["totals"][key] == sum(d["totals"][key] for d in days)
    for status, count in period["totals"]["by_status"].items():
        assert count == sum(d["totals"]["by_status"][status] for d in days)
    cash: dict[str, int] = {}
    for document in days:
        for officer, amount in document["cash_by_officer"].items():
            cash[officer] = cash.get(officer, 0) + amount
    assert period["cash_by_officer"] == cash
    assert days[0]["date_to"] == days[0]["date"]
    assert days[0]["from"] == days[0]["to"] == days[0]["date"]  # one day: a period of one

    answer = supervisor.get(
        f"{STAFF}/tally",
        params={"from": earlier.isoformat(), "to": day.isoformat(), "format": "pdf", "lang": "id"},
    )
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    pages = PdfReader(io.BytesIO(answer.content)).pages
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in pages)
    assert f"Rekap {period_text(earlier, day, 'id')}" in text
    assert period["hash"] in text  # the same figures as the JSON document
    assert "Perangkat Semua laptop cabang" in text and "ALL" not in text
    assert "Siti (siti)" in text  # officers by name on paper, by user name in the hash

    # `bpu-branch tally --from D1 --to D2 --json` prints the same document.
    capsys.readouterr()
    code = branch_main(["--db", branch.db_url, "tally", "--from", earlier.isoformat(),
                        "--to", day.isoformat(), "--json"])  # fmt: skip
    assert code == 0
    assert json.loads(capsys.readouterr().out) == period


def test_activity_lists_last_sync_waiting_records_and_silent_laptops(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    first, second = laptop_factory(), laptop_factory()
    first.register(31), first.register(32), second.register(33)
    _sync(first)
    _sync(second)
    with Session(branch.engine) as db:
        device = db.exec(select(Device).where(Device.code == second.device_code)).one()
        device.last_seen_at = datetime.now(UTC) - timedelta(days=10)
        db.add(device)
        db.commit()
    items = _items(_get(staff(SUPERVISOR), "/activity", silent_days=3))
    one, two = items[first.device_code], items[second.device_code]
    assert (one["records_received"], two["records_received"]) == (2, 1)
    assert (one["records_waiting"], two["records_waiting"]) == (0, 0)
    assert one["last_sync"] is not None and one["silent"] is False
    assert two["silent"] is True and two["days_silent"] >= 10
    assert one["officers"] == ["siti"] and one["revoked"] is False


def test_a_clerk_is_refused_every_supervisor_route(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    laptop = laptop_factory()
    laptop.register(41)
    _sync(laptop)
    day = _branch_day(branch).isoformat()
    document = tally_figures(TallyService(laptop.session).figures(date.fromisoformat(day)))
    clerk = staff(CLERK)
    calls = [
        clerk.get(f"{STAFF}/tally", params={"date": day}),
        clerk.get(f"{STAFF}/tally", params={"from": day, "to": day, "format": "pdf"}),
        clerk.get(f"{STAFF}/reconciliation", params={"date": day}),
        clerk.post(f"{STAFF}/reconciliation", json=document),
        clerk.get(f"{STAFF}/activity"),
    ]
    for answer in calls:
        assert answer.status_code == 403, answer.text
        assert answer.json()["error"]["code"] == "ROLE_REFUSED"


def test_a_failing_report_does_not_fail_the_sync(
    branch: Branch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A branch without the report route: the report is refused (404), the sync stands.
    running = ServerThread(create_app(branch.engine)).start()
    laptop = enrol(branch, running.url, tmp_path / "old-branch")
    assert isinstance(laptop, Laptop)
    try:
        laptop.register(51)
        with caplog.at_level(logging.WARNING, logger="bpu_enroll.services.laptop_report"):
            report = SyncService(laptop.session, retry=fast_retry()).run()
        assert report.completed and report.pending == 0
        assert len(branch.records()) == 1
        assert "laptop report not sent: SyncRefused" in caplog.text
        assert build_report(laptop.session).pending == 0
    finally:
        laptop.close()
        running.stop()


def test_a_report_naming_another_device_is_refused(
    laptop_factory: Callable[[], Laptop], server: ServerThread
) -> None:
    first, second = laptop_factory(), laptop_factory()
    report = build_report(first.session).model_copy(update={"device": second.device_code})
    with httpx.Client(base_url=server.url, timeout=30) as http, pytest.raises(SyncRefused) as err:
        first.client(http, fast_retry()).report(report)
    assert err.value.code == "DEVICE_MISMATCH"


def test_a_report_dated_after_tomorrow_is_refused_and_one_kept_so_no_longer_wins(
    branch: Branch, laptop_factory: Callable[[], Laptop], server: ServerThread
) -> None:
    """A report generated, or a tally dated, after the server's tomorrow is a coded 422 and
    nothing is kept (no audit line either, as the route's other 422s): one dated 9999 was kept
    and, the newest winning, hid every later report of that laptop. One kept so before is
    replaced by the laptop's next real report."""
    laptop = laptop_factory()
    laptop.register(61)
    _sync(laptop)
    day = _branch_day(branch)
    with Session(branch.engine) as db:
        (kept,) = db.exec(select(LaptopReportRow)).all()
        before = (kept.generated_at, kept.pending)
    lines = len(audit_lines(branch))
    report = build_report(laptop.session)
    after_tomorrow = datetime.now(UTC) + timedelta(days=2, hours=1)
    far = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    late_tally = tally_figures(TallyService(laptop.session).figures(after_tomorrow.date()))
    refused = [
        report.model_copy(update={"generated_at": far, "pending": 7}),
        report.model_copy(update={"generated_at": after_tomorrow, "pending": 7}),
        report.model_copy(update={"tallies": [TallyDocument.model_validate(late_tally)]}),
    ]
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http, fast_retry())
        for bad in refused:
            with pytest.raises(SyncRefused) as err:
                client.report(bad)
            assert (err.value.status, err.value.code) == (422, "REPORT_DATE_FUTURE")
        with Session(branch.engine) as db:
            (kept,) = db.exec(select(LaptopReportRow)).all()
            assert (kept.generated_at, kept.pending) == before
            assert {row.day for row in db.exec(select(LaptopTallyRow))} == {day.isoformat()}
        assert len(audit_lines(branch)) == lines
        # Tomorrow (a laptop east of the server's zone) is still taken.
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        assert client.report(report.model_copy(update={"generated_at": tomorrow}))

        # A report and a tally stored dated 9999 (before the refusal) no longer win.
        with Session(branch.engine) as db:
            (kept,) = db.exec(select(LaptopReportRow)).all()
            kept.generated_at, kept.pending = far, 7
            db.add(kept)
            for row in db.exec(select(LaptopTallyRow)):
                row.generated_at = far
                db.add(row)
            db.commit()
        answer = client.report(build_report(laptop.session))
        assert answer.days == [day]
    with Session(branch.engine) as db:
        (kept,) = db.exec(select(LaptopReportRow)).all()
        assert kept.pending == 0 and as_utc(kept.generated_at).year < 9999
        assert all(as_utc(r.generated_at).year < 9999 for r in db.exec(select(LaptopTallyRow)))


def test_a_tally_dated_before_the_laptops_reporting_window_is_refused_and_nothing_kept(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    server: ServerThread,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A laptop sends the tallies of its last `REPORT_DAYS` local days; one dated any earlier
    day (0001-01-01 too) was kept, one row per device and day, so an enrolled laptop could add
    rows without bound. It is a coded 422 now, nothing kept; the oldest day a laptop east of
    UTC may send, and a day more, are still taken."""
    laptop = laptop_factory()
    laptop.register(62)
    _sync(laptop)
    day = _branch_day(branch)
    lines = len(audit_lines(branch))
    report = build_report(laptop.session)
    # The server's clock (it runs in this process) stops at this moment: the days sent are
    # counted from its UTC date, which a run at midnight UTC saw change between the two.
    moment = datetime.now(UTC)
    monkeypatch.setattr(reports, "utcnow", lambda: moment)
    utc_today = moment.date()

    def tally_of(when: date) -> TallyDocument:
        return TallyDocument.model_validate(
            tally_figures(TallyService(laptop.session).figures(when))
        )

    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http, fast_retry())
        for when in (date(1, 1, 1), utc_today - timedelta(days=REPORT_DAYS + 1)):
            bad = report.model_copy(update={"tallies": [*report.tallies, tally_of(when)]})
            with pytest.raises(SyncRefused) as err:
                client.report(bad)
            assert (err.value.status, err.value.code) == (422, "REPORT_DATE_PAST"), when
            assert message("REPORT_DATE_PAST", "id") != "REPORT_DATE_PAST"
        with Session(branch.engine) as db:
            assert {row.day for row in db.exec(select(LaptopTallyRow))} == {day.isoformat()}
        assert len(audit_lines(branch)) == lines
        oldest = [
            tally_of(utc_today - timedelta(days=back)) for back in (REPORT_DAYS - 1, REPORT_DAYS)
        ]
        answer = client.report(report.model_copy(update={"tallies": oldest}))
        assert answer.days == [
            utc_today - timedelta(days=REPORT_DAYS),
            utc_today - timedelta(days=REPORT_DAYS - 1),
        ]


def test_a_tally_naming_an_officer_with_a_nik_is_refused_and_nothing_kept(
    branch: Branch, laptop_factory: Callable[[], Laptop], server: ServerThread
) -> None:
    """A tally row's `officer` (or the officer's name under `labels`) is what reconciliation
    shows; one holding a NIK, hashed anew so the document is consistent, was kept and shown.
    It is a coded 422 now, nothing kept, the NIK in no answer or audit line."""
    laptop = laptop_factory()
    laptop.register(63)
    _sync(laptop)
    nik = nik_for(63)[0]
    with Session(branch.engine) as db:
        before = [(row.day, row.tally_hash) for row in db.exec(select(LaptopTallyRow))]
    report = build_report(laptop.session)
    (tally,) = report.tallies
    figures = tally.figures()
    (row, *_) = figures["rows"]
    username = row["officer"]
    in_row = {**figures, "rows": [{**row, "officer": f"{username} {nik}"}, *figures["rows"][1:]]}
    grouped = " ".join([nik[:4], nik[4:8], nik[8:12], nik[12:]])
    in_labels = {**figures, "labels": {**figures["labels"], "officers": {username: grouped}}}
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http, fast_retry())
        for altered in (in_row, in_labels):
            document = TallyDocument.model_validate({**altered, "hash": figures_hash(altered)})
            bad = report.model_copy(update={"tallies": [document]})
            with pytest.raises(SyncRefused) as err:
                client.report(bad)
            assert (err.value.status, err.value.code) == (422, "TALLY_OFFICER_NIK")
            assert nik not in str(err.value)
    with Session(branch.engine) as db:
        assert [(row.day, row.tally_hash) for row in db.exec(select(LaptopTallyRow))] == before
    assert nik not in json.dumps(audit_lines(branch))


def test_a_tally_holding_a_nik_in_any_other_text_is_refused_and_nothing_kept(
    branch: Branch, laptop_factory: Callable[[], Laptop], server: ServerThread, staff: Any
) -> None:
    """A NIK in a row's work location, an occupation group's name under `labels`, a key or a
    string the branch does not read (hashed anew, so the document is consistent) was kept, and
    reconciliation showed the words: it is a coded 422 now, on arrival and when uploaded for
    reconciliation, nothing kept, the NIK in no answer or audit line. A receipt number is spared
    only when a laptop could have issued it: one of a receipt's shape whose branch or device part
    is a NIK was spared and kept. The laptop's own tally, with its receipt numbers (digits split
    by dashes as a NIK may be), still passes."""
    laptop = laptop_factory()
    laptop.register(64)
    laptop.register(65)
    _sync(laptop)
    nik = nik_for(64)[0]
    with Session(branch.engine) as db:
        before = [(row.day, row.tally_hash) for row in db.exec(select(LaptopTallyRow))]
    report = build_report(laptop.session)
    (tally,) = report.tallies
    figures = tally.figures()
    (row, *rest) = figures["rows"]
    assert row["first_receipt"] and holds_nik(row["first_receipt"])  # passes all the same
    labels = figures["labels"]
    group = next(iter(labels["occupation_groups"]))
    dotted = ".".join([nik[:2], nik[2:4], nik[4:6], nik[6:12], nik[12:]])
    altered = [
        {**figures, "rows": [{**row, "work_location": f"Pasar {nik}"}, *rest]},
        {**figures, "labels": {**labels, "occupation_groups": {group: f"Ojek {dotted}"}}},
        {**figures, "labels": {**labels, "branch": f"Cabang {nik}"}},
        {**figures, "rows": [{**row, "by_sector": {nik: 1}}, *rest]},
        {**figures, "note": {"text": [f"ditulis {nik}"]}},
        {**figures, "rows": [{**row, "first_receipt": nik}, *rest]},
        # Of a receipt number's shape, a NIK as its branch or device part: no laptop's.
        {**figures, "rows": [{**row, "last_receipt": f"{nik}-D0001-20260317-7"}, *rest]},
        {**figures, "rows": [{**row, "voided_receipts": [f"DEMO-{nik}-20260317-7"]}, *rest]},
    ]
    supervisor = staff(SUPERVISOR)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        client = laptop.client(http, fast_retry())
        for document in altered:
            hashed = {**document, "hash": figures_hash(document)}
            checked = TallyDocument.model_validate(hashed)
            with pytest.raises(SyncRefused) as err:
                client.report(report.model_copy(update={"tallies": [checked]}))
            assert (err.value.status, err.value.code) == (422, "TALLY_TEXT_NIK"), document
            assert nik not in str(err.value)
            answer = supervisor.post(f"{STAFF}/reconciliation", json=hashed)
            assert answer.status_code == 422, answer.text
            assert answer.json()["error"]["code"] == "TALLY_TEXT_NIK"
            assert nik not in answer.text
        with Session(branch.engine) as db:
            kept = [(row.day, row.tally_hash) for row in db.exec(select(LaptopTallyRow))]
        assert kept == before
        assert client.report(report).days == [tally.date]  # the laptop's own tally passes
    assert message("TALLY_TEXT_NIK", "id") != message("TALLY_TEXT_NIK", "en") != "TALLY_TEXT_NIK"
    assert nik not in json.dumps(audit_lines(branch))


def _form(serial: int) -> dict[str, Any]:
    from tests.integration.helpers import registration

    return registration(serial)


def test_a_days_tally_hashes_the_same_in_every_language_on_the_laptop_and_at_the_branch(
    branch: Branch, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    laptop.register(21), laptop.register(22, cash_paid=16400)
    _sync(laptop)
    day = _branch_day(branch)
    tally = TallyService(laptop.session)
    on_laptop = {lang: tally.figures(day, lang=lang) for lang in ("id", "en")}
    with Session(branch.engine) as session:
        device = session.exec(select(Device).where(Device.code == laptop.device_code)).one()
        at_branch = {
            lang: branch_tally(session, day, device=device, lang=lang) for lang in ("id", "en")
        }
    hashes = {tally_hash(data) for data in [*on_laptop.values(), *at_branch.values()]}
    assert len(hashes) == 1
    # The words differ by language; they are beside the figures, not in them.
    groups = {lang: set(data.group_names.values()) for lang, data in on_laptop.items()}
    assert groups["id"] != groups["en"]
    assert on_laptop["en"].totals.records == 2


def test_a_laptop_without_a_report_is_not_reported(
    branch: Branch, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    laptop.register(31)
    _sync(laptop)
    day = _branch_day(branch)
    with Session(branch.engine) as session:
        device = session.exec(select(Device).where(Device.code == laptop.device_code)).one()
        item = reconcile(session, device, day, None, None)
    assert (item["state"], item["matches"], item["laptop_hash"]) == ("not_reported", None, None)
    assert item["date"] == day.isoformat() and item["officers"] == ["Siti (siti)"]


def test_a_printed_branch_tally_is_audited_as_the_laptops_is(
    branch: Branch,
    laptop_factory: Callable[[], Laptop],
    staff: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The tally a supervisor prints and signs leaves a line in the audit log (who, which days,
    the hash on the paper), from the workspace and from `bpu-branch tally --out`, as the
    laptop's `print_tally` does; the figures on screen (JSON) are only looked at."""
    from bpu_enroll.branch.workspace.staff import audit_log

    laptop = laptop_factory()
    laptop.register(61)
    _sync(laptop)
    day = today()
    supervisor = staff(SUPERVISOR)
    shown = supervisor.get(f"{STAFF}/tally", params={"date": day.isoformat()}).json()
    printed = supervisor.get(
        f"{STAFF}/tally", params={"date": day.isoformat(), "format": "pdf", "lang": "en"}
    )
    assert printed.status_code == 200
    capsys.readouterr()
    out = tmp_path / "tally.pdf"
    assert branch_main(["--db", branch.db_url, "tally", "--date", day.isoformat(),
                        "--out", str(out)]) == 0  # fmt: skip
    with Session(branch.engine) as db:
        lines = [line for line in audit_log(db) if line["action"] == "print_tally"][::-1]
    assert [(line["actor"].startswith("cli:"), line["detail"]["date"], line["detail"]["lang"])
            for line in lines] == [
        (False, day.isoformat(), "en"), (True, day.isoformat(), "id"),
    ]  # fmt: skip
    assert lines[0]["actor"] == SUPERVISOR[0]
    assert lines[1]["detail"]["tally_hash"] == shown["hash"]  # Indonesian, as on screen


def test_a_previewed_tally_is_logged_only_once_printed_or_saved_by_its_fingerprint(
    branch: Branch, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    """The workspace's preview fetch (`preview=true`) logs nothing: a preview closed unprinted
    was logged as a print. A print or a save from it is logged by `POST /tally/printed` with
    the fingerprint the PDF carries (in its header and at its foot), as `print_tally` or
    `tally_saved`; a fingerprint that is not 64 hex digits is refused with its code and logs
    nothing, and so is a clerk."""
    from bpu_enroll.branch.workspace.staff import audit_log

    laptop = laptop_factory()
    laptop.register(62)
    _sync(laptop)
    day = today()
    supervisor = staff(SUPERVISOR)

    def paper_lines() -> list[dict[str, Any]]:
        with Session(branch.engine) as db:
            lines = audit_log(db)
        return [line for line in lines if line["action"] in {"print_tally", "tally_saved"}][::-1]

    shown = supervisor.get(f"{STAFF}/tally", params={"date": day.isoformat(), "lang": "en"})
    params = {"date": day.isoformat(), "format": "pdf", "lang": "en", "preview": "true"}
    for _ in range(2):  # a preview opened twice, closed twice
        preview = supervisor.get(f"{STAFF}/tally", params=params)
        assert preview.status_code == 200 and preview.content.startswith(b"%PDF")
    assert paper_lines() == []
    fingerprint = preview.headers["X-Tally-Fingerprint"]
    assert fingerprint == shown.json()["hash"]
    foot = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.content)).pages)
    assert fingerprint in foot.replace("\n", "").replace(" ", "")

    paper = {"date": day.isoformat(), "lang": "en", "fingerprint": fingerprint}
    for bad in ("", "ab" * 31, "AB" * 32, "zz" * 32, "ab" * 32 + "\n", "ab" * 33):
        refused = supervisor.post(f"{STAFF}/tally/printed", json={**paper, "fingerprint": bad})
        assert refused.status_code == 422, bad
        assert refused.json()["error"]["code"] == "TALLY_FINGERPRINT_INVALID", bad
    clerk = staff(CLERK).post(f"{STAFF}/tally/printed", json=paper)
    assert clerk.status_code == 403
    assert paper_lines() == []

    printed = supervisor.post(f"{STAFF}/tally/printed", json=paper)
    assert printed.status_code == 200 and printed.json()["logged"] == "print_tally"
    saved = supervisor.post(f"{STAFF}/tally/printed", json={**paper, "way": "saved"})
    assert saved.status_code == 200 and saved.json()["logged"] == "tally_saved"
    lines = paper_lines()
    assert [(line["action"], line["actor"]) for line in lines] == [
        ("print_tally", SUPERVISOR[0]), ("tally_saved", SUPERVISOR[0]),
    ]  # fmt: skip
    for line in lines:
        assert line["detail"] == {
            "date": day.isoformat(), "date_to": day.isoformat(), "device": "ALL",
            "lang": "en", "tally_hash": fingerprint,
        }  # fmt: skip

    # An older workspace asks without `preview`: its fetch is still logged as printed.
    old = supervisor.get(f"{STAFF}/tally", params={**params, "preview": "false"})
    assert old.status_code == 200
    assert [line["action"] for line in paper_lines()][-1] == "print_tally"
    assert len(paper_lines()) == 3


def test_the_staff_client_previews_then_logs_the_paper(
    branch: Branch, staff: Any, server: ServerThread
) -> None:
    """`tally_preview` gives the PDF and its fingerprint, logging nothing; `tally_printed` logs
    it, a period with its last day."""
    staff(SUPERVISOR)  # the roster
    day = today()
    client = StaffClient(server.url, timeout=30)
    try:
        client.login(*SUPERVISOR)
        pdf, fingerprint = client.tally_preview(day - timedelta(days=1), day, "id")
        assert pdf.startswith(b"%PDF") and len(fingerprint) == 64
        assert [line for line in audit_lines(branch) if line["action"] == "print_tally"] == []
        client.tally_printed(day - timedelta(days=1), day, "id", fingerprint, "printed")
        with pytest.raises(StaffError) as refused:
            client.tally_printed(day, None, "id", "not-a-fingerprint", "saved")
    finally:
        client.close()
    assert (refused.value.status, refused.value.code) == (422, "TALLY_FINGERPRINT_INVALID")
    (line,) = [line for line in audit_lines(branch) if line["action"] == "print_tally"]
    assert line["detail"]["date"] == (day - timedelta(days=1)).isoformat()
    assert line["detail"]["date_to"] == day.isoformat()
    assert line["detail"]["tally_hash"] == fingerprint
