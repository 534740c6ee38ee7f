"""The supervisor's view of the officers' laptops: last sync, records waiting, silent laptops.

One row per laptop enrolled at the branch (`StaffClient.activity`): its device code and label,
the officers who used it, its last sync both relative ("2 days ago", counted from the server's
`now`) and absolute in the branch's zone, the records its last report said were waiting, the
records received. A laptop silent for more than N days (the spin box, 3 by default; the server
decides) is marked with "⚠ Silent …" and shown bold on the banner colour; a revoked laptop says
"✗ Revoked". The app version each laptop last reported and its reference-data versions are
shown; a laptop below the branch's `min-app-version` says "⚠ 0.1.0 (update)" and is marked like
a silent one. Changing N reads the list again; F5 too. Network calls go through `ws.call`.

Every column fits a 1366-px screen in larger Indonesian text (`ColumnFitter`): long titles and
the time of the last sync take two lines, officers one a line; the label and the reference data
give up room, cut with "…" (whole in the tooltip), and the reference data take what is left.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from bpu_enroll.domain.formatting import local_datetime, thousands
from bpu_enroll.gui.common.column_fit import ColumnFitter, two_lines
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.focus import opens_on
from bpu_enroll.gui.common.keep_choice import keeping_choice
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.forms.workspace.ui_activity_page import Ui_ActivityPage
from bpu_enroll.gui.workspace.tally.model import Column, ColumnsModel, staff_error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient


def moment_of(value: Any) -> datetime | None:
    """An ISO moment from the server as an aware `datetime`; None when absent."""
    return datetime.fromisoformat(str(value)) if value else None


def state_text(row: dict[str, Any]) -> str:
    """The marker of a laptop: `✗ Revoked`, `⚠ Silent for 5 days`, `⚠ Silent: never synced`
    or `✓ Active` (a sign and words, not colour alone)."""
    if row.get("revoked"):
        return "✗ " + QCoreApplication.translate("ActivityPage", "Revoked")
    if not row.get("silent"):
        return "✓ " + QCoreApplication.translate("ActivityPage", "Active")
    if row.get("days_silent") is None:
        return "⚠ " + QCoreApplication.translate("ActivityPage", "Silent: never synced")
    days = int(row["days_silent"])
    # `ActivityPage.tr`, not `QCoreApplication.translate`: lupdate records a plural only from
    # `tr`, so English said "Silent for 5 day(s)". PySide6 takes `tr` on the class too (the
    # class's name is the context); its stubs know only the instance method.
    tr = cast("Callable[[str, str, int], str]", ActivityPage.tr)
    return "⚠ " + tr("Silent for %Ln day(s)", "", days)


def is_silent(row: dict[str, Any]) -> bool:
    """True for a laptop to look at: silent and not revoked."""
    return bool(row.get("silent")) and not row.get("revoked")


def needs_a_look(row: dict[str, Any]) -> bool:
    """Silent, or running an app older than the branch's minimum (both not revoked)."""
    return is_silent(row) or (bool(row.get("outdated")) and not row.get("revoked"))


def version_text(row: dict[str, Any]) -> str:
    """The app version a laptop reported, `⚠ 0.1.0 (update)` when below the minimum."""
    version = row.get("app_version") or QCoreApplication.translate("ActivityPage", "unknown")
    if row.get("outdated"):
        return "⚠ " + QCoreApplication.translate("ActivityPage", "{version} (update)").format(
            version=version
        )
    return str(version)


# The reference data a laptop reports, by the key of its report: said in words, not the keys
# ("occupations" read as English in the Indonesian interface).
REFERENCE_NAMES: dict[str, object] = {
    "contribution_rules": QT_TRANSLATE_NOOP("ActivityPage", "Contribution rules"),
    "occupations": QT_TRANSLATE_NOOP("ActivityPage", "Occupations"),
    "regions": QT_TRANSLATE_NOOP("ActivityPage", "Regions"),
}


def reference_name(key: str) -> str:
    """The reference data of `key` in words (`Aturan iuran`); an unknown key as it came."""
    name = REFERENCE_NAMES.get(key)
    return QCoreApplication.translate("ActivityPage", str(name)) if name else key


def references_text(row: dict[str, Any]) -> str:
    """The reference-data versions a laptop reported, `Name version` joined by ` · `, in the
    order of their keys (the same in both languages)."""
    versions: dict[str, str] = row.get("reference_versions") or {}
    return (
        " · ".join(f"{reference_name(key)} {value}" for key, value in sorted(versions.items()))
        or "–"
    )


class ActivityPage(QWidget):
    """See the module text."""

    activity_shown = Signal(object)  # the server's answer
    failed = Signal(object)

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.ws = ctx, ws
        self.ui = Ui_ActivityPage()
        self.ui.setupUi(self)
        self.now: datetime | None = None
        self.model = ColumnsModel(self._columns(), self, marked=needs_a_look)
        self.minimum: str | None = None
        self.ui.laptopsView.setModel(self.model)
        # Opened, the page puts the keyboard on the list (Down walks the laptops), not on the
        # days above it, which Down would change; Shift+Tab goes back up to them.
        opens_on(self, self.ui.laptopsView)
        label = self.model.column_of("label")
        references = self.model.column_of("reference_versions")
        self.columns = ColumnFitter(
            self.ui.laptopsView, elide=(label, references), stretch=references
        )
        self.ui.laptopsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )  # two-line times and officers
        self._generation = 0
        self._failure: object | None = None  # the read that failed, said again after a switch
        self._busy = 0
        self._reload_timer = QTimer(self, singleShot=True, interval=250)
        self._reload_timer.timeout.connect(self.refresh)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.silentSpin.valueChanged.connect(self._on_silentSpin_valueChanged)
        self._set_busy(0)
        self._show_summary()

    @property
    def silent_days(self) -> int:
        """N: days without a sync before a laptop counts as silent."""
        return int(self.ui.silentSpin.value())

    @property
    def busy(self) -> bool:
        """True while a call is under way."""
        return self._busy > 0

    def refresh(self) -> None:
        """Read the laptops' activity again (F5)."""
        self._generation += 1
        generation, days = self._generation, self.silent_days

        def read(client: StaffClient) -> tuple[int, dict[str, Any]]:
            return generation, client.activity(days)

        self._set_busy(+1)
        self.ws.call(read, self._on_read, self._on_failed)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_summary()
            self._show_failure()  # in the new language: it stayed in the old one
        super().changeEvent(event)

    def _columns(self) -> list[Column]:
        return [
            Column("state", lambda: self.tr("State"), lambda r: r, state_text),
            Column("device", lambda: self.tr("Laptop"), lambda r: r["device"]),
            Column("label", lambda: self.tr("Label"), lambda r: r.get("label") or "–"),
            Column("officers", lambda: self.tr("Officers"),
                   lambda r: "\n".join(r.get("officers") or []) or "–"),  # one a line: narrow
            Column("last_sync", lambda: two_lines(self.tr("Last sync"), 0),
                   lambda r: moment_of(r.get("last_sync")), self._relative),
            Column("last_sync_at", lambda: two_lines(self.tr("Last sync at"), 0),
                   lambda r: moment_of(r.get("last_sync")), self._absolute),
            Column("records_waiting", lambda: two_lines(self.tr("Records waiting"), 0),
                   lambda r: r.get("records_waiting"), self._count, numeric=True),
            Column("records_received", lambda: two_lines(self.tr("Records received"), 0),
                   lambda r: r.get("records_received", 0), self._count, numeric=True),
            Column("app_version", lambda: two_lines(self.tr("App version"), 0),
                   lambda r: r, version_text),
            Column("reference_versions", lambda: self.tr("Reference data"),
                   lambda r: r, references_text),
        ]  # fmt: skip

    def _relative(self, moment: datetime | None) -> str:
        """`never`, `just now`, `5 minutes ago`, `3 hours ago`, `2 days ago`.

        Plural texts go through `self.tr(text, "", n)`: the only form lupdate records as plural.
        """
        if moment is None:
            return self.tr("never")
        now = self.now or datetime.now().astimezone()
        seconds = max(0, int((now - moment).total_seconds()))
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%Ln minute(s) ago", "", seconds // 60)
        if seconds < 48 * 3600:
            return self.tr("%Ln hour(s) ago", "", seconds // 3600)
        return self.tr("%Ln day(s) ago", "", seconds // 86400)

    def _absolute(self, moment: datetime | None) -> str:
        """`5 Desember 2026` over `03.51 WIB`: a narrow column (the rows grow to fit)."""
        if moment is None:
            return "–"
        text = local_datetime(moment, self.ws.workstation.province_code, self.ctx.lang)
        parts = text.rsplit(" ", 2)  # the date, the clock, the zone
        return f"{parts[0]}\n{parts[1]} {parts[2]}" if len(parts) == 3 else text

    def _count(self, value: Any) -> str:
        return "–" if value is None else thousands(int(value))

    def _on_silentSpin_valueChanged(self, _value: int) -> None:
        self._reload_timer.start()

    def _set_busy(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        self.ui.busyBar.setVisible(self.busy)

    def _on_read(self, result: tuple[int, dict[str, Any]]) -> None:
        generation, answer = result
        self._set_busy(-1)
        if generation != self._generation:
            return
        self._failure = None
        self.ui.statusLabel.clear()
        self.now = moment_of(answer.get("now"))
        self.minimum = answer.get("min_app_version")
        with keeping_choice(self.ui.laptopsView, lambda r: self.model.value(r, "device")):
            self.model.set_rows(answer.get("items", []))  # F5, a reconnect: the laptop kept
        self._show_summary()
        self.activity_shown.emit(answer)

    def _show_summary(self) -> None:
        rows = self.model.rows()
        silent = sum(1 for row in rows if is_silent(row))
        revoked = sum(1 for row in rows if row.get("revoked"))
        waiting = sum(int(row.get("records_waiting") or 0) for row in rows)
        text = self.tr("%Ln laptop(s)", "", len(rows))
        text += " · " + self.tr("%Ln silent for more than {days} days", "", silent).format(
            days=self.silent_days
        )
        text += " · " + self.tr("%Ln revoked", "", revoked)
        text += " · " + self.tr("%Ln record(s) waiting", "", waiting)
        if self.minimum:
            outdated = sum(1 for row in rows if row.get("outdated") and not row.get("revoked"))
            text += " · " + self.tr("%Ln below version {minimum}", "", outdated).format(
                minimum=self.minimum
            )
        self.ui.summaryLabel.setText(text)

    def _on_failed(self, exc: object) -> None:
        self._set_busy(-1)
        self._failure = exc
        self._show_failure()
        self.failed.emit(exc)

    def _show_failure(self) -> None:
        if self._failure is not None:
            set_role(self.ui.statusLabel, "error")
            self.ui.statusLabel.setText(staff_error_text(self._failure, self.ctx.lang))
