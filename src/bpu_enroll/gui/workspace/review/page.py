"""The clerk's review queue: records needing a person, their details, and the decisions.

The queue is a lazy table (`PagedTableModel`): the first page comes with the queue's counts by kind,
further pages as the table is scrolled, so 10,000 waiting records open at once. The kind filter
(all, duplicates, rejections, conflicts, waiting for review) shows those counts. Selecting a record
loads its detail (GET /review/{id}): a duplicate beside the participant already registered, a
conflict's two versions side by side, the reasons of a rejection explained; differing fields are
marked `≠`, in bold, on a coloured background. Per-device sequence gaps are listed apart. Only the
decisions the branch takes for the record's state are enabled (the same table the server judges by,
`domain.decisions`; so a conflict whose held version is accepted or voided offers only "accept",
which keeps it, and a duplicate offers "accept" only when the registration that enrolled the worker
was voided, which the detail says), and the line under the buttons says why the others are not. A
record the branch refused because another registration of its laptop holds its receipt number
(`RECEIPT_NUMBER_TAKEN`) is not offered "accept" either: the branch refuses it whatever the clerk
says (`branch.workspace.staff._apply`), so the button is disabled and the line and its tooltip say
why; rejecting it or requesting a correction stay offered. A
decision goes through `DecisionDialog`; once the branch has taken it the record leaves the queue and
the next one is selected; a refusal (say NIK_EXISTS) stays in the dialog. All network work goes
through `ws.call`, never on the GUI thread. When the row does not fit (larger text), the name and
the reasons keep room to be read and the time received gives way to the details (`ColumnFitter`'s
`keep` and `spare`; no per-row work); the masked NIK always shows whole: it is how a clerk tells
two workers of the same name apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelection, Qt
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QWidget

from bpu_enroll.domain.decisions import allowed_decisions
from bpu_enroll.gui.common.column_fit import ColumnFitter
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.focus import opens_on
from bpu_enroll.gui.common.keep_choice import Place, choose_again
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.forms.workspace.ui_review_page import Ui_ReviewPage
from bpu_enroll.gui.workspace.decision_dialog import (
    DecisionDialog,
    decision_title,
    keep_explanation,
    lapsed_explanation,
    not_offered_text,
)
from bpu_enroll.gui.workspace.review.detail import detail_html
from bpu_enroll.gui.workspace.review.model import (
    REVIEW_COLUMNS,
    PagedTableModel,
    moment_text,
    state_text,
)
from bpu_enroll.gui.workspace.tally.model import staff_error_text

if TYPE_CHECKING:
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient, StaffError

FIRST_PAGE = 100
# A laptop's other registration holds the record's receipt number: the branch refuses accepting it
# (unless it keeps a held version: a conflict on an accepted or voided record).
RECEIPT_TAKEN = "RECEIPT_NUMBER_TAKEN"
_KEEPS = frozenset({"accepted", "voided"})
_TAKEN_TEXT = QT_TRANSLATE_NOOP(
    "ReviewPage",
    "Not offered: {decision}. Another registration of this laptop holds its receipt number.",
)
# The queue's columns (REVIEW_COLUMNS) and the characters the name and reasons keep.
KIND, RECEIPT, NAME, NIK, OFFICER, REASONS, RECEIVED = range(7)
NAME_CHARS, REASONS_CHARS = 20, 30
KINDS: tuple[tuple[str | None, object], ...] = (
    (None, QT_TRANSLATE_NOOP("ReviewPage", "Everything")),
    ("duplicate", QT_TRANSLATE_NOOP("ReviewPage", "Duplicates")),
    ("rejected", QT_TRANSLATE_NOOP("ReviewPage", "Rejections")),
    ("conflict", QT_TRANSLATE_NOOP("ReviewPage", "Conflicts")),
    ("pending_review", QT_TRANSLATE_NOOP("ReviewPage", "Waiting for review")),
)


class ReviewPage(QWidget):
    """See the module text."""

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ws
        self.ui = Ui_ReviewPage()
        self.ui.setupUi(self)
        self._accept_tip = self.ui.acceptButton.toolTip()  # the .ui's, in the current language
        self.province = ws.workstation.province_code
        self.model = PagedTableModel(
            REVIEW_COLUMNS, id_key="id", province_code=self.province,
            lang=lambda: self.ctx.lang, parent=self,
        )  # fmt: skip
        self.ui.queueView.setModel(self.model)
        # Name, officer and reasons give up room (elided, whole in the tooltip) so the row fits a
        # 1366-px screen; the reasons take what is left. The name and the reasons are what the
        # clerk scans the queue for: rather than cut them short (130 px in larger text, "The
        # worker …"), the time received gives way (the details below show it, and the queue is
        # in the order received). The masked NIK never does: two workers of one name (a common
        # one, or a duplicate beside the participant) are told apart by it in the queue.
        self.columns = ColumnFitter(
            self.ui.queueView, elide=(NAME, OFFICER, REASONS), stretch=REASONS,
            keep={NAME: NAME_CHARS, REASONS: REASONS_CHARS}, spare=(RECEIVED,),
        )  # fmt: skip
        self.ui.splitter.setSizes([300, 420])
        # Tab goes from "Show" to the queue, the details and the decisions, as the eye reads the
        # page; opening the page puts the keyboard on the queue (Down walks the records).
        opens_on(self, self.ui.queueView)
        self.counts: dict[str, int] = {}
        self.detail: dict[str, Any] | None = None
        self.detail_text = ""
        self.gaps: list[dict[str, Any]] = []
        self.dialog: DecisionDialog | None = None
        self._wanted: str | None = None
        self._place: Place | None = None  # the choice to keep across a re-read
        # The status line as its role and a way to say it, so a language switch says it again.
        self._status: tuple[str, Callable[[], str]] | None = None
        self._fill_kind_combo()
        self._wire()
        self._show_detail()

    # --- public --------------------------------------------------------------------------------

    @property
    def kind(self) -> str | None:
        """The kind filter: None for everything."""
        return KINDS[max(0, self.ui.kindCombo.currentIndex())][0]

    def set_kind(self, kind: str | None) -> None:
        """Choose the kind filter (reloads the queue)."""
        index = next(i for i, (k, _label) in enumerate(KINDS) if k == kind)
        self.ui.kindCombo.setCurrentIndex(index)

    def refresh(self) -> None:
        """Load the queue's first page and counts, and the sequence gaps, from the branch."""
        # F5, a reconnect: the record chosen is chosen again once the queue is read
        self._place = Place.of(self.ui.queueView, self._record_at).over(self._place)
        generation = self.model.next_generation()
        kind = self.kind
        self.ui.countLabel.setText(self.tr("Loading…"))
        self.ws.call(
            lambda client: (generation, client.review(0, FIRST_PAGE, kind)),
            self._on_first_page, self._on_load_failed,
        )  # fmt: skip
        self.ws.call(lambda client: client.gaps(), self._on_gaps, self._on_load_failed)

    def _record_at(self, row: int) -> object:
        return (self.model.row_at(row) or {}).get("id")

    def open_decision(self, decision: str) -> DecisionDialog | None:
        """Open the decision dialog for the selected record (None when nothing is selected, or
        when the branch would refuse this decision for the record's state)."""
        if self.detail is None or decision not in self._offered():
            return None
        record = self.detail["record"]
        dialog = DecisionDialog(decision, record, self.ctx.lang, self, lapsed=self._lapsed())
        dialog.decision_requested.connect(self._on_dialog_decision_requested)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def refusal_text(self, error: StaffError) -> str:
        """A refusal from the branch as the clerk reads it, always with its code."""
        return staff_error_text(error, self.ctx.lang)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._accept_tip = self.ui.acceptButton.toolTip()
            self._fill_kind_combo()
            self.model.retranslate()
            self._show_count()
            self._show_detail()
            self._show_gaps()
            self._show_status()
        super().changeEvent(event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._on_kindCombo_currentIndexChanged)
        ui.reloadButton.clicked.connect(self.refresh)
        self.model.page_requested.connect(self._on_model_page_requested)
        selection = ui.queueView.selectionModel()
        selection.selectionChanged.connect(self._on_selection_selectionChanged)
        ui.acceptButton.clicked.connect(lambda: self.open_decision("accept"))
        ui.rejectButton.clicked.connect(lambda: self.open_decision("reject"))
        ui.confirmButton.clicked.connect(lambda: self.open_decision("confirm_duplicate"))
        ui.correctionButton.clicked.connect(lambda: self.open_decision("request_correction"))

    def _fill_kind_combo(self) -> None:
        combo = self.ui.kindCombo
        current = max(0, combo.currentIndex())
        combo.blockSignals(True)
        combo.clear()
        everything = sum(self.counts.values())
        for kind, label in KINDS:
            count = everything if kind is None else self.counts.get(kind, 0)
            combo.addItem(f"{self.tr(str(label))} ({count})", kind)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    def _on_kindCombo_currentIndexChanged(self, _index: int) -> None:
        self.refresh()

    # --- loading -------------------------------------------------------------------------------

    def _on_first_page(self, answer: tuple[int, dict[str, Any]]) -> None:
        generation, page = answer
        if not self.model.restart(generation, int(page["total"]), page["items"]):
            return
        self.counts = {str(k): int(v) for k, v in page.get("counts", {}).items()}
        self._fill_kind_combo()
        self._show_count()
        self._choose_again()

    def _choose_again(self) -> None:
        """The queue read: the record chosen before (else its neighbour: the next one in the
        queue), once the pages read reach it; else the first record."""
        chosen = choose_again(self._place, self.model)
        if chosen is None:
            return  # further down the queue: its next page is on its way
        self._place = None
        if chosen:
            pass
        elif self.model.rowCount() > 0:
            self.ui.queueView.selectRow(0)
        else:
            self.detail = None
            self._show_detail()

    def _on_model_page_requested(self, generation: int, offset: int, limit: int) -> None:
        kind = self.kind
        self.ws.call(
            lambda client: (generation, client.review(offset, limit, kind)),
            self._on_next_page, self._on_page_failed,
        )  # fmt: skip

    def _on_next_page(self, answer: tuple[int, dict[str, Any]]) -> None:
        generation, page = answer
        if self.model.add_page(generation, page["items"]) and self._place is not None:
            self._choose_again()

    def _on_page_failed(self, error: StaffError) -> None:
        self.model.page_failed(self.model.generation)
        self._on_load_failed(error)

    def _on_load_failed(self, error: StaffError) -> None:
        self._show_status("error", lambda: self.refusal_text(error))

    def _show_status(self, role: str | None = None, say: Callable[[], str] | None = None) -> None:
        """Show a new status (`role` and `say`), or say the current one again."""
        if role is not None and say is not None:
            self._status = (role, say)
        if self._status is None:
            return
        role, say = self._status
        set_role(self.ui.statusLabel, role)
        self.ui.statusLabel.setText(say())

    def _show_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%Ln record(s) waiting.", "", self.model.total))

    def _on_gaps(self, document: dict[str, Any]) -> None:
        self.gaps = list(document.get("items", []))
        self._show_gaps()

    def _show_gaps(self) -> None:
        view = self.ui.gapsList
        view.clear()
        for gap in self.gaps:
            text = self.tr("{device}: number {sequence} missing").format(
                device=gap.get("device", ""), sequence=gap.get("sequence", "")
            )
            if gap.get("receipt_no_expected"):
                text += f" ({gap['receipt_no_expected']})"
            noticed = moment_text(gap.get("noticed_at"), self.province, self.ctx.lang)
            if noticed:
                text += " · " + self.tr("noticed {when}").format(when=noticed)
            view.addItem(QListWidgetItem(text))
        if not self.gaps:
            view.addItem(QListWidgetItem(self.tr("No gaps: every laptop's numbers follow on.")))

    # --- detail --------------------------------------------------------------------------------

    def _on_selection_selectionChanged(
        self, selected: QItemSelection, _old: QItemSelection
    ) -> None:
        indexes = selected.indexes()
        row = self.model.row_at(indexes[0].row()) if indexes else None
        if row is None:
            return
        record_id = str(row["id"])
        self._wanted = record_id
        self.ws.call(
            lambda client: client.review_item(record_id), self._on_detail, self._on_load_failed
        )

    def _on_detail(self, detail: dict[str, Any]) -> None:
        if detail.get("record", {}).get("id") != self._wanted:
            return  # the clerk has moved on to another record meanwhile
        self.detail = detail
        self._show_detail()

    def _decision_buttons(self) -> dict[str, QPushButton]:
        ui = self.ui
        return {
            "accept": ui.acceptButton,
            "confirm_duplicate": ui.confirmButton,
            "reject": ui.rejectButton,
            "request_correction": ui.correctionButton,
        }

    def _offered(self) -> tuple[str, ...]:
        """The decisions the branch takes for the selected record (none when nothing is)."""
        if self.detail is None:
            return ()
        state = str(self.detail["record"].get("state") or "")
        offered = allowed_decisions(state, lapsed=self._lapsed())
        return tuple(d for d in offered if d != "accept" or not self._taken())

    def _taken(self) -> bool:
        """The selected record was refused because another registration of its laptop holds its
        receipt number, and accepting it would not keep a held version: the branch refuses it."""
        record = (self.detail or {}).get("record") or {}
        reasons = [str(code) for code in record.get("reasons") or []]
        return RECEIPT_TAKEN in reasons and str(record.get("state") or "") not in _KEEPS

    def _taken_text(self) -> str:
        return self.tr(str(_TAKEN_TEXT)).format(decision=decision_title("accept"))

    def _lapsed(self) -> bool:
        """The selected duplicate repeats a participant whose enrolling registration was voided
        (the branch then accepts it: the worker is enrolled again with their KPJ)."""
        existing = (self.detail or {}).get("existing") or {}
        return bool(existing.get("lapsed"))

    def _show_detail(self) -> None:
        ui = self.ui
        if self.detail is None:
            self.detail_text = ""
            ui.detailText.setPlainText(self.tr("Choose a record in the queue to see its details."))
            ui.messageLabel.clear()
        else:
            self.detail_text = detail_html(self.detail, self.province, self.ctx.lang)
            ui.detailText.setHtml(self.detail_text)
            state = str(self.detail["record"].get("state") or "")
            lapsed = self._lapsed()
            said = [not_offered_text(state, briefly=True, lapsed=lapsed)]
            # accepting a conflict keeps the held version: not "the branch gives it a KPJ number";
            # accepting a lapsed worker's duplicate enrols them again with the same KPJ
            tip = lapsed_explanation("accept") if lapsed else keep_explanation(state)
            if self._taken():  # why accept is disabled, under the buttons and on it
                tip = self._taken_text()
                said.append(tip)
            ui.messageLabel.setText("\n".join(text for text in said if text))
            ui.acceptButton.setToolTip(tip or self._accept_tip)
        buttons = self._decision_buttons()
        focused = next((button for button in buttons.values() if button.hasFocus()), None)
        offered = self._offered()
        for decision, button in buttons.items():
            button.setEnabled(decision in offered)
        enabled = [button for button in buttons.values() if button.isEnabled()]
        if focused is not None and not focused.isEnabled() and enabled:
            # the keyboard to the first decision offered, not past the buttons
            enabled[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # --- decisions -----------------------------------------------------------------------------

    def _on_dialog_decision_requested(self, decision: str, reason: object, note: str) -> None:
        if self.detail is None:
            return
        record_id = str(self.detail["record"]["id"])
        reason_code = str(reason) if reason else None

        def decide(client: StaffClient) -> tuple[str, str, dict[str, Any]]:
            return record_id, decision, client.decide(record_id, decision, reason_code, note)

        self.ws.call(decide, self._on_decided, self._on_decision_refused)

    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.ui.queueView.setFocus()

    def _on_decided(self, answer: tuple[str, str, dict[str, Any]]) -> None:
        record_id, decision, summary = answer
        if self.dialog is not None:
            self.dialog.accept()
        kind = ""
        if self.detail is not None and self.detail["record"].get("id") == record_id:
            kind = str(self.detail["record"].get("kind") or "")
        if kind in self.counts:
            self.counts[kind] = max(0, self.counts[kind] - 1)
        self._show_status("success", lambda: self._decided_text(decision, summary))
        self._remove_and_select_next(record_id)
        self._fill_kind_combo()
        self._show_count()

    def _decided_text(self, decision: str, summary: dict[str, Any]) -> str:
        text = self.tr("{decision}: receipt {receipt} is now {state}.").format(
            decision=decision_title(decision),
            receipt=summary.get("receipt_no", ""),
            state=state_text(summary.get("state")),
        )
        return text + (f" KPJ {summary['kpj']}." if summary.get("kpj") else "")

    def _remove_and_select_next(self, record_id: str) -> None:
        position = self.model.remove(record_id)
        self.detail = None
        self._wanted = None
        rows = self.model.rowCount()
        if rows > 0:
            self.ui.queueView.clearSelection()
            self.ui.queueView.selectRow(min(max(position, 0), rows - 1))
        else:
            self._show_detail()
            if self.model.total > 0:
                self.refresh()

    def _on_decision_refused(self, error: StaffError) -> None:
        if self.dialog is not None:
            self.dialog.show_error(self.refusal_text(error), error.code)
        self._show_status("error", lambda: self.refusal_text(error))
