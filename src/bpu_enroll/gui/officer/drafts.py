"""The list of saved drafts: pick one to continue it on the registration form, or delete it.

Each draft shows the worker (name, else masked NIK), the officer and when it was last saved, in
the branch's time zone like the receipts. Deleting asks first, naming what goes; drafts untouched
for `OLD_DRAFT_DAYS` days are offered for clean-up in one step (with the same question).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from bpu_enroll.domain.formatting import local_datetime
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.dialogs import Dialog
from bpu_enroll.gui.common.feedback import error_text
from bpu_enroll.gui.common.keep_choice import keeping_choice
from bpu_enroll.gui.forms.officer.ui_drafts_dialog import Ui_DraftsDialog
from bpu_enroll.services.records import DraftInfo

OLD_DRAFT_DAYS = 7


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
        self.ui.deleteButton.clicked.connect(self._on_deleteButton_clicked)
        self.ui.cleanButton.clicked.connect(self._on_cleanButton_clicked)
        # F5 reads the drafts again, the chosen one kept (`_show`), as on the main window's
        # pages: a dialog is a window of its own, out of reach of the main window's F5.
        refresh = QAction(self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self._load)
        self.addAction(refresh)
        self._drafts: list[DraftInfo] = []
        self.confirm: QMessageBox | None = None
        self._load()

    def old_drafts(self) -> list[DraftInfo]:
        """The drafts not saved for `OLD_DRAFT_DAYS` days."""
        limit = self.ctx.clock() - timedelta(days=OLD_DRAFT_DAYS)
        return [d for d in self._drafts if d.updated_at < limit]

    def _load(self) -> None:
        service = self.ctx.registrations
        assert service is not None
        self.ctx.tasks.run_db(
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
        """The drafts listed (again: a language switch, a delete), the chosen one kept."""
        with keeping_choice(self.ui.draftsList):
            self._fill()
        old = len(self.old_drafts())
        self.ui.cleanButton.setEnabled(old > 0)
        self.ui.cleanButton.setToolTip(
            self.tr("%Ln draft(s) not saved for a week or more.", "", old)
        )

    def _fill(self) -> None:
        view = self.ui.draftsList
        view.clear()
        for draft in self._drafts:
            when = local_datetime(draft.updated_at, self.ctx.province_code, self.ctx.lang)
            item = QListWidgetItem(f"{draft.label} · {draft.officer} · {when}")
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
        chosen = current is not None and bool(current.data(Qt.ItemDataRole.UserRole))
        self.ui.resumeButton.setEnabled(chosen)
        self.ui.deleteButton.setEnabled(chosen)

    def _on_draftsList_itemActivated(self, _item: QListWidgetItem) -> None:
        self._on_resumeButton_clicked()

    def _on_resumeButton_clicked(self) -> None:
        item = self.ui.draftsList.currentItem()
        draft_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if draft_id:
            self.resume_requested.emit(str(draft_id))
            self.accept()

    def _on_deleteButton_clicked(self) -> None:
        item = self.ui.draftsList.currentItem()
        draft_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if item is None or not draft_id:
            return
        self._ask(
            self.tr("Delete the draft {draft}? What was typed in it is lost.").format(
                draft=item.text()
            ),
            [str(draft_id)],
        )

    def _on_cleanButton_clicked(self) -> None:
        old = self.old_drafts()
        if old:
            self._ask(
                self.tr("Delete %Ln draft(s) not saved for a week or more?", "", len(old)),
                [d.id for d in old],
            )

    def _ask(self, question: str, draft_ids: list[str]) -> None:
        """Confirm with buttons that say what they do; delete on yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete drafts"), question, parent=self
        )
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        delete.clicked.connect(lambda: self._delete(draft_ids))
        box.finished.connect(box.deleteLater)
        self.confirm = box
        box.open()

    def _delete(self, draft_ids: list[str]) -> None:
        service = self.ctx.registrations
        assert service is not None
        self.ctx.tasks.run_db(
            service.delete_drafts, draft_ids, on_done=self._on_deleted, on_error=self._on_failed
        )

    def _on_deleted(self, count: int) -> None:
        self.ui.explainLabel.setText(self.tr("%Ln draft(s) deleted.", "", count))
        self._load()
