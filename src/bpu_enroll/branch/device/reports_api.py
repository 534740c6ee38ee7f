"""`POST /api/v1/reports`: a laptop's report after a sync (device-signed, like every sync call).

The request is authenticated exactly as the sync routes are (`auth.authenticate` over the
method, the path with its query, the timestamp, the nonce and the body), then kept by
`reports.receive_report`. Refusals are the API's usual `{"error": {"code", "message"}}`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from bpu_enroll.branch.deps import request_session, signed_request
from bpu_enroll.branch.device.auth import SignedRequest
from bpu_enroll.branch.device.guards import gate_device
from bpu_enroll.branch.device.reports import receive_report
from bpu_enroll.sync.protocol import API_PREFIX
from bpu_enroll.sync.report import LaptopReport, ReportAnswer

_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "device not authenticated"},
    403: {"description": "device refused"},
    413: {"description": "request too large"},
    422: {"description": "report or tally invalid"},
}


def reports_router() -> APIRouter:
    """The laptop-report route."""
    router = APIRouter(prefix=API_PREFIX, tags=["sync"], responses=_ERRORS)

    @router.post("/reports", response_model=ReportAnswer)
    def report(
        body: LaptopReport,
        request: Request,
        signed: Annotated[SignedRequest, Depends(signed_request)],
    ) -> ReportAnswer:
        """The laptop's pending count and its daily tallies of the last days."""
        with request_session(request) as db:
            device = gate_device(db, request)
            return receive_report(db, device=device, report=body)

    return router
