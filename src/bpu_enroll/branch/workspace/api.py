"""The staff workspace routes under `/api/v1/staff` (clerks, supervisors, admins).

Every route but login takes `Authorization: Bearer <token>` from `POST /staff/login` and checks
the role on the server (`staff.StaffUser.require`). Refusals are the API's usual
`{"error": {"code", "message"}}` bodies (the app's `Refusal` handler).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from bpu_enroll.branch.deps import body_schema, request_session
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.registry import ParticipantRegistry
from bpu_enroll.branch.workspace import review as queue
from bpu_enroll.branch.workspace import staff, transfer
from bpu_enroll.branch.workspace.export import export_files, export_list
from bpu_enroll.branch.workspace.receipt_check import verify_receipt_at_branch
from bpu_enroll.domain.decisions import Decision
from bpu_enroll.sync.batchfile import MAX_FILE_BYTES
from bpu_enroll.sync.protocol import API_PREFIX, StaffUsername

_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
# `<branch code>-E00001` (`export.export_changes`); a NUL asked for was a 500 on PostgreSQL.
_EXPORT_ID = r"^[A-Za-z0-9-]{1,32}$"
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "not logged in"},
    403: {"description": "role refused"},
}


class StaffLogin(BaseModel):
    """A staff member's user name and roster password."""

    model_config = ConfigDict(extra="forbid")
    username: StaffUsername
    password: str = Field(min_length=1, max_length=256)


class StaffToken(BaseModel):
    """A bearer token for the workspace routes and when it expires."""

    token: str
    expires_at: datetime
    username: str
    role: str


class ReceiptCheck(BaseModel):
    """The text of a receipt's QR code (read from the paper or from the receipt PDF)."""

    model_config = ConfigDict(extra="forbid")
    payload: str = Field(min_length=1, max_length=1024)


class DecisionRequest(BaseModel):
    """A clerk's decision on a queued record."""

    model_config = ConfigDict(extra="forbid")
    decision: Decision
    reason_code: str | None = Field(default=None, max_length=32, pattern=r"^[A-Z][A-Z0-9_]+$")
    note: str = Field(default="", max_length=1000)


def _token(authorization: Annotated[str, Header(max_length=200)] = "") -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refusal(401, "SESSION_INVALID", "log in first")
    return token.strip()


Token = Annotated[str, Depends(_token)]


def _staff(request: Request, token: Token) -> staff.StaffUser:
    with request_session(request) as db:
        return staff.authenticate_staff(db, token)


Staff = Annotated[staff.StaffUser, Depends(_staff)]
_BATCH_FILE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


_LOGIN_FIELDS = frozenset(StaffLogin.model_fields)


async def _login_body(request: Request) -> StaffLogin:
    """The sign-in body (`json_body(StaffLogin)`); one that does not validate is a refused
    sign-in, audited and counted (`staff.refuse_unreadable_login`) before the usual 422. The
    audit names the fields at fault, never what was typed (a key the client made up is
    `other`)."""
    try:
        return StaffLogin.model_validate_json(await request.body())
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        fields = sorted(
            {str(e["loc"][0]) if e["loc"][0] in _LOGIN_FIELDS else "other" for e in errors
             if e.get("loc")} or {"body"}
        )  # fmt: skip
        address = request.client.host if request.client else ""
        too_deep = any("recursion limit" in str(e.get("msg", "")) for e in errors)
        code = "REQUEST_UNREADABLE" if too_deep else "REQUEST_INVALID"
        await run_in_threadpool(_refuse_unreadable, request, address, fields, code)
        if too_deep:  # as FastAPI's own parsing answers it: 400 `REQUEST_UNREADABLE`
            raise HTTPException(400, "There was an error parsing the body") from exc
        raise RequestValidationError(
            [{**error, "loc": ("body", *error["loc"])} for error in errors]
        ) from exc


def _refuse_unreadable(request: Request, address: str, fields: list[str], code: str) -> None:
    with request_session(request) as db:
        staff.refuse_unreadable_login(db, address=address, fields=fields, code=code)


def workspace_router(registry: ParticipantRegistry) -> APIRouter:
    """The staff routes; `registry` allocates KPJ numbers for accepted records."""
    router = APIRouter(prefix=f"{API_PREFIX}/staff", tags=["staff"], responses=_ERRORS)

    @router.post("/login", response_model=StaffToken, openapi_extra=body_schema(StaffLogin))
    def login(body: Annotated[StaffLogin, Depends(_login_body)], request: Request) -> StaffToken:
        """Log in with a roster password; officers are refused; repeated failures lock; every
        refusal is audited."""
        with request_session(request) as db:
            issued = staff.login(
                db,
                username=body.username,
                password=body.password,
                address=request.client.host if request.client else "",
            )
        return StaffToken(
            token=issued.token,
            expires_at=issued.expires_at,
            username=issued.user.username,
            role=issued.user.role,
        )

    @router.post("/logout", status_code=204, response_class=Response)
    def logout(request: Request, token: Token) -> Response:
        """End this session; a token that is no session (unknown, expired, ended) is refused
        `SESSION_INVALID` as on every other route, and writes nothing."""
        with request_session(request) as db:
            staff.logout(db, token)
        return Response(status_code=204)

    @router.get("/batches")
    def batches(
        request: Request,
        user: Staff,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> dict[str, Any]:
        """The batch inbox, newest first."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            return staff.batch_inbox(db, offset=offset, limit=limit)

    @router.get("/batches/{batch_id}")
    def batch(
        request: Request, user: Staff, batch_id: Annotated[str, Path(pattern=_UUID)]
    ) -> dict[str, Any]:
        """One batch's records (NIK masked)."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            return staff.batch_detail(db, batch_id)

    @router.get("/review")
    def review(
        request: Request,
        user: Staff,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        kind: Annotated[queue.Kind | None, Query()] = None,
    ) -> dict[str, Any]:
        """One page of the review queue (optionally of one kind), its total and counts by kind."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            return queue.review_queue(db, offset=offset, limit=limit, kind=kind)

    @router.post("/review/{record_id}/decision")
    def decision(
        request: Request,
        user: Staff,
        body: DecisionRequest,
        record_id: Annotated[str, Path(pattern=_UUID)],
    ) -> dict[str, Any]:
        """Decide on a queued record; the laptop receives it at its next pull."""
        with request_session(request) as db:
            try:
                return staff.decide(
                    db,
                    actor=user,
                    record_id=record_id,
                    decision=body.decision,
                    registry=registry,
                    reason_code=body.reason_code,
                    note=body.note,
                )
            except staff.UnreadableRecord as exc:  # asked again of its laptop, then refused
                staff.ask_unreadable(db, exc, user, way="review_decision")
                raise

    @router.get("/audit")
    def audit(
        request: Request, user: Staff, limit: Annotated[int, Query(ge=1, le=1000)] = 100
    ) -> list[dict[str, Any]]:
        """The newest audit lines (supervisors and admins)."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return staff.audit_log(db, limit=limit)

    @router.post("/receipts/verify")
    def verify_receipt(body: ReceiptCheck, request: Request, user: Staff) -> dict[str, Any]:
        """Check a paper receipt: valid or not, device, officer, time, the record's state; one
        that shows the branch's record is audited (`record_viewed`, way `receipt_check`)."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            return verify_receipt_at_branch(db, body.payload, viewer=user)

    @router.get("/audit/chain")
    def audit_chain_check(request: Request, user: Staff) -> dict[str, Any]:
        """Whether the audit log's hash chain holds: `{"valid", "entries", "first_bad"}`."""
        user.require(staff.SUPERVISOR_ROLES)
        with request_session(request) as db:
            return audit_chain.verify_chain(db).to_dict()

    _review_routes(router)
    _transfer_routes(router, registry)
    return router


def _review_routes(router: APIRouter) -> None:
    """The review detail and the sequence gaps (clerks, supervisors, admins)."""

    @router.get("/review/{record_id}")
    def review_item(
        request: Request, user: Staff, record_id: Annotated[str, Path(pattern=_UUID)]
    ) -> dict[str, Any]:
        """One record with the participant it repeats or its other versions, and the differences;
        audited (`record_viewed`, way `review_detail`): the clerk sees one worker's data."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            try:
                detail = queue.review_detail(db, record_id)
            except staff.UnreadableRecord as exc:  # asked again of its laptop, then refused
                staff.ask_unreadable(db, exc, user, way="review_detail")
                raise
            record = detail["record"]
            staff.audit_viewed(db, user, record_id=record["id"], receipt_no=record["receipt_no"],
                               way="review_detail")  # fmt: skip
            return detail

    @router.get("/gaps")
    def gaps(
        request: Request,
        user: Staff,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
        limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    ) -> dict[str, Any]:
        """Receipt sequence numbers each laptop skipped that the branch has not received."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            return queue.sequence_gaps(db, offset=offset, limit=limit)


def _transfer_routes(router: APIRouter, registry: ParticipantRegistry) -> None:
    """USB batch file import and the core-system export (clerks, supervisors, admins)."""

    @router.post("/import", openapi_extra=_BATCH_FILE_BODY)
    async def import_file(
        request: Request, user: Staff, dry_run: Annotated[bool, Query()] = True
    ) -> dict[str, Any]:
        """Import a USB batch file (the body, as bytes); a dry run first writes nothing."""
        user.require(staff.REVIEW_ROLES)
        data = await _bounded_body(request, MAX_FILE_BYTES)
        return await run_in_threadpool(
            transfer.import_upload,
            request.app.state.engine,
            data,
            dry_run=dry_run,
            actor=user.username,
            registry=registry,
        )

    @router.post(
        "/export",
        response_class=Response,
        responses={
            200: {"content": {"application/zip": {}}, "description": "the export zip"},
            409: {
                "description": "EXPORT_RECORD_UNREADABLE: a stored record cannot be read "
                "(its receipt number in `receipts`); nothing was exported"
            },
        },
    )
    def export(
        request: Request, user: Staff, full: Annotated[bool, Query(alias="all")] = False
    ) -> Response:
        """What changed for the core system since the last export (`all=true`: the whole
        picture): CSV, JSON and manifest, zipped; the export is recorded."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            name, data = transfer.export_zip(db, full=full, actor=user.username)
        return _zip_answer(name, data)

    @router.get("/exports")
    def exports(request: Request, user: Staff) -> dict[str, Any]:
        """Every export made, newest first: who, when, counts, the manifest's SHA-256 and
        whether its files can be fetched again."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            return export_list(db)

    @router.get(
        "/exports/{export_id}/files",
        response_class=Response,
        responses={
            200: {"content": {"application/zip": {}}, "description": "the export zip again"},
            404: {"description": "no such export"},
            410: {"description": "the branch no longer keeps its files"},
        },
    )
    def export_again(
        request: Request, user: Staff, export_id: Annotated[str, Path(pattern=_EXPORT_ID)]
    ) -> Response:
        """An earlier export's zip again, byte for byte (kept a week): for a download that was
        cut after the branch recorded the export."""
        user.require(staff.REVIEW_ROLES)
        with request_session(request) as db:
            name, data = export_files(db, export_id, actor=user.username)
        return _zip_answer(name, data)


async def _bounded_body(request: Request, limit: int) -> bytes:
    """The request's body, read here (`device.api.BodyLimit` streams this route's body to it),
    refused with 413 `BODY_TOO_LARGE` beyond `limit` bytes whatever length was declared."""
    data = bytearray()
    try:
        async for part in request.stream():
            data += part
            if len(data) > limit:
                raise Refusal(413, "BODY_TOO_LARGE", "the request body is too large")
    except ClientDisconnect as exc:  # the upload was cut: the client is gone, no server error
        raise Refusal(400, "REQUEST_UNREADABLE", "the upload was cut before its end") from exc
    return bytes(data)


def _zip_answer(name: str, data: bytes) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(data, media_type="application/zip", headers=headers)
