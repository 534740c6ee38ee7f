"""The New registration page: a keyboard-first form with a live quote, drafts and Finalise.

Ctrl+S finalises, Ctrl+N starts a new form (the current one stays a draft), Esc closes a picker's
popup. Problems show at the fields the officer has already left, and at every field after a
refused Finalise (one message line above the button, never a dialog). A successful Finalise
opens the receipt preview (Enter prints, Esc goes back to the form). The form is saved as a
draft every few seconds when it changed, and at once on lock, sign-out and close. All store work
goes through the task runner; validation and the quote are pure functions run on the spot.
"""

from __future__ import annotations

import uuid
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from bpu_enroll.domain.contributions import quote
from bpu_enroll.domain.errors import Problem
from bpu_enroll.domain.formatting import parse_rupiah_input
from bpu_enroll.domain.registration import validate_registration
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import FieldFeedback, error_text
from bpu_enroll.gui.forms.ui_registration_page import Ui_RegistrationPage
from bpu_enroll.gui.officer.drafts import DraftsDialog
from bpu_enroll.gui.officer.quote_panel import QuotePanel
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.registration_form import RegistrationForm
from bpu_enroll.services.records import FinaliseResult, RegistrationDetail, RegistrationRefused
from bpu_enroll.services.registration import RegistrationService


def _load_draft(service: RegistrationService, draft_id: str) -> tuple[str, dict[str, Any]]:
    """Store thread: a draft's id with its form data."""
    return draft_id, service.load_draft(draft_id)


class RegistrationPage(QWidget):
    """See the module text. `records_changed` fires after a record was stored."""

    records_changed = Signal()
    draft_saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.reference is not None, "reference data must be loaded before the form"
        self.ctx = ctx
        self.ui = Ui_RegistrationPage()
        self.ui.setupUi(self)
        self.form = RegistrationForm(self.ui, ctx.reference, ctx.lang)
        self.quote_panel = QuotePanel(self.ui)
        self.feedback = FieldFeedback(self.form.field_widgets())
        self.draft_id = str(uuid.uuid4())
        self.correcting: RegistrationDetail | None = None
        self._touched: set[str] = set()
        self._dirty = False
        self._saving = False
        self._finalising = False
        self._autosave = QTimer(self)
        self._autosave.setInterval(ctx.autosave_interval_ms())
        self._autosave.timeout.connect(self._on_autosave_timeout)
        self._autosave.start()
        self._wire()
        self._show_mode()
        self._on_form_quote_inputs_changed()

    # --- public --------------------------------------------------------------------------------

    def finalise(self) -> None:
        """Validate and store the record (Ctrl+S)."""
        if self._finalising:
            return
        self._finalising = True
        self.ui.finaliseButton.setEnabled(False)
        self.ui.formMessageLabel.setText(self.tr("Checking and saving…"))
        self.ui.resultLabel.clear()
        data = self.form.collect()
        service = self.ctx.registrations
        assert service is not None
        if self.correcting is not None:
            work = partial(service.correct, self.correcting.row.id, data, self.ctx.lang)
        else:
            work = partial(service.finalise, data, self.ctx.lang, draft_id=self.draft_id)
        self.ctx.tasks.run_db(
            work, on_done=self._on_finalise_done, on_error=self._on_finalise_failed
        )

    def new_form(self) -> None:
        """Keep the current form as a draft (if anything was typed) and start an empty one."""
        self.save_draft_now()
        self._reset(keep_result=False)

    def save_draft_now(self) -> bool:
        """Queue a draft save of the form if it changed; True when one was queued."""
        if self.correcting is not None or self._finalising or not self._dirty:
            return False
        if self.form.is_blank():
            return False
        service = self.ctx.registrations
        assert service is not None
        self._dirty = False
        self._saving = True
        self.ctx.tasks.run_db(
            service.save_draft,
            self.form.collect(),
            self.draft_id,
            on_done=self._on_draft_saved,
            on_error=self._on_draft_failed,
        )
        return True

    def resume_draft(self, draft_id: str) -> None:
        """Load a saved draft into the form (the current one is kept as a draft first)."""
        self.save_draft_now()
        service = self.ctx.registrations
        assert service is not None
        self.ctx.tasks.run_db(
            _load_draft,
            service,
            draft_id,
            on_done=self._on_draft_loaded,
            on_error=self._on_draft_failed,
        )

    def start_correction(self, detail: RegistrationDetail) -> None:
        """Fill the form from a stored record; Finalise then makes a new version of it."""
        self.save_draft_now()
        self._reset(keep_result=False)
        self.correcting = detail
        self.form.fill(detail.registration)
        self._dirty = False
        self._show_mode()
        self.ui.nikEdit.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch, messages at the fields included."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.form.set_language(self.ctx.lang)
            self._show_mode()
            self._validate_touched()
            self._on_form_quote_inputs_changed()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a field marks it touched and shows its problems."""
        if event.type() == QEvent.Type.FocusOut:
            for name, widget in self.form.field_widgets().items():
                if widget is watched:
                    self._touched.add(name)
            self._validate_touched()
        return super().eventFilter(watched, event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        QShortcut(QKeySequence("Ctrl+S"), self, self.finalise)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_form)
        ui.finaliseButton.clicked.connect(self.finalise)
        ui.newButton.clicked.connect(self.new_form)
        ui.draftsButton.clicked.connect(self._on_draftsButton_clicked)
        self.form.changed.connect(self._on_form_changed)
        self.form.quote_inputs_changed.connect(self._on_form_quote_inputs_changed)
        self.form.fill_cash_requested.connect(self._on_form_fill_cash_requested)
        ui.nikEdit.textChanged.connect(self._on_nikEdit_textChanged)
        for widget in set(self.form.field_widgets().values()):
            widget.installEventFilter(self)

    def _on_form_changed(self) -> None:
        self._dirty = True
        self.ui.resultLabel.clear()

    def _on_nikEdit_textChanged(self, _text: str) -> None:
        check = self.form.check_nik(self.ctx.today(), self.ctx.lang)
        if check is None:
            self.feedback.show("nik", [])
            return
        self._touched.add("nik")
        if check.info is not None:
            self._touched.update({"birth_date", "gender"})
            self._validate_touched()
        self.feedback.show("nik", check.errors, check.warnings)

    def _on_form_quote_inputs_changed(self) -> None:
        ui = self.ui
        income = parse_rupiah_input(ui.incomeEdit.text())
        if income is None or income <= 0:
            reason = self.tr("Type the monthly income to see the contribution.")
            if ui.incomeEdit.text().strip():
                reason = self.tr("The income is not a whole number of rupiah.")
            self.quote_panel.show_empty(reason)
            return
        priced = quote(
            income=income,
            jht=ui.jhtCheck.isChecked(),
            sector=self.form.sector(),
            months=int(ui.monthsCombo.currentData() or 1),
            start=self.ctx.today(),
            government_paid=ui.governmentPaidCheck.isChecked(),
            employer=ui.employerCheck.isChecked(),
            rules=self.ctx.reference.rules if self.ctx.reference is not None else None,
        )
        self.quote_panel.show_quote(priced, self.ctx.lang)

    def _on_form_fill_cash_requested(self) -> None:
        if self.quote_panel.quote is not None:
            self.ui.cashEdit.setText(f"{self.quote_panel.quote.total:,}".replace(",", "."))
            self._touched.add("cash_paid")
            self._dirty = True
            self._validate_touched()

    def _validate_touched(self) -> None:
        """Show the problems of the fields already visited (pure validation, no store)."""
        reference = self.ctx.reference
        assert reference is not None
        result = validate_registration(
            self.form.collect(),
            today=self.ctx.today(),
            lang=self.ctx.lang,
            regions=reference.regions,
            catalogue=reference.catalogue,
            rules=reference.rules,
        )
        errors = [p for p in result.errors if self._is_touched(p)]
        warnings = [p for p in result.warnings if self._is_touched(p)]
        self.feedback.show_all(errors, warnings)

    def _is_touched(self, item: Problem) -> bool:
        return item.field in self._touched or item.field.split(".")[-1] in {
            name.split(".")[-1] for name in self._touched
        }

    # --- results -------------------------------------------------------------------------------

    def _on_finalise_done(self, result: FinaliseResult) -> None:
        self._finalising = False
        was_correction = result.replaces_receipt is not None
        self._reset(keep_result=True)
        if was_correction:
            text = self.tr("Saved as a new version: receipt number {receipt} (replaces {old}).")
        else:
            text = self.tr("Saved: receipt number {receipt}.")
        self.ui.resultLabel.setText(
            text.format(receipt=result.receipt_number, old=result.replaces_receipt or "")
        )
        self.records_changed.emit()
        self.ui.nikEdit.setFocus()
        self.show_receipt(result.id)

    def show_receipt(self, record_id: str) -> ReceiptPreviewDialog:
        """Open the receipt preview of a stored record (after Finalise)."""
        dialog = ReceiptPreviewDialog(self.ctx, record_id, self)
        dialog.finished.connect(self._on_receipt_preview_finished)
        dialog.open()
        return dialog

    def _on_receipt_preview_finished(self, _result: int) -> None:
        self.ui.nikEdit.setFocus()

    def _on_finalise_failed(self, exc: object) -> None:
        self._finalising = False
        self.ui.finaliseButton.setEnabled(True)
        if isinstance(exc, RegistrationRefused):
            self._touched.update(self.feedback.fields())
            fields = self.feedback.show_all(exc.validation.errors, exc.validation.warnings)
            count = len(exc.validation.errors)
            self.ui.formMessageLabel.setText(
                self.tr("%n problem(s) to fix before finalising; see the marked fields.", "", count)
            )
            widget = self.feedback.widget(fields[0]) if fields else None
            if widget is not None:
                widget.setFocus()
            return
        self.ui.formMessageLabel.setText(error_text(exc, self.ctx.lang))

    def _on_draft_saved(self, draft_id: str) -> None:
        self._saving = False
        if draft_id == self.draft_id:
            moment = self.ctx.clock().astimezone().strftime("%H.%M.%S")
            self.ui.draftStatusLabel.setText(self.tr("Draft saved at {time}.").format(time=moment))
        self.draft_saved.emit(draft_id)

    def _on_draft_failed(self, exc: object) -> None:
        self._saving = False
        self._dirty = True
        self.ui.draftStatusLabel.setText(error_text(exc, self.ctx.lang))

    def _on_draft_loaded(self, loaded: tuple[str, dict[str, Any]]) -> None:
        draft_id, data = loaded
        self._reset(keep_result=False)
        self.draft_id = draft_id
        self.form.fill(data)
        self._dirty = False
        self.ui.nikEdit.setFocus()

    def _on_autosave_timeout(self) -> None:
        if not self._saving:
            self.save_draft_now()

    def _on_draftsButton_clicked(self) -> None:
        service = self.ctx.registrations
        assert service is not None
        dialog = DraftsDialog(self.ctx, self)
        dialog.resume_requested.connect(self.resume_draft)
        dialog.open()

    # --- helpers -------------------------------------------------------------------------------

    def _reset(self, *, keep_result: bool) -> None:
        self.correcting = None
        self.form.clear()
        self.feedback.clear()
        self._touched.clear()
        self._dirty = False
        self.draft_id = str(uuid.uuid4())
        self.ui.formMessageLabel.clear()
        self.ui.draftStatusLabel.clear()
        self.ui.finaliseButton.setEnabled(True)
        if not keep_result:
            self.ui.resultLabel.clear()
        self._show_mode()

    def _show_mode(self) -> None:
        if self.correcting is None:
            self.ui.titleLabel.setText(self.tr("New registration"))
            self.ui.modeLabel.hide()
            return
        self.ui.titleLabel.setText(self.tr("Correct a registration"))
        self.ui.modeLabel.setText(
            self.tr(
                "Correcting receipt {receipt}. Finalise makes a new version with a new receipt "
                "number; the old one stays, marked as replaced. Ctrl+N cancels."
            ).format(receipt=self.correcting.row.receipt_number)
            + self._branch_words(self.correcting)
        )
        self.ui.modeLabel.show()

    def _branch_words(self, detail: RegistrationDetail) -> str:
        """What the branch said about the record being corrected (its note above all)."""
        if not detail.branch_note:
            return ""
        return "\n" + self.tr("Clerk's note: {note}").format(note=detail.branch_note)
