"""The one background task runner: store work on a single serial worker, results on the GUI thread.

Every read or write of the local store goes through `TaskRunner.run_db`: a `QThreadPool` with
exactly one thread that never expires, so all SQLite/SQLCipher work happens in order on one OS
thread and the GUI thread never waits on the disk. CPU-only work that is not store work (loading
the region index) goes through `run_background` on a second pool. A task is a plain callable with
plain arguments; its result (plain data, never a widget or a live database session) comes back
through a `TaskSignals` object that lives on the GUI thread, so the callbacks run there.

That object is a child of the runner and is deleted on the GUI thread (`deleteLater`) once its
`finished` is handled. Owned by Python alone, it died with its last reference, and that could
be the pool's: the worker lets go of the task after `finished`, and when the GUI thread had
already handled it, the object was deleted on the worker thread while the GUI thread could still
be delivering its signals (Qt allows deleting an object only on its own thread; a crash).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]


class TaskSignals(QObject):
    """The signals of one task; created on the GUI thread as the runner's child, emitted from the
    worker, deleted on the GUI thread after `finished`."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal(object)


class _Task(QRunnable):
    """Runs one callable and reports through its signals object."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], signals: TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._args = args
        self._signals = signals

    def run(self) -> None:
        """Call the function; emit its result or its exception, then `finished`."""
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # reported to the GUI thread, never swallowed
            log.debug("task %s failed", getattr(self._fn, "__name__", "?"), exc_info=True)
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        self._signals.finished.emit(self._signals)


class TaskRunner(QObject):
    """Runs store work serially and other background work in parallel; see the module text.

    Callbacks should be bound methods of QObjects living on the GUI thread: Qt then queues them
    to that thread and drops them when their object has been destroyed meanwhile.
    """

    busy_changed = Signal(bool)
    task_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._db_pool.setExpiryTimeout(-1)
        self._background_pool = QThreadPool(self)
        self._background_pool.setMaxThreadCount(2)
        self._pending: set[TaskSignals] = set()

    @property
    def busy(self) -> bool:
        """True while any task is queued or running."""
        return bool(self._pending)

    def run_db(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> TaskSignals:
        """Queue store work on the single store thread."""
        return self._start(self._db_pool, fn, args, on_done, on_error)

    def run_background(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
    ) -> TaskSignals:
        """Queue work that does not touch the store (reference data, CPU work)."""
        return self._start(self._background_pool, fn, args, on_done, on_error)

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until both pools are empty (shutdown and tests only); True when they are."""
        done = self._db_pool.waitForDone(msecs)
        return self._background_pool.waitForDone(msecs) and done

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_done: Callback | None,
        on_error: Callback | None,
    ) -> TaskSignals:
        signals = TaskSignals(self)
        if on_done is not None:
            signals.succeeded.connect(on_done)
        signals.failed.connect(on_error if on_error is not None else self.task_failed.emit)
        signals.finished.connect(self._on_task_finished)
        was_busy = self.busy
        self._pending.add(signals)
        if not was_busy:
            self.busy_changed.emit(True)
        pool.start(_Task(fn, args, signals))
        return signals

    def _on_task_finished(self, signals: TaskSignals) -> None:
        self._pending.discard(signals)
        signals.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)
