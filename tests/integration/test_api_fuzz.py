"""Every route of the branch API tried as an attacker and a careless client would, on both back
ends: each answer is a coded refusal, and nothing stored changes.

The routes are those of `docs/openapi.json` (the test checks it lists every route the app
serves). For each: no authentication, forged, stale, replayed and overlong signatures, a device's
signature on a staff route and a staff token on a device route, an expired session, a revoked
member of staff, a clerk on a supervisor's route; for a route with a body, bodies empty,
truncated, not UTF-8, with duplicate keys, huge strings, wrong types, nested 5,000 deep, unknown
fields, negative and overflowing numbers, NaN, lone surrogates and NULs, under three content
types; every query and path parameter with a wrong type, out of range, a NUL, bytes that are not
UTF-8, overlong. Every answer must be a 4xx with a stable code of docs/CODES.md (which has the
message in Indonesian and English), never `SERVER_ERROR`, never a traceback, never the NIK or a
name that was sent or that the branch holds; the branch's data (records, batches, reviews,
exports, reports, devices, officers…) is the same after each route's cases as before; no audit
line holds a NIK or name sent. One server per back end serves every route (well under a minute a
back end); the cases are built from the schema, so a new route is tried too.

A laptop's tally whose figures have another shape than the branch reads (a list where counts go,
a number where receipt numbers go, NaN, words that are not words) but whose hash matches was a
500 at `POST /staff/reconciliation`, and, kept from a laptop's report, made that day's
reconciliation a 500 for the supervisor from then on: it is now refused at arrival (422)."""

from __future__ import annotations

import json
import secrets
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from nacl.signing import SigningKey
from sqlalchemy import text
from sqlmodel import Session

from bpu_enroll.branch.admin import roster as admin
from bpu_enroll.branch.server import create_branch_app
from bpu_enroll.branch.store.models import StaffSession
from bpu_enroll.branch.workspace.staff import token_hash
from bpu_enroll.documents.tally.figures import figures_hash
from bpu_enroll.domain.errors import ALL_CODES, message
from bpu_enroll.sync.protocol import (
    API_PREFIX,
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    b64,
    request_signing_bytes,
)
from tests.integration.helpers import (
    Branch,
    Laptop,
    ServerThread,
    audit_lines,
    enrol,
    make_branch,
    nik_for,
    registration,
)
from tests.integration.pg import PostgresServer, create_database

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs/openapi.json").read_text(encoding="utf-8"))
SUPERVISOR = ("agus", "rahasia-agus")
CLERK = ("rina", "rahasia-rina")
GONE = ("dewi", "rahasia-dewi")  # signed in, then revoked
LATE = ("joko", "rahasia-joko")  # signed in, then the session expired
NIK, _, _ = nik_for(77)
NAME = "SITI AMINAH NURHALIZA"
# What the branch keeps that a refusal must leave as it is (the audit, sign-in counts, nonces
# and refusal windows are what a refusal writes on purpose; sessions change at sign-in).
DATA_TABLES = (
    "branch_setting",
    "branch_info",
    "branch_counter",
    "branch_officer",
    "branch_device",
    "branch_enrol_code",
    "branch_batch",
    "branch_batch_entry",
    "branch_record",
    "branch_conflict",
    "branch_participant",
    "branch_sequence_gap",
    "branch_review",
    "branch_export",
    "branch_exported",
    "branch_reference_package",
    "branch_laptop_report",
    "branch_laptop_tally",
)
_DEEP = b"[" * 5000 + b"]" * 5000
BODIES: dict[str, bytes] = {
    "empty": b"",
    "truncated": b'{"username": "agus", "records": [{"id": ',
    "not_utf8": b'{"username": "\xff\xfe", "password": "\xc3\x28", "payload": "\xa0\xa1"}',
    "duplicate_keys": b'{"decision": "accept", "decision": "nonsense", "username": "agus", '
    b'"username": "agus", "password": "x", "password": "y"}',
    "huge_strings": json.dumps(
        {
            key: (NIK + NAME) * 4000
            for key in (
                "username",
                "password",
                "payload",
                "note",
                "code",
                "label",
                "device",
                "decision",
                "batch_id",
            )
        }
    ).encode(),
    "wrong_types": json.dumps(
        {
            "username": 1,
            "password": [NIK],
            "decision": {"a": NAME},
            "payload": None,
            "code": 5,
            "device": 7,
            "pending": "x",
            "tallies": 3,
            "records": {"id": NIK},
            "manifest": [],
            "date": True,
            "rows": "x",
            "totals": [],
            "hash": 1,
        }
    ).encode(),
    "nested": _DEEP,
    "nested_object": b'{"a":' * 3000 + b"1" + b"}" * 3000,
    "unknown_fields": json.dumps({"zzz": NIK, "is_admin": True, NAME: 1}).encode(),
    "numbers": b'{"pending": -1, "records": -99999999999999999999999999999, "cursor": 1e400, '
    b'"limit": 99999999999999999999999999999999999999999999}',
    "nan": b'{"pending": NaN, "generated_at": Infinity, "device": -Infinity}',
    "surrogates": b'{"username": "\\ud800", "password": "\\udfff", "payload": "\\ud800", '
    b'"note": "\\udc00", "code": "\\ud800\\ud800\\ud800\\ud800"}',
    "nul": b'{"username": "a\\u0000", "password": "\\u0000", "payload": "\\u0000", '
    b'"note": "\\u0000", "code": "\\u0000\\u0000\\u0000\\u0000", "label": "\\u0000"}',
    "array": b"[1, 2, 3]",
    "scalar": b'"' + NIK.encode() + b'"',
    "huge_number": b"1" + b"0" * 5000,
}
CONTENT_TYPES = ("application/json", "text/plain; charset=latin-1", None)
BAD_INTEGERS = ("abc", "-1", "99999999999999999999999", "1.5", "%00", "%ff%fe", NIK + "0" * 30)
BAD_TEXTS = ("%00", "%ff%fe", "zzz-" + NIK, "x" * 5000)
BAD_DATES = ("2026-13-45", "%00", "%ff", "99999-01-01", NIK)
BAD_BOOLEANS = ("maybe", "%00", "%ff", NIK)
BAD_PATHS = ("%00", "%ff%fe", NIK, "x" * 3000, "..%2F..%2Fetc%2Fpasswd")


@dataclass(frozen=True)
class Route:
    """One operation of the schema: method, path template, how it is authenticated, its body
    and its parameters."""

    method: str
    path: str
    auth: str  # "device", "staff" or "open"
    body: str | None  # the content type of its body, if it takes one
    query: dict[str, dict[str, Any]] = field(default_factory=dict)
    path_params: tuple[str, ...] = ()
    supervisor_only: bool = False

    @property
    def name(self) -> str:
        return f"{self.method} {self.path.removeprefix(API_PREFIX)}"


def _routes() -> list[Route]:
    supervisor_only = {
        "/staff/activity",
        "/staff/audit",
        "/staff/audit/chain",
        "/staff/devices",
        "/staff/devices/enrol-code",
        "/staff/devices/{device}/revoke",
        "/staff/reconciliation",
        "/staff/tally",
        "/staff/tally/printed",
    }
    routes = []
    for path, operations in SCHEMA["paths"].items():
        for method, operation in operations.items():
            parameters = operation.get("parameters", [])
            headers = {p["name"] for p in parameters if p["in"] == "header"}
            auth = "device" if "x-bpu-signature" in headers else "open"
            auth = "staff" if "authorization" in headers else auth
            content = operation.get("requestBody", {}).get("content", {})
            routes.append(
                Route(
                    method=method.upper(),
                    path=path,
                    auth=auth,
                    body=next(iter(content), None),
                    query={
                        p["name"]: p.get("schema", {}) for p in parameters if p["in"] == "query"
                    },
                    path_params=tuple(p["name"] for p in parameters if p["in"] == "path"),
                    supervisor_only=path.removeprefix(API_PREFIX) in supervisor_only,
                )
            )
    return routes


ROUTES = _routes()
# What a route needs in its query to be a request at all, so that the case under test is what
# is wrong with it.
REQUIRED_QUERY = {f"{API_PREFIX}/staff/reconciliation": {"date": "2026-01-05"}}


@dataclass
class Target:
    """A branch, its server, an enrolled laptop with one record sent, and staff tokens."""

    branch: Branch
    server: ServerThread
    laptop: Laptop
    tokens: dict[str, str]
    held: tuple[str, ...]  # the NIK and name of the worker the branch holds


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Target]:
    folder = tmp_path_factory.mktemp("fuzz")
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'branch.db'}"
    else:
        postgres: PostgresServer = request.getfixturevalue("postgres")
        url = create_database(postgres, f"fuzz_{secrets.token_hex(4)}")
    branch = make_branch(url)
    for who, role in (
        (SUPERVISOR, "supervisor"),
        (CLERK, "clerk"),
        (GONE, "clerk"),
        (LATE, "supervisor"),
    ):
        branch.add_officer(*who, role=role)
    server = ServerThread(create_branch_app(branch.engine)).start()
    laptop = enrol(branch, server.url, folder / "laptop")
    assert isinstance(laptop, Laptop)
    laptop.register(1)
    assert laptop.sync(server.url).completed
    sent = registration(1)
    held = (sent["nik"], sent["full_name"], sent["full_name"].upper())
    tokens = {}
    with httpx.Client(base_url=server.url, timeout=30) as http:
        for who in (SUPERVISOR, CLERK, GONE, LATE):
            answer = http.post(
                f"{API_PREFIX}/staff/login",
                json=dict(zip(("username", "password"), who, strict=True)),
            )
            assert answer.status_code == 200, answer.text
            tokens[who[0]] = answer.json()["token"]
    with Session(branch.engine) as db:
        admin.revoke_officer(db, username=GONE[0])
        late = db.get(StaffSession, token_hash(tokens[LATE[0]]))
        assert late is not None
        late.expires_at = datetime.now(UTC) - timedelta(minutes=1)
        db.add(late)
        db.commit()
    try:
        yield Target(branch, server, laptop, tokens, held)
    finally:
        server.stop()
        laptop.close()
        branch.engine.dispose()


def _signed(
    laptop: Laptop,
    method: str,
    path: str,
    body: bytes,
    *,
    key: SigningKey | None = None,
    stamp: int | None = None,
) -> dict[str, str]:
    timestamp = str(int(time.time()) if stamp is None else stamp)
    nonce = secrets.token_hex(16)
    signing = request_signing_bytes(method, path, timestamp, nonce, body)
    signature = (key or laptop.signing_key).sign(signing).signature
    return {
        HEADER_DEVICE: laptop.device_code,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: b64(signature),
    }


@dataclass(frozen=True)
class Case:
    label: str
    path: str  # with its query
    headers: dict[str, str | bytes]
    body: bytes | None = None
    again: bool = False  # sent twice, the same bytes: the second is the one judged


def _concrete(route: Route, values: dict[str, str] | None = None) -> str:
    """The route's path with each path parameter filled (a well-formed id by default)."""
    path = route.path
    for name in route.path_params:
        given = (values or {}).get(name)
        default = "JKT01-E00001" if name == "export_id" else str(uuid.uuid4())
        path = path.replace("{" + name + "}", given if given is not None else default)
    return path


def _with_query(path: str, query: dict[str, str]) -> str:
    return path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def _authorised(
    target: Target, route: Route, method: str, path: str, body: bytes
) -> dict[str, str]:
    """Headers that pass the route's authentication (a supervisor for staff routes)."""
    if route.auth == "device":
        return _signed(target.laptop, method, path, body)
    if route.auth == "staff":
        return {"Authorization": f"Bearer {target.tokens[SUPERVISOR[0]]}"}
    return {}


def _auth_cases(target: Target, route: Route) -> list[Case]:
    method, path = route.method, _with_query(_concrete(route), REQUIRED_QUERY.get(route.path, {}))
    body = b"{}" if route.body else b""
    laptop = target.laptop
    staff = {
        "none": {},
        "bearer_forged": {"Authorization": "Bearer " + secrets.token_urlsafe(32)},
        "basic": {"Authorization": "Basic YWd1czpyYWhhc2lhLWFndXM="},
        "overlong": {"Authorization": "Bearer " + "a" * 5000},
        "not_ascii": {"Authorization": "Bearer \xe9\xff".encode("latin-1")},
        "nik_as_token": {"Authorization": f"Bearer {NIK}"},
        "expired_session": {"Authorization": f"Bearer {target.tokens[LATE[0]]}"},
        "revoked_staff": {"Authorization": f"Bearer {target.tokens[GONE[0]]}"},
        "device_signature": _signed(laptop, method, path, body),
    }
    device = {
        "none": {},
        "staff_token": {"Authorization": f"Bearer {target.tokens[SUPERVISOR[0]]}"},
        "forged_key": _signed(laptop, method, path, body, key=SigningKey.generate()),
        "stale": _signed(laptop, method, path, body, stamp=int(time.time()) - 86_400),
        "future": _signed(laptop, method, path, body, stamp=10**19),
        "garbage": {
            HEADER_DEVICE: laptop.device_code,
            HEADER_TIMESTAMP: "abc",
            HEADER_NONCE: "n",
            HEADER_SIGNATURE: "!!!",
        },
        "overlong": {
            HEADER_DEVICE: "D" * 500,
            HEADER_TIMESTAMP: "1" * 500,
            HEADER_NONCE: "n" * 500,
            HEADER_SIGNATURE: "A" * 500,
        },
        "not_ascii": {
            HEADER_DEVICE: "\xff\xfe".encode("latin-1"),
            HEADER_TIMESTAMP: "1",
            HEADER_NONCE: "n",
            HEADER_SIGNATURE: "A",
        },
        "unknown_device": {**_signed(laptop, method, path, body), HEADER_DEVICE: "D9999"},
        "nik_as_device": {**_signed(laptop, method, path, body), HEADER_DEVICE: NIK},
        "other_path": _signed(laptop, method, path + "x", body),
    }
    cases = [
        Case(f"auth:{k}", path, h, body or None)
        for k, h in (
            staff if route.auth == "staff" else device if route.auth == "device" else {}
        ).items()
    ]
    if route.auth == "device":  # the same signed bytes again: the nonce was seen
        cases.append(
            Case(
                "auth:replayed", path, _signed(laptop, method, path, body), body or None, again=True
            )
        )
    if route.supervisor_only:
        clerk = {"Authorization": f"Bearer {target.tokens[CLERK[0]]}"}
        cases.append(Case("auth:clerk_role", path, clerk, body or None))
    return cases


def _body_cases(target: Target, route: Route) -> list[Case]:
    if route.body is None:
        return []
    path = _concrete(route)
    cases = []
    for name, body in BODIES.items():
        for content_type in CONTENT_TYPES:
            if route.body != "application/json" and content_type is not None:
                continue  # a file upload: its bytes are what is wrong
            headers: dict[str, str | bytes] = dict(
                _authorised(target, route, route.method, path, body)
            )
            if content_type:
                headers["content-type"] = content_type
            cases.append(Case(f"body:{name}:{content_type}", path, headers, body))
    return cases


def _bad_values(schema: dict[str, Any]) -> tuple[str, ...]:
    kinds = {s.get("type") for s in schema.get("anyOf", [schema])}
    formats = {s.get("format") for s in schema.get("anyOf", [schema])}
    if "date" in formats:
        return BAD_DATES
    if "integer" in kinds:
        return BAD_INTEGERS
    if "boolean" in kinds:
        return BAD_BOOLEANS
    return BAD_TEXTS


def _parameter_cases(target: Target, route: Route) -> list[Case]:
    cases = []
    body = b"{}" if route.body == "application/json" else b"" if route.body is None else b"x"
    required = REQUIRED_QUERY.get(route.path, {})
    for name, schema in route.query.items():
        for value in _bad_values(schema):
            path = _with_query(_concrete(route), {**required, name: value})
            headers = _authorised(target, route, route.method, path, body)
            cases.append(Case(f"query:{name}={value[:12]}", path, headers, body or None))
    for name in route.path_params:
        for value in BAD_PATHS:
            path = _with_query(_concrete(route, {name: value}), required)
            headers = _authorised(target, route, route.method, path, body)
            cases.append(Case(f"path:{name}={value[:12]}", path, headers, body or None))
    return cases


def _snapshot(branch: Branch) -> dict[str, list[tuple[str, ...]]]:
    """Every row of `DATA_TABLES`, but when a laptop was last seen: the replay case sends a
    request the branch accepts first (a pull), and that moves it."""
    kept: dict[str, list[tuple[str, ...]]] = {}
    with Session(branch.engine) as db:
        for table in DATA_TABLES:
            rows = db.execute(text(f"SELECT * FROM {table}")).mappings().all()
            kept[table] = sorted(
                tuple(f"{k}={v}" for k, v in row.items() if k != "last_seen_at") for row in rows
            )
    return kept


def _judge(case: Case, answer: httpx.Response, secrets_seen: tuple[str, ...]) -> str | None:
    """What is wrong with the answer to `case`, or None."""
    if not 400 <= answer.status_code < 500:
        return f"{case.label}: {answer.status_code} {answer.text[:120]}"
    try:
        code = answer.json()["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return f"{case.label}: {answer.status_code} without a code: {answer.text[:120]}"
    if code not in ALL_CODES or message(code, "id") == message(code, "en"):
        return f"{case.label}: {code} is not a code of docs/CODES.md in both languages"
    shown = answer.text
    leaked = [s for s in (*secrets_seen, "Traceback", 'File "') if s and s in shown]
    if leaked:
        return f"{case.label}: the answer shows {leaked}"
    return None


def test_the_schema_lists_every_route_the_branch_serves(target: Target) -> None:
    """The cases are built from docs/openapi.json: it must be the app's own, every route."""
    paths = target.server.app.openapi()["paths"]
    served = {(method.upper(), path) for path, ops in paths.items() for method in ops}
    assert served == {(r.method, r.path) for r in ROUTES}
    assert len(ROUTES) == 34


@pytest.mark.parametrize("route", ROUTES, ids=lambda route: route.name)
def test_every_malformed_request_is_a_coded_refusal_that_changes_nothing(
    target: Target, route: Route
) -> None:
    cases = (
        _auth_cases(target, route) + _body_cases(target, route) + _parameter_cases(target, route)
    )
    if route.auth == "open" and route.body is None:  # the health check: nothing to get wrong
        assert cases == []
        return
    before = _snapshot(target.branch)
    faults = []
    seen = (NIK, NAME, *target.held)
    with httpx.Client(base_url=target.server.url, timeout=30) as http:
        for case in cases:
            url = target.server.url + case.path  # as sent: percent-escapes are the client's
            request = http.build_request(route.method, url, content=case.body, headers=case.headers)
            try:
                answer = http.send(request)
                if case.again:
                    answer = http.send(
                        http.build_request(
                            route.method, url, content=case.body, headers=case.headers
                        )
                    )
                    if answer.status_code < 500:
                        assert answer.json()["error"]["code"] == "NONCE_REPLAYED", case.label
            except httpx.HTTPError as exc:  # the server dropped the connection: a crash
                faults.append(f"{case.label}: {type(exc).__name__}")
                continue
            fault = _judge(case, answer, seen)
            if fault:
                faults.append(fault)
    assert faults == []
    assert _snapshot(target.branch) == before
    written = json.dumps(audit_lines(target.branch), ensure_ascii=False)
    assert all(s not in written for s in seen)


def _tally(device: str, **changes: Any) -> dict[str, Any]:
    """A laptop's tally document of 5 January 2026 with `changes`, its hash consistent."""
    document: dict[str, Any] = {
        "branch": {"code": "JKT01"},
        "device": device,
        "date": "2026-01-05",
        "zone": "WIB",
        "rows": [],
        "totals": {},
    }
    document.update(changes)
    document["hash"] = figures_hash(document)
    return document


UNREADABLE_TALLIES = {
    "counts_a_list": {"totals": {"by_status": [1]}},
    "count_a_word": {"totals": {"by_status": {"final": "banyak"}}},
    "count_a_truth": {"totals": {"by_status": {"final": True}}},
    "voided_a_number": {"totals": {"voided_receipts": 5}},
    "officer_a_list": {"rows": [{"officer": ["siti"], "work_location": "Pasar"}]},
    "receipt_a_number": {"rows": [{"officer": "siti", "first_receipt": 12}]},
    "labels_a_word": {"labels": "siti"},
    "names_a_list": {"labels": {"officers": ["Siti"]}},
    "not_a_number": {"totals": {"records": float("nan")}},
}


@pytest.mark.parametrize("shape", UNREADABLE_TALLIES, ids=str)
def test_a_tally_whose_figures_the_branch_cannot_read_is_refused_not_a_500(
    target: Target, shape: str
) -> None:
    """Uploaded by the supervisor, or in a laptop's signed report: 422, nothing kept, and that
    day's reconciliation still answers."""
    laptop = target.laptop
    document = _tally(laptop.device_code, **UNREADABLE_TALLIES[shape])
    supervisor = {"Authorization": f"Bearer {target.tokens[SUPERVISOR[0]]}"}
    report = {
        "device": laptop.device_code,
        "generated_at": datetime.now(UTC).isoformat(),
        "pending": 0,
        "tallies": [document],
    }
    body = json.dumps(report).encode()  # NaN as Python writes it: the laptop's own json
    before = _snapshot(target.branch)
    with httpx.Client(base_url=target.server.url, timeout=30) as http:
        uploaded = http.post(
            f"{API_PREFIX}/staff/reconciliation",
            content=json.dumps(document),
            headers={**supervisor, "content-type": "application/json"},
        )
        path = f"{API_PREFIX}/reports"
        headers = {**_signed(laptop, "POST", path, body), "content-type": "application/json"}
        reported = http.post(path, content=body, headers=headers)
        day = http.get(
            f"{API_PREFIX}/staff/reconciliation", params={"date": "2026-01-05"}, headers=supervisor
        )
    assert (uploaded.status_code, uploaded.json()["error"]["code"]) == (422, "REQUEST_INVALID")
    assert (reported.status_code, reported.json()["error"]["code"]) == (422, "REQUEST_INVALID")
    assert day.status_code == 200, day.text
    assert _snapshot(target.branch) == before
