"""Keyword-only data access over one SQLModel `Session` (one unit of work each call site).

Registrations, receipt numbers and drafts. The hash-chained audit log lives in `store.audit`.
Functions take and return plain values or detached rows; they never commit: the caller's
`Store.session()` block does, so a receipt number and the record it numbers are written in the
same transaction.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, or_, update
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session, col, select

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.formatting import zone_for_province
from bpu_enroll.store import rawsql
from bpu_enroll.store.models import Draft, ReceiptSequence, Registration
from bpu_enroll.store.rawsql import (
    STANDING_STATUSES,
    Cursor,
    RegistrationFilter,
    RegistrationListing,
    name_key,
)

__all__ = ["STANDING_STATUSES", "RegistrationFilter", "RegistrationListing", "name_key"]

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 kept readable: how the store keeps JSON columns."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# --- receipt numbers ---------------------------------------------------------------------------

LAST_RECEIPT_SEQUENCE = 999_999_999  # a receipt number's sequence has at most nine digits


def next_receipt_number(
    session: Session, *, branch_code: str, device_code: str, province_code: str, now: datetime
) -> str:
    """Take the device's next sequence value: `{branch}-{device}-{YYYYMMDD}-{seq:05d}`.

    The date is `now` in the branch's zone. The sequence never resets (not even at midnight),
    so a clock set back can never produce a number twice. The sequence row is changed in the
    caller's transaction: if the record is not committed, neither is the number.
    """
    value = _take_sequence_value(session, device_code)
    return _receipt(branch_code, device_code, province_code, now, value)


def take_receipt_number(
    cursor: Cursor, *, branch_code: str, device_code: str, province_code: str, now: datetime
) -> str:
    """`next_receipt_number` on a DBAPI cursor in a write transaction (the finalise path)."""
    value = rawsql.take_sequence_value(cursor, device_code)
    return _receipt(branch_code, device_code, province_code, now, value)


def _receipt(
    branch_code: str, device_code: str, province_code: str, now: datetime, value: int
) -> str:
    zone, _label = zone_for_province(province_code)
    day = now.astimezone(zone).strftime("%Y%m%d")
    return f"{branch_code}-{device_code}-{day}-{value:05d}"


def _take_sequence_value(session: Session, device_code: str) -> int:
    """Increment the device's sequence in one statement (`UPDATE … RETURNING`); the value taken.

    The first receipt of a device inserts the row instead. The caller's write transaction
    (`BEGIN IMMEDIATE`) holds the lock, so no other writer can take the same value.
    """
    table = ReceiptSequence.__table__  # type: ignore[attr-defined]
    taken = session.execute(
        update(table)
        .where(table.c.device == device_code)
        .values(next_value=table.c.next_value + 1)
        .returning(table.c.next_value)
    ).scalar_one_or_none()
    if taken is not None:
        _forget(session, ReceiptSequence, device_code)
        return int(taken) - 1
    session.execute(insert(table).values(device=device_code, next_value=2))
    _forget(session, ReceiptSequence, device_code)
    return 1


def _forget(session: Session, model: type[Any], key: str) -> None:
    """Expire a row this session holds in memory after a Core statement changed it."""
    held = session.identity_map.get(session.identity_key(model, key))
    if held is not None:
        session.expire(held)


def number_past(session: Session, *, device_code: str, sequence: int) -> bool:
    """Make the device's next receipt sequence come after `sequence` (the highest the branch
    received of it), never moving it back: a laptop restored from an old backup would otherwise
    give numbers the branch holds again. True when it moved. Not past the last sequence a
    receipt number carries (nine digits): a longer one is no record's (`sync.protocol.RECEIPT`),
    nor an audit line's (a long number), so the laptop could register no one."""
    if sequence >= LAST_RECEIPT_SEQUENCE:
        return False
    table = ReceiptSequence.__table__  # type: ignore[attr-defined]
    wanted = sequence + 1
    moved = (
        session.execute(
            update(table)
            .where(table.c.device == device_code, table.c.next_value < wanted)
            .values(next_value=wanted)
            .returning(table.c.next_value)
        ).first()
        is not None
    )
    if not moved and session.get(ReceiptSequence, device_code) is None and sequence > 0:
        session.execute(insert(table).values(device=device_code, next_value=wanted))
        moved = True
    _forget(session, ReceiptSequence, device_code)
    return moved


def peek_receipt_sequence(session: Session, *, device_code: str) -> int:
    """The sequence value the next receipt of this device will get."""
    row = session.get(ReceiptSequence, device_code)
    return 1 if row is None else row.next_value


# --- registrations -----------------------------------------------------------------------------


def final_values(
    *,
    record_id: str,
    receipt_number: str,
    registration: dict[str, Any],
    quote: dict[str, Any],
    sector: str,
    content_hash: str,
    officer: str,
    device: str,
    now: datetime,
    supersedes: Registration | None = None,
) -> dict[str, Any]:
    """Every column of a new final record (the next version of `supersedes`, if given)."""
    address = registration.get("address") or {}
    return {
        "id": record_id,
        "version": supersedes.version + 1 if supersedes else 1,
        "supersedes_id": supersedes.id if supersedes else None,
        "superseded_by_id": None,
        "receipt_number": receipt_number,
        "officer": officer,
        "device": device,
        "created_at": now,
        "updated_at": now,
        "status": "final",
        "voided": False,
        "void_reason": None,
        "voided_at": None,
        "voided_by": None,
        "void_sent_at": None,
        "nik": str(registration["nik"]),
        "name_key": name_key(str(registration["full_name"])),
        "full_name": str(registration["full_name"]),
        "village_code": str(address.get("village_code", "")),
        "occupation_code": str(registration.get("occupation_code", "")),
        "sector": sector,
        "work_location": registration.get("work_location") or None,
        "gender": str(registration.get("gender", "")),
        "programs": ",".join(registration.get("programs") or []),
        "data_json": canonical_json(registration),
        "quote_json": canonical_json(quote),
        "rule_version": str(quote.get("rule_version", "")),
        "total_quoted": int(quote.get("total", 0)),
        "months_paid": int(registration.get("months_paid") or 1),
        "cash_paid": registration.get("cash_paid"),
        "content_hash": content_hash,
        "kpj": None,
        "reject_codes": None,
        "reprint_count": 0,
        "branch_note": None,
        "branch_reason_text": None,
        "settled_at": None,
        "purged_at": None,
    }


def insert_final_registration(
    session: Session,
    *,
    record_id: str,
    receipt_number: str,
    registration: dict[str, Any],
    quote: dict[str, Any],
    sector: str,
    content_hash: str,
    officer: str,
    device: str,
    now: datetime,
    supersedes: Registration | None = None,
) -> Registration:
    """Insert one final record; with `supersedes`, link it as the next version of that one."""
    row = Registration(
        **final_values(
            record_id=record_id,
            receipt_number=receipt_number,
            registration=registration,
            quote=quote,
            sector=sector,
            content_hash=content_hash,
            officer=officer,
            device=device,
            now=now,
            supersedes=supersedes,
        )
    )
    # A Core insert of the row's values instead of a unit-of-work flush; the row then joins the
    # session as the persistent object of what was inserted (no further SQL).
    table = Registration.__table__  # type: ignore[attr-defined]
    session.execute(insert(table).values(row.model_dump()))
    make_transient_to_detached(row)
    session.add(row)
    if supersedes is not None:  # flushed with the commit, or by the next query's autoflush
        supersedes.superseded_by_id = record_id
        supersedes.updated_at = now
        session.add(supersedes)
    return row


def insert_final_row(cursor: Cursor, values: dict[str, Any]) -> None:
    """Insert a new record (`final_values`, no `supersedes`) on a DBAPI cursor in a write
    transaction: the finalise path, without the ORM."""
    if values["supersedes_id"] is not None:
        raise ValueError("a correction goes through insert_final_registration")
    rawsql.insert_registration(cursor, values)


def nik_has_final(target: Session | Cursor, *, nik: str, exclude_id: str | None = None) -> bool:
    """True when `nik` has a standing record: final or later, not voided, not superseded.

    A record the branch rejected does not stand (the worker is not registered by it).
    `exclude_id` leaves out the record being corrected. `target` is a session or a DBAPI
    cursor.
    """
    sql, params = rawsql.nik_stands_sql(nik, exclude_id)
    return bool(rawsql.rows(target, sql, params))


def standing_for_nik(target: Session | Cursor, *, nik: str) -> RegistrationListing | None:
    """The record that makes `nik` taken (see `nik_has_final`), or None."""
    sql, params = rawsql.standing_listing_sql(nik)
    found = rawsql.rows(target, sql, params)
    return rawsql.listing(found[0]) if found else None


def search_registrations(
    target: Session | Cursor,
    *,
    text: str = "",
    status: str | None = None,
    voided: bool | None = None,
    created_from: datetime | None = None,
    created_before: datetime | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[RegistrationListing]:
    """Find records by name prefix, NIK (exact or prefix) or receipt number (prefix).

    Digits only (spaces and dots ignored) is a NIK; text with a digit and a dash is a receipt
    number; anything else is a name prefix. Every search is an index range scan. `target` is a
    session or a DBAPI cursor; the rows are plain listings, not ORM objects.
    """
    found = search_registration_values(
        target, text=text, status=status, voided=voided, created_from=created_from,
        created_before=created_before, limit=limit, offset=offset,
    )  # fmt: skip
    return [rawsql.listing(row) for row in found]


def search_registration_values(
    target: Session | Cursor,
    *,
    text: str = "",
    status: str | None = None,
    voided: bool | None = None,
    created_from: datetime | None = None,
    created_before: datetime | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Any]:
    """The rows `search_registrations` finds as fetched: the stored values of
    `rawsql.LISTING_COLUMNS`, for a caller that builds its own views of them in one step
    (the Registrations search: `services.records.listed_rows`)."""
    flt = RegistrationFilter(text, status, voided, created_from, created_before)
    sql, params = rawsql.search_sql(flt, limit=limit, offset=offset)
    return rawsql.rows(target, sql, params)


def count_registrations(
    target: Session | Cursor,
    *,
    text: str = "",
    status: str | None = None,
    voided: bool | None = None,
    created_from: datetime | None = None,
    created_before: datetime | None = None,
) -> int:
    """How many records `search_registrations` would find without a limit."""
    flt = RegistrationFilter(text, status, voided, created_from, created_before)
    sql, params = rawsql.count_sql(flt)
    return int(rawsql.rows(target, sql, params)[0][0])


def get_registration(session: Session, *, key: str) -> Registration:
    """One record by id or receipt number; `NOT_FOUND` otherwise."""
    key = key.strip()
    row = session.get(Registration, key) if _UUID.match(key) else None
    if row is None:
        query = select(Registration).where(Registration.receipt_number == key.upper())
        row = session.exec(query).first()
    if row is None:
        raise BpuError("NOT_FOUND")
    return row


def void_registration(
    session: Session, *, key: str, reason: str, by: str, now: datetime
) -> Registration:
    """Void a record with a reason; it keeps its receipt number and stays counted."""
    if not reason.strip():
        raise BpuError("VOID_REASON_REQUIRED", field="reason")
    row = get_registration(session, key=key)
    if row.voided:
        raise BpuError("ALREADY_VOIDED")
    if row.superseded_by_id is not None:
        raise BpuError("SUPERSEDED")
    if row.status == "draft":
        raise BpuError("NOT_FINAL")
    row.voided = True
    row.void_reason = reason.strip()
    row.voided_at = now
    row.voided_by = by
    row.updated_at = now
    session.add(row)
    session.flush()
    return row


def record_reprint(session: Session, *, key: str) -> Registration:
    """Count one more printed copy (SALINAN) of a record's receipt."""
    row = get_registration(session, key=key)
    row.reprint_count += 1
    session.add(row)
    session.flush()
    return row


def void_unacknowledged() -> Any:
    """The condition of a voided record whose void the branch has not acknowledged."""
    return col(Registration.voided).is_(True) & col(Registration.void_sent_at).is_(None)


def waiting_for_branch() -> Any:
    """The condition of a record the branch has still to hear of: final, or a void it has not
    acknowledged (a record voided after it was sent)."""
    unsent = void_unacknowledged() & (col(Registration.status) != "draft")
    return or_(col(Registration.status) == "final", unsent)


def pending_count(session: Session) -> int:
    """Records waiting to sync: final and not yet acknowledged by the branch (voided included,
    because the branch must learn of a voided receipt too), and records voided after they were
    sent whose void the branch has not acknowledged yet (`sync.laptop_store`)."""
    query = select(func.count()).select_from(Registration).where(waiting_for_branch())
    return int(session.exec(query).one())


# --- drafts ------------------------------------------------------------------------------------


def save_draft(
    session: Session, *, officer: str, data: dict[str, Any], now: datetime, draft_id: str | None
) -> str:
    """Create or overwrite a draft; its id."""
    draft = session.get(Draft, draft_id) if draft_id else None
    if draft is None:
        draft = Draft(
            id=draft_id or str(uuid.uuid4()), officer=officer, data_json="", updated_at=now
        )
    draft.data_json = canonical_json(data)
    draft.updated_at = now
    session.add(draft)
    session.flush()
    return draft.id


def list_drafts(session: Session, *, officer: str | None = None) -> list[Draft]:
    """Drafts, newest first; only one officer's when `officer` is given."""
    query = select(Draft).order_by(col(Draft.updated_at).desc())
    if officer is not None:
        query = query.where(Draft.officer == officer)
    return list(session.exec(query).all())


def load_draft(session: Session, *, draft_id: str) -> Draft:
    """One draft; `NOT_FOUND` otherwise."""
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise BpuError("NOT_FOUND")
    return draft


def delete_draft(session: Session, *, draft_id: str) -> bool:
    """Remove a draft; False when there was none."""
    draft = session.get(Draft, draft_id)
    if draft is None:
        return False
    session.delete(draft)
    session.flush()
    return True


def delete_draft_row(cursor: Cursor, *, draft_id: str) -> None:
    """`delete_draft` on a DBAPI cursor in a write transaction (the finalise path)."""
    rawsql.delete_draft(cursor, draft_id)
