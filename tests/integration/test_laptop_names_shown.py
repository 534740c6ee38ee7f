"""Names a laptop chose, as the branch shows them, on both back ends: the officer a pushed record
names (review queue, inbox, export, receipt check, laptops, activity, tally, audit lines,
`verify-receipt`) and the officers a laptop's tally names (reconciliation, stored or uploaded).

A record's `officer` is whatever the laptop sends (the protocol refuses C0 controls only); one
the roster does not know is rejected (`OFFICER_UNKNOWN`) but kept and shown. Wherever the branch
shows it, it is one line of visible text with a NIK masked (`formatting.visible_line`, as a
laptop's label is shown); what is stored, and every hash, stay as the laptop sent them."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from pypdf import PdfReader
from sqlmodel import select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.domain.formatting import mask_nik
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.staff_client import StaffClient
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    nik_for,
)

CLERK, CLERK_PASSWORD = "rina", "rahasia-rina"
SUPERVISOR, SUPERVISOR_PASSWORD = "agus", "rahasia-agus"
# What turns a line around or breaks it: a right-to-left override, a zero-width space, a line
# separator, a C1 control (a terminal's CSI) and a next-line character.
TRICKS = ("\u202e", "\u200b", "\u2028", "\x9b", "\x85")


@pytest.fixture
def staff(branch: Branch, server: ServerThread) -> Iterator[Callable[[str, str], StaffClient]]:
    """Logs members of staff in through `StaffClient`; closes the clients at the end."""
    branch.add_officer(CLERK, CLERK_PASSWORD, role="clerk")
    branch.add_officer(SUPERVISOR, SUPERVISOR_PASSWORD, role="supervisor")
    made: list[StaffClient] = []

    def login(username: str, password: str) -> StaffClient:
        client = StaffClient(server.url, timeout=30)
        made.append(client)
        client.login(username, password)
        return client

    try:
        yield login
    finally:
        for client in made:
            client.close()


def _named(laptop: Laptop, record_id: str, officer: str) -> None:
    """The laptop's record names `officer` as its maker: what an altered laptop sends."""
    with laptop.session.store.session() as db:
        row = db.exec(select(Registration).where(Registration.id == record_id)).one()
        row.officer = officer
        db.add(row)


def _clean(text: str) -> None:
    for trick in TRICKS:
        assert trick not in text, repr(trick)


def test_the_officer_a_record_names_is_shown_as_one_line_of_visible_text_everywhere(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The review queue and its detail, the inbox's batches, the export, a receipt's check
    (workspace and `verify-receipt`), the Laptops list, the activity, the branch tally (its
    words and PDF) and the void's audit line showed the name as the laptop sent it: a
    right-to-left override read `ahmad-\\u202enimda` as `ahmad-admin`, a line separator or a
    C1 control broke a listing's line, a NIK typed there was shown whole."""
    nik = nik_for(91)[0]
    officer = f"ahmad-\u202enimda\u200b\u2028{nik} \x9b31m\x85ok"
    shown = f"ahmad-nimda {mask_nik(nik)} 31m ok"
    laptop = laptop_factory()
    kept, voided = laptop.register(71), laptop.register(72)
    for record_id in (kept, voided):
        _named(laptop, record_id, officer)
    payload = ReceiptService(laptop.session).render(kept).payload
    assert laptop.sync(server.url).completed
    held = branch.records()
    assert {held[r].officer for r in (kept, voided)} == {officer}  # kept as sent
    assert {held[r].state for r in (kept, voided)} == {"rejected"}

    clerk = staff(CLERK, CLERK_PASSWORD)
    queue = clerk.review(kind="rejected")["items"]
    assert [(i["officer"], i["reasons"]) for i in queue] == [(shown, ["OFFICER_UNKNOWN"])] * 2
    assert clerk.review_item(kept)["record"]["officer"] == shown
    (batch,) = clerk.batches()["items"]
    assert batch["officers"] == [shown]
    assert {r["officer"] for r in clerk.batch(batch["batch_id"])["records"]} == {shown}
    check = clerk.verify_receipt(payload)
    assert check["officer"] == shown
    clerk.decide(kept, "accept")
    archive = zipfile.ZipFile(io.BytesIO(clerk.export()))
    (row,) = json.loads(archive.read("registrations-JKT01-E00001.json"))["rows"]
    assert row["officer"] == shown
    csv_text = archive.read("registrations-JKT01-E00001.csv").decode()
    assert f",{shown}," in csv_text

    supervisor = staff(SUPERVISOR, SUPERVISOR_PASSWORD)
    (device,) = supervisor.devices()["items"]
    assert device["officers"] == [shown]
    (active,) = supervisor.activity()["items"]
    assert active["officers"] == [shown]
    day = date.fromisoformat(held[kept].registration_date)
    tally = supervisor.tally(day)
    assert {r["officer"] for r in tally["rows"]} == {officer}  # hashed as the laptop counts
    assert tally["labels"]["officers"][officer] == shown
    pdf = "".join(p.extract_text() for p in PdfReader(io.BytesIO(supervisor.tally_pdf(day))).pages)
    assert mask_nik(nik) in pdf and nik not in pdf

    RegistrationService(laptop.session).void(voided, "pekerja membatalkan pendaftaran")
    assert laptop.sync(server.url).completed
    (line,) = [x for x in audit_lines(branch) if x["action"] == "record_voided"]
    assert (line["subject"], line["detail"]["officer"]) == (voided, shown)

    assert branch_main(["--db", branch.db_url, "--lang", "en", "verify-receipt", payload]) == 0
    printed = capsys.readouterr().out
    assert f"({laptop.device_code}, {shown})" in printed
    answers = [queue, batch, check, row, device, active, list(tally["labels"]["officers"].values())]
    for text in [json.dumps(x, ensure_ascii=False) for x in answers] + [csv_text, printed]:
        _clean(text)
        assert nik not in text
    _clean(json.dumps(audit_lines(branch), ensure_ascii=False))
