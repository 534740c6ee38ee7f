"""The New registration page: a keyboard-first form with a live quote, drafts and Finalise.

Ctrl+S finalises, Ctrl+N starts a new form (the current one stays a draft), Ctrl+K fills it from
a photo of the KTP (`KtpPrefill`), Esc closes a picker's popup.
After Finalise and Ctrl+N the form is back at its top with the cursor in NIK, so the next
worker's data cannot land in the previous worker's last field. Problems show at the fields the
officer has already left (by Tab or the mouse; a picker's popup or another window taking the focus
does not count, nor does leaving a blank field never typed in), and at every field after a refused
Finalise (one message line above the button, never a dialog). A message lives as long as it is
true: typing that fixes a field clears its message at once, the "problems" line counts down and
goes, and a language switch shows every message again in the new language. A NIK is checked
against the store when its 16th digit is typed (`DuplicateNikCheck`). The "money handed over"
field works out the change; the cash paid that is stored stays the quote's total (DOMAIN.md). A
successful Finalise opens the receipt preview (Enter prints, Esc goes back to the form). The form
is saved as a draft every few seconds when it changed, and at once on lock, sign-out and close.
All store work goes through the task runner; validation and the quote are pure functions run on
the spot.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from bpu_enroll.domain.contributions import quote
from bpu_enroll.domain.formatting import (
    clock_time,
    parse_rupiah_input,
    unbroken,
    zone_for_province,
)
from bpu_enroll.domain.nik import clean_nik
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import FieldFeedback, coded_error_text, error_text
from bpu_enroll.gui.common.focus import keyboard_to
from bpu_enroll.gui.forms.officer.ui_registration_page import Ui_RegistrationPage
from bpu_enroll.gui.officer.drafts import DraftsDialog
from bpu_enroll.gui.officer.form_checks import FormChecks
from bpu_enroll.gui.officer.ktp.prefill import KtpPrefill
from bpu_enroll.gui.officer.nik_duplicate import DuplicateNikCheck
from bpu_enroll.gui.officer.quote_panel import QuotePanel
from bpu_enroll.gui.officer.receipt_preview import ReceiptPreviewDialog
from bpu_enroll.gui.officer.registration.form import RegistrationForm
from bpu_enroll.services.records import FinaliseResult, RegistrationDetail, RegistrationRefused
from bpu_enroll.services.registration import RegistrationService


def _load_draft(service: RegistrationService, draft_id: str) -> tuple[str, dict[str, Any]]:
    """Store thread: a draft's id with its form data."""
    return draft_id, service.load_draft(draft_id)


# Leaving a field this way marks it visited; a popup or another window taking the focus does not.
_VISITING = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.MouseFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    }
)


class RegistrationPage(QWidget):
    """See the module text. `records_changed` fires after a record was stored;
    `open_receipt_requested(receipt)` asks for an earlier record on the Registrations page."""

    records_changed = Signal()
    draft_saved = Signal(str)
    open_receipt_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ctx.reference is not None, "reference data must be loaded before the form"
        self.ctx = ctx
        self.ui = Ui_RegistrationPage()
        self.ui.setupUi(self)
        self.form = RegistrationForm(self.ui, ctx.reference, ctx.lang)
        self.quote_panel = QuotePanel(self.ui)
        self.feedback = FieldFeedback(self.form.field_widgets())
        self.duplicate = DuplicateNikCheck(ctx, self.ui.nikRecordButton)
        self.checks = FormChecks(
            ctx,
            self.form,
            self.feedback,
            self.duplicate,
            say=self._say_form,
            count_text=self._problems_text,
        )
        self.ktp = KtpPrefill(ctx, self.ui, self.form, self)
        self._form_message: Callable[[], str] | None = None
        self._result_message: Callable[[], str] | None = None
        self._draft_message: Callable[[], str] | None = None
        self.draft_id = str(uuid.uuid4())
        self._kept_id: str | None = None  # the draft of a form put aside, its save under way
        self.correcting: RegistrationDetail | None = None
        self._dirty = False
        self._saving = False
        self._finalising = False
        self._keyboard_on_finalise = False
        self._autosave = QTimer(self)
        self._autosave.setInterval(ctx.autosave_interval_ms())
        self._autosave.timeout.connect(self._on_autosave_timeout)
        self._autosave.start()
        self._wire()
        self._keep_hints_whole()
        self._show_mode()
        self._on_form_quote_inputs_changed()

    # --- public --------------------------------------------------------------------------------

    def finalise(self) -> None:
        """Validate and store the record (Ctrl+S)."""
        if self._finalising:
            return
        self._finalising = True
        # Disabled while it works, the button passes the keyboard on to New (Ctrl+N): Enter
        # again after a refusal there put the form aside and emptied it. Given back below.
        self._keyboard_on_finalise = self.ui.finaliseButton.hasFocus()
        self.ui.finaliseButton.setEnabled(False)
        self._say_form(lambda: self.tr("Checking and saving…"))
        self._say_result(None)
        data = self.form.collect()
        service = self.ctx.registrations
        assert service is not None
        if self.correcting is not None:
            work = partial(service.correct, self.correcting.row.id, data, self.ctx.lang)
        else:
            work = partial(
                service.finalise,
                data,
                self.ctx.lang,
                draft_id=self.draft_id,
                prefilled_from_ktp=self.ktp.active,
            )
        self.ctx.tasks.run_db(
            work, on_done=self._on_finalise_done, on_error=self._on_finalise_failed
        )

    def new_form(self) -> None:
        """Keep the current form as a draft (if anything was typed) and start an empty one."""
        self._put_aside()
        self.ui.nikEdit.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self._put_aside()
        self.correcting = detail
        self.form.fill(detail.registration)
        self._dirty = False
        self._show_mode()
        self.ui.nikEdit.setFocus()

    def reference_changed(self) -> None:
        """New reference data is in `ctx.reference` (a sync installed packages): the pickers
        search the new lists and the quote is worked out again with the new rules."""
        self.form.reference_changed()
        self._on_form_quote_inputs_changed()

    def _keep_hints_whole(self) -> None:
        """The payment fields (cash paid, money handed over) at least as wide as their hint, in
        the language and text size of now: beside a three-month quote at 1280×728 in larger
        text the row gave them what its label left, and "kosong: nanti" was cut. Their row puts
        the label above the field instead (the form wraps long rows)."""
        for edit in (self.ui.cashEdit, self.ui.moneyEdit):
            margins = edit.textMargins()
            frame = edit.width() - edit.contentsRect().width()  # border and padding
            hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
            edit.setMinimumWidth(hint + frame + margins.left() + margins.right() + 12)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch, messages at the fields included."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.form.set_language(self.ctx.lang)
            self._show_mode()
            self._validate_touched()
            self._on_form_quote_inputs_changed()
            self._say_form(self._form_message)
            self._say_result(self._result_message)
            self._say_draft(self._draft_message)
            self.ktp.retranslate()
        kinds = (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if event.type() in kinds:  # after the hints are said in the new language
            self._keep_hints_whole()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Leaving a field by Tab or the mouse marks it visited and shows its problems."""
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() in _VISITING
        ):
            self.checks.left(watched)
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
        ui.moneyEdit.textEdited.connect(self._show_change)
        ui.moneyEdit.editingFinished.connect(self._on_moneyEdit_editingFinished)
        self.duplicate.changed.connect(self._on_duplicate_changed)
        self.duplicate.open_requested.connect(self.open_receipt_requested)
        for widget in set(self.form.field_widgets().values()):
            widget.installEventFilter(self)

    def _on_form_changed(self) -> None:
        self._dirty = True
        self._say_result(None)
        self._validate_touched(clear_only=True)

    def _on_nikEdit_textChanged(self, _text: str) -> None:
        check = self.form.check_nik(self.ctx.today(), self.ctx.lang)
        complete = check is not None and check.info is not None and not check.errors
        exclude = self.correcting.row.id if self.correcting is not None else None
        self.duplicate.check(clean_nik(self.ui.nikEdit.text()) if complete else None, exclude)
        if check is None:
            self.feedback.show("nik", [])
            self.checks.count_problems()
            return
        self.checks.touched.add("nik")
        if check.info is not None:
            self.checks.touched.update({"birth_date", "gender"})
            self._validate_touched()
        found = self.duplicate.problem(self.ctx.lang)
        self.feedback.show("nik", [*check.errors, *([found] if found else [])], check.warnings)
        self.checks.count_problems()

    def _on_duplicate_changed(self) -> None:
        found = self.duplicate.problem(self.ctx.lang)
        if found is not None:
            self.checks.touched.add("nik")
        self._validate_touched()

    def _on_form_quote_inputs_changed(self) -> None:
        ui = self.ui
        income = parse_rupiah_input(ui.incomeEdit.text())
        if income is None or income <= 0:
            reason = self.tr("Type the monthly income to see the contribution.")
            if ui.incomeEdit.text().strip():
                reason = self.tr("The income is not a whole number of rupiah.")
            self.quote_panel.show_empty(reason)
            self._show_change()
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
        self._show_change()

    def _on_form_fill_cash_requested(self) -> None:
        if self.quote_panel.quote is not None:
            self.ui.cashEdit.setText(f"{self.quote_panel.quote.total:,}".replace(",", "."))
            self.checks.touched.add("cash_paid")
            self._dirty = True
            self._validate_touched()

    def _show_change(self, _text: str = "") -> None:
        """The change for the money handed over; the cash paid becomes the quote's total."""
        if self.quote_panel.show_change(self.ui.moneyEdit.text(), self.ui.cashEdit.text()):
            self._on_form_fill_cash_requested()

    def _on_moneyEdit_editingFinished(self) -> None:
        given = parse_rupiah_input(self.ui.moneyEdit.text())
        if given is not None:
            self.ui.moneyEdit.setText(f"{given:,}".replace(",", "."))

    def _validate_touched(self, *, clear_only: bool = False) -> None:
        self.checks.validate(clear_only=clear_only)

    # --- results -------------------------------------------------------------------------------

    def _on_finalise_done(self, result: FinaliseResult) -> None:
        self._finalising = False
        was_correction = result.replaces_receipt is not None
        self.ui.nikEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reset(keep_result=True)

        def saved() -> str:
            if was_correction:
                text = self.tr("Saved as a new version: receipt number {receipt} (replaces {old}).")
            else:
                text = self.tr("Saved: receipt number {receipt}.")
            # each number whole: "DEMO-" at a line's end, "D0001-…" on the next, in larger text
            return text.format(
                receipt=unbroken(result.receipt_number),
                old=unbroken(result.replaces_receipt or ""),
            )

        self._say_result(saved)
        self.records_changed.emit()
        self.show_receipt(result.id)

    def show_receipt(self, record_id: str) -> ReceiptPreviewDialog:
        """Open the receipt preview of a stored record (after Finalise)."""
        dialog = ReceiptPreviewDialog(self.ctx, record_id, self)
        dialog.finished.connect(self._on_receipt_preview_finished)
        dialog.open()
        return dialog

    def _on_receipt_preview_finished(self, _result: int) -> None:
        self.window().activateWindow()  # back from the receipt: straight on with the next worker
        self._to_top()

    def _on_finalise_failed(self, exc: object) -> None:
        self._finalising = False
        self.ui.finaliseButton.setEnabled(True)
        if self._keyboard_on_finalise:
            keyboard_to(self, self.ui.finaliseButton)
        if isinstance(exc, RegistrationRefused):
            self.checks.touched.update(self.feedback.fields())
            self.checks.refused = True
            self._validate_touched()
            errors = [self.checks.in_form_words(p) for p in exc.validation.errors]
            shown = set(self.feedback.shown())
            extra = [p for p in errors if self.feedback.key(p.field) not in shown]
            for item in extra:  # what only the store knows (a NIK taken meanwhile)
                self.feedback.show(item.field, [item])
            self.checks.count_problems()
            fields = [f for f in self.feedback.fields() if f in self.feedback.shown()]
            widget = self.feedback.widget(fields[0]) if fields else None
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                # setFocus does not scroll: without this the cursor sat in a field out of sight
                form = self.ui.formScroll.widget()
                if form is not None and form.isAncestorOf(widget):
                    self.ui.formScroll.ensureWidgetVisible(widget)
            return
        # A refusal of the whole record (CORRECTION_UNCHANGED, DEVICE_REVOKED) was said without
        # its code, unlike every field's message and the summary line above the buttons.
        self._say_form(lambda: coded_error_text(exc, self.ctx.lang))

    def _put_aside(self) -> None:
        """An empty form; what was typed in the one before is saved as a draft, and the page says
        so once it is saved: the form had emptied without a word, and an officer who pressed
        Ctrl+N half-way through a worker could not tell the data was kept, nor where."""
        kept = self.draft_id if self.save_draft_now() else None
        self._reset(keep_result=False)
        if kept is not None:
            self._kept_id = kept

    def _on_draft_saved(self, draft_id: str) -> None:
        self._saving = False
        if draft_id == self._kept_id:
            self._kept_id = None
            self._say_draft(
                lambda: self.tr(
                    "The form you were filling in is kept as a draft: Drafts… opens it again."
                )
            )
        elif draft_id == self.draft_id:
            zone = zone_for_province(self.ctx.province_code)[0]
            moment = self.ctx.clock().astimezone(zone)
            self._say_draft(
                lambda: self.tr("Draft saved at {time}.").format(
                    time=clock_time(moment, self.ctx.lang, seconds=True)
                )
            )
        self.draft_saved.emit(draft_id)

    def _on_draft_failed(self, exc: object) -> None:
        self._saving = False
        self._dirty = True
        self._say_draft(lambda: error_text(exc, self.ctx.lang))

    def _on_draft_loaded(self, loaded: tuple[str, dict[str, Any]]) -> None:
        draft_id, data = loaded
        self._reset(keep_result=False)
        self.draft_id = draft_id
        self.form.fill(data)
        self._dirty = False
        self._to_top()

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
        self.ktp.reset()
        self.form.clear()
        self.ui.moneyEdit.clear()
        self.ui.changeLabel.clear()
        self.duplicate.check(None)
        self.checks.reset()
        self.feedback.clear()
        self._dirty = False
        self.draft_id = str(uuid.uuid4())
        self._say_form(None)
        self._say_draft(None)
        self.ui.finaliseButton.setEnabled(True)
        if not keep_result:
            self._say_result(None)
        self._show_mode()
        self._to_top()

    def _to_top(self) -> None:
        """The form scrolled to its top, the cursor in NIK: ready for the next worker."""
        scroll = self.ui.formScroll
        scroll.verticalScrollBar().setValue(0)
        scroll.horizontalScrollBar().setValue(0)
        self.ui.nikEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _problems_text(self, count: int) -> str:
        return self.tr("%Ln problem(s) to fix before finalising; see the marked fields.", "", count)

    def _say_form(self, text: Callable[[], str] | None) -> None:
        self._form_message = text
        self.ui.formMessageLabel.setText(text() if text is not None else "")

    def _say_result(self, text: Callable[[], str] | None) -> None:
        self._result_message = text
        self.ui.resultLabel.setText(text() if text is not None else "")

    def _say_draft(self, text: Callable[[], str] | None) -> None:
        self._draft_message = text
        self.ui.draftStatusLabel.setText(text() if text is not None else "")

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
            ).format(receipt=unbroken(self.correcting.row.receipt_number))
            + self._branch_words(self.correcting)
        )
        self.ui.modeLabel.show()

    def _branch_words(self, detail: RegistrationDetail) -> str:
        """What the branch said about the record being corrected (its note above all)."""
        if not detail.branch_note:
            return ""
        return "\n" + self.tr("Clerk's note: {note}").format(note=detail.branch_note)
