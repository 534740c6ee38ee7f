"""The list of saved drafts: pick one to continue it on the registration form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from bpu_enroll.domain.formatting import local_datetime
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.dialogs import Dialog
from bpu_enroll.gui.common.feedback import error_text
from bpu_enroll.gui.forms.ui_drafts_dialog import Ui_DraftsDialog
from bpu_enroll.services.records import DraftInfo


class DraftsDialog(Dialog):
    """Lists this officer's drafts, newest first; `resume_requested(draft_id)` on choice."""

    resume_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DraftsDialog()
        self.ui.setupUi(self)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.resumeButton.clicked.connect(self._on_resumeButton_clicked)
        self.ui.draftsList.itemActivated.connect(self._on_draftsList_itemActivated)
        self.ui.draftsList.currentItemChanged.connect(self._on_draftsList_currentItemChanged)
        self._drafts: list[DraftInfo] = []
        service = ctx.registrations
        assert service is not None
        ctx.tasks.run_db(
            service.list_drafts, on_done=self._on_drafts_listed, on_error=self._on_failed
        )

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show()
        super().changeEvent(event)

    def _on_drafts_listed(self, drafts: list[DraftInfo]) -> None:
        self._drafts = drafts
        self._show()
        self.ui.draftsList.setFocus()

    def _show(self) -> None:
        view = self.ui.draftsList
        view.clear()
        for draft in self._drafts:
            when = local_datetime(draft.updated_at, self.ctx.province_code, self.ctx.lang)
            item = QListWidgetItem(f"{draft.label} · {when}")
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            view.addItem(item)
        if not self._drafts:
            item = QListWidgetItem(self.tr("No drafts saved."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            view.addItem(item)
        elif view.count():
            view.setCurrentRow(0)

    def _on_failed(self, exc: object) -> None:
        self.ui.explainLabel.setText(error_text(exc, self.ctx.lang))

    def _on_draftsList_currentItemChanged(
        self, current: QListWidgetItem | None, _old: object
    ) -> None:
        self.ui.resumeButton.setEnabled(
            current is not None and bool(current.data(Qt.ItemDataRole.UserRole))
        )

    def _on_draftsList_itemActivated(self, _item: QListWidgetItem) -> None:
        self._on_resumeButton_clicked()

    def _on_resumeButton_clicked(self) -> None:
        item = self.ui.draftsList.currentItem()
        draft_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if draft_id:
            self.resume_requested.emit(str(draft_id))
            self.accept()
