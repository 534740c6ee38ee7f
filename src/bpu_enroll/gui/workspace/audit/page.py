"""The supervisor's view of the branch audit log, newest first, and whether its chain holds.

One row per line (`StaffClient.audit`): when (in the branch's zone), who in words ("laptop
D0002", "baris perintah", a user name; as the server wrote it in the tooltip), what in words
("Failed sign-in", "Sign-in refused: account locked", …), the subject and the details in words
(`words.detail_text`: the client address of a sign-in, until when a lock runs, a
decision and its reason, a code in words and first; the tooltip says the details one a line with
each code after its words). Above the table the
chain check (`StaffClient.audit_chain`) says "✓ Audit chain intact (N lines)" or, on the banner
colour, "⚠ Audit chain broken from line N". Failed, locked and refused sign-ins are marked. F5
and the "Lines shown" box read the log again. Network calls go through `ws.call`.

The columns fit a 1366-px screen in larger text (`ColumnFitter`): when stays whole, its zone
named once in the header ("When (WIB)"), not on every line; what takes at most the width of
its common texts and a longer one wraps onto a second line; who gives up room and the subject
(a record id is 36 characters) never takes more than a dozen characters, cut with "…" (whole in
the tooltip), and the details take what is left and wrap onto as many lines as they need
(`wrap_column`): a reason said in words is a sentence, and a cut took it. The status line
above the table shows only with something to say. In larger text a "record viewed" line then
takes two lines, not three, and the page shows some ten lines, not six.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QWidget

from bpu_enroll.domain.formatting import local_datetime, zone_for_province
from bpu_enroll.gui.common.column_fit import ColumnFitter
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.focus import opens_on
from bpu_enroll.gui.common.keep_choice import keeping_choice
from bpu_enroll.gui.common.style import set_role
from bpu_enroll.gui.common.wrapped_column import wrap_column
from bpu_enroll.gui.forms.workspace.ui_audit_page import Ui_AuditPage
from bpu_enroll.gui.workspace.activity_page import moment_of
from bpu_enroll.gui.workspace.audit.words import detail_text, detail_tooltip
from bpu_enroll.gui.workspace.tally.model import Column, ColumnsModel, staff_error_text

if TYPE_CHECKING:
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient

_CONTEXT = "AuditPage"
ACTIONS: dict[str, object] = {
    "login": QT_TRANSLATE_NOOP("AuditPage", "Signed in"),
    "logout": QT_TRANSLATE_NOOP("AuditPage", "Signed out"),
    "login_failed": QT_TRANSLATE_NOOP("AuditPage", "Failed sign-in"),
    "login_locked": QT_TRANSLATE_NOOP("AuditPage", "Sign-in refused: account locked"),
    "login_refused": QT_TRANSLATE_NOOP("AuditPage", "Sign-in refused: not a staff account"),
    "role_refused": QT_TRANSLATE_NOOP("AuditPage", "Refused: the role does not allow it"),
    "device_refused": QT_TRANSLATE_NOOP("AuditPage", "Laptop refused: revoked, forged or replayed"),
    "refusals_suppressed": QT_TRANSLATE_NOOP(
        "AuditPage", "Refusals only counted: too many in a minute"),
    "review": QT_TRANSLATE_NOOP("AuditPage", "Decision on a record"),
    "record_voided": QT_TRANSLATE_NOOP("AuditPage", "Void from a laptop applied"),
    "import": QT_TRANSLATE_NOOP("AuditPage", "USB batch import"),
    "export": QT_TRANSLATE_NOOP("AuditPage", "Export for the national core system"),
    "export_fetched": QT_TRANSLATE_NOOP("AuditPage", "Export downloaded again"),
    "export_refused": QT_TRANSLATE_NOOP("AuditPage", "Export refused: a record does not read"),
    "store_checked": QT_TRANSLATE_NOOP("AuditPage", "Branch data checked for damage"),
    "record_asked": QT_TRANSLATE_NOOP(
        "AuditPage", "Damaged record met in the workspace: asked again of its laptop"
    ),
    "record_repaired": QT_TRANSLATE_NOOP("AuditPage", "Damaged record repaired from the laptop"),
    "repair_unavailable": QT_TRANSLATE_NOOP(
        "AuditPage", "Damaged record not repairable from the laptop: restore from a backup"
    ),
    "print_tally": QT_TRANSLATE_NOOP("AuditPage", "Tally printed"),
    "tally_saved": QT_TRANSLATE_NOOP("AuditPage", "Tally saved as a PDF file"),
    "record_viewed": QT_TRANSLATE_NOOP("AuditPage", "Worker's record viewed"),
    "record_refused": QT_TRANSLATE_NOOP("AuditPage", "Refused: replaces another laptop's record"),
    "void_refused": QT_TRANSLATE_NOOP("AuditPage", "Refused: void of a conflict"),
    "audit_broken": QT_TRANSLATE_NOOP("AuditPage", "Audit chain found broken"),
    "branch_initialised": QT_TRANSLATE_NOOP("AuditPage", "Branch set up"),
    "branch_adopted": QT_TRANSLATE_NOOP("AuditPage", "Branch brought under the master key"),
    "fields_resealed": QT_TRANSLATE_NOOP("AuditPage", "Personal data left in clear sealed"),
    "officer_added": QT_TRANSLATE_NOOP("AuditPage", "Officer added"),
    "officer_reactivated": QT_TRANSLATE_NOOP("AuditPage", "Officer active again"),
    "officer_revoked": QT_TRANSLATE_NOOP("AuditPage", "Officer revoked"),
    "sign_in_unlocked": QT_TRANSLATE_NOOP("AuditPage", "Sign-in unlocked by a supervisor"),
    "enrol_code_issued": QT_TRANSLATE_NOOP("AuditPage", "Enrolment code issued"),
    "enrol_code_refused": QT_TRANSLATE_NOOP(
        "AuditPage", "Enrolment code refused: too many live or a lifetime out of bounds"),
    "device_enrolled": QT_TRANSLATE_NOOP("AuditPage", "Laptop enrolled"),
    "device_enrol_answered_again": QT_TRANSLATE_NOOP(
        "AuditPage", "Laptop enrolment answered again"),
    "device_revoked": QT_TRANSLATE_NOOP("AuditPage", "Laptop revoked"),
    "reference_published": QT_TRANSLATE_NOOP("AuditPage", "Reference data published"),
    "setting_changed": QT_TRANSLATE_NOOP("AuditPage", "Setting changed"),
    "master_key_rotated": QT_TRANSLATE_NOOP("AuditPage", "Master key changed"),
    "master_key_backup": QT_TRANSLATE_NOOP("AuditPage", "Master key backed up"),
    "master_key_restored": QT_TRANSLATE_NOOP("AuditPage", "Master key restored"),
}  # fmt: skip
# A `refusals_suppressed` line's subject is the key whose refusals were only counted
# (`addr:10.0.0.7`, `device:D0002`, `user:rina`, `all`): its "what" says whose they were, and
# its subject the address, laptop or user name alone (the prefix is the server's own word).
SUPPRESSED = "refusals_suppressed"
SUPPRESSED_BY: dict[str, object] = {
    "addr": QT_TRANSLATE_NOOP("AuditPage", "Refusals only counted: too many from one address"),
    "device": QT_TRANSLATE_NOOP("AuditPage", "Refusals only counted: too many from one laptop"),
    "user": QT_TRANSLATE_NOOP(
        "AuditPage", "Refusals only counted: one member of staff refused too often"),
    "all": QT_TRANSLATE_NOOP(
        "AuditPage", "Refusals only counted: too many from all clients together"),
}  # fmt: skip
# Who wrote a line, in words: the server writes `device:D0002` for a laptop, `cli` or
# `cli:<system user>` for a command at the branch server, `bpu-branch` for the server itself and
# a member of staff's user name as it is (`user:rina` in a refusal's key). The raw value stays
# the cell's value and is in its tooltip.
ACTORS: dict[str, object] = {
    "device": QT_TRANSLATE_NOOP("AuditPage", "laptop {code}"),
    "cli": QT_TRANSLATE_NOOP("AuditPage", "command line"),
    "cli:": QT_TRANSLATE_NOOP("AuditPage", "command line ({user})"),
    "bpu-branch": QT_TRANSLATE_NOOP("AuditPage", "branch server"),
}  # fmt: skip
# What the details keep when the other columns need the width (larger text, a long "what"):
# they wrap, so a narrow column still shows them whole.
_DETAIL_CHARS = 26
# A record id (36 characters) is a thing to look up, not to read: its first characters tell two
# apart and the tooltip has it whole; the width it took made the details wrap onto five lines.
_SUBJECT_CHARS = 11
# What the line was done ("Worker's record viewed") keeps its common texts on one line; a longer
# one ("Refused: replaces another laptop's record", 360 px in larger text) wraps in its column
# rather than take that width from every line's details.
_ACTION_CHARS = 26
WARNING_ACTIONS = frozenset(
    {"login_failed", "login_locked", "login_refused", "role_refused", "device_refused",
     "enrol_code_refused", "refusals_suppressed", "audit_broken"}
)  # fmt: skip


def action_text(action: str) -> str:
    """An audit action in the user's words (the code itself when it has none); a summary of
    refusals only counted is `refusals_suppressed:<kind>` (`action_of`)."""
    kind = action.removeprefix(f"{SUPPRESSED}:") if action.startswith(f"{SUPPRESSED}:") else None
    source = SUPPRESSED_BY.get(kind) if kind else ACTIONS.get(action)
    return QCoreApplication.translate(_CONTEXT, str(source)) if source else action


def actor_text(actor: Any) -> str:
    """Who wrote a line in the user's words: `device:D0002` is "laptop D0002", `cli` "command
    line" ("baris perintah"), `cli:budi` "command line (budi)", `bpu-branch` "branch server",
    `user:rina` and `rina` the user name; "–" for none."""
    raw = str(actor or "").strip()
    kind, colon, rest = raw.partition(":")
    if not raw or raw == "-":
        return "–"
    if raw in ACTORS:
        return QCoreApplication.translate(_CONTEXT, str(ACTORS[raw]))
    if colon and rest and kind == "device":
        return QCoreApplication.translate(_CONTEXT, str(ACTORS["device"])).format(code=rest)
    if colon and rest and kind == "cli":
        return QCoreApplication.translate(_CONTEXT, str(ACTORS["cli:"])).format(user=rest)
    if colon and rest and kind == "user":
        return rest
    return raw


def actor_tooltip(row: dict[str, Any]) -> str:
    """Who wrote a line in words, then as the server wrote it when that differs:
    "laptop D0002 (device:D0002)"."""
    raw, said = str(row.get("actor") or ""), actor_text(row.get("actor"))
    return f"{said} ({raw})" if raw and said not in {raw, "–"} else said


def action_of(row: dict[str, Any]) -> str:
    """What a line did, as `action_text` says it: a summary of refusals only counted with the
    kind of its key (`refusals_suppressed:user`)."""
    action = str(row.get("action"))
    kind = str(row.get("subject") or "").partition(":")[0]
    return f"{SUPPRESSED}:{kind}" if action == SUPPRESSED and kind in SUPPRESSED_BY else action


def subject_of(row: dict[str, Any]) -> str:
    """A line's subject; a summary's key without its prefix (`user:rina` is `rina`), none for
    every client together (`all`)."""
    subject = str(row.get("subject") or "")
    if row.get("action") == SUPPRESSED and action_of(row) != SUPPRESSED:
        _kind, _, subject = subject.partition(":")
    return subject or "–"


def is_warning(row: dict[str, Any]) -> bool:
    """True for lines a supervisor should look at: failed, locked or refused sign-ins, a role's
    or a laptop's refused request, a broken chain."""
    return str(row.get("action")) in WARNING_ACTIONS


class AuditPage(QWidget):
    """See the module text."""

    audit_shown = Signal(object)  # {"lines": [...], "chain": {...}}
    failed = Signal(object)

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.ws = ctx, ws
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.chain: dict[str, Any] | None = None
        self.model = ColumnsModel(self._columns(), self, marked=is_warning)
        self.ui.linesView.setModel(self.model)
        # Opened, the page puts the keyboard on the lines (Down walks them), not on the number
        # shown above them, which Down would change; Shift+Tab goes back up to it.
        opens_on(self, self.ui.linesView)
        column = self.model.column_of
        self.columns = ColumnFitter(
            self.ui.linesView,
            elide=(column("actor"), column("subject"), column("detail")),
            stretch=column("detail"),
            keep={column("detail"): _DETAIL_CHARS},
            at_most={column("subject"): _SUBJECT_CHARS, column("action"): _ACTION_CHARS},
        )
        self._wrapped = wrap_column(self.ui.linesView, column("detail"))
        self._wrapped_action = wrap_column(self.ui.linesView, column("action"))
        # Who wrote a line takes the width of its widest word and wraps ("baris" over
        # "perintah"): on one line the words took their width from every line's details, and a
        # receipt's details in larger Indonesian text wrapped onto three lines, not two.
        self._wrapped_actor = wrap_column(self.ui.linesView, column("actor"), by_word=True)
        self._generation = 0
        self._busy = 0
        self._reload_timer = QTimer(self, singleShot=True, interval=250)
        self._reload_timer.timeout.connect(self.refresh)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.limitSpin.valueChanged.connect(self._on_limitSpin_valueChanged)
        self._set_busy(0)
        self._show_status("")
        self._show_chain()

    @property
    def busy(self) -> bool:
        """True while a call is under way."""
        return self._busy > 0

    def refresh(self) -> None:
        """Read the audit log and check its chain again (F5)."""
        self._generation += 1
        generation, limit = self._generation, int(self.ui.limitSpin.value())

        def read(client: StaffClient) -> tuple[int, dict[str, Any]]:
            return generation, {"lines": client.audit(limit), "chain": client.audit_chain()}

        self._set_busy(+1)
        self.ws.call(read, self._on_read, self._on_failed)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._show_chain()
        super().changeEvent(event)

    def _columns(self) -> list[Column]:
        return [
            Column("at", self._when_header, lambda r: moment_of(r.get("at")), self._at),
            Column("actor", lambda: self.tr("Who"), lambda r: r.get("actor") or "–", actor_text,
                   tooltip=actor_tooltip),
            Column("action", lambda: self.tr("What"), action_of, action_text),
            Column("subject", lambda: self.tr("Subject"), subject_of),
            Column("detail", lambda: self.tr("Details"), lambda r: r.get("detail"),
                   lambda d: detail_text(d, self._when, self.ctx.lang),
                   tooltip=lambda r: detail_tooltip(r.get("detail"), self._when, self.ctx.lang)),
        ]  # fmt: skip

    def _line_at(self, row: int) -> object:
        """What the line at `row` is: its number in the log (newer lines come above it)."""
        return self.model.row(row).get("id")

    def _when(self, moment: Any) -> str:
        if moment is None:
            return "–"
        return local_datetime(moment, self.ws.workstation.province_code, self.ctx.lang)

    def _at(self, moment: Any) -> str:
        """A line's moment without its zone, which the column's header names once."""
        if moment is None:
            return "–"
        province = self.ws.workstation.province_code
        return local_datetime(moment, province, self.ctx.lang, with_zone=False)

    def _when_header(self) -> str:
        """The header of the moments, the branch's zone named once: "When (WIB)"."""
        _zone, label = zone_for_province(self.ws.workstation.province_code)
        return self.tr("When ({zone})").format(zone=label)

    def _on_limitSpin_valueChanged(self, _value: int) -> None:
        self._reload_timer.start()

    def _set_busy(self, step: int) -> None:
        self._busy = max(0, self._busy + step)
        self.ui.busyBar.setVisible(self.busy)

    def _on_read(self, result: tuple[int, dict[str, Any]]) -> None:
        generation, answer = result
        self._set_busy(-1)
        if generation != self._generation:
            return
        self._show_status("")
        self.chain = answer["chain"]
        with keeping_choice(self.ui.linesView, self._line_at):  # F5, a reconnect: line kept
            self.model.set_rows(answer["lines"])
        self._show_chain()
        self.audit_shown.emit(answer)

    def _show_chain(self) -> None:
        chain = self.chain
        if chain is None:
            self.ui.chainLabel.clear()
            set_role(self.ui.chainLabel, "strong")
        elif chain.get("valid"):
            entries = int(chain.get("entries") or 0)
            self.ui.chainLabel.setText(
                "✓ " + self.tr("Audit chain intact (%Ln line(s) checked)", "", entries)
            )
            set_role(self.ui.chainLabel, "strong")
        else:
            self.ui.chainLabel.setText(
                "⚠ "
                + self.tr(
                    "Audit chain broken from line {line}: lines were changed or removed. "
                    "Keep this computer as it is and tell the branch head."
                ).format(line=chain.get("first_bad"))
            )
            set_role(self.ui.chainLabel, "error")

    def _on_failed(self, exc: object) -> None:
        self._set_busy(-1)
        set_role(self.ui.statusLabel, "error")
        self._show_status(staff_error_text(exc, self.ctx.lang))
        self.failed.emit(exc)

    def _show_status(self, text: str) -> None:
        """Say `text` above the lines; with nothing to say the (empty) line gives its height to
        the table."""
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setVisible(bool(text))
