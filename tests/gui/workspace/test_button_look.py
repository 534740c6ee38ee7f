"""The workspace's green (primary) buttons look pressable only while they are: disabled, they
lose their bold type as well as their colour, in both themes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.workspace.tally.page import BranchTallyPage
from tests.gui.workspace.conftest import WorkspaceFactory


@pytest.mark.usefixtures("app_look")
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast-larger"])
def test_the_tally_print_button_is_bold_only_while_it_can_be_pressed(
    high_contrast: bool, qtbot: QtBot, workspace: WorkspaceFactory
) -> None:
    """*Cetak…* greys while the figures are read (and before there are any); it stayed bold,
    so it still looked pressable. It is in normal type whenever it is disabled, the size of
    the text around it."""
    window = workspace("supervisor", pages=["tally"])
    window.view.apply_look()  # the app's look, as the user has it (from the View menu)
    window.ui.actionHighContrast.setChecked(high_contrast)
    window.ui.actionLargeFont.setChecked(high_contrast)
    page = window.page("tally")
    assert isinstance(page, BranchTallyPage)
    button = page.ui.printButton
    qtbot.waitUntil(lambda: not page.busy and page.tally is not None, timeout=20_000)
    assert button.isEnabled() and button.font().bold()
    page.refresh()  # the figures read again: nothing to print until they are here
    assert not button.isEnabled() and not button.font().bold()
    assert button.font().pointSize() == page.ui.saveButton.font().pointSize()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert button.isEnabled() and button.font().bold()
