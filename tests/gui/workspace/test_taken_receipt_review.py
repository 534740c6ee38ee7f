"""A record the branch refused because another registration of its laptop holds its receipt
number (`RECEIPT_NUMBER_TAKEN`) is not offered "accept" on the review page, against the real
branch server on loopback: the branch refuses accepting it whatever the clerk says, and its words
("... Contact the branch.") are the officer's, not the clerk's. The page says why, on the line
under the buttons and on the button, in Indonesian and in English; reject and request a
correction stay offered, and an ordinary record still offers accept."""

from __future__ import annotations

import uuid

import httpx
import pytest
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.workspace.review.page import ReviewPage
from bpu_enroll.sync.laptop_store import records_to_send
from bpu_enroll.sync.runner import sign_manifest
from tests.gui.workspace.conftest import BranchServer, WorkspaceFactory
from tests.integration.helpers import Branch, Laptop, exhaust_kpj_range, extend_kpj_range

SAID = {
    "en": "Not offered: Accept the record. Another registration of this laptop holds its "
    "receipt number.",
    "id": "Tidak ditawarkan: Terima data. Nomor tanda terimanya sudah dipakai pendaftaran lain "
    "dari laptop ini.",
}


def _taken_and_ordinary(laptop: Laptop, branch: Branch, url: str) -> tuple[str, str]:
    """A record refused `RECEIPT_NUMBER_TAKEN` (a second worker sent under the receipt number of
    one the branch holds), and an ordinary record waiting for review."""
    owner, second = laptop.register(41), laptop.register(42)
    sent = {r.id: r for r in records_to_send(laptop.session.store)}
    stolen = sent[second].model_copy(update={"receipt_no": sent[owner].receipt_no})
    records = [sent[owner], stolen]
    signed = sign_manifest(
        records, device_code=laptop.device_code, signing_key=laptop.signing_key,
        batch_id=str(uuid.uuid4()),
    )  # fmt: skip
    with httpx.Client(base_url=url, timeout=30) as http:
        client = laptop.client(http)
        client.send_records(client.announce(signed).batch_id, records)
    refused = branch.records()[second]
    assert refused.state == "rejected" and "RECEIPT_NUMBER_TAKEN" in refused.reasons
    exhaust_kpj_range(branch)
    waiting = laptop.register(44)
    assert laptop.sync(url).completed
    extend_kpj_range(branch)
    assert branch.records()[waiting].state == "pending_review"
    return second, waiting


def _select(qtbot: QtBot, page: ReviewPage, record_id: str) -> None:
    page.ui.queueView.selectRow(page.model.find_row(record_id))
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail["record"]["id"] == record_id,
        timeout=20_000,
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_record_whose_receipt_number_is_taken_is_not_offered_accept(  # noqa: PLR0917 - fixtures
    lang: str,
    qtbot: QtBot,
    workspace: WorkspaceFactory,
    laptops: list[Laptop],
    ws_server: BranchServer,
    ws_branch: Branch,
    ws_ctx: AppContext,
) -> None:
    taken, waiting = _taken_and_ordinary(laptops[0], ws_branch, ws_server.url)
    window = workspace("clerk", pages=["review"])
    ws_ctx.languages.set_language(lang)
    page = window.page("review")
    assert isinstance(page, ReviewPage)
    qtbot.waitUntil(lambda: page.model.find_row(taken) >= 0, timeout=20_000)
    qtbot.waitUntil(lambda: page.model.find_row(waiting) >= 0, timeout=20_000)
    ui = page.ui

    _select(qtbot, page, taken)
    assert not ui.acceptButton.isEnabled()
    assert ui.rejectButton.isEnabled() and ui.correctionButton.isEnabled()
    assert not ui.confirmButton.isEnabled()
    assert ui.messageLabel.text() == SAID[lang]
    assert ui.acceptButton.toolTip() == SAID[lang]
    assert page.open_decision("accept") is None
    dialog = page.open_decision("reject")
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)

    # An ordinary record: accept offered again, with its own tooltip and nothing said.
    _select(qtbot, page, waiting)
    assert ui.acceptButton.isEnabled()
    assert ui.messageLabel.text() == ""
    assert "KPJ" in ui.acceptButton.toolTip()
    assert ui.acceptButton.toolTip() != SAID[lang]
