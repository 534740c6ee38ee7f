"""What the branch says reaches the officer's window, against the real branch on 127.0.0.1: the
clerk's note in "Needs attention" and in the record's details, and the red banner of a laptop
the branch revoked."""

from __future__ import annotations

import json
from functools import partial

from PySide6.QtCore import Qt
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.domain.errors import message
from bpu_enroll.gui.officer.details import details_html
from bpu_enroll.gui.officer.main_window import PAGE_SYNC, MainWindow
from bpu_enroll.store.models import AuditEntry
from bpu_enroll.sync.staff_client import StaffClient
from tests.gui.fit import assert_fits
from tests.integration.helpers import Laptop, break_record, exhaust_kpj_range

from .conftest import run_task
from .test_sync_page import BranchServer, _register, _sync, branch_server, enrolled_window

__all__ = ["branch_server", "enrolled_window"]  # fixtures used below

NOTE = "Nama pada KTP: mohon cek ejaan"


def test_the_clerks_note_is_shown_in_needs_attention_and_in_the_details(
    qtbot: object, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    window = enrolled_window
    branch = branch_server.branch
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    exhaust_kpj_range(branch)
    record = _register(qtbot, window, 11)  # type: ignore[arg-type]
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    _sync(qtbot, page)  # type: ignore[arg-type]
    clerk = StaffClient(branch_server.server.url, timeout=30)
    clerk.login("rina", "rahasia-rina")
    clerk.decide(record, "request_correction", reason_code="NAME_FORMAT", note=NOTE)
    clerk.close()

    _sync(qtbot, page)  # type: ignore[arg-type]

    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: page.overview is not None and [i.id for i in page.overview.attention] == [record]
    )
    text = page.ui.attentionList.item(0).text()
    assert NOTE in text
    assert "CORRECTION_REQUESTED" in text
    assert "Buka pendaftaran ini" in text  # what to do, in Indonesian
    assert window.ctx.registrations is not None
    detail = run_task(qtbot, window.ctx, window.ctx.registrations.get, record)  # type: ignore[arg-type]
    html = details_html(detail, window.ctx)
    assert NOTE in html and "CORRECTION_REQUESTED" in html

    # Opened for correction from Needs attention, the form's banner repeats the note.
    view = page.ui.attentionList
    view.setCurrentItem(view.item(0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    form = window.registration_page
    qtbot.waitUntil(lambda: form.correcting is not None)  # type: ignore[attr-defined]
    assert NOTE in form.ui.modeLabel.text()
    assert not window.ui.revokedBanner.isVisible()


def test_a_revoked_laptop_shows_a_red_banner_and_refuses_to_finalise(
    qtbot: object, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    window = enrolled_window
    _register(qtbot, window, 12)  # type: ignore[arg-type]
    assert window.summary is not None
    with Session(branch_server.branch.engine) as db:
        admin.revoke_device(db, code=window.summary.device_code)
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    with qtbot.waitSignal(page.synced, timeout=30_000):  # type: ignore[attr-defined]
        page.ui.syncButton.click()
    assert "DEVICE_REVOKED" in page.ui.resultLabel.text()
    assert message("DEVICE_REVOKED", "id") in page.ui.resultLabel.text()  # in the officer's words
    qtbot.waitUntil(window.ui.revokedBanner.isVisible)  # type: ignore[attr-defined]
    assert "kantor cabang" in window.ui.revokedBanner.text()
    assert window.ui.revokedBanner.property("role") == "alarm"
    assert_fits(window)

    assert window.ctx.registrations is not None
    from bpu_enroll.domain.errors import BpuError
    from tests.integration.helpers import registration

    def finalise() -> object:
        assert window.ctx.registrations is not None
        try:
            return window.ctx.registrations.finalise(registration(13))
        except BpuError as exc:
            return exc.code

    assert run_task(qtbot, window.ctx, finalise) == "DEVICE_REVOKED"  # type: ignore[arg-type]


def test_a_void_the_branch_refused_is_shown_in_needs_attention_and_opens_in_the_list(
    qtbot: object, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    """A tampered laptop: a record sent, then changed and sent again (a conflict), then voided.
    The branch refuses the void (`VOID_CONFLICT`); the officer sees it under "Needs attention"
    with what to do (contact the branch), and Enter shows the voided receipt in the list instead
    of opening a correction no one can finalise (a voided record is not corrected)."""
    window = enrolled_window
    record = _register(qtbot, window, 12)  # type: ignore[arg-type]
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    _sync(qtbot, page)  # type: ignore[arg-type]
    session = window.ctx.session
    assert session is not None
    laptop = Laptop(session.data_dir, session, str(session.profile.device_code))
    run_task(qtbot, window.ctx, partial(break_record, phone="0813-9999-0000"), laptop, record)  # type: ignore[arg-type]
    _sync(qtbot, page)  # type: ignore[arg-type]
    assert window.ctx.registrations is not None
    run_task(qtbot, window.ctx, window.ctx.registrations.void, record, "pekerja batal")  # type: ignore[arg-type]

    _sync(qtbot, page)  # type: ignore[arg-type]

    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: (
            page.overview is not None
            and [(i.id, i.codes) for i in page.overview.attention]
            == [(record, ("CONFLICT", "VOID_CONFLICT"))]
        )
    )
    text = page.ui.attentionList.item(0).text()
    assert message("VOID_CONFLICT", "id") in text
    assert "hubungi kantor cabang" in text
    view = page.ui.attentionList
    view.setCurrentItem(view.item(0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    listed = window.registrations_page
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: listed.detail is not None and listed.detail.row.id == record
    )
    assert window.registration_page.correcting is None
    with session.store.session(readonly=True) as db:
        viewed = db.exec(
            select(AuditEntry.details_json).where(
                AuditEntry.action == "record_viewed", AuditEntry.subject == record
            )
        ).all()
    # One view, the list's: it was first logged as opened for a correction, which never opened.
    assert [json.loads(d)["way"] for d in viewed] == ["details"]
    assert_fits(window)
