"""About BPU Enroll: the version (stamped from `pyproject.toml`), where the data and logs are.

Support staff ask for the version and the log folder first; the dialog shows both and opens the
log folder. The branch line is whatever the window knows (an officer's branch and device, or a
workstation's branch); the reference-data versions in use (the shipped ones and the packages the
branch published) follow; nothing personal is shown.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from bpu_enroll import __version__
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.crash_dialog import open_folder
from bpu_enroll.gui.common.dialogs import Dialog
from bpu_enroll.gui.forms.common.ui_about_dialog import Ui_AboutDialog
from bpu_enroll.logs import default_log_dir


class AboutDialog(Dialog):
    """See the module text; `where` is a line naming the branch (and device), or empty."""

    def __init__(
        self,
        ctx: AppContext,
        where: str = "",
        parent: QWidget | None = None,
        *,
        opener: Callable[[Path], None] = open_folder,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.where = where
        self.log_dir = default_log_dir()
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.openLogsButton.clicked.connect(lambda: opener(self.log_dir))
        # Enter closes it, as its default button says: the first button (Open log folder) took the
        # focus, and with it Enter.
        self.ui.closeButton.setFocus()
        self.versions = _reference_versions(ctx.data_dir)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)

    def _fill(self) -> None:
        self.ui.titleLabel.setText(f"BPU Enroll {__version__}")
        lines = [
            self.tr("Version {version}").format(version=__version__),
            self.tr("Python {python} · Qt for Python {qt}").format(
                python=platform.python_version(), qt=pyside_version
            ),
        ]
        if self.where:
            lines.append(self.where)
        rules = ", ".join(
            f"{r['version']} ({r['valid_from']})" for r in self.versions["contribution_rules"]
        )
        lines += [
            self.tr("Contribution rules: {versions}").format(versions=rules),
            self.tr("Occupations: {version} · Regions: {regions}").format(
                version=self.versions["occupations"], regions=self.versions["regions"]
            ),
        ]
        lines += [
            self.tr("Data folder: {path}").format(path=self.ctx.data_dir),
            self.tr("Log folder: {path}").format(path=self.log_dir),
            self.tr("BPJS Ketenagakerjaan — registration of non-wage workers (BPU)."),
        ]
        self.ui.detailsLabel.setText("\n".join(lines))


def _reference_versions(data_dir: Path) -> dict[str, Any]:
    """The reference versions in use in this profile (shipped, plus the branch's packages)."""
    from bpu_enroll.services.reference import laptop_reference

    return laptop_reference(data_dir).versions()
