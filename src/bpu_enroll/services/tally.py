"""The daily tally ("Rekap Harian") of this laptop: figures from the store, the PDF, the log.

The day is cut at the branch's local midnight (`local_day_bounds` with the branch's province).
Records are selected by their UTC creation time (an index range scan on `created_at`), reading
only plain columns, never the JSON of a record.

Two ways to the same figures:

- `records(day)` streams the day's records as `TallyRecord`s; `build_tally` counts them. This
  is the reference, and what a caller that wants the records themselves uses.
- `figures(day)` (used for printing) lets SQLite count: one `GROUP BY` over the tally's
  dimensions gives counts, sums and receipt ranges per group, and `build_tally_from_groups`
  folds the groups into the same `TallyData` (the rules `build_tally` goes through too).
  Counting 100,000 records one by one in Python takes several times the raw aggregate query;
  this stays close to it. A test checks that both ways give identical figures (and hash).

Rules chosen here:

- **Voided** records count on the day they were made, under the status `voided`, and their
  receipt numbers are listed; they add nothing to money or mix figures (as `build_tally`).
- **Corrections**: only the live version of a registration counts. A version that a
  correction superseded is left out of every figure (so a worker and the cash are never
  counted twice); the correction counts on the day it was finalised, under its own receipt
  number. A tally printed again after a later correction can therefore differ from the first
  print of that day; its printed hash tells the two apart.
- Rows name officers by user name and occupation groups by code; "display name (user name)"
  and the group's name in the tally's language travel beside them, unhashed, so the hash of a
  day is the same in every language and at the branch.
- Every printed tally appends one audit entry `print_tally` (date, records, figures hash). A
  print preview (`preview`) logs nothing; its PDF is logged once printed or saved
  (`log_printed`), with the figures that PDF shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy
from sqlalchemy import case, func
from sqlmodel import Session, col, select

from bpu_enroll.documents.tally.figures import (
    TallyData,
    TallyGroup,
    TallyRecord,
    build_tally,
    build_tally_from_groups,
    local_day_bounds,
    tally_figures,
    tally_hash,
)
from bpu_enroll.documents.tally.pdf import render_tally
from bpu_enroll.domain.occupations import Catalogue, default_catalogue, group_code, group_names
from bpu_enroll.services.session import OfficerSession
from bpu_enroll.store import audit
from bpu_enroll.store.models import Officer, Registration

__all__ = ["RenderedTally", "TallyService", "tally_file_name"]

NO_LOCATION = "-"

_R = Registration
_DIMENSIONS = (
    col(_R.officer),
    col(_R.work_location),
    col(_R.status),
    col(_R.voided),
    col(_R.programs),
    col(_R.occupation_code),
    col(_R.sector),
    col(_R.gender),
)


@dataclass(frozen=True)
class RenderedTally:
    """One printed tally: the PDF, the figures it shows and a file name."""

    pdf: bytes
    data: TallyData
    file_name: str

    @property
    def hash(self) -> str:
        """The SHA-256 of the figures, printed at the foot of every page."""
        return tally_hash(self.data)

    def figures(self) -> dict[str, Any]:
        """The `tally --json` document of the printed figures."""
        return tally_figures(self.data)


class TallyService:
    """The daily-tally use-cases of one `OfficerSession`."""

    def __init__(self, session: OfficerSession, *, catalogue: Catalogue | None = None) -> None:
        self._session = session
        self._catalogue = catalogue

    def figures(self, day: date, *, lang: str = "id") -> TallyData:
        """The figures of one local day, counted in SQL (nothing is logged)."""
        with self._session.store.session(readonly=True) as session:
            return self._figures(session, day, lang)

    def render(self, day: date, lang: str = "id") -> bytes:
        """The tally PDF of one local day (logged as printed)."""
        return self.print_tally(day, lang=lang).pdf

    def print_tally(self, day: date, *, lang: str = "id") -> RenderedTally:
        """The tally PDF with its figures; one audit entry `print_tally`."""
        with self._session.store.session() as session:
            rendered = self._render(session, day, lang)
            self._log_printed(session, rendered.data, lang)
        return rendered

    def preview(self, day: date, *, lang: str = "id") -> RenderedTally:
        """The tally PDF as `print_tally` makes it, for a print preview: nothing is logged
        until it is printed or saved (`log_printed`)."""
        with self._session.store.session(readonly=True) as session:
            return self._render(session, day, lang)

    def log_printed(self, rendered: RenderedTally, *, lang: str = "id") -> None:
        """The audit entry `print_tally` of a tally made by `preview` and then printed or saved:
        the figures and hash of the PDF on paper, as `print_tally` logs them."""
        with self._session.store.session() as session:
            self._log_printed(session, rendered.data, lang)

    def _render(self, session: Session, day: date, lang: str) -> RenderedTally:
        data = self._figures(session, day, lang)
        pdf = render_tally(data, lang=lang)
        return RenderedTally(pdf=pdf, data=data, file_name=tally_file_name(data, lang=lang))

    def _log_printed(self, session: Session, data: TallyData, lang: str) -> None:
        audit.append_audit(
            session,
            at=self._session.now(),
            actor=self._session.officer.username,
            action="print_tally",
            subject=None,
            details={
                "date": data.day.isoformat(),
                "device": data.device_code,
                "lang": lang,
                "records": data.totals.records,
                "tally_hash": tally_hash(data),
            },
        )

    def records(self, day: date, *, lang: str = "id") -> list[TallyRecord]:
        """The day's live records, one `TallyRecord` each (for `build_tally`)."""
        with self._session.store.session(readonly=True) as session:
            return list(self._records(session, day))

    def build(self, records: Iterable[TallyRecord], day: date, *, lang: str = "id") -> TallyData:
        """`build_tally` over `records` with this laptop's branch, device and clock."""
        profile = self._session.profile
        return build_tally(
            records,
            branch_code=profile.branch_code,
            branch_name=profile.branch_name,
            province_code=profile.province_code,
            device_code=profile.device_code,
            day=day,
            generated_at=self._session.now(),
            officer_names=self._officer_names(),
            group_names=self._group_names(lang),
        )

    def _officer_names(self) -> dict[str, str]:
        with self._session.store.session(readonly=True) as session:
            return _officer_labels(session)

    def _group_names(self, lang: str) -> dict[str, str]:
        return group_names(self._catalogue or default_catalogue(), lang)

    # --- the day's rows ------------------------------------------------------------------------

    def _live_in_day(self, day: date) -> list[Any]:
        start, end = local_day_bounds(day, self._session.profile.province_code)
        return [
            col(_R.created_at) >= start,
            col(_R.created_at) < end,
            col(_R.superseded_by_id).is_(None),
            col(_R.status) != "draft",
        ]

    def _records(self, session: Session, day: date) -> Iterator[TallyRecord]:
        groups = _GroupCodes(self._catalogue or default_catalogue())
        query = sqlalchemy.select(
            *_DIMENSIONS,
            col(_R.total_quoted),
            col(_R.cash_paid),
            col(_R.receipt_number),
            col(_R.created_at),
        ).where(*self._live_in_day(day))
        for (officer, place, status, voided, programs, occupation, sector, gender, quoted,
             cash, number, created) in session.connection().execute(query):  # fmt: skip
            yield TallyRecord(
                officer=officer,
                work_location=place or NO_LOCATION,
                status=status,
                voided=bool(voided),
                programs=tuple(programs.split(",")) if programs else (),
                occupation_group=groups.of(occupation),
                sector=sector,
                gender=gender,
                total_quoted=int(quoted or 0),
                cash_paid=int(cash or 0),
                receipt_number=number,
                created_at=created,
            )

    def _figures(self, session: Session, day: date, lang: str) -> TallyData:
        """The same figures as `build(records(day))`, counted per group by SQLite."""
        catalogue = self._catalogue or default_catalogue()
        codes = _GroupCodes(catalogue)
        voided_numbers = case((col(_R.voided), col(_R.receipt_number)), else_=None)
        query = sqlalchemy.select(
            *_DIMENSIONS,
            func.count(),
            func.sum(col(_R.total_quoted)),
            func.sum(func.coalesce(col(_R.cash_paid), 0)),
            func.min(col(_R.receipt_number)),
            func.max(col(_R.receipt_number)),
            func.group_concat(voided_numbers, " "),
        ).where(*self._live_in_day(day)).group_by(*_DIMENSIONS)  # fmt: skip
        groups = []
        result = session.connection().execute(query)
        for (officer, place, status, voided, programs, occupation, sector, gender, count,
             quoted, cash, first, last, voided_list) in result:  # fmt: skip
            groups.append(
                TallyGroup(
                    officer=officer,
                    work_location=place or NO_LOCATION,
                    status=status,
                    voided=bool(voided),
                    programs=tuple(programs.split(",")) if programs else (),
                    occupation_group=codes.of(occupation),
                    sector=sector,
                    gender=gender,
                    count=int(count),
                    total_quoted=int(quoted or 0),
                    cash_paid=int(cash or 0),
                    first_receipt=first,
                    last_receipt=last,
                    voided_receipts=tuple((voided_list or "").split()),
                )
            )
        profile = self._session.profile
        return build_tally_from_groups(
            groups,
            branch_code=profile.branch_code,
            branch_name=profile.branch_name,
            province_code=profile.province_code,
            device_code=profile.device_code,
            day=day,
            generated_at=_aware(self._session.now()),
            officer_names=_officer_labels(session),
            group_names=group_names(catalogue, lang),
        )


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("the clock must give timezone-aware datetimes")
    return moment


class _GroupCodes:
    """Occupation code → its group's code (what the tally counts), looked up once per code."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._codes: dict[str, str] = {}

    def of(self, occupation_code: str) -> str:
        code = self._codes.get(occupation_code)
        if code is None:
            code = self._codes[occupation_code] = group_code(self._catalogue, occupation_code)
        return code


def _officer_labels(session: Session) -> dict[str, str]:
    """User name → "display name (user name)" for every officer the store knows."""
    rows = session.exec(select(col(Officer.username), col(Officer.display_name))).all()
    return {username: f"{display} ({username})" for username, display in rows}


def tally_file_name(data: TallyData, *, lang: str = "id") -> str:
    """`rekap-harian-DEMO-D0001-2026-05-10.pdf` (branch, device and date only)."""
    stem = "daily-tally" if lang == "en" else "rekap-harian"
    return f"{stem}-{data.branch_code}-{data.device_code}-{data.day.isoformat()}.pdf"
