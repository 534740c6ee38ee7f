"""A task's signals object is deleted on the GUI thread, whichever thread lets go of it last.

The pool lets go of a task after its `finished`; when the GUI thread has handled `finished`
first (an idle GUI does, at once), the signals object must not die with the pool's reference on
the worker thread: Qt deletes an object safely only on its own thread, and the GUI thread may
still be delivering its signals (a crash seen once in CI, in the workspace's sign-out path).
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common import tasks
from bpu_enroll.gui.common.tasks import TaskRunner

TASKS = 40


def test_the_signals_of_every_task_die_on_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain_run = tasks._Task.run

    def run_then_linger(task: tasks._Task) -> None:
        plain_run(task)
        time.sleep(0.02)  # the GUI thread handles `finished` before the pool lets go of the task

    monkeypatch.setattr(tasks._Task, "run", run_then_linger)
    gui = QThread.currentThread()
    died_on: list[bool] = []
    answers: list[object] = []
    runner = TaskRunner()

    def watch(signals: QObject) -> None:
        signals.destroyed.connect(
            lambda *_: died_on.append(QThread.currentThread() is gui),
            Qt.ConnectionType.DirectConnection,
        )

    for n in range(TASKS):
        watch(runner.run_background(lambda k: k * 2, n, on_done=answers.append))
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    assert runner.wait_idle()
    qtbot.waitUntil(lambda: len(died_on) == TASKS, timeout=5_000)

    assert died_on == [True] * TASKS
    assert sorted(answers) == [2 * n for n in range(TASKS)]  # type: ignore[type-var]
