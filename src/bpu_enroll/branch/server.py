"""Running the branch API with uvicorn, over HTTP or HTTPS with the branch's own certificate.

`create_branch_app` is the whole branch application: the device API of `device.api.create_app`,
the laptop-report route, and the staff workspace routes (clerks and supervisors).
"""

from __future__ import annotations

import copy
import json
import logging
import os
import secrets
import sys
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from cryptography.hazmat.primitives import serialization
from fastapi import FastAPI
from sqlalchemy import Engine
from sqlmodel import Session

from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.connections import GuardedH11Protocol
from bpu_enroll.branch.deps import document_bodies
from bpu_enroll.branch.device.api import create_app
from bpu_enroll.branch.device.reports_api import reports_router
from bpu_enroll.branch.store import audit_chain, refusal_bound
from bpu_enroll.branch.store.registry import ParticipantRegistry
from bpu_enroll.branch.workers import Supervisor, default_workers, listening_socket
from bpu_enroll.branch.workspace.api import StaffLogin, workspace_router
from bpu_enroll.branch.workspace.supervisor_api import supervisor_router
from bpu_enroll.domain.errors import BpuError, message
from bpu_enroll.logs import RedactingFilter
from bpu_enroll.sync.address import is_loopback_host
from bpu_enroll.sync.protocol import SERVER_KEEP_ALIVE_SECONDS

# A stopping worker answers the requests in flight (a chunk being judged) for this long.
GRACEFUL_SECONDS = 8


def create_branch_app(engine: Engine, *, registry: ParticipantRegistry | None = None) -> FastAPI:
    """The branch API (`create_app`) with the report and supervisor routes mounted."""
    app = create_app(engine, registry=registry)
    app.include_router(workspace_router(app.state.participants))
    document_bodies(app, StaffLogin)  # its body is read by `workspace.api._login_body`
    app.include_router(reports_router())
    app.include_router(supervisor_router())
    return app


def configure_logging() -> None:
    """Structured access lines on stderr, and warnings of any other logger there too.

    The API never logs a body, a query string, a path as sent (a route's pattern, or
    `"(unknown)"`) or a device header that is not a device code (`guards.AccessLog`), nor a
    database error's text (`store.failures`); a line can still carry the text of another
    error (uvicorn's own): every handler masks NIK-like digit runs and phone numbers first, as
    the laptop's log does (`logs.RedactingFilter`), and writes an exception as its type and
    frames, never its message (`logs.safe_traceback`). An exception nothing caught, in any
    thread of the server, goes through that logging too instead of Python's own printing."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    for name in ("bpu_enroll.branch.access",):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.propagate = False
    root = logging.getLogger()
    if not any(isinstance(f, RedactingFilter) for h in root.handlers for f in h.filters):
        fallback = logging.StreamHandler(sys.stderr)
        fallback.setLevel(logging.WARNING)
        fallback.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        fallback.addFilter(RedactingFilter())
        root.addHandler(fallback)
    sys.excepthook = _uncaught
    threading.excepthook = _uncaught_in_thread


def _uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """`sys.excepthook` of the server: Python would print the exception's message."""
    if issubclass(exc_type, KeyboardInterrupt):
        return
    logging.getLogger("bpu_enroll.branch.crash").error(
        "uncaught exception", exc_info=(exc_type, exc, tb)
    )


def _uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    """`threading.excepthook` of the server, the same for a thread that died."""
    if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
        _uncaught(args.exc_type, args.exc_value, args.exc_traceback)


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's own logging (start-up lines, errors with their tracebacks) with every
    handler masking NIK-like numbers and phone numbers (see `configure_logging`)."""
    config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    config["filters"] = {"redact": {"()": RedactingFilter}}
    for handler in config["handlers"].values():
        handler["filters"] = ["redact"]
    return config


def require_tls_or_loopback(host: str, *, tls: bool) -> None:
    """Refuse (`TLS_REQUIRED`) plain HTTP on any address but loopback; no flag forces it."""
    if not tls and not is_loopback_host(host):
        raise BpuError("TLS_REQUIRED", host=host)


def server_config(app: FastAPI, *, host: str, port: int, **options: Any) -> uvicorn.Config:
    """uvicorn's settings for the branch: the guarded HTTP/1.1 protocol (slow heads and bodies
    dropped, connections per address capped: `connections`), a 5 s keep-alive
    (`SERVER_KEEP_ALIVE_SECONDS`, longer than the clients keep an idle connection), no uvicorn
    access log (the API writes its own), `options` for TLS.

    No proxy headers: a client's address is its connection's peer. uvicorn otherwise believes
    `X-Forwarded-For` from loopback (or from any address listed in `FORWARDED_ALLOW_IPS`), and
    a client on the server's own machine could then give each sign-in another address, slip
    past the address lock and write any address it likes into the audit log. A proxy in front
    of the branch passes TLS through (packaging/branch/README.md) and sends no such header.

    No `Server: uvicorn` header: it told any device on the LAN which server software (and so
    which published flaws) to try."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=GuardedH11Protocol,
        proxy_headers=False,
        server_header=False,
        timeout_keep_alive=SERVER_KEEP_ALIVE_SECONDS,
        access_log=False,
        log_level="warning",
        log_config=uvicorn_log_config(),
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
        **options,
    )


def check_audit_chain(engine: Engine, lang: str = "id") -> bool:
    """At start: walk the audit chain; a broken one is said on stderr (in `lang`) and recorded,
    and the server starts all the same. True when the chain holds."""
    with Session(engine) as session:
        report = audit_chain.check_at_start(session)
    if report.valid:
        logging.getLogger("bpu_enroll.branch.access").info(
            json.dumps({"audit_chain": "valid", "entries": report.entries})
        )
    else:
        sys.stderr.write(
            "AUDIT_BROKEN: " + message("AUDIT_BROKEN", lang, first_bad=report.first_bad) + "\n"
        )
    return report.valid


def serve(
    engine: Engine,
    *,
    host: str,
    port: int,
    tls: bool,
    workers: int | None = None,
    lang: str = "id",
) -> int:
    """Serve until SIGTERM or SIGINT with `workers` processes (`workers.Supervisor`; default
    `default_workers`: the cores on PostgreSQL, 1 on SQLite, which refuses more with
    `WORKERS_SQLITE`); with `tls`, the certificate made by `init`. What it says at start (a
    broken audit chain) is in `lang`.

    Plain HTTP only on loopback (`require_tls_or_loopback`, checked again here).
    Python's `ssl` loads a private key only from a file, so the key (kept sealed in the
    database) is written for the TLS stack encrypted under a one-time password that lives only
    in this process's memory, in a private (0700) folder that is removed as soon as the TLS
    context is loaded, before any worker is forked and before the first connection: nothing is
    left behind, even when the process is killed. Workers inherit the loaded context."""
    require_tls_or_loopback(host, tls=tls)
    count = check_workers(engine, workers)
    with Session(engine) as session:
        cert_pem = branch_info(session).tls_cert_pem
        key_pem = branch_secrets(session).tls_key_pem if tls else ""
    configure_logging()
    check_audit_chain(engine, lang)
    with Session(engine) as session:  # the summaries of refusals counted before a stop
        refusal_bound.close_windows(session)
    app = create_branch_app(engine)
    app.state.freeze_after_warm_up = True  # a process serving for good (see `device.api`)
    app.state.flush_refusals_every = refusal_bound.WINDOW.total_seconds()
    with tempfile.TemporaryDirectory(prefix="bpu-branch-tls-") as folder:
        options = _tls_files(Path(folder), cert_pem, key_pem) if tls else {}
        config = server_config(app, host=host, port=port, **options)
        config.load()  # reads the certificate and key into the SSL context now
    sock = listening_socket(config)
    return Supervisor(config, sock, engine, count).run()


def check_workers(engine: Engine, workers: int | None) -> int:
    """The number of workers to run: `workers`, or the default; more than one on SQLite is
    `WORKERS_SQLITE` (SQLite has one writer, and its file is locked per process)."""
    if workers is None:
        return default_workers(engine)
    if workers > 1 and engine.dialect.name == "sqlite":
        raise BpuError("WORKERS_SQLITE", workers=workers)
    return workers


def _tls_files(folder: Path, cert_pem: str, key_pem: str) -> dict[str, str]:
    """The certificate, and the key encrypted under a fresh password, for uvicorn's options."""
    password = secrets.token_urlsafe(32)
    key = serialization.load_pem_private_key(key_pem.encode("ascii"), password=None)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password.encode("ascii")),
    )
    cert = folder / "cert.pem"
    cert.write_text(cert_pem, encoding="ascii")
    key_file = folder / "key.pem"
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(encrypted)
    return {
        "ssl_certfile": str(cert),
        "ssl_keyfile": str(key_file),
        "ssl_keyfile_password": password,
    }
