"""The supervisor's staff roster from the workspace on the real server, on both back ends: the
list (name, role, added, status, a sign-in lock; no key material), an account added as
`bpu-branch officer add` adds it (the same rules and codes, the same audit line with the
supervisor as actor, never the password) that signs in at once, an officer added there who
reaches a laptop at its next sync, a revoke as `officer revoke` after which the account's
sign-in and session are refused (not one's own, not an administrator's), a clerk locked by
five wrong passwords unlocked by the supervisor who then signs in at once, and a clerk refused
every route."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import Session

from bpu_enroll.branch.admin import roster
from bpu_enroll.branch.admin.cli import main as branch_main
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.models import Officer
from bpu_enroll.domain.errors import message
from bpu_enroll.services.session import unlock
from bpu_enroll.sync.staff_client import StaffClient, StaffError
from tests.integration.helpers import (
    OFFICER,
    PASSWORD,
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    nik_for,
)
from tests.integration.staff_http import CLERK, STAFF, SUPERVISOR

NEW_PASSWORD = "Kata-Sandi-Baru-9"
NIK = nik_for(71)[0]


def _sign_in(server: ServerThread, username: str, password: str) -> httpx.Response:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        return http.post(f"{STAFF}/login", json={"username": username, "password": password})


def _items(http: httpx.Client) -> dict[str, dict[str, Any]]:
    answer = http.get(f"{STAFF}/roster")
    assert answer.status_code == 200, answer.text
    return {item["username"]: item for item in answer.json()["items"]}


def _add(http: httpx.Client, username: str, name: str, role: str, password: str) -> httpx.Response:
    body = {"username": username, "name": name, "role": role, "password": password}
    return http.post(f"{STAFF}/roster", json=body)


def test_the_list_says_name_role_added_and_status_without_key_material(
    branch: Branch, staff: Any
) -> None:
    supervisor = staff(SUPERVISOR)
    with Session(branch.engine) as db:
        roster.revoke_officer(db, username=CLERK[0], actor="cli:admin")
    answer = supervisor.get(f"{STAFF}/roster")
    assert answer.status_code == 200, answer.text
    items = {item["username"]: item for item in answer.json()["items"]}
    assert set(items) == {OFFICER, SUPERVISOR[0], CLERK[0]}
    sari = items[SUPERVISOR[0]]
    assert (sari["role"], sari["status"], sari["locked_until"]) == ("supervisor", "active", None)
    assert sari["name"] and sari["added_at"].endswith("+00:00")
    clerk = items[CLERK[0]]
    assert clerk["status"] == "revoked" and clerk["revoked_at"].endswith("+00:00")
    for secret in ("verifier", "public_key", "salt", "kdf", "password"):
        assert secret not in answer.text
    # The server's time as it answered: the workspace waits for a lock's end from it.
    now = datetime.fromisoformat(answer.json()["now"])
    assert now.utcoffset() == timedelta(0) and abs(now - datetime.now(UTC)) < timedelta(minutes=1)


def test_an_account_added_from_the_workspace_signs_in_and_is_audited_as_the_command(
    branch: Branch, server: ServerThread, staff: Any, caplog: pytest.LogCaptureFixture
) -> None:
    supervisor = staff(SUPERVISOR)
    caplog.set_level(logging.DEBUG)
    answer = _add(supervisor, "dewi.a", "Dewi Anggraini", "clerk", NEW_PASSWORD)
    assert answer.status_code == 200, answer.text
    added = answer.json()
    assert (added["username"], added["name"]) == ("dewi.a", "Dewi Anggraini")
    assert added["role"] == "clerk"
    assert added["status"] == "active" and NEW_PASSWORD not in answer.text
    with Session(branch.engine) as db:
        roster.add_officer(
            db, username="eko", name="Eko", role="clerk", password="x", actor="cli:admin"
        )

    signed = _sign_in(server, "dewi.a", NEW_PASSWORD)
    assert signed.status_code == 200, signed.text
    assert signed.json()["role"] == "clerk"

    lines = [line for line in audit_lines(branch) if line["action"] == "officer_added"]
    page_line, cli_line = lines[-2:]
    assert (page_line["actor"], page_line["subject"], page_line["detail"]) == (
        "sari", "dewi.a", {"role": "clerk"})  # fmt: skip
    assert (cli_line["actor"], cli_line["detail"]) == ("cli:admin", {"role": "clerk"})
    everything = json.dumps(audit_lines(branch)) + caplog.text
    assert NEW_PASSWORD not in everything and "Dewi Anggraini" not in everything


def test_an_officer_added_from_the_workspace_reaches_a_laptop_at_its_next_sync(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop], staff: Any
) -> None:
    laptop = laptop_factory()
    answer = _add(staff(SUPERVISOR), "budi", "Budi Santoso", "officer", NEW_PASSWORD)
    assert answer.status_code == 200, answer.text
    assert laptop.sync(server.url).completed
    laptop.session.provision_roster()
    laptop.close()
    unlock(laptop.data_dir, "budi", NEW_PASSWORD).close()  # budi signs in on the laptop
    laptop.session = unlock(laptop.data_dir, OFFICER, PASSWORD)


def test_an_add_is_refused_with_the_commands_rules_and_codes(branch: Branch, staff: Any) -> None:
    supervisor = staff(SUPERVISOR)
    before = len(audit_lines(branch))
    cases = [
        (("dewi a", "Dewi", "clerk", "x"), 422, "STAFF_USERNAME_INVALID"),
        (("", "Dewi", "clerk", "x"), 422, "STAFF_USERNAME_INVALID"),
        (("dewi", "   ", "clerk", "x"), 422, "STAFF_NAME_INVALID"),
        (("dewi", "D" * 101, "clerk", "x"), 422, "STAFF_NAME_INVALID"),
        (("dewi", "Dewi", "clerk", ""), 422, "STAFF_PASSWORD_EMPTY"),
        (("dewi", "Dewi", "admin", "x"), 422, "STAFF_ROLE_INVALID"),
        (("dewi", "Dewi", "boss", "x"), 422, "STAFF_ROLE_INVALID"),
        ((CLERK[0], "Citra", "clerk", "x"), 409, "OFFICER_EXISTS"),
        # A NIK as the user name (some type their own): it goes on every receipt and tally the
        # officer makes and in the audit lines, and it was added, audited as officer_added.
        ((NIK, "Dewi", "officer", "x"), 422, "STAFF_USERNAME_NIK"),
        ((".".join([NIK[:4], NIK[4:8], NIK[8:12], NIK[12:]]), "Dewi", "clerk", "x"), 422,
         "STAFF_USERNAME_NIK"),
        # A NIK typed into the name: names go to every laptop and into its tallies, and a tally
        # naming an officer with a NIK is refused (TALLY_OFFICER_NIK): none would arrive.
        (("dewi", f"Dewi {NIK}", "officer", "x"), 422, "STAFF_NAME_NIK"),
        # A name goes to every laptop, onto tallies and into `officer list` on a terminal: one
        # line of visible text, as a revocation's reason or a clerk's note (a NUL, a line
        # break, an escape sequence, a right-to-left override turning the name around were
        # all added and sent out).
        (("dewi", "Dewi\x00Lestari", "officer", "x"), 422, "STAFF_NAME_INVALID"),
        (("dewi", "Dewi\nLestari", "officer", "x"), 422, "STAFF_NAME_INVALID"),
        (("dewi", "Dewi\x1b[2J", "officer", "x"), 422, "STAFF_NAME_INVALID"),
        (("dewi", "Dewi \u202eirtseL", "officer", "x"), 422, "STAFF_NAME_INVALID"),
        (("dewi", "Dewi\u2028Lestari", "clerk", "x"), 422, "STAFF_NAME_INVALID"),
        (("dewi", "Dewi\u200bLestari", "clerk", "x"), 422, "STAFF_NAME_INVALID"),
        # A user name reads on receipts, tallies, exports and audit lines: a letter of another
        # script looking like a Latin one (a Cyrillic а, і or с), an accented letter or another
        # script's digit made a second account reading as another's (`сitra` beside `citra`).
        (("\u0441itra", "Citra", "clerk", "x"), 422, "STAFF_USERNAME_INVALID"),
        (("\u0430dmin", "Admin", "supervisor", "x"), 422, "STAFF_USERNAME_INVALID"),
        (("dew\u00ed", "Dewi", "clerk", "x"), 422, "STAFF_USERNAME_INVALID"),
        (("dewi\u0661", "Dewi", "clerk", "x"), 422, "STAFF_USERNAME_INVALID"),
        # NFKC first: `ｃｉｔｒａ` typed full-width is `citra`, who is active.
        (("\uff43\uff49\uff54\uff52\uff41", "Citra", "clerk", "x"), 409, "OFFICER_EXISTS"),
        # Another letter case of an account's user name reads as that account on every receipt.
        ((CLERK[0].upper(), "Citra", "clerk", "x"), 409, "OFFICER_EXISTS"),
        ((CLERK[0].capitalize(), "Citra", "officer", "x"), 409, "OFFICER_EXISTS"),
    ]  # fmt: skip
    for fields, status, code in cases:
        answer = _add(supervisor, *fields)
        assert (answer.status_code, answer.json()["error"]["code"]) == (status, code), fields
        assert NIK not in answer.text
    assert "dewi" not in _items(supervisor) and not any(NIK[:4] in n for n in _items(supervisor))
    assert len(audit_lines(branch)) == before
    assert message("STAFF_USERNAME_NIK", "id") != message("STAFF_USERNAME_NIK", "en")
    assert message("STAFF_NAME_NIK", "id") != message("STAFF_NAME_NIK", "en")


def _waiting_on_a_lock(branch: Branch) -> None:
    """Until another connection waits on a lock (PostgreSQL); a moment on SQLite, whose
    `BEGIN IMMEDIATE` makes the second writer wait before it reads anything."""
    if branch.engine.dialect.name != "postgresql":
        time.sleep(0.5)
        return
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with branch.engine.connect() as db:
            if db.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar():
                return
        time.sleep(0.05)
    raise AssertionError("the second add never waited on the first")


def _race_an_add(  # noqa: PLR0917 - the race and the add it runs
    branch: Branch,
    supervisor: httpx.Client,
    via: str,
    capsys: pytest.CaptureFixture[str],
    add: tuple[str, str, str],
    hold: Callable[[Session], None],
) -> dict[str, Any]:
    """Run the workspace's (or the command's) add of `add` (user name, name, role) while
    another transaction, made by `hold` and flushed, stands uncommitted until the add waits on
    a lock; then commit it. The add's refusal document, its status checked (409, or exit 1)."""
    username, name, role = add
    answers: list[Any] = []

    def second() -> None:
        if via == "workspace":
            answer = _add(supervisor, username, name, role, NEW_PASSWORD)
            answers.append((answer.status_code, answer.json()))
        else:
            argv = ["--db", branch.db_url, "officer", "add", username, "--name", name,
                    "--role", role, "--json"]  # fmt: skip
            answers.append((branch_main(argv), None))

    capsys.readouterr()
    with Session(branch.engine) as first:
        hold(first)
        first.flush()  # its rows are locked until the commit
        racing = threading.Thread(target=second)
        racing.start()
        _waiting_on_a_lock(branch)
        first.commit()
    racing.join(timeout=60)
    [(status, document)] = answers
    if via == "command":
        document = json.loads(capsys.readouterr().out)
        assert status == 1
    else:
        assert status == 409
    return dict(document)


def _clerk_as(first: Session, username: str) -> None:
    """Add the clerk's account again under `username` in `first` (not committed)."""
    model = first.get(Officer, CLERK[0])
    assert model is not None
    first.add(Officer(**{**model.model_dump(), "username": username}))


@pytest.mark.parametrize("via", ["workspace", "command"])
def test_the_second_of_two_adds_of_one_new_name_at_once_is_refused_as_a_duplicate(
    branch: Branch,
    staff: Any,
    via: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another add of "dewi" holds its new row uncommitted while the workspace's (or the
    command's) add of "dewi" reaches its own insert: when the first commits, the second is
    refused `OFFICER_EXISTS` as a plain duplicate (it was a unique-constraint failure: a 409
    `CONFLICTING_WRITE` from the server, a crash from the command) and writes nothing."""
    supervisor = staff(SUPERVISOR)
    monkeypatch.setenv("BPU_BRANCH_PASSWORD", NEW_PASSWORD)
    before = audit_lines(branch)
    document = _race_an_add(
        branch, supervisor, via, capsys, ("dewi", "Dewi Lestari", "officer"),
        lambda first: _clerk_as(first, "dewi"),  # a clerk, "Citra"
    )  # fmt: skip
    assert document["error"]["code"] == "OFFICER_EXISTS", document
    assert _items(supervisor)["dewi"]["role"] == "clerk"  # the first add's, untouched
    assert audit_lines(branch)[len(before) :] == []


@pytest.mark.parametrize("via", ["workspace", "command"])
def test_an_add_of_a_name_in_other_letter_case_at_the_same_moment_is_refused(
    branch: Branch,
    staff: Any,
    via: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another add holds "Dewi" uncommitted, with the audit chain's lock its audit line takes,
    while the workspace's (or the command's) add of "dewi" runs: once the first commits, the
    second is refused `OFFICER_EXISTS` naming "Dewi" and writes nothing. Its early check had
    seen no twin, and the two rows have different keys: on PostgreSQL it used to wait only
    for its audit line, then add "dewi" beside "Dewi"."""
    supervisor = staff(SUPERVISOR)
    monkeypatch.setenv("BPU_BRANCH_PASSWORD", NEW_PASSWORD)
    before = audit_lines(branch)

    def hold(first: Session) -> None:
        audit_chain.lock_chain(first)  # as the first add's own audit line would
        _clerk_as(first, "Dewi")

    document = _race_an_add(
        branch, supervisor, via, capsys, ("dewi", "Dewi Lestari", "officer"), hold
    )
    assert document["error"]["code"] == "OFFICER_EXISTS", document
    names = _items(supervisor)
    assert "Dewi" in names and "dewi" not in names
    assert audit_lines(branch)[len(before) :] == []


@pytest.mark.parametrize("via", ["workspace", "command"])
def test_the_second_of_two_reactivations_of_one_revoked_name_at_once_is_refused(
    branch: Branch,
    staff: Any,
    via: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The clerk revoked; another add of that name re-activates it (as an officer) and holds
    its row uncommitted while the workspace's (or the command's) add of the name as a clerk
    runs: the second is refused `OFFICER_EXISTS` once the first commits, and writes nothing (it
    waited at its own update, then overwrote the first: the second password won)."""
    supervisor = staff(SUPERVISOR)
    assert supervisor.post(f"{STAFF}/roster/{CLERK[0]}/revoke").status_code == 200
    monkeypatch.setenv("BPU_BRANCH_PASSWORD", NEW_PASSWORD)
    before = audit_lines(branch)

    def hold(first: Session) -> None:
        row = first.get(Officer, CLERK[0])
        assert row is not None and row.revoked_at is not None
        row.revoked_at, row.role = None, "officer"
        first.add(row)

    document = _race_an_add(
        branch, supervisor, via, capsys, (CLERK[0], "Citra Dewi", "clerk"), hold
    )
    assert document["error"]["code"] == "OFFICER_EXISTS", document
    assert _items(supervisor)[CLERK[0]]["role"] == "officer"  # the first's, untouched
    assert audit_lines(branch)[len(before) :] == []


def test_a_revoke_ends_the_sign_in_and_the_session_as_the_command_does(
    branch: Branch, server: ServerThread, staff: Any
) -> None:
    supervisor = staff(SUPERVISOR)
    clerk = staff(CLERK)
    answer = supervisor.post(f"{STAFF}/roster/{CLERK[0]}/revoke")
    assert answer.status_code == 200, answer.text
    done = answer.json()
    assert (done["status"], done["already_revoked"]) == ("revoked", False)
    assert clerk.get(f"{STAFF}/batches").status_code == 401  # the session ended
    refused = _sign_in(server, *CLERK)
    assert (refused.status_code, refused.json()["error"]["code"]) == (401, "LOGIN_FAILED")
    (line,) = [line for line in audit_lines(branch) if line["action"] == "officer_revoked"]
    assert (line["actor"], line["subject"]) == ("sari", CLERK[0])
    assert line["detail"] == {"role": "clerk", "sessions_ended": 1}

    before = len(audit_lines(branch))
    again = supervisor.post(f"{STAFF}/roster/{CLERK[0]}/revoke")
    assert again.status_code == 200 and again.json()["already_revoked"] is True
    assert again.json()["revoked_at"] == done["revoked_at"]
    assert len(audit_lines(branch)) == before

    # Re-added with a new password, as the command re-activates: the old one is refused.
    assert _add(supervisor, CLERK[0], "Citra", "clerk", NEW_PASSWORD).status_code == 200
    assert _sign_in(server, *CLERK).status_code == 401
    assert _sign_in(server, CLERK[0], NEW_PASSWORD).status_code == 200


def test_a_user_name_with_an_accented_letter_is_revoked_and_unlocked_too(
    branch: Branch, staff: Any
) -> None:
    """The command (and so the page) added a user name of any letters, `dewí` too, before new
    ones were held to ASCII letters, digits and dots: such an account, kept from before, is
    revoked and unlocked (the routes took only ASCII letters and refused it as an invalid
    request)."""
    supervisor = staff(SUPERVISOR)
    assert _add(supervisor, "dewí", "Dewi", "clerk", NEW_PASSWORD).status_code == 422
    branch.add_officer("dewi", NEW_PASSWORD, role="clerk")
    with Session(branch.engine) as db:  # as added before the rule
        kept = db.get(Officer, "dewi")
        assert kept is not None
        db.add(Officer.model_validate({**kept.model_dump(), "username": "dewí"}))
        db.commit()
    assert supervisor.post(f"{STAFF}/roster/dewí/unlock").json()["was_locked"] is False
    assert supervisor.post(f"{STAFF}/roster/dewí/revoke").json()["status"] == "revoked"


def test_not_ones_own_account_not_an_administrator_and_not_an_unknown_name(
    branch: Branch, staff: Any
) -> None:
    branch.add_officer("root", "rahasia-root", role="admin")
    supervisor = staff(SUPERVISOR)
    cases = {
        SUPERVISOR[0]: (409, "STAFF_REVOKE_SELF"),
        "root": (403, "STAFF_ADMIN_ONLY"),
        "nobody": (404, "STAFF_UNKNOWN"),
    }
    for name, expected in cases.items():
        answer = supervisor.post(f"{STAFF}/roster/{name}/revoke")
        assert (answer.status_code, answer.json()["error"]["code"]) == expected, name
    items = _items(supervisor)
    assert items[SUPERVISOR[0]]["status"] == items["root"]["status"] == "active"
    admin = staff(("root", "rahasia-root"))  # an administrator may revoke a supervisor
    assert admin.post(f"{STAFF}/roster/{SUPERVISOR[0]}/revoke").json()["status"] == "revoked"


def test_a_clerk_locked_by_five_wrong_passwords_is_unlocked_and_signs_in_at_once(
    branch: Branch, server: ServerThread, staff: Any
) -> None:
    supervisor = staff(SUPERVISOR)
    for _ in range(5):
        assert _sign_in(server, CLERK[0], "salah").status_code in {401, 429}
    locked = _sign_in(server, *CLERK)
    assert (locked.status_code, locked.json()["error"]["code"]) == (429, "ACCOUNT_LOCKED")
    until = _items(supervisor)[CLERK[0]]["locked_until"]
    assert until is not None and datetime.fromisoformat(until) > datetime.now(UTC)

    answer = supervisor.post(f"{STAFF}/roster/{CLERK[0]}/unlock")
    assert answer.status_code == 200, answer.text
    assert answer.json()["was_locked"] is True and answer.json()["locked_until"] is None
    assert _items(supervisor)[CLERK[0]]["locked_until"] is None
    assert _sign_in(server, *CLERK).status_code == 200  # at once
    (line,) = [line for line in audit_lines(branch) if line["action"] == "sign_in_unlocked"]
    assert (line["actor"], line["subject"]) == ("sari", CLERK[0])
    assert line["detail"] == {"locked_until": until}

    before = len(audit_lines(branch))
    again = supervisor.post(f"{STAFF}/roster/{CLERK[0]}/unlock")
    assert again.status_code == 200 and again.json()["was_locked"] is False
    assert len(audit_lines(branch)) == before
    missing = supervisor.post(f"{STAFF}/roster/nobody/unlock")
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "STAFF_UNKNOWN")


def test_a_clerk_is_refused_every_roster_route(branch: Branch, staff: Any) -> None:
    clerk = staff(CLERK)
    before = {OFFICER, SUPERVISOR[0], CLERK[0]}
    answers = (
        clerk.get(f"{STAFF}/roster"),
        _add(clerk, "dewi", "Dewi", "clerk", NEW_PASSWORD),
        clerk.post(f"{STAFF}/roster/{OFFICER}/revoke"),
        clerk.post(f"{STAFF}/roster/{CLERK[0]}/unlock"),
    )
    for answer in answers:
        assert (answer.status_code, answer.json()["error"]["code"]) == (403, "ROLE_REFUSED")
    with Session(branch.engine) as db:
        listed = {o.username: o.revoked_at for o in roster.list_officers(db)}
    assert set(listed) == before and all(v is None for v in listed.values())


def test_the_staff_client_lists_adds_revokes_and_unlocks(staff: Any, server: ServerThread) -> None:
    staff(SUPERVISOR)
    client = StaffClient(server.url)
    try:
        client.login(*SUPERVISOR)
        assert CLERK[0] in [i["username"] for i in client.roster()["items"]]
        with pytest.raises(StaffError) as refused:
            client.add_staff("dewi", "Dewi", "clerk", "")
        assert refused.value.code == "STAFF_PASSWORD_EMPTY"
        assert client.add_staff("dewi", "Dewi", "clerk", NEW_PASSWORD)["status"] == "active"
        assert client.unlock_staff("dewi")["was_locked"] is False
        assert client.revoke_staff("dewi")["status"] == "revoked"
    finally:
        client.close()
