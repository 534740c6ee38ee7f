"""Running the branch API with uvicorn, over HTTP or HTTPS with the branch's own certificate.

`create_branch_app` is the whole branch application: the device API of `device.api.create_app`,
the laptop-report route, and the staff workspace routes (clerks and supervisors).
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
import tempfile
from pathlib import Path

import uvicorn
from cryptography.hazmat.primitives import serialization
from fastapi import FastAPI
from sqlalchemy import Engine
from sqlmodel import Session

from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.device.api import create_app
from bpu_enroll.branch.device.reports_api import reports_router
from bpu_enroll.branch.store.registry import ParticipantRegistry
from bpu_enroll.branch.workspace.api import workspace_router
from bpu_enroll.branch.workspace.supervisor_api import supervisor_router


def create_branch_app(engine: Engine, *, registry: ParticipantRegistry | None = None) -> FastAPI:
    """The branch API (`create_app`) with the report and supervisor routes mounted."""
    app = create_app(engine, registry=registry)
    app.include_router(workspace_router(app.state.participants))
    app.include_router(reports_router())
    app.include_router(supervisor_router())
    return app


def configure_logging() -> None:
    """Structured access lines on stderr (no personal data is ever logged by the API)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    for name in ("bpu_enroll.branch.access",):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.propagate = False


def serve(engine: Engine, *, host: str, port: int, tls: bool) -> int:
    """Serve until interrupted; with `tls`, the certificate made by `init`.

    Python's `ssl` loads a private key only from a file, so the key (kept sealed in the
    database) is written for the TLS stack encrypted under a one-time password that lives only
    in this process's memory, in a private (0700) folder that is removed as soon as the TLS
    context is loaded, before the server accepts its first connection: nothing is left behind,
    even when the process is killed."""
    with Session(engine) as session:
        cert_pem = branch_info(session).tls_cert_pem
        key_pem = branch_secrets(session).tls_key_pem if tls else ""
    configure_logging()
    app = create_branch_app(engine)
    with tempfile.TemporaryDirectory(prefix="bpu-branch-tls-") as folder:
        options = _tls_files(Path(folder), cert_pem, key_pem) if tls else {}
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            access_log=False,
            log_level="warning",
            timeout_graceful_shutdown=5,
            **options,  # type: ignore[arg-type]
        )
        config.load()  # reads the certificate and key into the SSL context now
    uvicorn.Server(config).run()
    return 0


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
