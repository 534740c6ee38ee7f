"""The first-run screen, shown when this laptop has no profile yet.

"Try the demo profile" makes the same profile as `bpu-enroll demo-init` (on the store thread) and
emits `profile_ready`. "Enrol this laptop at the branch" calls `on_enrol_requested`, which opens
the enrol dialog (`enrol_dialog.EnrolDialog`); once enrolled it emits `profile_ready` too.
"Branch workstation (clerk or supervisor)" calls `on_workstation_requested`, which opens the
workstation dialog (`workstation_dialog.WorkstationDialog`); once connected, `profile_ready`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from bpu_enroll.gui.common import icons
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import error_text
from bpu_enroll.gui.common.i18n import fill_language_combo
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.forms.ui_first_run import Ui_FirstRunWindow
from bpu_enroll.gui.officer.enrol_dialog import EnrolDialog
from bpu_enroll.gui.workspace.workstation_dialog import WorkstationDialog
from bpu_enroll.services.profile import demo_init
from bpu_enroll.services.workstation import Workstation
from bpu_enroll.sync.enrolment import Enrolled


class FirstRunWindow(QWidget):
    """See the module text."""

    profile_ready = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_FirstRunWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icons.icon(icons.APP))
        self.ui.demoButton.setIcon(icons.icon(icons.APP))
        self.ui.enrolButton.setIcon(icons.icon(icons.SYNC))
        self.ui.workstationButton.setIcon(icons.icon(icons.SYNC))
        fill_language_combo(self.ui.languageCombo, ctx.lang)
        self.ui.demoButton.clicked.connect(self._on_demoButton_clicked)
        self.ui.enrolButton.clicked.connect(self._on_enrolButton_clicked)
        self.ui.workstationButton.clicked.connect(self._on_workstationButton_clicked)
        self.ui.languageCombo.currentIndexChanged.connect(
            self._on_languageCombo_currentIndexChanged
        )
        ctx.languages.language_changed.connect(self._on_languages_language_changed)

    def on_enrol_requested(self) -> EnrolDialog:
        """Open the enrol dialog; once enrolled, go on to sign-in (`profile_ready`)."""
        self.ui.messageLabel.setText(
            self.tr("Enter the branch address and the one-time code from the branch administrator.")
        )
        dialog = EnrolDialog(self.ctx, self)
        dialog.enrolled.connect(self._on_enrol_dialog_enrolled)
        dialog.open()
        return dialog

    def on_workstation_requested(self) -> WorkstationDialog:
        """Open the workstation dialog; once connected, go on to sign-in (`profile_ready`)."""
        dialog = WorkstationDialog(self.ctx, self)
        dialog.connected.connect(self._on_workstation_dialog_connected)
        dialog.open()
        return dialog

    def _on_workstation_dialog_connected(self, workstation: Workstation) -> None:
        self.ui.messageLabel.setText(
            self.tr("This computer is now a workstation of branch {branch}.").format(
                branch=workstation.branch_name or workstation.branch_code
            )
        )
        self.profile_ready.emit()

    def _on_workstationButton_clicked(self) -> None:
        self.on_workstation_requested()

    def _on_enrol_dialog_enrolled(self, outcome: Enrolled) -> None:
        self.ui.messageLabel.setText(
            self.tr("This laptop is now device {device} of {branch}.").format(
                device=outcome.device_code, branch=outcome.branch_name
            )
        )
        self.profile_ready.emit()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def _on_demoButton_clicked(self) -> None:
        self.ui.demoButton.setEnabled(False)
        self.ui.messageLabel.setText(self.tr("Creating the demo profile…"))
        self.ctx.tasks.run_db(
            demo_init, self.ctx.data_dir, on_done=self._on_demo_done, on_error=self._on_demo_failed
        )

    def _on_demo_done(self, _created: object) -> None:
        self.ui.messageLabel.clear()
        self.ui.demoButton.setEnabled(True)
        self.profile_ready.emit()

    def _on_demo_failed(self, exc: object) -> None:
        self.ui.demoButton.setEnabled(True)
        self.ui.messageLabel.setText(error_text(exc, self.ctx.lang))

    def _on_enrolButton_clicked(self) -> None:
        self.on_enrol_requested()

    def _on_languageCombo_currentIndexChanged(self, _index: int) -> None:
        code = str(self.ui.languageCombo.currentData())
        self.ctx.settings.set(Options.language, code)
        self.ctx.languages.set_language(code)

    def _on_languages_language_changed(self, code: str) -> None:
        fill_language_combo(self.ui.languageCombo, code)
