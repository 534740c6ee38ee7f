"""What the branch gives away to a device on the LAN besides its answers: the server software in
a header, and answers holding workers' personal data that a cache in between may keep."""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from bpu_enroll.sync.protocol import (
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    b64,
    request_signing_bytes,
)
from tests.integration.helpers import Branch, Laptop, ServerThread, make_branch, today
from tests.integration.processes import ServeProcess

STAFF = "/api/v1/staff"


def _login(http: httpx.Client, username: str, password: str) -> dict[str, str]:
    answer = http.post(f"{STAFF}/login", json={"username": username, "password": password})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _signed(laptop: Laptop, method: str, path: str, body: bytes) -> dict[str, str]:
    timestamp, nonce = str(int(time.time())), secrets.token_hex(16)
    message = request_signing_bytes(method, path, timestamp, nonce, body)
    return {
        HEADER_DEVICE: laptop.device_code,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: b64(laptop.signing_key.sign(message).signature),
    }


@pytest.mark.slow
def test_no_answer_names_the_server_software(
    tmp_path: Path, serve_processes: list[ServeProcess]
) -> None:
    """A real `serve`: neither an answer nor a refusal (one of a route, of a middleware, of
    Starlette) says `Server: uvicorn`, which told a device on the LAN what to try."""
    url = f"sqlite:///{tmp_path / 'branch.db'}"
    make_branch(url).engine.dispose()
    server = ServeProcess(url, tmp_path / "serve.log").start()
    serve_processes.append(server)
    with httpx.Client(base_url=server.url, timeout=30) as http:
        answers = [
            http.get("/api/v1/health"),
            http.get("/api/v1/nothing-here"),
            http.post("/api/v1/batches", content=b"{}"),
            http.post("/api/v1/enrol", content=b"x" * (6 * 1024 * 1024)),
            http.get(f"{STAFF}/review"),
        ]
    assert [a.status_code for a in answers] == [200, 404, 401, 413, 401]
    for answer in answers:
        assert "server" not in answer.headers, (answer.request.url, answer.headers["server"])


def test_no_answer_may_be_kept_by_a_cache(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    """Every answer says `Cache-Control: no-store`: the review detail, a batch, the export zip,
    the tally and a laptop's pull hold NIKs, names and phones; refusals made before any route
    (no signature, a body too large) say it as well."""
    branch.add_officer("rina", "rahasia-rina", role="clerk")
    branch.add_officer("agus", "rahasia-agus", role="supervisor")
    first, second = laptop_factory(), laptop_factory()
    first.register(4301, full_name="Zulkarnain Wibisono")
    second.register(4301, full_name="Zulkarnain Wibisono")
    assert first.sync(server.url).completed and second.sync(server.url).completed
    with httpx.Client(base_url=server.url, timeout=30) as http:
        clerk = _login(http, "rina", "rahasia-rina")
        supervisor = _login(http, "agus", "rahasia-agus")
        queue = http.get(f"{STAFF}/review", headers=clerk).json()
        record_id = queue["items"][0]["id"]
        batches = http.get(f"{STAFF}/batches", headers=clerk).json()
        batch_id = batches["items"][0]["batch_id"]
        answers = {
            "review": http.get(f"{STAFF}/review/{record_id}", headers=clerk),
            "batch": http.get(f"{STAFF}/batches/{batch_id}", headers=clerk),
            "export": http.post(f"{STAFF}/export", headers=clerk),
            "tally": http.get(
                f"{STAFF}/tally",
                headers=supervisor,
                params={"date": today().isoformat(), "format": "pdf"},
            ),
            "unsigned": http.get("/api/v1/pull"),
            "too large": http.post("/api/v1/enrol", content=b"x" * (6 * 1024 * 1024)),
            "no route": http.get("/api/v1/nothing-here"),
        }
        answers["pull"] = http.get(
            "/api/v1/pull", headers=_signed(first, "GET", "/api/v1/pull", b"")
        )
    statuses = {name: answer.status_code for name, answer in answers.items()}
    assert statuses == {
        "review": 200, "batch": 200, "export": 200, "tally": 200, "unsigned": 401,
        "too large": 413, "no route": 404, "pull": 200,
    }  # fmt: skip
    for name, answer in answers.items():
        assert answer.headers.get("cache-control") == "no-store", name


def test_a_database_error_names_no_value_bound_to_it(
    branch: Branch, caplog: pytest.LogCaptureFixture
) -> None:
    """The text of a database error is what a traceback in the server's journal says: it names
    the statement, never the values bound to it (a record's JSON, a note, a name); nor does
    SQLAlchemy's own log when someone turns it on to look into a fault."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    nik, name = "3201010108904299", "Zulkarnain Wibisono"
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
    with branch.engine.connect() as connection, pytest.raises(DBAPIError) as raised:
        connection.execute(
            text("INSERT INTO branch_nothing (nik, name) VALUES (:nik, :name)"),
            {"nik": nik, "name": name},
        )
    said = f"{raised.value}\n{caplog.text}"
    assert "branch_nothing" in said
    assert nik not in said and name not in said, said
