"""`WorkspaceContext`: what every workspace page is handed besides the `AppContext`.

It holds the signed-in staff client, the user's name and role and the workstation settings, and
runs every server call in the background (`ctx.tasks.run_background`), with the result back on
the GUI thread. It also knows whether the branch server answers: a call that cannot reach it, or
a failed health ping, marks the workspace offline (`online_changed(False)`); a health ping every
`retry_seconds` (online or offline) notices the server going away and coming back
(`online_changed(True)`; the window then refreshes the visible page). A refused session
(`SESSION_INVALID`) emits `session_expired` once; the window goes back to sign-in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import code_kept_whole, error_text
from bpu_enroll.services.workstation import Workstation
from bpu_enroll.sync.staff_client import StaffClient, StaffError

log = logging.getLogger(__name__)

T = TypeVar("T")
SUPERVISOR_ROLES = frozenset({"supervisor", "admin"})
UNREACHABLE = "SERVER_UNREACHABLE"
SESSION_INVALID = "SESSION_INVALID"


def _alive(callback: Callable[..., Any]) -> bool:
    """False when `callback` is a method of a Qt object that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _health(client: StaffClient) -> dict[str, Any]:
    return client.health()


class _Call(QObject):
    """One background call's callbacks, kept alive on the GUI thread until the call ends."""

    def __init__(
        self,
        ws: WorkspaceContext,
        on_done: Callable[[Any], None],
        on_error: Callable[[StaffError], None] | None,
    ) -> None:
        super().__init__(ws)
        self.ws = ws
        self.on_done = on_done
        self.on_error = on_error

    def succeeded(self, result: object) -> None:
        """The call answered: the server is reachable; hand over the result."""
        if self.ws.closed:
            self.deleteLater()
            return
        self.ws._contact()
        if _alive(self.on_done):
            self.on_done(result)
        self.deleteLater()

    def failed(self, exc: object) -> None:
        """The call failed: see `WorkspaceContext.call`."""
        self.ws._call_failed(exc, self.on_error)
        self.deleteLater()


class WorkspaceContext(QObject):
    """See the module text."""

    online_changed = Signal(bool)
    session_expired = Signal()
    contact_changed = Signal()
    problem = Signal(str, str)

    def __init__(
        self,
        ctx: AppContext,
        workstation: Workstation,
        client: StaffClient,
        *,
        retry_seconds: float = 10.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workstation = workstation
        self.client = client
        self.username: str = client.username or ""
        self.role: str = client.role or ""
        self.online = True
        self.last_contact: datetime | None = ctx.clock()
        self.retry_seconds = retry_seconds
        self._expired = False
        self._closed = False
        self._pinging = False
        self._box: QMessageBox | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(max(100, int(retry_seconds * 1000)))
        self._timer.timeout.connect(self.ping)
        self._timer.start()

    def is_supervisor(self) -> bool:
        """True for the supervisor and admin roles (the branch's cash figures)."""
        return self.role in SUPERVISOR_ROLES

    def call(
        self,
        fn: Callable[[StaffClient], T],
        on_done: Callable[[T], None],
        on_error: Callable[[StaffError], None] | None = None,
    ) -> None:
        """Run `fn(client)` in the background; `on_done(result)` on the GUI thread.

        SERVER_UNREACHABLE marks the workspace offline, then `on_error` if given.
        SESSION_INVALID emits `session_expired`. Another StaffError goes to `on_error`, else a
        message box with its code and message.
        """
        holder = _Call(self, on_done, on_error)
        self.ctx.tasks.run_background(
            fn, self.client, on_done=holder.succeeded, on_error=holder.failed
        )

    def seconds_to_retry(self) -> int:
        """Whole seconds until the next health ping (for the offline countdown)."""
        remaining = self._timer.remainingTime()
        return max(0, (remaining + 999) // 1000)

    def ping(self) -> None:
        """Ask the server's health now (once at a time); the answer sets online/offline."""
        if self._pinging or self._expired:
            return
        self._pinging = True
        self.ctx.tasks.run_background(
            _health, self.client, on_done=self._on_ping_done, on_error=self._on_ping_failed
        )

    def retry_now(self) -> None:
        """Ping at once and restart the interval (the "Retry now" button)."""
        self._timer.start()
        self.ping()

    def stop(self) -> None:
        """No more pings (session ended); results of calls still arrive."""
        self._timer.stop()

    def close(self) -> None:
        """Signing out or quitting: no more pings, and answers still on their way are dropped."""
        self._closed = True
        self.stop()

    @property
    def closed(self) -> bool:
        """True after `close`."""
        return self._closed

    def _on_ping_done(self, _health: object) -> None:
        self._pinging = False
        if not self._closed:
            self._contact()

    def _on_ping_failed(self, exc: object) -> None:
        self._pinging = False
        if self._closed:
            return
        if getattr(exc, "code", "") == UNREACHABLE:
            self._set_online(False)
        else:
            log.warning("health ping failed: %s", getattr(exc, "code", type(exc).__name__))

    def _contact(self) -> None:
        self.last_contact = self.ctx.clock()
        self._set_online(True)
        self.contact_changed.emit()

    def _set_online(self, online: bool) -> None:
        if online == self.online:
            return
        self.online = online
        if not online:
            self._timer.start()  # the countdown to the next attempt starts now
        self.online_changed.emit(online)

    def _call_failed(self, exc: object, on_error: Callable[[StaffError], None] | None) -> None:
        if self._closed:
            return
        if not isinstance(exc, StaffError):  # a bug, not a refusal: said plainly, never a trace
            exc = StaffError(type(exc).__name__, error_text(exc, self.ctx.lang), -1)
        if exc.code == SESSION_INVALID:
            self._expire()
            return
        if exc.code == UNREACHABLE:
            self._set_online(False)
        elif exc.status > 0:
            self._contact()  # the server answered, with a refusal
        if on_error is not None:
            if _alive(on_error):
                on_error(exc)
        elif exc.code != UNREACHABLE:
            self._show_problem(exc.code, exc.message)

    def _expire(self) -> None:
        if self._expired:
            return
        self._expired = True
        self.stop()
        self.session_expired.emit()

    def _show_problem(self, code: str, message: str) -> None:
        self.problem.emit(code, message)
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Branch server"),
            code_kept_whole(self.tr("{message} (code {code})").format(message=message, code=code)),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("workspaceProblemBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._box = box  # a box without a parent window lives as long as this reference
        box.open()
