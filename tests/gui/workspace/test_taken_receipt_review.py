"""A record the branch refused because another registration of its laptop holds its receipt
number (`RECEIPT_NUMBER_TAKEN`) is not offered "accept" on the review page, against the real
branch server on loopback: the branch refuses accepting it whatever the clerk says, and its words
("... Contact the branch.") are the officer's, not the clerk's. The page says why, on the line
under the buttons and on the button, in Indonesian and in English; reject and request a
correction stay offered, and an ordinary record still offers accept."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
from pytestqt.qtbot import QtBot

from bpu_enroll.domain.errors import FORM_CODES, RECORD_CODES
from bpu_enroll.gui.app import make_context
from bpu_enroll.gui.common.context import AppContext
from bpu_enroll.gui.workspace.review.model import REVIEW_COLUMNS, reason_text
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

REASONS_COLUMN = [str(c.header) for c in REVIEW_COLUMNS].index("Reasons")
# What the clerk reads of the code, in the detail and in the queue's reasons column.
CLERK_WORDS = {
    "en": "Another registration from the same laptop already holds this receipt number (the "
    "laptop was perhaps restored from an old backup). It cannot be accepted: reject it or ask "
    "for a correction, which gets a new number.",
    "id": "Nomor tanda terima ini sudah dipakai pendaftaran lain dari laptop yang sama (mungkin "
    "laptop dipulihkan dari cadangan lama). Data ini tidak dapat diterima: tolak, atau minta "
    "perbaikan, yang mendapat nomor baru.",
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
    # Why, in the clerk's words: the officer's "Contact the branch" is not said to the branch.
    shown = ui.detailText.toPlainText()
    assert f"RECEIPT_NUMBER_TAKEN — {CLERK_WORDS[lang]}" in shown
    reasons = page.model.index(page.model.find_row(taken), REASONS_COLUMN)
    assert CLERK_WORDS[lang].rstrip(".") in str(reasons.data())
    for officers_words in ("Hubungi kantor cabang", "Contact the branch"):
        assert officers_words not in shown and officers_words not in str(reasons.data())
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


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_reason_tells_the_clerk_to_contact_the_branch(lang: str, tmp_path: Path) -> None:
    """Every code a record can carry, as the review explains it: the clerk is the branch, so no
    explanation ends with the officer's "Contact the branch" (the codes that did: the taken
    receipt number, a conflict, a revoked officer, another reason)."""
    ctx = make_context(tmp_path / "profile", lang)
    try:
        explained = {code: reason_text(code, lang) for code in RECORD_CODES | FORM_CODES}
    finally:
        ctx.languages.release()
    assert all(explained.values())  # every code has words
    told = {code for code, text in explained.items() if CONTACT[lang] in text.lower()}
    assert told == set()
    assert explained["OFFICER_REVOKED"] == REVOKED[lang]


CONTACT = {"id": "hubungi kantor", "en": "contact the branch"}
REVOKED = {
    "en": "The officer's access had been revoked when this record was made.",
    "id": "Akses petugas sudah dicabut saat data ini dibuat.",
}
