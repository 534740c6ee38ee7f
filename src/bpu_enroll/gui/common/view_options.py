"""The View menu both windows share: high contrast, larger text and the language.

`ViewOptions` owns the four checkable actions of a window's View menu: toggling one saves the
user option and applies it at once (the look to the whole app, the language through the app's
translator); `sync()` puts the check marks back in line with the options, e.g. after the
Options dialog or a language change made elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.settings import Options
from bpu_enroll.gui.common.style import apply_look


class ViewOptions(QObject):
    """See the module text."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        high_contrast: QAction,
        large_font: QAction,
        language_id: QAction,
        language_en: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._actions = (high_contrast, large_font, language_id, language_en)
        high_contrast.toggled.connect(self._on_high_contrast_toggled)
        large_font.toggled.connect(self._on_large_font_toggled)
        language_id.triggered.connect(lambda: self.set_language("id"))
        language_en.triggered.connect(lambda: self.set_language("en"))
        self.sync()

    def sync(self) -> None:
        """Check marks as the options are now (signals blocked: nothing is applied again)."""
        settings = self.ctx.settings
        states = (
            settings.get(Options.high_contrast),
            settings.get(Options.large_font),
            self.ctx.lang == "id",
            self.ctx.lang == "en",
        )
        for action, on in zip(self._actions, states, strict=True):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)

    def apply_look(self) -> None:
        """Apply the saved look options to the whole app."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            settings = self.ctx.settings
            apply_look(
                app,
                high_contrast=settings.get(Options.high_contrast),
                large_font=settings.get(Options.large_font),
            )

    def set_language(self, code: str) -> None:
        """Save and switch the app's language."""
        self.ctx.settings.set(Options.language, code)
        self.ctx.languages.set_language(code)
        self.sync()

    def _on_high_contrast_toggled(self, on: bool) -> None:
        self.ctx.settings.set(Options.high_contrast, on)
        self.apply_look()

    def _on_large_font_toggled(self, on: bool) -> None:
        self.ctx.settings.set(Options.large_font, on)
        self.apply_look()
