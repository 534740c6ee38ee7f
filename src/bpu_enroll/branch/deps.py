"""What every router of the branch API needs from a request: a database session, the parts
of a device-signed request that the signature check covers, and a JSON body read in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Annotated, Any, TypeVar

from fastapi import FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError
from pydantic.json_schema import models_json_schema
from sqlmodel import Session

from bpu_enroll.branch.device.auth import SignedRequest


@contextmanager
def request_session(request: Request) -> Iterator[Session]:
    """One session per request, opened and closed in the endpoint's own worker thread, so a
    transaction never outlives the handler (SQLite's write lock is held only while working)."""
    with Session(request.app.state.engine) as db:
        try:
            yield db
        finally:
            db.rollback()


async def signed_request(
    request: Request,
    x_bpu_device: Annotated[str, Header(max_length=16)],
    x_bpu_timestamp: Annotated[str, Header(max_length=20)],
    x_bpu_nonce: Annotated[str, Header(max_length=64)],
    x_bpu_signature: Annotated[str, Header(max_length=100)],
) -> SignedRequest:
    """What the signature check needs from this request (headers, path with query, body)."""
    path = request.url.path
    if request.url.query:
        path += "?" + request.url.query
    return SignedRequest(
        device_code=x_bpu_device,
        timestamp=x_bpu_timestamp,
        nonce=x_bpu_nonce,
        signature=x_bpu_signature,
        method=request.method,
        path=path,
        body=await request.body(),
    )


Model = TypeVar("Model", bound=BaseModel)


def json_body(model: type[Model]) -> Callable[[Request], Coroutine[Any, Any, Model]]:
    """A dependency giving the request body as `model`, parsed and validated in one pass by
    pydantic (`model_validate_json`). FastAPI's own body parameter decodes the JSON into Python
    objects first and validates them after: for a chunk of 500 records the two passes cost
    about twice as much. A body that does not validate is the same 422 FastAPI gives. The
    route names the body in its schema with `body_schema(model)`."""

    async def parse(request: Request) -> Model:
        try:
            return model.model_validate_json(await request.body())
        except ValidationError as exc:
            errors = exc.errors(include_url=False)
            raise RequestValidationError(
                [{**error, "loc": ("body", *error["loc"])} for error in errors]
            ) from exc

    return parse


def body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The `openapi_extra` of a route whose body is read with `json_body(model)`."""
    reference = {"$ref": f"#/components/schemas/{model.__name__}"}
    return {
        "requestBody": {"required": True, "content": {"application/json": {"schema": reference}}}
    }


def document_bodies(app: FastAPI, *models: type[BaseModel]) -> None:
    """Put `models` (bodies read with `json_body`) among the schema's components."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()
            _, definitions = models_json_schema(
                [(model, "validation") for model in models],
                ref_template="#/components/schemas/{model}",
            )
            found = schema.setdefault("components", {}).setdefault("schemas", {})
            for name, definition in definitions.get("$defs", {}).items():
                found.setdefault(name, definition)
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]
