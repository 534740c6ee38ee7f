"""The branch workspace window of clerks and supervisors: navigation, pages, connection status.

The pages come from fixed modules (`gui/workspace/*_page.py`); a clerk gets the batches inbox, the
review queue, import/export and the receipt check, a supervisor or admin also the branch tally,
the reconciliation, the officers' activity, the audit log, the laptops (to revoke one) and the
staff (to add, revoke or unlock one). Alt+1…Alt+9 and Alt+0 open the first ten pages. The
status bar always shows the user's role and name ("Supervisor: spv", again in the new language
after a switch; a long user name gives way, whole in the tooltip), the branch and the server
address (host and port, "TLS" when it is https; the whole address in its tooltip), and whether the
server answers, with the last contact time. While it does not, a banner says so with a countdown
to the next attempt and a "Retry now" button (its Alt letter taken by no page); on reconnect the
visible page is refreshed.
Sign-out ends the session on the server (`StaffClient.logout`) and emits `signed_out`; a session
the server no longer accepts emits `session_expired`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QWidget

from bpu_enroll.domain.formatting import clock_time, zone_for_province
from bpu_enroll.gui.common import icons
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.elided_label import ElidedLabel
from bpu_enroll.gui.common.focus import enter_presses_buttons, focus_page
from bpu_enroll.gui.common.screen import fit_to_screen, scrolled
from bpu_enroll.gui.common.style import repolish
from bpu_enroll.gui.common.view_options import ViewOptions
from bpu_enroll.gui.forms.workspace.ui_window import Ui_WorkspaceWindow
from bpu_enroll.gui.workspace.context import SUPERVISOR_ROLES, WorkspaceContext
from bpu_enroll.sync.staff_client import StaffClient

PageFactory = Callable[[AppContext, WorkspaceContext], QWidget]
_CONTEXT = "WorkspaceWindow"
_NAV_WIDTH = 220  # the page list's width in normal text
_REFIT_NAV = (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)
BRANCH_NAME_KEPT = 48  # characters of "Branch: <name> (<code>)" the status bar keeps whole
USER_NAME_KEPT = 16  # characters of the user name the status bar keeps whole after the role


@dataclass(frozen=True)
class PageInfo:
    """One workspace page: key, English title (translated in the window), where its class is."""

    key: str
    title: str
    module: str = ""
    class_name: str = ""
    supervisor_only: bool = False
    icon: str = icons.APP
    factory: PageFactory | None = None

    def create(self, ctx: AppContext, ws: WorkspaceContext) -> QWidget:
        """Make the page (imports its module on first use)."""
        if self.factory is not None:
            return self.factory(ctx, ws)
        page_class = getattr(importlib.import_module(self.module), self.class_name)
        page: QWidget = page_class(ctx, ws)
        return page


_GUI = "bpu_enroll.gui.workspace."


def _noop(marked: object) -> str:
    """A source text marked for translation (`QT_TRANSLATE_NOOP`), as `str`."""
    return str(marked)


STANDARD_PAGES: tuple[PageInfo, ...] = (
    PageInfo(
        "batches", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Batches")),
        _GUI + "batches_page", "BatchesPage", icon=icons.SYNC,
    ),
    PageInfo(
        "review", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Review queue")),
        _GUI + "review.page", "ReviewPage", icon=icons.REGISTRATIONS,
    ),
    PageInfo(
        "transfer", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Import and export")),
        _GUI + "transfer_page", "TransferPage", icon=icons.NEW_REGISTRATION,
    ),
    PageInfo(
        "receipt", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Check a receipt")),
        _GUI + "receipt_check_page", "ReceiptCheckPage", icon=icons.REGISTRATIONS,
    ),
    PageInfo(
        "tally", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Branch tally")),
        _GUI + "tally.page", "BranchTallyPage", supervisor_only=True, icon=icons.TALLY,
    ),
    PageInfo(
        "reconcile", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Reconciliation")),
        _GUI + "reconcile.page", "ReconcilePage", supervisor_only=True, icon=icons.TALLY,
    ),
    PageInfo(
        "activity", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Officers' activity")),
        _GUI + "activity_page", "ActivityPage", supervisor_only=True, icon=icons.APP,
    ),
    PageInfo(
        "audit", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Audit log")),
        _GUI + "audit.page", "AuditPage", supervisor_only=True, icon=icons.LOCK,
    ),
    PageInfo(
        "devices", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Laptops")),
        _GUI + "devices_page", "DevicesPage", supervisor_only=True, icon=icons.SYNC,
    ),
    PageInfo(
        "staff", _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Staff")),
        _GUI + "staff_page", "StaffPage", supervisor_only=True, icon=icons.STAFF,
    ),
)  # fmt: skip
ROLE_NAMES = {
    "clerk": _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Clerk")),
    "supervisor": _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Supervisor")),
    "admin": _noop(QT_TRANSLATE_NOOP("WorkspaceWindow", "Administrator")),
}


def pages_for(role: str, pages: Sequence[str | PageInfo] | None = None) -> tuple[PageInfo, ...]:
    """The pages `role` may open: the standard ones, or those given (keys or `PageInfo`s)."""
    by_key = {page.key: page for page in STANDARD_PAGES}
    chosen = STANDARD_PAGES if pages is None else tuple(
        by_key[page] if isinstance(page, str) else page for page in pages
    )  # fmt: skip
    supervisor = role in SUPERVISOR_ROLES
    return tuple(page for page in chosen if supervisor or not page.supervisor_only)


def page_key(row: int) -> str:
    """The key of the page in `row` (from 0): Alt+1 to Alt+9, then Alt+0 for the tenth."""
    return f"Alt+{(row + 1) % 10}"


def _logout(client: StaffClient) -> None:
    """Background: end the session on the server (never raises when unreachable), close."""
    try:
        client.logout()
    finally:
        client.close()


class WorkspaceWindow(QMainWindow):
    """See the module text."""

    signed_out = Signal()
    session_expired = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        ws: WorkspaceContext,
        pages: Sequence[PageInfo] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._nav_timer = QTimer(self, singleShot=True, interval=0)  # dies with the window
        self._nav_timer.timeout.connect(self._fit_nav)
        self.ctx = ctx
        self.ws = ws
        self.ui = Ui_WorkspaceWindow()
        self.ui.setupUi(self)
        self.view = ViewOptions(
            ctx,
            high_contrast=self.ui.actionHighContrast,
            large_font=self.ui.actionLargeFont,
            language_id=self.ui.actionLanguageId,
            language_en=self.ui.actionLanguageEn,
            parent=self,
        )
        self.setWindowIcon(icons.icon(icons.APP))
        self.page_infos = tuple(pages) if pages is not None else pages_for(ws.role)
        self.pages: dict[str, QWidget] = {}
        for info in self.page_infos:
            page = info.create(ctx, ws)
            self.pages[info.key] = page
            # Scrolls vertically when its content is taller than the window (larger text on a
            # 1366×768 screen) instead of squeezing its tables and texts.
            self.ui.pageStack.addWidget(scrolled(page))
            self.ui.navList.addItem(QListWidgetItem(icons.icon(info.icon), ""))
        enter_presses_buttons(self.ui.centralWidget)
        self._user_label = ElidedLabel()
        # The branch's name stays whole (up to `BRANCH_NAME_KEPT` characters): it says whose
        # figures these are, and a keyboard user cannot hover for a tooltip. The server's
        # address gives way first, cut with "…", whole in its tooltip (and in the workstation
        # dialog). Offline, the name was cut to "Cabang: Kantor Cabang Kabupaten Bog…". The
        # address is shown without its scheme, and the user as role and name without the word
        # "User": in larger Indonesian text at 1366 px, online, the address read
        # "server http://12…" beside "Pengguna: clerk (Petugas administrasi)".
        self._status: dict[str, QLabel] = {
            "user": self._user_label,
            "branch": ElidedLabel(BRANCH_NAME_KEPT),
            "server": ElidedLabel(),
            "connection": QLabel(),
        }
        for name, label in self._status.items():
            label.setObjectName(f"{name}StatusLabel")
            self.ui.statusBar.addPermanentWidget(label)
        self._ending = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_connection)
        self._wire()
        self._name_pages()
        self._show_status()
        if self.page_infos:
            self.show_page(self.page_infos[0].key)
        self._fit_nav()
        fit_to_screen(self)  # 1366×728 (a 1366×768 screen less its taskbar), less if smaller

    # --- public --------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page with `key` ("batches", "review", …)."""
        return self.pages[key]

    def current_key(self) -> str:
        """The key of the visible page ("" when there are no pages)."""
        row = self.ui.navList.currentRow()
        return self.page_infos[row].key if 0 <= row < len(self.page_infos) else ""

    def show_page(self, key: str) -> None:
        """Show the page with `key` (it refreshes)."""
        keys = [info.key for info in self.page_infos]
        self.ui.navList.setCurrentRow(keys.index(key))

    def refresh_current(self) -> None:
        """Ask the visible page to load its data again: the menu's Refresh, F5 on every page.

        Pages have no F5 of their own: two shortcuts of one key in one window are ambiguous,
        and Qt then runs neither (F5 did nothing on six pages)."""
        page = self.pages.get(self.current_key())
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def sign_out(self) -> None:
        """End the session on the server, then `signed_out` (the app goes back to sign-in)."""
        if self._ending:
            return
        self._ending = True
        self.ws.close()
        self._tick.stop()
        self.ctx.tasks.run_background(
            _logout, self.ws.client, on_done=self._on_logout_done, on_error=self._on_logout_done
        )

    def connection_text(self) -> str:
        """What the status bar says about the server (online/offline, last contact)."""
        last = self._last_contact_text()
        if self.ws.online:
            return self.tr("Online · last contact {when}").format(when=last)
        # The seconds to the next try are in the offline banner above; here they took the
        # width the branch's name needs (and changed it every second).
        return self.tr("Offline · last contact {when}").format(when=last)

    # --- events --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch; the page list fits its names again."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._name_pages()
            self._show_status()
            self.view.sync()
        if event.type() in _REFIT_NAV:
            self._nav_timer.start()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window ends the session on the server and quits (unless signing out)."""
        self._tick.stop()
        if not self._ending:
            self._ending = True
            self.ws.close()
            self.ctx.tasks.run_background(_logout, self.ws.client)
            super().closeEvent(event)
            self.quit_requested.emit()
            return
        super().closeEvent(event)

    # --- wiring --------------------------------------------------------------------------------

    def _wire(self) -> None:
        ui = self.ui
        ui.navList.currentRowChanged.connect(self._on_navList_currentRowChanged)
        ui.navList.itemActivated.connect(self._on_navList_itemActivated)
        ui.retryButton.clicked.connect(self._on_retryButton_clicked)
        ui.actionRefresh.triggered.connect(self.refresh_current)
        ui.actionLogout.triggered.connect(self.sign_out)
        ui.actionQuit.triggered.connect(self.close)
        self.ws.online_changed.connect(self._on_ws_online_changed)
        self.ws.contact_changed.connect(self._show_connection)
        self.ws.session_expired.connect(self._on_ws_session_expired)
        for row in range(min(len(self.page_infos), 10)):
            action = self.addAction(page_key(row))
            action.setShortcut(page_key(row))
            action.triggered.connect(lambda _checked=False, r=row: self._open_page_by_key(r))

    def _open_page_by_key(self, row: int) -> None:
        """Alt+1…Alt+9, Alt+0: the page, with the keyboard on it (even from the menu bar)."""
        self.ui.navList.setCurrentRow(row)
        focus_page(self.ui.pageStack.currentWidget())

    def _name_pages(self) -> None:
        for row, info in enumerate(self.page_infos):
            name = QCoreApplication.translate(_CONTEXT, info.title)
            item = self.ui.navList.item(row)
            item.setText(name)
            item.setToolTip(f"{name} ({page_key(row)})" if row < 10 else name)

    def _fit_nav(self) -> None:
        """The page list as wide as its longest page name (larger text, Indonesian), at least
        as wide as designed, so no name is cut and the list never scrolls sideways."""
        nav = self.ui.navList
        margins = nav.contentsMargins()
        need = nav.sizeHintForColumn(0) + margins.left() + margins.right() + 2 * nav.spacing()
        scroll_bar = nav.verticalScrollBar().sizeHint().width()  # room in case it scrolls
        nav.setFixedWidth(max(nav.minimumSizeHint().width(), _NAV_WIDTH, need + scroll_bar))

    def _on_navList_currentRowChanged(self, row: int) -> None:
        if row < 0:
            return
        self.ui.pageStack.setCurrentIndex(row)
        self.refresh_current()

    def _on_navList_itemActivated(self, _item: QListWidgetItem) -> None:
        """Enter in the page list: the keyboard into the page shown (after sign-in it is in the
        list, and the batches page says "press Enter to open one")."""
        focus_page(self.ui.pageStack.currentWidget())

    def _on_ws_online_changed(self, online: bool) -> None:
        self._show_connection()
        if online:
            self.refresh_current()

    def _on_ws_session_expired(self) -> None:
        if self._ending:
            return
        self._ending = True
        self._tick.stop()
        self.ws.close()
        self.ctx.tasks.run_background(_logout, self.ws.client)
        self.session_expired.emit()

    def _on_logout_done(self, _result: object) -> None:
        self.signed_out.emit()

    def _on_retryButton_clicked(self) -> None:
        self.ws.retry_now()
        self._show_connection()

    # --- status --------------------------------------------------------------------------------

    def _show_status(self) -> None:
        ws = self.ws
        role = QCoreApplication.translate(_CONTEXT, ROLE_NAMES.get(ws.role, ws.role))
        user = self._user_label
        # Who is signed in as what, always in sight: a clerk and a supervisor see different
        # pages, and whoever sits down at the desk reads it without hovering. The role comes
        # first and stays whole; a long user name gives way (whole in the tooltip).
        user.at_least = len(role) + 2 + USER_NAME_KEPT
        user.setText(
            self.tr("{role}: {user}", "status bar: the signed-in user's role and user name").format(
                role=role, user=ws.username
            )
        )
        user.setToolTip(self.tr("User: {user} ({role})").format(user=ws.username, role=role))
        station = ws.workstation
        branch = station.branch_code
        if station.branch_name:
            branch = f"{station.branch_name} ({station.branch_code})"
        self._status["branch"].setText(self.tr("Branch: {branch}").format(branch=branch))
        server = self._status["server"]
        scheme, _, address = station.server_url.partition("://")
        address = address.rstrip("/")
        if scheme == "https" and address:
            server.setText(self.tr("TLS server {address}").format(address=address))
        elif scheme == "http" and address:
            server.setText(self.tr("server {address}").format(address=address))
        else:
            server.setText(self.tr("server {server}").format(server=station.server_url))
        server.setToolTip(self.tr("server {server}").format(server=station.server_url))
        self._show_connection()

    def _show_connection(self) -> None:
        online = self.ws.online
        label = self._status["connection"]
        label.setText(self.connection_text())
        label.setProperty("role", "" if online else "error")
        repolish(label)
        self.ui.offlineBanner.setVisible(not online)
        if online:
            self._tick.stop()
        else:
            self.ui.offlineLabel.setText(
                self.tr(
                    "Branch server unreachable — retrying in {seconds} s. "
                    "What is shown may be out of date."
                ).format(seconds=self.ws.seconds_to_retry())
            )
            if not self._tick.isActive() and not self._ending:
                self._tick.start()

    def _last_contact_text(self) -> str:
        moment = self.ws.last_contact
        if moment is None:
            return self.tr("never")
        province = self.ws.workstation.province_code or self.ctx.province_code
        zone, label = zone_for_province(province)
        return f"{clock_time(moment.astimezone(zone), self.ctx.lang, seconds=True)} {label}"

    # --- view options --------------------------------------------------------------------------
