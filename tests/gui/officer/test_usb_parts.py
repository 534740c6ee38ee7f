"""The Sync page's "Export to USB" past one file's bound writes `batch.bpu`, `batch-2.bpu`…
(`sync.export`); the save dialog asks about the chosen name only. A `batch-2.bpu` already on the
stick (another laptop's batch) was replaced without a word. Now nothing is written and the
result line says why (`EXPORT_PARTS_IN_THE_WAY`), naming the file in the way; another name
then writes every part. 20,001 pending records are copies of one made in the store in one
statement (`copy_pending`).

The chosen file itself is written over only with the officer's consent: the save dialog's
"replace?" about a file there when it was chosen (`SyncPage.export_to`); one that appears after
is kept (`EXPORT_FILE_EXISTS`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.officer.main_window import PAGE_SYNC, MainWindow
from bpu_enroll.sync import export
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from tests.integration.helpers import copy_pending

from .conftest import run_task
from .test_sync_page import BranchServer, _register, branch_server, enrolled_window

__all__ = ["branch_server", "enrolled_window"]  # fixtures used below

THEIRS = b"another laptop's batch, not yet imported"
OLD = b"this laptop's older batch, which the officer agreed to replace"


def _export(qtbot: QtBot, window: MainWindow, out: Path) -> str:
    page = window.sync_page
    page.choose_export_path = lambda: out  # type: ignore[method-assign]
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: page.exporting, timeout=10_000)
    qtbot.waitUntil(lambda: not page.exporting, timeout=60_000)
    return as_written(page.ui.resultLabel.text())


def _said_after(qtbot: QtBot, window: MainWindow, out: Path, words: str) -> str:
    """Export to `out` and wait until the result line says `words`: a short export may start
    and end between two looks at `exporting`."""
    page = window.sync_page
    page.choose_export_path = lambda: out  # type: ignore[method-assign]
    page.ui.exportButton.click()
    qtbot.waitUntil(
        lambda: not page.exporting and words in as_written(page.ui.resultLabel.text()),
        timeout=20_000,
    )
    return as_written(page.ui.resultLabel.text())


def test_a_later_part_in_the_way_is_said_and_nothing_is_written(
    qtbot: QtBot, enrolled_window: MainWindow, branch_server: BranchServer, tmp_path: Path
) -> None:
    window = enrolled_window
    record = _register(qtbot, window, 1)
    assert window.ctx.session is not None
    run_task(qtbot, window.ctx, copy_pending, window.ctx.session.store, record,
             MAX_MANIFEST_ENTRIES)  # fmt: skip
    window.show_page(PAGE_SYNC)
    usb = tmp_path / "usb"
    usb.mkdir()
    out, theirs = usb / "batch.bpu", usb / "batch-2.bpu"
    theirs.write_bytes(THEIRS)

    said = _export(qtbot, window, out)
    words = message("EXPORT_PARTS_IN_THE_WAY", "id", parts=2, file=str(out), files=[str(theirs)])
    assert said == f"{words}\u00a0(EXPORT_PARTS_IN_THE_WAY)", said
    assert sorted(p.name for p in usb.iterdir()) == ["batch-2.bpu"]  # not even the first part
    assert theirs.read_bytes() == THEIRS
    assert window.sync_page.ui.exportButton.isEnabled()

    # The chosen file there, which the dialog asked to replace: kept as it was, not replaced
    # by a first part whose second is missing.
    out.write_bytes(OLD)
    assert _export(qtbot, window, out) == said
    assert sorted(p.name for p in usb.iterdir()) == ["batch-2.bpu", "batch.bpu"]
    assert (out.read_bytes(), theirs.read_bytes()) == (OLD, THEIRS)
    out.unlink()

    mine = usb / "mine.bpu"
    said = _export(qtbot, window, mine)
    assert str(mine) in said and str(usb / "mine-2.bpu") in said, said
    assert sorted(p.name for p in usb.iterdir()) == ["batch-2.bpu", "mine-2.bpu", "mine.bpu"]
    assert theirs.read_bytes() == THEIRS


def test_the_chosen_file_is_replaced_only_when_the_dialog_asked(
    qtbot: QtBot,
    enrolled_window: MainWindow,
    branch_server: BranchServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file there when it was chosen is one the save dialog asked about: the answer is the
    consent to write over it. One that appears after the dialog was asked about by nobody: it
    is kept, and the result line says why (`EXPORT_FILE_EXISTS`)."""
    window = enrolled_window
    _register(qtbot, window, 1)
    window.show_page(PAGE_SYNC)
    usb = tmp_path / "usb"
    usb.mkdir()
    out = usb / "batch.bpu"
    out.write_bytes(OLD)
    said = _said_after(qtbot, window, out, str(out))
    assert "EXPORT_FILE_EXISTS" not in said, said
    assert out.stat().st_size > len(OLD) and out.read_bytes()[: len(OLD)] != OLD

    later = usb / "later.bpu"
    write_part = export._write_part  # the seam where a part is written

    def appearing(path: Path, *args: Any, **kwargs: Any) -> Any:
        if path == later and not later.exists():
            later.write_bytes(THEIRS)  # another program, after the dialog
        return write_part(path, *args, **kwargs)

    monkeypatch.setattr(export, "_write_part", appearing)
    said = _said_after(qtbot, window, later, "(EXPORT_FILE_EXISTS)")
    words = message("EXPORT_FILE_EXISTS", "id", file=str(later))
    assert said == f"{words}\u00a0(EXPORT_FILE_EXISTS)", said
    assert "--replace" not in said, said  # command-line words: the app has no options
    assert later.read_bytes() == THEIRS
    assert sorted(p.name for p in usb.iterdir()) == ["batch.bpu", "later.bpu"]
