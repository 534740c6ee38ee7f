"""A paper receipt checked at the branch, which knows every device's public key.

`verify_receipt_at_branch(session, document)` takes the QR text or a receipt PDF's bytes and
answers the same JSON as `bpu-enroll verify-receipt` (`valid`, `receipt_number`, `issued_at`,
`device`, `reason`) plus what only the branch knows: the `officer` who made the record and
its `record` state here (`accepted` with its `kpj`, `duplicate` with the existing KPJ,
`voided`, `rejected`, `pending_review`, or `not_received`), and whether the record the branch
holds has the receipt's content hash (`content_matches`).

Refusals (`reason`, with `valid: false`): `MALFORMED`, `UNKNOWN_DEVICE` (no such device at this
branch), `BAD_SIGNATURE` (tampered), and `DEVICE_REVOKED` for a receipt a revoked device issued
after its revocation (one issued before stays valid: the worker paid in good faith).

A check that shows the branch's record (its officer, state, KPJ) is one `record_viewed` audit
line of the `viewer`: way `receipt_check` for a member of staff in the workspace,
`receipt_check_cli` for whoever runs `bpu-branch verify-receipt` (no role: they hold the
database). A receipt the branch holds no record of, a tampered or unreadable one shows no
worker's data and is not audited.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, select

from bpu_enroll.branch.store.models import Device, Record
from bpu_enroll.branch.workspace.staff import CommandUser, StaffUser, audit_viewed
from bpu_enroll.documents.qr import ReceiptVerification
from bpu_enroll.domain.formatting import visible_line
from bpu_enroll.services.receipts import verify_offline
from bpu_enroll.sync.protocol import unb64

DEVICE_REVOKED = "DEVICE_REVOKED"
NOT_RECEIVED = "not_received"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _device_keys(devices: list[Device]) -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    for device in devices:
        try:
            keys[device.code] = unb64(device.public_key)
        except ValueError:  # a damaged key never verifies anything
            continue
    return keys


def verify_receipt_at_branch(
    session: Session, document: str | bytes, *, viewer: StaffUser | CommandUser | None = None
) -> dict[str, Any]:
    """See the module text; never raises on bad input. With `viewer`, a record shown is audited
    (and committed)."""
    devices = list(session.exec(select(Device)).all())
    verdict = verify_offline(document, _device_keys(devices))
    answer = verdict.to_dict()
    by_code = {device.code: device for device in devices}
    device = by_code.get(verdict.device or "")
    if verdict.valid and device is not None and _issued_after_revocation(verdict, device):
        answer.update(valid=False, reason=DEVICE_REVOKED)
    answer["officer"] = None
    answer["record"] = None
    if verdict.record_id and device is not None and verdict.reason != "BAD_SIGNATURE":
        row = session.get(Record, verdict.record_id)
        if row is not None and row.device_id != device.id:
            row = None
        answer.update(_record_state(row, verdict))
        if row is not None and viewer is not None:
            way = "receipt_check" if isinstance(viewer, StaffUser) else "receipt_check_cli"
            audit_viewed(session, viewer, record_id=row.id, receipt_no=row.receipt_no, way=way)
    return answer


def _issued_after_revocation(verdict: ReceiptVerification, device: Device) -> bool:
    if device.revoked_at is None or verdict.issued_at is None:
        return False
    return verdict.issued_at > _aware(device.revoked_at)


def _record_state(row: Record | None, verdict: ReceiptVerification) -> dict[str, Any]:
    if row is None:
        return {"record": {"state": NOT_RECEIVED, "kpj": None, "content_matches": None}}
    return {
        "officer": visible_line(row.officer),
        "record": {
            "state": row.state,
            "kpj": row.kpj,
            "content_matches": row.content_hash == verdict.content_hash,
        },
    }
