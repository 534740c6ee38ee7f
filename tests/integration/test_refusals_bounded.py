"""Refusals nobody signs in for are audited line by line only within a bound: 200 bad requests
from one address (a forged signature of a known laptop, a wrong enrolment code, the laptop
revoked) and a locked sign-in knocked at again are each still refused with their own code, but
only `refusal_bound.LIMIT` of them are audit lines; when the window has ended, the next refusal
first writes one `refusals_suppressed` line per key saying how many were not written, and the
chain verifies."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from nacl.signing import SigningKey
from sqlmodel import Session, select

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.branch.store import audit_chain, refusal_bound
from bpu_enroll.branch.store.models import RefusalWindow
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    signed_enrolment,
    signed_headers,
)
from tests.integration.processes import ServeProcess

PULL = "/api/v1/pull"


def test_a_flood_of_refusals_writes_a_bounded_audit(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    laptop = laptop_factory()
    device = laptop.device_code
    before = len(audit_lines(branch))
    enrol = signed_enrolment(server.url)
    codes: Counter[tuple[int, str]] = Counter()
    with httpx.Client(base_url=server.url, timeout=30) as http:
        for _ in range(100):
            answer = http.get(
                PULL, headers=signed_headers(device, SigningKey.generate(), "GET", PULL)
            )
            codes[answer.status_code, answer.json()["error"]["code"]] += 1
        for _ in range(50):
            answer = http.post("/api/v1/enrol", json=enrol)
            codes[answer.status_code, answer.json()["error"]["code"]] += 1
        with Session(branch.engine) as db:
            admin.revoke_device(db, code=device)
        for _ in range(50):
            answer = http.get(PULL, headers=signed_headers(device, laptop.signing_key, "GET", PULL))
            codes[answer.status_code, answer.json()["error"]["code"]] += 1
        wrong = {"username": "nobody", "password": "salah-sekali"}
        for _ in range(15):  # 5 failures lock the name; 10 more knock at the lock
            answer = http.post("/api/v1/staff/login", json=wrong)
            codes[answer.status_code, answer.json()["error"]["code"]] += 1
    assert codes == {
        (401, "SIGNATURE_INVALID"): 100, (403, "ENROL_CODE_INVALID"): 50,
        (403, "DEVICE_REVOKED"): 50, (401, "LOGIN_FAILED"): 4, (429, "ACCOUNT_LOCKED"): 11,
    }  # fmt: skip
    written = Counter(line["action"] for line in audit_lines(branch)[before:])
    revoked = 1  # the admin's own `device_revoked` line
    assert written == {
        "device_refused": refusal_bound.LIMIT, "device_revoked": revoked, "login_failed": 5,
    }  # fmt: skip

    with Session(branch.engine) as db:  # the window ends (as a minute later)
        for row in db.exec(select(RefusalWindow)).all():
            row.window_start -= refusal_bound.WINDOW + timedelta(seconds=1)
            db.add(row)
        db.commit()
    with httpx.Client(base_url=server.url, timeout=30) as http:
        again = http.get(PULL, headers=signed_headers(device, laptop.signing_key, "GET", PULL))
    assert again.json()["error"]["code"] == "DEVICE_REVOKED"

    lines = audit_lines(branch)
    summaries = [
        (line["subject"], line["detail"]["suppressed"], line["detail"]["audited"])
        for line in lines
        if line["action"] == refusal_bound.ACTION
    ]
    assert summaries == [
        ("addr:127.0.0.1", 190, 20), (refusal_bound.ALL, 190, 20), (f"device:{device}", 130, 20)
    ]  # fmt: skip
    assert lines[-1]["action"] == "device_refused"  # the new window audits again
    assert lines[-1]["detail"]["code"] == "DEVICE_REVOKED"
    with Session(branch.engine) as db:
        assert audit_chain.verify_chain(db).valid


@pytest.mark.postgres
def test_the_bound_holds_across_worker_processes_on_postgresql(
    pg_branch: Branch, serve_processes: list[ServeProcess], tmp_path: Path
) -> None:
    """Three `serve` workers on one PostgreSQL share one bound (its counts are in the database):
    120 wrong enrolment codes sent at once on fresh connections, spread over the workers, are
    all refused and write `LIMIT` audit lines, not `LIMIT` per worker."""
    server = ServeProcess(pg_branch.db_url, tmp_path / "serve.log", workers=3).start()
    serve_processes.append(server)
    before = len(audit_lines(pg_branch))
    enrol = signed_enrolment(server.url)

    def knock(_: int) -> tuple[int, str]:
        answer = httpx.post(f"{server.url}/api/v1/enrol", json=enrol, timeout=60)
        return answer.status_code, str(answer.json()["error"]["code"])

    with ThreadPoolExecutor(max_workers=12) as pool:
        codes = Counter(pool.map(knock, range(120)))
    assert codes == {(403, "ENROL_CODE_INVALID"): 120}
    written = Counter(line["action"] for line in audit_lines(pg_branch)[before:])
    assert written == {"device_refused": refusal_bound.LIMIT}
    with Session(pg_branch.engine) as db:
        rows = {row.key: (row.audited, row.suppressed) for row in db.exec(select(RefusalWindow))}
        assert rows["addr:127.0.0.1"] == (refusal_bound.LIMIT, 120 - refusal_bound.LIMIT)
        assert audit_chain.verify_chain(db).valid


def _end_windows(branch: Branch) -> None:
    """Every open window of the bound ends (as a minute later)."""
    with Session(branch.engine) as db:
        for row in db.exec(select(RefusalWindow)).all():
            row.window_start -= refusal_bound.WINDOW + timedelta(seconds=1)
            db.add(row)
        db.commit()


def _summaries(branch: Branch) -> list[tuple[str, int, int]]:
    return [
        (line["subject"], line["detail"]["suppressed"], line["detail"]["audited"])
        for line in audit_lines(branch)
        if line["action"] == refusal_bound.ACTION
    ]


def test_a_refusal_beyond_the_total_is_counted_in_its_own_addresss_summary_too(
    branch: Branch, server: ServerThread
) -> None:
    """Six addresses each under their own bound, 114 refusals in all: the first
    `TOTAL_LIMIT` are written, the last 14 (all from the sixth address) are not. The total's
    summary said 14; the sixth address's said nothing, so the audit could not tell where they
    came from. Its summary now says them too (and its audited 5), and the chain verifies."""
    enrol = signed_enrolment(server.url)
    before = len(audit_lines(branch))
    addresses = [f"127.0.0.{n}" for n in range(2, 8)]
    for address in addresses:
        transport = httpx.HTTPTransport(local_address=address)
        with httpx.Client(base_url=server.url, timeout=30, transport=transport) as http:
            for _ in range(refusal_bound.LIMIT - 1):
                answer = http.post("/api/v1/enrol", json=enrol)
                assert answer.json()["error"]["code"] == "ENROL_CODE_INVALID"
    assert len(audit_lines(branch)[before:]) == refusal_bound.TOTAL_LIMIT
    _end_windows(branch)
    with Session(branch.engine) as db:
        assert refusal_bound.close_windows(db) == 2
        assert audit_chain.verify_chain(db).valid
    last = addresses[-1]
    assert _summaries(branch) == [
        (refusal_bound.ALL, 14, refusal_bound.TOTAL_LIMIT), (f"addr:{last}", 14, 5)
    ]  # fmt: skip


def test_a_quiet_server_writes_the_summaries_of_an_ended_window_by_itself(
    branch: Branch,
) -> None:
    """A flood, then silence: the summaries of its window were written only by the next bounded
    refusal or at the next start. The server now flushes them by itself every so often
    (`server.serve`: once a minute; here every tenth of a second), with no request at all."""
    app = create_branch_app(branch.engine)
    app.state.flush_refusals_every = 0.1
    server = ServerThread(app).start()
    try:
        enrol = signed_enrolment(server.url)
        with httpx.Client(base_url=server.url, timeout=30) as http:
            for _ in range(refusal_bound.LIMIT + 5):
                http.post("/api/v1/enrol", json=enrol)
        _end_windows(branch)
        deadline = time.monotonic() + 10
        while not _summaries(branch) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _summaries(branch) == [
            ("addr:127.0.0.1", 5, refusal_bound.LIMIT), (refusal_bound.ALL, 5, refusal_bound.LIMIT)
        ]  # fmt: skip
        time.sleep(0.5)  # later turns find nothing more to write
        assert len(_summaries(branch)) == 2
        with Session(branch.engine) as db:
            assert db.exec(select(RefusalWindow)).all() == []
            assert audit_chain.verify_chain(db).valid
    finally:
        server.stop()


def test_workers_flushing_at_once_write_each_summary_once(branch: Branch) -> None:
    """Every worker runs the flush: eight at once over one ended window (on PostgreSQL, as
    several worker processes on one database) write its summaries once, under the chain's lock."""
    with Session(branch.engine) as db:
        for _ in range(refusal_bound.LIMIT + 3):
            if refusal_bound.admit(db, address="10.1.2.3", device="LAPTOP-9"):
                line = audit_chain.Line("device:LAPTOP-9", "device_refused", "-", {})
                audit_chain.append_many(db, [line])
            db.commit()
    _end_windows(branch)
    together = threading.Barrier(8)

    def flush(_: int) -> int:
        together.wait()
        return refusal_bound.flush_due(branch.engine)

    with ThreadPoolExecutor(max_workers=8) as pool:
        written = list(pool.map(flush, range(8)))
    assert sorted(written) == [0] * 7 + [3]
    assert _summaries(branch) == [
        ("addr:10.1.2.3", 3, refusal_bound.LIMIT), (refusal_bound.ALL, 3, refusal_bound.LIMIT),
        ("device:LAPTOP-9", 3, refusal_bound.LIMIT),
    ]  # fmt: skip
    with Session(branch.engine) as db:
        assert audit_chain.verify_chain(db).valid


def test_a_clerk_calling_a_supervisors_page_in_a_loop_writes_a_bounded_audit(
    branch: Branch, server: ServerThread
) -> None:
    """A signed-in clerk asking for the audit page 60 times in a minute: each is refused
    `ROLE_REFUSED`, but only the first `LIMIT` are `role_refused` lines (every one was, and a
    clerk could fill the audit chain). Another clerk at another address is not held by her
    bound. The window over, one summary for her user name and one for her address say the 40
    not written, the next refusal is written in full again, and the chain verifies."""
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    branch.add_officer("wati", "rahasia-wati", role="clerk")
    before = len(audit_lines(branch))
    codes: Counter[tuple[int, str]] = Counter()

    def refused(address: str, who: tuple[str, str], times: int) -> None:
        transport = httpx.HTTPTransport(local_address=address)
        with httpx.Client(base_url=server.url, timeout=30, transport=transport) as http:
            login = http.post(
                "/api/v1/staff/login", json=dict(zip(("username", "password"), who, strict=True))
            )
            headers = {"Authorization": f"Bearer {login.json()['token']}"}
            for _ in range(times):
                answer = http.get("/api/v1/staff/audit", headers=headers)
                codes[answer.status_code, answer.json()["error"]["code"]] += 1

    refused("127.0.0.1", ("rina", "rahasia-rina"), 60)
    refused("127.0.0.2", ("wati", "rahasia-wati"), 5)
    assert codes == {(403, "ROLE_REFUSED"): 65}
    written = Counter((line["action"], line["subject"]) for line in audit_lines(branch)[before:])
    assert written == {
        ("login", "rina"): 1, ("login", "wati"): 1,
        ("role_refused", "rina"): refusal_bound.LIMIT, ("role_refused", "wati"): 5,
    }  # fmt: skip

    _end_windows(branch)
    refused("127.0.0.1", ("rina", "rahasia-rina"), 1)
    assert _summaries(branch) == [
        ("addr:127.0.0.1", 40, refusal_bound.LIMIT), (refusal_bound.ALL, 40, 25),
        ("user:rina", 40, refusal_bound.LIMIT),
    ]  # fmt: skip
    last = audit_lines(branch)[-1]
    assert (last["action"], last["subject"], last["detail"]["role"]) == (
        "role_refused", "rina", "clerk",
    )  # fmt: skip
    with Session(branch.engine) as db:
        assert audit_chain.verify_chain(db).valid


def test_the_total_summary_counts_refusals_held_back_only_by_an_address_or_device_bound(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """25 wrong enrolment codes from one address (5 held back by the address bound), then a
    revoked laptop knocking 15 times from each of two addresses (10 held back by the laptop's
    bound only): 15 refusals not written, far below the total. The `all` summary said none of
    them (it counted only refusals beyond the total); it says all 15 now."""
    laptop = laptop_factory()
    device = laptop.device_code
    with Session(branch.engine) as db:
        admin.revoke_device(db, code=device)
    enrol = signed_enrolment(server.url)
    transport = httpx.HTTPTransport(local_address="127.0.0.2")
    with httpx.Client(base_url=server.url, timeout=30, transport=transport) as http:
        for _ in range(refusal_bound.LIMIT + 5):
            answer = http.post("/api/v1/enrol", json=enrol)
            assert answer.json()["error"]["code"] == "ENROL_CODE_INVALID"
    for address in ("127.0.0.3", "127.0.0.4"):
        transport = httpx.HTTPTransport(local_address=address)
        with httpx.Client(base_url=server.url, timeout=30, transport=transport) as http:
            for _ in range(15):
                headers = signed_headers(device, laptop.signing_key, "GET", PULL)
                answer = http.get(PULL, headers=headers)
                assert answer.json()["error"]["code"] == "DEVICE_REVOKED"
    _end_windows(branch)
    with Session(branch.engine) as db:
        refusal_bound.close_windows(db)
        assert audit_chain.verify_chain(db).valid
    summaries = {subject: (suppressed, audited) for subject, suppressed, audited in
                 _summaries(branch)}  # fmt: skip
    assert summaries == {
        "addr:127.0.0.2": (5, refusal_bound.LIMIT), "addr:127.0.0.4": (10, 5),
        f"device:{device}": (10, refusal_bound.LIMIT), refusal_bound.ALL: (15, 40),
    }  # fmt: skip


def test_a_summary_subject_longer_than_its_column_is_cut_with_an_ellipsis_and_said_whole(
    branch: Branch,
) -> None:
    """A member of staff's user name may be 64 characters; its key `user:<name>` is 69. The
    summary's subject was cut at 64 without a sign, so the audit named another user; it is cut
    with an ellipsis now, and the detail says the key whole. A short key is left as it is."""
    name = "petugas." + "x" * 56
    assert len(name) == 64
    with Session(branch.engine) as db:
        for _ in range(refusal_bound.LIMIT + 3):
            refusal_bound.admit(db, address="127.0.0.9", user=name)
            db.commit()
    _end_windows(branch)
    with Session(branch.engine) as db:
        assert refusal_bound.close_windows(db) == 3
        assert audit_chain.verify_chain(db).valid
    lines = [line for line in audit_lines(branch) if line["action"] == refusal_bound.ACTION]
    by_key = {line["detail"].get("key", line["subject"]): line for line in lines}
    long = by_key[f"user:{name}"]
    assert long["subject"] == f"user:{name}"[:63] + "…" and len(long["subject"]) == 64
    assert long["detail"]["suppressed"] == 3
    short = by_key["addr:127.0.0.9"]
    assert short["subject"] == "addr:127.0.0.9" and "key" not in short["detail"]


def test_a_window_key_longer_than_its_column_is_cut_with_an_ellipsis(branch: Branch) -> None:
    """A window's key was cut at its 80 characters without a sign, and its summary then named
    it as if whole; it is cut with an ellipsis now, so the summary shows it was cut."""
    address = "fe80::" + "1" * 90
    with Session(branch.engine) as db:
        for _ in range(refusal_bound.LIMIT + 2):
            refusal_bound.admit(db, address=address)
            db.commit()
    _end_windows(branch)
    with Session(branch.engine) as db:
        assert refusal_bound.close_windows(db) == 2
        assert audit_chain.verify_chain(db).valid
    lines = [line for line in audit_lines(branch) if line["action"] == refusal_bound.ACTION]
    long = next(line for line in lines if line["subject"].startswith("addr:"))
    key = f"addr:{address}"[:79] + "…"
    assert long["detail"]["key"] == key and long["detail"]["suppressed"] == 2
    assert long["subject"] == key[:63] + "…"
