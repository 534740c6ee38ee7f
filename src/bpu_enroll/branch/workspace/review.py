"""The review queue as the clerk works it: filtered by kind, counted, and opened record by record.

A queued record is of one `kind`: `conflict` when a second, different version arrived under its
id (that wins over its state), otherwise its state (`duplicate`, `rejected`, `pending_review`).
The detail of a record puts its fields, display-ready and with NIK and phone masked, beside the
participant already registered with the same NIK (a duplicate; `lapsed` when the registration that
enrolled them was voided, so accepting the duplicate enrols them again) or beside the other versions
received (a conflict), and names the fields that differ. The per-device receipt sequence gaps are
listed here as well, with the receipt number expected when its day is certain.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from typing import Any, Literal

from sqlalchemy import func, not_, or_
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import branch_info
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.device.judge import receipt_sequence
from bpu_enroll.branch.store.fields import nik_index, open_note
from bpu_enroll.branch.store.models import Conflict, Device, Participant, Record, SequenceGap
from bpu_enroll.branch.store.receipts import shown_receipt
from bpu_enroll.branch.store.registry import lapsed_participants
from bpu_enroll.branch.workspace.staff import REVIEW_STATES, Review, opened_payload, record_summary
from bpu_enroll.domain.formatting import mask_nik, mask_phone, visible_line

Kind = Literal["duplicate", "rejected", "conflict", "pending_review"]
KINDS: tuple[Kind, ...] = ("duplicate", "rejected", "conflict", "pending_review")
# Always different between a duplicate and the participant it repeats: not a "difference".
_OWN_FIELDS = frozenset({"receipt_no"})


def _in_conflict(session: Session) -> Any:
    """True for a record that received a second, different version. On PostgreSQL written as
    `id = ANY(ARRAY(SELECT …))` so that, ORed with the state, both sides use an index (a
    BitmapOr of the state index and the primary key) instead of a scan of every record."""
    conflicted = select(Conflict.record_id)
    if session.get_bind().dialect.name == "postgresql":
        return col(Record.id) == func.any(func.array(conflicted.scalar_subquery()))
    return col(Record.id).in_(conflicted)


def _queue_where(session: Session) -> list[Any]:
    """`staff.queue_filter` in the form each database runs best (same rows)."""
    return [
        or_(col(Record.state).in_(REVIEW_STATES), _in_conflict(session)),
        col(Record.id).not_in(select(Review.record_id)),
    ]


def _kind_where(session: Session, kind: Kind | None) -> list[Any]:
    if kind is None:
        return []
    if kind == "conflict":
        return [_in_conflict(session)]
    return [col(Record.state) == kind, not_(_in_conflict(session))]


def queue_counts(session: Session) -> dict[str, int]:
    """How many queued records there are of each kind (the whole queue), in one query."""
    counts: dict[str, int] = dict.fromkeys(KINDS, 0)
    conflict = _in_conflict(session)
    rows = session.exec(
        select(Record.state, conflict, func.count())
        .where(*_queue_where(session))
        .group_by(col(Record.state), conflict)
    ).all()
    for state, conflicted, count in rows:
        kind = "conflict" if conflicted else state
        if kind in counts:
            counts[kind] += int(count)
    return counts


def review_queue(
    session: Session, *, offset: int = 0, limit: int = 50, kind: Kind | None = None
) -> dict[str, Any]:
    """One page of the queue (oldest first), optionally of one kind; its total and counts.

    Two queries over the queue (the counts by kind, which give the total, and the page), then
    the page's conflicts: within 3× of the raw `SELECT … LIMIT 50` + `count(*)` at 10,000
    queued records (`benchmarks/bench_branch.py`)."""
    counts = queue_counts(session)
    total = sum(counts.values()) if kind is None else counts[kind]
    rows = session.exec(
        select(Record)
        .where(*_queue_where(session), *_kind_where(session, kind))
        .order_by(col(Record.received_at), col(Record.id))
        .offset(offset)
        .limit(limit)
    ).all()
    conflicts = _conflict_ids(session, [row.id for row in rows])
    items = []
    for row in rows:
        item = record_summary(row)
        item["conflict"] = row.id in conflicts
        item["kind"] = "conflict" if item["conflict"] else row.state
        if item["conflict"]:
            item["reasons"] = [*item["reasons"], "CONFLICT"]
        items.append(item)
    return {
        "total": total,
        "offset": offset,
        "limit": limit,
        "kind": kind,
        "counts": counts,
        "items": items,
    }


def _conflict_ids(session: Session, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    found = session.exec(select(Conflict.record_id).where(col(Conflict.record_id).in_(ids)))
    return set(found.all())


def display_fields(
    registration: Mapping[str, Any],
    quote: Mapping[str, Any],
    *,
    registration_date: str,
    receipt_no: str,
) -> dict[str, str]:
    """A registration's fields as display-ready strings, NIK and phone masked. A version kept
    as a laptop sent it may hold anything in a field (an address that is a text, programs
    that are a number): each is shown as it reads, never a server error."""
    sent = registration.get("address") or {}
    address: Mapping[str, Any] = sent if isinstance(sent, Mapping) else {"street": sent}
    programs = registration.get("programs") or []
    fields = {
        "nik_masked": mask_nik(_text(registration.get("nik"))),
        "full_name": _text(registration.get("full_name")),
        "birth_date": _text(registration.get("birth_date")),
        "gender": _text(registration.get("gender")),
        "phone_masked": mask_phone(_text(registration.get("phone"))),
    }
    if "mother_name" in registration:
        fields["mother_name"] = _text(registration.get("mother_name"))
    occupation = _text(registration.get("occupation_code"))
    if registration.get("occupation_other"):
        occupation = f"{occupation}: {_text(registration.get('occupation_other'))}"
    fields.update(
        {
            "address": _address(address),
            "village_code": _text(address.get("village_code")),
            "occupation_code": occupation,
            "work_location": _text(registration.get("work_location")),
            "programs": "+".join(str(p) for p in programs)
            if isinstance(programs, list)
            else _text(programs),
            "declared_income": _text(registration.get("monthly_income")),
            "months_paid": _text(registration.get("months_paid")),
            "total_quoted": _text(quote.get("total")),
            "cash_paid": _text(registration.get("cash_paid")),
            "registration_date": registration_date,
            "receipt_no": receipt_no,
        }
    )
    return fields


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _address(address: Mapping[str, Any]) -> str:
    street = _text(address.get("street"))
    rt, rw = _text(address.get("rt")), _text(address.get("rw"))
    neighbourhood = f"RT {rt}/RW {rw}" if rt or rw else ""
    return ", ".join(part for part in (street, neighbourhood) if part)


def _record_fields(row: Record) -> dict[str, str]:
    content = opened_payload(row, row.receipt_no)
    return display_fields(
        content.get("registration") or {},
        content.get("quote") or {},
        registration_date=row.registration_date,
        receipt_no=shown_receipt(row.receipt_no),
    )


def differences(first: Mapping[str, str], second: Mapping[str, str]) -> list[str]:
    """The field names (in `first`'s order) whose display values differ."""
    names = [*first, *(name for name in second if name not in first)]
    return [name for name in names if first.get(name, "") != second.get(name, "")]


def review_detail(session: Session, record_id: str) -> dict[str, Any]:
    """One record beside the existing participant (duplicate) or its other versions (conflict)."""
    row = session.get(Record, record_id)
    if row is None:
        raise Refusal(404, "NOT_FOUND", "no such record")
    codes = _device_codes(session)
    fields = _record_fields(row)
    versions = _versions(session, row, fields, codes)
    review = session.get(Review, row.id)
    record = record_summary(row)
    record.update(
        kind="conflict" if versions else row.state,
        conflict=bool(versions),
        fields=fields,
        device=codes.get(row.device_id, ""),
        batch_id=row.batch_id,
    )
    if versions:
        record["reasons"] = [*record["reasons"], "CONFLICT"]
    if review is not None:
        record["note"] = open_note(session, review.note)
        record["decision"] = {
            "decision": review.decision,
            "reason_code": review.reason_code,
            "decided_by": review.decided_by,
            "decided_at": review.decided_at.isoformat(),
        }
    existing = _existing(session, row, codes) if row.state == "duplicate" else None
    changed: list[str] = []
    if versions:
        for version in versions[1:]:
            changed += [n for n in differences(fields, version["fields"]) if n not in changed]
    elif existing is not None:
        changed = [n for n in differences(fields, existing["fields"]) if n not in _OWN_FIELDS]
    return {"record": record, "existing": existing, "versions": versions, "differences": changed}


def _device_codes(session: Session) -> dict[int, str]:
    rows = session.exec(select(Device.id, Device.code)).all()
    return {int(i or 0): code for i, code in rows}


def _existing(session: Session, row: Record, codes: Mapping[int, str]) -> dict[str, Any] | None:
    """The participant already registered with this record's NIK, and the record that made it;
    `lapsed` when that record was voided (a clerk may then accept the duplicate)."""
    nik = "".join(
        ch
        for ch in _text((opened_payload(row, row.receipt_no).get("registration") or {}).get("nik"))
        if ch.isdigit()
    )
    participant = session.exec(
        select(Participant).where(Participant.nik_hash == nik_index(session, nik))
    ).first()
    kpj = participant.kpj if participant is not None else row.kpj
    source: Record | None = None
    if participant is not None:
        source = session.get(Record, participant.record_id)
    elif row.kpj is not None:
        source = session.exec(
            select(Record).where(Record.kpj == row.kpj, Record.state == "accepted")
        ).first()
    if kpj is None:
        return None
    # the registration that enrolled the worker was voided: accepting this one enrols them again
    lapsed = participant is not None and bool(lapsed_participants(session, [participant]))
    if source is None or source.id == row.id:
        return {"kpj": kpj, "lapsed": lapsed, "receipt_no": "", "officer": "",
                "registration_date": "", "device": "", "fields": {}}  # fmt: skip
    return {
        "kpj": kpj,
        "lapsed": lapsed,
        "receipt_no": shown_receipt(source.receipt_no),
        "officer": visible_line(source.officer),
        "registration_date": source.registration_date,
        "device": codes.get(source.device_id, ""),
        "fields": _record_fields(source),
    }


def _versions(
    session: Session, row: Record, held: dict[str, str], codes: Mapping[int, str]
) -> list[dict[str, Any]]:
    """The held version first, then each different version received under the same id."""
    received = session.exec(
        select(Conflict)
        .where(Conflict.record_id == row.id)
        .order_by(col(Conflict.received_at), col(Conflict.id))
    ).all()
    if not received:
        return []
    versions = [_version("held", row.content_hash, row.received_at.isoformat(),
                         codes.get(row.device_id, ""), held)]  # fmt: skip
    for other in received:
        payload = opened_payload(other, row.receipt_no)
        fields = display_fields(
            payload.get("registration") or {},
            payload.get("quote") or {},
            registration_date=_text(payload.get("registration_date")),
            receipt_no=shown_receipt(_text(payload.get("receipt_no"))),
        )
        versions.append(_version("received", other.content_hash, other.received_at.isoformat(),
                                 codes.get(other.device_id, ""), fields))  # fmt: skip
    return versions


def _version(
    label: str, digest: str, received_at: str, device: str, fields: dict[str, str]
) -> dict[str, Any]:
    return {
        "label": label,
        "content_hash": digest,
        "received_at": received_at,
        "device": device,
        "fields": fields,
    }


def sequence_gaps(session: Session, *, offset: int = 0, limit: int = 500) -> dict[str, Any]:
    """Receipt sequence numbers each device skipped and the branch has not received yet."""
    total = int(session.exec(select(func.count()).select_from(SequenceGap)).one())
    rows = session.exec(
        select(SequenceGap, Device)
        .join(Device, col(Device.id) == col(SequenceGap.device_id))
        .order_by(col(Device.code), col(SequenceGap.sequence))
        .offset(offset)
        .limit(limit)
    ).all()
    branch = branch_info(session).code
    known: dict[int, list[tuple[int, str]]] = {}
    items = []
    for gap, device in rows:
        assert device.id is not None
        if device.id not in known:
            known[device.id] = _received_sequences(session, device, branch)
        item: dict[str, Any] = {
            "device": device.code,
            "sequence": gap.sequence,
            "noticed_at": gap.noticed_at.isoformat(),
        }
        day = _certain_day(known[device.id], gap.sequence)
        if day is not None:
            item["receipt_no_expected"] = f"{branch}-{device.code}-{day}-{gap.sequence:05d}"
        items.append(item)
    return {"total": total, "offset": offset, "items": items}


def _received_sequences(session: Session, device: Device, branch: str) -> list[tuple[int, str]]:
    """(sequence, YYYYMMDD) of every receipt received from `device`, sorted."""
    found = []
    for receipt in session.exec(select(Record.receipt_no).where(Record.device_id == device.id)):
        sequence = receipt_sequence(receipt, branch, device.code)
        if sequence is not None:
            found.append((sequence, receipt.split("-")[2]))
    return sorted(found)


def _certain_day(received: list[tuple[int, str]], sequence: int) -> str | None:
    """The day of a missing sequence when the receipts on both sides were made that same day."""
    at = bisect.bisect_left(received, (sequence, ""))
    if at == 0 or at >= len(received):
        return None
    before, after = received[at - 1][1], received[at][1]
    return before if before == after else None
