"""Staff sign-in as careful as a bank's: lockout with a growing wait, a per-address limit,
every failed and locked sign-in in the branch audit log, and unknown user names answered in the
time a known one takes."""

from __future__ import annotations

import json
import statistics
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

import httpx
import pytest
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.store.models import AuditEntry, SignInThrottle, utcnow
from bpu_enroll.branch.workspace import sign_in
from bpu_enroll.branch.workspace.sign_in import FAILURES_PER_ADDRESS
from bpu_enroll.store.keys import KdfParams
from tests.integration.helpers import Branch, ServerThread, served_as_serve

STAFF = "/api/v1/staff"
GOOD = "rahasia-rina"


def _try(http: httpx.Client, username: str, password: str) -> httpx.Response:
    return http.post(f"{STAFF}/login", json={"username": username, "password": password})


def _audit(branch: Branch) -> list[AuditEntry]:
    """The sign-in lines of the audit log (a new branch also has its set-up lines: init and the
    first officer, written by the administration commands)."""
    with Session(branch.engine) as db:
        rows = db.exec(select(AuditEntry).order_by(AuditEntry.id)).all()  # type: ignore[arg-type]
    return [row for row in rows if row.action.startswith(("login", "logout"))]


def _expire_locks(branch: Branch) -> None:
    """Move every running lock into the past, as if its wait had gone by."""
    with Session(branch.engine) as db:
        for row in db.exec(select(SignInThrottle)).all():
            if row.locked_until is not None:
                row.locked_until = utcnow() - timedelta(seconds=1)
                db.add(row)
        db.commit()


def test_five_failures_lock_the_account_with_a_growing_wait(
    branch: Branch, server: ServerThread
) -> None:
    branch.add_officer("rina", GOOD, role="clerk")
    with httpx.Client(base_url=server.url, timeout=30) as http:
        for _ in range(4):
            assert _try(http, "rina", "salah").status_code == 401
        fifth = _try(http, "rina", "salah")
        assert fifth.status_code == 429
        error = fifth.json()["error"]
        assert error["code"] == "ACCOUNT_LOCKED"
        assert 55 <= error["retry_after"] <= 60 and int(fifth.headers["retry-after"]) >= 55
        assert "try again after" in error["message"] and error["locked_until"]
        right_but_locked = _try(http, "rina", GOOD)
        assert right_but_locked.status_code == 429
        assert right_but_locked.json()["error"]["code"] == "ACCOUNT_LOCKED"

        _expire_locks(branch)
        for _ in range(4):
            assert _try(http, "rina", "salah").status_code == 401
        second = _try(http, "rina", "salah").json()["error"]
        assert second["code"] == "ACCOUNT_LOCKED" and 290 <= second["retry_after"] <= 300

        _expire_locks(branch)
        assert _try(http, "rina", GOOD).status_code == 200  # the wait is over: she is in
        assert _try(http, "rina", "salah").status_code == 401  # and her counter started again

    lines = [(e.actor, e.action) for e in _audit(branch)]
    assert lines.count(("rina", "login_failed")) == 11
    assert lines.count(("rina", "login_locked")) == 1
    assert lines.count(("rina", "login")) == 1
    for entry in _audit(branch):
        assert "salah" not in entry.detail and GOOD not in entry.detail
        if entry.action.startswith("login_"):
            assert '"address": "127.0.0.1"' in entry.detail
    locked = [e for e in _audit(branch) if '"locked_until"' in e.detail]
    assert [e.action for e in locked] == ["login_failed", "login_locked", "login_failed"]


@pytest.mark.parametrize(
    "typed_nik",
    ["3201014508900001", "3201.0145.0890.0001", "32010145.08900001", "3201_0145_0890_0001"],
)
def test_unknown_names_lock_alike_and_a_typed_nik_is_masked(
    branch: Branch, server: ServerThread, typed_nik: str
) -> None:
    """A NIK typed as the user name, also in the groups people write it in (user names may
    hold dots), is kept masked in the audit log that supervisors read."""
    with httpx.Client(base_url=server.url, timeout=30) as http:
        answers = [_try(http, typed_nik, "x").status_code for _ in range(6)]
    assert answers == [401, 401, 401, 401, 429, 429]
    entries = _audit(branch)
    digits = typed_nik.replace(".", "").replace("_", "")
    for entry in entries:
        # A lock's end is a moment with microseconds, whose digits may read "0145" by chance
        # (.301452): it is checked to be only a moment, and the NIK's digits looked for in the rest.
        detail = json.loads(entry.detail)
        stamp = detail.pop("locked_until", None)
        assert stamp is None or datetime.fromisoformat(stamp).isoformat() == stamp, stamp
        text = entry.actor + entry.subject + json.dumps(detail)
        assert typed_nik not in text and digits not in text and "0145" not in text
    assert {e.actor for e in entries} == {"3201********0001"}


def test_one_address_trying_many_names_is_locked(branch: Branch, server: ServerThread) -> None:
    branch.add_officer("rina", GOOD, role="clerk")
    with httpx.Client(base_url=server.url, timeout=30) as http:
        statuses = [_try(http, f"tamu{n}", "x").status_code for n in range(FAILURES_PER_ADDRESS)]
        assert statuses[:-1] == [401] * (FAILURES_PER_ADDRESS - 1) and statuses[-1] == 429
        blocked = _try(http, "rina", GOOD)  # a right password from that address waits too
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "ACCOUNT_LOCKED"


@pytest.mark.slow
def test_unknown_and_known_names_take_the_same_time(branch: Branch, server: ServerThread) -> None:
    """Medians of several tries each, interleaved (a loaded machine slows both alike); a known
    name with a wrong password runs the real KDF, an unknown one must cost as much."""
    with Session(branch.engine) as db:
        for name in ("rina", "agus"):
            admin.add_officer(db, username=name, name=name, role="clerk", password=GOOD)
    known: list[float] = []
    unknown: list[float] = []
    with httpx.Client(base_url=server.url, timeout=60) as http:
        _try(http, "pemanasan", "x")  # warm-up: the dummy verifier is made once
        for n in range(8):
            for name, times in ((("rina", "agus")[n % 2], known), (f"tidakada{n}", unknown)):
                started = time.perf_counter()
                assert _try(http, name, "salah").status_code == 401
                times.append(time.perf_counter() - started)
    ratio = statistics.median(unknown) / statistics.median(known)
    assert 0.5 <= ratio <= 2.0, (statistics.median(unknown), statistics.median(known))


def test_a_session_dies_with_its_officers_revocation_and_stays_dead_after_a_new_password(
    branch: Branch, server: ServerThread
) -> None:
    """Revoking a clerk ends their sessions for good: re-adding them (the way a password is
    changed, or a clerk taken back) must not bring back a token issued before, which someone
    who watched the old session (or the clerk who was let go) still holds."""
    branch.add_officer("rina", GOOD, role="clerk")
    with httpx.Client(base_url=server.url, timeout=30) as http:
        token = _try(http, "rina", GOOD).json()["token"]
        old = {"Authorization": f"Bearer {token}"}
        assert http.get(f"{STAFF}/batches", headers=old).status_code == 200
        with Session(branch.engine) as db:
            admin.revoke_officer(db, username="rina")
        refused = http.get(f"{STAFF}/batches", headers=old)
        assert refused.status_code == 401
        assert refused.json()["error"]["code"] == "SESSION_INVALID"
        branch.add_officer("rina", "sandi-baru-rina", role="clerk")
        again = http.get(f"{STAFF}/batches", headers=old)
        assert again.status_code == 401, "a token from before the revocation came back to life"
        assert again.json()["error"]["code"] == "SESSION_INVALID"
        fresh = _try(http, "rina", "sandi-baru-rina")
        assert fresh.status_code == 200
        new = {"Authorization": f"Bearer {fresh.json()['token']}"}
        assert http.get(f"{STAFF}/batches", headers=new).status_code == 200


def test_the_address_is_the_connections_own_whatever_x_forwarded_for_says(
    branch: Branch,
) -> None:
    """The address a sign-in is counted and audited under is the peer of the connection: the
    branch takes no proxy headers (a proxy must pass TLS through), so a client on the server's
    own machine (uvicorn trusted loopback's `X-Forwarded-For` by default) cannot name another
    address for each try, slip past the address lock and write what it likes in the audit log."""
    branch.add_officer("rina", GOOD, role="clerk")
    with served_as_serve(branch.engine) as url, httpx.Client(base_url=url, timeout=30) as http:
        for n in range(FAILURES_PER_ADDRESS):
            answer = http.post(
                f"{STAFF}/login",
                json={"username": f"nobody{n}", "password": "salah"},
                headers={"X-Forwarded-For": f"10.9.8.{n + 1}"},
            )
            assert answer.status_code in (401, 429)
        locked = http.post(
            f"{STAFF}/login",
            json={"username": "rina", "password": GOOD},
            headers={"X-Forwarded-For": "10.9.9.9"},
        )
    assert locked.status_code == 429, "the address lock was slipped past with a forged header"
    addresses = {json.loads(row.detail)["address"] for row in _audit(branch)}
    assert addresses == {"127.0.0.1"}


def test_every_refused_sign_in_is_audited_with_its_code(
    branch: Branch, server: ServerThread
) -> None:
    """An officer with the right password at the staff workspace, a body that does not validate
    (a name with a space, an empty password, a NIK written with spaces), a wrong password and a
    locked name: each refusal is a line with its code, who (masked, or `-` when no name could be
    read) and the address; never the password or the NIK typed."""
    branch.add_officer("rina", GOOD, role="clerk")
    branch.add_officer("budi", "rahasia-budi", role="officer")
    typed_nik = "3201 0145 0890 0001"
    with httpx.Client(base_url=server.url, timeout=30) as http:
        officer = _try(http, "budi", "rahasia-budi")
        assert (officer.status_code, officer.json()["error"]["code"]) == (403, "ROLE_REFUSED")
        spaced = _try(http, "rina wati", GOOD)
        assert (spaced.status_code, spaced.json()["error"]["code"]) == (422, "REQUEST_INVALID")
        assert _try(http, typed_nik, "rahasia-nik").status_code == 422
        assert _try(http, "rina", "").status_code == 422
        made_up = http.post(
            f"{STAFF}/login", json={"username": "rina", "password": "x", typed_nik: 1}
        )
        assert made_up.status_code == 422
        assert _try(http, "rina", "salah").status_code == 401
    refused = [e for e in _audit(branch)]
    said = [(e.actor, e.action, json.loads(e.detail)) for e in refused]
    assert [(actor, action, detail["code"]) for actor, action, detail in said] == [
        ("budi", "login_refused", "ROLE_REFUSED"),
        ("-", "login_failed", "REQUEST_INVALID"),
        ("-", "login_failed", "REQUEST_INVALID"),
        ("-", "login_failed", "REQUEST_INVALID"),
        ("-", "login_failed", "REQUEST_INVALID"),
        ("rina", "login_failed", "LOGIN_FAILED"),
    ]
    assert said[0][2] == {"address": "127.0.0.1", "code": "ROLE_REFUSED", "role": "officer"}
    assert [detail.get("fields") for _, _, detail in said[1:5]] == [
        ["username"],
        ["username"],
        ["password"],
        ["other"],
    ]
    for entry in refused:
        text = entry.actor + entry.subject + entry.detail
        assert json.loads(entry.detail)["address"] == "127.0.0.1"
        for secret in ("rahasia", "salah", "0145", "rina wati"):
            assert secret not in text


def test_bodies_that_do_not_validate_lock_as_failures_do(
    branch: Branch, server: ServerThread
) -> None:
    """A client sending sign-ins the server cannot read is counted as one failing: locked after
    the same number of tries, and the lock is audited too."""
    too_deep = b"[" * 100_000 + b"]" * 100_000
    with httpx.Client(base_url=server.url, timeout=30) as http:
        unreadable = http.post(
            f"{STAFF}/login", content=too_deep, headers={"content-type": "application/json"}
        )
        answers = [_try(http, "no such name", "x").status_code for _ in range(5)]
    assert (unreadable.status_code, unreadable.json()["error"]["code"]) == (
        400, "REQUEST_UNREADABLE"
    )  # fmt: skip
    assert answers == [422, 422, 422, 429, 429]
    assert [e.action for e in _audit(branch)] == ["login_failed"] * 5 + ["login_locked"]
    codes = [json.loads(e.detail)["code"] for e in _audit(branch)]
    assert codes == ["REQUEST_UNREADABLE"] + ["REQUEST_INVALID"] * 4 + ["ACCOUNT_LOCKED"]


def test_parallel_sign_ins_are_counted_one_after_another(
    branch: Branch, server: ServerThread
) -> None:
    """Fifteen wrong passwords sent at the same moment: only four are checked and answered
    `LOGIN_FAILED`, the fifth starts the lock and the rest are locked out. Each sign-in used to
    look at the lock before its KDF and count its failure after: on PostgreSQL twelve of the
    fifteen were checked (twelve guesses where four are allowed), the lock started late."""
    with Session(branch.engine) as db:  # a KDF slow enough for the fifteen to overlap
        admin.add_officer(db, username="rina", name="Rina", role="clerk", password=GOOD,
                          params=KdfParams(time_cost=2, memory_kib=32 * 1024))  # fmt: skip
    start = threading.Barrier(15)

    def attempt() -> tuple[int, str]:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            start.wait()
            answer = _try(http, "rina", "salah")
        return answer.status_code, answer.json()["error"]["code"]

    with ThreadPoolExecutor(max_workers=15) as pool:
        answers = Counter(pool.map(lambda _: attempt(), range(15)))
    assert answers == {(401, "LOGIN_FAILED"): 4, (429, "ACCOUNT_LOCKED"): 11}
    checked = [e for e in _audit(branch) if e.action == "login_failed"]
    assert len(checked) == 5 and len(_audit(branch)) == 15  # the other ten: login_locked


def test_parallel_right_sign_ins_after_a_failure_all_succeed(
    branch: Branch, server: ServerThread
) -> None:
    """A clerk who mistyped once, then pressed Masuk on several windows at once: every sign-in
    waits for the one before it, and the first success clears the name's failures under
    those waiting; each then starts afresh, none is a server error."""
    with Session(branch.engine) as db:
        admin.add_officer(db, username="rina", name="Rina", role="clerk", password=GOOD,
                          params=KdfParams(time_cost=2, memory_kib=32 * 1024))  # fmt: skip
    with httpx.Client(base_url=server.url, timeout=60) as http:
        assert _try(http, "rina", "salah").status_code == 401
    start = threading.Barrier(6)

    def attempt() -> int:
        with httpx.Client(base_url=server.url, timeout=60) as http:
            start.wait()
            return _try(http, "rina", GOOD).status_code

    with ThreadPoolExecutor(max_workers=6) as pool:
        assert list(pool.map(lambda _: attempt(), range(6))) == [200] * 6


def test_a_password_being_checked_holds_up_no_other_work(
    branch: Branch, server: ServerThread, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slow password check ran inside the sign-in's transaction, which on SQLite had taken
    the branch's write lock: while it ran, every push, decision and other sign-in waited, and
    forty wrong passwords sent at once held the branch for their forty checks. The check now
    holds no lock: a write made while one is running (held running here) goes through."""
    with Session(branch.engine) as db:
        admin.add_officer(db, username="rina", name="Rina", role="clerk", password=GOOD)
    entered, release = threading.Event(), threading.Event()
    real_check = sign_in.check_verifier

    def held_check(verifier: str, password: str) -> bool:
        entered.set()
        release.wait(60)
        return real_check(verifier, password)

    monkeypatch.setattr(sign_in, "check_verifier", held_check)
    answers: list[int] = []

    def sign_in_rina() -> None:
        with httpx.Client(base_url=server.url, timeout=90) as http:
            answers.append(_try(http, "rina", "salah").status_code)

    def write() -> None:
        with Session(branch.engine) as db:
            admin.add_officer(db, username="tono", name="Tono", role="clerk", password=GOOD)
        written.set()

    written = threading.Event()
    signing_in = threading.Thread(target=sign_in_rina)
    signing_in.start()
    writing = threading.Thread(target=write)
    try:
        assert entered.wait(30)  # the sign-in is in its password check
        writing.start()
        went_through = written.wait(15)
    finally:
        release.set()
        signing_in.join(90)
        if writing.is_alive():
            writing.join(90)
    assert went_through, "a write waited for a sign-in's password check"
    assert answers == [401]
    assert [e.action for e in _audit(branch)] == ["login_failed"]


def test_an_ipv6_client_changing_its_host_part_is_still_one_address(branch: Branch) -> None:
    """An IPv6 host picks the last 64 bits of its address at will (privacy addresses, one per
    connection if it likes): counted address by address, every guess came from an address
    never seen and the address lock never started, so a client could try a few passwords on
    every name in the roster without end. Its /64 network is what it is counted under; the
    audit keeps the address each try came from. An IPv4 client seen through a dual-stack
    socket (`::ffff:a.b.c.d`) counts as that IPv4 address."""
    from bpu_enroll.branch.device.auth import Refusal
    from bpu_enroll.branch.workspace import staff

    branch.add_officer("rina", GOOD, role="clerk")

    def sign_in_from(address: str, username: str, password: str) -> str:
        with Session(branch.engine) as db:
            try:
                staff.login(db, username=username, password=password, address=address)
            except Refusal as refused:
                return refused.code
        return "OK"

    codes = [
        sign_in_from(f"2001:db8:0:7::{n + 1:x}", f"tamu{n}", "salah")
        for n in range(FAILURES_PER_ADDRESS)
    ]
    assert codes == ["LOGIN_FAILED"] * (FAILURES_PER_ADDRESS - 1) + ["ACCOUNT_LOCKED"]
    assert sign_in_from("2001:db8:0:7:a1b2:c3d4:e5f6:789", "rina", GOOD) == "ACCOUNT_LOCKED"
    assert sign_in_from("2001:db8:0:8::1", "rina", GOOD) == "OK"  # another network
    addresses = [json.loads(row.detail).get("address") for row in _audit(branch)]
    assert "2001:db8:0:7::14" in addresses and "2001:db8:0:7::1" in addresses

    for n in range(FAILURES_PER_ADDRESS):
        sign_in_from("10.1.2.3" if n % 2 else "::ffff:10.1.2.3", f"lain{n}", "salah")
    assert sign_in_from("10.1.2.3", "rina", GOOD) == "ACCOUNT_LOCKED"
