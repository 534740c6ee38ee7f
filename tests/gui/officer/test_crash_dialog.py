"""A crash on any thread writes a report and the app offers to open the log folder."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.crash_dialog import CrashNotifier
from bpu_enroll.logs import CrashReporter


def _crash_on_a_thread(reporter: CrashReporter) -> None:
    def work() -> None:
        raise RuntimeError("boom with 3171234567890001 inside")

    thread = threading.Thread(target=work, name="worker")
    previous = threading.excepthook
    threading.excepthook = reporter.thread_hook
    try:
        thread.start()
        thread.join()
    finally:
        threading.excepthook = previous


def test_a_worker_crash_shows_the_box_and_opens_the_log_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    opened: list[Path] = []
    notifier = CrashNotifier(opener=opened.append)
    reporter = CrashReporter(tmp_path / "logs", notifier.report)

    _crash_on_a_thread(reporter)

    qtbot.waitUntil(lambda: notifier.box is not None and notifier.box.isVisible())
    box = notifier.box
    assert box is not None
    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "3171234567890001" not in reports[0].read_text(encoding="utf-8")
    assert str(reports[0]) in box.informativeText()
    (open_button,) = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole
    ]
    open_button.click()
    assert opened == [tmp_path / "logs"]
    box.close()
    qtbot.waitUntil(lambda: notifier.box is None)


def test_crashes_in_a_row_share_one_box(qtbot: QtBot, tmp_path: Path) -> None:
    notifier = CrashNotifier(opener=lambda _folder: None)
    reporter = CrashReporter(tmp_path, notifier.report)
    _crash_on_a_thread(reporter)
    qtbot.waitUntil(lambda: notifier.box is not None and notifier.box.isVisible())
    first = notifier.box
    assert first is not None
    _crash_on_a_thread(reporter)
    qtbot.waitUntil(lambda: len(list(tmp_path.glob("crash-*.txt"))) == 2)
    qtbot.wait(50)  # the queued second report reaches the GUI thread
    assert notifier.box is first
    newest = max(tmp_path.glob("crash-*.txt"), key=lambda p: p.name)
    qtbot.waitUntil(lambda: str(newest) in first.informativeText())
    first.close()


def test_install_routes_the_process_crash_reporter_to_the_box(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from PySide6.QtWidgets import QApplication

    from bpu_enroll.gui.common import crash_dialog

    reporter = CrashReporter(tmp_path)
    monkeypatch.setattr(sys, "excepthook", reporter)  # as the launcher leaves it
    app = QApplication.instance()
    assert app is not None
    notifier = crash_dialog.install(app)
    assert reporter.on_crash == notifier.report
    try:
        raise ValueError("unexpected")
    except ValueError as exc:
        sys.excepthook(ValueError, exc, exc.__traceback__)
    qtbot.waitUntil(lambda: notifier.box is not None and notifier.box.isVisible())
    assert notifier.box is not None
    notifier.box.close()
    notifier.deleteLater()
