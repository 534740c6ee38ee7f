"""The branch's tally across every laptop: the laptop tally's figures, from what arrived.

The branch holds each record's registration date (the laptop's date in the branch's zone) but
not its creation moment, so a record belongs to the day of its `registration_date`. Only the
live version of a registration counts: a record that a received correction supersedes is left
out. Branch states map to the laptop's statuses (`pending_review` is still `sent` for the
laptop; `voided` is voided). As on the laptop, rows count officers by user name and occupation
groups by code, with "display name (user name)" and the groups' names in `lang` beside them,
unhashed: a laptop's tally and the branch's tally of the same device and day hash the same in
any language.

A tally covers one day or a period `[day, day_to]` (rows per officer and location summed over
the period; the document then carries `date_to`), across every laptop or, for reconciliation,
restricted to one device: that device's tally is built with the laptop's own rules, so the two
hashes are equal when the branch holds what the laptop holds.

The database counts: one GROUP BY over the tallied fields, read from the stored JSON
(`jsonb` on PostgreSQL, `json_extract` on SQLite), gives counts, sums, receipt ranges and the
voided numbers per group; `build_tally_from_groups` folds the groups with the laptop tally's
rules. A month of a busy branch is never loaded row by row into Python.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy
from sqlalchemy import BigInteger, case, cast, func, literal_column, tuple_
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Session, col, select

from bpu_enroll.branch.admin.roster import branch_info
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.fields import officer_name
from bpu_enroll.branch.store.models import Device, Officer, Record
from bpu_enroll.branch.store.receipts import shown_receipt
from bpu_enroll.documents.tally.figures import (
    ALL_DEVICES,
    TallyData,
    TallyGroup,
    build_tally_from_groups,
    tally_figures,
    tally_hash,
)
from bpu_enroll.domain.formatting import visible_line
from bpu_enroll.domain.occupations import Catalogue, default_catalogue, group_code, group_names

NO_LOCATION = "-"
_STATUS = {
    "accepted": "accepted",
    "duplicate": "duplicate",
    "rejected": "rejected",
    "pending_review": "sent",
    "voided": "voided",
}
_FIELDS = (
    ("registration", "work_location"),
    ("registration", "programs"),
    ("registration", "occupation_code"),
    ("registration", "gender"),
)
_QUOTED = ("quote", "total")
_CASH = ("registration", "cash_paid")


def branch_tally(
    session: Session,
    day: date,
    *,
    day_to: date | None = None,
    device: Device | None = None,
    lang: str = "id",
    catalogue: Catalogue | None = None,
    now: datetime | None = None,
) -> TallyData:
    """The branch's tally of `day` (or of `day`..`day_to`): the live records of every laptop, or
    of `device` only, per officer and location."""
    info = branch_info(session)
    catalogue = catalogue or default_catalogue()
    groups = _groups(
        session,
        (day, day_to or day),
        catalogue,
        device_id=device.id if device is not None else None,
    )
    officers = {
        o.username: f"{officer_name(o)} ({o.username})" for o in session.exec(select(Officer))
    }
    # An officer the roster does not know is as a laptop named it on its records: the figures
    # (hashed, reconciled with the laptop's) keep the name, the words beside them show it.
    officers |= {
        g.officer: visible_line(g.officer)
        for g in groups
        if g.officer not in officers and visible_line(g.officer) != g.officer
    }
    return build_tally_from_groups(
        groups,
        branch_code=info.code,
        branch_name=info.name,
        province_code=info.province,
        device_code=device.code if device is not None else ALL_DEVICES,
        day=day,
        day_to=day_to,
        generated_at=now or datetime.now(UTC),
        officer_names=officers,
        group_names=group_names(catalogue, lang),
    )


def _json_field(session: Session, path: tuple[str, ...]) -> Any:
    """The text (or number) at `path` in a record's stored JSON, in this database's dialect."""
    if session.get_bind().dialect.name == "postgresql":
        return func.jsonb_extract_path_text(cast(col(Record.payload), JSONB), *path)
    return func.json_extract(col(Record.payload), "$." + ".".join(path))


def _groups(
    session: Session,
    period: tuple[date, date],
    catalogue: Catalogue,
    *,
    device_id: int | None,
) -> list[TallyGroup]:
    dimensions = [col(Record.officer), col(Record.state)]
    dimensions += [_json_field(session, path) for path in _FIELDS]
    voided = case((col(Record.state) == "voided", col(Record.receipt_no)), else_=None)
    # A version superseded by a later one of the same device (a chain never crosses devices,
    # `store.chains`): (id, device) pairs, so another laptop's record naming it changes nothing.
    superseded = sqlalchemy.select(col(Record.supersedes), col(Record.device_id)).where(
        col(Record.supersedes).is_not(None)
    )
    query = (
        sqlalchemy.select(
            *dimensions,
            func.count(),
            func.sum(cast(_json_field(session, _QUOTED), BigInteger)),
            func.sum(func.coalesce(cast(_json_field(session, _CASH), BigInteger), 0)),
            func.min(col(Record.receipt_no)),
            func.max(col(Record.receipt_no)),
            func.aggregate_strings(voided, "\n"),  # a kept old number may hold a space
        )
        .where(
            col(Record.registration_date) >= period[0].isoformat(),
            col(Record.registration_date) <= period[1].isoformat(),
            tuple_(col(Record.id), col(Record.device_id)).not_in(superseded),
        )
        # By position: the JSON paths are bound parameters, which PostgreSQL would not
        # recognise as the same expressions in the select list and in GROUP BY.
        .group_by(*(literal_column(str(n)) for n in range(1, len(dimensions) + 1)))
    )
    if device_id is not None:
        query = query.where(col(Record.device_id) == device_id)
    out = []
    for (officer, state, place, programs, occupation, gender, count, quoted, cash, first, last,
         voided_list) in session.execute(query):  # fmt: skip
        code = str(occupation or "")
        known = catalogue.get(code)
        out.append(
            TallyGroup(
                officer=officer,
                work_location=place or NO_LOCATION,
                status=_STATUS.get(state, state),
                voided=state == "voided",
                programs=tuple(json.loads(programs)) if programs else (),
                occupation_group=group_code(catalogue, code),
                sector=known.sector if known is not None else "other",
                gender=str(gender or ""),
                count=int(count),
                total_quoted=int(quoted or 0),
                cash_paid=int(cash or 0),
                first_receipt=shown_receipt(first) if first else first,
                last_receipt=shown_receipt(last) if last else last,
                voided_receipts=tuple(
                    shown_receipt(n) for n in (voided_list or "").split("\n") if n
                ),
            )
        )
    return out


def cash_by_officer(data: TallyData) -> dict[str, int]:
    """Cash collected per officer over all their locations (to reconcile against deposits)."""
    cash: dict[str, int] = {}
    for row in data.rows:
        officer = row.officer or ""
        cash[officer] = cash.get(officer, 0) + row.cash_collected
    return dict(sorted(cash.items()))


def tally_document(data: TallyData) -> dict[str, Any]:
    """`tally --json`: the laptop tally's figures and hash, plus cash per officer, `date_to`
    (the period's last day; equal to `date` for one day, and then not hashed), and the period
    said plainly as `from` and `to` (both equal to `date` for one day; neither hashed)."""
    return {
        **tally_figures(data),
        "from": data.day.isoformat(),
        "to": data.last_day.isoformat(),
        "date_to": data.last_day.isoformat(),
        "cash_by_officer": cash_by_officer(data),
    }


def audit_printed(session: Session, data: TallyData, *, actor: str, lang: str) -> None:
    """One audit line `print_tally` for a tally rendered to be printed and signed
    (`bpu-branch tally --out`, and the workspace's PDF asked without `preview`), as the laptop
    writes for its own: which days, the language and the hash on the paper (committed here)."""
    audit_paper(
        session,
        saved=False,
        actor=actor,
        period=(data.day, data.last_day),
        lang=lang,
        fingerprint=tally_hash(data),
        branch_code=data.branch_code,
        records=data.totals.records,
    )


PRINTED, SAVED = "print_tally", "tally_saved"


def audit_paper(
    session: Session,
    *,
    saved: bool,
    actor: str,
    period: tuple[date, date],
    lang: str,
    fingerprint: str,
    branch_code: str,
    records: int | None = None,
) -> None:
    """One audit line `print_tally` (printed) or `tally_saved` (`saved` as a PDF file) for the
    branch tally of `period` whose PDF carries `fingerprint` (committed here). `records` when
    known: a tally printed from its preview is logged by the fingerprint the workspace showed,
    which the server does not recount."""
    detail: dict[str, Any] = {
        "date": period[0].isoformat(),
        "date_to": period[1].isoformat(),
        "device": ALL_DEVICES,
        "lang": lang,
        "tally_hash": fingerprint,
    }
    if records is not None:
        detail["records"] = records
    if saved:
        audit_chain.append(session, actor=actor, action=SAVED, subject=branch_code, detail=detail)
    else:
        audit_chain.append(session, actor=actor, action=PRINTED, subject=branch_code, detail=detail)
    session.commit()
