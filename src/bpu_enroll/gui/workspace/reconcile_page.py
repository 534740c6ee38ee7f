"""The supervisor's reconciliation: each laptop's own tally of a day against what the branch holds.

For the chosen date the server (`StaffClient.reconciliation`) gives one row per laptop: the hash
of the tally the laptop last reported, the hash of the branch's tally of that laptop's records,
whether they match, how many records the laptop has not synced yet, voids the branch has not
received and receipts the branch is missing. "Matches" is a word with a ✓ or ✗, never colour
alone. Selecting a row lists the figures that differ (path, laptop's value, branch's value).

"Check a laptop tally file…" (Ctrl+O) reads a `bpu-enroll tally --json` file (from a USB stick),
sends it to the server (`StaffClient.reconcile_document`) and adds the answer as a row marked
"file", selected. Network calls go through `ws.call`; the file is read in the background too.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QItemSelection, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from bpu_enroll.domain.formatting import local_datetime, long_date, rupiah
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.pdf_pages import documents_folder
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.forms.ui_ws_reconcile_page import Ui_ReconcilePage
from bpu_enroll.gui.workspace.tally_model import (
    Column,
    ColumnsModel,
    staff_error_text,
    today_in_branch,
)

if TYPE_CHECKING:
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient

MAX_FILE_BYTES = 5 * 1024 * 1024
MONEY_FIGURES = ("total_quoted", "cash_collected")


class NotATallyFile(Exception):
    """The chosen file is not a laptop tally document."""


def read_tally_file(path: Path) -> dict[str, Any]:
    """Background: the laptop tally document in `path` (`bpu-enroll tally --json`)."""
    try:
        raw = path.read_bytes()[: MAX_FILE_BYTES + 1]
        document = json.loads(raw) if len(raw) <= MAX_FILE_BYTES else None
    except (OSError, ValueError) as exc:
        raise NotATallyFile(str(path)) from exc
    if not isinstance(document, dict) or not {"device", "date", "hash"} <= document.keys():
        raise NotATallyFile(str(path))
    return document


def match_text(matches: bool | None) -> str:
    """`✓ Matches`, `✗ Differs` or `– No laptop tally` (a sign and a word, not colour alone)."""
    if matches is None:
        return "– " + QCoreApplication.translate("ReconcilePage", "No laptop tally")
    if matches:
        return "✓ " + QCoreApplication.translate("ReconcilePage", "Matches")
    return "✗ " + QCoreApplication.translate("ReconcilePage", "Differs")


def short_hash(value: Any) -> str:
    """The first 12 characters of a hash (the whole one is in the tooltip); `–` for none."""
    return str(value)[:12] if value else "–"


def two_lines(title: str) -> str:
    """A long column title broken at the space nearest its middle (narrow number columns)."""
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if len(title) < 14 or not spaces:
        return title
    cut = min(spaces, key=lambda i: abs(i - len(title) / 2))
    return f"{title[:cut]}\n{title[cut + 1 :]}"


def show_value(value: Any) -> str:
    """A figure of a difference as text: money-like ints with dots, lists joined, none as `–`."""
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "–"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def money_difference(difference: dict[str, Any]) -> dict[str, Any]:
    """A difference with its amounts as `Rp…` when the figure is money."""
    if not str(difference.get("path", "")).endswith(MONEY_FIGURES):
        return difference
    return {
        **difference,
        **{side: rupiah(difference[side]) for side in ("laptop", "branch")
           if isinstance(difference.get(side), int)},
    }  # fmt: skip


class ReconcilePage(QWidget):
    """See the module text."""

    reconciled = Signal(object)  # the server's answer {date, items}
    file_checked = Signal(object)  # RECON of an uploaded file
    failed = Signal(object)

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.ws = ctx, ws
        self.ui = Ui_ReconcilePage()
        self.ui.setupUi(self)
        self.model = ColumnsModel(self._columns(), self, marked=lambda r: r.get("matches") is False)
        self.differences = ColumnsModel(self._difference_columns(), self)
        self.ui.laptopsView.setModel(self.model)
        self.ui.differencesView.setModel(self.differences)
        for view in (self.ui.laptopsView, self.ui.differencesView):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.differencesView.horizontalHeader().setStretchLastSection(True)
        self.ui.laptopsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.splitter.setSizes([420, 260])
        self._generation = 0
        self._busy = 0
        self._refresh_failed = False
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.refresh)
        self._wire()
        today = self.today()
        self.ui.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.set_day(today)
        self._set_busy(0)
        self._show_details(None)

    # --- public --------------------------------------------------------------------------------

    @property
    def day(self) -> date:
        """The date chosen."""
        value = self.ui.dateEdit.date()
        return date(value.year(), value.month(), value.day())

    @property
    def busy(self) -> bool:
        """True while a call is under way."""
        return self._busy > 0

    def today(self) -> date:
        """Today in the branch's time zone."""
        return today_in_branch(self.ctx.clock(), self.ws.workstation.province_code)

    def set_day(self, day: date) -> None:
        """Choose `day`; the rows follow when the page is shown."""
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

    def refresh(self) -> None:
        """Read the reconciliation of the chosen date (F5)."""
        self._generation += 1
        generation, day = self._generation, self.day

        def read(client: StaffClient) -> tuple[int, dict[str, Any]]:
            return generation, client.reconciliation(day)

        self._set_busy(+1)
        self.ws.call(read, self._on_read, self._on_refresh_failed)

    def check_file(self, path: Path | None = None) -> None:
        """Send a laptop tally file to the server and show the answer (Ctrl+O)."""
        path = path or self.ask_open_path()
        if path is None:
            return
        self._set_busy(+1)
        self._show_status(self.tr("Checking {name}…").format(name=path.name), "muted")
        self.ctx.tasks.run_background(
            read_tally_file, path, on_done=self._on_file_read, on_error=self._on_failed
        )

    def ask_open_path(self) -> Path | None:
        """An open-file dialog for a tally file; None if cancelled."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Check a laptop tally file"), str(documents_folder()),
            self.tr("Tally files (*.json);;All files (*)"),
        )  # fmt: skip
        return Path(chosen) if chosen else None

    def selected_row(self) -> dict[str, Any] | None:
        """The row selected in the table, if any."""
        rows = self.ui.laptopsView.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self.differences.retranslate()
            self._show_summary()
            self._show_details(self.selected_row())
        super().changeEvent(event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        QShortcut(QKeySequence("Ctrl+O"), self, self.check_file)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        ui.checkFileButton.clicked.connect(self._on_checkFileButton_clicked)
        ui.todayButton.clicked.connect(lambda: self.set_day(self.today()))
        ui.dateEdit.dateChanged.connect(self._on_dateEdit_dateChanged)
        ui.laptopsView.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _on_checkFileButton_clicked(self) -> None:
        self.check_file()

    def _columns(self) -> list[Column]:
        def full(key: str) -> Any:
            return lambda r: str(r.get(key) or "")

        def receipts(key: str) -> Any:
            return lambda r: "\n".join(r.get(key) or [])

        return [
            Column("device", lambda: self.tr("Laptop"), lambda r: r["device"]),
            Column("officers", lambda: self.tr("Officers"),
                   lambda r: "\n".join(r.get("officers") or [])),  # one a line: narrow
            Column("source", lambda: self.tr("From"), lambda r: r.get("source", "report"),
                   lambda v: self.tr("file") if v == "file" else self.tr("report")),
            Column("reported_at", lambda: self.tr("Reported at"), lambda r: r.get("reported_at"),
                   self._moment),
            Column("matches", lambda: self.tr("Matches"), lambda r: r.get("matches"), match_text),
            Column("laptop_hash", lambda: self.tr("Laptop hash"), lambda r: r.get("laptop_hash"),
                   short_hash, tooltip=full("laptop_hash")),
            Column("branch_hash", lambda: self.tr("Branch hash"), lambda r: r.get("branch_hash"),
                   short_hash, tooltip=full("branch_hash")),
            Column("not_synced", lambda: two_lines(self.tr("Not synced")),
                   lambda r: r.get("not_synced", 0), numeric=True),
            Column("voids_not_received", lambda: two_lines(self.tr("Voids not received")),
                   lambda r: len(r.get("voids_not_received") or []), numeric=True,
                   tooltip=receipts("voids_not_received")),
            Column("missing_at_branch", lambda: two_lines(self.tr("Missing receipts")),
                   lambda r: len(r.get("missing_at_branch") or []), numeric=True,
                   tooltip=receipts("missing_at_branch")),
        ]  # fmt: skip

    def _difference_columns(self) -> list[Column]:
        return [
            Column("path", lambda: self.tr("Figure"), lambda r: r.get("path", "")),
            Column(
                "laptop",
                lambda: self.tr("Laptop"),
                lambda r: r.get("laptop"),
                lambda v: v if isinstance(v, str) else show_value(v),
            ),
            Column(
                "branch",
                lambda: self.tr("Branch"),
                lambda r: r.get("branch"),
                lambda v: v if isinstance(v, str) else show_value(v),
            ),
        ]

    def _moment(self, value: Any) -> str:
        if not value:
            return "–"
        moment = datetime.fromisoformat(str(value))
        return local_datetime(moment, self.ws.workstation.province_code, self.ctx.lang)

    def _on_dateEdit_dateChanged(self, _value: QDate) -> None:
        if self.isVisible():
            self._reload_timer.start()

    def _set_busy(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        self.ui.busyBar.setVisible(self.busy)

    # --- results -------------------------------------------------------------------------------

    def _on_read(self, result: tuple[int, dict[str, Any]]) -> None:
        generation, answer = result
        self._set_busy(-1)
        if generation != self._generation:
            return
        if self._refresh_failed:
            self._refresh_failed = False
            self.ui.statusLabel.clear()
        self.model.set_rows([{**item, "source": "report"} for item in answer.get("items", [])])
        self._show_summary()
        if self.model.rowCount():
            self.ui.laptopsView.selectRow(0)
        else:
            self._show_details(None)
        self.reconciled.emit(answer)

    def _on_file_read(self, document: dict[str, Any]) -> None:
        self.ws.call(lambda client: client.reconcile_document(document), self._on_file_checked,
                     self._on_failed)  # fmt: skip

    def _on_file_checked(self, recon: dict[str, Any]) -> None:
        self._set_busy(-1)
        rows = [*self.model.rows(), {**recon, "source": "file"}]
        self.model.set_rows(rows)
        self.ui.laptopsView.selectRow(len(rows) - 1)
        text = self.tr("The tally file of laptop {device}: {result}.").format(
            device=recon.get("device", "?"), result=match_text(recon.get("matches"))
        )
        self._show_status(text, "success" if recon.get("matches") else "error")
        self._show_summary()
        self.file_checked.emit(recon)

    def _on_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._show_details(self.selected_row())

    def _show_summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            text = self.tr("No laptop has records or a report on {day}.")
            self.ui.summaryLabel.setText(text.format(day=long_date(self.day, self.ctx.lang)))
            return
        matching = sum(1 for r in rows if r.get("matches") is True)
        differing = sum(1 for r in rows if r.get("matches") is False)
        text = self.tr("%n laptop(s)", "", len(rows))
        text += " · " + self.tr("%n match", "", matching)
        text += " · " + self.tr("%n differ", "", differing)
        self.ui.summaryLabel.setText(text)

    def _show_details(self, row: dict[str, Any] | None) -> None:
        self.differences.set_rows(
            map(money_difference, row.get("differences") or [] if row else [])
        )
        if row is None:
            self.ui.detailsLabel.setText(self.tr("Select a laptop to see its differences."))
            return
        parts = [f"{row.get('device', '?')}: {match_text(row.get('matches'))}"]
        if row.get("not_synced"):
            parts.append(self.tr("%n record(s) not synced yet", "", int(row["not_synced"])))
        for key, label in (
            ("voids_not_received", self.tr("voids not received: {list}")),
            ("missing_at_branch", self.tr("receipts missing at the branch: {list}")),
        ):
            if row.get(key):
                parts.append(label.format(list=", ".join(row[key])))
        self.ui.detailsLabel.setText(" · ".join(parts))

    def _on_refresh_failed(self, exc: object) -> None:
        self._refresh_failed = True
        self._on_failed(exc)

    def _on_failed(self, exc: object) -> None:
        self._set_busy(-1)
        if isinstance(exc, NotATallyFile):
            text = self.tr("This file is not a laptop tally (bpu-enroll tally --json).")
        else:
            text = staff_error_text(exc, self.ctx.lang)
        self._show_status(text, "error")
        self.failed.emit(exc)

    def _show_status(self, text: str, role: str) -> None:
        set_role(self.ui.statusLabel, role)
        self.ui.statusLabel.setText(text)
