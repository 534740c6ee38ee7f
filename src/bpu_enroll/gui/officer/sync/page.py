"""The Sync page: sync now, progress, per-record results, needs attention, export to USB.

"Sync now" runs the whole sync (`services.sync.SyncService.run`, network included) on the store
thread, so no other store work interleaves with it; the GUI only sees progress and the report. The
result line ends with how many of the laptop's records the branch holds for a clerk's review,
counted in the store whenever the page is shown and after each sync. The "Needs attention" list
holds rejected and conflicting records with their reasons, the clerk's note and what to do; a
double-click loads the record and emits `correction_requested` (the main window opens it for a
correction), or `open_receipt_requested` for a voided one (a void the branch refused: there is
nothing to correct, the main window shows it in the list). "Export to USB" writes a batch file
chosen through `choose_export_path` (a seam tests override; the save dialog's "replace?" is
the consent to write over a file there, `export_to`). "Write the USB file again for chosen
receipts…" (Ctrl+R) asks the receipt numbers the branch named (`ResendDialog`), checks on the
store thread that this laptop holds each (`SyncService.receipts_held`: else `RECEIPT_NOT_HELD`,
or `RECEIPT_PURGED` for one whose personal fields were removed, both at once, in the dialog), then
writes this laptop's copies of those records, sent or not, to a file chosen the same way: the
branch repairs its damaged copies from it (`export-batch --receipt`). Both exports show the bar
busy and say on the result line what was written where (and the files a cut-off export left
hidden there, `EXPORT_FILES_HIDDEN`). When the laptop is enrolled, a timer checks the branch's
health in the background and syncs when it answers; failures only update a label. A profile that
is not enrolled (the demo) says so and offers the enrol dialog; for the demo profile the dialog
asks to put the demo aside and `demo_enrol_requested(EnrolTarget)` hands the enrolment on to the
app controller (it signs the officer out first).

This module is the view; `work` holds what runs off the GUI thread (the overview, the
progress bridge) and `words` the page's words that depend on no state of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidgetItem, QWidget

from bpu_enroll.domain.errors import VOID_CONFLICT, BpuError
from bpu_enroll.domain.formatting import (
    local_datetime,
    path_unbroken,
    thousands,
    unbroken,
    zone_for_province,
)
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.focus import keyboard_to
from bpu_enroll.gui.common.keep_choice import keeping_choice
from bpu_enroll.gui.common.style import fit_bold_width, keep_bold_width
from bpu_enroll.gui.forms.officer.ui_sync_page import Ui_SyncPage
from bpu_enroll.gui.officer.enrol_dialog import EnrolDialog
from bpu_enroll.gui.officer.sync.resend_dialog import ResendDialog, named_refusal
from bpu_enroll.gui.officer.sync.words import attention_text, failure_text, nothing_needs_attention
from bpu_enroll.gui.officer.sync.work import AUTO_SYNC_MS, Overview, SyncProgress, read_overview
from bpu_enroll.services.records import RegistrationDetail
from bpu_enroll.services.sync import SyncService
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from bpu_enroll.sync.runner import SyncReport

# A "Needs attention" row's receipt number, when the list shows it rather than the form.
RECEIPT_ROLE = Qt.ItemDataRole.UserRole + 1

__all__ = ["AUTO_SYNC_MS", "Overview", "SyncPage", "read_overview"]


class SyncPage(QWidget):
    """See the module text. `synced` is emitted after every sync run (status bar refresh)."""

    synced = Signal(object)
    correction_requested = Signal(object)
    open_receipt_requested = Signal(str)
    demo_enrol_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self._pending = 0
        self._last_sync = ""
        # The result line's own words, before what waits for review: asked for again in the
        # language of now after a switch (`_say`).
        self._saying: Callable[[], str] = str
        # The automatic-sync line: what it says ("attempt" or "unreachable") and when, so a
        # language switch says it again with the time as that language writes it.
        self._auto_line: tuple[str, datetime] | None = None
        self.overview: Overview | None = None
        self.report: SyncReport | None = None
        self.running = False
        self.exporting = False  # a batch file is being written
        self.resend_dialog: ResendDialog | None = None
        self._keyboard_at: QWidget | None = None  # the button at work, if it had the keyboard
        self._progress = SyncProgress(self)
        self._progress.changed.connect(self._on_progress_changed)
        self.auto_timer = QTimer(self)
        self.auto_timer.setInterval(int(ctx.extras.get("auto_sync_ms", AUTO_SYNC_MS)))
        self.auto_timer.timeout.connect(self._on_auto_timer_timeout)
        ui = self.ui
        ui.syncButton.clicked.connect(self.sync_now)
        ui.exportButton.clicked.connect(self._on_exportButton_clicked)
        ui.resendButton.clicked.connect(self.open_resend_dialog)
        QShortcut(QKeySequence("Ctrl+R"), self, self.open_resend_dialog)
        ui.enrolButton.clicked.connect(self.open_enrol_dialog)
        ui.attentionList.itemActivated.connect(self._on_attentionList_itemActivated)
        # Hidden while nothing runs, its room kept: the buttons beside it stay where they are.
        # It takes the row's room the buttons leave, however little (`Ignored` in the form): its
        # least width made the page scroll sideways at 1280 px in larger text. Nor does the
        # sync button narrow while disabled (its type is bold only while enabled).
        keep_bold_width(ui.syncButton)
        policy = ui.progressBar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        ui.progressBar.setSizePolicy(policy)
        self._bar_at_rest()
        self._show_enrolment()
        self._show_review()
        self._show_auto_line()
        self.refresh()

    # --- public --------------------------------------------------------------------------------

    @property
    def service(self) -> SyncService:
        """The sync service of the signed-in officer (used on the store thread)."""
        assert self.ctx.session is not None
        return SyncService(self.ctx.session)

    def refresh(self) -> None:
        """Read enrolment, the branch address and the needs-attention list again."""
        if self.ctx.session is None:
            return
        self.ctx.tasks.run_db(
            read_overview, self.service, on_done=self._on_overview, on_error=self._on_failed
        )

    def sync_now(self) -> None:
        """Start one sync run in the background (ignored while one runs)."""
        if self.running or self.ctx.session is None:
            return
        self._hold_keyboard(self.ui.syncButton)
        self._set_running(True)
        self._bar_busy()  # until the branch says how many
        self._say(lambda: self.tr("Syncing with the branch…"))
        self.ctx.tasks.run_db(
            self.service.run,
            self._progress.changed.emit,
            on_done=self._on_sync_done,
            on_error=self._on_sync_failed,
        )

    def choose_export_path(self) -> Path | None:
        """Ask where to write the USB batch file (tests override this seam)."""
        zone, _label = zone_for_province(self.ctx.province_code)  # the officer's day, not UTC's
        stamp = self.ctx.clock().astimezone(zone).strftime("%Y%m%d-%H%M")
        device = self.ctx.session.profile.device_code if self.ctx.session else "device"
        # `.bpu`, as the README and `export-batch --out` say (older `.bpub` files import too)
        suggested = str(Path.home() / f"bpu-batch-{device}-{stamp}.bpu")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to USB"), suggested, self.tr("Batch files (*.bpu)")
        )
        return Path(path) if path else None

    def export_to(self, path: Path, receipts: Sequence[str] = ()) -> None:
        """Write the batch file to `path` in the background: what waits to be sent, or with
        `receipts` this laptop's copies of the records of those receipt numbers.

        A file already at `path` was chosen in the save dialog, which asked "replace?" about
        it: that answer is the consent to write over it (`replace`). A file that appears only
        after the dialog was asked about by nobody and is kept (`EXPORT_FILE_EXISTS`)."""
        replace = path.exists() or path.is_symlink()
        self._hold_keyboard(self.ui.resendButton if receipts else self.ui.exportButton)
        self.exporting = True
        self._show_enrolment()
        self._bar_busy()  # the file is written in one go
        self._say(lambda: self.tr("Writing the batch file…"))
        self.ctx.tasks.run_db(
            partial(self.service.export, receipts=list(receipts), replace=replace), path,
            on_done=partial(self._on_exported, list(receipts)),
            on_error=self._on_export_failed,
        )  # fmt: skip

    def open_resend_dialog(self) -> ResendDialog | None:
        """Ask the receipt numbers to write a USB file for (Ctrl+R); None while the laptop is
        not enrolled or a sync or an export runs."""
        if not self.ui.resendButton.isEnabled() or self.ctx.session is None:
            return None
        if self.resend_dialog is not None:  # already open: to the front
            self.resend_dialog.activateWindow()
            return self.resend_dialog
        dialog = ResendDialog(self.ctx.lang, self)
        self.ctx.languages.language_changed.connect(dialog.set_language)
        dialog.write_requested.connect(self._on_resend_dialog_write_requested)
        dialog.finished.connect(self._on_resend_dialog_finished)
        self.resend_dialog = dialog
        dialog.open()
        return dialog

    def open_enrol_dialog(self) -> EnrolDialog:
        """Show the enrol dialog (for the demo profile it asks to put the demo aside)."""
        demo = self.overview is not None and self.overview.demo
        dialog = EnrolDialog(self.ctx, self, replace_demo=demo)
        dialog.replace_demo_requested.connect(self.demo_enrol_requested)
        dialog.open()
        return dialog

    def show_status(self, pending: int, last_sync: str) -> None:
        """The status bar's figures, repeated here in a sentence."""
        self._pending, self._last_sync = pending, last_sync
        self.ui.statusLabel.setText(
            self.tr("%Ln registration(s) waiting to sync. Last sync: {last}.", "", pending).format(
                last=last_sync
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Read the overview again each time the page is shown: a record may have moved."""
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            fit_bold_width(self.ui.syncButton)
            self.show_status(self._pending, self._last_sync)
            self._show_auto_line()
            self._show_enrolment()
            self._show_attention()
            if self.report is not None:
                self._show_counts(self.report)
            self._show_review()  # the last thing said, not always the report's line
        super().changeEvent(event)

    # --- results -------------------------------------------------------------------------------

    def _on_overview(self, overview: Overview) -> None:
        self.overview = overview
        self._show_enrolment()
        self._show_attention()
        self._show_review()
        if overview.enrolled and not self.auto_timer.isActive():
            self.auto_timer.start()
        elif not overview.enrolled:
            self.auto_timer.stop()

    def _show_enrolment(self) -> None:
        overview = self.overview
        enrolled = overview is not None and overview.enrolled
        ui = self.ui
        ui.notEnrolledFrame.setVisible(overview is not None and not enrolled)
        ui.syncButton.setEnabled(enrolled and not self.running)
        ui.exportButton.setEnabled(enrolled and not self.exporting)
        ui.resendButton.setEnabled(enrolled and not self.running and not self.exporting)
        if overview is None:
            ui.serverLabel.setText(self.tr("Reading the branch connection…"))
        elif enrolled:
            ui.serverLabel.setText(
                self.tr("Branch server: {url}").format(url=overview.server_url or "")
            )
        else:
            ui.serverLabel.setText(self.tr("Branch server: not enrolled"))

    def _show_attention(self) -> None:
        """The records that need the officer, listed again (a language switch, a new reading),
        the chosen one kept."""
        items = self.overview.attention if self.overview is not None else []
        view = self.ui.attentionList
        with keeping_choice(view):
            view.clear()
            for item in items:
                row = QListWidgetItem(attention_text(item, self.ctx.lang))
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                if VOID_CONFLICT in item.codes:  # a voided record is not corrected: as listed
                    row.setData(RECEIPT_ROLE, item.receipt_number)
                view.addItem(row)
            if not items:
                view.addItem(QListWidgetItem(nothing_needs_attention()))

    def _say(self, text: str | Callable[[], str]) -> None:
        """What the last sync, export or failure said, on the result line; given as a function
        of the language of now, it is said again after a language switch. The switch said the
        last sync's line again over whatever came after it ("Nothing to export" became "Sync
        finished."), and left an export's line in the old language."""
        self._saying = text if callable(text) else (lambda: text)
        self._show_review()

    def _show_review(self) -> None:
        """The result line, with how many records wait for a clerk's review now after it; no
        line at all while there is nothing to say (an empty one left a gap above the counts,
        and the page scrolled in larger text)."""
        waiting = self.overview.awaiting_review if self.overview is not None else 0
        review = self.tr("%Ln record(s) wait for a clerk's review at the branch.", "", waiting)
        said = " ".join(t for t in (self._saying(), review if waiting else "") if t)
        self.ui.resultLabel.setText(said)
        self.ui.resultLabel.setVisible(bool(said))

    def _hold_keyboard(self, button: QWidget) -> None:
        """Remember `button` if it has the keyboard: disabling it while its work runs sends the
        keyboard to the next control (Enter there would export instead of syncing again)."""
        self._keyboard_at = button if QApplication.focusWidget() is button else None

    def _keyboard_back(self) -> None:
        """The keyboard back on the button that started the finished work, if it had it."""
        button, self._keyboard_at = self._keyboard_at, None
        if button is not None:
            keyboard_to(self, button)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self._show_enrolment()

    def _bar_busy(self) -> None:
        """The bar shown, moving with no end known until a sync counts its records."""
        self.ui.progressBar.setRange(0, 0)
        self.ui.progressBar.show()

    def _bar_at_rest(self) -> None:
        """No bar while nothing runs: an idle page showed it at "0%", as if a sync stood still
        at its start, and an empty one without its figure read as a text box. The result line
        says how the last run ended; the bar's room stays (see `__init__`)."""
        self.ui.progressBar.hide()
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)

    def _on_progress_changed(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _on_sync_done(self, report: SyncReport) -> None:
        self._set_running(False)
        self._keyboard_back()
        self._bar_at_rest()
        self.report = report
        self._show_report(report)
        self._show_auto_line("attempt", self.ctx.clock())
        self.refresh()
        self.synced.emit(report)

    def _show_report(self, report: SyncReport) -> None:
        self._show_counts(report)
        if report.completed:
            self._say(lambda: " ".join([self.tr("Sync finished."), *self._news(report)]))
        else:
            self._say(
                lambda: self.tr(
                    "The branch could not be reached; %Ln record(s) still waiting.",
                    "",
                    report.pending,
                )
            )

    def _show_counts(self, report: SyncReport) -> None:
        counts = report.to_dict()
        ui = self.ui
        for key, label in (
            ("sent", ui.sentValue),
            ("accepted", ui.acceptedValue),
            ("duplicate", ui.duplicateValue),
            ("rejected", ui.rejectedValue),
            ("already_received", ui.alreadyValue),
            ("conflict", ui.conflictValue),
            ("pending", ui.pendingValue),
        ):
            label.setText(str(counts[key]))

    def _news(self, report: SyncReport) -> list[str]:
        """What the counts above leave out: the clerks' decisions this sync brought back (on
        records sent before). What waits for review follows from the store (`_show_review`):
        this run's answers miss the records an earlier sync left waiting."""
        decided = sum(report.decided.values())
        if not decided:
            return []
        return [self.tr("%Ln decision(s) of the branch clerk received.", "", decided)]

    def _on_sync_failed(self, exc: object) -> None:
        self._set_running(False)
        self._keyboard_back()
        self._bar_at_rest()
        self._say(lambda: failure_text(exc, self.ctx.lang))
        self.synced.emit(None)

    def _on_failed(self, exc: object) -> None:
        self._say(lambda: failure_text(exc, self.ctx.lang))

    # --- export --------------------------------------------------------------------------------

    def _on_exportButton_clicked(self) -> None:
        """First how many records wait (on the store thread): with none, no file is asked for."""
        self.ctx.tasks.run_db(
            self.service.waiting_count, on_done=self._on_waiting_counted,
            on_error=self._on_export_failed,
        )  # fmt: skip

    def _on_waiting_counted(self, waiting: int) -> None:
        if waiting == 0:
            self._say(
                lambda: self.tr("Nothing to export: every registration has reached the branch.")
            )
            return
        path = self.choose_export_path()
        if path is not None:
            self.export_to(path)

    def _on_exported(self, receipts: list[str], document: dict[str, object]) -> None:
        self._export_ended()
        records = int(str(document["records"]))
        # each name whole, a line breaking only after a "/" (`formatting.path_unbroken`)
        files = [path_unbroken(str(name)) for name in cast("list[object]", document["files"])]
        # files a cut-off undo left hidden (`files.put_back_set_aside`); none when not said
        hidden = [str(name) for name in cast("list[object]", document.get("hidden") or [])]
        self._say(lambda: self._exported_text(receipts, records, files, hidden))

    def _exported_text(
        self, receipts: list[str], records: int, files: list[str], hidden: list[str]
    ) -> str:
        """What an export wrote, in the language of now; then the files a cut-off export left
        hidden whose names are taken (`EXPORT_FILES_HIDDEN`), on a line of their own."""
        if receipts:
            said = self.tr(
                "%Ln registration(s) of receipt(s) {receipts} written to {file}. Take the file "
                "to the branch to import it there.", "", records,
            )  # fmt: skip
        elif len(files) > 1:  # past one file's bound (`sync.export`): every part is needed
            said = self.tr(
                "%Ln registration(s) written in {parts} files, as one file holds at most "
                "{limit}: {files}. Take every file to the branch.", "", records,
            )  # fmt: skip
        else:
            said = self.tr("%Ln registration(s) written to {file}.", "", records)
        said = said.format(
            receipts=", ".join(unbroken(r) for r in receipts),
            file=files[0], files=", ".join(files),
            parts=len(files), limit=thousands(MAX_MANIFEST_ENTRIES),
        )  # fmt: skip
        if hidden:
            hidden_files = BpuError("EXPORT_FILES_HIDDEN", files=hidden)
            said += "\n" + failure_text(hidden_files, self.ctx.lang)
        return said

    def _on_export_failed(self, exc: object) -> None:
        self._export_ended()
        self._say(lambda: failure_text(exc, self.ctx.lang))

    def _export_ended(self) -> None:
        self.exporting = False
        self._bar_at_rest()
        self._show_enrolment()
        self._keyboard_back()

    # --- a USB file for chosen receipts ---------------------------------------------------------

    def _on_resend_dialog_write_requested(self, receipts: list[str]) -> None:
        """The numbers checked on the store thread before a file name is asked for."""
        self.ctx.tasks.run_db(
            self.service.receipts_held, receipts,
            on_done=partial(self._on_receipts_held, receipts),
            on_error=self._on_receipts_refused,
        )  # fmt: skip

    def _on_receipts_held(self, receipts: list[str], _records: int) -> None:
        dialog = self.resend_dialog
        if dialog is None:  # closed meanwhile: nothing is written
            return
        dialog.accept()
        path = self.choose_export_path()
        if path is not None:
            self.export_to(path, receipts)

    def _on_receipts_refused(self, exc: object) -> None:
        if self.resend_dialog is not None:
            self.resend_dialog.show_refusal(named_refusal(exc))

    def _on_resend_dialog_finished(self) -> None:
        self.resend_dialog = None

    # --- needs attention -----------------------------------------------------------------------

    def _on_attentionList_itemActivated(self, item: QListWidgetItem) -> None:
        record_id = item.data(Qt.ItemDataRole.UserRole)
        service = self.ctx.registrations
        if not record_id or service is None:
            return
        receipt = item.data(RECEIPT_ROLE)
        if receipt:  # the list shows it, and audits that view as its own (way `details`)
            self.open_receipt_requested.emit(str(receipt))
            return
        self.ctx.tasks.run_db(
            partial(service.view, way="correction"), str(record_id),
            on_done=self._on_record_loaded, on_error=self._on_failed,
        )  # fmt: skip

    def _on_record_loaded(self, detail: RegistrationDetail) -> None:
        self.correction_requested.emit(detail)

    # --- automatic sync ------------------------------------------------------------------------

    def _on_auto_timer_timeout(self) -> None:
        if self.running or self.ctx.session is None:
            return
        self.ctx.tasks.run_background(
            self.service.branch_reachable,
            on_done=self._on_reachability,
            on_error=self._on_failed,
        )

    def _on_reachability(self, reachable: bool) -> None:
        if reachable:
            self.sync_now()
        else:
            self._show_auto_line("unreachable", self.ctx.clock())

    def _show_auto_line(self, kind: str | None = None, moment: datetime | None = None) -> None:
        """Show a new automatic-sync line (`kind` at `moment`), or say the current one again."""
        if kind is not None and moment is not None:
            self._auto_line = (kind, moment)
        self.ui.autoSyncLabel.setVisible(self._auto_line is not None)  # no empty row before one
        if self._auto_line is None:
            return
        kind, moment = self._auto_line
        when = local_datetime(moment, self.ctx.province_code, self.ctx.lang)
        if kind == "attempt":
            text = self.tr("Last attempt at {when}.")
        else:
            text = self.tr("Automatic sync: the branch was not reachable at {when}.")
        self.ui.autoSyncLabel.setText(text.format(when=when))
