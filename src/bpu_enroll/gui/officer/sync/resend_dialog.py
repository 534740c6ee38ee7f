"""Writing the USB file again for chosen receipts: the receipt numbers the branch named, asked.

When `bpu-branch check` finds a stored record damaged, the branch asks the laptop for it again at
its next sync; a laptop that never reaches the network brings it on a USB file written for those
receipt numbers (`export-batch --receipt`). The officer types or pastes them here, one or
several (`split_receipts`); `write_requested(receipts)` hands them to the Sync page, which checks
on the store thread that this laptop holds each, asks where to write and writes the file. A
number that is not of a receipt's shape is refused here, as the command line refuses one the
laptop does not hold (`RECEIPT_NOT_HELD`, naming it, NIK-like digits masked); the page's
refusal for one it does not hold, or whose personal fields were removed after the retention
days (`RECEIPT_PURGED`: the branch restores it from its backup), comes back through
`show_refusal`, both at once when numbers of both kinds were typed (`Refusals`: each kind its
code, on its own line). Each names ten numbers at most (`named`), each number kept on one line
(`words.failure_text`) and copied as written (`CodeLabel`). A refusal is kept as its error
(codes and parameters), not its text: after a language switch (`set_language`, then Qt's
language change) it is said again in the new language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from bpu_enroll.domain.errors import BpuError, Refusals
from bpu_enroll.domain.formatting import mask_nik_like
from bpu_enroll.gui.common.dialogs import Dialog
from bpu_enroll.gui.common.screen import keep_text_whole
from bpu_enroll.gui.common.style import keep_bold_width
from bpu_enroll.gui.forms.officer.ui_resend_dialog import Ui_ResendDialog
from bpu_enroll.gui.officer.sync.words import failure_text
from bpu_enroll.sync.protocol import RECEIPT

_SEPARATORS = re.compile(r"[\s,;]+")
_RECEIPT_SHAPE = re.compile(RECEIPT)
# A refusal names this many numbers at most, then "…": a paste of thousands named them all, and
# the dialog grew taller than the screen, its buttons below it.
NAMED = 10


def split_receipts(text: str) -> list[str]:
    """The receipt numbers in `text` (spaces, commas, semicolons or new lines between them),
    each once, in the order typed. Characters that show nothing (control characters, a zero
    width space, a direction mark or override) are left out: a number pasted from a message
    brings them, and it was refused as no receipt number while it read as one; an override
    turned the refusal's text around."""
    parts = (_visible(part) for part in _SEPARATORS.split(text))
    return list(dict.fromkeys(part for part in parts if part))


def _visible(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf"})


def named(receipts: list[str]) -> list[str]:
    """The numbers a refusal names: the first `NAMED`, then "…" when there are more."""
    return [*receipts[:NAMED], "…"] if len(receipts) > NAMED else receipts


def shape_refusal(receipts: list[str]) -> BpuError | None:
    """`RECEIPT_NOT_HELD` naming the numbers that are no receipt number at all (no laptop holds
    one), NIK-like digits masked; None when each has a receipt number's shape."""
    odd = [mask_nik_like(r) for r in receipts if not _RECEIPT_SHAPE.fullmatch(r)]
    return BpuError("RECEIPT_NOT_HELD", receipts=named(odd)) if odd else None


def named_refusal(exc: object) -> object:
    """The page's refusal of numbers this laptop does not hold or whose personal fields were
    removed, naming at most `NAMED` of each kind."""
    if isinstance(exc, Refusals):
        return Refusals([cast(BpuError, named_refusal(refusal)) for refusal in exc.refusals])
    if isinstance(exc, BpuError) and isinstance(exc.params.get("receipts"), list):
        return BpuError(
            exc.code, exc.field, **{**exc.params, "receipts": named(exc.params["receipts"])}
        )
    return exc


class ResendDialog(Dialog):
    """Asks the receipt numbers; `write_requested(list[str])` when they are of a receipt's
    shape. The page answers with `show_refusal` (the dialog stays) or closes it."""

    write_requested = Signal(list)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._refusal: Callable[[], str] | None = None  # the refusal shown, said in self.lang
        self.ui = Ui_ResendDialog()
        self.ui.setupUi(self)
        keep_bold_width(self.ui.writeButton)  # disabled as wide as bold
        self.ui.errorLabel.hide()  # no empty line under the numbers until there is a refusal
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.writeButton.clicked.connect(self._on_writeButton_clicked)
        self.ui.receiptsEdit.setFocus()
        keep_text_whole(self)  # the explanation and a refusal wrap: taller rather than cut

    def receipts(self) -> list[str]:
        """The receipt numbers typed so far."""
        return split_receipts(self.ui.receiptsEdit.toPlainText())

    def show_refusal(self, exc: object) -> None:
        """The page's refusal (`RECEIPT_NOT_HELD`, a failed read), as the Sync page says a
        failure, under the numbers; the keyboard back in them to correct."""
        self._show(lambda: failure_text(exc, self.lang))

    def show_error(self, text: str) -> None:
        """A refusal already in words (said again as it is after a language switch)."""
        self._show(lambda: text)

    def set_language(self, lang: str) -> None:
        """The app's language now (`LanguageSwitcher.language_changed`): a refusal shown is said
        in it when Qt's language change reaches the dialog."""
        self.lang = lang

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch, the refusal shown too."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self._refusal is not None and self.ui.errorLabel.isVisibleTo(self):
                self.ui.errorLabel.setText(self._refusal())
        super().changeEvent(event)

    def _show(self, refusal: Callable[[], str]) -> None:
        self._refusal = refusal
        self.ui.errorLabel.setText(refusal())
        self.ui.errorLabel.show()
        self.ui.writeButton.setEnabled(True)
        self.ui.receiptsEdit.setFocus()

    def _on_writeButton_clicked(self) -> None:
        self.ui.errorLabel.hide()  # the last refusal no longer stands while these are checked
        self._refusal = None
        receipts = self.receipts()
        if not receipts:
            self._show(lambda: self.tr("Type at least one receipt number first."))
            return
        refusal = shape_refusal(receipts)
        if refusal is not None:
            self.show_refusal(refusal)
            return
        self.ui.writeButton.setEnabled(False)
        self.write_requested.emit(receipts)
