"""The Sync page's export sentence names the file it wrote, and in a narrow page (larger text)
the path broke at a hyphen inside its name ("…/usb/bpu-" over "batch-D0001-…"): read as two
names, or as a name without its end. A path now breaks only after a "/" (each name in it stays
on one line), as a receipt number is kept whole (`formatting.unbroken`). Checked on the real
result line after a real export, at every width from its own down to 300 px, in normal and
larger text, in Indonesian and English; and the refusal of a file in the way
(`EXPORT_PARTS_IN_THE_WAY`), which names two paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.gui.common.code_text import as_written
from bpu_enroll.gui.common.style import apply_look
from bpu_enroll.gui.officer.main_window import PAGE_SYNC, MainWindow
from bpu_enroll.gui.officer.sync.words import failure_text
from tests.gui.fit import broken_at_widths

from .test_sync_page import BranchServer, _register, branch_server, enrolled_window

__all__ = ["branch_server", "enrolled_window"]  # fixtures used below


def _broken_names(label: QLabel, paths: list[Path]) -> dict[int, list[str]]:
    """At each width from the label's own down to 300 px, the names of `paths` (the parts
    between its "/") that no drawn line holds whole."""
    names = [name for path in paths for name in str(path).split("/") if name]
    return broken_at_widths(label, names)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "larger"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_written_file_path_breaks_only_after_a_slash(  # noqa: PLR0917 - fixtures
    qtbot: QtBot,
    enrolled_window: MainWindow,
    branch_server: BranchServer,
    tmp_path: Path,
    lang: str,
    large: bool,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app, high_contrast=False, large_font=large)
    window = enrolled_window
    window.ctx.languages.set_language(lang)
    _register(qtbot, window, 1)
    window.show_page(PAGE_SYNC)
    page = window.sync_page
    out = tmp_path / "media" / "usb" / "bpu-batch-D0001-20261207-0530.bpu"
    page.choose_export_path = lambda: out  # type: ignore[method-assign]
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: out.is_file() and not page.exporting, timeout=20_000)
    label = page.ui.resultLabel
    assert str(out) in as_written(label.text())
    assert not _broken_names(label, [out])

    # The refusal of a later part in the way names the chosen file and the one in the way.
    theirs = out.with_name("bpu-batch-D0001-20261207-0530-2.bpu")
    refused = BpuError("EXPORT_PARTS_IN_THE_WAY", parts=2, file=str(out), files=[str(theirs)])
    label.setText(failure_text(refused, lang))
    assert str(theirs) in as_written(label.text())
    assert not _broken_names(label, [out, theirs])
