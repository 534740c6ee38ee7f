"""The Sync page's "Export to USB" past one file's bound writes `batch.bpu`, `batch-2.bpu`…
(`sync.export`); the save dialog asks about the chosen name only. A `batch-2.bpu` already on the
stick (another laptop's batch) was replaced without a word. Now nothing is written and the
result line says why (`EXPORT_PARTS_IN_THE_WAY`), naming the file in the way; another name
then writes every part. 20,001 pending records are copies of one made in the store in one
statement (`copy_pending`)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import message
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.officer.main_window import PAGE_SYNC, MainWindow
from bpu_enroll.sync.protocol import MAX_MANIFEST_ENTRIES
from tests.integration.helpers import copy_pending

from .conftest import run_task
from .test_sync_page import BranchServer, _register, branch_server, enrolled_window

__all__ = ["branch_server", "enrolled_window"]  # fixtures used below

THEIRS = b"another laptop's batch, not yet imported"


def _export(qtbot: QtBot, window: MainWindow, out: Path) -> str:
    page = window.sync_page
    page.choose_export_path = lambda: out  # type: ignore[method-assign]
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: page.exporting, timeout=10_000)
    qtbot.waitUntil(lambda: not page.exporting, timeout=60_000)
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

    mine = usb / "mine.bpu"
    said = _export(qtbot, window, mine)
    assert str(mine) in said and str(usb / "mine-2.bpu") in said, said
    assert sorted(p.name for p in usb.iterdir()) == ["batch-2.bpu", "mine-2.bpu", "mine.bpu"]
    assert theirs.read_bytes() == THEIRS
