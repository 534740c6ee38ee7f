"""The main window: navigation, the four pages, the status bar, auto-lock and the View options.

The status bar always shows the officer, the branch, the records waiting to sync and the last
sync. After `idle_lock_interval_ms` without input the form is saved as a draft and the work area
is covered by the lock screen (nothing personal stays visible); the form keeps its content
underneath and comes back after the password, with the cursor in the field it was in.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from bpu_enroll.domain.formatting import local_datetime
from bpu_enroll.gui.common import icons
from bpu_enroll.gui.common.context import AppContext, Reference
from bpu_enroll.gui.common.dialogs import OptionsDialog
from bpu_enroll.gui.common.elided_label import ElidedLabel
from bpu_enroll.gui.common.feedback import error_text
from bpu_enroll.gui.common.focus import enter_presses_buttons, first_field, focus_page
from bpu_enroll.gui.common.screen import scrolled
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.common.view_options import ViewOptions
from bpu_enroll.gui.common.wheel import guard_wheel
from bpu_enroll.gui.forms.officer.ui_main_window import Ui_MainWindow
from bpu_enroll.gui.officer.lock import IdleWatcher, LockScreen
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.registration.page import RegistrationPage
from bpu_enroll.gui.officer.registrations.page import RegistrationsPage
from bpu_enroll.gui.officer.sync.page import SyncPage
from bpu_enroll.gui.officer.tally_page import TallyPage
from bpu_enroll.services.records import RegistrationDetail
from bpu_enroll.services.registration import StatusSummary
from bpu_enroll.sync.runner import SyncReport

PAGE_NEW, PAGE_LIST, PAGE_SYNC, PAGE_TALLY = range(4)
_REFIT_NAV = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


class MainWindow(QMainWindow):
    """See the module text. `sign_out_requested` and `quit_requested` go to the app controller."""

    sign_out_requested = Signal()
    quit_requested = Signal()
    locked_changed = Signal(bool)
    reference_changed = Signal()  # a sync installed reference packages; the pages use them now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.view = ViewOptions(
            ctx,
            high_contrast=self.ui.actionHighContrast,
            large_font=self.ui.actionLargeFont,
            language_id=self.ui.actionLanguageId,
            language_en=self.ui.actionLanguageEn,
            parent=self,
        )
        self.setWindowIcon(icons.icon(icons.APP))
        self.registration_page = RegistrationPage(ctx)
        self.registrations_page = RegistrationsPage(ctx)
        self.sync_page = SyncPage(ctx)
        self.tally_page = TallyPage(ctx)
        # The form and the list scroll inside themselves; the others scroll whole in larger text.
        self.ui.pageStack.addWidget(self.registration_page)
        self.ui.pageStack.addWidget(self.registrations_page)
        self.ui.pageStack.addWidget(scrolled(self.sync_page))
        self.ui.pageStack.addWidget(scrolled(self.tally_page))
        enter_presses_buttons(self.ui.pageStack)
        self.lock_screen = LockScreen(ctx)
        self.ui.lockLayout.addWidget(self.lock_screen)
        self._status_labels = {
            name: ElidedLabel() if name == "branch" else QLabel()  # a long name gives way
            for name in ("officer", "branch", "pending", "sync")
        }
        for name, label in self._status_labels.items():
            label.setObjectName(f"{name}StatusLabel")
            self.ui.statusBar.addPermanentWidget(label)
        self.summary: StatusSummary | None = None
        self.about_dialog: QWidget | None = None
        self.idle = IdleWatcher(ctx.idle_lock_interval_ms(), self)
        self._closing_for_sign_out = False
        self._focus_before_lock: QWidget | None = None
        # Qt tells the window and the page list of a new font or style sheet in no set order:
        # the list is measured again once its own text has changed (see `eventFilter`).
        self._nav_timer = QTimer(self, singleShot=True, interval=0)
        self._nav_timer.timeout.connect(self._fit_nav)
        self.ui.navList.installEventFilter(self)
        self._fill_nav()
        self._wire()
        guard_wheel(self)
        self.show_page(PAGE_NEW)
        self.registration_page.ui.nikEdit.setFocus()  # the first key typed goes into NIK
        self.idle.start()
        self.refresh_status()
        self._say_audit_state()
        geometry = ctx.settings.window_state("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _say_audit_state(self) -> None:
        """A broken audit chain found at unlock is said plainly (work goes on: it is evidence)."""
        session = self.ctx.session
        check = getattr(session, "audit_check", None) if session is not None else None
        if check is None or check.valid:
            return
        self.ui.statusBar.showMessage(
            "⚠ "
            + self.tr(
                "The audit log of this laptop was changed (from entry {entry}). Work can go on; "
                "tell the branch office."
            ).format(entry=check.first_bad)
        )

    # --- public --------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """True while the lock screen covers the work area."""
        return self.ui.screenStack.currentWidget() is self.ui.lockScreen

    def show_page(self, index: int) -> None:
        """Switch to one of the four pages."""
        self.ui.navList.setCurrentRow(index)

    def refresh_current(self) -> None:
        """Read the shown page's list again (F5, View → Refresh): the registrations, the Sync
        page's "Needs attention", the tally's figures; each keeps its chosen row by identity
        (`keep_choice`). The form has nothing to read again (what is typed stays). Not while
        locked: nothing is read behind the lock screen."""
        if self.locked:
            return
        index = self.ui.pageStack.currentIndex()
        if index == PAGE_LIST:
            self.registrations_page.reload()
        elif index == PAGE_SYNC:
            self.sync_page.refresh()
        elif index == PAGE_TALLY:
            self.tally_page.reload()

    def lock(self) -> None:
        """Save the draft and cover the work area with the lock screen."""
        if self.locked:
            return
        for preview in self.findChildren(ReceiptPreviewDialog):
            preview.reject()  # a receipt shows the worker's name: nothing personal stays visible
        self.registration_page.save_draft_now()
        self.idle.stop()
        focused = self.focusWidget()
        inside = focused is not None and self.ui.workScreen.isAncestorOf(focused)
        self._focus_before_lock = focused if inside else None
        self.lock_screen.prepare()
        self.ui.screenStack.setCurrentWidget(self.ui.lockScreen)
        self.menuBar().setEnabled(False)
        self.lock_screen.ui.passwordEdit.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        """Back to work after the password was checked."""
        self.ui.screenStack.setCurrentWidget(self.ui.workScreen)
        self.menuBar().setEnabled(True)
        self.idle.start()
        self._restore_focus()
        self.locked_changed.emit(False)

    def _restore_focus(self) -> None:
        """Back to the field that had the cursor at lock(), else the page's first field."""
        target, self._focus_before_lock = self._focus_before_lock, None
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            page = self.ui.pageStack.currentWidget()
            target = first_field(page) if page is not None else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_status(self) -> None:
        """Read the status bar's figures again (after a record changed)."""
        service = self.ctx.registrations
        assert service is not None
        self.ctx.tasks.run_db(
            service.status_summary, on_done=self._on_status_read, on_error=self._on_status_failed
        )

    def save_state(self) -> None:
        """Save the draft and the window geometry (before closing or signing out)."""
        self.registration_page.save_draft_now()
        self.ctx.settings.set_window_state("main/geometry", self.saveGeometry())

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch; the page list follows the text size."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_nav()
            self._show_status()
            self.view.sync()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_nav()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The page list's own font or style changed (larger text): fit its width again."""
        if watched is self.ui.navList and event.type() in _REFIT_NAV:
            self._nav_timer.start()
        return super().eventFilter(watched, event)

    def _fit_nav(self) -> None:
        """The page list is as wide as its longest name (in larger text too): never cut."""
        nav = self.ui.navList
        nav.doItemsLayout()
        wanted = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 16
        nav.setFixedWidth(max(180, min(wanted, 320)))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window keeps the draft, then quits (unless signing out)."""
        self.save_state()
        self.idle.stop()
        self.sync_page.auto_timer.stop()
        super().closeEvent(event)
        if not self._closing_for_sign_out:
            self.quit_requested.emit()

    def close_for_sign_out(self) -> None:
        """Close without quitting the app."""
        self._closing_for_sign_out = True
        self.close()

    # --- wiring --------------------------------------------------------------------------------

    def _fill_nav(self) -> None:
        for name in (icons.NEW_REGISTRATION, icons.REGISTRATIONS, icons.SYNC, icons.TALLY):
            self.ui.navList.addItem(QListWidgetItem(icons.icon(name), ""))
        self._name_nav()

    def _name_nav(self) -> None:
        names = (
            self.tr("New registration"),
            self.tr("Registrations"),
            self.tr("Sync"),
            self.tr("Daily tally"),
        )
        for row, name in enumerate(names):
            item = self.ui.navList.item(row)
            item.setText(name)
            item.setToolTip(f"{name} (Alt+{row + 1})")
        self._fit_nav()

    def _wire(self) -> None:
        ui = self.ui
        ui.navList.currentRowChanged.connect(self._on_navList_currentRowChanged)
        ui.actionLock.triggered.connect(self.lock)
        ui.actionRefresh.triggered.connect(self.refresh_current)
        ui.actionLogout.triggered.connect(self._on_actionLogout_triggered)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionOptions.triggered.connect(self._on_actionOptions_triggered)
        ui.actionAbout.triggered.connect(self._on_actionAbout_triggered)
        self.idle.idle.connect(self.lock)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.sign_out_requested.connect(self._on_actionLogout_triggered)
        self.registration_page.records_changed.connect(self._on_records_changed)
        self.registrations_page.records_changed.connect(self._on_records_changed)
        self.registrations_page.correction_requested.connect(self._on_correction_requested)
        self.registration_page.open_receipt_requested.connect(self._on_open_receipt_requested)
        self.sync_page.synced.connect(self._on_records_changed)
        self.sync_page.synced.connect(self._on_synced)
        self.sync_page.correction_requested.connect(self._on_correction_requested)
        self.sync_page.open_receipt_requested.connect(self._on_open_receipt_requested)
        for row in range(4):
            action = self.addAction(f"Alt+{row + 1}")
            action.setShortcut(f"Alt+{row + 1}")
            action.triggered.connect(lambda _checked=False, r=row: self._open_page_by_key(r))

    def _open_page_by_key(self, row: int) -> None:
        """Alt+1…Alt+4: the page, with the keyboard on it (even from the menu bar). Not while
        locked: the keys switched the page behind the lock screen, read its list, and took the
        keyboard from the password field to a page no one sees (the password typed next went
        nowhere), and the unlock came back to that page instead of the form."""
        if self.locked:
            return
        self.show_page(row)
        focus_page(self.ui.pageStack.currentWidget())

    def _on_navList_currentRowChanged(self, row: int) -> None:
        if row < 0:
            return
        self.ui.pageStack.setCurrentIndex(row)
        if row == PAGE_LIST:
            self.registrations_page.reload()

    def _on_records_changed(self) -> None:
        self.refresh_status()

    def _on_synced(self, report: SyncReport | None) -> None:
        """A sync that installed reference packages switches the open session to them."""
        if report is None or not report.reference.installed:
            return
        from bpu_enroll.gui.common.context import load_reference

        self.ctx.tasks.run_background(
            load_reference, self.ctx.data_dir, on_done=self._on_reference_reloaded
        )

    def _on_reference_reloaded(self, reference: Reference) -> None:
        if self.ctx.reference is None:
            self.ctx.reference = reference
        else:
            self.ctx.reference.take(reference)
        self.registration_page.reference_changed()
        self.reference_changed.emit()

    def _on_open_receipt_requested(self, receipt_number: str) -> None:
        self.ui.navList.blockSignals(True)
        self.show_page(PAGE_LIST)
        self.ui.navList.blockSignals(False)
        self.ui.pageStack.setCurrentIndex(PAGE_LIST)
        self.registrations_page.open_receipt(receipt_number)

    def _on_correction_requested(self, detail: RegistrationDetail) -> None:
        self.registration_page.start_correction(detail)
        self.show_page(PAGE_NEW)

    def _on_status_read(self, summary: StatusSummary) -> None:
        self.summary = summary
        self._show_status()

    def _on_status_failed(self, exc: object) -> None:
        self._status_labels["pending"].setText(error_text(exc, self.ctx.lang))

    def _show_status(self) -> None:
        summary = self.summary
        if summary is None:
            return
        labels = self._status_labels
        labels["officer"].setText(self.tr("Officer: {name}").format(name=summary.officer_name))
        labels["branch"].setText(
            self.tr("Branch: {branch} · device {device}").format(
                branch=summary.branch_name, device=summary.device_code
            )
        )
        labels["pending"].setText(self.tr("Waiting to sync: %Ln", "", summary.pending))
        last = (
            local_datetime(summary.last_sync_at, self.ctx.province_code, self.ctx.lang)
            if summary.last_sync_at
            else self.tr("never")
        )
        labels["sync"].setText(self.tr("Last sync: {when}").format(when=last))
        self.sync_page.show_status(summary.pending, last)
        self.ui.revokedBanner.setVisible(summary.device_revoked)

    # --- options -------------------------------------------------------------------------------

    def _on_actionOptions_triggered(self) -> None:
        dialog = OptionsDialog(self.ctx, self)
        dialog.options_saved.connect(self._on_options_saved)
        dialog.open()

    def _on_actionAbout_triggered(self) -> None:
        from bpu_enroll.gui.common.about_dialog import AboutDialog

        dialog = AboutDialog(self.ctx, self._status_labels["branch"].text(), self)
        self.about_dialog = dialog
        dialog.open()

    def _on_options_saved(self) -> None:
        self.view.apply_look()
        self.ctx.languages.set_language(self.ctx.settings.get(Options.language))
        self.idle.set_interval(self.ctx.idle_lock_interval_ms())
        self.view.sync()

    def _on_actionLogout_triggered(self) -> None:
        self.sign_out_requested.emit()
