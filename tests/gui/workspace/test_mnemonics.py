"""Alt+letter on the branch workspace: a menu title's letter opens its menu on every page of a
supervisor (who has them all), in Indonesian and in English, and the items of one menu each have
their own letter."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.mnemonics import menu_clashes, menu_duplicates, menu_titles, page_letters
from tests.gui.workspace.conftest import WorkspaceFactory


@pytest.mark.parametrize(("lang", "first_menu"), [("id", "&Ruang kerja"), ("en", "&Workspace")])
def test_no_page_takes_a_menu_letter(
    qtbot: QtBot, workspace: WorkspaceFactory, lang: str, first_menu: str
) -> None:
    window = workspace("supervisor")
    window.ctx.languages.set_language(lang)
    qtbot.waitUntil(lambda: window.ui.menuWorkspace.title() == first_menu)
    assert len(menu_titles(window)) == 2  # Workspace, View: two letters
    keys = [info.key for info in window.page_infos]
    assert len(keys) == 8
    for key in keys:
        window.show_page(key)
        assert menu_clashes(window, window.page(key)) == {}, f"{key} in {lang}"
    assert menu_duplicates(window) == {}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_two_things_on_a_page_share_a_letter(
    qtbot: QtBot, workspace: WorkspaceFactory, lang: str
) -> None:
    """On a workspace page each Alt+letter reaches one thing: shared, the first press goes to
    the other one (Alt+I went to "Pilih berkas…" when "Impor" was what the clerk wanted)."""
    window = workspace("supervisor")
    window.ctx.languages.set_language(lang)
    first_menu = "&Ruang kerja" if lang == "id" else "&Workspace"
    qtbot.waitUntil(lambda: window.ui.menuWorkspace.title() == first_menu)
    shared = {}
    for info in window.page_infos:
        for key, texts in page_letters(window.page(info.key)).items():
            if len(texts) > 1:
                shared[f"{info.key}/{key}"] = texts
    assert shared == {}, f"{lang}: {shared}"
