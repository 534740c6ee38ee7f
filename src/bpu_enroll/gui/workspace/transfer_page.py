"""Import a USB batch file with its dry run first, and export a day for the national core system.

Import: the clerk chooses a batch file (`choose_import_path`, a seam tests override); it is read
and sent as a dry run in the background, and the preview shows the batch, the device and what
the import would do. Only then is Import enabled; it sends the same bytes for real and shows the
result. A file the branch cannot trust is shown with its stable code (BATCH_FILE_INVALID, …).

Export: the clerk chooses a folder (`choose_export_folder`) and, rarely, "everything"; the
branch makes the next export of its ledger (what changed since the last export) and its zip (CSV,
JSON and a manifest with SHA-256 checksums) is unpacked into the folder as new files (readable by
their owner only: they hold NIKs; an existing file is never overwritten) and each file is listed
with its checksum and whether it matches the manifest. Earlier exports are listed below (id,
who, when, counts, the manifest's SHA-256), in the branch's time zone. Before an export is
made on the page, the files' box says what an export is and that none has been made, or when
the last one was made and by whom (it was an empty frame). The branch records an export before
its download ends, so one whose download was cut (or whose files could not be
written here) is chosen in the list and *Download again*, under it, unpacks the same zip, kept
by the branch for 7 days. A busy indicator runs while any of this is working; the GUI thread never
waits. The keyboard goes from step to step: a file chosen, to Import; imported, back to
Choose; a folder chosen, to Export; exported, to the files written.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QWidget

from bpu_enroll.domain.formatting import local_datetime, thousands
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.common.focus import keyboard_to
from bpu_enroll.gui.common.keep_choice import keeping_choice
from bpu_enroll.gui.common.style import keep_bold_width, set_role
from bpu_enroll.gui.forms.workspace.ui_transfer_page import Ui_TransferPage
from bpu_enroll.gui.workspace.chosen_file import read_chosen_file
from bpu_enroll.gui.workspace.tally.model import Column, ColumnsModel, staff_error_text
from bpu_enroll.sync.batchfile import read_batch_file
from bpu_enroll.sync.staff_client import StaffError

if TYPE_CHECKING:
    from bpu_enroll.gui.workspace.context import WorkspaceContext
    from bpu_enroll.sync.staff_client import StaffClient

COUNT_LABELS = {
    "new": QT_TRANSLATE_NOOP("TransferPage", "new"),
    "accepted": QT_TRANSLATE_NOOP("TransferPage", "accepted"),
    "already_received": QT_TRANSLATE_NOOP("TransferPage", "already received"),
    "duplicate": QT_TRANSLATE_NOOP("TransferPage", "duplicate"),
    "conflict": QT_TRANSLATE_NOOP("TransferPage", "conflict"),
    "rejected": QT_TRANSLATE_NOOP("TransferPage", "rejected"),
    "pending_review": QT_TRANSLATE_NOOP("TransferPage", "waiting for review"),
    "voided": QT_TRANSLATE_NOOP("TransferPage", "voided"),
}
EXPORT_HEADERS = {
    "export_id": QT_TRANSLATE_NOOP("TransferPage", "Export"),
    "created_at": QT_TRANSLATE_NOOP("TransferPage", "Made"),
    "created_by": QT_TRANSLATE_NOOP("TransferPage", "By"),
    "full": QT_TRANSLATE_NOOP("TransferPage", "Kind"),
    "new": QT_TRANSLATE_NOOP("TransferPage", "New"),
    "update": QT_TRANSLATE_NOOP("TransferPage", "Changed"),
    "void": QT_TRANSLATE_NOOP("TransferPage", "Void"),
    "manifest_sha256": QT_TRANSLATE_NOOP("TransferPage", "Manifest SHA-256"),
    "everything": QT_TRANSLATE_NOOP("TransferPage", "everything"),
    "changes": QT_TRANSLATE_NOOP("TransferPage", "changes"),
}
Preview = tuple[bytes, dict[str, Any]]
# Refusals of an export the branch did not record: no hint to fetch it from the list.
NOT_RECORDED = frozenset({"EXPORT_RECORD_UNREADABLE"})


def read_and_preview(client: StaffClient, path: Path) -> Preview:
    """Background: read a batch file and ask the branch for its dry run. A file too large for
    a batch is refused (`BODY_TOO_LARGE`, as the branch would) before it is read whole."""
    data = read_chosen_file(read_batch_file, path)
    return data, client.import_file(data, dry_run=True)


def extract_export(data: bytes, folder: Path) -> dict[str, Any]:
    """Background: unpack the export zip into `folder` (0600 files) and check each checksum.

    Returns `{"manifest": name, "registrations": n, "files": [{name, bytes, sha256, matches}]}`;
    the manifest itself is listed last with its own SHA-256 (`matches` None).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        contents = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, OSError) as exc:
        raise StaffError("EXPORT_INVALID", "the branch's export is not a readable zip", 0) from exc
    if any(_unsafe(name) for name in contents):
        raise StaffError("EXPORT_INVALID", "the export names a file outside its folder", 0)
    manifests = [name for name in contents if name.startswith("manifest-")]
    if len(manifests) != 1:
        raise StaffError("EXPORT_INVALID", "the export has no manifest", 0)
    manifest = json.loads(contents[manifests[0]])
    if manifest.get("files") and any(
        (folder / name).exists() for name in contents
    ):  # an export never overwrites an earlier file
        raise StaffError("EXPORT_EXISTS", "a file of this export exists already", 0)
    expected = {entry["name"]: entry["sha256"] for entry in manifest.get("files", [])}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, content in contents.items():
            _write_private(folder / name, content)
    except OSError as exc:
        raise StaffError(
            "IO_ERROR", f"the files could not be written ({type(exc).__name__})", 0
        ) from exc
    files = [
        {"name": name, "bytes": len(contents[name]), "sha256": _sha256(contents[name]),
         "matches": _sha256(contents[name]) == expected.get(name)}
        for name in sorted(contents) if name != manifests[0]
    ]  # fmt: skip
    manifest_data = contents[manifests[0]]
    files.append({"name": manifests[0], "bytes": len(manifest_data),
                  "sha256": _sha256(manifest_data), "matches": None})  # fmt: skip
    return {"manifest": manifests[0], "export_id": manifest.get("export_id", ""),
            "rows": manifest.get("rows", 0), "counts": manifest.get("counts", {}),
            "files": files, "folder": str(folder)}  # fmt: skip


def _unsafe(name: str) -> bool:
    return not name or "/" in name or "\\" in name or name.startswith(".") or ".." in name


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


class TransferPage(QWidget):
    """See the module text."""

    def __init__(
        self, ctx: AppContext, ws: WorkspaceContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ws = ws
        self.ui = Ui_TransferPage()
        self.ui.setupUi(self)
        for button in (self.ui.importButton, self.ui.exportButton):
            keep_bold_width(button)  # disabled while busy: its left edge stays put
        self.preview: dict[str, Any] | None = None
        self.result: dict[str, Any] | None = None
        self.exported: dict[str, Any] | None = None
        # A failure said on a line, asked for again in the language of now after a switch
        # while that line still says it (`_show_error`).
        self._errors: dict[QLabel, tuple[Callable[[], str], str]] = {}
        self.folder: Path | None = None
        self.busy = False
        self._data: bytes | None = None
        self.exports_model = ColumnsModel(
            _export_columns(ws.workstation.province_code, lambda: ctx.lang), self
        )
        ui = self.ui
        ui.exportsView.setModel(self.exports_model)
        ui.exportsView.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.exportsView.horizontalHeader().setStretchLastSection(True)
        ui.chooseFileButton.clicked.connect(self._on_chooseFileButton_clicked)
        ui.importButton.clicked.connect(self.import_now)
        ui.chooseFolderButton.clicked.connect(self._on_chooseFolderButton_clicked)
        ui.exportButton.clicked.connect(self.export_now)
        ui.againButton.clicked.connect(self.export_again)
        ui.exportsView.selectionModel().selectionChanged.connect(self._on_export_chosen)
        self._size_lists()
        self._set_busy(False)
        self._say_before_export()

    # --- public --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the list of earlier exports (in the background)."""
        self._set_busy(self.busy)
        self.ws.call(lambda client: client.exports(), self._on_exports, self._on_exports_failed)

    def choose_import_path(self) -> Path | None:
        """Ask for the batch file (tests override this seam)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a USB batch file"), str(Path.home()),
            self.tr("Batch files (*.bpu *.bpub);;All files (*)"),
        )  # fmt: skip
        return Path(path) if path else None

    def choose_export_folder(self) -> Path | None:
        """Ask for the export folder (tests override this seam)."""
        path = QFileDialog.getExistingDirectory(self, self.tr("Export folder"), str(Path.home()))
        return Path(path) if path else None

    def preview_file(self, path: Path) -> None:
        """Read `path` and ask the branch for a dry run of it, in the background."""
        self.preview = self.result = None
        self._data = None
        self.ui.fileEdit.setText(str(path))
        self.ui.previewLabel.clear()
        self.ui.importResultLabel.clear()
        self._set_busy(True, self.tr("Checking the batch file (dry run)…"))
        self.ws.call(
            lambda client: read_and_preview(client, path), self._on_preview, self._on_import_failed
        )

    def import_now(self) -> None:
        """Import the previewed file for real (only after its dry run)."""
        data = self._data
        if data is None or self.preview is None or self.busy:
            return
        self._set_busy(True, self.tr("Importing…"))
        self.ws.call(
            lambda client: client.import_file(data, dry_run=False),
            self._on_imported, self._on_import_failed,
        )  # fmt: skip

    def set_export_folder(self, folder: Path) -> None:
        """Use `folder` for the export (a message about the previous folder goes)."""
        self.folder = folder
        self.ui.folderEdit.setText(str(folder))
        self.ui.exportResultLabel.clear()
        self._set_busy(self.busy)

    def export_now(self) -> None:
        """Make the next export and unpack it into the folder, in the background."""
        folder, full = self.folder, self.ui.allCheck.isChecked()
        if folder is None or self.busy:
            return
        self.exported = None
        self.ui.exportFilesText.clear()
        self.ui.exportResultLabel.clear()
        self._set_busy(True, self.tr("Exporting…"))
        self.ws.call(
            lambda client: extract_export(client.export(full=full), folder),
            self._on_exported, self._on_export_failed,
        )  # fmt: skip

    def chosen_export(self) -> dict[str, Any] | None:
        """The export chosen in the list of earlier exports, if any."""
        rows = self.ui.exportsView.selectionModel().selectedRows()
        return self.exports_model.row(rows[0].row()) if rows else None

    def export_again(self) -> None:
        """Fetch the chosen earlier export's zip again and unpack it into the folder."""
        folder, chosen = self.folder, self.chosen_export()
        if folder is None or chosen is None or not chosen.get("kept") or self.busy:
            return
        export_id = str(chosen["export_id"])
        self.exported = None
        self.ui.exportFilesText.clear()
        self.ui.exportResultLabel.clear()
        self._set_busy(True, self.tr("Downloading {export} again…").format(export=export_id))
        self.ws.call(
            lambda client: extract_export(client.export_again(export_id), folder),
            self._on_exported, self._on_again_failed,
        )  # fmt: skip

    def _size_lists(self) -> None:
        """Room for five earlier exports and the files of one, from the text size: the page
        scrolls (the window wraps it) rather than showing half a row."""
        line = self.fontMetrics().height()
        self.ui.exportsView.setMinimumHeight(9 * line)
        self.ui.exportFilesText.setMinimumHeight(4 * line)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate on a language switch; the lists follow the text size."""
        if event.type() == QEvent.Type.FontChange:
            self._size_lists()
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_import()
            self._show_export()
            self.exports_model.retranslate()
            self._set_busy(self.busy)
            self._say_errors_again()
        super().changeEvent(event)

    # --- import --------------------------------------------------------------------------------

    def _on_chooseFileButton_clicked(self) -> None:
        path = self.choose_import_path()
        if path is not None:
            self.preview_file(path)

    def _on_preview(self, answer: Preview) -> None:
        self._data, self.preview = answer
        self._set_busy(False)
        self._show_import()
        keyboard_to(self, self.ui.importButton)  # the next step

    def _on_imported(self, result: dict[str, Any]) -> None:
        self.result = result
        self._data = None  # one import per preview: choose the file again to repeat
        self._set_busy(False)
        self._show_import()
        keyboard_to(self, self.ui.chooseFileButton)

    def _on_import_failed(self, error: StaffError) -> None:
        self._data = None
        self.preview = None
        self._set_busy(False)
        self._show_error(self.ui.importResultLabel, lambda: self._error_text(error))
        keyboard_to(self, self.ui.chooseFileButton)

    def _counts_text(self, counts: dict[str, Any], *, dry_run: bool) -> str:
        parts = [
            f"{self.tr(str(COUNT_LABELS[k])) if k in COUNT_LABELS else k}: {thousands(int(v))}"
            for k, v in counts.items()
            if isinstance(v, int) and not isinstance(v, bool)
        ]
        text = " · ".join(parts)
        if counts.get("device_revoked"):
            text += "\n" + self.tr(
                "This laptop was revoked: its new records wait in the review queue for a clerk."
            )
        if counts.get("kpj_range_exhausted"):
            accepted = int(counts.get("new" if dry_run else "accepted", 0))
            waiting = thousands(int(counts.get("pending_review", 0)))
            words = (
                self.tr(
                    "The branch runs out of KPJ numbers during this import: %Ln record(s) "
                    "will get a KPJ, the other {waiting} will wait in the review queue for a "
                    "clerk. Ask the administrator for more KPJ numbers before importing.",
                    "",
                    accepted,
                )
                if dry_run
                else self.tr(
                    "The branch ran out of KPJ numbers during this import: %Ln record(s) "
                    "got a KPJ, the other {waiting} wait in the review queue for a clerk. Ask "
                    "the administrator.",
                    "",
                    accepted,
                )
            )
            text += "\n" + words.format(waiting=waiting)
        return text

    def _show_import(self) -> None:
        preview, result = self.preview, self.result
        if preview is not None:
            self.ui.previewLabel.setText(
                self.tr("Dry run: batch {batch} from device {device}, %Ln record(s).", "",
                        int(preview.get("records", 0))).format(
                    batch=preview.get("batch_id", ""), device=preview.get("device", "")
                ) + "\n" + self._counts_text(dict(preview.get("counts", {})), dry_run=True)
            )  # fmt: skip
        if result is not None:
            set_role(self.ui.importResultLabel, "success")
            self.ui.importResultLabel.setText(
                self.tr("Imported: {counts}").format(
                    counts=self._counts_text(dict(result.get("counts", {})), dry_run=False)
                )
            )

    # --- export --------------------------------------------------------------------------------

    def _on_chooseFolderButton_clicked(self) -> None:
        folder = self.choose_export_folder()
        if folder is not None:
            self.set_export_folder(folder)
            keyboard_to(self, self.ui.exportButton)  # the next step

    def _on_exported(self, exported: dict[str, Any]) -> None:
        self.exported = exported
        self.ui.allCheck.setChecked(False)
        self._set_busy(False)
        self._show_export()
        keyboard_to(self, self.ui.exportFilesText)  # the files written, to read
        self.refresh()

    def _on_exports(self, answer: dict[str, Any]) -> None:
        set_role(self.ui.historyLabel, "muted")
        self.ui.historyLabel.setText(self.tr("Earlier exports"))
        rows = list(answer.get("items", []))
        # the choice outlives a reload (F5, a reconnect, an export made): the same export
        with keeping_choice(
            self.ui.exportsView, lambda r: self.exports_model.value(r, "export_id")
        ):
            self.exports_model.set_rows(rows)
        self._say_before_export()
        self._set_busy(self.busy)

    def _on_export_chosen(self, *_: object) -> None:
        self._set_busy(self.busy)

    def _on_exports_failed(self, error: StaffError) -> None:
        self._show_error(self.ui.historyLabel, lambda: self._error_text(error))

    def _on_export_failed(self, error: StaffError) -> None:
        """The branch may have recorded the export before the failure: the list is read again,
        and the clerk is told how to fetch it."""
        self._set_busy(False)

        def said() -> str:
            hint = self.tr("If the export is in the list below, choose it and download it again.")
            if error.code in NOT_RECORDED:  # its message says what to do
                hint = ""
            return f"{self._error_text(error)} {hint}".strip()

        self._show_error(self.ui.exportResultLabel, said)
        keyboard_to(self, self.ui.exportsView)  # where to choose it
        self.refresh()

    def _on_again_failed(self, error: StaffError) -> None:
        """Fetching an earlier export failed: said as it is; the export stays chosen."""
        self._set_busy(False)
        self._show_error(self.ui.exportResultLabel, lambda: self._error_text(error))
        keyboard_to(self, self.ui.againButton)

    def _show_export(self) -> None:
        self._say_before_export()
        exported = self.exported
        if exported is None:
            return
        files = exported["files"]
        good = all(f["matches"] is not False for f in files)
        counts = exported.get("counts") or {}
        summary = self.tr(
            "Export {export}: %Ln row(s) (new {new}, changed {update}, void {void}) in {folder}.",
            "", int(exported["rows"]),
        ).format(export=exported.get("export_id", ""), new=counts.get("new", 0),
                 update=counts.get("update", 0), void=counts.get("void", 0),
                 folder="{folder}")  # fmt: skip
        checks = (
            self.tr("Every checksum matches the manifest.")
            if good
            else self.tr("A checksum does NOT match the manifest: export again.")
        )
        set_role(self.ui.exportResultLabel, "success" if good else "error")
        self.ui.exportResultLabel.setText(f"{summary.format(folder=exported['folder'])} {checks}")
        lines = []
        for entry in files:
            if entry["matches"] is None:
                state = self.tr("manifest")
            else:
                state = self.tr("matches") if entry["matches"] else self.tr("DOES NOT MATCH")
            lines.append(
                f"{entry['name']}  ({thousands(entry['bytes'])} B)\n"
                f"    SHA-256 {entry['sha256']}  [{state}]"
            )
        self.ui.exportFilesText.setPlainText("\n".join(lines))

    def _say_before_export(self) -> None:
        """Before this page has exported, the files' box says what will show there and when
        the branch last exported (from the list below): it was an empty frame."""
        rows = [row for row in self.exports_model.rows() if row.get("created_at")]
        if not rows:
            text = self.tr(
                "No export has been made yet. Export writes what the branch decided since the "
                "last export into the chosen folder; its files and their SHA-256 checksums are "
                "listed here."
            )
        else:
            last = max(rows, key=lambda row: str(row.get("created_at", "")))
            when = local_datetime(
                datetime.fromisoformat(str(last.get("created_at"))),
                self.ws.workstation.province_code,
                self.ctx.lang,
            )
            text = self.tr(
                "The last export, {export}, was made {when} by {who}. The files of the next "
                "export and their SHA-256 checksums are listed here."
            ).format(export=last.get("export_id", ""), when=when, who=last.get("created_by", ""))
        self.ui.exportFilesText.setPlaceholderText(text)

    # --- shared --------------------------------------------------------------------------------

    def _show_error(self, label: QLabel, text: Callable[[], str]) -> None:
        """Say a failure on `label`, and again in the new language after a switch while the
        label still says it (a refused batch file stayed in the old language)."""
        set_role(label, "error")
        said = text()
        label.setText(said)
        self._errors[label] = (text, said)

    def _say_errors_again(self) -> None:
        for label, (text, said) in list(self._errors.items()):
            if label.text() != said or label.property("role") != "error":
                del self._errors[label]  # the line says something else now
                continue
            self._show_error(label, text)

    def _error_text(self, error: StaffError) -> str:
        return staff_error_text(error, self.ctx.lang)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        ui = self.ui
        ui.busyBar.setVisible(busy)
        ui.busyBar.setRange(0, 0 if busy else 1)
        ui.busyLabel.setText(text if busy else "")
        ui.chooseFileButton.setEnabled(not busy)
        ui.importButton.setEnabled(not busy and self.preview is not None and self._data is not None)
        ui.chooseFolderButton.setEnabled(not busy)
        ui.exportButton.setEnabled(not busy and self.folder is not None)
        chosen = self.chosen_export()
        ui.againButton.setEnabled(
            not busy and self.folder is not None and bool(chosen and chosen.get("kept"))
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransferPage", text)


def _export_columns(province_code: str, lang: Callable[[], str]) -> list[Column]:
    """The list of earlier exports: id, when (`5 Desember 2026 01.50 WIB`, the branch's time
    in the app's language, as every other list), who, counts."""

    def when(value: Any) -> str:
        return local_datetime(datetime.fromisoformat(str(value)), province_code, lang())

    def count(key: str) -> Any:
        return lambda row: int((row.get("counts") or {}).get(key, 0))

    def header(key: str) -> Callable[[], str]:
        return lambda: _tr(str(EXPORT_HEADERS[key]))

    def field(key: str) -> Callable[[dict[str, Any]], Any]:
        return lambda row: row.get(key, "")

    def kind(value: Any) -> str:
        return _tr(str(EXPORT_HEADERS["everything" if value else "changes"]))

    return [
        Column("export_id", header("export_id"), field("export_id")),
        Column("created_at", header("created_at"), field("created_at"), when),
        Column("created_by", header("created_by"), field("created_by")),
        Column("full", header("full"), lambda r: bool(r.get("full")), kind),
        Column("new", header("new"), count("new"), thousands, numeric=True),
        Column("update", header("update"), count("update"), thousands, numeric=True),
        Column("void", header("void"), count("void"), thousands, numeric=True),
        Column("manifest_sha256", header("manifest_sha256"), field("manifest_sha256")),
    ]
