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

import httpx
import pytest
from pypdf import PdfReader
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.fields import seal_tally
from bpu_enroll.branch.store.laptop_reports import LaptopTallyRow
from bpu_enroll.documents.tally.figures import figures_hash
from bpu_enroll.domain.formatting import mask_nik
from bpu_enroll.services.laptop_report import build_report
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.report import TallyDocument
from bpu_enroll.sync.staff_client import StaffClient
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    fast_retry,
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

    # Another laptop registers the worker again: the duplicate's detail names who made the
    # registration that enrolled them.
    other = laptop_factory()
    copy = other.register(71)
    assert other.sync(server.url).completed
    existing = clerk.review_item(copy)["existing"]
    assert (existing["kpj"], existing["officer"]) == (branch.records()[kept].kpj, shown)


def test_the_officers_a_laptops_tally_names_are_shown_as_one_line_of_visible_text(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    staff: Callable[[str, str], StaffClient],
) -> None:
    """A laptop's tally names its officers (a row's `officer`, the words under `labels`):
    reconciliation showed them as the laptop sent them, kept from its report or uploaded from
    a file, so a right-to-left override turned a name around and a line separator broke the
    Officers column and a difference's row. They are shown as one line of visible text; the
    tally is kept as it came (its hash is the laptop's)."""
    laptop = laptop_factory()
    laptop.register(73)
    assert laptop.sync(server.url).completed
    report = build_report(laptop.session)
    (tally,) = report.tallies
    figures = tally.figures()
    (row, *rest) = figures["rows"]
    officer = "budi-\u202eitsal\u200b\u2028 \x9b31m\x85ok"
    name = "Budi\u2028\u202eitsaL (budi)"
    # An occupation group only this laptop counts, and its words: shown as the officers are.
    group, group_name = "LAIN\u202e\u2028X", "Lain\u2028\u202enya"
    groups = {**row["by_occupation_group"], group: 1}
    # A laptop's label of a group the branch names too, under a key cleaning to the branch's:
    # the branch's own words stay.
    known = sorted(figures["labels"]["occupation_groups"])[0]
    labels = {
        **figures["labels"],
        "officers": {officer: name},
        "occupation_groups": {
            **figures["labels"]["occupation_groups"],
            group: group_name,
            f"{known}\u200b": "Diganti",
        },
    }
    altered = {**figures, "rows": [{**row, "officer": officer, "by_occupation_group": groups},
                                   *rest], "labels": labels}  # fmt: skip
    document = TallyDocument.model_validate({**altered, "hash": figures_hash(altered)})
    with httpx.Client(base_url=server.url, timeout=30) as http:
        laptop.client(http, fast_retry()).report(report.model_copy(update={"tallies": [document]}))
    shown_officer, shown_name = "budi-itsal 31m ok", "Budi itsaL (budi)"

    supervisor = staff(SUPERVISOR, SUPERVISOR_PASSWORD)
    day = date.fromisoformat(figures["date"])
    (item,) = supervisor.reconciliation(day)["items"]
    uploaded = supervisor.reconcile_document(document.figures())
    for answer in (item, uploaded):
        assert answer["state"] == "differs"
        assert shown_name in answer["officers"]
        assert answer["officer_names"][shown_officer] == shown_name
        assert answer["group_names"]["LAIN X"] == "Lain nya"
        assert answer["group_names"][known] not in {"Diganti", ""}
        mine = [d for d in answer["differences"] if d["officer"] == shown_officer]
        assert mine and all(d["path"].startswith(f"rows[{shown_officer} | ") for d in mine)
        _clean(json.dumps(answer, ensure_ascii=False))
    with Session(branch.engine) as db:  # kept as the laptop sent it: only its showing changes
        (kept,) = db.exec(select(LaptopTallyRow)).all()
        assert kept.tally_hash == document.hash
        assert {r["officer"] for r in kept.figures()["rows"]} == {officer}


def test_check_names_a_kept_tallys_officer_as_one_line_of_visible_text(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`bpu-branch check` names a tally kept before the rule that refuses an officer with a
    NIK, the name masked: the rest of the name was printed as the laptop sent it, a line
    separator breaking the finding's line and a right-to-left override turning it around."""
    laptop = laptop_factory()
    laptop.register(74)
    assert laptop.sync(server.url).completed
    nik = nik_for(74)[0]
    with Session(branch.engine) as db:  # as kept before the rule
        (tally,) = db.exec(select(LaptopTallyRow)).all()
        figures = tally.figures()
        figures["rows"][0]["officer"] = f"ahmad-\u202enimda\u2028{nik}\x85ok"
        tally.document = seal_tally(db, json.dumps(figures, sort_keys=True))
        db.add(tally)
        db.commit()
        day = tally.day
    capsys.readouterr()
    assert branch_main(["--db", branch.db_url, "check", "--json"]) == 0
    (kept,) = json.loads(capsys.readouterr().out)["kept"]["tallies"]
    assert kept["officer"] == f"ahmad-nimda {mask_nik(nik)} ok"
    assert branch_main(["--db", branch.db_url, "--lang", "en", "check"]) == 0
    words = capsys.readouterr().out
    assert f"{day}: ahmad-nimda {mask_nik(nik)} ok" in words
    _clean(words)
    assert nik not in words
