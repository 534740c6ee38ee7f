"""The branch HTTP API under `/api/v1` (FastAPI), described by its OpenAPI schema.

The schema is not served: any device on the branch LAN could read the whole API map from it
without signing in, and the docs page pulled Swagger UI from a CDN the LAN does not reach. It
is written to `docs/openapi.json` by `scripts/build_openapi.py` (a test fails when it is
stale); `/api/v1/openapi.json` and `/api/v1/docs` are unknown paths like any other (404
`NOT_FOUND`).

Every device route checks the request signature (`auth.authenticate`) in `guards.SignatureGate`,
before the body is parsed or validated. Request bodies are
bounded (`MAX_BODY_BYTES`, 413 beyond). Refusals are `{"error": {"code", "message"}}` with a
4xx status. The access log has method, route pattern, status, duration and device code
(`guards.AccessLog`): never a body, a query string, a path as sent or any personal data.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import re
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from bpu_enroll.branch.admin.roster import AdminError, branch_info
from bpu_enroll.branch.deps import (
    body_schema,
    document_bodies,
    json_body,
    request_session,
    signed_request,
)
from bpu_enroll.branch.device.auth import Refusal, SignedRequest, enrol_device
from bpu_enroll.branch.device.guards import (
    AccessLog,
    NoStore,
    SignatureGate,
    audit_refusal,
    gate_device,
    route_of,
    send_error,
)
from bpu_enroll.branch.device.held import DeviceRef
from bpu_enroll.branch.device.intake import receive_manifest, receive_records
from bpu_enroll.branch.device.judge import warm_up
from bpu_enroll.branch.device.queries import pull
from bpu_enroll.branch.device.repair import answer_unavailable
from bpu_enroll.branch.store import failures, refusal_bound
from bpu_enroll.branch.store.registry import BranchRangeRegistry, ParticipantRegistry
from bpu_enroll.sync.batchfile import MAX_FILE_BYTES
from bpu_enroll.sync.protocol import (
    API_PREFIX,
    MAX_BODY_BYTES,
    PROTOCOL_VERSION,
    ChunkAnswer,
    EnrolAnswer,
    EnrolRequest,
    Health,
    ManifestAnswer,
    PullAnswer,
    RecordChunk,
    ResendNoted,
    ResendUnavailable,
    SignedManifest,
)

access_log = logging.getLogger("bpu_enroll.branch.access")
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
# Bodies a route reads itself, bounded, after checking the session (see `BodyLimit`): a USB
# batch file is as large as `bpu-branch import` takes, not one network request's 5 MB.
IMPORT_PATH = f"{API_PREFIX}/staff/import"
# A refused body up to this size is still read (and dropped) so that its 413 arrives (`_drain`).
DRAIN_BYTES = 2 * MAX_BODY_BYTES
STREAMED_BODIES = {IMPORT_PATH: MAX_FILE_BYTES}
_UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "device not authenticated"},
    403: {"description": "device or batch refused"},
    409: {"description": "batch conflict"},
    413: {"description": "request too large"},
}


class BodyLimit:
    """ASGI middleware: refuse request bodies above `limit` bytes with 413, before the app.

    The paths in `streamed` (a USB batch file uploaded to the workspace: `streamed` maps each to
    its own, larger limit) are not buffered here: their declared length is checked, and the
    route reads the body itself, bounded, once the session is known, so a client that is not
    signed in never makes the server hold a large body."""

    def __init__(
        self, app: ASGIApp, limit: int = MAX_BODY_BYTES, streamed: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.limit = limit
        self.streamed = dict(streamed or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Buffer the body up to the limit, then hand it to the app."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        limit = self.streamed.get(str(scope.get("path", "")), self.limit)
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            if declared.isdigit() and int(declared) <= DRAIN_BYTES:
                await _drain(receive, int(declared))
            await send_error(send, 413, "BODY_TOO_LARGE", "the request body is too large")
            return
        if str(scope.get("path", "")) in self.streamed:
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.limit:
                if message.get("more_body", False):
                    await _drain(receive, DRAIN_BYTES - size)
                await send_error(send, 413, "BODY_TOO_LARGE", "the request body is too large")
                return
            chunks.append(body)
            more = bool(message.get("more_body", False))
        whole = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": whole, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _drain(receive: Receive, most: int) -> None:
    """Read and drop what is left of a refused body, up to `most` bytes, before the 413 is sent.

    The 413 closes the connection. Closed with the client's bytes still unread, the kernel
    resets it, and a client still writing its body met the reset and lost the answer (in 88 of
    200 tries against `serve`): the refusal reached it as a cut connection, with no code. A body
    up to `DRAIN_BYTES` (a request a little over the 5 MB bound: a client's own mistake) is read
    to its end so that its code arrives; a larger one is not read here: the refusal is sent at
    once, and `serve`'s protocol (`connections.GuardedH11Protocol`) closes that connection
    lingering, reading and dropping the rest of the body (bounded) so that the code arrives
    there too."""
    left = most
    while left > 0:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        left -= len(message.get("body", b""))
        if not message.get("more_body", False):
            return


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Load the judge's reference data in the background as the server starts, so the first
    push of the day does not wait for it (a request that needs it first simply waits). In a
    server process (`server.serve` sets `flush_refusals_every`), write the summaries of the
    refusal bound's ended windows every so often (`_flush_refusals`) until it stops."""
    freeze = bool(getattr(app.state, "freeze_after_warm_up", False))
    threading.Thread(
        target=_warm_up, args=(freeze,), name="bpu-branch-warm-up", daemon=True
    ).start()
    every = getattr(app.state, "flush_refusals_every", None)
    flush = asyncio.create_task(_flush_refusals(app.state.engine, every)) if every else None
    try:
        yield
    finally:
        if flush is not None:
            flush.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await flush


async def _flush_refusals(engine: Engine, every: float) -> None:
    """`refusal_bound.flush_due` every `every` seconds, off the event loop: a quiet server
    still writes a window's summaries soon after it ends. A database that fails is logged by
    its kinds (never its text) and tried again at the next turn."""
    while True:
        await asyncio.sleep(every)
        try:
            await asyncio.to_thread(refusal_bound.flush_due, engine)
        except DBAPIError as exc:
            line = {**failures.describe(exc), "flush": refusal_bound.ACTION}
            access_log.warning(json.dumps(line))


def _warm_up(freeze: bool) -> None:
    """`warm_up`; then, in a server process (`server.serve` sets `freeze_after_warm_up`),
    everything the process holds for good (modules, schemas, the reference data: about 170,000
    objects) is taken out of the garbage collector's sweeps (`gc.freeze`). Without it every full
    sweep walks them all again: measured on a one-worker push of 10,000 records, 0.31 s of
    collection with pauses of up to 119 ms; frozen, 0.09 s and 7 ms. Not in a process that
    makes and drops apps (the tests): what is frozen is never collected."""
    warm_up()
    if freeze:
        gc.collect()
        gc.freeze()


def create_app(engine: Engine, *, registry: ParticipantRegistry | None = None) -> FastAPI:
    """The device-facing API bound to `engine` (schema already migrated): health, enrolment,
    batches and pull. The staff routes are mounted beside it by `server.create_branch_app`."""
    app = FastAPI(
        title="BPU Enroll branch server",
        # The schema describes the protocol, so it carries the protocol's version: with the
        # program's, docs/openapi.json would go stale at every release with nothing changed.
        version=str(PROTOCOL_VERSION),
        openapi_url=None,  # not served: see the module text
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan,
    )
    participants = registry or BranchRangeRegistry()
    app.state.engine = engine
    app.add_middleware(SignatureGate, engine=engine)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES, streamed=STREAMED_BODIES)
    app.add_middleware(AccessLog)
    app.add_middleware(NoStore)
    _install_handlers(app)

    @app.get(f"{API_PREFIX}/health", response_model=Health, tags=["health"])
    def health(request: Request) -> Health:
        """Liveness and the branch's identity (code, name, province)."""
        with request_session(request) as db:
            info = branch_info(db)
            return Health(
                status="ok",
                protocol=PROTOCOL_VERSION,
                branch_code=info.code,
                branch_name=info.name,
                province=info.province,
            )

    @app.post(
        f"{API_PREFIX}/enrol", response_model=EnrolAnswer, responses=_ERRORS, tags=["devices"]
    )
    def enrol(enrolment: EnrolRequest, request: Request) -> EnrolAnswer:
        """Register a device key with a one-time code from the branch admin. The same code
        with the same key, while the code has not expired, gets the same enrolment again (a
        laptop whose answer was lost retries with the key it kept)."""
        with request_session(request) as db:
            return enrol_device(db, request=enrolment)

    @app.post(
        f"{API_PREFIX}/batches",
        response_model=ManifestAnswer,
        response_model_exclude_none=_LEAN,
        responses=_ERRORS,
        tags=["sync"],
        openapi_extra=body_schema(SignedManifest),
    )
    def manifest(
        signed: Annotated[SignedManifest, Depends(json_body(SignedManifest))],
        request: Request,
        origin: Annotated[SignedRequest, Depends(signed_request)],
    ) -> Response:
        """Announce a batch; answers which records the branch still needs."""
        with request_session(request) as db:
            device = gate_device(db, request)
            return _answer(receive_manifest(db, device=device, signed=signed))

    @app.post(
        f"{API_PREFIX}/batches/{{batch_id}}/records",
        response_model=ChunkAnswer,
        response_model_exclude_none=_LEAN,
        responses={**_ERRORS, 404: {"description": "batch not announced"}},
        tags=["sync"],
        openapi_extra=body_schema(RecordChunk),
    )
    def records(
        batch_id: Annotated[str, Path(pattern=_UUID)],
        chunk: Annotated[RecordChunk, Depends(json_body(RecordChunk))],
        request: Request,
        origin: Annotated[SignedRequest, Depends(signed_request)],
    ) -> Response:
        """Send a chunk of a batch's records; one result per record, in order."""
        with request_session(request) as db:
            device = gate_device(db, request)
            results = receive_records(
                db, device=device, batch_id=batch_id, records=chunk.records, registry=participants
            )
        return _answer(ChunkAnswer(results=results))

    @app.get(
        f"{API_PREFIX}/pull",
        response_model=PullAnswer,
        response_model_exclude_none=_LEAN,
        responses=_ERRORS,
        tags=["sync"],
    )
    def pull_changes(
        request: Request,
        origin: Annotated[SignedRequest, Depends(signed_request)],
        cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
        v: Annotated[int, Query(ge=1, le=100)] = 1,
        refs: Annotated[str | None, Query(pattern=r"^[0-9a-f]{64}$")] = None,
    ) -> PullAnswer:
        """Decisions since `cursor`, the roster (with revocations) and reference versions; with
        `v=2` also the clerks' notes and the retention days (a 0.1.0 laptop asks no `v` and
        refuses keys it does not know, so it gets none of them); with `v=3` also the ids of this
        laptop's records the branch asks again (`resend`: damaged at the branch); with `v=4` also
        the highest receipt sequence of the laptop received (`last_sequence`). The packages
        are left out (an empty list) when `refs` says the laptop already holds exactly the
        published set."""
        with request_session(request) as db:
            device = gate_device(db, request)
            return pull(
                db,
                device=device,
                cursor=cursor,
                extended=v >= 2,
                refs=refs,
                resend=v >= 3,
                sequence=v >= 4,
            )

    @app.post(
        f"{API_PREFIX}/resend/unavailable",
        response_model=ResendNoted,
        responses=_ERRORS,
        tags=["sync"],
        openapi_extra=body_schema(ResendUnavailable),
    )
    def resend_unavailable(
        body: Annotated[ResendUnavailable, Depends(json_body(ResendUnavailable))],
        request: Request,
        origin: Annotated[SignedRequest, Depends(signed_request)],
    ) -> ResendNoted:
        """Records the pull asked again (`resend`) that this laptop no longer holds: the branch
        asks them no more and its `check` says to restore them from a backup."""
        with request_session(request) as db:
            device = gate_device(db, request)
            assert device.id is not None
            ref = DeviceRef(device.id, device.code)
            return ResendNoted(noted=answer_unavailable(db, ref, body.records))

    app.state.participants = participants
    document_bodies(app, RecordChunk, SignedManifest, ResendUnavailable)
    return app


# Answers leave out empty optional fields, so that a laptop of 0.1.0 (which refuses unknown
# keys) reads them as before: fields added later are optional and None unless asked for.
_LEAN = True


def _answer(answer: BaseModel) -> Response:
    """A sync answer as JSON, written once. The branch built it (from states it holds), so
    FastAPI's check against the route's `response_model` would only validate it again: 8 µs a
    record, 500 records a chunk, against 0.7 to write it. The route keeps `response_model`,
    which still documents the answer in the schema."""
    return Response(answer.model_dump_json(exclude_none=_LEAN), media_type="application/json")


def _error(
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> Any:
    return JSONResponse(
        {"error": {"code": code, "message": message, **(extra or {})}},
        status_code=status,
        headers=headers,
    )


# Refusals Starlette and FastAPI make themselves (no route, wrong method, a body that is not
# readable JSON), given a code like every other refusal.
_HTTP_CODES = {400: "REQUEST_UNREADABLE", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}
_LOC_CHARS = 64
# A step of a place the answer names as it is: a field of the API (`registration_date`) or a
# type's tag in a union (`list[str]`); any other step is a key the client made up.
_NAMED_STEP = re.compile(r"^[a-z][a-z0-9_]*(\[[a-z0-9_, \[\]]*\])?$")
UNKNOWN_KEY = "(unknown)"


def _loc_part(part: object) -> str | int:
    """One step of a validation error's place, safe to write as JSON: a key the client sent
    may hold a lone surrogate or be as long as the body."""
    if isinstance(part, int) and not isinstance(part, bool):
        return part
    return str(part)[:_LOC_CHARS].encode("utf-8", "replace").decode("utf-8")


def _loc(error: Any, body: Schema | None = None) -> list[str | int]:
    """A validation error's place without what the client typed: a key the model does not know
    (`extra_forbidden`), a key of a free-form mapping of the body (`reference_versions`: found
    by walking the place through `body`, the body's schema), or a step that is not a name of
    the API, is `(unknown)`. An unknown key named the worker or held their NIK, and the 422
    said it back; a key of a mapping in lower case was said back until the schema was read."""
    loc = list(error.get("loc", ()))
    unknown = {len(loc) - 1} if error.get("type") == "extra_forbidden" else set()
    if body is not None and loc[:1] == ["body"]:
        unknown |= {n + 1 for n in _client_keys(body, loc[1:])}
    steps: list[str | int] = []
    for n, part in enumerate(loc):
        step = _loc_part(part)
        named = isinstance(step, int) or _NAMED_STEP.fullmatch(step) is not None
        steps.append(step if named and n not in unknown else UNKNOWN_KEY)
    return steps


# A request body's JSON schema and the schema's components (`$ref`s point into them).
Schema = tuple[dict[str, Any], dict[str, Any]]


def _client_keys(body: Schema, steps: list[Any]) -> set[int]:
    """The positions in `steps` (a place in a body, after `body`) that are keys the client made:
    a key of a mapping whose keys are free (`dict[str, str]`), or one an open model keeps."""
    schema, components = body
    found: set[int] = set()
    current = [schema]
    for n, step in enumerate(steps):
        following: list[dict[str, Any]] = []
        for part in _alternatives(current, components):
            properties = part.get("properties") or {}
            if isinstance(step, int):
                if isinstance(part.get("items"), dict):
                    following.append(part["items"])
            elif step in properties:
                following.append(properties[step])
            elif part.get("type") == "object" or "additionalProperties" in part:
                found.add(n)
                inner = part.get("additionalProperties")
                following.append(inner if isinstance(inner, dict) else {})
        if following:
            current = following
        # else: a step of pydantic's own (a union's tag, `[key]`): the place goes on as it was
    return found


def _alternatives(
    schemas: list[dict[str, Any]], components: dict[str, Any]
) -> list[dict[str, Any]]:
    """`schemas` with each `$ref` resolved and each union (`anyOf`, `oneOf`, `allOf`) opened."""
    opened: list[dict[str, Any]] = []
    waiting = list(schemas)
    while waiting and len(opened) < 64:
        schema = waiting.pop()
        ref = schema.get("$ref")
        if isinstance(ref, str):
            waiting.append(components.get(ref.rsplit("/", 1)[-1], {}))
            continue
        unions = [s for key in ("anyOf", "oneOf", "allOf") for s in schema.get(key) or []]
        waiting.extend(unions)
        if not unions:
            opened.append(schema)
    return opened


def _body_schema(app: FastAPI, route: str, method: str) -> Schema | None:
    """The JSON schema of the body of `method route`, from the API's schema (built once)."""
    document = app.openapi()
    operation = document.get("paths", {}).get(route, {}).get(method.lower(), {})
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    if not isinstance(schema, dict):
        return None
    return schema, document.get("components", {}).get("schemas", {})


def _invalid(exc: RequestValidationError, body: Schema | None = None) -> Any:
    """A body or parameter that does not validate: 422 with a code, and FastAPI's `detail`
    list without the values sent (`input`, `ctx`). Echoing them back made an answer that could
    not be written (a lone surrogate, NaN): a 500 whose traceback put the password or NIK
    sent into the server's log."""
    detail = [
        {
            "loc": _loc(error, body),
            "msg": _loc_part(error.get("msg", "")),
            "type": _loc_part(error.get("type", "")),
        }
        for error in exc.errors()
    ]
    return JSONResponse(
        {
            "error": {"code": "REQUEST_INVALID", "message": "the request is not valid"},
            "detail": detail,
        },
        status_code=422,
    )


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        route = getattr(request.scope.get("route"), "path", None)
        body = None
        if isinstance(route, str):  # the schema is built once, off the event loop (0.2 s)
            body = await run_in_threadpool(_body_schema, app, route, request.method)
        return _invalid(exc, body)

    @app.exception_handler(HTTPException)
    async def http_refused(request: Request, exc: HTTPException) -> Any:
        code = _HTTP_CODES.get(exc.status_code, f"HTTP_{exc.status_code}")
        return _error(exc.status_code, code, str(exc.detail), dict(exc.headers or {}) or None)

    @app.exception_handler(Refusal)
    async def refused(request: Request, exc: Refusal) -> Any:
        if exc.audit is not None:
            route = getattr(request.scope.get("route"), "path", "-")  # a template, not the path
            address = request.client.host if request.client else ""
            await run_in_threadpool(
                audit_refusal, request.app.state.engine, exc, route=route, address=address
            )
        return _error(exc.status, exc.code, exc.message, exc.headers or None, exc.extra)

    @app.exception_handler(AdminError)
    async def not_ready(request: Request, exc: AdminError) -> Any:
        return _error(503, exc.code, exc.message)

    @app.exception_handler(IntegrityError)
    async def clash(request: Request, exc: IntegrityError) -> Any:
        return _error(409, "CONFLICTING_WRITE", "a concurrent request changed the same data")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Any:
        """Any other exception: a coded 500 without a traceback (Starlette's answer was plain
        `Internal Server Error`). Starlette raises it again after this answer, for uvicorn to
        log: its type and frames, never its message (`logs.RedactingFilter`); the access line
        names its type and the route's pattern (`guards.AccessLog`).

        The answer says `Connection: close`: uvicorn closes the connection after an exception
        that reached it, and a client kept the connection alive without being told so, sent
        its next request on it and met a reset (the workspace then said the branch was
        unreachable). Told, the client opens a new connection for its next request."""
        failure = failures.SERVER_ERROR
        # Sent by Starlette's outermost middleware, outside `NoStore`: said here.
        headers = {"Cache-Control": "no-store", "Connection": "close"}
        return _error(failure.status, failure.code, failure.message, headers)

    @app.exception_handler(DBAPIError)
    async def database_failed(request: Request, exc: DBAPIError) -> Any:
        """Only a busy database is `BUSY` (`failures.classify`); any other database failure
        (a missing table is an `OperationalError` on SQLite, a `ProgrammingError` on
        PostgreSQL) is a coded answer too, logged by its kinds, numbers and the route's
        template, never its text (the statement) nor a traceback."""
        failure = failures.classify(exc)
        if failure is not failures.BUSY:
            line = {
                **failures.describe(exc),
                "code": failure.code,
                "route": route_of(request.scope),
            }
            access_log.warning(json.dumps(line))
        return _error(failure.status, failure.code, failure.message, failure.headers)
