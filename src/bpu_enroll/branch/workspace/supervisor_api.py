"""The supervisor's routes under `/api/v1/staff` (supervisors and admins only).

- `GET /tally?date=D` or `?from=D1&to=D2` → the branch tally document (with `date_to` and cash
  per officer); `&format=pdf&lang=id|en` → the PDF, its period in the title, its fingerprint
  also in the `X-Tally-Fingerprint` header. Asked with `preview=true` nothing is logged (the
  workspace shows it in a print preview, or is about to save it); without, the PDF is logged as
  printed (`print_tally`) as before: a workspace of an earlier version prints what it fetches
  and never reports a print, and its prints must not vanish from the audit log.
- `POST /tally/printed` (`{"date", "date_to", "lang", "fingerprint", "way"}`) → a previewed
  tally printed (`print_tally`) or saved as a PDF file (`tally_saved`), with the fingerprint on
  its foot (64 hex characters, else `TALLY_FINGERPRINT_INVALID`).
- `GET /reconciliation?date=D`, `POST /reconciliation` (a laptop tally document) → RECON items.
- `GET /activity?silent_days=N` → every laptop's last contact and whether it fell silent.
- `GET /devices` → the branch's laptops; `POST /devices/{device}/revoke` (`{"reason"}`) → the
  laptop revoked as `bpu-branch device revoke` does (`workspace.devices`: 200 with
  `already_revoked: true` and the same state for a laptop already revoked);
  `POST /devices/enrol-code` (`?ttl_minutes=N`, one hour when not given, between
  `devices.TTL_MINUTES`' bounds else `ENROL_TTL_INVALID`) → a one-time enrolment code for a new
  laptop, as `bpu-branch device code` gives (`{"code", "expires_at", "fingerprint",
  "pinned_code"}`), with the addresses a laptop reaches the branch at (`addresses`: the names
  the branch's certificate was made for, on this server's port, loopback only when that is all
  there is, then `loopback_only: true`) and `ttl_minutes`.
- `GET /roster` → the branch's staff (user name, name, role, added, status, `locked_until`);
  `POST /roster` (`{"username", "name", "role", "password"}`) → an account added as `bpu-branch
  officer add` does; `POST /roster/{username}/revoke` → revoked as `bpu-branch officer revoke`
  (`already_revoked`); `POST /roster/{username}/unlock` → its sign-in lock lifted
  (`was_locked`). See `workspace.staff_roster`.

The bearer token is checked by the workspace's own dependency (`workspace_api.Staff`); the role
on the server. This router is mounted before the workspace router, so its `GET /tally` (which
also answers `?date=D` exactly as before) is the one that serves.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session

from bpu_enroll.branch.admin.roster import branch_info
from bpu_enroll.branch.deps import request_session
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.workspace import devices, staff, staff_roster, supervisor
from bpu_enroll.branch.workspace.api import Staff
from bpu_enroll.branch.workspace.tally import (
    PRINTED,
    SAVED,
    audit_paper,
    audit_printed,
    branch_tally,
    tally_document,
)
from bpu_enroll.documents.tally.figures import tally_hash
from bpu_enroll.documents.tally.pdf import render_tally
from bpu_enroll.sync.protocol import API_PREFIX
from bpu_enroll.sync.report import TallyDocument

MAX_PERIOD_DAYS = 366
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "not logged in"},
    403: {"description": "role refused"},
    422: {"description": "invalid request"},
}
_PDF: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/pdf": {}}, "description": "the tally (JSON or PDF)"}
}

_DEVICE = r"^[A-Za-z0-9]{1,16}$"
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
FINGERPRINT_HEADER = "X-Tally-Fingerprint"
_USERNAME = r"^[\w.]{1,64}$"  # as the sign-in takes it; `roster.add_officer` is stricter


class AddStaffRequest(BaseModel):
    """A new account as the supervisor typed it (the rules are `roster.add_officer`'s). The
    password is checked and kept as a verifier, never answered or logged."""

    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)
    username: str = Field(max_length=200)
    name: str = Field(max_length=400)
    role: str = Field(max_length=32)
    password: str = Field(max_length=256, repr=False)  # what the sign-in takes


class RevokeRequest(BaseModel):
    """Why a laptop is revoked (one short line; never a NIK)."""

    model_config = ConfigDict(extra="forbid")
    reason: str = Field(max_length=devices.REASON_LENGTH)


class TallyPaper(BaseModel):
    """A previewed branch tally printed or saved: its period, language and the fingerprint at
    its foot (never a figure: the server logs what the paper says it is)."""

    model_config = ConfigDict(extra="forbid")
    day: date = Field(alias="date")
    date_to: date | None = None
    lang: Literal["id", "en"] = "id"
    fingerprint: str = Field(max_length=128)
    way: Literal["printed", "saved"] = "printed"


def tally_period(day: date | None, first: date | None, last: date | None) -> tuple[date, date]:
    """`date`, or `from` and `to`: the period's first and last day (422 when unclear)."""
    if day is not None and first is None and last is None:
        return day, day
    if day is None and first is not None:
        last = last or first
        if last < first:
            raise Refusal(422, "PERIOD_INVALID", "`to` is before `from`")
        if (last - first) >= timedelta(days=MAX_PERIOD_DAYS):
            raise Refusal(422, "PERIOD_INVALID", f"a tally covers at most {MAX_PERIOD_DAYS} days")
        return first, last
    raise Refusal(422, "PERIOD_INVALID", "give either `date` or `from` and `to`")


def supervisor_router() -> APIRouter:
    """The supervisor's tally, reconciliation and activity routes."""
    router = APIRouter(prefix=f"{API_PREFIX}/staff", tags=["staff"], responses=_ERRORS)

    @router.get("/tally", responses=_PDF)
    def tally(  # noqa: PLR0917 - FastAPI passes query parameters by keyword
        request: Request,
        user: Staff,
        day: Annotated[date | None, Query(alias="date")] = None,
        first: Annotated[date | None, Query(alias="from")] = None,
        last: Annotated[date | None, Query(alias="to")] = None,
        format: Literal["json", "pdf"] = "json",
        lang: Literal["id", "en"] = "id",
        preview: bool = False,
    ) -> Any:
        """The branch's tally of a day or a period, with cash per officer (JSON or PDF). A PDF
        is logged as printed unless asked for a `preview` (then `POST /tally/printed` logs it
        once printed or saved)."""
        user.require(staff.SUPERVISOR_ROLES)
        start, end = tally_period(day, first, last)
        with request_session(request) as db:
            data = branch_tally(db, start, day_to=end, lang=lang)
            if format == "pdf" and not preview:
                audit_printed(db, data, actor=user.username, lang=lang)
        if format == "json":
            return tally_document(data)
        name = f"tally-{data.branch_code}-{start.isoformat()}"
        name += f"_{end.isoformat()}.pdf" if end != start else ".pdf"
        return Response(
            render_tally(data, lang=lang),
            media_type="application/pdf",
            headers={
                "Content-Disposition": f'attachment; filename="{name}"',
                FINGERPRINT_HEADER: tally_hash(data),
            },
        )

    @router.post("/tally/printed")
    def tally_printed(request: Request, user: Staff, body: TallyPaper) -> dict[str, Any]:
        """A tally fetched with `preview=true` was printed (`print_tally`) or saved as a PDF
        file (`tally_saved`): one audit line with its period, language and fingerprint."""
        user.require(staff.SUPERVISOR_ROLES)
        start, end = tally_period(body.day, None, None)
        if body.date_to is not None:
            start, end = tally_period(None, body.day, body.date_to)
        if not _FINGERPRINT.fullmatch(body.fingerprint):
            raise Refusal(
                422, "TALLY_FINGERPRINT_INVALID", "a tally fingerprint is 64 hexadecimal digits"
            )
        saved = body.way == "saved"
        with request_session(request) as db:
            audit_paper(
                db,
                saved=saved,
                actor=user.username,
                period=(start, end),
                lang=body.lang,
                fingerprint=body.fingerprint,
                branch_code=_branch_code(db),
            )
        return {"logged": SAVED if saved else PRINTED, "fingerprint": body.fingerprint}

    @router.get("/reconciliation")
    def reconciliation(
        request: Request, user: Staff, day: Annotated[date, Query(alias="date")]
    ) -> dict[str, Any]:
        """Each laptop's reported tally of `date` against what the branch received."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return supervisor.reconciliation(db, day)

    @router.post("/reconciliation")
    def reconcile_document(
        request: Request, user: Staff, document: TallyDocument
    ) -> dict[str, Any]:
        """A laptop tally brought on a USB stick against what the branch received."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return supervisor.reconcile_upload(db, document)

    @router.get("/activity")
    def activity(
        request: Request,
        user: Staff,
        silent_days: Annotated[int, Query(ge=0, le=3650)] = 3,
    ) -> dict[str, Any]:
        """Every laptop's last sync, records waiting, and whether it fell silent."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return supervisor.activity(db, silent_days=silent_days)

    @router.get("/devices")
    def device_list(request: Request, user: Staff) -> dict[str, Any]:
        """The branch's laptops: officer, enrolled, last seen, status, records received."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return devices.device_list(db)

    @router.post(
        "/devices/enrol-code", responses={429: {"description": "too many live enrolment codes"}}
    )
    def enrol_code(
        request: Request, user: Staff, ttl_minutes: int = devices.DEFAULT_TTL_MINUTES
    ) -> dict[str, Any]:
        """A one-time enrolment code for a new laptop (one hour unless `ttl_minutes` says
        otherwise), as `bpu-branch device code` gives, with the addresses a laptop reaches
        the branch at; audited as `enrol_code_issued` with the supervisor as actor. Said once:
        the branch keeps only its hash. At most `devices.LIVE_CODES` live at once (429); a
        refusal is audited as `enrol_code_refused`."""
        user.require(staff.SUPERVISOR_ROLES)
        devices.check_ttl(ttl_minutes, actor=user.username)
        with request_session(request) as db:
            return devices.enrol_code(
                db, actor=user.username, ttl_minutes=ttl_minutes, origin=_origin(request)
            )

    @router.post("/devices/{device}/revoke")
    def revoke_device(
        request: Request,
        user: Staff,
        body: RevokeRequest,
        device: Annotated[str, Path(pattern=_DEVICE)],
    ) -> dict[str, Any]:
        """Revoke a laptop (stolen, lost): refused from its next request; audited. A laptop
        already revoked answers its state with `already_revoked: true`."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return devices.revoke(db, code=device, reason=body.reason, actor=user.username)

    _roster_routes(router)
    return router


def _roster_routes(router: APIRouter) -> None:
    """The staff roster's routes (`workspace.staff_roster`)."""

    @router.get("/roster")
    def roster_list(request: Request, user: Staff) -> dict[str, Any]:
        """The branch's staff: user name, name, role, added, status, sign-in lock."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return staff_roster.roster_list(db)

    @router.post("/roster")
    def roster_add(request: Request, user: Staff, body: AddStaffRequest) -> dict[str, Any]:
        """Add an officer, clerk or supervisor as `bpu-branch officer add` does (a revoked
        user name comes back with the new password); audited with the supervisor as actor."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return staff_roster.add(
                db, username=body.username, name=body.name, role=body.role,
                password=body.password, actor=user.username,
            )  # fmt: skip

    @router.post("/roster/{username}/revoke")
    def roster_revoke(
        request: Request, user: Staff, username: Annotated[str, Path(pattern=_USERNAME)]
    ) -> dict[str, Any]:
        """Revoke an account as `bpu-branch officer revoke` does (not one's own); an account
        already revoked answers its state with `already_revoked: true`."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return staff_roster.revoke(
                db, username=username, actor=user.username, actor_role=user.role
            )

    @router.post("/roster/{username}/unlock")
    def roster_unlock(
        request: Request, user: Staff, username: Annotated[str, Path(pattern=_USERNAME)]
    ) -> dict[str, Any]:
        """Lift the sign-in lock of a user name after wrong passwords; audited. A name not
        locked answers its state with `was_locked: false`."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return staff_roster.unlock(db, username=username, actor=user.username)


def _branch_code(db: Session) -> str:
    return branch_info(db).code


def _origin(request: Request) -> tuple[str, int | None]:
    """The scheme and port this server answers on (the socket's port, else the one asked)."""
    server = request.scope.get("server")
    port = server[1] if server and len(server) > 1 and isinstance(server[1], int) else None
    return request.url.scheme, port if port is not None else request.url.port
