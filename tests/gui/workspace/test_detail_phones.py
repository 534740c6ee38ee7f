"""A masked phone in the review page's fields table stays whole on a line, and is copied as written.

A record sends its phone as it was written when it is a valid number in another form
(`+62-812-3456-78901`); masked (`+62-81*********901`) in the narrow column of a duplicate beside
the participant it repeats, in larger Indonesian text at 1366×768, it broke in its digits
(`+62-81*********90` over `1`).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.formatting import WORD_JOINER, mask_phone
from bpu_enroll.gui.common.context import AppContext
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.gui.workspace.test_detail_receipts import _all_lines, review_detail
from tests.integration.helpers import Branch, Laptop, break_record

pytestmark = pytest.mark.usefixtures("app_look")  # the font and style sheet restored after

WRITTEN = "+62-812-3456-78901"  # valid (13 digits from 0812…), kept as the record sent it


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("mode", ["normal", "larger"])
def test_a_masked_phone_in_the_fields_table_is_whole_and_copied_as_written(  # noqa: PLR0917
    mode: str,
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_branch: Branch,
    ws_ctx: AppContext,
) -> None:
    place = "Pasar Induk Kramat Jati Blok B Los 12, dekat pintu masuk timur, Jakarta Timur"
    laptops[0].register(81, work_location=place)
    assert laptops[0].sync(ws_server.url).completed
    again = laptops[1].register(81, full_name="RAHMAWATI PUSPITASARI BINTI ABDUL HALIM")
    break_record(laptops[1], again, phone=WRITTEN)
    assert laptops[1].sync(ws_server.url).completed
    assert ws_branch.records()[again].state == "duplicate"
    masked = mask_phone(WRITTEN)
    assert masked == "+62-81*********901"
    browser = review_detail(qtbot, workspace("clerk"), ws_ctx, mode, lang, masked)
    document = browser.document()
    cells = [lines for lines in _all_lines(document) if masked in "".join(lines)]
    assert cells, _all_lines(document)
    for lines in cells:
        assert masked in lines, (mode, lang, lines)  # one line, nothing else on it

    browser.selectAll()
    browser.copy()
    copied = QApplication.clipboard().text()
    assert masked in copied
    assert WORD_JOINER not in copied
