"""The supervisor's laptops page against the real branch server: the list (officer, last seen in
the branch's words, status, records), revoking a laptop through the reason dialog (Cancel its
default: Enter never revokes) after which the real laptop is refused at its next sync, the whole
path by keyboard from Alt+9, a reason the server refuses said in the dialog that stays open, the
revoke said in words on the audit page, and the clerk kept out (no page, the API refuses). An
enrolment code asked from the page by keyboard, shown once, with which a real laptop enrols and
is then listed; the page's icon is not the officers' activity's."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from bpu_enroll.branch.admin import roster
from bpu_enroll.branch.store.keys import self_signed_certificate
from bpu_enroll.domain.errors import message
from bpu_enroll.domain.formatting import local_datetime
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.officer.enrol_dialog import split_code
from bpu_enroll.gui.workspace import list_page
from bpu_enroll.gui.workspace.audit.page import AuditPage
from bpu_enroll.gui.workspace.devices_page import DevicesPage, EnrolCodeDialog, RevokeDialog
from bpu_enroll.gui.workspace.window import WorkspaceWindow, pages_for
from bpu_enroll.services.enrolment import enrol_laptop
from bpu_enroll.services.workstation import Workstation
from bpu_enroll.sync.client import SyncRefused
from bpu_enroll.sync.staff_client import StaffError
from tests.gui.workspace.conftest import CLERK, BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, Laptop, audit_lines

# `17 Maret 2026 14.05`: the date in words and the clock with a dot, no zone (in the header)
INDONESIAN_MOMENT = re.compile(r"^\d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2}$")
MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"}  # fmt: skip


def _page(window: WorkspaceWindow, qtbot: QtBot) -> DevicesPage:
    page = window.page("devices")
    assert isinstance(page, DevicesPage)
    qtbot.waitUntil(lambda: not page.busy and page.model.rowCount() > 0, timeout=20_000)
    return page


def _row(page: DevicesPage, device: str) -> int:
    rows = {page.model.value(i, "device"): i for i in range(page.model.rowCount())}
    return rows[device]


def _cell(page: DevicesPage, device: str, key: str) -> str:
    return str(page.model.index(_row(page, device), page.model.column_of(key)).data())


def _open_dialog(page: DevicesPage, qtbot: QtBot) -> RevokeDialog:
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5_000)
    assert page.dialog is not None
    return page.dialog


def test_the_list_then_a_revoke_with_its_reason_refuses_the_real_laptop(
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    first, second = laptops
    first.register(301), first.register(302)
    assert first.sync(ws_server.url).completed
    ws_ctx.languages.set_language("id")
    window = workspace("supervisor", pages=["devices"])
    page = _page(window, qtbot)
    assert page.ui.titleLabel.text() == "Laptop"
    assert _cell(page, first.device_code, "status") == "✓ Aktif"
    assert _cell(page, first.device_code, "officer") == "siti"
    assert _cell(page, first.device_code, "records_received") == "2"
    seen = _cell(page, first.device_code, "last_seen_at")
    assert INDONESIAN_MOMENT.match(seen), seen
    assert seen.split()[1] in MONTHS
    assert _cell(page, second.device_code, "last_seen_at") == "belum pernah"
    assert page.ui.summaryLabel.text() == "2 laptop · 2 aktif · 0 dicabut"

    # Enter in the reason box presses Cancel, the default: nothing is revoked.
    page.choose(first.device_code)
    assert page.ui.revokeButton.isEnabled()
    page.ui.revokeButton.click()
    dialog = _open_dialog(page, qtbot)
    assert dialog.ui.cancelButton.isDefault() and not dialog.ui.revokeButton.isDefault()
    assert not dialog.ui.revokeButton.autoDefault()
    qtbot.keyClicks(dialog.ui.reasonEdit, "dicuri")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == RevokeDialog.DialogCode.Rejected
    assert not page.busy
    assert first.sync(ws_server.url).completed  # still enrolled

    # Revoke without a reason: the dialog says so and stays.
    page.ui.revokeButton.click()
    dialog = _open_dialog(page, qtbot)
    dialog.ui.revokeButton.click()
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "Tulis alasan laptop ini dicabut."
    qtbot.keyClicks(dialog.ui.reasonEdit, "NIK 3201234567890001")
    dialog.ui.revokeButton.click()
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == "Alasan tidak boleh memuat NIK."
    dialog.ui.reasonEdit.clear()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Laptop dicuri di pasar")
    with qtbot.waitSignal(page.revoked, timeout=20_000) as done:
        dialog.ui.revokeButton.click()
    assert done.args[0]["status"] == "revoked"
    qtbot.waitUntil(lambda: _cell(page, first.device_code, "status").startswith("✗"), timeout=9_000)
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    status = _cell(page, first.device_code, "status")
    assert status.startswith("✗ Dicabut ") and INDONESIAN_MOMENT.match(status.split(" ", 2)[2])
    assert page.ui.statusLabel.text().startswith(f"Laptop {first.device_code} dicabut")
    assert page.ui.summaryLabel.text() == "2 laptop · 1 aktif · 1 dicabut"
    assert page.chosen() is not None and page.chosen()["device"] == first.device_code  # type: ignore[index]
    assert not page.ui.revokeButton.isEnabled()  # a revoked laptop is not offered again

    with pytest.raises(SyncRefused) as refused:
        first.sync(ws_server.url)
    assert (refused.value.status, refused.value.code) == (403, "DEVICE_REVOKED")
    assert second.sync(ws_server.url).completed


def test_the_list_is_read_again_by_itself_while_shown_only(  # noqa: PLR0917 - fixtures
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_branch: Branch,
    ws_server: BranchServer,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A laptop revoked from another workstation (or `bpu-branch device revoke`) and a laptop's
    last sync showed only after F5; they show by themselves within `REREAD_SECONDS` now (one
    here) while the page is shown, as on the Staff page, the choice and the keyboard's cell
    kept; hidden, the page reads nothing."""
    monkeypatch.setattr(list_page, "REREAD_SECONDS", 1)
    first, second = laptops
    window = workspace("supervisor", pages=["devices", "audit"])
    page = _page(window, qtbot)
    assert _cell(page, second.device_code, "last_seen_at") == "never"
    page.choose(second.device_code, page.model.column_of("officer"))
    with Session(ws_branch.engine) as db:
        roster.revoke_device(db, code=first.device_code, actor="cli:admin", reason="hilang")
    assert second.sync(ws_server.url).completed
    qtbot.waitUntil(
        lambda: _cell(page, first.device_code, "status").startswith("✗"), timeout=10_000
    )
    qtbot.waitUntil(lambda: _cell(page, second.device_code, "last_seen_at") != "never")
    assert page.ui.summaryLabel.text() == "2 laptops · 1 active · 1 revoked"
    chosen = page.chosen()
    assert chosen is not None and chosen["device"] == second.device_code
    assert page.ui.devicesView.currentIndex().column() == page.model.column_of("officer")
    assert page.ui.revokeButton.isEnabled()
    window.show_page("audit")
    qtbot.waitUntil(lambda: not page.isVisible())
    reads: list[object] = []
    page.devices_shown.connect(reads.append)
    qtbot.wait(2500)
    assert reads == []


def test_a_language_switch_keeps_the_choice_cell_and_focus(
    workspace: WorkspaceFactory, laptops: list[Laptop], ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """Switching the language made the list's texts anew and lost the chosen laptop (Revoke
    stayed enabled with nothing chosen) and the keyboard's cell: they stay."""
    window = workspace("supervisor", pages=["devices"])
    page = _page(window, qtbot)
    view = page.ui.devicesView
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    second = laptops[1].device_code
    page.choose(second, page.model.column_of("enrolled_at"))
    for lang, status, none in (("id", "✓ Aktif", "0 dicabut"), ("en", "✓ Active", "0 revoked")):
        ws_ctx.languages.set_language(lang)  # the switch reaches the page as a posted event
        qtbot.waitUntil(lambda none=none: page.ui.summaryLabel.text().endswith(none))
        assert _cell(page, second, "status") == status
        chosen = page.chosen()
        assert chosen is not None and chosen["device"] == second, lang
        assert view.currentIndex().column() == page.model.column_of("enrolled_at")
        assert view.hasFocus() and page.ui.revokeButton.isEnabled()


def test_by_keyboard_alt_9_a_row_alt_k_a_reason_and_the_revoke_button(
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    first, second = laptops
    window = workspace("supervisor")
    assert [info.key for info in window.page_infos][8] == "devices"
    window.activateWindow()
    nav = window.ui.navList  # where the keyboard is after sign-in
    nav.setFocus()
    qtbot.waitUntil(nav.hasFocus)
    qtbot.keyClick(nav, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)
    assert window.current_key() == "devices"
    page = _page(window, qtbot)
    view = page.ui.devicesView
    qtbot.waitUntil(view.hasFocus)
    assert page.chosen() is not None and page.chosen()["device"] == first.device_code  # type: ignore[index]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.chosen()["device"] == second.device_code  # type: ignore[index]
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    dialog = _open_dialog(page, qtbot)
    qtbot.waitUntil(dialog.ui.reasonEdit.hasFocus)
    qtbot.keyClicks(dialog.ui.reasonEdit, "hilang")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.cancelButton
    qtbot.keyClick(dialog.ui.cancelButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.revokeButton
    with qtbot.waitSignal(page.revoked, timeout=20_000):
        qtbot.keyClick(dialog.ui.revokeButton, Qt.Key.Key_Space)
    revoked = second.device_code
    qtbot.waitUntil(lambda: _cell(page, revoked, "status").startswith("✗"), timeout=20_000)
    assert _cell(page, first.device_code, "status").startswith("✓")
    with pytest.raises(SyncRefused, match="DEVICE_REVOKED"):
        second.sync(ws_server.url)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_revoke_reads_in_words_on_the_audit_page(
    lang: str,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    laptop = laptops[0]
    window = workspace("supervisor", pages=["devices", "audit"])
    page = _page(window, qtbot)
    page.choose(laptop.device_code)
    page.ask_revoke()
    dialog = _open_dialog(page, qtbot)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Laptop dicuri")
    with qtbot.waitSignal(page.revoked, timeout=20_000):
        dialog.ui.revokeButton.click()
    ws_ctx.languages.set_language(lang)
    window.show_page("audit")
    audit = window.page("audit")
    assert isinstance(audit, AuditPage)
    qtbot.waitUntil(lambda: not audit.busy and audit.model.rowCount() > 0, timeout=20_000)
    rows = [
        [str(audit.model.index(r, c).data()) for c in range(audit.model.columnCount())]
        for r in range(audit.model.rowCount())
    ]
    words = ("Laptop dicabut", "alasan: Laptop dicuri") if lang == "id" else (
        "Laptop revoked", "reason: Laptop dicuri")  # fmt: skip
    line = next(row for row in rows if laptop.device_code in " ".join(row) and words[0] in row)
    assert any(cell.startswith(words[1]) for cell in line), line
    assert "device_revoked" not in " ".join(line)


def test_a_clerk_has_no_laptops_page_and_the_api_refuses_the_clerk(
    workspace: WorkspaceFactory, workstation: Workstation, laptops: list[Laptop]
) -> None:
    assert "devices" not in [info.key for info in pages_for("clerk")]
    window = workspace("clerk")
    assert "devices" not in window.pages
    client = workstation.client()
    try:
        client.login(*CLERK)
        calls = (
            client.devices,
            lambda: client.revoke_device(laptops[0].device_code, "x"),
            client.enrol_code,
        )
        for call in calls:
            with pytest.raises(StaffError) as refused:
                call()
            assert (refused.value.status, refused.value.code) == (403, "ROLE_REFUSED")
    finally:
        client.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_date_in_the_list_is_the_branchs_long_date(lang: str, ws_ctx: AppContext) -> None:
    from datetime import UTC, datetime

    said = local_datetime(datetime(2026, 3, 17, 7, 5, tzinfo=UTC), "31", lang, with_zone=False)
    assert said == ("17 Maret 2026 14.05" if lang == "id" else "17 March 2026 14:05")


CODE = re.compile(r"^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$")


def _code_dialog(page: DevicesPage, qtbot: QtBot) -> EnrolCodeDialog:
    def shown() -> bool:
        return page.code_dialog is not None and page.code_dialog.isVisible()

    qtbot.waitUntil(shown, timeout=20_000)
    assert page.code_dialog is not None
    return page.code_dialog


def test_by_keyboard_an_enrolment_code_shown_once_enrols_a_laptop_listed_after_refresh(  # noqa: PLR0917 - fixtures
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_branch: Branch,
    ws_server: BranchServer,
    ws_ctx: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    ws_ctx.languages.set_language("id")
    window = workspace("supervisor", pages=["devices"])
    window.activateWindow()
    page = _page(window, qtbot)
    view = page.ui.devicesView
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert page.ui.codeButton.text() == "&Kode pendaftaran…"
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    dialog = _code_dialog(page, qtbot)
    assert page.dialog is None  # Alt+K is the code in Indonesian, not the revoke
    qtbot.waitUntil(dialog.ui.closeButton.hasFocus)
    assert dialog.ui.closeButton.isDefault()

    code = dialog.ui.codeLabel.text()
    assert CODE.match(code), code
    assert dialog.ui.codeLabel.font().pointSizeF() >= 2 * view.font().pointSizeF()
    valid = dialog.ui.expiresLabel.text()
    assert valid.startswith("Berlaku sampai ") and valid.endswith(" WIB"), valid
    moment = valid.removeprefix("Berlaku sampai ").removesuffix(" WIB")
    assert INDONESIAN_MOMENT.match(moment) and moment.split()[1] in MONTHS, moment
    # The branch's certificate names only this machine (`init` without --tls-host) and the
    # workspace runs on it: said plainly, never given as the address to type on a laptop.
    address = dialog.ui.addressLabel.text()
    assert address.startswith("Server kantor cabang hanya mengenal alamat mesin ini sendiri")
    assert ws_server.url in address and f"port {ws_server.port}" in address
    pinned = dialog.ui.pinnedEdit.text()
    assert pinned.startswith(code + "@sha256:") and dialog.ui.pinnedEdit.isReadOnly()
    assert dialog.ui.copyButton.text() == "&Salin"
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(dialog.ui.closeButton, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == pinned)  # an animated click
    assert dialog.ui.copiedLabel.text().startswith("Tersalin")
    assert QApplication.focusWidget() is dialog.ui.closeButton  # Enter still closes
    qtbot.keyClick(dialog.ui.closeButton, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.pinnedEdit
    qtbot.keyClick(dialog.ui.pinnedEdit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.ui.closeButton
    qtbot.keyClick(dialog.ui.closeButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.code_dialog is None)
    assert page.ui.statusLabel.text().startswith("Kode pendaftaran diterbitkan")

    # The officer types the address and pastes the code on the new laptop.
    typed, fingerprint = split_code(pinned)
    enrolled = enrol_laptop(
        tmp_path / "new-laptop", server_url=ws_server.url, code=typed, fingerprint=fingerprint,
        now=datetime.now(UTC),
    )  # fmt: skip
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20_000)
    assert _cell(page, enrolled.device_code, "status") == "✓ Aktif"
    assert page.ui.summaryLabel.text() == "3 laptop · 3 aktif · 0 dicabut"
    issued = [line for line in audit_lines(ws_branch) if line["action"] == "enrol_code_issued"]
    assert [line["actor"] for line in issued][-1] == "spv"  # the two laptops' codes: "cli"
    assert code not in str(audit_lines(ws_branch))


def test_escape_closes_the_enrolment_code_and_english_says_it_in_english(
    workspace: WorkspaceFactory, laptops: list[Laptop], ws_ctx: AppContext, qtbot: QtBot
) -> None:
    window = workspace("supervisor", pages=["devices"])
    page = _page(window, qtbot)
    assert page.ui.codeButton.text() == "Enrolment &code…"
    page.ui.codeButton.click()
    dialog = _code_dialog(page, qtbot)
    assert dialog.ui.expiresLabel.text().startswith("Valid until ")
    assert dialog.ui.expiresLabel.text().endswith(" WIB")
    assert CODE.match(dialog.ui.codeLabel.text())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.code_dialog is None)


def test_a_reason_the_server_refuses_is_said_in_the_dialog_that_stays_open(
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    """A reason the dialog lets through but the server refuses (a control character, pasted):
    the dialog stays with the reason and the server's word, to be corrected and sent again."""
    laptop = laptops[0]
    ws_ctx.languages.set_language("id")
    window = workspace("supervisor", pages=["devices"])
    page = _page(window, qtbot)
    page.choose(laptop.device_code)
    page.ask_revoke()
    dialog = _open_dialog(page, qtbot)
    dialog.ui.reasonEdit.setText("dicuri\x07 di pasar")
    with qtbot.waitSignal(page.failed, timeout=20_000):
        dialog.ui.revokeButton.click()
    qtbot.waitUntil(dialog.ui.revokeButton.isEnabled)
    assert dialog.isVisible()
    assert "REVOKE_REASON_INVALID" in dialog.ui.errorLabel.text()
    assert dialog.ui.reasonEdit.text() == "dicuri\x07 di pasar" and dialog.ui.reasonEdit.hasFocus()
    assert _cell(page, laptop.device_code, "status") == "✓ Aktif"
    dialog.ui.reasonEdit.setText("dicuri di pasar")
    with qtbot.waitSignal(page.revoked, timeout=20_000):
        dialog.ui.revokeButton.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    revoked = laptop.device_code
    qtbot.waitUntil(lambda: _cell(page, revoked, "status").startswith("✗"), timeout=20_000)
    with pytest.raises(SyncRefused, match="DEVICE_REVOKED"):
        laptop.sync(ws_server.url)


def test_the_laptops_page_has_its_own_icon() -> None:
    """The page list showed the Laptops page with the officers' activity's icon."""
    icons = {info.key: info.icon for info in pages_for("supervisor")}
    assert icons["devices"] != icons["activity"]


def test_the_code_gives_the_lan_addresses_and_the_lifetime_chosen_by_keyboard(  # noqa: PLR0917 - fixtures
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_branch: Branch,
    ws_server: BranchServer,
    ws_ctx: AppContext,
    qtbot: QtBot,
) -> None:
    """The workspace reaches the server at 127.0.0.1 (it runs on the server machine); the
    dialog gives the addresses the branch's certificate was made for, on the server's port,
    never 127.0.0.1. The lifetime is chosen beside the button (Alt+L, 8 jam): the code is
    valid 8 hours, as its "Berlaku sampai" says."""
    with Session(ws_branch.engine) as db:
        info = roster.branch_info(db)
        made = self_signed_certificate(info.code, ["127.0.0.1", "192.168.10.5", "bpu-jkt01.lan"])
        info.tls_cert_pem = made.cert_pem
        db.add(info)
        db.commit()
    ws_ctx.languages.set_language("id")
    window = workspace("supervisor", pages=["devices"])
    window.activateWindow()
    page = _page(window, qtbot)
    view = page.ui.devicesView
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    combo = page.ui.ttlCombo
    assert page.ui.ttlLabel.text() == "&Lama berlaku kode:"
    assert [combo.itemText(i) for i in range(combo.count())] == ["1 jam", "8 jam", "24 jam"]
    assert combo.currentText() == "1 jam"
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "8 jam"
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.ui.codeButton
    asked = datetime.now(UTC)
    qtbot.keyClick(page.ui.codeButton, Qt.Key.Key_Space)
    dialog = _code_dialog(page, qtbot)

    expires = datetime.fromisoformat(str(dialog.issued["expires_at"]))
    assert (
        timedelta(hours=8) - timedelta(minutes=1) < expires - asked <= timedelta(hours=8, minutes=1)
    )
    when = local_datetime(expires, dialog.province, "id")
    assert dialog.ui.expiresLabel.text() == f"Berlaku sampai {when}"
    port = ws_server.port
    assert dialog.ui.addressLabel.text().splitlines() == [
        "Alamat kantor cabang untuk aplikasi petugas (salah satunya):",
        f"http://192.168.10.5:{port}",
        f"http://bpu-jkt01.lan:{port}",
    ]
    assert "127.0.0.1" not in dialog.ui.addressLabel.text()
    qtbot.keyClick(dialog.ui.closeButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.code_dialog is None)
    (line,) = [line for line in audit_lines(ws_branch) if line["action"] == "enrol_code_issued"
               and line["actor"] == "spv"]  # fmt: skip
    assert line["detail"]["expires_at"] == dialog.issued["expires_at"]


def test_the_laptops_columns_fill_the_table_as_the_other_lists_do(
    workspace: WorkspaceFactory, laptops: list[Laptop], ws_server: BranchServer, qtbot: QtBot
) -> None:
    """The officer's column takes the room the others leave: the table left an empty band to
    the right of its last column."""
    assert laptops[0].sync(ws_server.url).completed
    window = workspace("supervisor", pages=["devices"])
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    page = _page(window, qtbot)
    view, header = page.ui.devicesView, page.ui.devicesView.horizontalHeader()

    def used() -> int:
        return sum(header.sectionSize(c) for c in range(page.model.columnCount()))

    # Waited for as a settled state: on a busy machine the first read and the scroll bar's
    # coming can fit the columns more than once before the page is still.
    qtbot.waitUntil(lambda: used() == view.viewport().width(), timeout=15_000)
    officer = page.model.column_of("officer")
    assert header.sectionSize(officer) == max(
        header.sectionSize(c) for c in range(page.model.columnCount())
    )


def test_the_status_line_is_said_again_in_the_new_language_after_a_switch(
    workspace: WorkspaceFactory, laptops: list[Laptop], ws_ctx: AppContext, qtbot: QtBot
) -> None:
    """The revoke's line is said again in the language switched to (it stayed in English)."""
    first, _ = laptops
    window = workspace("supervisor", pages=["devices"])
    page = _page(window, qtbot)
    page.choose(first.device_code)
    page.ask_revoke()
    dialog = _open_dialog(page, qtbot)
    dialog.ui.reasonEdit.setText("Lost on the way")
    with qtbot.waitSignal(page.revoked, timeout=20_000):
        dialog.ui.revokeButton.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    said = "Laptop {device} revoked: the branch refuses it from its next sync."
    assert page.ui.statusLabel.text() == said.format(device=first.device_code)
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Laptop")
    assert page.ui.statusLabel.text() == (
        f"Laptop {first.device_code} dicabut: kantor cabang menolaknya mulai sinkronisasi"
        " berikutnya."
    )


def test_the_revoke_dialogs_error_line_is_said_again_in_the_new_language_the_last_one_only(
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_ctx: AppContext,
    ws_server: BranchServer,
    qtbot: QtBot,
) -> None:
    """The revoke dialog's error line (a reason missing, a failed call with its code) follows a
    language switch while the dialog is open: it stayed in the old language. What comes back
    is what was said last, never an earlier word over a later failure."""
    first, _ = laptops
    window = workspace("supervisor", pages=["devices"])
    page = _page(window, qtbot)
    page.choose(first.device_code)
    page.ask_revoke()
    dialog = _open_dialog(page, qtbot)
    ui, error = dialog.ui, dialog.ui.errorLabel
    ui.revokeButton.click()
    assert error.text() == "Write why the laptop is revoked."
    ws_ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Laptop")
    assert error.text() == "Tulis alasan laptop ini dicabut."

    ws_server.stop()
    ui.reasonEdit.setText("Lost on the way")
    with qtbot.waitSignal(page.failed, timeout=20_000):
        ui.revokeButton.click()
    qtbot.waitUntil(ui.revokeButton.isEnabled)
    assert message("SERVER_UNREACHABLE", "id") in error.text()
    ws_ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: page.ui.titleLabel.text() == "Laptops")
    assert message("SERVER_UNREACHABLE", "en") in error.text()
    assert "SERVER_UNREACHABLE" in error.text()
