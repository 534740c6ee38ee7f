"""Registration use-cases for one logged-in officer: validate, finalise, void, correct, find,
drafts, and the status bar's figures.

Each call is one unit of work on the store. `finalise` validates (including `NIK_DUPLICATE`
against the store), quotes, seals the content hash, takes the receipt number, inserts the record,
writes the audit entry and drops the draft it came from: all in ONE transaction, so a crash at
any point leaves either the whole record with its number, or nothing.

Rules chosen here:
- a NIK stands (for `NIK_DUPLICATE`) while it has a record that is final or later, not voided,
  not superseded and not rejected by the branch;
- a correction is a new version (new id, new receipt number, `supersedes_id` → the old one); the
  old one stays, marked superseded. Voided or already superseded records cannot be corrected;
- a void needs a reason, keeps the receipt number and the record; it cannot be undone.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from bpu_enroll.domain.contributions import Quote
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.domain.formatting import local_day_bounds
from bpu_enroll.domain.hashing import content_hash
from bpu_enroll.domain.occupations import Catalogue
from bpu_enroll.domain.registration import Validation, validate_registration
from bpu_enroll.services.clock import Clock, local_date
from bpu_enroll.services.records import (
    DraftInfo,
    FinaliseResult,
    RegistrationDetail,
    RegistrationRefused,
    RegistrationRow,
    listed_rows,
    to_detail,
    to_draft_info,
    to_row,
)
from bpu_enroll.services.reference import LaptopReference, reference_for
from bpu_enroll.services.session import OfficerSession, read_profile
from bpu_enroll.store import audit, repo
from bpu_enroll.store.db import Store
from bpu_enroll.store.models import Officer, Registration
from bpu_enroll.store.rawsql import COUNT_CAP, Cursor
from bpu_enroll.sync.laptop_store import load_sync_state

# A search anywhere in a name or receipt number counts at most this many records (and one more
# to say "more than"): the page asks the officer to type more.
SEARCH_COUNT_CAP = COUNT_CAP

_LONG_NUMBER = re.compile(r"\d{10,}")
# How an officer comes to see a stored record in full (`view`).
VIEW_WAYS = frozenset({"details", "correction"})


@dataclass(frozen=True)
class StatusSummary:
    """What the status bar shows: officer, branch, records waiting to sync, last sync."""

    officer: str
    officer_name: str
    role: str
    branch_code: str
    branch_name: str
    device_code: str
    pending: int
    last_sync_at: datetime | None
    zone_label: str
    device_revoked: bool = False


@dataclass(frozen=True)
class SearchQuery:
    """A Registrations page query: text (name prefix, NIK or receipt number) and filters.

    `date_from` and `date_to` are calendar dates in the branch's zone, both included.
    """

    text: str = ""
    status: str | None = None
    voided: bool | None = None
    date_from: date | None = None
    date_to: date | None = None


class RegistrationService:
    """The registration use-cases of one `OfficerSession`."""

    def __init__(
        self,
        session: OfficerSession,
        *,
        now: Clock | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self._session = session
        self._now = now or session.now
        self._catalogue = catalogue

    @property
    def _store(self) -> Store:
        return self._session.store

    @property
    def _province(self) -> str:
        return self._session.profile.province_code

    def today(self) -> date:
        """The registration date: today in the branch's zone."""
        return local_date(self._now(), self._province)

    # --- judging and storing -------------------------------------------------------------------

    def validate(self, data: Any, lang: str = "id") -> Validation:
        """Judge a registration as of today, `NIK_DUPLICATE` included; nothing is stored."""
        with self._store.session(readonly=True) as session:
            return self._validate(session, data, lang, exclude_id=None)

    def finalise(
        self,
        data: Any,
        lang: str = "id",
        *,
        draft_id: str | None = None,
        prefilled_from_ktp: bool = False,
    ) -> FinaliseResult:
        """Validate, quote, seal and store a final record with its receipt number (one
        transaction). `RegistrationRefused` with every problem when the data is not valid.
        `prefilled_from_ktp`: the audit entry notes that a KTP photo filled the form (nothing of
        the photo or of what it said).

        The hot path of the field (DESIGN.md §6): it runs its few statements on a DBAPI cursor
        in one `BEGIN IMMEDIATE` transaction, without the ORM.
        """
        self._refuse_if_revoked()
        with self._store.cursor(write=True) as cursor:
            now = self._now()
            validation = validate_registration(
                data,
                today=self.today(),
                lang=lang,
                nik_exists=lambda nik: repo.nik_has_final(cursor, nik=nik),
                catalogue=self._catalogue or self.reference().catalogue,
                rules=self.reference().rules,
                regions=self.reference().regions,
            )
            result = self._insert_new(cursor, validation, now=now, ktp=prefilled_from_ktp)
            if draft_id is not None:
                repo.delete_draft_row(cursor, draft_id=draft_id)
            return result

    def correct(self, key: str, data: Any, lang: str = "id") -> FinaliseResult:
        """A new version of a record (new receipt number) that names the one it replaces.

        Refused when it changes nothing (`CORRECTION_UNCHANGED`), when the personal fields of
        the record were removed (`RECORD_PURGED`) or the device was revoked (`DEVICE_REVOKED`).
        """
        self._refuse_if_revoked()
        with self._store.session() as session:
            now = self._now()
            old = repo.get_registration(session, key=key)
            if old.voided:
                raise BpuError("ALREADY_VOIDED")
            if old.superseded_by_id is not None:
                raise BpuError("SUPERSEDED")
            if old.purged_at is not None:
                raise BpuError("RECORD_PURGED")
            validation = self._validate(session, data, lang, exclude_id=old.id)
            if not validation.errors and validation.registration == json.loads(old.data_json):
                raise BpuError("CORRECTION_UNCHANGED")
            return self._insert(session, validation, now=now, supersedes=old)

    def device_revoked(self) -> bool:
        """True when the branch revoked this laptop (learned at a sync)."""
        return load_sync_state(self._session.data_dir).device_revoked

    def _refuse_if_revoked(self) -> None:
        if self.device_revoked():
            raise BpuError("DEVICE_REVOKED")

    def void(self, key: str, reason: str) -> RegistrationDetail:
        """Void a record with a reason; it keeps its receipt number and stays counted."""
        with self._store.session() as session:
            now = self._now()
            row = repo.void_registration(session, key=key, reason=reason, by=self._officer, now=now)
            audit.append_audit(
                session,
                at=now,
                actor=self._officer,
                action="void",
                subject=row.id,
                details={"receipt_number": row.receipt_number, "reason": _scrub(reason)},
            )
            return self._detail(session, row)

    def _validate(
        self, session: Session, data: Any, lang: str, *, exclude_id: str | None
    ) -> Validation:
        def nik_exists(nik: str) -> bool:
            return repo.nik_has_final(session, nik=nik, exclude_id=exclude_id)

        reference = self.reference()
        return validate_registration(
            data,
            today=self.today(),
            lang=lang,
            nik_exists=nik_exists,
            catalogue=self._catalogue or reference.catalogue,
            rules=reference.rules,
            regions=reference.regions,
        )

    def reference(self) -> LaptopReference:
        """The rules and catalogue in use: shipped, plus the branch's packages."""
        return reference_for(self._session.data_dir)

    def _insert(
        self,
        session: Session,
        validation: Validation,
        *,
        now: datetime,
        supersedes: Registration | None,
    ) -> FinaliseResult:
        registration, quote, quote_doc, sealed = _sealed(validation)
        profile = self._session.profile
        receipt = repo.next_receipt_number(
            session,
            branch_code=profile.branch_code,
            device_code=profile.device_code,
            province_code=profile.province_code,
            now=now,
        )
        row = repo.insert_final_registration(
            session,
            record_id=str(uuid.uuid4()),
            receipt_number=receipt,
            registration=registration,
            quote=quote_doc,
            sector=self._sector(str(registration["occupation_code"])),
            content_hash=sealed,
            officer=self._officer,
            device=profile.device_code,
            now=now,
            supersedes=supersedes,
        )
        details: dict[str, Any] = {"receipt_number": receipt, "content_hash": sealed}
        if supersedes is not None:
            details["replaces"] = supersedes.receipt_number
        action = "correct" if supersedes is not None else "finalise"
        audit.append_audit(
            session, at=now, actor=self._officer, action=action, subject=row.id, details=details
        )
        return FinaliseResult(
            id=row.id,
            receipt_number=receipt,
            quote=quote,
            content_hash=sealed,
            created_at=now,
            warnings=tuple(validation.warnings),
            replaces_receipt=supersedes.receipt_number if supersedes else None,
        )

    def _insert_new(
        self, cursor: Cursor, validation: Validation, *, now: datetime, ktp: bool = False
    ) -> FinaliseResult:
        """`_insert` of a new record (no correction) on a cursor in a write transaction."""
        registration, quote, quote_doc, sealed = _sealed(validation)
        profile = self._session.profile
        receipt = repo.take_receipt_number(
            cursor,
            branch_code=profile.branch_code,
            device_code=profile.device_code,
            province_code=profile.province_code,
            now=now,
        )
        values = repo.final_values(
            record_id=str(uuid.uuid4()),
            receipt_number=receipt,
            registration=registration,
            quote=quote_doc,
            sector=self._sector(str(registration["occupation_code"])),
            content_hash=sealed,
            officer=self._officer,
            device=profile.device_code,
            now=now,
        )
        repo.insert_final_row(cursor, values)
        audit.append_audit_row(
            cursor,
            at=now,
            actor=self._officer,
            action="finalise",
            subject=values["id"],
            details={"receipt_number": receipt, "content_hash": sealed}
            | ({"prefilled": "ktp"} if ktp else {}),
        )
        return FinaliseResult(
            id=values["id"],
            receipt_number=receipt,
            quote=quote,
            content_hash=sealed,
            created_at=now,
            warnings=tuple(validation.warnings),
        )

    def _sector(self, occupation_code: str) -> str:
        occupation = (self._catalogue or self.reference().catalogue).get(occupation_code)
        if occupation is None:  # validation has already refused unknown occupations
            raise BpuError("OCCUPATION_UNKNOWN", field="occupation_code")
        return occupation.sector

    @property
    def _officer(self) -> str:
        return self._session.officer.username

    # --- finding -------------------------------------------------------------------------------

    def search(
        self, query: SearchQuery | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[RegistrationRow]:
        """One page of matching records (NIK masked)."""
        terms = self._terms(query or SearchQuery())
        with self._store.cursor() as cursor:  # one statement: no ORM, no transaction
            found = repo.search_registration_values(cursor, limit=limit, offset=offset, **terms)
        return listed_rows(found)

    def count(self, query: SearchQuery | None = None) -> int:
        """How many records match, for the lazy table's row count."""
        terms = self._terms(query or SearchQuery())
        with self._store.cursor() as cursor:
            return repo.count_registrations(cursor, **terms)

    def _terms(self, query: SearchQuery) -> dict[str, Any]:
        created_from = created_before = None
        if query.date_from is not None:
            created_from = local_day_bounds(query.date_from, self._province)[0]
        if query.date_to is not None:
            created_before = local_day_bounds(query.date_to, self._province)[1]
        return {
            "text": query.text,
            "status": query.status,
            "voided": query.voided,
            "created_from": created_from,
            "created_before": created_before,
        }

    def find_standing(self, nik: str) -> RegistrationRow | None:
        """The record that already holds `nik` (final or later, not voided, not replaced), or
        None: the form checks it as soon as the 16th digit is typed."""
        with self._store.cursor() as cursor:
            found = repo.standing_for_nik(cursor, nik=nik)
        return to_row(found) if found is not None else None

    def get(self, key: str) -> RegistrationDetail:
        """One record by id or receipt number (`NOT_FOUND` otherwise)."""
        with self._store.session(readonly=True) as session:
            return self._detail(session, repo.get_registration(session, key=key))

    def view(self, key: str, *, way: str = "details") -> RegistrationDetail:
        """One record shown to the officer (`get`), logged: who viewed what (UU 27/2022). One
        audit entry `record_viewed` with the receipt number and the `way` (`details`: the
        Registrations page's panel; `correction`: opened to be corrected), never the NIK."""
        assert way in VIEW_WAYS
        with self._store.session() as session:
            row = repo.get_registration(session, key=key)
            audit.append_audit(
                session,
                at=self._now(),
                actor=self._officer,
                action="record_viewed",
                subject=row.id,
                details={"receipt_number": row.receipt_number, "way": way},
            )
            return self._detail(session, row)

    def _detail(self, session: Session, row: Registration) -> RegistrationDetail:
        def receipt_of(record_id: str | None) -> str | None:
            if record_id is None:
                return None
            linked = session.get(Registration, record_id)
            return linked.receipt_number if linked else None

        officer = session.get(Officer, row.officer)
        return to_detail(
            row,
            supersedes_receipt=receipt_of(row.supersedes_id),
            superseded_by_receipt=receipt_of(row.superseded_by_id),
            officer_name=officer.display_name if officer is not None else "",
        )

    # --- drafts --------------------------------------------------------------------------------

    def save_draft(self, data: dict[str, Any], draft_id: str | None = None) -> str:
        """Save the form as typed (no validation); the draft's id."""
        with self._store.session() as session:
            return repo.save_draft(
                session, officer=self._officer, data=data, now=self._now(), draft_id=draft_id
            )

    def list_drafts(self) -> list[DraftInfo]:
        """This officer's drafts, newest first."""
        with self._store.session(readonly=True) as session:
            return [to_draft_info(d) for d in repo.list_drafts(session, officer=self._officer)]

    def load_draft(self, draft_id: str) -> dict[str, Any]:
        """A draft's form data (`NOT_FOUND` otherwise)."""
        with self._store.session(readonly=True) as session:
            data = json.loads(repo.load_draft(session, draft_id=draft_id).data_json)
            return data if isinstance(data, dict) else {}

    def delete_drafts(self, draft_ids: list[str]) -> int:
        """Remove several drafts of this officer in one transaction; how many were removed."""
        with self._store.session() as session:
            mine = {d.id for d in repo.list_drafts(session, officer=self._officer)}
            return sum(
                repo.delete_draft(session, draft_id=draft_id)
                for draft_id in draft_ids
                if draft_id in mine
            )

    def delete_draft(self, draft_id: str) -> bool:
        """Remove a draft; False when there was none."""
        with self._store.session() as session:
            return repo.delete_draft(session, draft_id=draft_id)

    # --- status --------------------------------------------------------------------------------

    def pending_count(self) -> int:
        """Records waiting to sync."""
        with self._store.session(readonly=True) as session:
            return repo.pending_count(session)

    def status_summary(self) -> StatusSummary:
        """The status bar's figures, read fresh from the store."""
        profile = read_profile(self._store)
        officer = self._session.officer
        return StatusSummary(
            officer=officer.username,
            officer_name=officer.display_name,
            role=officer.role,
            branch_code=profile.branch_code,
            branch_name=profile.branch_name,
            device_code=profile.device_code,
            pending=self.pending_count(),
            last_sync_at=profile.last_sync_at,
            zone_label=profile.zone_label,
            device_revoked=self.device_revoked(),
        )


def _sealed(
    validation: Validation,
) -> tuple[dict[str, Any], Quote, dict[str, Any], str]:
    """A valid registration, its quote (and as a document) and the content hash sealing both;
    `RegistrationRefused` when the data is not valid."""
    registration, quote = validation.registration, validation.quote
    if not validation.valid or registration is None or quote is None:
        raise RegistrationRefused(validation)
    quote_doc = quote.to_dict()
    return registration, quote, quote_doc, content_hash(registration, quote_doc)


def _scrub(text: str) -> str:
    """Free text for the audit log: long digit runs (a NIK or phone typed in) masked."""
    return _LONG_NUMBER.sub(lambda match: "*" * len(match.group()), text.strip())[:200]
