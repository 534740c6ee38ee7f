"""A receipt voided on the laptop after the branch received it reaches the branch at the next
sync, over the network and on a USB file: the branch voids the version it holds (an accepted
one keeps its KPJ, is counted void in the tally and exported as `void`), once, writes one audit
line for it, and the laptop stops sending it once the branch has acknowledged it, whatever
connection was cut meanwhile."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.admin.roster import DECISION_COUNTER
from bpu_enroll.branch.device.importer import import_batch_file
from bpu_enroll.branch.store.audit_chain import verify_chain
from bpu_enroll.branch.store.models import AuditEntry, Counter, Device
from bpu_enroll.branch.store.registry import KPJ_COUNTER, BranchRangeRegistry
from bpu_enroll.branch.workspace.staff import audit_log
from bpu_enroll.branch.workspace.tally import branch_tally
from bpu_enroll.documents.tally.figures import tally_hash
from bpu_enroll.services.attention import attention_items
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.sync import SyncService
from bpu_enroll.services.tally import TallyService
from bpu_enroll.store.models import Registration
from bpu_enroll.sync.laptop_store import pending_records, records_to_send
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.faults import CuttingProxy, Fault, FaultyApp
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    break_record,
    enrol,
    exhaust_kpj_range,
    fast_retry,
    nik_for,
)


def _void(laptop: Laptop, record_id: str) -> None:
    RegistrationService(laptop.session).void(record_id, "pekerja membatalkan pendaftaran")


def _decisions(branch: Branch) -> dict[str, int]:
    return {rid: row.decision_seq for rid, row in branch.records().items()}


def _kpj_counter(branch: Branch) -> int:
    with Session(branch.engine) as session:
        return session.exec(select(Counter).where(Counter.name == KPJ_COUNTER)).one().value


def _decision_counter(branch: Branch) -> int:
    with Session(branch.engine) as session:
        return session.exec(select(Counter).where(Counter.name == DECISION_COUNTER)).one().value


def _void_told(laptop: Laptop, record_id: str) -> bool:
    with laptop.session.store.session(readonly=True) as db:
        row = db.get(Registration, record_id)
        assert row is not None and row.voided
        return row.void_sent_at is not None


def _void_lines(branch: Branch) -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    """The branch's audit lines for voids it applied: actor, subject (the record id), detail."""
    with Session(branch.engine) as session:
        assert verify_chain(session).valid
        rows = session.exec(
            select(AuditEntry).where(AuditEntry.action == "record_voided").order_by(AuditEntry.id)
        ).all()
        return [(row.actor, row.subject, json.loads(row.detail)) for row in rows]


def _says_no_person(lines: list[tuple[str, str, dict]], serial: int) -> None:  # type: ignore[type-arg]
    """Neither the NIK nor the name of the worker is in the lines."""
    said = json.dumps(lines)
    assert nik_for(serial)[0] not in said and "Budi" not in said


def _export(branch: Branch, out: Path, capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    code = branch_main(["--db", branch.db_url, "export", "--out", str(out), "--json"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    return json.loads(printed)  # type: ignore[no-any-return]


def _rows(out: Path, manifest: dict) -> list[dict]:  # type: ignore[type-arg]
    json_file = next(f for f in manifest["files"] if f["name"].endswith(".json"))
    return json.loads((out / json_file["name"]).read_bytes())["rows"]  # type: ignore[no-any-return]


def _day(branch: Branch) -> date:
    days = {r.registration_date for r in branch.records().values()}
    assert len(days) == 1
    return date.fromisoformat(days.pop())


def _tallies_agree(branch: Branch, laptop: Laptop) -> int:
    """The laptop's and the branch's tally of the day hash the same; the branch's voided count."""
    day = _day(branch)
    on_laptop = TallyService(laptop.session).figures(day)
    with Session(branch.engine) as session:
        device = session.exec(select(Device).where(Device.code == laptop.device_code)).one()
        at_branch = branch_tally(session, day, device=device)
    assert tally_hash(on_laptop) == tally_hash(at_branch)
    return at_branch.totals.by_status.get("voided", 0)


def test_a_void_after_acceptance_is_voided_at_the_branch_counted_and_exported_once(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    kept, cancelled = laptop.register(701), laptop.register(702)
    assert laptop.sync(server.url).completed
    kpj = laptop.states()[cancelled][1]
    assert kpj is not None
    out = tmp_path / "export"
    assert _export(branch, out, capsys)["counts"] == {"new": 2, "update": 0, "void": 0}

    _void(laptop, cancelled)
    assert pending_records(laptop.session.store) == 1
    report = laptop.sync(server.url)

    assert report.completed and report.pending == 0
    assert report.to_dict()["sent"] == 1
    held = branch.records()
    assert (held[cancelled].state, held[cancelled].kpj) == ("voided", kpj)
    assert held[kept].state == "accepted"
    assert laptop.states()[cancelled] == ("accepted", kpj)  # the laptop keeps what it knew
    assert _void_told(laptop, cancelled)
    seq = held[cancelled].decision_seq
    assert _void_lines(branch) == [
        (
            f"device:{laptop.device_code}",
            cancelled,
            {
                "device": laptop.device_code,
                "officer": held[cancelled].officer,
                "receipt_no": held[cancelled].receipt_no,
                "from": "accepted",
                "to": "voided",
                "decision_seq": seq,
                "via": "network",
            },
        )
    ]
    _says_no_person(_void_lines(branch), 702)
    assert _tallies_agree(branch, laptop) == 1
    second = _export(branch, out, capsys)
    assert second["counts"] == {"new": 0, "update": 0, "void": 1}
    [row] = _rows(out, second)
    assert (row["action"], row["kpj"], row["receipt_number"]) == (
        "void",
        kpj,
        held[cancelled].receipt_no,
    )

    before = _decisions(branch)
    again = laptop.sync(server.url)
    assert again.completed and again.to_dict()["sent"] == 0 and again.pending == 0
    assert records_to_send(laptop.session.store) == []
    assert _decisions(branch) == before
    assert len(_void_lines(branch)) == 1  # acknowledged: nothing more audited
    assert _export(branch, out, capsys)["rows"] == 0


def test_a_void_after_review_rejection_or_duplicate_voids_what_the_branch_holds(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    other, laptop = laptop_factory(), laptop_factory()
    other.register(710)
    assert other.sync(server.url).completed
    duplicate, broken = laptop.register(710), laptop.register(711)
    break_record(laptop, broken, consent=False)
    assert laptop.sync(server.url).completed
    exhaust_kpj_range(branch)  # the next new record waits for a clerk
    waiting = laptop.register(712)
    assert laptop.sync(server.url).completed
    states = laptop.states()
    assert [states[i][0] for i in (duplicate, broken, waiting)] == ["duplicate", "rejected", "sent"]
    duplicate_kpj = states[duplicate][1]

    for record_id in (duplicate, broken, waiting):
        _void(laptop, record_id)
    report = laptop.sync(server.url)

    assert report.completed and report.pending == 0
    held = branch.records()
    assert {held[i].state for i in (duplicate, broken, waiting)} == {"voided"}
    assert held[duplicate].kpj == duplicate_kpj
    # What the laptop knew of each stays; only the void is acknowledged.
    after = laptop.states()
    assert after[duplicate] == ("duplicate", duplicate_kpj)
    assert after[broken] == ("rejected", None)
    assert after[waiting] == ("sent", None)
    assert all(_void_told(laptop, i) for i in (duplicate, broken, waiting))
    lines = {subject: detail for _, subject, detail in _void_lines(branch)}
    assert {i: (lines[i]["from"], lines[i]["decision_seq"]) for i in lines} == {
        duplicate: ("duplicate", held[duplicate].decision_seq),
        broken: ("rejected", held[broken].decision_seq),
        waiting: ("pending_review", held[waiting].decision_seq),
    }
    before = _decisions(branch)
    again = laptop.sync(server.url)
    assert again.to_dict()["sent"] == 0 and _decisions(branch) == before
    assert len(_void_lines(branch)) == 3


def test_a_void_after_acceptance_travels_on_a_usb_file_once(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
) -> None:
    laptop = laptop_factory()
    cancelled = laptop.register(720)
    laptop.register(721)
    assert laptop.sync(server.url).completed
    kpj = laptop.states()[cancelled][1]
    _void(laptop, cancelled)
    batch = tmp_path / "usb.bpu"
    assert SyncService(laptop.session).export(batch)["records"] == 1

    dry = import_batch_file(branch.engine, batch.read_bytes(), dry_run=True)
    assert (dry["voided"], dry["already_received"]) == (1, 0)
    assert branch.records()[cancelled].state == "accepted"
    assert _void_lines(branch) == []  # a dry run changes nothing, so audits no void
    applied = import_batch_file(branch.engine, batch.read_bytes(), dry_run=False)
    assert (applied["voided"], applied["already_received"]) == (1, 0)
    held = branch.records()[cancelled]
    assert (held.state, held.kpj) == ("voided", kpj)
    [(actor, subject, detail)] = _void_lines(branch)
    assert (actor, subject) == (f"device:{laptop.device_code}", cancelled)
    assert detail == {
        "device": laptop.device_code,
        "officer": held.officer,
        "receipt_no": held.receipt_no,
        "from": "accepted",
        "to": "voided",
        "decision_seq": held.decision_seq,
        "via": "usb",
    }
    _says_no_person(_void_lines(branch), 720)
    before = _decisions(branch)
    twice = import_batch_file(branch.engine, batch.read_bytes(), dry_run=False)
    assert (twice["voided"], twice["already_received"]) == (0, 1)
    assert len(_void_lines(branch)) == 1
    assert _tallies_agree(branch, laptop) == 1

    # The next network sync tells the laptop that the branch holds the void: nothing is sent.
    report = laptop.sync(server.url)
    assert report.completed and report.to_dict()["sent"] == 0 and report.pending == 0
    assert _void_told(laptop, cancelled)
    assert len(_void_lines(branch)) == 1
    assert laptop.sync(server.url).to_dict() == {
        "sent": 0, "accepted": 0, "duplicate": 0, "rejected": 0,
        "already_received": 0, "conflict": 0, "pending": 0,
    }  # fmt: skip
    assert _decisions(branch) == before


@pytest.mark.parametrize("lost", ["/records", "/pull"])
def test_a_void_whose_answer_was_lost_is_applied_once_and_told_at_the_next_sync(
    branch: Branch, faulty: tuple[FaultyApp, ServerThread], tmp_path: Path, lost: str
) -> None:
    app, running = faulty
    laptop = enrol(branch, running.url, tmp_path / "laptop")
    assert isinstance(laptop, Laptop)
    try:
        cancelled = laptop.register(730)
        assert laptop.sync(running.url).completed
        _void(laptop, cancelled)
        # The branch voids it, then the answer (or the run after it) never comes back.
        method = "POST" if lost == "/records" else "GET"
        app.add(Fault(method, lost, status=503, process=True))
        cut = laptop.sync(running.url, retry=fast_retry(attempts=1))
        assert not cut.completed
        assert branch.records()[cancelled].state == "voided"
        before = _decisions(branch)

        report = laptop.sync(running.url)

        assert report.completed and report.pending == 0
        assert _void_told(laptop, cancelled)
        assert _decisions(branch) == before  # voided once
        assert [subject for _, subject, _ in _void_lines(branch)] == [cancelled]  # audited once
        assert laptop.sync(running.url).to_dict()["already_received"] == 0
    finally:
        laptop.close()


def _refusals(branch: Branch) -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    """The branch's audit lines for voids it refused: actor, subject, detail."""
    with Session(branch.engine) as session:
        assert verify_chain(session).valid
        rows = session.exec(
            select(AuditEntry).where(AuditEntry.action == "void_refused").order_by(AuditEntry.id)
        ).all()
        return [(row.actor, row.subject, json.loads(row.detail)) for row in rows]


@pytest.mark.parametrize("voided", ["after_the_conflict", "before_sending_it"])
def test_a_void_of_a_conflicting_version_is_refused_with_a_code_audited_and_shown(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop], voided: str
) -> None:
    """A tampered laptop: it sent a record, then the same id with other content (a conflict: the
    first version stands). Its void of that record cannot tell which version it cancels: the
    branch refuses it with `VOID_CONFLICT` (the held version stands until the clerks settle the
    conflict), writes one audit line, and the laptop keeps the code and shows it to the officer
    (contact the branch) instead of taking the conflict for an acknowledgement."""
    laptop = laptop_factory()
    record_id = laptop.register(740)
    assert laptop.sync(server.url).completed
    kpj = laptop.states()[record_id][1]
    break_record(laptop, record_id, phone="0813-9999-0000")
    if voided == "after_the_conflict":
        assert laptop.sync(server.url).to_dict()["conflict"] == 1
        assert _refusals(branch) == []  # a conflict alone is no refused void
    _void(laptop, record_id)

    report = laptop.sync(server.url)

    assert report.completed and report.to_dict()["conflict"] == 1 and report.pending == 0
    [answer] = report.results
    assert (answer.result, answer.reasons) == ("conflict", ["CONFLICT", "VOID_CONFLICT"])
    held = branch.records()[record_id]
    assert (held.state, held.kpj) == ("accepted", kpj)  # the version held stands
    assert _void_lines(branch) == []  # nothing was voided at the branch
    assert _refusals(branch) == [
        (
            f"device:{laptop.device_code}",
            record_id,
            {
                "device": laptop.device_code,
                "officer": held.officer,
                "receipt_no": held.receipt_no,
                "code": "VOID_CONFLICT",
                "held": "accepted",
                "via": "network",
            },
        )
    ]
    _says_no_person(_refusals(branch), 740)
    with laptop.session.store.session(readonly=True) as db:
        [item] = attention_items(db)
    assert (item.id, item.codes, item.action) == (
        record_id,
        ("CONFLICT", "VOID_CONFLICT"),
        "contact_branch",
    )
    assert "tidak diterapkan" in item.reasons("id") and "not applied" in item.reasons("en")
    # Told once: the laptop does not send it again, so nothing more is audited.
    assert _void_told(laptop, record_id)
    assert laptop.sync(server.url).to_dict()["sent"] == 0
    assert len(_refusals(branch)) == 1


@pytest.mark.slow
@pytest.mark.parametrize("direction", ["up", "down"])
def test_voids_cut_at_many_points_are_applied_once_each(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop], direction: str
) -> None:
    laptop = laptop_factory()
    points = [0, 1, 200, 700, 1500, 3000, 6000]
    ids = [laptop.register(750 + n) for n in range(len(points))]
    assert laptop.sync(server.url).completed
    counted = _decision_counter(branch)
    proxy = CuttingProxy(server.port)
    try:
        for record_id, cut_after in zip(ids, points, strict=True):
            _void(laptop, record_id)
            proxy.arm(cut_after=cut_after, direction=direction, connections=2)
            laptop.sync(proxy.url, retry=fast_retry(attempts=2))
            second = laptop.sync(proxy.url, retry=fast_retry(attempts=3))
            assert second.completed and second.pending == 0, cut_after
            assert branch.records()[record_id].state == "voided"
            assert _void_told(laptop, record_id)
            before = _decisions(branch)
            assert laptop.sync(proxy.url).to_dict()["sent"] == 0
            assert _decisions(branch) == before
    finally:
        proxy.close()
    assert proxy.cuts > 0
    assert {r.state for r in branch.records().values()} == {"voided"}
    assert branch.participant_count() == len(ids)
    assert _decision_counter(branch) == counted + len(ids)  # one decision per void, no more
    assert sorted(subject for _, subject, _ in _void_lines(branch)) == sorted(ids)  # once each


@pytest.mark.parametrize("sent", ["after_the_void", "with_the_void", "in_chunks_of_one"])
def test_a_worker_whose_accepted_receipt_was_voided_is_enrolled_again_with_the_same_kpj(  # noqa: PLR0917 - fixtures
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    sent: str,
) -> None:
    """The officer voids a receipt the branch accepted and registers the worker again (the
    laptop allows it: the voided registration no longer counts). The branch accepts the new
    registration with the worker's KPJ, not as a duplicate of it: sent after the void reached
    the branch, in the same chunk as the void, or one record a chunk."""
    laptop = laptop_factory()
    first = laptop.register(740)
    laptop.register(741)
    assert laptop.sync(server.url).completed
    kpj = laptop.states()[first][1]
    assert kpj is not None
    out = tmp_path / "export"
    assert _export(branch, out, capsys)["counts"] == {"new": 2, "update": 0, "void": 0}

    _void(laptop, first)
    if sent == "after_the_void":
        assert laptop.sync(server.url).completed
        assert branch.records()[first].state == "voided"
    again = laptop.register(740)
    report = laptop.sync(server.url, chunk_size=1 if sent == "in_chunks_of_one" else 200)

    assert report.completed and report.pending == 0
    held = branch.records()
    assert (held[first].state, held[first].kpj) == ("voided", kpj)
    assert (held[again].state, held[again].kpj) == ("accepted", kpj)
    assert laptop.states()[again] == ("accepted", kpj)
    assert branch.participant_count() == 2  # the same participant, enrolled again
    assert _tallies_agree(branch, laptop) == 1  # the day's tally: one voided, the rest stand
    assert held[first].decision_seq < held[again].decision_seq
    # The core system hears the old registration's void, then the new one, with the one KPJ.
    second = _export(branch, out, capsys)
    assert second["counts"] == {"new": 1, "update": 0, "void": 1}
    assert [(r["action"], r["kpj"], r["receipt_number"]) for r in _rows(out, second)] == [
        ("void", kpj, held[first].receipt_no),
        ("new", kpj, held[again].receipt_no),
    ]
    # No KPJ was used up: the next new worker has the number after the last one given.
    last = max(r.kpj for r in held.values() if r.kpj is not None)
    fresh = laptop.register(742)
    assert laptop.sync(server.url).completed
    assert branch.records()[fresh].kpj == f"{int(last) + 1:011d}"
    # The worker is a participant again: another officer's registration is a duplicate of it.
    other = laptop_factory()
    repeat = other.register(740)
    assert other.sync(server.url).completed
    assert other.states()[repeat] == ("duplicate", kpj)
    with Session(branch.engine) as db, pytest.raises(ValueError, match="participant now"):
        BranchRangeRegistry().enrol(db, [(nik_for(740)[0], repeat)])


def test_a_usb_file_with_a_void_and_the_workers_new_registration_enrols_them_again(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop], tmp_path: Path
) -> None:
    laptop = laptop_factory()
    first = laptop.register(750)
    assert laptop.sync(server.url).completed
    kpj = laptop.states()[first][1]
    _void(laptop, first)
    again = laptop.register(750)
    batch = tmp_path / "usb.bpu"
    assert SyncService(laptop.session).export(batch)["records"] == 2

    dry = import_batch_file(branch.engine, batch.read_bytes(), dry_run=True)
    assert (dry["voided"], dry["new"], dry["duplicate"]) == (1, 1, 0)
    assert branch.records()[first].state == "accepted"  # a dry run changes nothing
    assert again not in branch.records()
    applied = import_batch_file(branch.engine, batch.read_bytes(), dry_run=False)
    assert (applied["voided"], applied["accepted"], applied["duplicate"]) == (1, 1, 0)
    held = branch.records()
    assert (held[first].state, held[again].state, held[again].kpj) == ("voided", "accepted", kpj)
    assert branch.participant_count() == 1


def test_two_laptops_registering_a_lapsed_worker_at_once_enrol_them_once(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """After the void, two officers register the worker again and sync at the same moment:
    one registration is accepted with the worker's KPJ, the other is its duplicate; no number
    is taken."""
    first_laptop, other = laptop_factory(), laptop_factory()
    first = first_laptop.register(790)
    assert first_laptop.sync(server.url).completed
    kpj = first_laptop.states()[first][1]
    _void(first_laptop, first)
    assert first_laptop.sync(server.url).completed
    counted = _kpj_counter(branch)
    again = [(first_laptop, first_laptop.register(790)), (other, other.register(790))]

    with ThreadPoolExecutor(max_workers=2) as pool:
        reports = list(pool.map(lambda pair: pair[0].sync(server.url), again))

    assert all(report.completed for report in reports)
    answers = sorted(laptop.states()[record] for laptop, record in again)
    assert answers == [("accepted", kpj), ("duplicate", kpj)]
    assert branch.participant_count() == 1
    assert _kpj_counter(branch) == counted


def test_a_clerk_accepts_a_duplicate_of_a_worker_whose_enrolment_was_voided(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Officer A registers a worker (accepted, KPJ K); days later officer B registers them again
    (a duplicate of K); then A voids the receipt. The worker has no enrolment left: the clerk's
    'accept' of B's duplicate enrols them again with K (no number taken), B's laptop learns it,
    and the export says A's void, then B's new. Once enrolled again, a further duplicate of
    theirs is refused for 'accept' as before."""
    officer_a, officer_b = laptop_factory(), laptop_factory()
    first = officer_a.register(770)
    assert officer_a.sync(server.url).completed
    kpj = officer_a.states()[first][1]
    assert kpj is not None
    out = tmp_path / "export"
    assert _export(branch, out, capsys)["counts"] == {"new": 1, "update": 0, "void": 0}
    repeat = officer_b.register(770)
    assert officer_b.sync(server.url).completed
    assert officer_b.states()[repeat] == ("duplicate", kpj)
    _void(officer_a, first)
    assert officer_a.sync(server.url).completed
    counted, participants = _kpj_counter(branch), branch.participant_count()
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    clerk = StaffClient(server.url, timeout=30)
    try:
        clerk.login("rina", "rahasia-rina")
        detail = clerk.review_item(repeat)
        assert detail["existing"]["lapsed"] is True
        assert (detail["existing"]["kpj"], detail["existing"]["receipt_no"]) == (
            kpj,
            branch.records()[first].receipt_no,
        )

        decided = clerk.decide(repeat, "accept")

        assert (decided["state"], decided["kpj"]) == ("accepted", kpj)
        held = branch.records()
        assert (held[first].state, held[repeat].state, held[repeat].kpj) == (
            "voided",
            "accepted",
            kpj,
        )
        assert branch.participant_count() == participants
        assert _kpj_counter(branch) == counted
        with Session(branch.engine) as db:
            [line] = [entry for entry in audit_log(db) if entry["action"] == "review"]
        assert (line["actor"], line["subject"]) == ("rina", repeat)
        assert (line["detail"]["from"], line["detail"]["to"]) == ("duplicate", "accepted")
        assert officer_b.sync(server.url).completed
        assert officer_b.states()[repeat] == ("accepted", kpj)
        second = _export(branch, out, capsys)
        assert [(r["action"], r["kpj"], r["receipt_number"]) for r in _rows(out, second)] == [
            ("void", kpj, held[first].receipt_no),
            ("new", kpj, held[repeat].receipt_no),
        ]

        # The worker is a participant again: a third registration is a duplicate to confirm.
        officer_c = laptop_factory()
        third = officer_c.register(770)
        assert officer_c.sync(server.url).completed
        assert officer_c.states()[third] == ("duplicate", kpj)
        assert clerk.review_item(third)["existing"]["lapsed"] is False
        with pytest.raises(StaffError) as refused:
            clerk.decide(third, "accept")
        assert refused.value.code == "IS_DUPLICATE"
        assert branch.records()[third].state == "duplicate"
    finally:
        clerk.close()
