"""What every router of the branch API needs from a request: a database session, and the parts
of a device-signed request that the signature check covers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Header, Request
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
