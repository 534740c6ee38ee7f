"""Tab in every dialog of both apps goes the way the eye reads it: from the first field down the
fields, top to bottom and left to right as they stand on the screen, then along the buttons in
the order they are shown, and round again.

The order is taken from the widgets' geometry on the screen, not from a list written here, so a
button moved in a `.ui` file, or a new dialog, is checked as it is. The void, decision, options
and workstation dialogs used to go to their action button before Cancel, shown left of it.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

import bpu_enroll.gui
from bpu_enroll.gui.app import make_context
from bpu_enroll.gui.common.about_dialog import AboutDialog
from bpu_enroll.gui.common.context import AppContext, load_reference
from bpu_enroll.gui.common.dialogs import Dialog, OptionsDialog
from bpu_enroll.gui.common.pdf_preview import PdfPreviewDialog
from bpu_enroll.gui.officer.drafts import DraftsDialog
from bpu_enroll.gui.officer.enrol_dialog import EnrolDialog, EnrolTarget
from bpu_enroll.gui.officer.ktp.camera import KtpCameraDialog
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.sync.resend_dialog import ResendDialog
from bpu_enroll.gui.officer.void_dialog import VoidDialog
from bpu_enroll.gui.workspace.decision_dialog import DecisionDialog
from bpu_enroll.gui.workspace.devices_page import EnrolCodeDialog, RevokeDialog
from bpu_enroll.gui.workspace.staff_page import StaffAddDialog, StaffRevokeDialog
from bpu_enroll.gui.workspace.workstation_dialog import WorkstationDialog
from bpu_enroll.services.ktp.camera import CameraFeed
from bpu_enroll.services.profile import demo_init
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.store.keys import FAST_KDF
from tests.gui.officer.conftest import FIXED_NOW, WORKER, register, run_task

RECORD = {"id": "r1", "receipt_no": "JKT01-D0001-20260317-00001", "full_name": "SITI AMINAH",
          "nik_masked": "3201********0001"}  # fmt: skip


class _NoCamera:
    """A laptop without a camera (cv2.VideoCapture's interface)."""

    def isOpened(self) -> bool:
        return False

    def release(self) -> None:
        """Nothing to release."""


@pytest.fixture
def officer(qtbot: QtBot, tmp_path: Path) -> Iterator[AppContext]:
    """The officer `demo` signed in on a fresh demo profile (as `officer/conftest.py`)."""
    folder = tmp_path / "profile"
    demo_init(folder, kdf=FAST_KDF)
    ctx = make_context(folder, "id")
    ctx.clock = lambda: FIXED_NOW
    session = run_task(qtbot, ctx, unlock, ctx.data_dir, "demo", "demo")
    session.now = ctx.clock
    ctx.session = session
    ctx.registrations = RegistrationService(session, now=ctx.clock)
    ctx.officer, ctx.officer_name = session.officer.username, session.officer.display_name
    ctx.province_code = session.profile.province_code
    ctx.reference = load_reference()
    yield ctx
    ctx.tasks.run_db(session.close)
    assert ctx.tasks.wait_idle()
    ctx.languages.release()


def _receipt(qtbot: QtBot, ctx: AppContext) -> QDialog:
    dialog = ReceiptPreviewDialog(ctx, register(qtbot, ctx, WORKER).id)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.pages), timeout=20_000)
    return dialog


def _pdf_preview(qtbot: QtBot, ctx: AppContext) -> QDialog:
    """The print preview of a PDF made already (the branch tally's; here a receipt's PDF)."""
    receipt = _receipt(qtbot, ctx)
    assert isinstance(receipt, ReceiptPreviewDialog) and receipt.receipt is not None
    pdf = receipt.receipt.pdf
    receipt.deleteLater()
    dialog = PdfPreviewDialog(ctx, pdf, "tally.pdf", title="Rekap cabang, 4 Mei 2026")
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.pages), timeout=20_000)
    return dialog


def _void(qtbot: QtBot, ctx: AppContext) -> QDialog:
    stored = register(qtbot, ctx, WORKER)
    assert ctx.registrations is not None
    return VoidDialog(run_task(qtbot, ctx, ctx.registrations.get, stored.id).row)


def _drafts(qtbot: QtBot, ctx: AppContext) -> QDialog:
    assert ctx.registrations is not None
    run_task(qtbot, ctx, ctx.registrations.save_draft, WORKER)
    dialog = DraftsDialog(ctx)
    qtbot.waitUntil(lambda: dialog.ui.draftsList.isEnabled() and dialog.ui.resumeButton.isEnabled())
    return dialog


def _drafts_delete(qtbot: QtBot, ctx: AppContext) -> QDialog:
    """The question before a draft is deleted (a message box of the drafts dialog)."""
    drafts = _drafts(qtbot, ctx)
    qtbot.addWidget(drafts)
    drafts.show()
    qtbot.mouseClick(drafts.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert drafts.confirm is not None
    return drafts.confirm


def _put_demo_aside(qtbot: QtBot, ctx: AppContext) -> QDialog:
    """The question before the demo profile is put aside (a message box of the enrol dialog)."""
    enrol = EnrolDialog(ctx, replace_demo=True)
    qtbot.addWidget(enrol)
    enrol.show()
    return enrol.ask_to_replace_demo(EnrolTarget("https://10.0.0.5:8750", "ABCD-EFGH-IJKL", None))


def _decision(decision: str, state: str) -> Callable[[QtBot, AppContext], QDialog]:
    return lambda _qtbot, ctx: DecisionDialog(decision, {**RECORD, "state": state}, ctx.lang)


# An enrolment code as the branch answers it (`POST /staff/devices/enrol-code`).
ISSUED = {
    "code": "ABCD-EFGH-JKLM",
    "expires_at": "2026-03-17T08:05:00+00:00",
    "fingerprint": "sha256:" + "ab" * 32,
    "pinned_code": "ABCD-EFGH-JKLM@sha256:" + "ab" * 32,
}


def _enrol_code(_qtbot: QtBot, ctx: AppContext) -> QDialog:
    return EnrolCodeDialog(ISSUED, "https://10.0.0.5:8750", "31", ctx)


DIALOGS: dict[str, Callable[[QtBot, AppContext], QDialog]] = {
    # the officer's app
    "about": lambda _qtbot, ctx: AboutDialog(ctx, "Kantor Cabang Demo"),
    "options": lambda _qtbot, ctx: OptionsDialog(ctx),
    "drafts": _drafts,
    "drafts: delete": _drafts_delete,
    "enrol": lambda _qtbot, ctx: EnrolDialog(ctx, replace_demo=True),
    "enrol: put the demo aside": _put_demo_aside,
    "ktp camera": lambda _qtbot, _ctx: KtpCameraDialog(CameraFeed(_NoCamera)),
    "receipt": _receipt,
    "void": _void,
    "usb file for receipts": lambda _qtbot, ctx: ResendDialog(ctx.lang),
    # the branch workspace
    "workstation": lambda _qtbot, ctx: WorkstationDialog(ctx),
    "tally preview": _pdf_preview,
    "revoke laptop": lambda _qtbot, _ctx: RevokeDialog("D0002"),
    "enrolment code": _enrol_code,
    "add staff": lambda _qtbot, _ctx: StaffAddDialog(),
    "revoke staff": lambda _qtbot, _ctx: StaffRevokeDialog("citra", "Citra Lestari"),
    "accept": _decision("accept", "pending_review"),
    "reject": _decision("reject", "pending_review"),
    "confirm duplicate": _decision("confirm_duplicate", "duplicate"),
    "request correction": _decision("request_correction", "duplicate"),
}


def reading_order(widgets: list[QWidget], dialog: QWidget) -> list[QWidget]:
    """`widgets` as the eye reads them: line by line from the top, each line from the left. A
    widget is on a line when its middle lies within the height of the line's first widget."""
    rects = {widget: QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size()) for widget in widgets}
    lines: list[list[QWidget]] = []
    for widget in sorted(widgets, key=lambda w: (rects[w].top(), rects[w].left())):
        head = rects[lines[-1][0]] if lines else None
        if head is not None and head.top() <= rects[widget].center().y() <= head.bottom():
            lines[-1].append(widget)
        else:
            lines.append([widget])
    return [w for line in lines for w in sorted(line, key=lambda w: rects[w].left())]


def _name(widget: QWidget) -> str:
    """The widget's object name, else its text (a message box's buttons have no name)."""
    text = getattr(widget, "text", None)
    return widget.objectName() or (str(text()) if callable(text) else type(widget).__name__)


def _tab_stops(dialog: QWidget) -> list[QWidget]:
    """What Tab may stop at in `dialog`: shown, enabled, taking Tab and no one's stand-in."""
    return [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None
    ]


def _tab_round(qtbot: QtBot, dialog: QWidget) -> list[QWidget]:
    """The widgets Tab goes through from the dialog's first focus until it comes back to it."""
    first = QApplication.focusWidget()
    assert first is not None and dialog.isAncestorOf(first)
    seen = [first]
    for _ in range(40):
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None and dialog.isAncestorOf(focused), seen
        if focused is first:
            return seen
        seen.append(focused)
    raise AssertionError(f"Tab never came back to {first.objectName()}")


@pytest.mark.parametrize("name", DIALOGS)
def test_tab_goes_through_the_dialog_in_reading_order(
    qtbot: QtBot, officer: AppContext, name: str
) -> None:
    dialog = DIALOGS[name](qtbot, officer)
    qtbot.addWidget(dialog)
    # Before it is shown: a button that takes the focus becomes the default one while it has it.
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    first = QApplication.focusWidget()
    live = [b for b in defaults if b.isEnabled()]  # no camera: no Capture, Open a file instead
    if isinstance(first, QPushButton) and live:  # Enter presses the focused button
        assert first in live, f"{name}: Enter would press {_name(first)}"
    expected = reading_order(_tab_stops(dialog), dialog)
    seen = _tab_round(qtbot, dialog)
    start = seen.index(expected[0]) if expected[0] in seen else 0
    round_from_top = seen[start:] + seen[:start]
    assert [_name(w) for w in round_from_top] == [_name(w) for w in expected], name


def _dialog_classes(root: type[QDialog]) -> Iterator[type[QDialog]]:
    for sub in root.__subclasses__():
        if sub.__module__.startswith("bpu_enroll.gui.") and ".forms." not in sub.__module__:
            yield sub
        yield from _dialog_classes(sub)


def test_every_dialog_of_both_apps_is_walked_with_tab() -> None:
    """A new dialog class in `bpu_enroll.gui` is added to `DIALOGS`, so Tab is checked there."""
    for module in pkgutil.walk_packages(bpu_enroll.gui.__path__, "bpu_enroll.gui."):
        importlib.import_module(module.name)
    walked = {
        AboutDialog, OptionsDialog, DraftsDialog, EnrolDialog, KtpCameraDialog,
        ReceiptPreviewDialog, VoidDialog, ResendDialog, WorkstationDialog, DecisionDialog,
        PdfPreviewDialog, RevokeDialog, EnrolCodeDialog, StaffAddDialog, StaffRevokeDialog,
    }  # fmt: skip
    assert set(_dialog_classes(QDialog)) - walked - {Dialog} == set()  # Dialog: their base
