"""Start-up of the desktop app and the controller that moves between its windows.

`run_gui(argv)` reads `[--data-dir DIR] [--lang id|en]` (`cli.gui_command`), makes the
`QApplication`, the `AppContext` and the `AppController`, and runs the event loop. The controller
shows the first-run screen when the profile folder is empty, else the sign-in window; after sign-in
it opens the main window; sign-out closes the officer's store (after the draft is saved) and goes
back to sign-in. On a branch workstation the sign-in is a staff login at the branch server and opens
the workspace window (`workspace.window.WorkspaceWindow`); its sign-out, or a session the server no
longer accepts, goes back to sign-in. Enrolling a demo laptop from the Sync page signs the officer
out the same way, then enrols on the store thread (the demo profile put aside, or put back on
failure) before the sign-in window reads the profile, so it lists the branch's officers, or the
demo's again with the error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from bpu_enroll import __version__
from bpu_enroll.cli.gui_command import parse_gui_args
from bpu_enroll.gui.common.context import AppContext, Reference, load_reference
from bpu_enroll.gui.common.feedback import error_text
from bpu_enroll.gui.common.i18n import LanguageSwitcher, normalise_language
from bpu_enroll.gui.common.screen import (
    FRAME_SETTLE_MS,
    fit_to_screen,
    keep_frame_on_screen,
    keep_text_whole,
)
from bpu_enroll.gui.common.settings import Options, Settings
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.common.tasks import TaskRunner
from bpu_enroll.gui.officer.login import LoginWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from bpu_enroll.gui.officer.enrol_dialog import EnrolTarget
    from bpu_enroll.services.session import OfficerSession
    from bpu_enroll.services.workstation import Workstation
    from bpu_enroll.sync.enrolment import Enrolled
    from bpu_enroll.sync.staff_client import StaffClient


def make_context(
    data_dir: Path, lang: str | None = None, parent: QObject | None = None
) -> AppContext:
    """The context of one app run; `lang` overrides the saved language for this run."""
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings.in_profile(data_dir)
    languages = LanguageSwitcher(parent)
    languages.set_language(lang or settings.get(Options.language))
    return AppContext(
        data_dir=data_dir, settings=settings, tasks=TaskRunner(parent), languages=languages
    )


class AppController(QObject):
    """Which window is shown; see the module text."""

    window_changed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window: QWidget | None = None
        self._waiting_session: OfficerSession | None = None
        self._reference_requested = False

    def start(self) -> None:
        """Show the sign-in window at once; it turns into the first-run screen if no profile."""
        self.show_login()

    def show_login(self, notice: Callable[[], str] | None = None, role: str = "") -> LoginWindow:
        """The sign-in window (with `notice()` shown, e.g. why the last session ended, in the
        language of now and again after a switch; `role` is how it looks: "" plain, muted,
        success or error)."""
        login = LoginWindow(self.ctx)
        if notice is not None:
            login.show_notice(notice, role)
        login.signed_in.connect(self._on_login_signed_in)
        login.staff_signed_in.connect(self._on_login_staff_signed_in)
        login.roster_shown.connect(self._on_login_roster_shown)
        login.profile_missing.connect(self._on_login_profile_missing)
        self._show(login)
        return login

    def _on_login_roster_shown(self) -> None:
        # Reference data and the store modules load while the officer types the password.
        if not self._reference_requested:
            self._reference_requested = True
            self.ctx.tasks.run_background(
                load_reference, self.ctx.data_dir, on_done=self._on_reference_loaded
            )

    def _on_login_staff_signed_in(self, workstation: Workstation, client: StaffClient) -> None:
        from bpu_enroll.gui.officer.login import retry_seconds
        from bpu_enroll.gui.workspace.context import WorkspaceContext
        from bpu_enroll.gui.workspace.window import WorkspaceWindow

        ctx = self.ctx
        ctx.officer = ctx.officer_name = client.username or ""
        ctx.branch_code = workstation.branch_code
        ctx.branch_name = workstation.branch_name
        ctx.province_code = workstation.province_code or ctx.province_code
        ws = WorkspaceContext(ctx, workstation, client, retry_seconds=retry_seconds(ctx))
        window = WorkspaceWindow(ctx, ws)
        ws.setParent(window)
        window.signed_out.connect(self._on_workspace_signed_out)
        window.session_expired.connect(self._on_workspace_session_expired)
        window.quit_requested.connect(self._on_main_quit_requested)
        self._show(window)

    def _on_workspace_signed_out(self) -> None:
        self.show_login()

    def _on_workspace_session_expired(self) -> None:
        self.show_login(
            lambda: self.tr("Your session at the branch server has ended. Sign in again.")
        )

    def _on_login_profile_missing(self) -> None:
        from bpu_enroll.gui.first_run import FirstRunWindow

        first_run = FirstRunWindow(self.ctx)
        first_run.profile_ready.connect(self.show_login)
        self._show(first_run)

    def shutdown(self) -> None:
        """Close the officer's store after all queued work (drafts) is done."""
        session = self.ctx.session
        self.ctx.session = None
        self.ctx.registrations = None
        if session is not None:
            self.ctx.tasks.run_db(session.close)
        self.ctx.tasks.wait_idle()

    def _on_reference_loaded(self, reference: Reference) -> None:
        self.ctx.reference = reference
        if self._waiting_session is not None:
            session, self._waiting_session = self._waiting_session, None
            self._open_main(session)

    def _on_login_signed_in(self, session: OfficerSession) -> None:
        from bpu_enroll.services.registration import RegistrationService

        ctx = self.ctx
        ctx.session = session
        ctx.registrations = RegistrationService(session, now=ctx.clock)
        ctx.officer = session.officer.username
        ctx.officer_name = session.officer.display_name
        ctx.branch_code = session.profile.branch_code
        ctx.branch_name = session.profile.branch_name
        ctx.province_code = session.profile.province_code
        if ctx.reference is None:
            self._waiting_session = session
            self._on_login_roster_shown()
            return
        self._open_main(session)

    def _open_main(self, _session: OfficerSession) -> None:
        from bpu_enroll.gui.officer.main_window import MainWindow

        main = MainWindow(self.ctx)
        main.sign_out_requested.connect(self._on_main_sign_out_requested)
        main.quit_requested.connect(self._on_main_quit_requested)
        main.sync_page.demo_enrol_requested.connect(self._on_demo_enrol_requested)
        self._show(main)

    def _on_main_sign_out_requested(self) -> None:
        self._sign_out()
        self.show_login()

    def _sign_out(self) -> None:
        """Close the main window (its draft saved) and queue the closing of the store."""
        from bpu_enroll.gui.officer.main_window import MainWindow

        main = self.window
        if isinstance(main, MainWindow):
            main.close_for_sign_out()
        session = self.ctx.session
        self.ctx.session = None
        self.ctx.registrations = None
        if session is not None:
            self.ctx.tasks.run_db(session.close, on_error=self._on_close_failed)

    def _on_demo_enrol_requested(self, target: EnrolTarget) -> None:
        from bpu_enroll.gui.officer.enrol_dialog import enrol_replacing_demo

        self._sign_out()
        # Queued after the draft and the closing of the store, before the sign-in window's read.
        self.ctx.tasks.run_db(
            enrol_replacing_demo,
            self.ctx.data_dir,
            target,
            self.ctx.clock(),
            on_done=self._on_demo_enrol_done,
            on_error=self._on_demo_enrol_failed,
        )
        self.show_login(lambda: self.tr("Enrolling this laptop at the branch…"), "muted")

    def _on_demo_enrol_done(self, outcome: Enrolled) -> None:
        self._login_notice(
            lambda: self.tr(
                "This laptop is now a laptop of {branch}. The demo profile was put aside in "
                "{folder}. Sign in with your branch password."
            ).format(
                branch=outcome.branch_name or outcome.branch_code,
                folder=outcome.demo_archive.name if outcome.demo_archive else "",
            ),
            "success",
        )

    def _on_demo_enrol_failed(self, exc: object) -> None:
        from bpu_enroll.gui.officer.enrol_dialog import enrol_error_text

        self._login_notice(
            lambda: self.tr(
                "The enrolment did not succeed: {error} The demo profile was put back; you can "
                "sign in to it as before."
            ).format(error=enrol_error_text(exc, self.ctx.lang)),
            "error",
        )

    def _login_notice(self, text: Callable[[], str], role: str) -> None:
        if isinstance(self.window, LoginWindow):
            self.window.show_notice(text, role)

    def _on_close_failed(self, exc: object) -> None:
        sys.stderr.write(error_text(exc, "en") + "\n")

    def _on_main_quit_requested(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def _show(self, window: QWidget) -> None:
        old, self.window = self.window, window
        fit_to_screen(window)
        if not isinstance(window, QMainWindow):  # the first-run and sign-in windows: small
            keep_text_whole(window)
        window.show()
        QTimer.singleShot(FRAME_SETTLE_MS, window, lambda: keep_frame_on_screen(window))
        window.raise_()
        window.activateWindow()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.window_changed.emit(window)


def run_gui(argv: list[str]) -> int:
    """Run the desktop app until its last window closes; the exit code (also of `--help`, or of
    options refused: `cli.gui_command`)."""
    args = parse_gui_args(argv)
    if isinstance(args, int):
        return args
    app = QApplication.instance() or QApplication([sys.argv[0], *_qt_args(argv)])
    assert isinstance(app, QApplication)
    app.setApplicationName("BPU Enroll")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("BPJS Ketenagakerjaan")
    if args.data_dir is None:
        from bpu_enroll.services.profile import default_data_dir

        data_dir = default_data_dir()
    else:
        data_dir = args.data_dir
    ctx = make_context(data_dir, normalise_language(args.lang) if args.lang else None, app)
    apply_look(
        app,
        high_contrast=ctx.settings.get(Options.high_contrast),
        large_font=ctx.settings.get(Options.large_font),
    )
    from bpu_enroll.gui.common import crash_dialog

    crash_dialog.install(app)  # a crash report is followed by "Open log folder"
    controller = AppController(ctx, app)
    controller.start()
    app.aboutToQuit.connect(controller.shutdown)
    return int(app.exec())


def _qt_args(argv: list[str]) -> list[str]:
    """Qt's own options are not passed through; our arguments are parsed by argparse."""
    return []
