"""The supervisor's reconciliation: each laptop's own tally of a day against what the branch holds.

For the chosen date the server (`StaffClient.reconciliation`) gives one row per laptop: the hash
of the tally the laptop last reported, the hash of the branch's tally of that laptop's records,
one state (matches, differs, not reported, records not synced yet: a sign and a word, never
colour alone), how many records the laptop has not synced yet, voids the branch has not
received and receipts the branch is missing. Selecting a row says in words what differs (which
receipts have not reached the branch, which voids) and lists each figure that differs by
officer and place, figure name, the laptop's value and the branch's.

"Check a laptop tally file…" (Ctrl+O) reads a `bpu-enroll tally --json` file (from a USB stick)
and sends it to the server (`StaffClient.reconcile_document`). Its answer takes the place of
that laptop's row for that day (one row per laptop and day: a file is never counted twice), the
page moving to the file's day when it is another; it stays in place across refreshes. A refresh
clears every earlier message, and a language switch re-renders everything shown. Network calls
go through `ws.call`; the file is read in the background too.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHeaderView, QWidget

from bpu_enroll.domain.formatting import local_datetime, long_date, thousands
from bpu_enroll.gui.common.column_fit import ColumnFitter, two_lines
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.feedback import code_kept_whole
from bpu_enroll.gui.common.keep_choice import Place
from bpu_enroll.gui.common.pdf_pages import documents_folder
from bpu_enroll.gui.common.splitter_share import SplitterShare, table_height
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.common.tally_model import figure_label
from bpu_enroll.gui.forms.workspace.ui_reconcile_page import Ui_ReconcilePage
from bpu_enroll.gui.workspace.reconcile.rows import (
    NotATallyFile,
    money_difference,
    read_tally_file,
    receipts_tooltip,
    short_hash,
    short_receipts,
    show_value,
    state_of,
    state_text,
    value_tooltip,
)
from bpu_enroll.gui.workspace.tally.model import (
    Column,
    ColumnsModel,
    staff_error_text,
    today_in_branch,
)

if TYPE_CHECKING:
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient


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
        self.model = ColumnsModel(
            self._columns(), self, marked=lambda r: state_of(r) in {"differs", "not_synced"}
        )
        self.differences = ColumnsModel(self._difference_columns(), self)
        self.ui.laptopsView.setModel(self.model)
        self.ui.differencesView.setModel(self.differences)
        # Officers and the short hashes give up room first (whole in the tooltip); the states,
        # times and counts stay whole, so every column shows at 1366 px in larger text.
        self.laptop_columns = ColumnFitter(self.ui.laptopsView, elide=(1, 5, 6))
        self.difference_columns = ColumnFitter(self.ui.differencesView, elide=(0, 1), stretch=3)
        self.ui.laptopsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        # A difference's row as tall as its list of voided receipts (one to a line), and read
        # to its end by the pixel when it is taller than the table.
        self.ui.differencesView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.differencesView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The laptops get what their rows need, at most 40 %; the differences (a list of voided
        # receipts to a row) the rest: they had one row's height under a near-empty table.
        self.laptops_share = SplitterShare(
            self.ui.splitter, 0, lambda: table_height(self.ui.laptopsView), at_most=0.4
        )
        self._generation = 0
        self._busy = 0
        self._server_rows: list[dict[str, Any]] = []
        self._files: dict[tuple[str, str], dict[str, Any]] = {}
        self._file_message: dict[str, Any] | None = None
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.refresh)
        self._wire()
        today = self.today()
        self.ui.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.set_day(today)
        self._set_busy(0)
        self._show_status("", "muted")
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
            self._show_file_message()
        super().changeEvent(event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        QShortcut(QKeySequence("Ctrl+O"), self, self.check_file)
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
            Column("state", lambda: self.tr("State"), state_of, state_text),
            Column("laptop_hash", lambda: two_lines(self.tr("Laptop fingerprint"), 0),
                   lambda r: r.get("laptop_hash"), short_hash, tooltip=full("laptop_hash")),
            Column("branch_hash", lambda: two_lines(self.tr("Branch fingerprint"), 0),
                   lambda r: r.get("branch_hash"), short_hash, tooltip=full("branch_hash")),
            Column("not_synced", lambda: two_lines(self.tr("Not synced")),
                   lambda r: int(r.get("not_synced") or 0), thousands, numeric=True),
            Column("voids_not_received", lambda: two_lines(self.tr("Voids not received")),
                   lambda r: len(r.get("voids_not_received") or []), thousands, numeric=True,
                   tooltip=receipts("voids_not_received")),
            Column("missing_at_branch", lambda: two_lines(self.tr("Missing receipts")),
                   lambda r: len(r.get("missing_at_branch") or []), thousands, numeric=True,
                   tooltip=receipts("missing_at_branch")),
        ]  # fmt: skip

    def _difference_columns(self) -> list[Column]:
        # Top-aligned: a row grows to a list of voided receipts, read from its first line.
        return [
            Column("where", lambda: self.tr("Officer and place"), self._where, top=True),
            Column(
                "figure",
                lambda: self.tr("Figure"),
                lambda r: figure_label(r.get("figure"), r.get("group_names")),
                tooltip=lambda r: "\n".join(
                    (figure_label(r.get("figure"), r.get("group_names")), str(r.get("path", "")))
                ),
                top=True,
            ),  # whole in the tooltip when cut, the code at hand
            Column("laptop", lambda: self.tr("Laptop"), lambda r: r.get("laptop"), _shown,
                   tooltip=lambda r: value_tooltip(r.get("laptop")), top=True),
            Column("branch", lambda: self.tr("Branch"), lambda r: r.get("branch"), _shown,
                   tooltip=lambda r: value_tooltip(r.get("branch")), top=True),
        ]  # fmt: skip

    def _where(self, difference: dict[str, Any]) -> str:
        officer, place = difference.get("officer"), difference.get("work_location")
        if officer is None and place is None:
            totals = str(difference.get("path", "")).startswith("totals")
            return self.tr("All officers and places") if totals else self.tr("The tally")
        names = difference.get("officer_names") or {}
        place_text = self.tr("no work location") if place in (None, "", "-") else str(place)
        return f"{names.get(officer, officer)} — {place_text}"

    def _moment(self, value: Any) -> str:
        """`5 Desember 2026` over `03.51 WIB`: a narrow column (the rows grow to fit)."""
        if not value:
            return "–"
        moment = datetime.fromisoformat(str(value))
        text = local_datetime(moment, self.ws.workstation.province_code, self.ctx.lang)
        parts = text.rsplit(" ", 2)  # the date, the clock, the zone
        return f"{parts[0]}\n{parts[1]} {parts[2]}" if len(parts) == 3 else text

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
        self._file_message = None  # a refresh leaves nothing earlier on screen
        self._show_status("", "muted")
        self._server_rows = [{**item, "source": "report"} for item in answer.get("items", [])]
        self._show_rows()
        self.reconciled.emit(answer)

    def _show_rows(self, select: str | None = None) -> None:
        """The server's rows of the day with each checked file in its laptop's place."""
        day = self.day.isoformat()
        rows = {str(r["device"]): r for r in self._server_rows if r.get("date", day) == day}
        for (device, file_day), recon in self._files.items():
            if file_day == day:
                rows[device] = recon
        ordered = [rows[device] for device in sorted(rows)]
        view = self.ui.laptopsView
        place = Place.of(view, lambda r: self.model.value(r, "device"))  # F5, a reconnect
        self.model.set_rows(ordered)
        self.laptops_share.share_later()
        self._show_summary()
        devices = [str(r["device"]) for r in ordered]
        if select in devices:
            view.selectRow(devices.index(select))
        elif place.held and place.restore():
            pass  # the laptop chosen before (else its neighbour), as the user left it
        elif ordered:
            self.ui.laptopsView.selectRow(0)
        else:
            self._show_details(None)

    def _on_file_read(self, document: dict[str, Any]) -> None:
        self.ws.call(lambda client: client.reconcile_document(document), self._on_file_checked,
                     self._on_file_refused)  # fmt: skip

    def _on_file_refused(self, exc: object) -> None:
        """A file the server cannot read as a laptop tally (a device, a day and a hash but not
        the figures) is said to be one, with the server's code: REQUEST_INVALID's "update the
        app or call support" sent the supervisor the wrong way."""
        if getattr(exc, "code", None) != "REQUEST_INVALID":
            self._on_failed(exc)
            return
        self._set_busy(-1)
        text = code_kept_whole(
            QCoreApplication.translate("Refusal", "{text} (code {code})").format(
                text=self._not_a_tally_text(), code="REQUEST_INVALID"
            )
        )
        self._show_status(text, "error")
        self.failed.emit(exc)

    def _not_a_tally_text(self) -> str:
        return self.tr("This file is not a laptop tally (bpu-enroll tally --json).")

    def _on_file_checked(self, recon: dict[str, Any]) -> None:
        self._set_busy(-1)
        day = str(recon.get("date") or self.day.isoformat())
        row = {**recon, "date": day, "source": "file"}
        self._files[(str(recon.get("device", "")), day)] = row
        if day != self.day.isoformat():
            self._server_rows = []
            self.ui.dateEdit.blockSignals(True)
            self.set_day(date.fromisoformat(day))
            self.ui.dateEdit.blockSignals(False)
            self.refresh()
        self._show_rows(select=str(recon.get("device", "")))
        self._file_message = row
        self._show_file_message()
        self.file_checked.emit(recon)

    def _show_file_message(self) -> None:
        row = self._file_message
        if row is None:
            return
        text = self.tr("The tally file of laptop {device}: {result}.").format(
            device=row.get("device", "?"), result=state_text(state_of(row))
        )
        self._show_status(text, "success" if state_of(row) == "matches" else "error")

    def _on_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        self._show_details(self.selected_row())

    def _show_summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            text = self.tr("No laptop has records or a report on {day}.")
            self.ui.summaryLabel.setText(text.format(day=long_date(self.day, self.ctx.lang)))
            return
        states = [state_of(r) for r in rows]
        text = self.tr("%Ln laptop(s)", "", len({r.get("device") for r in rows}))
        text += " · " + self.tr("%Ln match", "", states.count("matches"))
        text += " · " + self.tr("%Ln differ", "", states.count("differs"))
        if states.count("not_synced"):
            text += " · " + self.tr(
                "%Ln with records not synced yet", "", states.count("not_synced")
            )
        if states.count("not_reported"):
            text += " · " + self.tr("%Ln not reported", "", states.count("not_reported"))
        self.ui.summaryLabel.setText(text)

    def _show_details(self, row: dict[str, Any] | None) -> None:
        names = (row or {}).get("officer_names") or {}
        groups = (row or {}).get("group_names") or {}
        self.differences.set_rows(
            {**money_difference(d), "officer_names": names, "group_names": groups}
            for d in ((row.get("differences") or []) if row else [])
        )
        if row is None:
            self.ui.detailsLabel.setText(self.tr("Select a laptop to see its differences."))
            return
        lines = [f"{row.get('device', '?')}: {state_text(state_of(row))}"]
        if row.get("not_synced"):
            lines.append(self.tr("%Ln record(s) still on the laptop, not synced yet.", "",
                                 int(row["not_synced"])))  # fmt: skip
        missing = list(row.get("missing_at_branch") or [])
        if missing:
            lines.append(self.tr(
                "%Ln receipt(s) finalised on the laptop, not at the branch yet: {list}", "",
                len(missing)).format(list=short_receipts(missing)))  # fmt: skip
        voids = list(row.get("voids_not_received") or [])
        if voids:
            lines.append(self.tr(
                "%Ln receipt(s) voided on the laptop, not voided at the branch yet: {list}", "",
                len(voids)).format(list=short_receipts(voids)))  # fmt: skip
        self.ui.detailsLabel.setText("\n".join(lines))
        self.ui.detailsLabel.setToolTip(receipts_tooltip(missing + voids))

    def _on_refresh_failed(self, exc: object) -> None:
        self._file_message = None
        self._on_failed(exc)

    def _on_failed(self, exc: object) -> None:
        self._set_busy(-1)
        if isinstance(exc, NotATallyFile):
            text = self._not_a_tally_text()
        else:
            text = staff_error_text(exc, self.ctx.lang)
        self._show_status(text, "error")
        self.failed.emit(exc)

    def _show_status(self, text: str, role: str) -> None:
        """Say `text` above the table; with nothing to say the line is left to the tables."""
        set_role(self.ui.statusLabel, role)
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))


def _shown(value: Any) -> str:
    """A laptop's or the branch's figure as shown (money already as `Rp…`)."""
    return value if isinstance(value, str) else show_value(value)
