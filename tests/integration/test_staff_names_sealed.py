"""Staff names at rest on PostgreSQL: the roster's full names (`branch_officer.name`) and the
officers' names a laptop's tally carries (`branch_laptop_tally.document`, `labels.officers`) are
sealed like a clerk's note, so a `pg_dump` shows none of them; the user names stay in clear (the
roster's key, the actor of every audit line). The roster command, the laptop's login list, the
workspace's tally and reconciliation still show the names; a branch whose names were stored in
clear before is sealed by `bpu-branch reseal`, once, and still shows them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store.laptop_reports import LaptopTallyRow
from bpu_enroll.branch.store.models import AuditEntry, Officer
from bpu_enroll.services.session import login_screen
from bpu_enroll.store.keys import FAST_KDF
from tests.integration.helpers import OFFICER, PASSWORD, Branch, Laptop, ServerThread
from tests.integration.pg import pg_dump

STAFF = "/api/v1/staff"
FIELD = "Siti Nurhaliza Prameswari"  # the laptop's officer (OFFICER, "siti")
CLERK = ("rina", "rahasia-rina", "Rina Kusumawardhani Siregar")
SUPERVISOR = ("sari", "rahasia-sari", "Sari Dewi Anggraeni Lubis")
NAMES = (FIELD, CLERK[2], SUPERVISOR[2])
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("db_url", ["postgresql"], indirect=True),
]


def _names_in(dump: bytes) -> list[str]:
    """Every staff name, or a telling part of one, found in `dump`."""
    parts = {part for name in NAMES for part in (name, *name.split()[1:])}
    return sorted(part for part in parts if part.encode() in dump)


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = branch_main(argv)
    return code, capsys.readouterr().out


@pytest.fixture
def staffed(
    branch: Branch,
    server: ServerThread,
    laptop_factory: Callable[[], Laptop],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[Laptop, httpx.Client]]:
    """The laptop's officer under their full name, a clerk added by `bpu-branch officer add`,
    a supervisor signed in; a laptop that registered, synced and reported its tally."""
    with Session(branch.engine) as db:
        roster.revoke_officer(db, username=OFFICER)  # re-added under a full name
        roster.add_officer(
            db, username=OFFICER, name=FIELD, role="officer", password=PASSWORD, params=FAST_KDF
        )
        user, password, name = SUPERVISOR
        roster.add_officer(
            db, username=user, name=name, role="supervisor", password=password, params=FAST_KDF
        )
    monkeypatch.setenv("BPU_BRANCH_PASSWORD", CLERK[1])
    code, out = _cli(
        ["--db", branch.db_url, "officer", "add", CLERK[0], "--name", CLERK[2], "--role",
         "clerk", "--json"],
        capsys,
    )  # fmt: skip
    assert code == 0 and json.loads(out)["name"] == CLERK[2]
    laptop = laptop_factory()
    laptop.register(61)
    assert laptop.sync(server.url).completed  # and the laptop's report, with its tally
    with httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.post(
            f"{STAFF}/login", json={"username": SUPERVISOR[0], "password": SUPERVISOR[1]}
        )
        assert answer.status_code == 200, answer.text
        http.headers["Authorization"] = f"Bearer {answer.json()['token']}"
        yield laptop, http


def _shown(
    branch: Branch,
    laptop: Laptop,
    http: httpx.Client,
    capsys: pytest.CaptureFixture[str],
    *,
    pull: bool,
) -> None:
    """Every reader shows the full names: the roster command, the workspace's tally and its
    reconciliation of the laptop's stored tally, and (`pull`: after a sync, which reports the
    tally again) the laptop's login list, from the roster it pulled."""
    code, out = _cli(["--db", branch.db_url, "officer", "list", "--json"], capsys)
    assert code == 0
    listed = {o["username"]: o["name"] for o in json.loads(out)["officers"]}
    assert listed == {OFFICER: FIELD, CLERK[0]: CLERK[2], SUPERVISOR[0]: SUPERVISOR[2]}
    if pull:
        assert laptop.sync(str(http.base_url).rstrip("/")).completed
        login = {o.username: o.display_name for o in login_screen(laptop.data_dir).officers}
        assert login == {OFFICER: FIELD}
    # The day the laptop registered on, not today's: a run at midnight (WIB) had the two differ.
    [day] = {record.registration_date for record in branch.records().values()}
    tally = http.get(f"{STAFF}/tally", params={"date": day})
    assert tally.status_code == 200, tally.text
    assert tally.json()["labels"]["officers"][OFFICER] == f"{FIELD} ({OFFICER})"
    recon = http.get(f"{STAFF}/reconciliation", params={"date": day})
    assert recon.status_code == 200, recon.text
    (item,) = recon.json()["items"]
    assert item["state"] == "matches" and item["officers"] == [f"{FIELD} ({OFFICER})"]
    with Session(branch.engine) as db:
        (row,) = db.exec(select(LaptopTallyRow)).all()
        assert row.figures()["labels"]["officers"] == {OFFICER: f"{FIELD} ({OFFICER})"}


def test_staff_names_are_sealed_at_rest_and_every_reader_shows_them(
    branch: Branch,
    staffed: tuple[Laptop, httpx.Client],
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop, http = staffed
    dump = pg_dump(branch.db_url)
    assert b"branch_officer" in dump and b"branch_laptop_tally" in dump  # a real, full dump
    for user in (OFFICER, CLERK[0], SUPERVISOR[0]):  # user names stay in clear, by design
        assert f"\n{user}\t".encode() in dump
    assert _names_in(dump) == [], "staff names in clear at rest"
    from bpu_enroll.branch.store.fields import open_name  # (so the old code fails on the dump)

    with Session(branch.engine) as db:
        stored = {o.username: o.name for o in db.exec(select(Officer))}
        assert all(name.startswith("sealed:") for name in stored.values())
        assert open_name(db, stored[CLERK[0]]) == CLERK[2]
    _shown(branch, laptop, http, capsys, pull=True)


def test_names_stored_in_clear_before_are_sealed_by_reseal_once(
    branch: Branch,
    staffed: tuple[Laptop, httpx.Client],
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop, http = staffed
    # The rows as an earlier release left them: names in clear.
    with Session(branch.engine) as db:
        for officer in db.exec(select(Officer)):
            officer.name = {OFFICER: FIELD, CLERK[0]: CLERK[2], SUPERVISOR[0]: SUPERVISOR[2]}[
                officer.username
            ]
            db.add(officer)
        for row in db.exec(select(LaptopTallyRow)):
            document: dict[str, Any] = row.figures()
            row.document = json.dumps(document, sort_keys=True, ensure_ascii=False)
            db.add(row)
        db.commit()
    assert _names_in(pg_dump(branch.db_url)) == sorted(
        {part for name in NAMES for part in (name, *name.split()[1:])}
    )
    _shown(branch, laptop, http, capsys, pull=False)  # read in clear as well

    code, out = _cli(["--db", branch.db_url, "reseal", "--json"], capsys)
    assert code == 0
    assert json.loads(out) == {
        "fields_sealed_here": True, "records": 0, "conflicts": 0, "notes": 0,
        "staff_names": 3, "laptop_tallies": 1, "damaged": [],
    }  # fmt: skip
    assert _names_in(pg_dump(branch.db_url)) == [], "staff names in clear after reseal"
    _shown(branch, laptop, http, capsys, pull=False)

    # A run after that changes nothing; the one that did left one line, with counts only.
    code, out = _cli(["--db", branch.db_url, "reseal", "--lang", "en"], capsys)
    assert (code, out) == (0, "No personal data in clear; nothing was changed.\n")
    with Session(branch.engine) as db:
        lines = db.exec(select(AuditEntry).where(AuditEntry.action == "fields_resealed")).all()
        assert [json.loads(line.detail) for line in lines] == [
            {"records": 0, "conflicts": 0, "notes": 0, "staff_names": 3, "laptop_tallies": 1}
        ]
    _shown(branch, laptop, http, capsys, pull=True)


def test_a_name_of_100_characters_fits_sealed_and_a_longer_one_is_refused(branch: Branch) -> None:
    """The widest name (100 characters of four bytes each) fits the column once sealed; a name
    longer than 100 characters, or a blank one, is refused before anything is written."""
    widest = "𝓢" * 100
    with Session(branch.engine) as db:
        officer = roster.add_officer(
            db, username="lebar", name=widest, role="clerk", password="x", params=FAST_KDF
        )
        assert len(officer.name) > 100 and roster.officer_dict(officer)["name"] == widest
        for name in ("a" * 101, "  "):
            with pytest.raises(roster.AdminError) as refused:
                roster.add_officer(
                    db, username="lain", name=name, role="clerk", password="x", params=FAST_KDF
                )
            assert refused.value.params["why"] == "officer_name"
        assert db.get(Officer, "lain") is None
