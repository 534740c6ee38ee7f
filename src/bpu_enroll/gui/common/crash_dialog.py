"""After a crash: tell the user a report was written and offer to open the log folder.

`logs.install_crash_handler` (called by the launcher) writes a crash report without personal
data for any uncaught exception, on any thread, and then calls its `on_crash(path)`. In the
desktop app that callback is a `CrashNotifier`: it hands the path to the GUI thread through a
queued signal (the crash may have happened on a worker thread) and shows a message box with
"Open log folder". Several crashes in a row show one box, not a pile of them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from bpu_enroll.logs import CrashReporter, install_crash_handler


def open_folder(folder: Path) -> None:
    """Open `folder` in the platform's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashNotifier(QObject):
    """Shows the crash message box on the GUI thread; see the module text."""

    crashed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        opener: Callable[[Path], None] = open_folder,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self.box: QMessageBox | None = None
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, path: Path) -> None:
        """`CrashReporter.on_crash`: safe to call from any thread."""
        self.crashed.emit(str(path))

    def _show(self, path_text: str) -> None:
        path = Path(path_text)
        if self.box is not None and self.box.isVisible():
            self.box.setInformativeText(self._where(path))
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Unexpected error"))
        box.setText(
            self.tr(
                "Something went wrong inside BPU Enroll. Registrations already saved are safe. "
                "A report without personal data was written to the log folder; please give it "
                "to the branch's support staff."
            )
        )
        box.setInformativeText(self._where(path))
        open_button = box.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(lambda: self._opener(path.parent))
        box.destroyed.connect(self._forget)
        self.box = box
        box.open()

    def _forget(self) -> None:
        self.box = None

    def _where(self, path: Path) -> str:
        return self.tr("Report: %1").replace("%1", str(path))


def install(app: QObject) -> CrashNotifier:
    """Route crash reports of this process to a message box; returns the notifier."""
    notifier = CrashNotifier(app)
    hook = sys.excepthook
    reporter = hook if isinstance(hook, CrashReporter) else install_crash_handler()
    reporter.on_crash = notifier.report
    return notifier
