"""The branch's daily tally across every laptop: the laptop tally's figures, from what arrived.

The branch holds each record's registration date (the laptop's date in the branch's zone) but
not its creation moment, so a record belongs to the day of its `registration_date`; it is handed
to `build_tally` at local noon of that day, which `build_tally` then cuts at the branch's local
midnight like the laptop does. Only the live version of a registration counts: a record that a
received correction supersedes is left out. Branch states map to the laptop's statuses
(`pending_review` is still `sent` for the laptop; `voided` is voided). Officers appear as
"display name (user name)", occupation groups by their catalogue name, as on the laptop.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any

from sqlmodel import Session, col, select

from bpu_enroll.branch.admin import branch_info
from bpu_enroll.branch.models import Officer, Record
from bpu_enroll.documents.tally_figures import TallyData, TallyRecord, build_tally, tally_figures
from bpu_enroll.domain.formatting import zone_for_province
from bpu_enroll.domain.occupations import Catalogue, default_catalogue

BRANCH_DEVICE_LABEL = "ALL"
NO_LOCATION = "-"
_STATUS = {
    "accepted": "accepted",
    "duplicate": "duplicate",
    "rejected": "rejected",
    "pending_review": "sent",
    "voided": "voided",
}


def branch_tally(
    session: Session,
    day: date,
    *,
    lang: str = "id",
    catalogue: Catalogue | None = None,
    now: datetime | None = None,
) -> TallyData:
    """The branch's tally of `day`: every laptop's live records, per officer and location."""
    info = branch_info(session)
    records = list(_records(session, day, info.province, lang, catalogue or default_catalogue()))
    return build_tally(
        records,
        branch_code=info.code,
        branch_name=info.name,
        province_code=info.province,
        device_code=BRANCH_DEVICE_LABEL,
        day=day,
        generated_at=now or datetime.now(UTC),
    )


def _records(
    session: Session, day: date, province: str, lang: str, catalogue: Catalogue
) -> Iterator[TallyRecord]:
    zone, _label = zone_for_province(province)
    moment = datetime.combine(day, time(12), tzinfo=zone).astimezone(UTC)
    labels = {o.username: f"{o.name} ({o.username})" for o in session.exec(select(Officer))}
    superseded = select(Record.supersedes).where(col(Record.supersedes).is_not(None))
    rows = session.exec(
        select(Record).where(
            Record.registration_date == day.isoformat(), col(Record.id).not_in(superseded)
        )
    )
    groups: dict[str, str] = {}
    for row in rows:
        content: dict[str, Any] = json.loads(row.payload)
        registration = content.get("registration", {})
        quote = content.get("quote", {})
        code = str(registration.get("occupation_code", ""))
        if code not in groups:
            groups[code] = _group_name(catalogue, code, lang)
        occupation = catalogue.get(code)
        yield TallyRecord(
            officer=labels.get(row.officer, row.officer),
            work_location=registration.get("work_location") or NO_LOCATION,
            status=_STATUS.get(row.state, row.state),
            voided=row.state == "voided",
            programs=tuple(registration.get("programs") or ()),
            occupation_group=groups[code],
            sector=occupation.sector if occupation is not None else "other",
            gender=str(registration.get("gender", "")),
            total_quoted=int(quote.get("total", 0)),
            cash_paid=int(registration.get("cash_paid") or 0),
            receipt_number=row.receipt_no,
            created_at=moment,
        )


def _group_name(catalogue: Catalogue, code: str, lang: str) -> str:
    occupation = catalogue.get(code)
    if occupation is None:
        return code or NO_LOCATION
    group = catalogue.group(occupation.group)
    return group.name(lang) if group is not None else occupation.group


def cash_by_officer(data: TallyData) -> dict[str, int]:
    """Cash collected per officer over all their locations (to reconcile against deposits)."""
    cash: dict[str, int] = {}
    for row in data.rows:
        officer = row.officer or ""
        cash[officer] = cash.get(officer, 0) + row.cash_collected
    return dict(sorted(cash.items()))


def tally_document(data: TallyData) -> dict[str, Any]:
    """`tally --json`: the laptop tally's figures and hash, plus cash per officer."""
    return {**tally_figures(data), "cash_by_officer": cash_by_officer(data)}
