"""Only a busy database is `BUSY`: any other database failure of the branch (here a table gone
missing, an `OperationalError` on SQLite and a `ProgrammingError` on PostgreSQL) is answered
500 `SERVER_ERROR`, without a traceback or the statement, and logged by its kinds alone."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from sqlalchemy import text

from tests.integration.helpers import Branch, ServerThread


def test_a_missing_table_is_a_server_error_not_busy(
    branch: Branch, server: ServerThread, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    with branch.engine.begin() as conn:
        conn.execute(text("ALTER TABLE branch_info RENAME TO branch_info_gone"))
    try:
        answer = httpx.get(f"{server.url}/api/v1/health?name=Siti", timeout=30)
    finally:
        with branch.engine.begin() as conn:
            conn.execute(text("ALTER TABLE branch_info_gone RENAME TO branch_info"))
    assert answer.status_code == 500
    assert answer.json() == {
        "error": {"code": "SERVER_ERROR", "message": "the branch server failed; see its log"}
    }
    assert "retry-after" not in answer.headers
    server_side = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    written = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in server_side)
    for unwanted in ("Traceback", "SELECT", "branch_info", "Siti"):
        assert unwanted not in written, written
    failed = [json.loads(r.getMessage()) for r in server_side if "db_error" in r.getMessage()]
    assert [(f["code"], f["route"]) for f in failed] == [("SERVER_ERROR", "/api/v1/health")]
    assert httpx.get(f"{server.url}/api/v1/health", timeout=30).status_code == 200
