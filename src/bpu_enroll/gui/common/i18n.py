"""Runtime language switch: Bahasa Indonesia (default) or English, through one QTranslator.

The source strings of the GUI are English; `resources/translations/bpu_enroll_id.qm` holds the
Indonesian text, `bpu_enroll_en.qm` the English one. Installing a translator makes Qt send a
`LanguageChange` event to every widget; each window re-runs `self.ui.retranslateUi(self)` and
refreshes the texts it set itself. Error texts come from `domain.errors.message(code, lang)`.
Qt's own strings (standard buttons "OK/Batal/Ya/Tidak/Simpan", message boxes, the edit menu of
text fields, the file and print dialogs Qt draws where the system draws none) come from a
second translator, `qtbase_id.qm`, compiled from the hand-written `qtbase_id.ts` (PySide6
ships no Indonesian one).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QComboBox

from bpu_enroll.paths import resource

log = logging.getLogger(__name__)

LANGUAGES: tuple[tuple[str, str], ...] = (("id", "Bahasa Indonesia"), ("en", "English"))
DEFAULT_LANGUAGE = "id"


def normalise_language(code: str | None) -> str:
    """`"en"`, `"EN"`, `"en_US"` → `"en"`; anything unknown → `"id"`."""
    short = (code or "").strip().lower()[:2]
    return short if short in dict(LANGUAGES) else DEFAULT_LANGUAGE


_qt_translator: QTranslator | None = None


class LanguageSwitcher(QObject):
    """Owns the app's translator; `set_language` swaps it at runtime."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._language = ""

    @property
    def language(self) -> str:
        """The active language code, `"id"` or `"en"`."""
        return self._language or DEFAULT_LANGUAGE

    def set_language(self, code: str) -> bool:
        """Switch to `code`; False when its `.qm` file could not be loaded (texts stay English)."""
        lang = normalise_language(code)
        if lang == self._language:
            return True
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
        translator = QTranslator(self)
        qm = resource("translations", f"bpu_enroll_{lang}.qm")
        loaded = translator.load(str(qm))
        if not loaded:
            log.warning("translation file missing: %s (run scripts/build_translations.py)", qm.name)
        self._translator = translator
        self._language = lang
        language = QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English
        QLocale.setDefault(QLocale(language, QLocale.Country.Indonesia))
        if loaded and app is not None:
            QCoreApplication.installTranslator(translator)
        self._install_qt_strings(lang)
        self.language_changed.emit(lang)
        return loaded

    def release(self) -> None:
        """Take this switcher's translator out of the application now. For a switcher that ends
        before the application does (each test's context): left installed, its translator was
        removed whenever the garbage collector destroyed it, and the language change Qt then
        posts reached whatever windows were open at that moment, in the middle of another test."""
        if self._translator is not None and QCoreApplication.instance() is not None:
            QCoreApplication.removeTranslator(self._translator)
        self._translator = None
        self._language = ""

    def _install_qt_strings(self, lang: str) -> None:
        """Qt's own strings (standard buttons, message boxes, file and print dialogs) in `lang`:
        `qtbase_id.qm` from resources/translations; English needs none. One translator for the
        whole process, whichever switcher installs it."""
        global _qt_translator  # noqa: PLW0603 — Qt's translators are process-wide too
        if _qt_translator is not None:
            QCoreApplication.removeTranslator(_qt_translator)
            _qt_translator = None
        if lang == "en":
            return
        qm = resource("translations", f"qtbase_{lang}.qm")
        translator = QTranslator()
        if not translator.load(str(qm)):
            log.warning("Qt's strings untranslated: %s missing", qm.name)
            return
        _qt_translator = translator
        if QCoreApplication.instance() is not None:
            QCoreApplication.installTranslator(translator)


def fill_language_combo(combo: QComboBox, current: str) -> None:
    """Fill a combo box with the languages (each in its own name) and select `current`."""
    combo.blockSignals(True)
    combo.clear()
    for code, name in LANGUAGES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(normalise_language(current))))
    combo.blockSignals(False)
