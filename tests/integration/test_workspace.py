"""The staff workspace API on the real server, on both back ends: staff login and role refusals,
the batch inbox, the review queue, clerk decisions reaching the officer's laptop, the branch
tally against the laptops' tallies, and the export for the core system."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlmodel import Session

from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.workspace.export import verify_export
from bpu_enroll.branch.workspace.staff import audit_log
from bpu_enroll.domain.registration import validate_registration
from bpu_enroll.services.tally import TallyService
from bpu_enroll.store.models import Registration
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    break_record,
    exhaust_kpj_range,
    extend_kpj_range,
    nik_for,
    registration,
    today,
)

STAFF = "/api/v1/staff"


def _login(http: httpx.Client, username: str, password: str) -> dict[str, str]:
    answer = http.post(f"{STAFF}/login", json={"username": username, "password": password})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _laptop_row(laptop: Laptop, record_id: str) -> tuple[str, str | None, list[str]]:
    with laptop.session.store.session(readonly=True) as db:
        row = db.get(Registration, record_id)
        assert row is not None
        codes = json.loads(row.reject_codes) if row.reject_codes else []
        return row.status, row.kpj, codes


def test_staff_login_and_roles_are_enforced_by_the_server(
    branch: Branch, server: ServerThread
) -> None:
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    branch.add_officer("agus", "rahasia-agus", role="supervisor")
    with httpx.Client(base_url=server.url, timeout=30) as http:
        officer = http.post(f"{STAFF}/login", json={"username": OFFICER, "password": PASSWORD})
        assert officer.status_code == 403
        assert officer.json()["error"]["code"] == "ROLE_REFUSED"
        wrong = http.post(f"{STAFF}/login", json={"username": "rina", "password": "salah"})
        assert wrong.status_code == 401
        assert http.get(f"{STAFF}/review").status_code == 401
        forged = {"Authorization": "Bearer not-a-token"}
        assert http.get(f"{STAFF}/batches", headers=forged).status_code == 401

        clerk = _login(http, "rina", "rahasia-rina")
        assert http.get(f"{STAFF}/review", headers=clerk).json()["total"] == 0
        assert http.get(f"{STAFF}/batches", headers=clerk).status_code == 200
        refused = http.get(f"{STAFF}/audit", headers=clerk)
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "ROLE_REFUSED"

        supervisor = _login(http, "agus", "rahasia-agus")
        lines = http.get(f"{STAFF}/audit", headers=supervisor).json()
        signing_in = [line for line in lines if line["action"].startswith("login")]
        assert [(line["actor"], line["action"]) for line in signing_in] == [
            ("agus", "login"),
            ("rina", "login"),
            ("rina", "login_failed"),
            (OFFICER, "login_refused"),  # an officer at the staff workspace is audited too
        ]
        assert signing_in[-1]["detail"]["code"] == "ROLE_REFUSED"
        # the set-up before them: the officers added (by the test's helper, as `officer add`)
        assert ("cli", "officer_added") in [(line["actor"], line["action"]) for line in lines]


def test_clerk_decisions_reach_the_laptop_at_its_next_sync(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    branch.add_officer("agus", "rahasia-agus", role="supervisor")
    laptop = laptop_factory()
    waiting_a = laptop.register(1)
    waiting_b = laptop.register(2)
    broken = laptop.register(3)
    break_record(laptop, broken, consent=False)
    exhaust_kpj_range(branch)
    first = laptop.sync(server.url)
    assert first.completed
    assert laptop.states()[waiting_a] == ("sent", None)
    assert _laptop_row(laptop, broken)[0] == "rejected"
    extend_kpj_range(branch)

    with httpx.Client(base_url=server.url, timeout=30) as http:
        clerk = _login(http, "rina", "rahasia-rina")
        inbox = http.get(f"{STAFF}/batches", headers=clerk).json()
        assert inbox["total"] == 1
        [batch] = inbox["items"]
        assert batch["device"] == laptop.device_code
        assert batch["officers"] == [OFFICER]
        assert batch["counts"] == {"pending_review": 2, "rejected": 1}
        opened = http.get(f"{STAFF}/batches/{batch['batch_id']}", headers=clerk).json()
        assert sorted(r["id"] for r in opened["records"]) == sorted([waiting_a, waiting_b, broken])
        assert nik_for(1)[0] not in json.dumps(opened)
        assert all(r["nik_masked"].count("*") == 8 for r in opened["records"])

        page = http.get(f"{STAFF}/review?offset=0&limit=2", headers=clerk).json()
        assert page["total"] == 3
        assert len(page["items"]) == 2
        rest = http.get(f"{STAFF}/review?offset=2&limit=2", headers=clerk).json()
        queued = {item["id"]: item for item in [*page["items"], *rest["items"]]}
        assert set(queued) == {waiting_a, waiting_b, broken}
        assert queued[broken]["reasons"] != []

        def decide(record_id: str, **body: Any) -> httpx.Response:
            return http.post(f"{STAFF}/review/{record_id}/decision", headers=clerk, json=body)

        accepted = decide(waiting_a, decision="accept")
        assert accepted.status_code == 200, accepted.text
        kpj = accepted.json()["kpj"]
        assert accepted.json()["state"] == "accepted"
        rejected = decide(waiting_b, decision="reject", reason_code="DOC_UNREADABLE", note="blur")
        assert rejected.json()["state"] == "rejected"
        assert decide(waiting_b, decision="accept").status_code == 409  # no longer queued
        assert decide(broken, decision="reject").status_code == 422  # a reason is required
        corrected = decide(broken, decision="request_correction", reason_code="CONSENT")
        assert corrected.json()["reasons"] == ["CORRECTION_REQUESTED", "CONSENT"]
        assert http.get(f"{STAFF}/review", headers=clerk).json()["total"] == 0

        supervisor = _login(http, "agus", "rahasia-agus")
        lines = http.get(f"{STAFF}/audit", headers=supervisor).json()
        reviews = [line for line in lines if line["action"] == "review"]
        assert {(line["actor"], line["subject"]) for line in reviews} == {
            ("rina", waiting_a),
            ("rina", waiting_b),
            ("rina", broken),
        }
        assert nik_for(1)[0] not in json.dumps(lines)

    second = laptop.sync(server.url)
    assert second.completed
    assert laptop.states()[waiting_a] == ("accepted", kpj)
    assert _laptop_row(laptop, waiting_b) == ("rejected", None, ["DOC_UNREADABLE"])
    # A decision on a record the laptop already held as rejected reaches it too.
    assert _laptop_row(laptop, broken) == ("rejected", None, ["CORRECTION_REQUESTED", "CONSENT"])
    assert branch.records()[waiting_a].kpj == kpj


def test_a_duplicate_is_confirmed_not_accepted(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    first, second = laptop_factory(), laptop_factory()
    original = first.register(7)
    assert first.sync(server.url).completed
    copy = second.register(7)
    assert second.sync(server.url).completed
    assert second.states()[copy] == ("duplicate", branch.records()[original].kpj)

    with httpx.Client(base_url=server.url, timeout=30) as http:
        clerk = _login(http, "rina", "rahasia-rina")
        [item] = http.get(f"{STAFF}/review", headers=clerk).json()["items"]
        assert item["id"] == copy
        path = f"{STAFF}/review/{copy}/decision"
        refused = http.post(path, headers=clerk, json={"decision": "accept"})
        assert refused.status_code == 409
        assert refused.json()["error"]["code"] == "IS_DUPLICATE"
        nik_note = {"decision": "confirm_duplicate", "note": nik_for(7)[0]}
        assert http.post(path, headers=clerk, json=nik_note).status_code == 422
        confirmed = http.post(path, headers=clerk, json={"decision": "confirm_duplicate"})
        assert confirmed.json()["state"] == "duplicate"
        assert http.get(f"{STAFF}/review", headers=clerk).json()["total"] == 0


def _register_paid(laptop: Laptop, serial: int) -> int:
    """Finalise a registration paid in cash on the spot; the cash amount."""
    data = registration(serial)
    quote = validate_registration(data, today=today(), lang="en", nik_exists=None).quote
    assert quote is not None
    laptop.register(serial, cash_paid=quote.total)
    return int(quote.total)


def test_branch_tally_is_the_sum_of_the_laptops_tallies(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    branch.add_officer("agus", "rahasia-agus", role="supervisor")
    first, second = laptop_factory(), laptop_factory()
    cash = _register_paid(first, 21) + _register_paid(second, 22)
    first.register(23)
    second.register(24)
    second.register(25)
    assert first.sync(server.url).completed
    assert second.sync(server.url).completed
    [day] = {date.fromisoformat(r.registration_date) for r in branch.records().values()}
    laptops = [TallyService(laptop.session).figures(day).totals for laptop in (first, second)]

    pdf = tmp_path / "tally.pdf"
    code = branch_main(["--db", branch.db_url, "tally", "--date", day.isoformat(),
                        "--out", str(pdf), "--json"])  # fmt: skip
    assert code == 0
    document = json.loads(capsys.readouterr().out)
    totals = document["totals"]
    assert totals["records"] == sum(t.records for t in laptops) == 5
    assert totals["registrations"] == sum(t.registrations for t in laptops)
    assert totals["cash_collected"] == sum(t.cash_collected for t in laptops) == cash
    assert totals["total_quoted"] == sum(t.total_quoted for t in laptops)
    assert totals["by_status"]["accepted"] == 5
    assert document["cash_by_officer"] == {OFFICER: cash}
    assert document["labels"]["officers"][OFFICER] == f"{OFFICER.title()} ({OFFICER})"
    assert pdf.read_bytes().startswith(b"%PDF")

    with httpx.Client(base_url=server.url, timeout=30) as http:
        path = f"{STAFF}/tally?date={day.isoformat()}"
        clerk = _login(http, "rina", "rahasia-rina")
        assert http.get(path, headers=clerk).status_code == 403
        supervisor = _login(http, "agus", "rahasia-agus")
        answer = http.get(path, headers=supervisor)
        assert answer.status_code == 200
        assert answer.json()["hash"] == document["hash"]


def test_export_of_accepted_registrations_with_manifest_and_checksums(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = laptop_factory()
    good = [laptop.register(31), laptop.register(32)]
    broken = laptop.register(33)
    break_record(laptop, broken, consent=False)
    assert laptop.sync(server.url).completed
    held = branch.records()
    assert held[broken].state == "rejected"
    out = tmp_path / "export"

    code = branch_main(["--db", branch.db_url, "export", "--out", str(out), "--json"])
    assert code == 0
    printed = capsys.readouterr().out
    assert nik_for(31)[0] not in printed
    manifest = json.loads(printed)
    assert manifest["rows"] == 2
    assert verify_export(out, manifest["manifest"])
    [csv_file, json_file] = [out / entry["name"] for entry in manifest["files"]]
    assert csv_file.stat().st_mode & 0o777 == 0o600
    lines = csv_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("export_id,action,kpj,nik,")
    assert len(lines) == 3
    rows = json.loads(json_file.read_bytes())["rows"]
    assert sorted(r["receipt_number"] for r in rows) == sorted(held[i].receipt_no for i in good)
    assert {r["kpj"] for r in rows} == {held[i].kpj for i in good}
    assert nik_for(31)[0] in {r["nik"] for r in rows}

    with Session(branch.engine) as db:
        [line] = [x for x in audit_log(db) if x["action"] == "export"]
    assert line["detail"]["rows"] == 2
    assert nik_for(31)[0] not in json.dumps(line)
