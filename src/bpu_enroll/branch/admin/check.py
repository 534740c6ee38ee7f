"""`bpu-branch check`: find damage in the branch's store before a clerk meets it.

Read, as their readers read them, everything the branch keeps that a fault or a hand on the
database could spoil, and say what is damaged by what names it, never by its content:

- every stored record: its payload opens and reads as the export reads it (`export.flat_row`,
  what refuses an export as `EXPORT_RECORD_UNREADABLE` and a review detail as
  `RECORD_UNREADABLE`), and it still hashes to the record's content hash (`store.damage`):
  named by receipt number, laptop and registration day (a receipt number that is not of the
  branch's shape, kept as a laptop sent it with its record rejected, is shown with a NIK in it
  masked: it may be anything), and asked again of the laptop that sent it (`store.wanted`;
  `repair`: `asked`, or `unavailable` / `unusable` when that laptop answered it no longer holds
  it or sent a copy that does not match: restore from a backup; `device_revoked` when that
  laptop is revoked and so never pulls the ask: restore from a backup, or import its USB file
  of the record, `export-batch --receipt`, which a revoked laptop still writes);
- every version kept apart under a record's id (`Conflict`: the payload as a laptop sent it,
  read by the review detail, `CONFLICT_UNREADABLE`): it opens, named as a record is (the held
  record's receipt number, the laptop that sent the version, the day), `repair` `restore`: no
  laptop sends it again, so a backup restores it (its content hash was never its content's,
  kept as received, so only whether it reads is asked);
- every stored laptop tally: its figures read (`reports.opened_tally`, `TALLY_UNREADABLE`):
  named by laptop and day;
- rows kept before the rules that refuse them on arrival now (`kept`, not damage: `sound`
  stays true, nothing is deleted): a record whose receipt number is not of a laptop's shape
  (`RECEIPT`, no NIK in it: named masked, `masked_receipt`, and by id), records of one laptop
  holding one receipt sequence (given twice before revision 0014 refused it as
  `RECEIPT_NUMBER_TAKEN`: one paper number standing for two workers, each named), a tally
  dated before the days a laptop reports when it arrived (`reports.earliest_day`), a tally naming an
  officer with a NIK (the name masked), staff accounts whose user names differ only in letter
  case (added before the roster refused it as `OFFICER_EXISTS`: on a receipt, a tally or an
  audit line the two read as one person; each named by user name, role and status); said with
  their counts and the way out;
- the audit log's hash chain (`audit_chain.verify_chain`, as `audit-verify`);
- every published reference package: its signature verifies with the branch's key, as every
  laptop checks it: named by kind and version.

Records are read in slices of `SLICE` (a store of millions stays in bounded memory) and
`progress(done, total)` is called after each. The check itself is audited (`store_checked`,
counts only: a receipt number of a damaged record is in the report, not in the log).

How each is repaired is said with the report (`said_texts`, "check …"): a record from the
laptop's own copy, sent by itself at that laptop's next sync (`device.repair`), a tally by
syncing that laptop again (the newest report replaces it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey
from sqlmodel import Session, col, func, select

from bpu_enroll.branch.admin.roster import branch_info, branch_secrets
from bpu_enroll.branch.device.auth import Refusal
from bpu_enroll.branch.device.judge import RECEIPT_NUMBER_TAKEN, receipt_sequence
from bpu_enroll.branch.device.reports import earliest_day, holds_text_nik, opened_tally
from bpu_enroll.branch.store import audit_chain
from bpu_enroll.branch.store.audit_chain import ChainReport, verify_chain
from bpu_enroll.branch.store.bulk import slices, where_in
from bpu_enroll.branch.store.damage import UNREADABLE, payload_damage
from bpu_enroll.branch.store.fields import UNREADABLE_ERRORS, payload_of
from bpu_enroll.branch.store.laptop_reports import LaptopTallyRow
from bpu_enroll.branch.store.models import Conflict, Device, Officer, Record
from bpu_enroll.branch.store.packages import PublishedPackage
from bpu_enroll.branch.store.receipts import masked_receipt, of_a_laptops_shape
from bpu_enroll.branch.store.wanted import ASKED, keep_only, note_wanted, outcomes
from bpu_enroll.branch.workspace.export import flat_row
from bpu_enroll.branch.workspace.ledger import LedgerRow
from bpu_enroll.domain.formatting import holds_nik, mask_any_nik, visible_line
from bpu_enroll.sync.protocol import reference_signing_bytes, unb64

SLICE = 2000
_PACKAGE_DAMAGE: tuple[type[Exception], ...] = (*UNREADABLE_ERRORS, BadSignatureError)
CHECKED = "store_checked"
DEVICE_REVOKED = "device_revoked"  # a damaged record's `repair` when its laptop is revoked
RESTORE = "restore"  # a damaged conflict's `repair`: no laptop sends it again
# Rows kept before the rules that now refuse them on arrival (`kept`'s `rule`).
RECEIPT_SHAPE = "receipt_shape"  # a record's receipt number not of a laptop's shape
RECEIPT_SHARED = "receipt_shared"  # one laptop's receipt sequence held by more than one record
DATE_PAST = "date_past"  # a tally dated before the days a laptop reports, when it arrived
OFFICER_NIK = "officer_nik"  # a tally naming an officer with a NIK
TEXT_NIK = "text_nik"  # a tally holding a NIK in other text (a work location, a label)
USERNAME_CASE = "username_case"  # staff user names differing only in letter case

Progress = Callable[[int, int], None]


@dataclass
class CheckReport:
    """What `check_store` found; `sound` when nothing is damaged."""

    records: int = 0
    damaged_records: list[dict[str, str]] = field(default_factory=list)
    tallies: int = 0
    damaged_tallies: list[dict[str, str]] = field(default_factory=list)
    packages: int = 0
    damaged_packages: list[dict[str, str]] = field(default_factory=list)
    conflicts: int = 0
    damaged_conflicts: list[dict[str, str]] = field(default_factory=list)
    # Rows kept before today's rules refuse them (not damage: said, never deleted here).
    kept_records: list[dict[str, str]] = field(default_factory=list)
    kept_tallies: list[dict[str, str]] = field(default_factory=list)
    kept_accounts: list[dict[str, str]] = field(default_factory=list)
    audit: ChainReport = field(default_factory=lambda: ChainReport(True, 0, None))
    asked: int = 0  # damaged records newly asked of their laptops
    # The ids and device ids of `damaged_records`, in their order (not reported: ids only).
    damaged_ids: list[tuple[str, int | None]] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return self.audit.valid and not (
            self.damaged_records
            or self.damaged_tallies
            or self.damaged_packages
            or self.damaged_conflicts
        )

    def counts(self) -> dict[str, Any]:
        """What the audit line holds: counts only."""
        return {
            "sound": self.sound,
            "records": self.records,
            "records_damaged": len(self.damaged_records),
            "records_asked": self.asked,
            "tallies": self.tallies,
            "tallies_damaged": len(self.damaged_tallies),
            "packages": self.packages,
            "packages_damaged": len(self.damaged_packages),
            "conflicts": self.conflicts,
            "conflicts_damaged": len(self.damaged_conflicts),
            "kept_records": len(self.kept_records),
            "kept_tallies": len(self.kept_tallies),
            "kept_accounts": len(self.kept_accounts),
            "audit_valid": self.audit.valid,
            "audit_entries": self.audit.entries,
        }

    def to_dict(self) -> dict[str, Any]:
        """The `check --json` document."""
        return {
            "sound": self.sound,
            "records": {"checked": self.records, "damaged": self.damaged_records},
            "tallies": {"checked": self.tallies, "damaged": self.damaged_tallies},
            "reference": {"checked": self.packages, "damaged": self.damaged_packages},
            "conflicts": {"checked": self.conflicts, "damaged": self.damaged_conflicts},
            "kept": {
                "records": self.kept_records,
                "tallies": self.kept_tallies,
                "accounts": self.kept_accounts,
            },
            "audit": self.audit.to_dict(),
        }


def check_store(session: Session, *, actor: str, progress: Progress | None = None) -> CheckReport:
    """Check the whole store (see the module text), audit the check and commit; the report."""
    report = CheckReport()
    report.audit = verify_chain(session)  # before the check's own line joins the chain
    found = list(session.exec(select(Device)))
    devices = {d.id: d.code for d in found}
    _check_records(session, report, devices, progress)
    _check_shared_receipts(session, report, devices)
    _ask_again(session, report, {d.id for d in found if d.revoked_at is not None})
    _check_conflicts(session, report, devices)
    _check_tallies(session, report, devices)
    _check_packages(session, report)
    _check_accounts(session, report)
    audit_chain.append(session, actor=actor, action=CHECKED, subject="-", detail=report.counts())
    session.commit()
    return report


def _check_records(
    session: Session, report: CheckReport, devices: dict[int | None, str], progress: Progress | None
) -> None:
    total = int(session.exec(select(func.count()).select_from(Record)).one())
    last = ""
    while True:
        rows = session.exec(
            select(Record).where(col(Record.id) > last).order_by(col(Record.id)).limit(SLICE)
        ).all()
        if not rows:
            break
        branch = branch_info(session).code
        for row in rows:
            report.records += 1
            device = devices.get(row.device_id, "")
            if not of_a_laptops_shape(row.receipt_no):
                report.kept_records.append(
                    {
                        "id": row.id,
                        "receipt_no": masked_receipt(row.receipt_no),
                        "device": device,
                        "date": row.registration_date,
                        "rule": RECEIPT_SHAPE,
                    }
                )
            damage = _record_damage(session, row, device)
            if damage is not None:
                ours = receipt_sequence(row.receipt_no, branch, device) is not None
                report.damaged_records.append(
                    {
                        "receipt_no": row.receipt_no if ours else masked_receipt(row.receipt_no),
                        "device": device,
                        "date": row.registration_date,
                        "damage": damage,
                    }
                )
                report.damaged_ids.append((row.id, row.device_id))
        last = rows[-1].id
        session.expunge_all()
        if progress is not None:
            progress(report.records, total)


def _check_shared_receipts(
    session: Session, report: CheckReport, devices: dict[int | None, str]
) -> None:
    """Records of one laptop holding one receipt sequence, as `reused_receipts` counts holding
    (a record refused `RECEIPT_NUMBER_TAKEN` holds nothing): a branch before revision 0014 took
    them all. Each is named (receipt number, laptop, day, id), by laptop and sequence; both
    stand, nothing is changed."""
    refused = f'%"{RECEIPT_NUMBER_TAKEN}"%'
    holders = (
        select(Record.device_id, Record.receipt_seq)
        .where(col(Record.receipt_seq).is_not(None), col(Record.reasons).not_like(refused))
        .group_by(col(Record.device_id), col(Record.receipt_seq))
        .having(func.count() > 1)
    )
    shared = set(session.exec(holders).all())
    for device_id in sorted({device for device, _seq in shared}, key=lambda d: devices.get(d, "")):
        sequences = sorted(seq for device, seq in shared if device == device_id and seq is not None)
        rows = [
            row
            for part in slices(session, sequences)
            for row in session.exec(
                select(Record.receipt_seq, Record.receipt_no, Record.registration_date, Record.id)
                .where(Record.device_id == device_id)
                .where(where_in(session, col(Record.receipt_seq), part))
                .where(col(Record.reasons).not_like(refused))
            ).all()
        ]
        rows.sort(key=lambda row: (row[0] or 0, row[1], row[3]))
        report.kept_records.extend(
            {
                "id": rid,
                "receipt_no": receipt_no,  # of a laptop's shape: it has a sequence
                "device": devices.get(device_id, ""),
                "date": day,
                "rule": RECEIPT_SHARED,
            }
            for sequence, receipt_no, day, rid in rows
            if (device_id, sequence) in shared
        )


def _check_accounts(session: Session, report: CheckReport) -> None:
    """Staff accounts, active or revoked, whose user names differ only in letter case (`Citra`
    and `citra`), as `roster.check_new_officer` refuses a new one: named by user name (cleaned
    to one line of visible text), role and status, in user-name order; nothing is changed."""
    rows = session.exec(
        select(Officer.username, Officer.role, Officer.revoked_at).order_by(col(Officer.username))
    ).all()
    folded = Counter(str(username).casefold() for username, _role, _revoked in rows)
    report.kept_accounts.extend(
        {
            "username": visible_line(str(username)),
            "role": str(role),
            "status": "active" if revoked is None else "revoked",
            "rule": USERNAME_CASE,
        }
        for username, role, revoked in rows
        if folded[str(username).casefold()] > 1
    )


def _ask_again(session: Session, report: CheckReport, revoked: set[int | None]) -> None:
    """Ask each damaged record again of the laptop that sent it (`store.wanted`), drop the asks
    of records now sound, and say of each damaged record where its repair stands: one still
    asked of a revoked laptop is `DEVICE_REVOKED`, as that laptop can no longer pull the ask."""
    sent_by = {rid: device for rid, device in report.damaged_ids if device is not None}
    report.asked = note_wanted(session, sent_by)
    keep_only(session, {rid for rid, _device in report.damaged_ids})
    states = outcomes(session, [rid for rid, _device in report.damaged_ids])
    for item, (rid, device) in zip(report.damaged_records, report.damaged_ids, strict=True):
        state = states.get(rid, ASKED)
        item["repair"] = DEVICE_REVOKED if state == ASKED and device in revoked else state


def _record_damage(session: Session, row: Record, device: str) -> str | None:
    """`UNREADABLE` when the export could not read it, else what `payload_damage` says."""
    damage = payload_damage(session, row.payload, row.content_hash, row.reasons)
    if damage == UNREADABLE:
        return damage
    try:
        ledger = LedgerRow(root_id=row.id, record=row, kpj=row.kpj or "", action="new")
        flat_row(ledger, export_id="-", device=device, decided_at=row.received_at)
    except UNREADABLE_ERRORS:
        return UNREADABLE
    return damage


def _masked_name(name: str) -> str:
    """A name holding a NIK, fit to print: the NIK masked (`mask_nik_like`), or every digit
    when it is split otherwise (`holds_nik`)."""
    return mask_any_nik(name)


def _check_conflicts(session: Session, report: CheckReport, devices: dict[int | None, str]) -> None:
    """Every version kept apart under a record's id (`Conflict`, the payload as a laptop sent
    it): it opens and its registration is an object, as the review detail reads it
    (`CONFLICT_UNREADABLE`). Its content hash was never checked against its content (it is
    kept as received), so only whether it reads is asked. Named as a record is, by the held
    record's receipt number and the laptop that sent the version; no laptop sends it again:
    `repair` is `RESTORE` (from a backup)."""
    last = 0
    branch = branch_info(session).code
    while True:
        rows = session.exec(
            select(Conflict, Record.receipt_no, Record.registration_date)
            .join(Record, col(Record.id) == col(Conflict.record_id))
            .where(col(Conflict.id) > last)
            .order_by(col(Conflict.id))
            .limit(SLICE)
        ).all()
        if not rows:
            break
        for row, receipt_no, day in rows:
            report.conflicts += 1
            device = devices.get(row.device_id, "")
            try:
                payload = payload_of(row)
                if not isinstance(payload.get("registration") or {}, dict):
                    raise TypeError("the registration is not an object")
                if not isinstance(payload.get("quote") or {}, dict):
                    raise TypeError("the quote is not an object")
            except UNREADABLE_ERRORS:
                ours = receipt_sequence(receipt_no, branch, device) is not None
                report.damaged_conflicts.append(
                    {
                        "receipt_no": receipt_no if ours else masked_receipt(receipt_no),
                        "device": device,
                        "date": day,
                        "damage": UNREADABLE,
                        "repair": RESTORE,
                    }
                )
        last = int(rows[-1][0].id or 0)
        session.expunge_all()


def _check_tallies(session: Session, report: CheckReport, devices: dict[int | None, str]) -> None:
    rows = session.exec(
        select(LaptopTallyRow).order_by(col(LaptopTallyRow.device_id), col(LaptopTallyRow.day))
    ).all()
    for row in rows:
        report.tallies += 1
        code = devices.get(row.device_id, "")
        try:
            figures = opened_tally(row, code)
        except Refusal:
            report.damaged_tallies.append({"device": code, "date": row.day})
            continue
        _kept_tally(report, row, code, figures)


def _kept_tally(
    report: CheckReport, row: LaptopTallyRow, code: str, figures: dict[str, Any]
) -> None:
    """Note a tally kept before the rules that refuse it now (`device.reports`): dated before
    the days a laptop reports when it arrived (`REPORT_DATE_PAST`), naming an officer with
    a NIK (`TALLY_OFFICER_NIK`: the name said masked), or else holding a NIK in any other text
    (`TALLY_TEXT_NIK`: only the laptop and the day said, the text may hold anything)."""
    try:
        past = date.fromisoformat(row.day) < earliest_day(row.received_at)
    except ValueError:
        past = False
    if past:
        report.kept_tallies.append({"device": code, "date": row.day, "rule": DATE_PAST})
    labels = figures.get("labels")
    officers = labels.get("officers") if isinstance(labels, dict) else None
    named = [
        *(str(item.get("officer") or "") for item in figures.get("rows") or []
          if isinstance(item, dict)),
        *(str(name or "") for name in (officers.values() if isinstance(officers, dict) else ())),
    ]  # fmt: skip
    nik = sorted({_masked_name(visible_line(name)) for name in named if holds_nik(name)})
    if nik:
        report.kept_tallies.append(
            {"device": code, "date": row.day, "rule": OFFICER_NIK, "officer": ", ".join(nik)}
        )
    elif holds_text_nik(figures):
        report.kept_tallies.append({"device": code, "date": row.day, "rule": TEXT_NIK})


def _check_packages(session: Session, report: CheckReport) -> None:
    rows = session.exec(select(PublishedPackage).order_by(col(PublishedPackage.id))).all()
    if not rows:
        return
    verify_key = SigningKey(unb64(branch_secrets(session).signing_key)).verify_key
    for row in rows:
        report.packages += 1
        try:
            signed = row.signed()
            verify_key.verify(reference_signing_bytes(signed.package), unb64(signed.signature))
        except _PACKAGE_DAMAGE:
            report.damaged_packages.append({"kind": row.kind, "version": row.version})
