"""Messages at the field, never a dialog storm: per-field problem labels and error texts.

`FieldFeedback` maps the registration's field names (`nik`, `address.village_code`, …) to the
widgets that edit them. Showing problems marks each widget `invalid` (a red border from the style
sheet), gives it the message as tooltip and accessible description, and shows the message in a
row right under the field in its `QFormLayout`. Warnings are shown the same way, in a calmer style.
Each message carries its stable code (`problem_text`: "NIK harus tepat 16 angka. (NIK_FORMAT)"),
as the CLI and the Sync page say them, so support staff on the phone can ask for it; a record the
branch sent back shows its codes the same way (`codes_text`), in the Sync page's Needs attention
list and the record's details.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QWidget

from bpu_enroll.domain.errors import BpuError, Problem
from bpu_enroll.gui.common.style import repolish

log = logging.getLogger(__name__)


_LOGGED = "_bpu_enroll_logged"  # set on an exception `error_text` has logged


def error_text(exc: object, lang: str) -> str:
    """What to tell the officer about a failed task: the stable code's message, never a trace."""
    if isinstance(exc, BpuError):
        return exc.message(lang)
    # The type and the traceback's frames (`logs.RedactingFilter`); its message may hold a
    # worker's name or address, which no masking pattern finds. Logged once: a window says its
    # last message again after a language switch, and the same failure is no second incident.
    failure = exc if isinstance(exc, BaseException) else None
    if failure is None or not getattr(failure, _LOGGED, False):
        log.error("unexpected error in a background task: %s", type(exc).__name__, exc_info=failure)
        if failure is not None:
            setattr(failure, _LOGGED, True)
    name = type(exc).__name__
    return QCoreApplication.translate(
        "Feedback", "Something went wrong ({name}). Nothing was lost; try again."
    ).format(name=name)


def coded_error_text(exc: object, lang: str) -> str:
    """`error_text` with the stable code after the words, as a field's message carries it
    ("Koreksi ini tidak mengubah apa pun. … (CORRECTION_UNCHANGED)"), for a refusal said in a
    line of its own: support staff on the phone ask for the code."""
    text = error_text(exc, lang)
    return with_codes(text, codes_text([exc.code])) if isinstance(exc, BpuError) else text


def codes_text(codes: Iterable[str]) -> str:
    """Stable codes as the officer reads them after the words, the same wherever a refused field
    or record is shown: "(NIK_FORMAT)", "(CORRECTION_REQUESTED, NAME_FORMAT)"; each once, in
    order; empty for none. A line breaks in a list only after a comma, between whole codes (a
    code has no space or hyphen to break at); held whole, a form's summary of five codes would
    be wider than a narrow label in larger text."""
    unique = list(dict.fromkeys(codes))
    return f"({', '.join(unique)})" if unique else ""


NO_BREAK_SPACE = "\u00a0"


def with_codes(text: str, codes: str) -> str:
    """`text` followed by its `codes_text`, joined by a no-break space: the code stays with the
    last word, never alone on a line ("Wajib diisi." over "(REQUIRED)" in larger text)."""
    return f"{text}{NO_BREAK_SPACE}{codes}" if text and codes else text or codes


def code_kept_whole(text: str) -> str:
    """`text` whose last bracket, a code said in a sentence ("… (kode NOT_ENROLLED)."), is held
    to the word before it by a no-break space, as `with_codes` does, its words held together
    too; a list of codes in it breaks only after a comma, as `codes_text`'s does. A text that
    does not end with a bracket (bar a full stop) is returned as it is. Applied after
    translation: the Indonesian carries its own plain space ("(kode {code})")."""
    head, sep, tail = text.rpartition(" (")
    inside, close, after = tail.rpartition(")")
    if not sep or not close or after not in ("", "."):
        return text
    held = ", ".join(part.replace(" ", NO_BREAK_SPACE) for part in inside.split(", "))
    return f"{head}{NO_BREAK_SPACE}({held}){after}"


def problem_text(item: Problem) -> str:
    """A field's error or warning as the officer reads it: the message, then its stable code."""
    return with_codes(item.message, codes_text([item.code]))


def problem_codes(items: Iterable[Problem]) -> str:
    """The distinct codes of `items`, in order, for a summary line: "(NIK_FORMAT, REQUIRED)"."""
    return codes_text(item.code for item in items)


class Feedback(QObject):
    """The translation context of this module's sentences with plural forms (lupdate reads
    those from `self.tr`, not from `QCoreApplication.translate`)."""

    def attempts_left(self, left: int) -> str:
        """The sentence a refused password adds: `left` wrong attempts before the lockout."""
        return self.tr(
            "%Ln more wrong attempt(s) and the account is locked for a few minutes.", "", left
        )


def with_attempts_left(text: str, exc: object) -> str:
    """`text`, and after a refused password the wrong attempts left before the account is locked
    for a while (the sign-in window and the lock screen say it alike)."""
    if isinstance(exc, BpuError) and exc.code == "AUTH_FAILED" and "attempts_left" in exc.params:
        return f"{text} {Feedback().attempts_left(int(exc.params['attempts_left']))}"
    return text


def _find_in_form(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout and row holding `widget` (directly or in a nested layout of the row)."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        found = _form_row(layout, widget) if layout is not None else None
        if found is not None:
            return found
        parent = parent.parentWidget()
    return None


def _row_of(position: object) -> int:
    """The row of a `getItemPosition`/`getWidgetPosition` answer (`(row, role)` in PySide)."""
    row, _role = cast(tuple[int, object], position)
    return int(row)


def _form_row(layout: QLayout, widget: QWidget) -> tuple[QFormLayout, int] | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        child = item.layout() if item is not None else None
        if item is not None and (item.widget() is widget or (child and _contains(child, widget))):
            if isinstance(layout, QFormLayout):
                return layout, _row_of(layout.getItemPosition(index))
            return _form_row(child, widget) if child is not None else None
        if child is not None and (found := _form_row(child, widget)) is not None:
            return found
    return None


def _contains(layout: QLayout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        child = item.layout()
        if child is not None and _contains(child, widget):
            return True
    return False


class FieldFeedback:
    """Shows and clears problems at the fields; see the module text."""

    def __init__(self, widgets: Mapping[str, QWidget]) -> None:
        self._widgets = dict(widgets)
        self._labels: dict[str, QLabel] = {}
        self._shown: dict[str, list[Problem]] = {}
        self._invalid: dict[str, bool] = {}
        self._errors: dict[str, list[Problem]] = {}

    def fields(self) -> list[str]:
        """The field names this feedback knows."""
        return list(self._widgets)

    def widget(self, field: str) -> QWidget | None:
        """The widget editing `field` (nested fields fall back to their parent name)."""
        return self._widgets.get(field) or self._widgets.get(field.rsplit(".", maxsplit=1)[-1])

    def shown(self) -> dict[str, list[Problem]]:
        """The problems now on screen, by field."""
        return {key: list(value) for key, value in self._shown.items()}

    def invalid_fields(self) -> list[str]:
        """The fields now marked with an error (warnings alone do not count)."""
        return [key for key in self._shown if self._invalid.get(key)]

    def errors(self) -> list[Problem]:
        """The errors now on screen (warnings left out), in the form's order of fields."""
        order = {key: n for n, key in enumerate(self._widgets)}
        keys = sorted(self.invalid_fields(), key=lambda key: order.get(key, len(order)))
        return [p for key in keys for p in self._shown[key] if self._is_error(key, p)]

    def _is_error(self, key: str, item: Problem) -> bool:
        return item in self._errors.get(key, [])

    def key(self, field: str) -> str:
        """The name `field`'s messages are kept under (`address.rt` → `address.rt`/`rt`)."""
        return self._key(field)

    def show(self, field: str, errors: Iterable[Problem], warnings: Iterable[Problem] = ()) -> None:
        """Replace what one field shows: its errors first, then its warnings."""
        errors, warnings = list(errors), list(warnings)
        widget = self.widget(field)
        if widget is None:
            return
        key = self._key(field)
        if not errors and not warnings:
            self._shown.pop(key, None)
        else:
            self._shown[key] = errors + warnings
        text = "\n".join(problem_text(p) for p in errors + warnings)
        self._invalid[key] = bool(errors)
        self._errors[key] = errors
        widget.setProperty("invalid", bool(errors))
        widget.setToolTip(text)
        widget.setAccessibleDescription(text)
        repolish(widget)
        label = self._label_for(key, widget) if text else self._labels.get(key)
        if label is not None:
            label.setText(text)
            label.setProperty("role", "fielderror" if errors else "warning")
            repolish(label)
            self._set_visible(label, bool(text))

    def show_all(self, errors: Iterable[Problem], warnings: Iterable[Problem] = ()) -> list[str]:
        """Show a whole validation; clear every other field. The fields with errors, in order."""
        by_field: dict[str, tuple[list[Problem], list[Problem]]] = {}
        for item in errors:
            by_field.setdefault(self._key(item.field), ([], []))[0].append(item)
        for item in warnings:
            by_field.setdefault(self._key(item.field), ([], []))[1].append(item)
        for field in set(self._shown) - set(by_field):
            self.show(field, [])
        for field, (errs, warns) in by_field.items():
            self.show(field, errs, warns)
        return [field for field in self._widgets if by_field.get(field, ([], []))[0]]

    def clear(self) -> None:
        """Remove every message."""
        for field in list(self._shown):
            self.show(field, [])

    def _key(self, field: str) -> str:
        if field in self._widgets:
            return field
        short = field.rsplit(".", maxsplit=1)[-1]
        return short if short in self._widgets else field

    def _label_for(self, key: str, widget: QWidget) -> QLabel | None:
        label = self._labels.get(key)
        if label is not None:
            return label
        label = QLabel()
        label.setObjectName(f"{key.replace('.', '_')}Message")
        label.setWordWrap(True)
        found = _find_in_form(widget)
        holder = widget.parentWidget()
        box = holder.layout() if holder is not None else None
        if found is not None:
            form, row = found
            form.insertRow(row + 1, "", label)
        elif isinstance(box, QBoxLayout) and box.indexOf(widget) >= 0:
            box.insertWidget(box.indexOf(widget) + 1, label)
        else:
            return None
        self._labels[key] = label
        return label

    def _set_visible(self, label: QLabel, visible: bool) -> None:
        holder = label.parentWidget()
        form = holder.layout() if holder is not None else None
        if isinstance(form, QFormLayout):
            row = _row_of(form.getWidgetPosition(label))
            if row >= 0:
                form.setRowVisible(row, visible)
                return
        label.setVisible(visible)
