"""Laptop reports kept by the branch: the newest per device, and the newest tally per day.

`receive_report` stores what `POST /api/v1/reports` brought: the laptop's pending count (one
row per device) and each daily tally document (one row per device and day). The newest report
wins, by the laptop's `generated_at`, so a report retried late never hides a newer one. A tally
whose hash does not match its own figures, or that names another device, is refused. A report
generated, or a tally dated, after the server's tomorrow (`latest_day`: a day's margin for the
time zones) is refused as `REPORT_DATE_FUTURE` (422), nothing kept: one dated 9999 was kept and,
newest winning, hid every later report of that laptop. A report or tally already stored with
such a date no longer wins over one that comes after it. A tally dated before `earliest_day`
(`REPORT_DAYS` before the server's today: a laptop sends its last `REPORT_DAYS` local days, and
its day is never behind UTC's in Indonesia) is refused as `REPORT_DATE_PAST` (422), nothing
kept: one row is kept per device and day, and a tally of any past day (0001-01-01 too) let an
enrolled laptop add rows without bound. A tally naming an officer with a NIK (a row's
`officer`, or a name under `labels.officers`: what reconciliation shows) is refused as
`TALLY_OFFICER_NIK` (422), here and when uploaded for reconciliation; a NIK in any other text
or number it carries (a work location, an occupation group's or the branch's name, a key, a
string under a key the branch does not read) is refused as `TALLY_TEXT_NIK` (422), with the same
check (`domain.formatting.holds_nik`): reconciliation shows the words, and the tally is kept.
Its receipt numbers are spared that check only when a laptop could have issued them: of its
shape (`protocol.RECEIPT`: one splits its digits by dashes, as a NIK may be) with no 16 digits
as the branch or device part, which that shape lets through and the protocol refuses in a
record; its hash and dates never hold one. On
PostgreSQL a tally's officers' names (`labels.officers`) are stored sealed (`fields.seal_tally`;
a tally of the 0.1.0 layout, names in its figures, is sealed whole) and opened by
`LaptopTallyRow.figures`. The two tables are declared with every other in the store
(`store.laptop_reports`).

A stored tally is read through `opened_tally`, which checks its figures as an arriving one is
checked (`TallyDocument.figures_readable`): a tally stored before that check, or damaged on
disk, is refused as `TALLY_UNREADABLE` (409) naming the laptop's device code and the day, never
an unexpected server error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from bpu_enroll.branch.device.auth import Refusal, as_utc
from bpu_enroll.branch.store.fields import UNREADABLE_ERRORS, seal_tally
from bpu_enroll.branch.store.laptop_reports import LaptopReportRow, LaptopTallyRow
from bpu_enroll.branch.store.models import Device, utcnow
from bpu_enroll.domain.formatting import NIK_LIKE, holds_nik
from bpu_enroll.sync.protocol import RECEIPT
from bpu_enroll.sync.report import REPORT_DAYS, LaptopReport, ReportAnswer, TallyDocument

_RECEIPT = re.compile(RECEIPT)
_RECEIPT_KEYS = frozenset({"first_receipt", "last_receipt", "voided_receipts"})
_UNWORDED_KEYS = frozenset({"hash", "date", "date_to"})  # a hex hash, ISO dates


def check_tally(document: TallyDocument, device: Device) -> None:
    """Refuse (422) a tally of another device, whose hash does not match its figures, or that
    names an officer with a NIK (in a row, or in the names under `labels`), or that holds a NIK
    anywhere else (`TALLY_TEXT_NIK`)."""
    if document.device != device.code:
        raise Refusal(422, "TALLY_DEVICE", "the tally belongs to another device")
    if not document.hash_is_consistent():
        raise Refusal(422, "TALLY_HASH_INVALID", "the tally's hash does not match its figures")
    labels = (document.model_extra or {}).get("labels") or {}
    named = [
        *(row.get("officer") for row in document.rows),
        *(labels.get("officers") or {}).values(),
    ]
    if any(holds_nik(str(name or "")) for name in named):
        raise Refusal(422, "TALLY_OFFICER_NIK", "the tally names an officer with a NIK")
    if holds_text_nik(document.figures()):
        raise Refusal(422, "TALLY_TEXT_NIK", "the tally holds a NIK in its text")


def holds_text_nik(figures: dict[str, Any]) -> bool:
    """Whether a tally's figures hold a NIK in any text or number (`TALLY_TEXT_NIK`); `bpu-branch
    check` asks it of the tallies kept before that rule."""
    return any(holds_nik(text) for text in _texts(figures))


def _texts(value: Any, key: str = "") -> Iterator[str]:
    """Every string and number of a tally document, its keys too, as text; not its hash or
    dates, nor a receipt number of a laptop's shape (see the module text)."""
    if isinstance(value, dict):
        for name, item in value.items():
            yield str(name)
            if str(name) not in _UNWORDED_KEYS or not isinstance(item, str):
                yield from _texts(item, str(name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item, key)
    elif isinstance(value, str):
        if not (key in _RECEIPT_KEYS and _issuable(value)):
            yield value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(value)


def _issuable(receipt: str) -> bool:
    """True for a receipt number a laptop could have issued: of its shape, with no NIK as its
    branch or device part (16 digits, which `RECEIPT` lets through: the protocol refuses such
    a record, `RecordPayload.receipt_no`)."""
    return _RECEIPT.fullmatch(receipt) is not None and not NIK_LIKE.search(receipt)


def latest_day(now: datetime) -> date:
    """The last day a report may be generated or a tally dated: the server's (UTC) tomorrow,
    since a laptop's local day may be one ahead of UTC's."""
    return as_utc(now).date() + timedelta(days=1)


def earliest_day(now: datetime) -> date:
    """The first day a tally may be dated: `REPORT_DAYS` before the server's (UTC) today, a day
    more than the oldest a laptop sends (its local day is never behind UTC's)."""
    return as_utc(now).date() - timedelta(days=REPORT_DAYS)


def _shadows(stored: datetime, generated: datetime, now: datetime) -> bool:
    """True when a stored report or tally generated at `stored` wins over one generated at
    `generated`: it is newer, and not dated after `latest_day` (kept before that was refused)."""
    return as_utc(stored) > generated and as_utc(stored).date() <= latest_day(now)


def _refuse_future(report: LaptopReport, now: datetime) -> None:
    last = latest_day(now)
    days = [as_utc(report.generated_at).date(), *(t.date for t in report.tallies)]
    if any(day > last for day in days):
        raise Refusal(
            422, "REPORT_DATE_FUTURE",
            f"the report or one of its tallies is dated after {last.isoformat()}",
        )  # fmt: skip


def _refuse_past(report: LaptopReport, now: datetime) -> None:
    first = earliest_day(now)
    if any(tally.date < first for tally in report.tallies):
        raise Refusal(
            422, "REPORT_DATE_PAST", f"a tally of the report is dated before {first.isoformat()}"
        )


def receive_report(session: Session, *, device: Device, report: LaptopReport) -> ReportAnswer:
    """Keep `report` (newest wins per device and per day) and commit."""
    assert device.id is not None
    if report.device != device.code:
        raise Refusal(403, "DEVICE_MISMATCH", "the report names another device")
    now = utcnow()
    _refuse_future(report, now)
    _refuse_past(report, now)
    for document in report.tallies:
        check_tally(document, device)
    generated = as_utc(report.generated_at)
    row = session.get(LaptopReportRow, device.id)
    if row is None:
        row = LaptopReportRow(device_id=device.id, generated_at=generated, received_at=now)
    if not _shadows(row.generated_at, generated, now):
        row.generated_at, row.received_at, row.pending = generated, now, report.pending
        row.app_version = report.app_version
        row.reference_versions = json.dumps(report.reference_versions, sort_keys=True)
        session.add(row)
    kept: list[date] = []
    for document in report.tallies:
        if _keep_tally(session, device.id, document, generated, now):
            kept.append(document.date)
    session.commit()
    return ReportAnswer(device=device.code, received_at=now, days=sorted(kept))


def _keep_tally(
    session: Session, device_id: int, document: TallyDocument, generated: datetime, now: datetime
) -> bool:
    day = document.date.isoformat()
    row = session.get(LaptopTallyRow, (device_id, day))
    if row is not None and _shadows(row.generated_at, generated, now):
        return False
    if row is None:
        row = LaptopTallyRow(
            device_id=device_id,
            day=day,
            generated_at=generated,
            received_at=now,
            tally_hash=document.hash,
            document="{}",
        )
    row.generated_at, row.received_at, row.tally_hash = generated, now, document.hash
    text = json.dumps(document.figures(), sort_keys=True, ensure_ascii=False)
    row.document = seal_tally(session, text)  # the officers' names sealed on PostgreSQL
    session.add(row)
    return True


def tallies_of_day(session: Session, day: date) -> dict[int, LaptopTallyRow]:
    """Every laptop's newest tally of `day`, by device id."""
    rows = session.exec(select(LaptopTallyRow).where(LaptopTallyRow.day == day.isoformat()))
    return {row.device_id: row for row in rows}


def opened_tally(row: LaptopTallyRow, device_code: str) -> dict[str, Any]:
    """The stored tally document of `row` (`LaptopTallyRow.figures`) once its figures are known
    readable; a damaged one is refused as `TALLY_UNREADABLE` (409) naming the laptop and the
    day (never a figure: the damage may hold anything)."""
    try:
        figures = row.figures()
        TallyDocument.model_validate(figures)  # pydantic's ValidationError is a ValueError
    except UNREADABLE_ERRORS as exc:
        raise Refusal(
            409, "TALLY_UNREADABLE",
            f"the stored tally of laptop {device_code} for {row.day} is damaged and cannot be read",
            extra={"device": device_code, "date": row.day},
        ) from exc  # fmt: skip
    return figures


def latest_reports(session: Session) -> dict[int, LaptopReportRow]:
    """Every laptop's newest report, by device id."""
    rows = session.exec(select(LaptopReportRow).order_by(col(LaptopReportRow.device_id)))
    return {row.device_id: row for row in rows}
