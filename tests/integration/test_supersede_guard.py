"""A laptop's record may `supersede` only a record of its own device. Another enrolled laptop
names an accepted registration of a neighbour (its id is on the paper receipt's QR code) as the
record its own void or correction replaces: the branch refuses that record alone
(`SUPERSEDES_FOREIGN`, nothing kept), the rest of its chunk goes on, and the neighbour's worker
stays a participant with their data, in the tally and in the export. A record naming an id the
branch never saw is kept (it may be early), and when that id later comes from another laptop,
the two chains stay apart."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.models import AuditEntry
from bpu_enroll.branch.store.registry import BranchRangeRegistry
from bpu_enroll.branch.workspace.tally import branch_tally
from bpu_enroll.sync.laptop_store import records_to_send
from bpu_enroll.sync.protocol import RecordPayload, RecordResult
from bpu_enroll.sync.runner import sign_manifest
from tests.integration.helpers import Branch, Laptop, ServerThread, nik_for, today


def _send(laptop: Laptop, url: str, records: list[RecordPayload]) -> dict[str, RecordResult]:
    """Announce and send `records` as one batch of `laptop`; the branch's answers by id."""
    with httpx.Client(base_url=url) as http:
        client = laptop.client(http)
        signed = sign_manifest(
            records, device_code=laptop.device_code, signing_key=laptop.signing_key,
            batch_id=str(uuid.uuid4()),
        )  # fmt: skip
        answer = client.announce(signed)
        told = {r.id: r for r in answer.known}
        wanted = [r for r in records if r.id in answer.missing]
        if wanted:
            told |= {r.id: r for r in client.send_records(answer.batch_id, wanted).results}
        return told


def _payloads(laptop: Laptop) -> dict[str, RecordPayload]:
    return {r.id: r for r in records_to_send(laptop.session.store)}


def _export(branch: Branch, out: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    code = branch_main(["--db", branch.db_url, "export", "--out", str(out), "--json"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    return json.loads(printed)


def _tally_count(branch: Branch, since: date) -> int:
    """The registrations (not voided) in the branch tally of `since` and the day after: the
    test's days, from the day it started on (a run at midnight WIB registers on two)."""
    with Session(branch.engine) as db:
        tally = branch_tally(db, since, day_to=since + timedelta(days=1))
    return tally.totals.registrations


@pytest.mark.parametrize("revoked", [False, True], ids=["owner", "revoked-owner"])
def test_a_laptop_cannot_void_or_change_another_laptops_registration(
    branch: Branch,
    server: ServerThread,
    *,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    revoked: bool,
) -> None:
    since = today()
    owner, thief = laptop_factory(), laptop_factory()
    victim = owner.register(21)
    assert owner.sync(server.url).completed
    held = branch.records()[victim]
    assert held.state == "accepted" and held.kpj
    first = _export(branch, tmp_path / "export", capsys)
    assert first["counts"] == {"new": 1, "update": 0, "void": 0}
    counted = _tally_count(branch, since)
    if revoked:  # a revoked laptop's records are no one's to take over either
        with Session(branch.engine) as db:
            admin.revoke_device(db, code=owner.device_code)
    # The thief's own records, each turned into a "version" of the victim's record: a void, a
    # change of the same worker (same NIK, another name), a worker of their own; and one
    # ordinary registration that must go through in the same chunk.
    void_id = thief.register(22)
    change_id = thief.register(23, nik=nik_for(21)[0], birth_date=nik_for(21)[1],
                               full_name="Orang Lain")  # fmt: skip
    other_id = thief.register(24)
    honest_id = thief.register(25)
    sent = _payloads(thief)
    forged = [
        sent[void_id].model_copy(update={"supersedes": victim, "voided": True}),
        sent[change_id].model_copy(update={"supersedes": victim}),
        sent[other_id].model_copy(update={"supersedes": victim}),
        sent[honest_id],
    ]
    told = _send(thief, server.url, forged)
    for rid in (void_id, change_id, other_id):
        assert (told[rid].result, told[rid].reasons, told[rid].kpj) == (
            "rejected", ["SUPERSEDES_FOREIGN"], None,
        ), rid  # fmt: skip
    assert told[honest_id].result == "accepted"
    # Each attempt is one audit line naming the laptop, its receipt and the record it named.
    with Session(branch.engine) as db:
        lines = db.exec(
            select(AuditEntry).where(AuditEntry.action == "record_refused").order_by(AuditEntry.id)
        ).all()
    assert [(a.subject, a.actor) for a in lines] == [
        (rid, f"device:{thief.device_code}") for rid in (void_id, change_id, other_id)
    ]
    for line in lines:
        detail = json.loads(line.detail)
        assert (detail["code"], detail["supersedes"], detail["device"]) == (
            "SUPERSEDES_FOREIGN", victim, thief.device_code,
        )  # fmt: skip
        assert nik_for(21)[0] not in line.detail and "Orang Lain" not in line.detail
    assert branch_main(["--db", branch.db_url, "audit-verify", "--json"]) == 0
    capsys.readouterr()
    records = branch.records()
    assert void_id not in records and change_id not in records and other_id not in records
    assert (records[victim].state, records[victim].kpj) == ("accepted", held.kpj)
    assert _tally_count(branch, since) == counted + 1
    # The neighbour's worker is still a participant: registering them again is a duplicate.
    with Session(branch.engine) as db:
        nik = nik_for(21)[0]
        assert BranchRangeRegistry().existing(db, [nik]) == {nik: held.kpj}
    second = _export(branch, tmp_path / "export", capsys)
    assert second["counts"] == {"new": 1, "update": 0, "void": 0}


def test_a_correction_naming_an_unseen_id_never_joins_another_laptops_chain(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The thief reads the id from a receipt before its laptop has synced and sends a void
    naming it first: the branch cannot tell yet (the id may be the thief's own record, set
    aside or on a USB file) and keeps it; when the owner's record arrives, it is accepted and
    stays the live version of its own chain."""
    since = today()
    owner, thief = laptop_factory(), laptop_factory()
    victim = owner.register(31)
    void_id = thief.register(32)
    sent = _payloads(thief)[void_id].model_copy(update={"supersedes": victim, "voided": True})
    told = _send(thief, server.url, [sent])
    assert told[void_id].result == "voided"
    counted = _tally_count(branch, since)
    assert owner.sync(server.url).completed
    held = branch.records()[victim]
    assert held.state == "accepted" and held.kpj
    assert _tally_count(branch, since) == counted + 1
    with Session(branch.engine) as db:
        nik = nik_for(31)[0]
        assert BranchRangeRegistry().existing(db, [nik]) == {nik: held.kpj}
    export = _export(branch, tmp_path / "export", capsys)
    assert export["counts"] == {"new": 1, "update": 0, "void": 0}
