"""A damaged record repaired by a USB file the officer writes from the Sync page for the receipt
numbers the branch names ("Write the USB file again for chosen receipts…", Ctrl+R or its Alt
letter): the real branch server, `bpu-branch check` finding the record damaged, the file
written through the dialog by keyboard, `bpu-branch import` repairing it (`record_repaired` via
USB) and the next `check` sound. The refusals are those of `export-batch --receipt`, naming
the numbers: one this laptop does not hold (`RECEIPT_NOT_HELD`), one whose personal fields were
removed after the retention days (`RECEIPT_PURGED`: the laptop holds the record, not its data),
and a NIK typed by mistake (masked)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.domain.errors import BpuError, Refusals, message
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.officer.main_window import PAGE_SYNC, MainWindow
from bpu_enroll.gui.officer.sync.page import SyncPage
from bpu_enroll.gui.officer.sync.resend_dialog import (
    ResendDialog,
    named_refusal,
    shape_refusal,
    split_receipts,
)
from bpu_enroll.store.retention import purge_personal_data
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from tests.integration.helpers import audit_lines, nik_for, set_income

from .conftest import run_task
from .test_sync_page import BranchServer, _register, _sync, branch_server, enrolled_window

__all__ = ["branch_server", "enrolled_window"]  # fixtures used below

ALT = Qt.KeyboardModifier.AltModifier


def _branch(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    capsys.readouterr()
    code = branch_main(argv)
    return code, json.loads(capsys.readouterr().out)


def _open_dialog(qtbot: QtBot, page: SyncPage, key: str = "ctrl") -> ResendDialog:
    """The dialog opened from the keyboard: Ctrl+R on the page, or the button's Alt letter."""
    page.window().activateWindow()
    page.ui.syncButton.setFocus()
    qtbot.waitUntil(page.ui.syncButton.hasFocus)
    if key == "ctrl":
        qtbot.keyClick(page.ui.syncButton, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClick(page.ui.syncButton, key, ALT)
    qtbot.waitUntil(lambda: page.resend_dialog is not None and page.resend_dialog.isVisible())
    dialog = page.resend_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.receiptsEdit)
    return dialog


def _write(qtbot: QtBot, dialog: ResendDialog, typed: str) -> None:
    """Type (or paste) the numbers and press the dialog's Alt letter for Write."""
    edit = dialog.ui.receiptsEdit
    for index, line in enumerate(typed.split("\n")):
        if index:
            qtbot.keyClick(edit, Qt.Key.Key_Return)  # a new line in the box, not Write
        qtbot.keyClicks(edit, line)
    with qtbot.waitSignal(dialog.ui.writeButton.clicked):  # a mnemonic clicks a moment later
        qtbot.keyClick(edit, "t", ALT)  # &Tulis berkas…


def _said(dialog: ResendDialog) -> str:
    """The refusal as written: without the word joiners that keep each receipt number whole."""
    return as_written(dialog.ui.errorLabel.text())


def _refused(qtbot: QtBot, dialog: ResendDialog) -> str:
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible() and dialog.ui.writeButton.isEnabled())
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.ui.receiptsEdit
    return _said(dialog)


def test_the_officer_writes_the_file_the_branch_repairs_a_damaged_record_from(
    qtbot: QtBot,
    enrolled_window: MainWindow,
    branch_server: BranchServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window, branch = enrolled_window, branch_server.branch
    damaged, other = _register(qtbot, window, 41), _register(qtbot, window, 42)
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    _sync(qtbot, page)  # sent over the network: nothing waits, no USB file holds them
    held = branch.records()
    receipt, nik = held[damaged].receipt_no, nik_for(41)[0]
    set_income(branch, damaged, "not a number")
    db = ["--db", branch.db_url]
    code, report = _branch([*db, "check", "--json"], capsys)
    assert code == 1 and [x["receipt_no"] for x in report["records"]["damaged"]] == [receipt]
    out = tmp_path / "usb" / "repair.bpu"
    page.choose_export_path = lambda: out

    dialog = _open_dialog(qtbot, page)
    assert dialog.windowTitle() == "Tulis ulang berkas USB untuk tanda terima tertentu"
    # Pasted as the branch's list gives it, the number twice: written once.
    _write(qtbot, dialog, f" {receipt},\n{receipt} ")
    qtbot.waitUntil(lambda: out.is_file() and not page.exporting, timeout=20_000)
    said = as_written(page.ui.resultLabel.text())
    assert f"1 pendaftaran dengan nomor tanda terima {receipt} ditulis ke {out}." in said, said
    assert page.resend_dialog is None  # closed (and deleted) before the file was asked for
    assert not page.ui.progressBar.isVisible()  # the file written: nothing runs
    assert page.ui.resendButton.isEnabled() and page.ui.exportButton.isEnabled()

    code, imported = _branch([*db, "import", str(out), "--json"], capsys)
    assert (code, imported["already_received"], imported["accepted"]) == (0, 1, 0), imported
    code, report = _branch([*db, "check", "--json"], capsys)
    assert (code, report["sound"]) == (0, True), report
    [line] = [x for x in audit_lines(branch) if x["action"] == "record_repaired"]
    assert (line["subject"], line["detail"]["receipt_no"], line["detail"]["via"]) == (
        damaged, receipt, "usb",
    )  # fmt: skip
    assert nik not in json.dumps(audit_lines(branch))
    after = branch.records()
    assert {k: (r.state, r.kpj) for k, r in after.items()} == {
        k: (r.state, r.kpj) for k, r in held.items()
    }
    assert other in after


def test_numbers_the_laptop_does_not_hold_are_refused_naming_them_and_no_file_is_written(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer, tmp_path: Path
) -> None:
    window = enrolled_window
    kept, gone = _register(qtbot, window, 43), _register(qtbot, window, 44)
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    _sync(qtbot, page)
    receipts = {k: r.receipt_no for k, r in branch_server.branch.records().items()}
    session = window.ctx.session
    assert session is not None
    later = datetime.now(UTC) + timedelta(days=40)
    purged = run_task(qtbot, window.ctx, lambda: purge_personal_data(session.store, now=later,
                                                                     days=30))  # fmt: skip
    assert purged.settled == 2
    written: list[Path] = []
    page.choose_export_path = lambda: written.append(tmp_path / "x.bpu") or tmp_path / "x.bpu"

    dialog = _open_dialog(qtbot, page, "u")  # Tulis &ulang…: the button's Alt letter
    unknown = receipts[kept][:-5] + "99999"
    _write(qtbot, dialog, f"{receipts[gone]} {unknown}")

    # Both kinds in one refusal, each with its code and its numbers, a line each: the purged
    # one was named only at the next try. The one not held first (maybe mistyped).
    def both(lang: str) -> str:
        return (
            message("RECEIPT_NOT_HELD", lang, receipts=[unknown]) + "\u00a0(RECEIPT_NOT_HELD)\n"
            + message("RECEIPT_PURGED", lang, receipts=[receipts[gone]]) + "\u00a0(RECEIPT_PURGED)"
        )  # fmt: skip

    assert _refused(qtbot, dialog) == both("id")
    window.ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: _said(dialog) == both("en"))
    window.ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: _said(dialog) == both("id"))
    # Eleven not held and the purged one: each kind names ten at most, then "…".
    unheld = [receipts[kept][:-5] + f"{n:05d}" for n in range(99_980, 99_991)]
    dialog.ui.receiptsEdit.clear()
    _write(qtbot, dialog, " ".join([receipts[gone], *unheld]))
    assert _refused(qtbot, dialog).split("\n") == [
        message("RECEIPT_NOT_HELD", "id", receipts=[*unheld[:10], "…"])
        + "\u00a0(RECEIPT_NOT_HELD)",
        message("RECEIPT_PURGED", "id", receipts=[receipts[gone]]) + "\u00a0(RECEIPT_PURGED)",
    ]
    # One whose personal fields were removed is held, not its data: the branch restores it.
    dialog.ui.receiptsEdit.clear()
    _write(qtbot, dialog, receipts[gone])
    text = _refused(qtbot, dialog)
    assert text == (
        message("RECEIPT_PURGED", "id", receipts=[receipts[gone]]) + "\u00a0(RECEIPT_PURGED)"
    )
    assert "cadangan" in text and "tidak menyimpan" not in text

    # A NIK typed by mistake is no receipt number: refused at once, masked.
    nik = nik_for(45)[0]
    dialog.ui.receiptsEdit.clear()
    _write(qtbot, dialog, nik)
    text = _refused(qtbot, dialog)
    assert "RECEIPT_NOT_HELD" in text and nik[:4] + "********" + nik[12:] in text
    assert nik not in text
    # Nothing typed: said so.
    dialog.ui.receiptsEdit.clear()
    _write(qtbot, dialog, "")
    assert _refused(qtbot, dialog) == "Ketik dulu paling sedikit satu nomor tanda terima."

    assert written == [] and not (tmp_path / "x.bpu").exists()
    qtbot.keyClick(dialog.ui.receiptsEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.resend_dialog is None)
    assert written == []


def test_a_refusal_shown_is_said_again_in_the_new_language(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    """The officer switched to English with the dialog open: its labels changed, the refusal
    under the numbers stayed in Indonesian. It is said again in the new language, the same
    code and the same receipt numbers, both the page's refusal and the dialog's own."""
    window = enrolled_window
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    dialog = _open_dialog(qtbot, page)
    unknown = "JKT01-D0001-20260506-99999"
    _write(qtbot, dialog, unknown)
    assert _refused(qtbot, dialog) == (
        message("RECEIPT_NOT_HELD", "id", receipts=[unknown]) + "\u00a0(RECEIPT_NOT_HELD)"
    )
    english = message("RECEIPT_NOT_HELD", "en", receipts=[unknown]) + "\u00a0(RECEIPT_NOT_HELD)"
    window.ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: _said(dialog) == english)
    window.ctx.languages.set_language("id")
    qtbot.waitUntil(lambda: "RECEIPT_NOT_HELD" in _said(dialog))
    qtbot.waitUntil(lambda: _said(dialog) != english)
    assert _said(dialog) == (
        message("RECEIPT_NOT_HELD", "id", receipts=[unknown]) + "\u00a0(RECEIPT_NOT_HELD)"
    )
    # The dialog's own refusal: nothing typed.
    dialog.ui.receiptsEdit.clear()
    _write(qtbot, dialog, "")
    assert _refused(qtbot, dialog) == "Ketik dulu paling sedikit satu nomor tanda terima."
    window.ctx.languages.set_language("en")
    qtbot.waitUntil(lambda: _said(dialog) == "Type at least one receipt number first.")
    assert dialog.ui.errorLabel.isVisible()


def test_the_numbers_are_split_on_spaces_commas_and_lines_each_once() -> None:
    assert split_receipts(" A-B-20260101-1,A-B-20260101-2;\nA-B-20260101-1\t ") == [
        "A-B-20260101-1",
        "A-B-20260101-2",
    ]
    assert split_receipts(" ,\n ") == []


def test_a_refusal_of_both_kinds_names_ten_numbers_of_each() -> None:
    """Numbers not held and purged refused at once (`Refusals`): each kind names its first ten
    and "…", as one kind alone does, its code and kind kept."""
    numbers = [f"JKT01-D0001-20260506-{n:05d}" for n in range(24)]
    both = Refusals(
        [
            BpuError("RECEIPT_NOT_HELD", receipts=numbers[:12]),
            BpuError("RECEIPT_PURGED", receipts=numbers[12:]),
        ]
    )
    named = named_refusal(both)
    assert isinstance(named, Refusals) and named.code == "RECEIPT_NOT_HELD"
    assert [(r.code, r.params["receipts"]) for r in named.refusals] == [
        ("RECEIPT_NOT_HELD", [*numbers[:10], "…"]),
        ("RECEIPT_PURGED", [*numbers[12:22], "…"]),
    ]


def test_invisible_characters_a_paste_brings_are_left_out_of_the_numbers() -> None:
    """A number pasted from a message with a zero-width space, a direction mark or a byte
    order mark read as a receipt number and was refused as none; an override (U+202E) turned
    the refusal's text around, and a NIK split by an invisible character was shown unmasked."""
    pasted = "\u200eA-B-20260101-1\u200b,\ufeffA-B-20260101-2\u202e\x07\n\u200b"
    assert split_receipts(pasted) == ["A-B-20260101-1", "A-B-20260101-2"]
    nik = nik_for(46)[0]
    refusal = shape_refusal(split_receipts(f"{nik[:8]}\u200b{nik[8:]}"))
    assert refusal is not None and refusal.params["receipts"] == [nik[:4] + "*" * 8 + nik[12:]]


def test_a_paste_of_thousands_of_numbers_is_refused_naming_ten_and_the_dialog_fits(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer
) -> None:
    """Ten thousand numbers pasted, of a receipt's shape and not held, or of no receipt's shape:
    the refusal named every one, and the dialog grew taller than a 768-pixel screen, its Write
    and Cancel buttons below it. It names the first ten and '…'."""
    window = enrolled_window
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    dialog = _open_dialog(qtbot, page)
    screen = dialog.screen().availableGeometry()
    unheld = [f"DEMO-D9999-20260101-{n}" for n in range(1, 10_001)]
    odd = [f"X{n}\u202e" for n in range(10_000)]
    for pasted, receipts in ((unheld, sorted(unheld)[:10]), (odd, [f"X{n}" for n in range(10)])):
        dialog.ui.receiptsEdit.setPlainText("\n".join(pasted))
        with qtbot.waitSignal(dialog.ui.writeButton.clicked):
            qtbot.keyClick(dialog.ui.receiptsEdit, "t", ALT)
        text = _refused(qtbot, dialog)
        said = message("RECEIPT_NOT_HELD", "id", receipts=[*receipts, "…"])
        assert text == f"{said}\u00a0(RECEIPT_NOT_HELD)", text[:300]
        qtbot.waitUntil(lambda: dialog.frameGeometry().height() <= screen.height())
        assert screen.contains(
            dialog.ui.writeButton.mapToGlobal(dialog.ui.writeButton.rect().bottomRight())
        )


def test_more_numbers_than_a_file_holds_are_refused_with_their_code_and_the_dialog_fits(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer, tmp_path: Path
) -> None:
    """20,001 numbers pasted, more than one file holds (`MAX_MANIFEST_ENTRIES`): refused with
    `RECEIPTS_TOO_MANY` and its words, before the store is read; no file, no path asked."""
    window = enrolled_window
    page = window.sync_page
    window.show_page(PAGE_SYNC)
    written: list[Path] = []
    page.choose_export_path = lambda: written.append(tmp_path / "x.bpu") or tmp_path / "x.bpu"
    dialog = _open_dialog(qtbot, page)
    screen = dialog.screen().availableGeometry()
    pasted = [f"DEMO-D9999-20260101-{n}" for n in range(1, MAX_MANIFEST_ENTRIES + 2)]
    dialog.ui.receiptsEdit.setPlainText("\n".join(pasted))
    with qtbot.waitSignal(dialog.ui.writeButton.clicked):
        qtbot.keyClick(dialog.ui.receiptsEdit, "t", ALT)
    text = _refused(qtbot, dialog)
    said = message("RECEIPTS_TOO_MANY", "id", count="20.001", limit="20.000")
    assert text == f"{said}\u00a0(RECEIPTS_TOO_MANY)", text
    qtbot.waitUntil(lambda: dialog.frameGeometry().height() <= screen.height())
    assert written == [] and not (tmp_path / "x.bpu").exists()
