"""The supervisor's audit log page: failed and locked sign-ins are there in words, marked, and
an edited line makes the page say the chain is broken from that line."""

from __future__ import annotations

import httpx
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import Session

from bpu_enroll.gui.workspace.audit_page import AuditPage, action_text, detail_text
from tests.gui.fit import assert_fits
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch


def _page(workspace: WorkspaceFactory, qtbot: QtBot) -> AuditPage:
    window = workspace("supervisor", pages=["audit"])
    page = window.page("audit")
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    return page


def test_failed_sign_ins_are_shown_and_marked(
    workspace: WorkspaceFactory, ws_server: BranchServer, qtbot: QtBot
) -> None:
    with httpx.Client(base_url=ws_server.url, timeout=30) as http:
        for _ in range(5):
            http.post("/api/v1/staff/login", json={"username": "tamu", "password": "salah"})
    page = _page(workspace, qtbot)
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    what = page.model.column_of("action")
    shown = [page.model.index(row, what).data() for row in range(page.model.rowCount())]
    assert shown.count("Failed sign-in") == 5
    assert "Signed in" in shown  # the supervisor's own sign-in
    failed = shown.index("Failed sign-in")
    assert page.model.marked is not None and page.model.marked(page.model.row(failed))
    detail = page.model.index(failed, page.model.column_of("detail")).data()
    assert "address: 127.0.0.1" in detail and "locked_until" in detail  # the newest: the lock
    assert page.ui.chainLabel.text().startswith("✓ Audit chain intact (")
    assert_fits(page.window())


def test_an_edited_line_is_said_plainly(
    workspace: WorkspaceFactory, ws_branch: Branch, qtbot: QtBot
) -> None:
    page = _page(workspace, qtbot)
    with Session(ws_branch.engine) as db:
        first = db.execute(text("SELECT min(id) FROM branch_audit")).scalar_one()
        db.execute(text("UPDATE branch_audit SET actor = 'orang lain' WHERE id = :i"), {"i": first})
        db.commit()
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    assert page.ui.chainLabel.text().startswith(f"⚠ Audit chain broken from line {first}:")
    assert page.ui.chainLabel.property("role") == "error"


def test_every_action_the_branch_writes_is_named_and_details_read_as_words() -> None:
    """Each action the branch audits has words (a code such as `export_fetched` showed as it
    is), and details are `key: value` pairs without Python's braces and quotes."""
    written = [
        "login", "logout", "login_failed", "login_locked", "login_refused", "review", "import",
        "record_voided", "export", "export_fetched", "audit_broken", "branch_initialised",
        "branch_adopted", "fields_resealed",
        "officer_added", "officer_reactivated", "officer_revoked", "enrol_code_issued",
        "device_enrolled", "device_revoked", "reference_published", "setting_changed",
        "master_key_rotated", "master_key_backup", "master_key_restored",
    ]  # fmt: skip
    assert [a for a in written if action_text(a) == a] == []
    detail = {"counts": {"new": 25, "void": 0}, "full": True, "manifest_sha256": "ab" * 32,
              "files": [{"name": "x.csv", "rows": 2}]}  # fmt: skip
    said = detail_text(detail)
    assert said.startswith("counts.new: 25, counts.void: 0, files: name=x.csv rows=2, full: ")
    assert said.endswith("manifest_sha256: abababababab…")
    assert not set("{}'[]") & set(said)
