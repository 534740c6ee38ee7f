"""The clerk's pages against the real branch server on loopback: the batch inbox, the review
queue with its decisions reaching the laptops, the USB import with its dry run, the export for
the core system, and the review queue's lazy loading."""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from bpu_enroll.branch.admin.roster import revoke_device
from bpu_enroll.branch.store.models import Record
from bpu_enroll.branch.workspace.export import verify_export
from bpu_enroll.branch.workspace.staff import audit_log
from bpu_enroll.domain.errors import message
from bpu_enroll.domain.formatting import long_date, mask_nik
from bpu_enroll.domain.occupations import default_catalogue
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.workspace.batches_page import BatchesPage
from bpu_enroll.gui.workspace.context import WorkspaceContext
from bpu_enroll.gui.workspace.decision_dialog import DecisionDialog
from bpu_enroll.gui.workspace.review.detail import DIFF_BACKGROUND, DIFFERS
from bpu_enroll.gui.workspace.review.model import (
    BATCH_COLUMNS,
    REVIEW_COLUMNS,
    PagedTableModel,
)
from bpu_enroll.gui.workspace.review.page import ReviewPage
from bpu_enroll.gui.workspace.tally.model import staff_error_text
from bpu_enroll.gui.workspace.transfer_page import TransferPage
from bpu_enroll.services.sync import SyncService
from bpu_enroll.services.workstation import Workstation
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.laptop_store import records_to_send
from bpu_enroll.sync.runner import sign_manifest
from bpu_enroll.sync.staff_client import StaffError
from tests.gui.test_tab_order import reading_order
from tests.gui.workspace.conftest import BranchServer
from tests.integration.helpers import (
    Branch,
    Laptop,
    batch_file_repeating,
    break_record,
    exhaust_kpj_range,
    extend_kpj_range,
    leave_kpj_numbers,
    nik_for,
)

CLERK = ("clerk", "password")


@pytest.fixture
def clerk_ws(
    qtbot: QtBot, ws_ctx: AppContext, workstation: Workstation
) -> Iterator[WorkspaceContext]:
    """The clerk signed in at the workstation (the pages' `ws`)."""
    client = workstation.client()
    client.login(*CLERK)
    ws = WorkspaceContext(ws_ctx, workstation, client, retry_seconds=30)
    yield ws
    ws.stop()
    assert ws_ctx.tasks.wait_idle()
    client.close()


def _laptop_codes(laptop: Laptop, record_id: str) -> list[str]:
    with laptop.session.store.session(readonly=True) as db:
        row = db.get(Registration, record_id)
        assert row is not None
        return json.loads(row.reject_codes) if row.reject_codes else []


def _page(qtbot: QtBot, page: Any) -> Any:
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


# --- the batch inbox -----------------------------------------------------------------------------


def test_inbox_shows_the_batches_of_two_laptops_and_opens_one(
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
) -> None:
    first, second = laptops
    participant = first.register(1)
    first.register(2)
    second.register(1, full_name="Budi Santosa")  # the same worker, from the other laptop
    assert first.sync(ws_server.url).completed
    assert second.sync(ws_server.url).completed

    page = _page(qtbot, BatchesPage(ws_ctx, clerk_ws))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    rows = {page.model.row_at(i)["device"]: i for i in range(2)}
    assert set(rows) == {first.device_code, second.device_code}
    assert page.model.row_at(rows[first.device_code])["counts"] == {"accepted": 2}
    assert page.model.row_at(rows[second.device_code])["counts"] == {"duplicate": 1}
    cells = [page.model.index(rows[first.device_code], c).data() for c in range(10)]
    assert cells[0].endswith(" WIB")  # the branch's zone (Jakarta)
    assert cells[1:] == [first.device_code, "siti", "Network", "2", "2", "0", "0", "0", "0"]
    assert page.model.headerData(9, Qt.Orientation.Horizontal) in {
        "Already received", "Sudah diterima",
    }  # fmt: skip
    assert page.ui.countLabel.text() == "2 batches received. Press Enter to open one."  # not
    # "2 batch(es)": the English forms drop or keep "(es)" as they do "(s)"

    view = page.ui.batchesView
    page.resize(1100, 600)
    header = view.horizontalHeader()
    need = max(view.sizeHintForColumn(9), header.sectionSizeHint(9))
    # the officers take the room left over, not the last count (its 0 stood at the far edge)
    qtbot.waitUntil(lambda: header.sectionSize(2) > header.sectionSize(9) == need)
    view.setFocus()
    view.setCurrentIndex(page.model.index(rows[second.device_code], 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter opens the batch
    qtbot.waitUntil(lambda: page.records.rowCount() == 1, timeout=20_000)
    record = [page.records.index(0, c).data() for c in range(7)]
    assert record[1] == mask_nik(nik_for(1)[0])
    assert record[2:5] == ["BUDI SANTOSA", "siti", "Duplicate"]
    assert record[5] == first.states()[participant][1]  # the existing participant's KPJ
    assert nik_for(1)[0] not in page.ui.batchLabel.text()


# --- the review queue and decisions --------------------------------------------------------------


def _select(qtbot: QtBot, page: ReviewPage, record_id: str) -> dict[str, Any]:
    page.ui.queueView.selectRow(page.model.find_row(record_id))
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail["record"]["id"] == record_id,
        timeout=20_000,
    )
    assert page.detail is not None
    return page.detail


def _send_only(laptop: Laptop, url: str, record_id: str) -> None:
    """Send one waiting record over the protocol, leaving the others on the laptop."""
    chosen = [r for r in records_to_send(laptop.session.store) if r.id == record_id]
    with httpx.Client(base_url=url, timeout=30) as http:
        client = laptop.client(http)
        signed = sign_manifest(
            chosen,
            device_code=laptop.device_code,
            signing_key=laptop.signing_key,
            batch_id=str(uuid.uuid4()),
        )
        client.send_records(client.announce(signed).batch_id, chosen)


def _gap_texts(page: ReviewPage) -> list[str]:
    view = page.ui.gapsList
    return [view.item(row).text() for row in range(view.count())]


def _decide(qtbot: QtBot, page: ReviewPage, button: Any) -> DecisionDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    return dialog


def test_clerk_resolves_the_queue_and_the_laptop_receives_the_decisions(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
    ws_branch: Branch,
) -> None:
    first, second = laptops
    first.register(1)
    assert first.sync(ws_server.url).completed
    first.register(5)  # never sent: the branch notices the gap in the receipt sequence
    _send_only(first, ws_server.url, first.register(6))
    exhaust_kpj_range(ws_branch)
    duplicate = second.register(1, full_name="Budi Santosa")
    broken = second.register(3)
    break_record(second, broken, nik=nik_for(1)[0], consent=False)  # refused, and a known NIK
    waiting = second.register(4)
    assert second.sync(ws_server.url).completed
    extend_kpj_range(ws_branch)

    page = _page(qtbot, ReviewPage(ws_ctx, clerk_ws))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20_000)
    assert page.counts == {"duplicate": 1, "rejected": 1, "conflict": 0, "pending_review": 1}
    assert page.ui.kindCombo.itemText(1) == "Duplicates (1)"
    gap = f"{first.device_code}: number 2 missing"
    qtbot.waitUntil(lambda: [gap in text for text in _gap_texts(page)] == [True], timeout=20_000)

    # The duplicate beside the participant: the differing name is marked, not by colour alone.
    detail = _select(qtbot, page, duplicate)
    assert "full_name" in detail["differences"]
    assert f'<b>{DIFFERS}</b></td><td bgcolor="{DIFF_BACKGROUND}"><b>Name</b>' in page.detail_text
    assert "<tr><td></td><td>NIK</td>" in page.detail_text
    assert nik_for(1)[0] not in page.detail_text
    # Values as a clerk reads them: a date in words, the gender in words, the occupation named.
    fields = detail["record"]["fields"]
    assert long_date(date.fromisoformat(fields["birth_date"]), "en") in page.detail_text
    assert fields["birth_date"] not in page.detail_text
    gender = {"M": "Male", "F": "Female"}[fields["gender"]]
    assert f"<td>{gender}</td>" in page.detail_text
    occupation = default_catalogue().get(fields["occupation_code"])
    assert occupation is not None
    assert f"{occupation.name('en')} ({fields['occupation_code']})" in page.detail_text
    assert not page.ui.acceptButton.isEnabled()
    dialog = _decide(qtbot, page, page.ui.confirmButton)
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=20_000)
    assert page.model.find_row(duplicate) == -1
    qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)  # the next one is selected
    assert page.counts["duplicate"] == 0

    # Accepting the refused record is refused by the branch: its NIK is already a participant.
    detail = _select(qtbot, page, broken)
    assert "CONSENT_REQUIRED" in detail["record"]["reasons"]
    reasons = page.model.index(page.model.find_row(broken), 5)  # the queue says it in words
    assert message("CONSENT_REQUIRED", "en").rstrip(".") in reasons.data()
    assert "CONSENT_REQUIRED — " in reasons.data(Qt.ItemDataRole.ToolTipRole)
    assert "CONSENT_REQUIRED</b> — " in page.detail_text  # the code explained
    ws_ctx.languages.set_language("id")  # the server answers in English; the clerk reads Indonesian
    dialog = _decide(qtbot, page, page.ui.acceptButton)
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "NIK_EXISTS" in dialog.ui.errorLabel.text(), timeout=20_000)
    # The refusal in the user's language by its code (the code kept), styled as an error.
    assert (
        dialog.ui.errorLabel.text() == f"{message('NIK_EXISTS', 'id')}\u00a0(kode\u00a0NIK_EXISTS)"
    )
    assert page.ui.statusLabel.text() == dialog.ui.errorLabel.text()
    assert page.ui.statusLabel.property("role") == "error"
    ws_ctx.languages.set_language("en")
    assert page.model.find_row(broken) >= 0
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    dialog = _decide(qtbot, page, page.ui.rejectButton)
    dialog.choose_reason("CONSENT_REQUIRED")
    dialog.ui.noteEdit.setPlainText("Persetujuan belum ditandatangani.")
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.find_row(broken) == -1, timeout=20_000)

    _select(qtbot, page, waiting)
    dialog = _decide(qtbot, page, page.ui.acceptButton)
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=20_000)
    assert "KPJ" in page.ui.statusLabel.text()
    assert page.detail is None and not page.ui.acceptButton.isEnabled()

    assert second.sync(ws_server.url).completed
    states = second.states()
    assert states[waiting][0] == "accepted" and states[waiting][1]
    assert states[broken] == ("rejected", None)
    assert _laptop_codes(second, broken) == ["CONSENT_REQUIRED"]
    assert states[duplicate][0] == "duplicate"
    with Session(ws_branch.engine) as db:
        reviews = [line for line in audit_log(db) if line["action"] == "review"]
    assert sorted(line["subject"] for line in reviews) == sorted([duplicate, broken, waiting])
    assert {line["actor"] for line in reviews} == {"clerk"}


def test_the_queue_says_the_reasons_in_words_and_keeps_their_codes(
    qtbot: QtBot, ws_ctx: AppContext
) -> None:
    """The reasons column speaks the clerk's language (the messages the detail explains the
    codes with); the codes stay at hand in the tooltip, one reason a line."""
    model = PagedTableModel(REVIEW_COLUMNS, id_key="id", province_code="31",
                            lang=lambda: ws_ctx.lang)  # fmt: skip
    codes = ["CONSENT_REQUIRED", "NIK_FORMAT", "NOT_A_KNOWN_CODE"]
    model.restart(model.next_generation(), 1, [{"id": "r1", "kind": "rejected", "reasons": codes}])
    column = [str(spec.header) for spec in REVIEW_COLUMNS].index("Reasons")
    for lang in ("id", "en"):
        ws_ctx.languages.set_language(lang)
        cell = model.index(0, column)
        words = [message("CONSENT_REQUIRED", lang), message("NIK_FORMAT", lang)]
        assert cell.data() == "; ".join([*(w.rstrip(".") for w in words), "NOT_A_KNOWN_CODE"])
        assert cell.data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
            f"CONSENT_REQUIRED — {words[0]}", f"NIK_FORMAT — {words[1]}", "NOT_A_KNOWN_CODE",
        ]  # fmt: skip
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Reasons"


def test_the_review_status_line_follows_a_language_switch(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
    ws_branch: Branch,
) -> None:
    """What the status line says after a decision is said again in the new language, like the
    rest of the page (it kept the old language until the next decision)."""
    laptop = laptops[0]
    exhaust_kpj_range(ws_branch)  # no KPJ numbers left: the record waits for a person
    waiting = laptop.register(1)
    assert laptop.sync(ws_server.url).completed
    extend_kpj_range(ws_branch)
    page = _page(qtbot, ReviewPage(ws_ctx, clerk_ws))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    _select(qtbot, page, waiting)
    dialog = _decide(qtbot, page, page.ui.acceptButton)
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=20_000)
    english = page.ui.statusLabel.text()
    assert " is now Accepted. KPJ " in english
    ws_ctx.languages.set_language("id")
    receipt = english.split("receipt ", 1)[1].split(" ", 1)[0]
    qtbot.waitUntil(lambda: f"tanda terima {receipt} sekarang Diterima. KPJ " in
                    page.ui.statusLabel.text())  # fmt: skip
    assert page.ui.statusLabel.property("role") == "success"
    ws_ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.ui.statusLabel.text() == english)


def test_a_conflict_shows_both_versions_side_by_side(
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
) -> None:
    laptop = laptops[0]
    record_id = laptop.register(30)
    assert laptop.sync(ws_server.url).completed
    break_record(laptop, record_id, work_location="Pelabuhan Muara Angke")  # same id, new content
    assert laptop.sync(ws_server.url).completed

    page = _page(qtbot, ReviewPage(ws_ctx, clerk_ws))
    page.set_kind("conflict")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    detail = _select(qtbot, page, record_id)
    assert [v["label"] for v in detail["versions"]] == ["held", "received"]
    assert "work_location" in detail["differences"]
    text = page.detail_text
    assert "Held by the branch" in text and "Received again" in text
    marked = f'<b>{DIFFERS}</b></td><td bgcolor="{DIFF_BACKGROUND}"><b>Work location</b>'
    assert marked in text
    assert "Pasar Cibinong" in text and "Pelabuhan Muara Angke" in text
    assert page.ui.acceptButton.isEnabled() and not page.ui.confirmButton.isEnabled()


def test_review_queue_of_many_records_loads_one_page_at_a_time(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
    ws_branch: Branch,
) -> None:
    exhaust_kpj_range(ws_branch)
    laptops[0].register(7)
    assert laptops[0].sync(ws_server.url).completed
    with Session(ws_branch.engine) as db:  # 299 more waiting records, cloned in the branch DB
        [model] = db.exec(select(Record)).all()
        data = model.model_dump()
        for number in range(299):
            clone = {**data, "id": str(uuid.uuid4()), "receipt_no": f"X-{number:05d}"}
            db.add(Record(**clone))
        db.commit()

    page = _page(qtbot, ReviewPage(ws_ctx, clerk_ws))
    qtbot.waitUntil(lambda: page.model.total == 300, timeout=20_000)
    assert page.model.rowCount() == 100  # the first page only
    assert page.ui.kindCombo.itemText(4) == "Waiting for review (300)"
    assert page.model.canFetchMore(QModelIndex())
    page.model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: page.model.rowCount() == 200, timeout=20_000)
    page.ui.queueView.scrollToBottom()  # the view asks for the rest itself
    qtbot.waitUntil(lambda: page.model.rowCount() == 300, timeout=20_000)
    assert not page.model.canFetchMore(QModelIndex())

    page.set_kind("duplicate")
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == "0 records waiting.", timeout=20_000)
    assert page.model.rowCount() == 0


def test_paged_model_drops_answers_of_an_older_query_and_removes_rows(qtbot: QtBot) -> None:
    model = PagedTableModel(REVIEW_COLUMNS, id_key="id", province_code="31", lang=lambda: "en")
    row = {"id": "a", "kind": "duplicate", "receipt_no": "R1", "full_name": "SITI",
           "nik_masked": "3201********0001", "officer": "siti", "reasons": ["X"],
           "received_at": "2026-03-17T07:05:00+00:00"}  # fmt: skip
    old = model.next_generation()
    new = model.next_generation()
    assert not model.restart(old, 5, [row])
    assert model.restart(new, 2, [row])
    assert model.index(0, 6).data() == "17 March 2026 14:05 WIB"
    assert model.index(0, 3).data() == "3201********0001"
    requests: list[tuple[int, int, int]] = []
    model.page_requested.connect(lambda *args: requests.append(args))
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # one page at a time
    assert requests == [(new, 1, model.page_size)]
    assert model.add_page(new, [{**row, "id": "b"}])
    assert model.remove("a") == 0
    assert (model.rowCount(), model.total) == (1, 1)


def test_the_batch_list_right_aligns_its_counts(qtbot: QtBot) -> None:
    """The counts of a batch line up on the right like the figures of the other tables; texts
    (time, device, officers, way) stay on the left."""
    model = PagedTableModel(BATCH_COLUMNS, id_key="batch_id", province_code="31", lang=lambda: "en")
    counted = {"accepted": 9, "duplicate": 1, "rejected": 1, "pending_review": 1}
    row = {"batch_id": "b1", "received_at": "2026-03-17T07:05:00+00:00", "device": "D0001",
           "officers": ["siti"], "via": "usb", "entries": 12, "already_received": 1,
           "counts": counted}  # fmt: skip
    assert model.restart(model.next_generation(), 1, [row])
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    counts = {"Records", "Accepted", "Duplicate", "Rejected", "Pending", "Already received"}
    for column in range(model.columnCount()):
        header = str(BATCH_COLUMNS[column].header)  # the English source, whatever the language
        alignment = model.index(0, column).data(Qt.ItemDataRole.TextAlignmentRole)
        assert alignment == (right if header in counts else None), header
    assert [model.index(0, c).data() for c in range(4, 10)] == ["12", "9", "1", "1", "1", "1"]


# --- USB import and export -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["id", "en"])
def test_usb_import_of_an_empty_or_cut_short_file_says_what_it_is(
    qtbot: QtBot, ws_ctx: AppContext, clerk_ws: WorkspaceContext, tmp_path: Path, lang: str
) -> None:
    """The workspace's dry run of a part an export or a copy left empty (a power cut on a stick
    without hard links) or cut short is refused by the branch with a code that says so, shown
    in the clerk's language with the code; the import stays disabled."""
    from bpu_enroll.sync.batchfile import MAGIC

    ws_ctx.languages.set_language(lang)
    empty, short = tmp_path / "batch-2.bpu", tmp_path / "batch-3.bpu"
    empty.write_bytes(b"")
    short.write_bytes(MAGIC + b"\x01" * 20)
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    for chosen, code in ((empty, "BATCH_FILE_EMPTY"), (short, "BATCH_FILE_TRUNCATED")):
        page.choose_import_path = lambda chosen=chosen: chosen
        qtbot.mouseClick(page.ui.chooseFileButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda code=code: code in page.ui.importResultLabel.text(), timeout=20_000)
        assert message(code, lang) in page.ui.importResultLabel.text()
        assert not page.ui.importButton.isEnabled()


REVOKED_NOTE = "This laptop was revoked: its new records wait in the review queue for a clerk."


def test_usb_import_shows_the_dry_run_before_importing(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_branch: Branch,
    tmp_path: Path,
) -> None:
    laptop = laptops[0]
    ids = {laptop.register(10), laptop.register(11)}
    batch_file = tmp_path / "usb" / "batch.bpub"
    batch_file.parent.mkdir()
    SyncService(laptop.session).export(batch_file)
    bad_file = tmp_path / "usb" / "bad.bpub"
    bad_file.write_bytes(b"this is not a batch file")

    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    chosen = [bad_file, batch_file]
    page.choose_import_path = lambda: chosen.pop(0)
    qtbot.mouseClick(page.ui.chooseFileButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "BATCH_FILE_INVALID" in page.ui.importResultLabel.text(), timeout=20_000
    )
    assert not page.ui.importButton.isEnabled()

    qtbot.mouseClick(page.ui.chooseFileButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    assert page.preview is not None
    assert (page.preview["device"], page.preview["records"]) == (laptop.device_code, 2)
    assert page.preview["counts"]["new"] == 2
    assert laptop.device_code in page.ui.previewLabel.text()
    assert "device_revoked" not in page.ui.previewLabel.text()  # a flag, not a count
    revoked = page.tr(
        "This laptop was revoked: its new records wait in the review queue for a clerk."
    )
    assert revoked not in page.ui.previewLabel.text()
    assert not set(ws_branch.records()) & ids  # a dry run writes nothing
    assert page.ui.importButton.isEnabled()

    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    assert page.result is not None and page.result["counts"]["accepted"] == 2
    assert {r.id: r.state for r in ws_branch.records().values()} == dict.fromkeys(ids, "accepted")
    assert not page.ui.importButton.isEnabled()  # one import per dry run
    assert "accepted: 2" in page.ui.importResultLabel.text()


def test_the_dry_run_of_a_file_holding_a_record_twice_says_what_the_import_does(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_branch: Branch,
    tmp_path: Path,
) -> None:
    """The import stores a record once and answers its repeat `already_received`; the page's
    dry run said one new and one duplicate (of itself) for it."""
    laptop = laptops[0]
    ids = {laptop.register(12), laptop.register(13)}
    batch_file = tmp_path / "twice.bpub"
    batch_file.write_bytes(batch_file_repeating(laptop))

    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.choose_import_path = lambda: batch_file
    qtbot.mouseClick(page.ui.chooseFileButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    assert page.preview is not None and page.preview["records"] == 4
    counts = page.preview["counts"]
    assert (counts["new"], counts["already_received"], counts["duplicate"]) == (2, 2, 0)
    shown = page.ui.previewLabel.text()
    assert "new: 2" in shown and "already received: 2" in shown and "duplicate: 0" in shown

    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    assert page.result is not None
    done = page.result["counts"]
    assert (done["accepted"], done["already_received"], done["duplicate"]) == (2, 2, 0)
    assert set(ws_branch.records()) == ids
    assert "accepted: 2" in page.ui.importResultLabel.text()
    assert "already received: 2" in page.ui.importResultLabel.text()


def test_a_file_too_large_for_a_batch_is_refused_before_it_is_read_or_sent(
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A disk image chosen by mistake is refused from its size (`BODY_TOO_LARGE`, in the
    clerk's words): it was read whole into memory and uploaded, to be refused by the branch."""
    from bpu_enroll.sync import batchfile
    from bpu_enroll.sync.staff_client import StaffClient

    sent: list[int] = []
    monkeypatch.setattr(
        StaffClient, "import_file", lambda _self, data, **_kw: sent.append(len(data)) or {}
    )
    huge = tmp_path / "usb" / "disk.img"
    huge.parent.mkdir()
    with huge.open("wb") as handle:  # sparse: nothing is written but its size
        handle.truncate(batchfile.MAX_FILE_BYTES + 1)
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.choose_import_path = lambda: huge
    qtbot.mouseClick(page.ui.chooseFileButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "BODY_TOO_LARGE" in page.ui.importResultLabel.text(), timeout=20_000)
    assert message("BODY_TOO_LARGE", "en") in page.ui.importResultLabel.text()
    assert sent == [] and page.preview is None and not page.ui.importButton.isEnabled()


def test_the_usb_import_by_keyboard_goes_from_step_to_step(
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    tmp_path: Path,
) -> None:
    """Choose the file, then Import, then back to Choose: while the branch checked the file the
    buttons were disabled, the keyboard fell to the export's files box, and it stayed there."""
    laptop = laptops[0]
    laptop.register(12)
    batch_file = tmp_path / "usb" / "batch.bpub"
    batch_file.parent.mkdir()
    SyncService(laptop.session).export(batch_file)
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.choose_import_path = lambda: batch_file
    page.activateWindow()
    page.ui.chooseFileButton.setFocus()
    qtbot.waitUntil(page.ui.chooseFileButton.hasFocus)
    qtbot.keyClick(page.ui.chooseFileButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.preview is not None and not page.busy, timeout=20_000)
    assert QApplication.focusWidget() is page.ui.importButton
    qtbot.keyClick(page.ui.importButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.result is not None and not page.busy, timeout=20_000)
    assert QApplication.focusWidget() is page.ui.chooseFileButton


def test_the_export_by_keyboard_goes_from_the_folder_to_export(
    qtbot: QtBot, ws_ctx: AppContext, clerk_ws: WorkspaceContext, tmp_path: Path
) -> None:
    """Choose the folder, then Export: the keyboard stayed on "Choose folder…", so the clerk's
    next Enter or Space asked for the folder again instead of exporting."""
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.choose_export_folder = lambda: tmp_path
    page.activateWindow()
    page.ui.chooseFolderButton.setFocus()
    qtbot.waitUntil(page.ui.chooseFolderButton.hasFocus)
    qtbot.keyClick(page.ui.chooseFolderButton, Qt.Key.Key_Space)
    assert page.folder == tmp_path
    assert QApplication.focusWidget() is page.ui.exportButton
    qtbot.keyClick(page.ui.exportButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.exported is not None and not page.busy, timeout=20_000)


def test_a_revoked_laptops_batch_file_says_its_records_wait_for_review(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_branch: Branch,
    tmp_path: Path,
) -> None:
    """The importer answers `device_revoked` beside its counts: said in words, not listed as
    a count of 0 or 1."""
    laptop = laptops[0]
    laptop.register(12)
    batch_file = tmp_path / "batch.bpub"
    SyncService(laptop.session).export(batch_file)
    with Session(ws_branch.engine) as db:
        revoke_device(db, code=str(laptop.device_code))
        db.commit()
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.choose_import_path = lambda: batch_file
    qtbot.mouseClick(page.ui.chooseFileButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    said = page.ui.previewLabel.text()
    revoked = page.tr(
        "This laptop was revoked: its new records wait in the review queue for a clerk."
    )
    assert revoked in said and "device_revoked" not in said
    waiting, new = page.tr("waiting for review"), page.tr("new")
    assert f"{waiting}: 1" in said and f"{new}: 0" in said  # as the import will hold it
    page.import_now()
    qtbot.waitUntil(lambda: page.result is not None and not page.busy, timeout=20_000)
    assert f"{waiting}: 1" in page.ui.importResultLabel.text()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_dry_run_says_the_kpj_numbers_run_out_as_the_import_then_says(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_branch: Branch,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    """Two KPJ numbers left, three new workers, chunks of two: the import accepts the first
    chunk and holds the second for a clerk. The preview said all three were new."""
    from bpu_enroll.branch.device import importer

    monkeypatch.setattr(importer, "MAX_CHUNK_RECORDS", 2)
    ws_ctx.languages.set_language(lang)
    laptop = laptops[0]
    for serial in (31, 32, 33):
        laptop.register(serial)
    batch_file = tmp_path / "batch.bpub"
    SyncService(laptop.session).export(batch_file)
    leave_kpj_numbers(ws_branch, 2)
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.preview_file(batch_file)
    qtbot.waitUntil(lambda: page.preview is not None and not page.busy, timeout=20_000)
    said = page.ui.previewLabel.text()
    assert f"{page.tr('new')}: 2" in said and f"{page.tr('waiting for review')}: 1" in said
    expected = page.tr(
        "The branch runs out of KPJ numbers during this import: %Ln record(s) will get "
        "a KPJ, the other {waiting} will wait in the review queue for a clerk. Ask the "
        "administrator for more KPJ numbers before importing.",
        "",
        2,
    ).format(waiting=1)
    assert expected in said and "kpj_range_exhausted" not in said
    assert ("Nomor KPJ cabang habis" in said) is (lang == "id")
    assert ("2 records will get a KPJ" in said) is (lang == "en")  # the plural, not "record(s)"
    page.import_now()
    qtbot.waitUntil(lambda: page.result is not None and not page.busy, timeout=20_000)
    done = page.ui.importResultLabel.text()
    assert f"{page.tr('accepted')}: 2" in done and f"{page.tr('waiting for review')}: 1" in done
    assert (
        page.tr(
            "The branch ran out of KPJ numbers during this import: %Ln record(s) got a KPJ, "
            "the other {waiting} wait in the review queue for a clerk. Ask the administrator.",
            "",
            2,
        ).format(waiting=1)
        in done
    )


def test_export_writes_files_whose_checksums_match_the_manifest(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
    ws_branch: Branch,
    tmp_path: Path,
) -> None:
    laptop = laptops[0]
    laptop.register(20)
    laptop.register(21)
    assert laptop.sync(ws_server.url).completed
    folder = tmp_path / "export"

    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    assert not page.ui.exportButton.isEnabled()  # no folder yet
    page.choose_export_folder = lambda: folder
    qtbot.mouseClick(page.ui.chooseFolderButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exported is not None, timeout=20_000)
    assert page.exported is not None

    manifest_name = page.exported["manifest"]
    manifest = json.loads((folder / manifest_name).read_bytes())
    assert manifest["rows"] == 2
    for entry in manifest["files"]:
        data = (folder / entry["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert entry["sha256"] in page.ui.exportFilesText.toPlainText()
        assert (folder / entry["name"]).stat().st_mode & 0o077 == 0
    assert verify_export(folder, manifest_name)
    assert "Every checksum matches the manifest." in page.ui.exportResultLabel.text()
    qtbot.waitUntil(lambda: page.exports_model.rowCount() == 1, timeout=20_000)
    assert page.exports_model.value(0, "export_id") == manifest["export_id"]
    assert page.exports_model.value(0, "new") == 2
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [manifest_name, *(e["name"] for e in manifest["files"])]
    )


def test_an_export_whose_files_were_not_written_is_downloaded_again(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
    tmp_path: Path,
) -> None:
    """The branch records the export, then its files cannot be written in the chosen folder:
    the page says to download it again from the list; chosen there, Download again unpacks the
    same zip in another folder, checksums matching."""
    laptop = laptops[0]
    laptop.register(22)
    assert laptop.sync(ws_server.url).completed
    taken = tmp_path / "taken"
    taken.mkdir()
    blocker = taken / "registrations-JKT01-E00001.csv"
    blocker.write_bytes(b"an earlier file of the same name")
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.set_export_folder(taken)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and bool(page.ui.exportResultLabel.text()))
    assert page.exported is None
    hint = page.tr("If the export is in the list below, choose it and download it again.")
    assert hint in page.ui.exportResultLabel.text()
    assert blocker.read_bytes() == b"an earlier file of the same name"
    qtbot.waitUntil(lambda: page.exports_model.rowCount() == 1, timeout=20_000)
    assert not page.ui.againButton.isEnabled()  # nothing chosen yet

    page.ui.exportsView.selectRow(0)
    assert page.ui.againButton.isEnabled()
    page.activateWindow()
    page.ui.exportsView.setFocus()
    qtbot.waitUntil(page.ui.exportsView.hasFocus)
    qtbot.keyClick(page.ui.exportsView, Qt.Key.Key_Tab)  # from the export chosen to its button
    assert QApplication.focusWidget() is page.ui.againButton
    qtbot.mouseClick(page.ui.againButton, Qt.MouseButton.LeftButton)  # the same folder again
    qtbot.waitUntil(lambda: not page.busy and bool(page.ui.exportResultLabel.text()))
    assert hint not in page.ui.exportResultLabel.text()  # not "download it again" once more
    assert page.ui.againButton.isEnabled()  # still chosen
    page.set_export_folder(tmp_path / "again")
    assert page.ui.exportResultLabel.text() == ""
    qtbot.mouseClick(page.ui.againButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.exported is not None, timeout=20_000)
    assert page.exported is not None and page.exported["export_id"] == "JKT01-E00001"
    assert verify_export(tmp_path / "again", page.exported["manifest"])
    assert "Every checksum matches the manifest." in page.ui.exportResultLabel.text()
    rows = json.loads((tmp_path / "again" / "registrations-JKT01-E00001.json").read_bytes())
    assert len(rows["rows"]) == 1


def test_decision_dialog_asks_a_note_before_requesting_a_correction(qtbot: QtBot) -> None:
    record = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00001", "full_name": "SITI",
              "nik_masked": "3201********0001"}  # fmt: skip
    dialog = DecisionDialog("request_correction", record, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[tuple[str, object, str]] = []
    dialog.decision_requested.connect(lambda *args: asked.append(args))
    assert dialog.reason_code() is None  # a reason code is optional here
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    assert asked == []
    # the message in whatever language the app runs in (this test sets none)
    wanted = dialog.tr("Write a note: tell the officer what to correct.")
    assert dialog.ui.errorLabel.text() == wanted
    dialog.choose_reason("VILLAGE_UNKNOWN")
    dialog.ui.noteEdit.setPlainText("Kode desa salah.")
    qtbot.mouseClick(dialog.ui.decideButton, Qt.MouseButton.LeftButton)
    assert asked == [("request_correction", "VILLAGE_UNKNOWN", "Kode desa salah.")]
    assert not dialog.ui.decideButton.isEnabled()  # until the branch answers
    # The branch refuses the note: the cursor goes back to it, not to Cancel (where the next
    # Enter would throw the note away).
    dialog.ui.cancelButton.setFocus()
    dialog.show_error("a note must not contain a NIK", "NOTE_HAS_NIK")
    qtbot.waitUntil(dialog.ui.noteEdit.hasFocus)
    assert dialog.ui.decideButton.isEnabled()
    dialog.show_error("the branch is busy", "BUSY")
    qtbot.waitUntil(dialog.ui.decideButton.hasFocus)


def test_the_window_refreshes_the_clerk_pages_when_shown(
    qtbot: QtBot, workspace: Any, laptops: list[Laptop], ws_server: Any
) -> None:
    laptops[0].register(40)
    assert laptops[0].sync(ws_server.url).completed
    window = workspace("clerk", pages=["batches", "review", "transfer"])
    window.show_page("batches")
    batches = window.page("batches")
    qtbot.waitUntil(lambda: batches.model.rowCount() == 1, timeout=20_000)
    window.show_page("review")
    review = window.page("review")
    qtbot.waitUntil(lambda: review.ui.countLabel.text() == "0 records waiting.", timeout=20_000)
    window.ui.actionLanguageId.trigger()  # every page re-translates itself
    assert batches.model.index(0, 1).data() == laptops[0].device_code
    assert batches.model.headerData(1, Qt.Orientation.Horizontal) in {"Device", "Perangkat"}
    window.ui.actionLanguageEn.trigger()


def test_a_batchs_counts_have_the_thousands_dot() -> None:
    """A USB batch of a week's work carries thousands of records: `1234` is `1.234` here, as
    everywhere else in the app."""
    row = {
        "entries": 1234,
        "already_received": 1000,
        "counts": {"accepted": 1200, "duplicate": 30, "rejected": 4, "pending_review": 0},
    }
    shown = [spec.cell(row, "32", "id") for spec in BATCH_COLUMNS if spec.numeric]  # fmt: skip
    assert shown == ["1.234", "1.200", "30", "4", "0", "1.000"]


def test_tab_goes_down_the_transfer_page_as_it_reads(
    qtbot: QtBot, ws_ctx: AppContext, clerk_ws: WorkspaceContext
) -> None:
    """The box "Everything" is read before Export: it came after the earlier exports' table, so
    a clerk who wanted the full picture went past Export and back up with Shift+Tab. "Download
    again" stood beside Export, read before it, but Tab reached it last, after the table of
    earlier exports it acts on: it now stands under that table, where Tab goes from it."""
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.resize(1366, 700)
    qtbot.waitExposed(page)
    ui = page.ui
    controls = {"chooseFileButton", "importButton", "chooseFolderButton", "allCheck",
                "exportButton", "exportFilesText", "exportsView", "againButton"}  # fmt: skip
    seen: list[str] = []
    widget = ui.chooseFileButton.nextInFocusChain()
    while widget is not ui.chooseFileButton:
        if widget.objectName() in controls:
            seen.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert seen == ["importButton", "chooseFolderButton", "allCheck", "exportButton",
                    "exportFilesText", "exportsView", "againButton"]  # fmt: skip
    shown = reading_order([getattr(ui, name) for name in controls], page)
    assert [w.objectName() for w in shown] == ["chooseFileButton", *seen]


def test_an_export_refused_for_a_damaged_record_names_its_receipt(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
    ws_branch: Branch,
    tmp_path: Path,
) -> None:
    """A stored record the branch cannot read refuses the export: the page says so in the
    clerk's language with the record's receipt number and the code, without the hint to
    download it again (nothing was recorded); no file is written."""
    laptop = laptops[0]
    damaged = laptop.register(23)
    assert laptop.sync(ws_server.url).completed
    with Session(ws_branch.engine) as db:
        row = db.get(Record, damaged)
        assert row is not None
        receipt = row.receipt_no
        row.payload = row.payload[: len(row.payload) // 2]  # a torn write
        db.add(row)
        db.commit()
    folder = tmp_path / "export"
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.set_export_folder(folder)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy and bool(page.ui.exportResultLabel.text()))
    said = page.ui.exportResultLabel.text()
    text = message("EXPORT_RECORD_UNREADABLE", ws_ctx.lang, count=1, receipts=[receipt])
    assert said.startswith(text) and said.endswith("EXPORT_RECORD_UNREADABLE)"), said
    assert receipt in text and "{" not in said and "…" not in said
    refused = StaffError("EXPORT_RECORD_UNREADABLE", "refused", 409)  # as the client made it
    refused.params = {"count": 1, "receipts": [receipt]}
    indonesian = staff_error_text(refused, "id")
    assert indonesian.startswith(f"Ekspor ditolak: 1 data tersimpan rusak dan tidak terbaca "
                                 f"(nomor tanda terima {receipt}).")  # fmt: skip
    hint = page.tr("If the export is in the list below, choose it and download it again.")
    assert hint not in said
    assert page.exported is None
    assert not folder.exists() or not list(folder.iterdir())
    qtbot.waitUntil(lambda: not page.busy)
    assert page.exports_model.rowCount() == 0


def test_the_export_box_says_what_it_is_before_any_export(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
    tmp_path: Path,
) -> None:
    """The box of the exported files was an empty frame until an export was made on the page:
    it says now that none has been made and what shows there, then when the last one was made
    (by whom), in Indonesian as in English."""
    laptop = laptops[0]
    laptop.register(30)
    assert laptop.sync(ws_server.url).completed
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    box = page.ui.exportFilesText
    assert box.toPlainText() == ""
    assert "No export has been made yet" in box.placeholderText()
    assert "SHA-256" in box.placeholderText()
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: "Belum ada ekspor" in box.placeholderText())
    ws_ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: "No export has been made yet" in box.placeholderText())

    page.set_export_folder(tmp_path / "export")
    page.export_now()
    qtbot.waitUntil(lambda: page.exports_model.rowCount() == 1, timeout=20_000)
    export_id = page.exports_model.value(0, "export_id")
    again = _page(qtbot, TransferPage(ws_ctx, clerk_ws))  # the page opened anew
    qtbot.waitUntil(lambda: again.exports_model.rowCount() == 1, timeout=20_000)
    said = again.ui.exportFilesText.placeholderText()
    assert f"The last export, {export_id}, was made" in said
    assert again.exports_model.value(0, "created_by") in said


def test_a_damaged_record_opened_in_review_says_its_laptop_sends_it_again(  # noqa: PLR0917
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: Any,
    ws_branch: Branch,
) -> None:
    """The clerk opening a record whose stored copy does not open is told so by its receipt
    number, and that the branch has asked the laptop that made it, which sends it again at its
    next sync; the ask is made (`resend` of that laptop's pull)."""
    exhaust_kpj_range(ws_branch)  # the record waits in the queue
    laptop = laptops[0]
    damaged = laptop.register(31)
    assert laptop.sync(ws_server.url).completed
    with Session(ws_branch.engine) as db:
        row = db.get(Record, damaged)
        assert row is not None
        receipt = row.receipt_no
        row.payload = row.payload[: len(row.payload) // 2]
        db.add(row)
        db.commit()
    page = _page(qtbot, ReviewPage(ws_ctx, clerk_ws))
    qtbot.waitUntil(lambda: page.model.find_row(damaged) >= 0, timeout=20_000)
    page.ui.queueView.selectRow(page.model.find_row(damaged))
    qtbot.waitUntil(lambda: "RECORD_UNREADABLE" in page.ui.statusLabel.text(), timeout=20_000)
    said = page.ui.statusLabel.text()
    assert receipt in said and "sends it again at its next sync" in said, said
    with Session(ws_branch.engine) as db:
        assert [x for x in audit_log(db, limit=50) if x["action"] == "record_asked"]


def test_a_refused_batch_file_is_said_again_in_the_new_language_after_a_switch(
    qtbot: QtBot, ws_ctx: AppContext, clerk_ws: WorkspaceContext, tmp_path: Path
) -> None:
    """The import's refusal (its words and code) follows a language switch: it stayed in the
    old language under a page in the new one. A line saying something else is left alone."""
    bad_file = tmp_path / "bad.bpub"
    bad_file.write_bytes(b"this is not a batch file")
    page = _page(qtbot, TransferPage(ws_ctx, clerk_ws))
    page.choose_import_path = lambda: bad_file
    qtbot.mouseClick(page.ui.chooseFileButton, Qt.MouseButton.LeftButton)
    label = page.ui.importResultLabel
    qtbot.waitUntil(lambda: "BATCH_FILE_INVALID" in label.text(), timeout=20_000)
    assert message("BATCH_FILE_INVALID", "en") in label.text()
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.importButton.text() != "&Import")
    assert message("BATCH_FILE_INVALID", "id") in label.text()
    assert message("BATCH_FILE_INVALID", "en") not in label.text()
    assert "BATCH_FILE_INVALID" in label.text() and label.property("role") == "error"

    label.setText("something else")  # no longer the refusal: a switch leaves it
    ws_ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.ui.importButton.text() == "&Import")
    assert label.text() == "something else"


def test_the_inbox_failure_stays_said_in_the_new_language_after_a_switch(
    qtbot: QtBot, ws_ctx: AppContext, clerk_ws: WorkspaceContext, ws_server: BranchServer
) -> None:
    """The branch unreachable, the line above the inbox says so; a language switch said the
    count ("0 batches received") over it, as if the inbox had been read."""
    page = _page(qtbot, BatchesPage(ws_ctx, clerk_ws))
    label = page.ui.countLabel
    qtbot.waitUntil(lambda: label.text().startswith("0 batches"), timeout=20_000)
    ws_server.stop()
    page.refresh()
    qtbot.waitUntil(lambda: label.property("role") == "error", timeout=20_000)
    failed = label.text()
    assert failed != "Loading…"
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.reloadButton.text() != "Re&load")
    assert label.property("role") == "error"
    assert label.text() not in (failed, "0 batch diterima. Tekan Enter untuk membukanya.")
    assert "batch" not in label.text()


def test_opening_a_batch_is_said_in_the_new_language_until_it_opens_or_fails(
    qtbot: QtBot,
    ws_ctx: AppContext,
    clerk_ws: WorkspaceContext,
    laptops: list[Laptop],
    ws_server: BranchServer,
) -> None:
    """A switch while a batch is being opened says "Opening the batch…" in the new language:
    it said "Open a batch to see its records." as if nothing were on its way. Once opened,
    the batch is said, and a failed opening gives the line back to the batch shown before."""
    first, _ = laptops
    first.register(1)
    assert first.sync(ws_server.url).completed
    page = _page(qtbot, BatchesPage(ws_ctx, clerk_ws))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    label = page.ui.batchLabel
    hold = threading.Event()
    for _ in range(2):  # both network threads busy: the batch's records wait their turn
        ws_ctx.tasks.run_background(hold.wait, 20)
    try:
        page.open_batch(0)
        assert label.text() == "Opening the batch…"
        ws_ctx.languages.set_language("id")
        qtbot.waitUntil(lambda: page.ui.reloadButton.text() != "Re&load")
        assert label.text() == "Membuka batch…"
    finally:
        hold.set()
    qtbot.waitUntil(lambda: page.records.rowCount() == 1, timeout=20_000)
    opened = label.text()
    assert opened.startswith("Batch ") and " dari " in opened and opened.endswith(": 1 data.")
    ws_ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.ui.reloadButton.text() == "Re&load")
    assert label.text().startswith("Batch ") and label.text().endswith(": 1 record.")

    ws_server.stop()
    page.open_batch(0)
    assert label.text() == "Opening the batch…"
    qtbot.waitUntil(lambda: page.ui.countLabel.property("role") == "error", timeout=20_000)
    assert label.text().startswith("Batch ") and label.text().endswith(": 1 record.")
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.reloadButton.text() != "Re&load")
    assert label.text().startswith("Batch ") and label.text().endswith(": 1 data.")
