"""The supervisor's audit log page: failed and locked sign-ins are there in words, marked, a
laptop's void applied at the branch is named with its details in Indonesian and English, and an
edited line makes the page say the chain is broken from that line."""

from __future__ import annotations

from datetime import UTC, date, datetime

import httpx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import Session

from bpu_enroll.domain.formatting import local_datetime, long_date
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.workspace.audit_page import AuditPage, action_text
from bpu_enroll.gui.workspace.audit_words import detail_text
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.sync.staff_client import StaffClient
from tests.gui.fit import assert_fits
from tests.gui.workspace.conftest import CLERK, BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, Laptop, nik_for


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
    assert "address: 127.0.0.1" in detail and "locked until: " in detail  # the newest: the lock
    assert "T" not in detail.split("locked until: ")[1][:11]  # a moment in words, not ISO
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
        "master_key_rotated", "master_key_backup", "master_key_restored", "record_viewed",
        "record_refused",
    ]  # fmt: skip
    assert [a for a in written if action_text(a) == a] == []
    detail = {"counts": {"new": 2500, "void": 0}, "full": True, "manifest_sha256": "ab" * 32,
              "files": [{"name": "x.csv", "rows": 2}]}  # fmt: skip
    said = detail_text(detail)
    assert said.startswith("new: 2.500, void: 0, files: name=x.csv rows=2, everything: yes, ")
    assert said.endswith("manifest_sha256: abababababab…")
    assert not set("{}'[]") & set(said)


# The words of a `record_voided` line: (action, "from", "to", "via", and the names shown).
VOID_WORDS = {
    "id": ("Pembatalan dari laptop diterapkan", "dari: diterima", "menjadi: dibatalkan",
           "melalui: jaringan", ("laptop: ", "petugas: siti", "tanda terima: ", "no. keputusan: ")),
    "en": ("Void from a laptop applied", "from: accepted", "to: voided", "via: network",
           ("laptop: ", "officer: siti", "receipt: ", "decision no.: ")),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_void_from_a_laptop_is_said_in_words(  # noqa: PLR0917 - fixtures
    lang: str,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    """A receipt voided after it was sent: its line says what happened, the state it had and
    the way in, in the page's language (the details were the server's English keys and codes:
    `decision: 29, from: accepted, via: network`), and never the worker's NIK or name."""
    laptop = laptops[0]
    record_id = laptop.register(901)
    assert laptop.sync(ws_server.url).completed
    RegistrationService(laptop.session).void(record_id, "pekerja membatalkan pendaftaran")
    assert laptop.sync(ws_server.url).completed
    page = _page(workspace, qtbot)
    ws_ctx.languages.set_language(lang)
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    subjects = [page.model.value(row, "subject") for row in range(page.model.rowCount())]
    row = subjects.index(record_id)
    action, was, now, via, names = VOID_WORDS[lang]
    assert page.model.index(row, page.model.column_of("action")).data() == action
    detail = page.model.index(row, page.model.column_of("detail")).data()
    for said in (was, now, via, f"laptop: {laptop.device_code}", *names):
        assert said in detail, (said, detail)
    for english in ("decision_seq", "receipt_no", "accepted", "network") if lang == "id" else ():
        assert english not in detail
    assert "Budi" not in detail and "3201" not in detail
    assert_fits(page.window())


def test_days_and_moments_in_details_read_as_the_branch_says_them(ws_ctx: AppContext) -> None:
    """A tally's day and a code's expiry were ISO text (`2026-12-05T07:23:05+00:00`)."""
    moment = datetime(2026, 3, 17, 2, 30, tzinfo=UTC)

    def when(value: datetime) -> str:
        return local_datetime(value, "32", "id")

    ws_ctx.languages.set_language("id")
    said = detail_text(
        {"date": "2026-03-17", "expires_at": moment.isoformat(), "records": 1234}, when, "id"
    )
    assert said == (
        f"tanggal: {long_date(date(2026, 3, 17))}, berlaku sampai: {when(moment)}, data: 1.234"
    )
    assert "17 Maret 2026" in said


@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "Rantai audit utuh (15.234 baris diperiksa)"),
     ("en", "Audit chain intact (15.234 lines checked)")],
)  # fmt: skip
def test_a_long_chain_is_counted_with_the_thousands_dot(
    lang: str, said: str, workspace: WorkspaceFactory, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """A branch's log passes a thousand lines in its first weeks: the count read `15234`, the
    workspace's other counts (batches, records waiting) too, where the app writes `15.234`."""
    page = _page(workspace, qtbot)
    page.chain = {"valid": True, "entries": 15_234, "first_bad": None}
    ws_ctx.languages.set_language("en" if lang == "id" else "id")
    ws_ctx.languages.set_language(lang)  # the page says its chain again in that language
    qtbot.waitUntil(lambda: page.ui.chainLabel.text() == f"✓ {said}", timeout=5_000)


# The words of a `record_viewed` line: (action, the way, the role, the receipt's name).
VIEW_WORDS = {
    "id": ("Data pekerja dilihat",
           ("dilihat di: rincian pemeriksaan", "dilihat di: pemeriksaan tanda terima"),
           "peran: petugas administrasi", "tanda terima: "),
    "en": ("Worker's record viewed", ("seen in: review details", "seen in: receipt check"),
           "role: clerk", "receipt: "),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_clerk_viewing_a_workers_record_is_said_in_words(  # noqa: PLR0917 - fixtures
    lang: str,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    """A clerk's review detail and receipt check are `record_viewed` lines (who viewed what,
    UU 27/2022): said in the page's language, the way in words and first (the column cuts the
    end), the receipt number whole (it was cut after 12 characters), never the NIK or name."""
    laptop = laptops[0]
    record_id = laptop.register(902)
    printed = ReceiptService(laptop.session).render(record_id)
    assert laptop.sync(ws_server.url).completed
    clerk = StaffClient(ws_server.url, timeout=30)
    try:
        clerk.login(*CLERK)
        clerk.review_item(record_id)
        clerk.verify_receipt(printed.payload)
    finally:
        clerk.close()
    page = _page(workspace, qtbot)
    ws_ctx.languages.set_language(lang)
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    action, ways, role, receipt = VIEW_WORDS[lang]
    rows = [r for r in range(page.model.rowCount()) if page.model.value(r, "subject") == record_id
            and page.model.index(r, page.model.column_of("action")).data() == action]  # fmt: skip
    details = [page.model.index(r, page.model.column_of("detail")).data() for r in rows]
    assert len(details) == 2
    for way, detail in zip(ways[::-1], details, strict=True):  # newest first
        assert detail.startswith(way) and role in detail, detail  # the way first: not cut
        assert f"{receipt}{printed.receipt_number}" in detail, detail
        assert "Budi" not in detail.title() and nik_for(902)[0] not in detail
    assert_fits(page.window())
