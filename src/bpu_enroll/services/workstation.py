"""The branch workstation profile: a computer at the branch office where clerks and supervisors
work online against the branch server.

A workstation holds no participant data and no keys: only the server's address, the pinned
certificate (for https) and the branch's identity, in `workstation.json` in the profile folder.
`setup_workstation` pins the certificate by its fingerprint (as laptop enrolment does), asks the
server's health endpoint who it is, and writes the file. Plain http is accepted only for a server
on this computer (loopback), for tests and demos.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.files import write_private_file
from bpu_enroll.sync.address import require_secure_address, server_url_of

if TYPE_CHECKING:
    from bpu_enroll.sync.staff_client import StaffClient

WORKSTATION_FILE = "workstation.json"
KIND = "bpu-branch-workstation"
VERSION = 1


@dataclass(frozen=True, slots=True)
class Workstation:
    """A branch workstation's settings: where the server is and which branch it serves."""

    server_url: str
    cert_pem: str | None
    branch_code: str
    branch_name: str
    province_code: str

    def client(self) -> StaffClient:
        """A staff API client for this workstation's server (pinned certificate for https)."""
        from bpu_enroll.sync.staff_client import StaffClient

        return StaffClient(self.server_url, cert_pem=self.cert_pem)

    def to_dict(self) -> dict[str, Any]:
        """The `workstation.json` document (also the `workstation-setup --json` output)."""
        return {"kind": KIND, "version": VERSION, **asdict(self)}


def workstation_path(data_dir: Path) -> Path:
    """Where the workstation file lives in a profile folder."""
    return Path(data_dir) / WORKSTATION_FILE


def load_workstation(data_dir: Path) -> Workstation | None:
    """The workstation profile of `data_dir`; None when the folder is not a workstation."""
    path = workstation_path(data_dir)
    if not path.is_file():
        return None
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BpuError("IO_ERROR", path=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise BpuError("FILE_NOT_JSON", path=str(path)) from exc
    if not isinstance(document, dict) or document.get("kind") != KIND:
        raise BpuError("FILE_NOT_JSON", path=str(path))
    try:
        return Workstation(
            server_url=str(document["server_url"]),
            cert_pem=document.get("cert_pem") or None,
            branch_code=str(document["branch_code"]),
            branch_name=str(document.get("branch_name") or ""),
            province_code=str(document.get("province_code") or ""),
        )
    except KeyError as exc:
        raise BpuError("FILE_NOT_JSON", path=str(path)) from exc


def normalise_server_url(server_url: str) -> str:
    """`http(s)://host[:port]` without a trailing slash (https when typed without a scheme),
    or refuse with USAGE."""
    parts = urlsplit(server_url_of(server_url.strip().rstrip("/")))
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise BpuError("USAGE", why="address_only")
    return f"{parts.scheme}://{parts.netloc}"


def setup_workstation(data_dir: Path, server_url: str, fingerprint: str | None) -> Workstation:
    """Make `data_dir` a branch workstation of the server at `server_url`; see the module text.

    Refusals (`BpuError`): USAGE (bad address, https without a fingerprint), INSECURE_ADDRESS
    (plain http to another computer), PROFILE_EXISTS (the folder is an officer's laptop profile),
    CERT_MISMATCH, SERVER_UNREACHABLE, SERVER_INVALID (not a branch server), IO_ERROR.
    """
    from bpu_enroll.services.profile import profile_exists

    data_dir = Path(data_dir)
    url = normalise_server_url(server_url)
    parts = urlsplit(url)
    if profile_exists(data_dir):
        raise BpuError("PROFILE_EXISTS")
    cert_pem: str | None = None
    if parts.scheme == "https":
        if not fingerprint:
            raise BpuError("USAGE", why="https_fingerprint")
        cert_pem = _pinned_certificate(url, fingerprint)
    else:
        require_secure_address(url)
    health = _health(url, cert_pem)
    workstation = Workstation(
        server_url=url,
        cert_pem=cert_pem,
        branch_code=str(health["branch_code"]),
        branch_name=str(health.get("branch_name") or ""),
        province_code=str(health.get("province") or health.get("province_code") or ""),
    )
    save_workstation(data_dir, workstation)
    return workstation


def save_workstation(data_dir: Path, workstation: Workstation) -> None:
    """Write `workstation.json` (0600) atomically: `files.write_private_file` (a temporary file,
    fsync, rename, the folder fsynced); `IO_ERROR` naming the file when it cannot be written."""
    data_dir = Path(data_dir)
    payload = json.dumps(workstation.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        write_private_file(workstation_path(data_dir), payload)
    except OSError as exc:
        raise BpuError("IO_ERROR", path=str(workstation_path(data_dir))) from exc


def _pinned_certificate(url: str, fingerprint: str) -> str:
    from bpu_enroll.sync.enrolment import EnrolmentError, fetch_certificate

    try:
        return fetch_certificate(url, fingerprint)
    except EnrolmentError as exc:
        if exc.code == "CERT_MISMATCH":
            raise BpuError("CERT_MISMATCH") from exc
        raise BpuError("SERVER_UNREACHABLE", server=url) from exc
    except ValueError as exc:  # not a certificate at all
        raise BpuError("SERVER_INVALID", server=url) from exc


def _health(url: str, cert_pem: str | None) -> dict[str, Any]:
    """GET /api/v1/health; its document, or refuse."""
    import httpx

    from bpu_enroll.sync.client import make_http_client

    try:
        with make_http_client(url, cert_pem=cert_pem, timeout=10.0) as http:
            answer = http.get("/api/v1/health")
    except httpx.HTTPError as exc:
        raise BpuError("SERVER_UNREACHABLE", server=url) from exc
    try:
        document = answer.json()
    except ValueError as exc:
        raise BpuError("SERVER_INVALID", server=url) from exc
    if (
        answer.status_code != 200
        or not isinstance(document, dict)
        or document.get("status") != "ok"
        or not isinstance(document.get("branch_code"), str)
    ):
        raise BpuError("SERVER_INVALID", server=url)
    return document
