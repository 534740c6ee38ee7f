"""What a cut-off export left on the stick, as the Sync page's "Export to USB" says it, through
the real export into a real folder.

An empty file under a part's name (a power cut on a stick without hard links, `files._put_new`)
is not written over: the export is refused naming it and saying to delete it
(`EXPORT_EMPTY_FILES`), and nothing is written. A file the undo of a refused export set aside
and a power cut left hidden (`.<name>.<random>.undo`) whose name another file has taken since
is kept, and named after what the export wrote (`EXPORT_FILES_HIDDEN`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.screen import SMALLEST_SCREEN
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.main_window import PAGE_SYNC, MainWindow
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from tests.gui.fit import fit_problems
from tests.integration.helpers import copy_pending

from .conftest import run_task
from .test_sync_page import BranchServer, _register, branch_server, enrolled_window
from .test_usb_parts import THEIRS, _said_after

__all__ = ["branch_server", "enrolled_window"]  # fixtures used below


@pytest.mark.parametrize("lang", ["id", "en"])
def test_empty_files_left_by_a_cut_off_export_are_named_to_delete_and_nothing_is_written(
    qtbot: QtBot,
    app_look: None,
    enrolled_window: MainWindow,
    branch_server: BranchServer,
    tmp_path: Path,
    *,
    lang: str,
) -> None:
    """The second part's name holds an empty file: the result line names it and says to
    delete it, whole at 1366×728 in larger text; the stick holds only that empty file."""
    window = enrolled_window
    record = _register(qtbot, window, 1)
    assert window.ctx.session is not None
    run_task(qtbot, window.ctx, copy_pending, window.ctx.session.store, record,
             MAX_MANIFEST_ENTRIES)  # fmt: skip
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=True)
    window.ctx.languages.set_language(lang)
    try:
        window.resize(SMALLEST_SCREEN)
        qtbot.waitUntil(lambda: window.size() == SMALLEST_SCREEN)
        window.show_page(PAGE_SYNC)
        usb = tmp_path / "usb"
        usb.mkdir()
        out, later = usb / "batch.bpu", usb / "batch-2.bpu"
        later.touch()  # what the cut left

        said = _said_after(qtbot, window, out, "(EXPORT_EMPTY_FILES)")
        words = message("EXPORT_EMPTY_FILES", lang, files=[str(later)])
        assert said == f"{words}\u00a0(EXPORT_EMPTY_FILES)", said
        assert {"id": "Hapus berkas kosong", "en": "Delete the empty files"}[lang] in said
        assert "--replace" not in said and "--out" not in said, said  # the app has no options
        assert [p.name for p in usb.iterdir()] == ["batch-2.bpu"]
        assert later.stat().st_size == 0
        assert window.sync_page.ui.resultLabel.isVisible()
        assert fit_problems(window, SMALLEST_SCREEN) == []
    finally:
        window.ctx.languages.set_language("id")


def test_a_hidden_file_whose_name_is_taken_is_named_after_the_export(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer, tmp_path: Path
) -> None:
    """A set-aside file left hidden beside a file that took its name: the export writes its
    file, keeps both, and the result line names the hidden one on a line of its own, said
    again in the new language after a switch."""
    window = enrolled_window
    _register(qtbot, window, 1)
    window.show_page(PAGE_SYNC)
    usb = tmp_path / "usb"
    usb.mkdir()
    hidden = usb / ".batch.bpu.0123456789abcdef.undo"
    hidden.write_bytes(b"a file an undo set aside when the power was cut")
    (usb / "batch.bpu").write_bytes(THEIRS)
    mine = usb / "mine.bpu"

    said = _said_after(qtbot, window, mine, "(EXPORT_FILES_HIDDEN)")
    wrote, note = said.split("\n")
    assert str(mine) in wrote and "EXPORT_FILES_HIDDEN" not in wrote, said
    words = message("EXPORT_FILES_HIDDEN", "id", files=[str(hidden)])
    assert note == f"{words}\u00a0(EXPORT_FILES_HIDDEN)", said
    assert sorted(p.name for p in usb.iterdir()) == [hidden.name, "batch.bpu", "mine.bpu"]
    assert (usb / "batch.bpu").read_bytes() == THEIRS

    label = window.sync_page.ui.resultLabel
    window.ctx.languages.set_language("en")
    try:
        words = message("EXPORT_FILES_HIDDEN", "en", files=[str(hidden)])
        qtbot.waitUntil(
            lambda: as_written(label.text()).endswith(words + "\u00a0(EXPORT_FILES_HIDDEN)")
        )
    finally:
        window.ctx.languages.set_language("id")
