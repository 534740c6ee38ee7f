"""The supervisor's audit log page: failed and locked sign-ins are there in words, marked, a
laptop's void applied at the branch is named with its details in Indonesian and English, and an
edited line makes the page say the chain is broken from that line."""

from __future__ import annotations

import ast
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlmodel import Session

from bpu_enroll.branch.store import audit_chain
from bpu_enroll.domain.formatting import local_datetime, long_date
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.tally_model import ValueRole
from bpu_enroll.gui.common.wrapped_column import drawn_text
from bpu_enroll.gui.workspace.audit.page import AuditPage, action_text
from bpu_enroll.gui.workspace.audit.words import detail_text, detail_tooltip
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.sync.protocol import RECEIPT
from bpu_enroll.sync.staff_client import StaffClient
from tests.gui.fit import assert_fits
from tests.gui.workspace.conftest import CLERK, BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, Laptop, nik_for

ROOT = Path(__file__).resolve().parents[3]


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


def _actions_in_branch_source() -> set[str]:
    """Every audit action the branch's source writes: `action="x"` (or `action=NAME` with
    `NAME = "x"` in the module) given to `audit`/`audit_chain.append`, and `Line(actor, "x",
    …)`.
    The list above is written by hand and missed `export_refused`, `store_checked` and
    `record_repaired` when they were added, so the page showed those codes as they are."""
    found: set[str] = set()
    for path in (ROOT / "src" / "bpu_enroll" / "branch").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets if isinstance(target, ast.Name)
        }  # fmt: skip
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in {"audit", "append", "Line"}:  # the audit's writers, not argparse's
                continue
            for keyword in call.keywords:
                if keyword.arg != "action":
                    continue
                value = keyword.value
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    found.add(value.value)
                elif isinstance(value, ast.Name) and value.id in names:
                    found.add(names[value.id])
            second = call.args[1] if name == "Line" and len(call.args) > 1 else None
            if isinstance(second, ast.Constant) and isinstance(second.value, str):
                found.add(second.value)
    assert {"login", "export_refused", "device_refused", "record_voided"} <= found, found
    return found


def test_every_action_the_branch_writes_is_named_and_details_read_as_words() -> None:
    """Each action the branch audits has words (a code such as `export_fetched` showed as it
    is), and details are `key: value` pairs without Python's braces and quotes."""
    written = [
        "login", "logout", "login_failed", "login_locked", "login_refused", "review", "import",
        "record_voided", "export", "export_fetched", "audit_broken", "branch_initialised",
        "branch_adopted", "fields_resealed",
        "officer_added", "officer_reactivated", "officer_revoked", "enrol_code_issued",
        "device_enrolled", "device_enrol_answered_again", "device_revoked", "reference_published",
        "setting_changed",
        "master_key_rotated", "master_key_backup", "master_key_restored", "record_viewed",
        "record_refused", "void_refused",
    ]  # fmt: skip
    assert [a for a in written if action_text(a) == a] == []
    assert [a for a in sorted(_actions_in_branch_source()) if action_text(a) == a] == []
    detail = {"counts": {"new": 2500, "void": 0}, "full": True, "manifest_sha256": "ab" * 32,
              "files": [{"name": "x.csv", "rows": 2}]}  # fmt: skip
    said = detail_text(detail)
    assert said.startswith("new: 2.500, void: 0, files: name=x.csv rows=2, everything: yes, ")
    assert said.endswith("manifest checksum: abababababab…")
    assert not set("{}'[]") & set(said)


_RECEIPT_TOKEN = re.compile(RECEIPT.strip("^$"))

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
    # The receipt number's date can read "2032 01dd" (January 2032): its tokens are taken out
    # before the NIK's fragments are looked for in the rest.
    nik = nik_for(901)[0]
    rest = " ".join(word for word in detail.split() if not _RECEIPT_TOKEN.match(word.strip(",")))
    assert "Budi" not in detail and nik not in detail
    assert nik[:4] not in rest and nik[-4:] not in rest, rest
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


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_export_is_named_as_the_page_that_made_it(lang: str, ws_ctx: AppContext) -> None:
    """The audit said "Ekspor untuk sistem pusat" of what the clerk made under "Ekspor untuk
    sistem inti nasional": one system, two names. The line names it as the page does."""
    ws_ctx.languages.set_language(lang)
    page_title = QCoreApplication.translate("TransferPage", "Export for the national core system")
    assert action_text("export") == page_title


@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "laptop: semua laptop, bahasa: bahasa Indonesia"),
     ("en", "laptop: all laptops, language: Indonesian")],
)  # fmt: skip
def test_a_branch_tally_of_every_laptop_is_said_in_words(
    lang: str, said: str, ws_ctx: AppContext
) -> None:
    """A printed branch tally's line said `laptop: ALL`, the server's word, in either
    language; one laptop's tally keeps its code."""
    ws_ctx.languages.set_language(lang)
    detail = {"date": "2026-03-17", "device": "ALL", "lang": "id", "records": 27}
    assert said in detail_text(detail, lang=lang)
    assert "ALL" not in detail_text(detail, lang=lang)
    assert "laptop: D0001," in detail_text({**detail, "device": "D0001"}, lang=lang)


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
        # the receipt number first and whole (it is what the line is looked up by), then the way
        assert detail.startswith(f"{receipt}{printed.receipt_number}, {way}"), detail
        assert role in detail, detail
        assert "Budi" not in detail.title() and nik_for(902)[0] not in detail
    assert_fits(page.window())


# A clerk's rejection and a laptop's refused record as the branch writes them (`staff.decide`,
# `intake._foreign_line`), and the words each reason must show in (language: reason, words).
CODED_LINES = (
    ("review", {"decision": "reject", "reason_code": "NIK_DUPLICATE", "from": "pending_review",
                "to": "rejected"}),
    ("record_refused", {"device": "D0002", "officer": "siti", "code": "SUPERSEDES_FOREIGN",
                        "receipt_no": "JKT01-D0002-20261205-00007", "via": "network",
                        "supersedes": "6f1c1c0e-0000-4000-8000-000000000001"}),
)  # fmt: skip
CODE_WORDS = {
    "id": ("alasan: NIK ini sudah memiliki pendaftaran final yang tidak dibatalkan",
           "alasan: menggantikan data laptop lain"),
    "en": ("reason: This NIK already has a final registration that was not voided",
           "reason: replaces another laptop's record"),
}  # fmt: skip


def _a_day_on_screen(
    workspace: WorkspaceFactory,
    ws_branch: Branch,
    ws_ctx: AppContext,
    qtbot: QtBot,
    *,
    lang: str,
    mode: str,
) -> tuple[Any, AuditPage]:
    """A day's lines at the branch (30 records viewed, a rejection, a refused laptop record:
    the table scrolls down) on the audit page of a 1366×768 window in `lang` and `mode` text."""
    viewed = {"way": "review_detail", "role": "clerk", "receipt_no": "JKT01-D0002-20261205-00001"}
    with Session(ws_branch.engine) as db:
        lines = [audit_chain.Line("rina", "record_viewed", str(uuid4()), viewed)] * 30
        lines += [audit_chain.Line("rina", action, str(uuid4()), d) for action, d in CODED_LINES]
        audit_chain.append_many(db, lines)
        db.commit()
    window = workspace("supervisor", pages=["audit"])
    page = window.page("audit")
    assert isinstance(page, AuditPage)
    ws_ctx.languages.set_language(lang)
    window.ui.actionLargeFont.setChecked(mode == "larger")
    window.view.apply_look()
    window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    return window, page


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("mode", ["normal", "larger"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_reason_is_said_in_words_first_and_its_code_kept_in_the_tooltip(  # noqa: PLR0917
    lang: str,
    mode: str,
    workspace: WorkspaceFactory,
    ws_branch: Branch,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    """A clerk's rejection read `alasan: NIK_DUPLICATE`, after the decision and the states, so
    the column cut it; a laptop's refused record said `code: SUPERSEDES_FOREIGN`. Now the reason
    is its message in the page's language, first in the cell, and the details wrap: whole at
    1366×768 in normal and larger text, nothing scrolled sideways (a refused record's English
    "what" pushed the table 40 px wide in larger text); the tooltip keeps the code after the
    words for an auditor."""
    window, page = _a_day_on_screen(workspace, ws_branch, ws_ctx, qtbot, lang=lang, mode=mode)
    column = page.model.column_of("detail")
    view, header = page.ui.linesView, page.ui.linesView.horizontalHeader()
    rows = range(page.model.rowCount())
    shown = {page.model.row(r)["action"]: page.model.index(r, column) for r in rows}
    cells = [shown[action] for action, _detail in CODED_LINES]

    def cut(cell: QModelIndex) -> tuple[int, int]:
        """(the row's height, the height the cell's text needs at the column's width)."""
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        room = QRect(0, 0, header.sectionSize(column) - 2 * margin, 10_000)
        drawn = drawn_text(cell.data())  # as the column draws it
        lines = view.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, drawn)
        return view.rowHeight(cell.row()), lines.height()

    for (_action, detail), words, cell in zip(CODED_LINES, CODE_WORDS[lang], cells, strict=True):
        assert cell.data().startswith(words), cell.data()
        code = detail.get("reason_code") or detail["code"]
        assert code not in cell.data()
        assert f"{words} ({code})" in cell.data(Qt.ItemDataRole.ToolTipRole)
    when = page.model.column_of("at")

    def settled() -> bool:
        """The columns fitted (when whole, nothing scrolled sideways), the rows sized."""
        return (
            view.verticalScrollBar().isVisible()
            and header.sectionSize(when) >= view.sizeHintForColumn(when)
            and view.horizontalScrollBar().maximum() == 0
            and all(has >= needs for has, needs in map(cut, cells))
        )

    qtbot.waitUntil(settled, timeout=5_000)
    assert_fits(window)


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("mode", ["normal", "larger"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_day_of_lines_reads_down_the_screen(  # noqa: PLR0917
    lang: str,
    mode: str,
    workspace: WorkspaceFactory,
    ws_branch: Branch,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    """The details wrap, so the room they have is how many lines a screen shows: a record id
    as subject (36 characters) took a third of the row in normal text and every "record viewed"
    line wrapped onto two lines; one refused record's Indonesian "what" (51 characters) took
    445 px from every row in larger text. The subject keeps a dozen characters (the tooltip has
    the id whole), "what" is as short as its English, and at 1366×768 a day's lines read down
    the screen: 12 or more at once in normal text (9 in Indonesian, 13 in English before), 9
    or more in larger text (4, then 6 before).

    In larger text each "record viewed" line took three lines: every moment repeated its zone
    ("WIB"), a refused record's "what" took 310 to 360 px from every row on one line, and an
    empty status line held 26 px above the table. The zone is named once, in the header; a long
    "what" wraps onto two lines, whole; the status line shows only with something to say."""
    window, page = _a_day_on_screen(workspace, ws_branch, ws_ctx, qtbot, lang=lang, mode=mode)
    view, header = page.ui.linesView, page.ui.linesView.horizontalHeader()
    subject, detail = page.model.column_of("subject"), page.model.column_of("detail")
    rows = range(page.model.rowCount())
    record_ids = [r for r in rows if page.model.row(r)["action"] == "record_viewed"]
    assert len(record_ids) == 30
    char = view.fontMetrics().averageCharWidth()

    def read_down() -> bool:
        shown = [r for r in rows if view.visualRect(page.model.index(r, 0)).bottom()
                 <= view.viewport().height()]  # fmt: skip
        return (
            header.sectionSize(subject) <= max(char * 12, view.sizeHintForColumn(subject) // 3)
            and header.sectionSize(detail) > 2 * header.sectionSize(subject)
            and len(shown) >= (12 if mode == "normal" else 9)
            and view.horizontalScrollBar().maximum() == 0
        )

    qtbot.waitUntil(read_down, timeout=5_000)
    when, what = page.model.column_of("at"), page.model.column_of("action")
    assert page.model.headerData(when, Qt.Orientation.Horizontal) in ("When (WIB)", "Waktu (WIB)")
    assert not page.model.index(0, when).data().endswith("WIB")
    assert not page.ui.statusLabel.isVisible()  # nothing to say: no empty line above the table
    refused = next(r for r in rows if page.model.row(r)["action"] == "record_refused")
    cell = page.model.index(refused, what)
    room = QRect(0, 0, header.sectionSize(what) - 8, 10_000)
    need = view.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, cell.data())
    assert view.rowHeight(refused) >= need.height(), (cell.data(), need)  # wrapped, whole
    first = page.model.index(record_ids[0], subject)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == page.model.row(record_ids[0])["subject"]
    assert_fits(window)


# Every detail key the branch writes that holds a code or a kind, with a value it writes, and
# the words it reads as in English (the sign-in lines, an import refused, a tally printed, a
# reference package, a master key, a receipt checked by `bpu-branch verify-receipt`).
WORDED_DETAILS = (
    ({"code": "LOGIN_FAILED"}, "reason: wrong user name or password"),
    ({"code": "ACCOUNT_LOCKED"}, "reason: account locked"),
    ({"code": "ROLE_REFUSED", "role": "officer"}, "reason: not a staff account"),
    ({"code": "REQUEST_INVALID", "fields": ["password", "username"]},
     "reason: sign-in form not valid, fields: password user name"),
    ({"code": "REQUEST_UNREADABLE"}, "reason: sign-in request unreadable"),
    ({"refused": "BATCH_INVALID", "dry_run": True}, "refused: The batch's list is not valid"),
    ({"lang": "id"}, "language: Indonesian"),
    ({"kind": "contribution_rules"}, "kind: contribution rules"),
    ({"master_key": "passphrase"}, "master key: passphrase"),
    ({"way": "receipt_check_cli", "receipt_no": "JKT01-D0001-20261205-00001"},
     "receipt: JKT01-D0001-20261205-00001, seen in: receipt check by command"),
    ({"code": "VOID_CONFLICT", "held": "accepted", "via": "network"},
     "reason: void of a version in conflict, branch holds: accepted, via: network"),
    ({"device": "D0002", "receipt_no": "JKT01-D0002-20261205-00001", "damage": "altered",
      "via": "usb"},
     "receipt: JKT01-D0002-20261205-00001, damage: altered, laptop: D0002, via: USB file"),
    ({"sound": False, "records": 120, "records_damaged": 1, "audit_valid": True},
     "chain intact: yes, records: 120, records damaged: 1, all sound: no"),
)  # fmt: skip


@pytest.mark.parametrize(("detail", "said"), WORDED_DETAILS)
def test_every_code_and_kind_the_branch_writes_is_said_in_words(
    detail: dict, said: str, ws_ctx: AppContext
) -> None:
    """Codes and kinds showed as the server wrote them (`code: LOGIN_FAILED`, `lang: id`,
    `way: receipt_check_cli`); each is said in words, the code kept in the tooltip; a code
    nobody explained stays a code."""
    ws_ctx.languages.set_language("en")
    assert detail_text(detail, lang="en").startswith(said)
    for code in (v for k, v in detail.items() if k in ("code", "refused")):
        assert f"({code})" in detail_tooltip(detail, lang="en")
    assert detail_text({"refused": "NO_SUCH_CODE"}) == "refused: NO_SUCH_CODE"


@pytest.mark.usefixtures("app_look")
def test_the_rows_follow_the_text_size_and_the_width_while_shown(
    workspace: WorkspaceFactory, ws_branch: Branch, qtbot: QtBot
) -> None:
    """The rows are measured again (once, when the event loop is free) after the text grows or
    the details column narrows, not at every layout of the header: with 1,000 lines each
    resize froze the window for 1.5 s."""
    with Session(ws_branch.engine) as db:
        audit_chain.append_many(
            db, [audit_chain.Line("rina", a, str(uuid4()), d) for a, d in CODED_LINES]
        )
        db.commit()
    window = workspace("supervisor", pages=["audit"])
    page = window.page("audit")
    assert isinstance(page, AuditPage)
    window.ui.actionLargeFont.setChecked(False)  # normal text, whatever a test before left
    window.view.apply_look()
    window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    view = page.ui.linesView
    refused = next(r for r in range(page.model.rowCount())
                   if page.model.row(r)["action"] == "record_refused")  # fmt: skip
    qtbot.waitUntil(lambda: view.rowHeight(refused) >= 2 * view.fontMetrics().height())

    def measured() -> bool:
        """The row is as tall as its cells need at the present font and column widths (its
        lines may be fewer in larger text: the columns are fitted again too)."""
        needs = max(view.sizeHintForRow(refused), view.verticalHeader().sectionSizeHint(refused))
        return view.rowHeight(refused) == needs

    line = view.fontMetrics().height()
    window.ui.actionLargeFont.setChecked(True)
    window.view.apply_look()
    qtbot.waitUntil(lambda: view.fontMetrics().height() > line and measured(), timeout=20_000)
    larger = view.rowHeight(refused)
    window.resize(SMALLEST_SCREEN.width() - 300, SMALLEST_SCREEN.height())
    qtbot.waitUntil(lambda: view.rowHeight(refused) > larger and measured(), timeout=20_000)


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("mode", ["normal", "larger"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_receipt_number_in_the_details_is_drawn_whole_and_copied_as_written(  # noqa: PLR0917
    lang: str,
    mode: str,
    workspace: WorkspaceFactory,
    ws_branch: Branch,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    """The details wrap, and a receipt number broke after `JKT01-` (larger Indonesian text: "…
    tanda terima: JKT01-" over "D0002-20261205-00001, peran: …"). It is drawn whole on one line
    now, first after a reason (a line is looked up by it), the row still two lines high; Ctrl+C
    copies the cell as written, with no word joiners."""
    from PySide6.QtGui import QGuiApplication, QTextLayout, QTextOption

    from bpu_enroll.domain.formatting import WORD_JOINER

    window, page = _a_day_on_screen(workspace, ws_branch, ws_ctx, qtbot, lang=lang, mode=mode)
    view, header = page.ui.linesView, page.ui.linesView.horizontalHeader()
    column = page.model.column_of("detail")
    rows = range(page.model.rowCount())
    receipts = {r: page.model.row(r)["detail"].get("receipt_no") for r in rows}
    cells = [page.model.index(r, column) for r, receipt in receipts.items() if receipt]
    assert len(cells) == 31  # 30 records viewed, one refused record
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1

    def lines_of(cell: QModelIndex) -> list[str]:
        """The cell's text in the lines the column draws it in, joiners left out."""
        layout = QTextLayout(drawn_text(cell.data()), view.font())
        layout.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        option = layout.textOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        width = header.sectionSize(column) - 2 * margin
        lines = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(line)
        layout.endLayout()
        text = layout.text()
        return [text[x.textStart() : x.textStart() + x.textLength()].replace(WORD_JOINER, "")
                for x in lines]  # fmt: skip

    def whole() -> bool:
        return view.horizontalScrollBar().maximum() == 0 and all(
            any(receipts[c.row()] in line for line in lines_of(c)) for c in cells
        )

    qtbot.waitUntil(whole, timeout=5_000)
    viewed = cells[-1]  # a "record viewed" line: the receipt first, two lines at most
    assert len(lines_of(viewed)) <= 2, lines_of(viewed)
    assert WORD_JOINER not in viewed.data()
    view.setFocus()
    view.setCurrentIndex(viewed)
    QGuiApplication.clipboard().clear()
    qtbot.keySequence(view, "Ctrl+C")
    copied = QGuiApplication.clipboard().text()
    assert copied == viewed.data() and receipts[viewed.row()] in copied
    assert_fits(window)


# The summaries of refusals only counted, by key: (what it says in Indonesian and English, and
# the subject shown).
SUMMARY_WORDS = {
    "user:rina": ("Penolakan hanya dihitung: satu staf terlalu sering ditolak",
                  "Refusals only counted: one member of staff refused too often", "rina"),
    "addr:10.0.0.7": ("Penolakan hanya dihitung: terlalu banyak dari satu alamat",
                      "Refusals only counted: too many from one address", "10.0.0.7"),
    "device:D0002": ("Penolakan hanya dihitung: terlalu banyak dari satu laptop",
                     "Refusals only counted: too many from one laptop", "D0002"),
    "all": ("Penolakan hanya dihitung: terlalu banyak dari semua klien bersama",
            "Refusals only counted: too many from all clients together", "–"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_summary_of_refusals_only_counted_says_whose_they_were(
    lang: str, workspace: WorkspaceFactory, ws_branch: Branch, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """A clerk refused for her role 60 times in a minute leaves 20 lines and a summary keyed
    `user:rina`; the page showed that key as the server writes it, under the one "too many in a
    minute" of every summary. Each summary now says whose refusals they were (one user, one
    address, one laptop, every client) and its subject is the name alone; marked, with the
    counts in words."""
    detail = {"suppressed": 40, "audited": 20, "from": "2026-12-05T02:00:00+00:00",
              "to": "2026-12-05T02:01:00+00:00"}  # fmt: skip
    with Session(ws_branch.engine) as db:
        lines = [audit_chain.Line("bpu-branch", "refusals_suppressed", key, detail)
                 for key in SUMMARY_WORDS]  # fmt: skip
        audit_chain.append_many(db, lines)
        db.commit()
    page = _page(workspace, qtbot)
    ws_ctx.languages.set_language(lang)
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    model = page.model
    rows = {
        model.row(r)["subject"]: r
        for r in range(model.rowCount())
        if model.row(r)["action"] == "refusals_suppressed"
    }
    assert rows.keys() == SUMMARY_WORDS.keys()
    for key, (indonesian, english, subject) in SUMMARY_WORDS.items():
        row = rows[key]
        said = model.index(row, model.column_of("action")).data()
        assert said == (indonesian if lang == "id" else english)
        assert model.index(row, model.column_of("subject")).data() == subject
        assert model.marked is not None and model.marked(model.row(row))
        counts = model.index(row, model.column_of("detail")).data()
        assert (
            "dihitung, tidak ditulis: 40" if lang == "id" else "counted, not written: 40"
        ) in counts
    assert_fits(page.window())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_summarys_minute_reads_as_a_time_window_not_as_a_decision(
    lang: str, workspace: WorkspaceFactory, ws_branch: Branch, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """A summary of refusals only counted said its minute with a decision's words: "dari: 5
    Desember 2026 09.00 WIB, menjadi: 5 Desember 2026 09.01 WIB" (from one state to another).
    Its window reads "… sampai …" now ("from … to …"), in the cell and its tooltip; a
    decision's "dari: …, menjadi: …" stays as it was."""
    start, end = "2026-12-05T02:00:00+00:00", "2026-12-05T02:01:00+00:00"
    summary = {"suppressed": 40, "audited": 20, "from": start, "to": end}
    decision = {"decision": "reject", "from": "pending_review", "to": "rejected"}
    with Session(ws_branch.engine) as db:
        audit_chain.append_many(db, [
            audit_chain.Line("bpu-branch", "refusals_suppressed", "user:rina", summary),
            audit_chain.Line("user:sari", "review", str(uuid4()), decision),
        ])  # fmt: skip
        db.commit()
    page = _page(workspace, qtbot)
    ws_ctx.languages.set_language(lang)
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    model, column = page.model, page.model.column_of("detail")
    rows = {model.row(r)["action"]: r for r in range(model.rowCount())}
    province = page.ws.workstation.province_code
    said = [local_datetime(datetime.fromisoformat(m), province, lang) for m in (start, end)]
    window = f"{said[0]} sampai {said[1]}" if lang == "id" else f"from {said[0]} to {said[1]}"
    counted = model.index(rows["refusals_suppressed"], column)
    assert counted.data().endswith(f", {window}"), counted.data()
    assert counted.data(Qt.ItemDataRole.ToolTipRole).splitlines()[-1] == window
    assert "menjadi" not in counted.data() and "to:" not in counted.data()
    reviewed = model.index(rows["review"], column).data()
    states = (
        ("dari: menunggu", "menjadi: ditolak")
        if lang == "id"
        else ("from: waiting", "to: rejected")
    )
    assert all(s in reviewed for s in states), reviewed
    assert_fits(page.window())


# Who wrote a line as the server writes it: (in Indonesian, in English).
ACTOR_WORDS = {
    "device:D0002": ("laptop D0002", "laptop D0002"),
    "cli": ("baris perintah", "command line"),
    "cli:budi": ("baris perintah (budi)", "command line (budi)"),
    "user:rina": ("rina", "rina"),
    "sari": ("sari", "sari"),
    "bpu-branch": ("server kantor cabang", "branch server"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["id", "en"])
def test_who_wrote_a_line_is_said_in_words_with_the_raw_value_kept(
    lang: str, workspace: WorkspaceFactory, ws_branch: Branch, ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """The "Siapa" ("Who") column showed the server's raw actors: `device:D0002`, `cli`,
    `user:rina`. It says them in words now ("laptop D0002", "baris perintah", the user name);
    the raw value stays the cell's value (what a sort or a filter reads) and is in its
    tooltip. The column is as wide as its widest word and wraps, so the words do not take their
    width from every line's details, and a cell is drawn whole, not cut after "line"."""
    with Session(ws_branch.engine) as db:
        audit_chain.append_many(db, [
            audit_chain.Line(actor, "setting_changed", f"s{n}", {"name": "x"})
            for n, actor in enumerate(ACTOR_WORDS)
        ])  # fmt: skip
        db.commit()
    page = _page(workspace, qtbot)
    window = page.window()
    ws_ctx.languages.set_language(lang)
    window.resize(SMALLEST_SCREEN)
    qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
    with qtbot.waitSignal(page.audit_shown, timeout=20_000):
        page.refresh()
    model, column, view = page.model, page.model.column_of("actor"), page.ui.linesView
    cells = {
        model.index(r, column).data(ValueRole): model.index(r, column)
        for r in range(model.rowCount())
        if model.row(r)["action"] == "setting_changed"
    }
    assert cells.keys() == ACTOR_WORDS.keys()
    for actor, (indonesian, english) in ACTOR_WORDS.items():
        said = indonesian if lang == "id" else english
        cell = cells[actor]
        assert cell.data() == said, (actor, cell.data())
        tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip == (said if said == actor else f"{said} ({actor})"), tooltip
        room = QRect(0, 0, view.columnWidth(column) - 8, 10_000)
        need = view.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, said)
        assert view.rowHeight(cell.row()) >= need.height(), (said, need)  # wrapped, whole
        widest = max(view.fontMetrics().horizontalAdvance(word) for word in said.split())
        assert view.columnWidth(column) - 8 >= widest, (said, view.columnWidth(column))
    assert_fits(page.window())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_summarys_whole_key_is_said_in_words(lang: str, ws_ctx: AppContext) -> None:
    """A summary whose key was too long for its subject says the key whole as `key`: in words,
    not as the server's own name for it."""
    ws_ctx.languages.set_language(lang)
    said = detail_text({"suppressed": 3, "audited": 20, "key": "user:" + "x" * 64}, lang=lang)
    assert ("subjek lengkap: user:x" if lang == "id" else "whole subject: user:x") in said
    assert "key" not in said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_whole_actor_and_action_are_said_in_words(lang: str, ws_ctx: AppContext) -> None:
    """A line whose actor or action was too long for its column says each whole in its detail
    (`actor`, `action`): in words, not as the server's own names for them."""
    ws_ctx.languages.set_language(lang)
    said = detail_text({"actor": "cli:" + "a" * 70, "action": "b" * 40}, lang=lang)
    if lang == "id":
        assert "siapa selengkapnya: cli:a" in said and "apa selengkapnya: bbb" in said
    else:
        assert "who in full: cli:a" in said and "what in full: bbb" in said
    assert "actor" not in said and "action" not in said
