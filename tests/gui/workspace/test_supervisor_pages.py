"""The supervisor's pages against the real branch server: the branch tally (the sum of the
laptops' own tallies, cash per officer, the server's PDF saved), the reconciliation of each
laptop's tally with what the branch received (and of a tally file from a USB stick), the
officers' activity with a silent laptop marked, and the clerk kept out (GUI and API)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from bpu_enroll.branch.admin.roster import revoke_device
from bpu_enroll.branch.store.models import Device
from bpu_enroll.documents import labels
from bpu_enroll.documents.tally.figures import (
    TallyRecord,
    build_tally,
    tally_figures,
    tally_hash,
)
from bpu_enroll.domain.formatting import long_date
from bpu_enroll.domain.registration import validate_registration
from bpu_enroll.gui.common.bar_chart import BarChart
from bpu_enroll.gui.common.column_fit import NAMES_AT_LEAST
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.i18n import LanguageSwitcher
from bpu_enroll.gui.common.style import style_sheet
from bpu_enroll.gui.common.tally_model import ValueRole
from bpu_enroll.gui.workspace.activity_page import ActivityPage, references_text, state_text
from bpu_enroll.gui.workspace.audit.words import detail_text
from bpu_enroll.gui.workspace.reconcile.page import ReconcilePage
from bpu_enroll.gui.workspace.reconcile.rows import match_text
from bpu_enroll.gui.workspace.tally.model import (
    Column,
    ColumnsModel,
    branch_tally_from_document,
    cash_rows,
    regroup,
)
from bpu_enroll.gui.workspace.tally.page import BranchTallyPage
from bpu_enroll.gui.workspace.window import WorkspaceWindow, pages_for
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.tally import TallyService
from bpu_enroll.services.workstation import Workstation
from bpu_enroll.sync.laptop_store import pending_records
from bpu_enroll.sync.report import LaptopReport, TallyDocument
from bpu_enroll.sync.staff_client import StaffError
from tests.gui.workspace.conftest import CLERK, BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, Laptop, registration, today

SUPERVISOR_PAGES = ["tally", "reconcile", "activity", "audit", "devices"]


def _register_paid(laptop: Laptop, serial: int) -> int:
    """Finalise a registration paid in cash on the spot; the cash amount."""
    quote = validate_registration(registration(serial), today=today(), lang="en", nik_exists=None)
    assert quote.quote is not None
    laptop.register(serial, cash_paid=quote.quote.total)
    return int(quote.quote.total)


def _day_of_records(branch: Branch) -> date:
    [day] = {date.fromisoformat(r.registration_date) for r in branch.records().values()}
    return day


def _report(laptop: Laptop, url: str, day: date) -> None:
    """The laptop's report after its sync: pending count and its own tally of `day`."""
    figures = tally_figures(TallyService(laptop.session).figures(day))
    report = LaptopReport(
        device=laptop.device_code,
        generated_at=datetime.now(UTC),
        pending=pending_records(laptop.session.store),
        tallies=[TallyDocument.model_validate(figures)],
    )
    with httpx.Client(base_url=url, timeout=30) as http:
        laptop.client(http).report(report)


@dataclass(frozen=True)
class Synced:
    """Two laptops' registrations, synced: their day, the cash collected, the server's URL."""

    day: date
    cash: int
    url: str


@pytest.fixture
def synced(laptops: list[Laptop], ws_branch: Branch, ws_server: BranchServer) -> Synced:
    """Each laptop registers paid and unpaid workers and syncs."""
    first, second = laptops
    cash = _register_paid(first, 21) + _register_paid(second, 22)
    first.register(23)
    second.register(24)
    second.register(25)
    assert first.sync(ws_server.url).completed
    assert second.sync(ws_server.url).completed
    return Synced(_day_of_records(ws_branch), cash, ws_server.url)


def _tally_page(workspace: WorkspaceFactory, qtbot: QtBot, day: date) -> BranchTallyPage:
    window = workspace("supervisor", pages=SUPERVISOR_PAGES)
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    page.set_period(day, day)
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    return page


def _tally_page_in(
    lang: str, workspace: WorkspaceFactory, qtbot: QtBot, day: date, ws_ctx: Any
) -> BranchTallyPage:
    """The day's tally page, read again in `lang` when that is not the workspace's language."""
    page = _tally_page(workspace, qtbot, day)
    if ws_ctx.lang != lang:  # the page reads the figures again in the new language
        with qtbot.waitSignal(page.tally_shown, timeout=20_000):
            ws_ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    return page


def _saved_pdf(page: BranchTallyPage, qtbot: QtBot, folder: Path) -> PdfReader:
    """The tally saved as PDF through the page's own Save, read back."""
    page.ask_save_path = lambda name: folder / name  # type: ignore[method-assign, unused-ignore]
    with qtbot.waitSignal(page.saved, timeout=30_000) as saved:
        page.save_pdf()
    return PdfReader(saved.args[0])


def test_branch_tally_is_the_sum_of_the_laptops_tallies_and_prints(
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    synced: Synced,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    day, cash = synced.day, synced.cash
    own = [TallyService(laptop.session).figures(day) for laptop in laptops]

    page = _tally_page(workspace, qtbot, day)
    assert page.tally is not None
    totals = page.tally.data.totals
    assert totals.records == sum(t.totals.records for t in own) == 5
    assert totals.registrations == sum(t.totals.registrations for t in own)
    assert totals.total_quoted == sum(t.totals.total_quoted for t in own)
    assert totals.cash_collected == sum(t.totals.cash_collected for t in own) == cash
    for key in ("JKK+JKM", "JKK+JKM+JHT"):
        assert totals.by_programs[key] == sum(t.totals.by_programs[key] for t in own)
    assert tally_hash(page.tally.data) == page.tally.hash  # parsed back exactly
    assert page.tally.hash in page.ui.hashLabel.text()

    expected_cash: dict[str, int] = {}
    for tally in own:
        for row in tally.rows:
            name = tally.officer_label(row.officer)
            expected_cash[name] = expected_cash.get(name, 0) + row.cash_collected
    shown = {
        page.cash_model.value(i, "officer"): page.cash_model.value(i, "cash")
        for i in range(page.cash_model.rowCount())
    }
    assert shown == expected_cash
    cash_column = page.cash_model.column_of("cash")
    assert page.cash_model.index(0, cash_column).data() == f"Rp{cash:,}".replace(",", ".")

    out = tmp_path / "printed.pdf"

    def ask_printer(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return True

    with qtbot.waitSignal(page.preview_opened, timeout=30_000) as opened:
        QTest.keyClick(page.ui.figuresView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = opened.args[0]
    preview.ask_printer = ask_printer
    qtbot.waitUntil(lambda: bool(preview.pages) and not preview.busy, timeout=30_000)
    with qtbot.waitSignal(page.printed, timeout=30_000) as printed:
        QTest.keyClick(preview, Qt.Key.Key_Return)
    assert printed.args == [len(PdfReader(out).pages)]
    preview.reject()
    assert "printed.pdf" in page.ui.statusLabel.text()

    cash_line = page.model.row_of("cash")
    last = page.model.columnCount() - 1
    assert page.model.index(cash_line, last).data(ValueRole) == cash
    assert sum(value for _label, value in page.ui.chart.bars) == totals.registrations
    # Ready again once idle (a refresh of the window may be reading figures at this moment).
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert page.ui.printButton.isEnabled() and page.ui.saveButton.isEnabled()


def test_a_period_sums_its_days_and_saves_the_servers_pdf(
    workspace: WorkspaceFactory,
    synced: Synced,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    day, cash = synced.day, synced.cash
    page = _tally_page(workspace, qtbot, day)
    one_day = page.tally
    assert one_day is not None and not one_day.is_range

    first = day - timedelta(days=2)
    page.set_period(first, day)
    page.refresh()
    qtbot.waitUntil(
        lambda: not page.busy and page.tally is not None and page.tally.is_range, timeout=20_000
    )
    period = page.tally
    assert period is not None
    assert (period.date_from, period.date_to) == (first, day)
    assert period.data.totals.records == one_day.data.totals.records == 5
    assert period.data.totals.cash_collected == cash
    assert period.hash != one_day.hash  # the period is part of the figures

    page.ask_save_path = lambda name: tmp_path / name  # type: ignore[method-assign, assignment, unused-ignore]
    with qtbot.waitSignal(page.saved, timeout=20_000) as saved:
        page.save_pdf()
    path = saved.args[0]
    assert path.name.endswith(f"{first.isoformat()}_{day.isoformat()}.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert period.data.branch_name and period.data.branch_name in text
    lang = page.tally_language()
    assert long_date(day, lang) in text  # the period's last day, in the title
    assert period.hash in text.replace("\n", "")  # the hash on screen is the one on paper


def test_reconciliation_matches_then_shows_an_unsynced_record(
    workspace: WorkspaceFactory, laptops: list[Laptop], synced: Synced, qtbot: QtBot, tmp_path: Path
) -> None:
    day = synced.day
    for laptop in laptops:
        _report(laptop, synced.url, day)
    window = workspace("supervisor", pages=SUPERVISOR_PAGES)
    page = window.page("reconcile")
    assert isinstance(page, ReconcilePage)
    page.set_day(day)
    with qtbot.waitSignal(page.reconciled, timeout=20_000):
        page.refresh()
    qtbot.waitUntil(lambda: not page.busy)
    rows = {page.model.value(i, "device"): i for i in range(page.model.rowCount())}
    assert sorted(rows) == sorted(laptop.device_code for laptop in laptops)
    for row in rows.values():
        assert page.model.value(row, "state") == "matches"
        assert page.model.index(row, page.model.column_of("state")).data() == match_text(True)
        assert page.model.value(row, "not_synced") == 0
    assert page.ui.summaryLabel.text().startswith("2 laptop")
    assert "2 match" in page.ui.summaryLabel.text()

    # One laptop finalises a record and voids another, and syncs neither: its tally file
    # (from a USB stick) differs, in words, and takes that laptop's row (two rows, not three).
    first = laptops[0]
    first.register(26)
    ctx_void = RegistrationService(first.session)
    voided = ctx_void.finalise(registration(27))
    ctx_void.void(str(voided.id), "salah ketik")
    document = tally_figures(TallyService(first.session).figures(day))
    stick = tmp_path / "tally.json"
    stick.write_text(json.dumps(document), encoding="utf-8")
    page.ask_open_path = lambda: stick  # type: ignore[method-assign, unused-ignore]
    for _twice in range(2):  # the same file checked twice is still one row
        with qtbot.waitSignal(page.file_checked, timeout=20_000) as checked:
            page.ui.checkFileButton.click()
        qtbot.waitUntil(lambda: not page.busy)
    recon = checked.args[0]
    assert recon["device"] == first.device_code
    assert (recon["matches"], recon["state"], recon["not_synced"]) == (False, "not_synced", 1)
    assert recon["laptop_hash"] == document["hash"] != recon["branch_hash"]
    assert page.model.rowCount() == 2
    assert page.ui.summaryLabel.text().startswith("2 laptop")
    selected = page.selected_row()
    assert selected is not None and selected["source"] == "file"
    assert selected["device"] == first.device_code
    figures = [page.differences.index(i, 1).data() for i in range(page.differences.rowCount())]
    assert "Waiting to sync" in figures and not any("by_status" in f for f in figures)
    codes = [page.differences.row(i)["path"] for i in range(page.differences.rowCount())]
    quoted = codes.index("totals.total_quoted")
    laptop_column = page.differences.column_of("laptop")
    assert page.differences.index(quoted, laptop_column).data().startswith("Rp")
    details = page.ui.detailsLabel.text()
    assert "Records not synced yet" in details
    assert "2 receipts finalised on the laptop, not at the branch yet" in details
    assert "…-" + voided.receipt_number.rsplit("-", 1)[-1] in details
    assert "1 receipt voided on the laptop, not voided at the branch yet" in details
    assert "rows[" not in details and "rows[" not in " ".join(figures)
    assert page.ui.statusLabel.text()  # the file's result is said

    # A refresh leaves no earlier message and keeps the file's row in its laptop's place.
    with qtbot.waitSignal(page.reconciled, timeout=20_000):
        page.refresh()
    qtbot.waitUntil(lambda: not page.busy)
    assert page.ui.statusLabel.text() == ""
    assert page.model.rowCount() == 2
    sources = {page.model.value(i, "device"): page.model.row(i)["source"] for i in range(2)}
    assert sources[first.device_code] == "file"


def test_reconciliation_refuses_a_file_that_is_not_a_tally(
    workspace: WorkspaceFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = workspace("supervisor", pages=["reconcile"])
    page = window.page("reconcile")
    assert isinstance(page, ReconcilePage)
    junk = tmp_path / "notes.json"
    junk.write_text('{"hello": "world"}', encoding="utf-8")
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    with qtbot.waitSignal(page.failed, timeout=20_000):
        page.check_file(junk)
    assert "not a laptop tally" in page.ui.statusLabel.text()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_tally_file_without_its_figures_is_said_not_a_laptop_tally(
    lang: str, workspace: WorkspaceFactory, ws_ctx: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    """A file with a laptop tally's device, day and hash but not its figures (cut short, or
    another document) went to the server, whose REQUEST_INVALID told the supervisor to update
    the app or call support. It is called what it is, the server's code kept."""
    window = workspace("supervisor", pages=["reconcile"])
    ws_ctx.languages.set_language(lang)
    page = window.page("reconcile")
    assert isinstance(page, ReconcilePage)
    cut = tmp_path / "rekap-D0001.json"
    cut.write_text('{"device": "D0001", "date": "2026-12-06", "hash": "00"}', encoding="utf-8")
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    with qtbot.waitSignal(page.failed, timeout=20_000) as refused:
        page.check_file(cut)
    assert isinstance(refused.args[0], StaffError) and refused.args[0].code == "REQUEST_INVALID"
    said = page.ui.statusLabel.text()
    expected = QCoreApplication.translate(
        "ReconcilePage", "This file is not a laptop tally (bpu-enroll tally --json)."
    )
    assert said.startswith(expected), said
    word = {"id": "kode", "en": "code"}[lang]
    assert said.endswith(f"\u00a0({word}\u00a0REQUEST_INVALID)"), said  # held on one line


def test_reconciliation_refuses_a_file_too_large_before_reading_it(
    workspace: WorkspaceFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    """A file beyond the tally limit (a disk image picked by mistake) is refused from its size
    with `FILE_TOO_LARGE`, in the supervisor's words: it was read whole before it was cut, and
    called "not a laptop tally"."""
    from bpu_enroll.domain.errors import message
    from bpu_enroll.gui.workspace.reconcile import rows as reconcile_rows

    window = workspace("supervisor", pages=["reconcile"])
    page = window.page("reconcile")
    assert isinstance(page, ReconcilePage)
    huge = tmp_path / "disk.img"
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(reconcile_rows.MAX_FILE_BYTES + 1)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    with qtbot.waitSignal(page.failed, timeout=20_000):
        page.check_file(huge)
    text = page.ui.statusLabel.text()
    assert "FILE_TOO_LARGE" in text and message("FILE_TOO_LARGE", "en") in text
    assert page.model.rowCount() == 0 or all(
        page.model.row(i)["source"] != "file" for i in range(page.model.rowCount())
    )


def _silence(branch: Branch, device_code: str, days: int) -> None:
    with Session(branch.engine) as db:
        device = db.exec(select(Device).where(Device.code == device_code)).one()
        device.last_seen_at = datetime.now(UTC) - timedelta(days=days, hours=1)
        db.add(device)
        db.commit()


def test_activity_marks_a_silent_laptop_and_a_revoked_one(
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_branch: Branch,
    ws_server: BranchServer,
    qtbot: QtBot,
) -> None:
    first, second = laptops
    first.register(41)
    assert first.sync(ws_server.url).completed
    assert second.sync(ws_server.url).completed
    _silence(ws_branch, second.device_code, 5)
    with Session(ws_branch.engine) as db:
        revoke_device(db, code=first.device_code)

    window = workspace("supervisor", pages=["activity"])
    page = window.page("activity")
    assert isinstance(page, ActivityPage)
    with qtbot.waitSignal(page.activity_shown, timeout=20_000):
        page.refresh()
    rows = {page.model.value(i, "device"): i for i in range(page.model.rowCount())}
    silent, revoked = rows[second.device_code], rows[first.device_code]
    assert page.model.index(silent, 0).data() == state_text({"silent": True, "days_silent": 5})
    assert page.model.index(silent, 0).data().startswith("⚠")
    assert page.model.index(silent, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.marked is not None and page.model.marked(page.model.row(silent))
    assert page.model.index(revoked, 0).data().startswith("✗")
    last_sync = page.model.index(silent, page.model.column_of("last_sync")).data()
    assert last_sync == "5 days ago"
    assert page.model.value(revoked, "records_received") == 1
    assert "1 silent" in page.ui.summaryLabel.text()

    with qtbot.waitSignal(page.activity_shown, timeout=20_000) as shown:
        page.ui.silentSpin.setValue(10)
    assert shown.args[0]["silent_days"] == 10
    rows = {page.model.value(i, "device"): i for i in range(page.model.rowCount())}
    row = rows[second.device_code]
    assert page.model.index(row, 0).data().startswith("✓")
    assert not page.model.marked(page.model.row(row))


def test_an_unreachable_server_is_said_plainly_and_the_page_recovers(
    workspace: WorkspaceFactory, ws_server: BranchServer, qtbot: QtBot
) -> None:
    window = workspace("supervisor", pages=["activity"])
    page = window.page("activity")
    assert isinstance(page, ActivityPage)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    ws_server.stop()
    with qtbot.waitSignal(page.failed, timeout=20_000) as failed:
        page.refresh()
    assert failed.args[0].code == "SERVER_UNREACHABLE"
    assert "cannot be reached" in page.ui.statusLabel.text()
    assert not page.busy
    ws_server.start_again()
    with qtbot.waitSignal(page.activity_shown, timeout=20_000):
        page.refresh()
    assert page.ui.statusLabel.text() == ""


def test_a_clerk_gets_no_supervisor_pages_and_the_api_refuses_the_clerk(
    workspace: WorkspaceFactory, workstation: Workstation
) -> None:
    assert pages_for("clerk", SUPERVISOR_PAGES) == ()
    assert [p.key for p in pages_for("supervisor", SUPERVISOR_PAGES)] == SUPERVISOR_PAGES
    window = workspace("clerk", pages=SUPERVISOR_PAGES)
    assert not set(SUPERVISOR_PAGES) & set(window.pages)

    client = workstation.client()
    try:
        client.login(*CLERK)
        calls: list[Any] = [
            lambda: client.tally(today()),
            lambda: client.tally(today() - timedelta(days=6), today()),
            lambda: client.tally_pdf(today()),
            lambda: client.reconciliation(today()),
            lambda: client.activity(3),
        ]
        for call in calls:
            with pytest.raises(StaffError) as refused:
                call()
            assert (refused.value.status, refused.value.code) == (403, "ROLE_REFUSED")
    finally:
        client.close()


# --- models, without widgets ---------------------------------------------------------------------


def _record(officer: str, place: str, cash: int, number: int, **changes: Any) -> TallyRecord:
    values: dict[str, Any] = {
        "officer": officer, "work_location": place, "status": "accepted", "voided": False,
        "programs": ("JKK", "JKM"), "occupation_group": "Perdagangan", "sector": "other",
        "gender": "M", "total_quoted": 16_800, "cash_paid": cash,
        "receipt_number": f"JKT01-D0001-20260504-{number:05d}",
        "created_at": datetime(2026, 5, 4, 5, 0, tzinfo=UTC),
    }  # fmt: skip
    values.update(changes)
    return TallyRecord(**values)


def _document() -> dict[str, Any]:
    records = [
        _record("Siti (siti)", "Pasar", 16_800, 1),
        _record("Siti (siti)", "Terminal", 0, 2, gender="F"),
        _record("Agus (agus)", "Pasar", 16_800, 3, programs=("JKK", "JKM", "JHT")),
        _record("Agus (agus)", "Pasar", 16_800, 4, voided=True, status="voided"),
    ]
    data = build_tally(
        records, branch_code="JKT01", branch_name="Jakarta", province_code="31",
        device_code="ALL", day=date(2026, 5, 4), generated_at=datetime.now(UTC),
    )  # fmt: skip
    cash = {"Agus (agus)": 16_800, "Siti (siti)": 16_800}
    return {**tally_figures(data), "cash_by_officer": cash}


def test_the_tally_document_reads_back_with_the_same_hash_and_regroups() -> None:
    document = _document()
    tally = branch_tally_from_document(document, "31")
    assert tally_hash(tally.data) == document["hash"] == tally.hash
    assert not tally.is_range

    per_officer = regroup(tally.data, "officer", "all")
    assert [(r.officer, r.records, r.cash_collected) for r in per_officer.rows] == [
        ("Agus (agus)", 2, 16_800),
        ("Siti (siti)", 2, 16_800),
    ]
    per_place = regroup(tally.data, "location", "all")
    assert [(r.work_location, r.registrations) for r in per_place.rows] == [
        ("Pasar", 2),
        ("Terminal", 1),
    ]
    agus = per_officer.rows[0]
    assert agus.by_status["voided"] == 1 and agus.voided_receipts == ("JKT01-D0001-20260504-00004",)
    assert agus.by_programs == {"JKK+JKM": 0, "JKK+JKM+JHT": 1}
    assert regroup(tally.data, "officer_location") is tally.data
    assert cash_rows(tally) == [
        {"officer": "Agus (agus)", "registrations": 1, "quoted": 16_800, "cash": 16_800},
        {"officer": "Siti (siti)", "registrations": 2, "quoted": 33_600, "cash": 16_800},
    ]


def test_a_period_document_keeps_its_last_day() -> None:
    document = {**_document(), "date_to": "2026-05-10"}
    tally = branch_tally_from_document(document, "31")
    assert tally.is_range and tally.date_to == date(2026, 5, 10)
    assert tally.data.day_to == date(2026, 5, 10)


def test_columns_model_shows_marks_and_raw_values(qtbot: QtBot) -> None:
    columns = [
        Column("device", lambda: "Laptop", lambda r: r["device"]),
        Column("waiting", lambda: "Waiting", lambda r: r["waiting"], str, numeric=True),
    ]
    model = ColumnsModel(columns, marked=lambda r: r["waiting"] > 3)
    model.set_rows([{"device": "D0001", "waiting": 1}, {"device": "D0002", "waiting": 7}])
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Waiting"
    assert model.index(1, 1).data(ValueRole) == 7
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(0, 0).data(background) is None
    assert model.index(1, 0).data(background) is not None
    assert model.index(1, 1).data() == "7"
    assert model.value(1, "device") == "D0002"


def test_the_bar_chart_takes_its_colour_from_the_style_sheet(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    assert chart.bar_colour.name() == "#0b6e4f"
    sheet = style_sheet(high_contrast=True, large_font=False)
    chart.setStyleSheet(sheet + "\nBarChart { qproperty-barColor: #000000; }")
    chart.ensurePolished()
    assert chart.bar_colour.name() == "#000000"


def test_match_and_state_texts_never_rely_on_colour() -> None:
    assert match_text(True).startswith("✓") and match_text(False).startswith("✗")
    assert match_text(None).startswith("–")
    assert state_text({"revoked": True, "silent": False}).startswith("✗")
    assert state_text({"silent": True, "days_silent": None}).startswith("⚠")
    assert state_text({"silent": False}).startswith("✓")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["⚠ Silent for 1 day", "⚠ Silent for 5 days", "1 differs", "2 differ"]),
        ("id", ["⚠ Diam selama 1 hari", "⚠ Diam selama 5 hari", "1 berbeda", "2 berbeda"]),
    ],
)
def test_counted_words_take_the_languages_plural(
    qtbot: QtBot, lang: str, expected: list[str]
) -> None:
    """English said "Silent for 5 day(s)" (lupdate kept no plural for it) and "1 differ"."""
    switcher = LanguageSwitcher()
    switcher.set_language(lang)
    try:
        said = [state_text({"silent": True, "days_silent": days}) for days in (1, 5)]
        said += [QCoreApplication.translate("ReconcilePage", "%Ln differ", "", n) for n in (1, 2)]
        assert said == expected
    finally:
        switcher.release()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Contribution rules BPU-2026.1 · Occupations 2026.1 · Regions wilayah-2027.1"),
        ("id", "Aturan iuran BPU-2026.1 · Pekerjaan 2026.1 · Wilayah wilayah-2027.1"),
    ],
)
def test_activity_names_the_reference_data_in_words_in_each_language(
    qtbot: QtBot, lang: str, expected: str
) -> None:
    """The reference-data column showed its report's keys ("occupations", "regions"), English
    in the Indonesian interface; a key the app does not know stays as it came."""
    versions = {"regions": "wilayah-2027.1", "occupations": "2026.1",
                "contribution_rules": "BPU-2026.1"}  # fmt: skip
    switcher = LanguageSwitcher()
    switcher.set_language(lang)
    try:
        assert references_text({"reference_versions": versions}) == expected
        assert references_text({"reference_versions": {"tariffs": "1"}}) == "tariffs 1"
        assert references_text({}) == "–"
    finally:
        switcher.release()


def test_activity_shows_each_laptops_versions_and_flags_one_below_the_minimum(
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_branch: Branch,
    ws_server: BranchServer,
    qtbot: QtBot,
) -> None:
    from bpu_enroll import __version__
    from bpu_enroll.branch.store.settings import set_setting
    from bpu_enroll.sync.reference import reference_versions

    current, old = laptops
    assert current.sync(ws_server.url).completed  # its report carries this app's version
    assert old.sync(ws_server.url).completed
    stale = LaptopReport(
        device=old.device_code,
        generated_at=datetime.now(UTC) + timedelta(seconds=1),
        pending=0,
        app_version="0.0.9",
        reference_versions={"contribution_rules": "BPU-2025.1"},
    )
    with httpx.Client(base_url=ws_server.url, timeout=30) as http:
        old.client(http).report(stale)
    with Session(ws_branch.engine) as db:
        set_setting(db, "min-app-version", __version__)

    window = workspace("supervisor", pages=["activity"])
    page = window.page("activity")
    assert isinstance(page, ActivityPage)
    with qtbot.waitSignal(page.activity_shown, timeout=20_000) as shown:
        page.refresh()
    assert shown.args[0]["min_app_version"] == __version__
    rows = {page.model.value(i, "device"): i for i in range(page.model.rowCount())}
    version = page.model.column_of("app_version")
    references = page.model.column_of("reference_versions")
    ok, behind = rows[current.device_code], rows[old.device_code]
    assert page.model.index(ok, version).data() == __version__
    assert page.model.index(behind, version).data() == "⚠ 0.0.9 (update)"
    assert page.model.marked is not None and page.model.marked(page.model.row(behind))
    assert not page.model.marked(page.model.row(ok))
    shipped = reference_versions()["contribution_rules"]
    assert f"Contribution rules {shipped}" in page.model.index(ok, references).data()
    assert page.model.index(behind, references).data() == "Contribution rules BPU-2025.1"
    assert f"1 below version {__version__}" in page.ui.summaryLabel.text()


def test_activity_shows_the_versions_a_laptop_reported_as_one_line_of_visible_text(
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_branch: Branch,
    ws_server: BranchServer,
    qtbot: QtBot,
) -> None:
    """A laptop's report names its app and reference-data versions: a C1 control (NEL, a line
    break in a listing) or a right-to-left override (turning "1.2.0" around on screen) reached
    the supervisor's page as sent. They show as one line of visible text, as the officers'
    names do; the branch keeps the report as it came."""
    from bpu_enroll.branch.store.laptop_reports import LaptopReportRow

    laptop = laptops[0]
    assert laptop.sync(ws_server.url).completed
    sent_version = "1.2\u202e.0\x85x"
    sent_references = {"tariffs\x9b": "2026\u202e.1\u2028b"}
    report = LaptopReport(
        device=laptop.device_code,
        generated_at=datetime.now(UTC) + timedelta(seconds=1),
        pending=0,
        app_version=sent_version,
        reference_versions=sent_references,
    )
    with httpx.Client(base_url=ws_server.url, timeout=30) as http:
        laptop.client(http).report(report)

    window = workspace("supervisor", pages=["activity"])
    page = window.page("activity")
    assert isinstance(page, ActivityPage)
    with qtbot.waitSignal(page.activity_shown, timeout=20_000):
        page.refresh()
    rows = {page.model.value(i, "device"): i for i in range(page.model.rowCount())}
    row = rows[laptop.device_code]
    shown_version = page.model.index(row, page.model.column_of("app_version")).data()
    shown_references = page.model.index(row, page.model.column_of("reference_versions")).data()
    assert shown_version == "1.2.0 x"
    assert shown_references == "tariffs 2026.1 b"
    with Session(ws_branch.engine) as db:
        device = db.exec(select(Device).where(Device.code == laptop.device_code)).one()
        stored = db.get(LaptopReportRow, device.id)
    assert stored is not None
    assert (stored.app_version, stored.references()) == (sent_version, sent_references)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tally_names_the_money_as_its_pdf_and_the_officers_tally_do(  # noqa: PLR0917
    lang: str,
    workspace: WorkspaceFactory,
    synced: Synced,
    ws_ctx: Any,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """The contributions quoted and the cash collected have one name each: in the figures (the
    officer's tally shows the same table), in the cash per officer, and on the server's PDF."""
    page = _tally_page_in(lang, workspace, qtbot, synced.day, ws_ctx)
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    names = [page.model.headerData(page.model.row_of(key), vertical) for key in ("quoted", "cash")]
    cash_headers = [  # on two lines in the narrow cash table
        " ".join(page.cash_model.headerData(page.cash_model.column_of(key), horizontal).split())
        for key in ("quoted", "cash")
    ]
    assert cash_headers == names
    assert names[1].lower() in page.ui.totalsLabel.text().lower()
    assert names[1].lower() in page.ui.cashBox.title().lower()

    pages = _saved_pdf(page, qtbot, tmp_path).pages
    printed = " ".join(" ".join(p.extract_text().split()) for p in pages)
    for name in names:
        assert name in printed, f"{name!r} not on the PDF"


def test_when_the_figures_need_the_width_the_names_give_way_and_no_column_is_cut(
    workspace: WorkspaceFactory, synced: Synced, qtbot: QtBot
) -> None:
    """Three officers and the total at 1366 pixels scrolled the last column half out of sight,
    its right-aligned numbers in the hidden half: the column looked empty. A table a little too
    narrow for names and figures keeps every figure column in sight: the names give up room
    (elided, whole in their tooltip), down to 160 pixels."""
    page = _tally_page(workspace, qtbot, synced.day)
    view = page.ui.figuresView
    names = view.verticalHeader()
    wanted = names.sizeHint().width()
    assert wanted > NAMES_AT_LEAST + 12
    scrollbar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    chrome = 2 * view.frameWidth() + scrollbar
    figures = view.horizontalHeader().length()
    view.setFixedWidth(chrome + wanted + figures - 10)  # 10 pixels short with the names whole
    qtbot.waitUntil(lambda: view.width() == chrome + wanted + figures - 10, timeout=5_000)
    qtbot.waitUntil(lambda: names.width() <= wanted - 10, timeout=5_000)
    assert names.width() >= NAMES_AT_LEAST
    assert view.horizontalScrollBar().maximum() == 0, "every figure column in sight"
    label_row = page.model.row_of("cash")
    tip = page.model.headerData(label_row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert tip == page.model.headerData(label_row, Qt.Orientation.Vertical)  # whole in the tip


def test_counts_in_the_tables_have_the_thousands_dot(
    workspace: WorkspaceFactory, qtbot: QtBot
) -> None:
    """A laptop's records received add up over months and a batch can carry thousands: they
    showed as `25000` and `1234` where every other figure of the app reads `25.000`."""
    window = workspace("supervisor", pages=["activity", "reconcile"])
    activity = window.page("activity")
    reconcile = window.page("reconcile")
    assert isinstance(activity, ActivityPage) and isinstance(reconcile, ReconcilePage)
    qtbot.waitUntil(lambda: not activity.busy and not reconcile.busy, timeout=20_000)
    activity.model.set_rows(
        [{"device": "D0001", "officers": ["siti"], "records_waiting": 1234,
          "records_received": 25_000}]
    )  # fmt: skip
    shown = {
        key: activity.model.index(0, activity.model.column_of(key)).data()
        for key in ("records_waiting", "records_received")
    }
    assert shown == {"records_waiting": "1.234", "records_received": "25.000"}
    reconcile.model.set_rows(
        [{"device": "D0001", "officers": ["siti"], "matches": False, "not_synced": 1500,
          "voids_not_received": [f"JKT01-D0001-20260317-{n:05d}" for n in range(1200)]}]
    )  # fmt: skip
    shown = {
        key: reconcile.model.index(0, reconcile.model.column_of(key)).data()
        for key in ("not_synced", "voids_not_received")
    }
    assert shown == {"not_synced": "1.500", "voids_not_received": "1.200"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tally_names_its_fingerprint_as_the_foot_of_its_pdf(  # noqa: PLR0917 - fixtures
    lang: str,
    workspace: WorkspaceFactory,
    synced: Synced,
    ws_ctx: Any,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    """The page said "Hash rekap (tercetak di kaki halaman)" ("Tally hash (printed at the
    foot)") while the foot of its PDF says "Sidik rekap (SHA-256)" ("Tally fingerprint"): a
    supervisor looking for the one on the other found another word. Page, PDF, the
    reconciliation and the audit log name it alike."""
    page = _tally_page_in(lang, workspace, qtbot, synced.day, ws_ctx)
    assert page.tally is not None
    foot = " ".join(_saved_pdf(page, qtbot, tmp_path).pages[0].extract_text().split())
    name = labels.text("tally.hash", lang).split(" (")[0]  # "Sidik rekap", "Tally fingerprint"
    assert f"{name} (SHA-256): {page.tally.hash}" in foot
    assert page.ui.hashLabel.text().startswith(f"{name} ("), page.ui.hashLabel.text()
    assert name.lower() in page.ui.explainLabel.text().lower()
    word = {"id": "sidik", "en": "fingerprint"}[lang]  # "Sidik laptop", "Laptop fingerprint"
    window = page.window()
    assert isinstance(window, WorkspaceWindow)
    reconcile = window.page("reconcile")
    assert isinstance(reconcile, ReconcilePage)
    assert name.lower() in reconcile.ui.explainLabel.text().lower()
    headers = [
        " ".join(str(reconcile.model.headerData(c, Qt.Orientation.Horizontal)).split())
        for c in range(reconcile.model.columnCount())
    ]
    assert sum(word in h.lower() for h in headers) == 2, headers
    assert "hash" not in " ".join(headers).lower(), headers
    assert detail_text({"tally_hash": "ab" * 32}, lang=lang).startswith(f"{name.lower()}: ")


def test_a_failed_activity_read_is_said_again_in_the_new_language_after_a_switch(
    workspace: WorkspaceFactory, ws_server: BranchServer, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """The branch unreachable, the status line says so; it stayed in the old language."""
    window = workspace("supervisor", pages=["activity"])
    page = window.page("activity")
    assert isinstance(page, ActivityPage)
    ws_server.stop()
    with qtbot.waitSignal(page.failed, timeout=20_000):
        page.refresh()
    label = page.ui.statusLabel
    english = label.text()
    assert english and label.property("role") == "error"
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() != "Officers' activity")
    assert label.text() != english and label.property("role") == "error"
    assert "SERVER_UNREACHABLE" in english and "SERVER_UNREACHABLE" in label.text()
