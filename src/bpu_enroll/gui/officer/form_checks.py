"""What the registration form says about its fields, and for how long.

`FormChecks` keeps the fields the officer has visited and shows their problems (pure validation,
no store): a field is judged when it is left, and while it is typed its message is updated or
cleared, never added, so a fix clears the message at once and half-typed text is not scolded.
A blank field counts as visited only once the officer typed in it (or ticked, or chose): one
tabbed past, or left because the page changed, waits for Finalise.
After a refused Finalise every field counts as visited and the "problems" line counts the marked
fields down until it goes. The NIK keeps the duplicate found in the store (`DuplicateNikCheck`)
until it changes; a picker's text that was never chosen from its list says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from bpu_enroll.domain.errors import Problem
from bpu_enroll.domain.registration import validate_registration
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import FieldFeedback, problem_codes, with_codes
from bpu_enroll.gui.officer.nik_duplicate import DuplicateNikCheck
from bpu_enroll.gui.officer.registration.form import RegistrationForm

Say = Callable[[Callable[[], str] | None], None]


class FormChecks:
    """See the module text. `say` shows (or, with None, clears) the form's problems line;
    `count_text(n)` is that line for n marked fields; the codes of their errors follow it."""

    def __init__(
        self,
        ctx: AppContext,
        form: RegistrationForm,
        feedback: FieldFeedback,
        duplicate: DuplicateNikCheck,
        *,
        say: Say,
        count_text: Callable[[int], str],
    ) -> None:
        self.ctx = ctx
        self.form = form
        self.feedback = feedback
        self.duplicate = duplicate
        self.say = say
        self.count_text = count_text
        self.touched: set[str] = set()
        self.edited: set[QWidget] = set()  # typed in, ticked or chosen by the officer
        self.refused = False
        self._watch_edits()

    def left(self, widget: QObject) -> None:
        """The officer left `widget` (by Tab or the mouse): its fields count as visited, unless
        it is blank and was never typed in."""
        if widget not in self.edited and _blank(widget):
            return
        self.touched.update(name for name, w in self.form.field_widgets().items() if w is widget)

    def reset(self) -> None:
        """A new form: nothing visited, typed in or refused."""
        self.touched.clear()
        self.edited.clear()
        self.refused = False

    def validate(self, *, clear_only: bool = False) -> None:
        """Show the problems of the visited fields; `clear_only` while typing (module text)."""
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
        errors = [p for p in result.errors if self._is_touched(p) and p.code != "NIK_DUPLICATE"]
        warnings = [p for p in result.warnings if self._is_touched(p)]
        if clear_only:  # the NIK has its own check while it is typed
            errors = [p for p in errors if p.field != "nik"]
            warnings = [p for p in warnings if p.field != "nik"]
        found = self.duplicate.problem(self.ctx.lang)
        if found is not None:
            errors = [p for p in errors if p.field != "nik"] + [found]
        errors = [self.in_form_words(p) for p in errors]
        if clear_only:
            shown = self.feedback.shown()
            errors = [p for p in errors if self.feedback.key(p.field) in shown]
            warnings = [p for p in warnings if self.feedback.key(p.field) in shown]
            if "nik" in shown and found is None:  # kept as its own check left it
                errors += [p for p in shown["nik"] if p.code != "NIK_DUPLICATE"]
        self.feedback.show_all(errors, warnings)
        self.count_problems()

    def in_form_words(self, item: Problem) -> Problem:
        """A problem said as this form asks for the field: a birth date not read
        (`DATE_FORMAT`) asks for DD-MM-YYYY, the field's own format (the rule's words ask for
        YYYY-MM-DD, the registration file's); a picker's text never chosen from its list says
        so."""
        if item.field == "birth_date" and item.code == "DATE_FORMAT":
            return Problem(
                item.field,
                item.code,
                QCoreApplication.translate(
                    "RegistrationPage", "Type a real date as DD-MM-YYYY, as on the KTP."
                ),
            )
        return self._unchosen(item)

    def _unchosen(self, item: Problem) -> Problem:
        """A picker's text that was never chosen from its list says so."""
        pickers = {
            "address.village_code": self.form.village,
            "occupation_code": self.form.occupation,
        }
        picker = pickers.get(item.field)
        if picker is None or picker.code or not picker.edit.text().strip():
            return item
        return Problem(
            item.field,
            item.code,
            QCoreApplication.translate(
                "RegistrationPage", "Not chosen from the list: pick one with Enter."
            ),
        )

    def count_problems(self) -> None:
        """After a refused Finalise, the problems line counts the marked fields until none."""
        if not self.refused:
            return
        count = len(self.feedback.invalid_fields())
        if count == 0:
            self.refused = False
            self.say(None)
            return
        codes = problem_codes(self.feedback.errors())

        def text() -> str:  # said again in the new language after a switch
            return with_codes(self.count_text(count), codes)

        self.say(text)

    def _watch_edits(self) -> None:
        for widget in set(self.form.field_widgets().values()):
            mark = self._marker(widget)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(mark)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(mark)
                if (line := widget.lineEdit()) is not None:
                    line.textEdited.connect(mark)
            elif isinstance(widget, QAbstractButton):
                widget.clicked.connect(mark)

    def _marker(self, widget: QWidget) -> Callable[..., None]:
        return lambda *_args: self.edited.add(widget)

    def _is_touched(self, item: Problem) -> bool:
        return item.field in self.touched or item.field.split(".")[-1] in {
            name.split(".")[-1] for name in self.touched
        }


def _blank(widget: QObject) -> bool:
    """True when a field's widget holds nothing: no text, no choice, not ticked."""
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QComboBox):
        return not widget.currentText().strip()
    if isinstance(widget, QAbstractButton):
        return not widget.isChecked()
    return False
