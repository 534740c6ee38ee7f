"""What sync needs from the laptop's store: records to send, results applied, sync state.

Built on the store's own models and sessions (`store.models.Registration`, `Store.session`).
The answers to one chunk are applied in one transaction, so a sync killed at any point leaves
every record either as it was or fully updated (and the store pays one fsync per chunk, not one
per record). A result never moves a record backwards
(an accepted record stays accepted whatever a late answer says).

A void travels with the record. A record voided while still `final` goes out with its content
(`voided: true`) and the branch holds it as `voided`. A void made *after* the record was sent
(sent, accepted, duplicate, rejected) goes out the same way: the laptop sends every voided record
until the branch acknowledges holding it voided (`Registration.void_sent_at`). Its content hash
is the one sealed at finalisation, so the branch tells it from a conflict (same id, other
content) and voids the version it holds (`branch.device.intake`); the runner sends it even when
the manifest's answer says the branch already has that content in another state. The
acknowledgement is an answer (pushed or pulled) with the state `voided`, or a conflict (the
branch holds other content under that id, which stands until the clerks settle it; sending the
void again would change nothing there). A branch of this version refuses such a void with the
codes `CONFLICT` and `VOID_CONFLICT`: the record keeps them, whatever its status, and its officer
sees it (`services.attention`: contact the branch). Until an acknowledgement arrives, a cut
connection at any point only means the record goes out again, and the branch voids it once. A
`voided` answer never moves a record the branch had judged (accepted keeps its KPJ, a rejection
stays to read); it only moves a `final` record to `sent`, as before.

The non-secret sync state (branch keys, pinned certificate, pull cursor, reference-data
versions) lives in `sync.json` next to the keyring; the branch's certificate in
`branch-cert.pem`. Neither holds personal data.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import col, select

from bpu_enroll.domain.errors import VOID_CONFLICT, BpuError, Refusals
from bpu_enroll.domain.formatting import mask_nik_like, thousands, zone_for_province
from bpu_enroll.files import write_private_file
from bpu_enroll.store.db import Store
from bpu_enroll.store.keyring import OfficerEntry, load_keyring, save_keyring
from bpu_enroll.store.models import Profile, Registration
from bpu_enroll.store.repo import void_unacknowledged, waiting_for_branch
from bpu_enroll.sync.protocol import (
    MAX_MANIFEST_ENTRIES,
    PullAnswer,
    RecordPayload,
    RecordResult,
)

SYNC_STATE_FILE = "sync.json"
CERT_FILE = "branch-cert.pem"
# Laptop statuses a branch answer may still change.
OPEN_STATUSES = ("final", "sent")
# A clerk's decision may also revisit a record the branch had already judged.
DECIDABLE_STATUSES = (*OPEN_STATUSES, "rejected", "duplicate")
# The laptop status for each branch state.
STATUS_FOR_STATE = {
    "accepted": "accepted",
    "duplicate": "duplicate",
    "rejected": "rejected",
    "pending_review": "sent",
    "voided": "sent",
}
CONFLICT_CODE = "CONFLICT"
# A void the branch refused: it holds another version of the record (`branch.device.voids`).
# The reasons a conflict answer may add to `CONFLICT` (another word would not be kept).
KNOWN_WHY = frozenset({VOID_CONFLICT})
# Statuses in which the branch has settled a record (the retention clock starts).
SETTLED_STATUSES = ("accepted", "duplicate")
# Ids per look-up statement (SQLite bounds the parameters of one statement).
_LOOKUP_SLICE = 500


@dataclass
class SyncState:
    """The laptop's remembered facts about its branch and the last pull."""

    server_url: str | None = None
    fingerprint: str | None = None
    branch_signing_key: str | None = None
    branch_encryption_key: str | None = None
    cursor: int = 0
    reference_data: dict[str, str] = field(default_factory=dict)
    device_revoked: bool = False
    # When the laptop learned its device was revoked (ISO UTC), and the branch's retention days.
    device_revoked_at: str | None = None
    retention_days: int | None = None


def load_sync_state(data_dir: Path) -> SyncState:
    """`sync.json`, or an empty state when there is none yet."""
    path = Path(data_dir) / SYNC_STATE_FILE
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SyncState()
    known = {k: v for k, v in document.items() if k in SyncState.__dataclass_fields__}
    return SyncState(**known)


def save_sync_state(data_dir: Path, state: SyncState) -> None:
    """Write `sync.json` atomically."""
    write_atomic(Path(data_dir) / SYNC_STATE_FILE, json.dumps(asdict(state), indent=2).encode())


def load_certificate(data_dir: Path) -> str | None:
    """The pinned branch certificate (PEM), if this laptop enrolled over HTTPS."""
    path = Path(data_dir) / CERT_FILE
    return path.read_text(encoding="ascii") if path.is_file() else None


def save_certificate(data_dir: Path, cert_pem: str) -> None:
    """Keep the branch certificate whose fingerprint was pinned at enrolment."""
    write_atomic(Path(data_dir) / CERT_FILE, cert_pem.encode("ascii"))


def write_atomic(path: Path, payload: bytes) -> None:
    """Write `path` (0600) all or nothing, the folder made if missing: `files.write_private_file`
    (a temporary file, fsync, rename, and the folder fsynced so the rename survives a power
    cut)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private_file(path, payload)


def records_to_send(store: Store) -> list[RecordPayload]:
    """Every final record not yet acknowledged by the branch, and every voided record whose
    void the branch has not acknowledged, oldest first."""
    with store.session(readonly=True) as session:
        profile = session.get(Profile, 1)
        province = profile.province_code if profile is not None else "31"
        zone, _label = zone_for_province(province)
        rows = session.exec(
            select(Registration).where(waiting_for_branch()).order_by(col(Registration.created_at))
        ).all()
        return [_payload(row, zone) for row in rows]


def records_by_receipt(store: Store, receipts: Sequence[str]) -> list[RecordPayload]:
    """The laptop's own copies of the records with these receipt numbers, whatever the branch
    answered for them (sent, accepted, voided…), oldest first: a USB file that brings them again
    so that the branch repairs its damaged copies (`branch.device.repair`). A receipt number
    of no record finalised here is refused (`RECEIPT_NOT_HELD`), naming them; else one whose
    personal data was purged (`store.retention`) is refused as such (`RECEIPT_PURGED`: the
    laptop holds the record, not its data; the branch restores it from its backup). Numbers of
    both kinds are refused at once (`Refusals`), each kind naming its own. More numbers than one
    file holds (`MAX_MANIFEST_ENTRIES`, the batch's bound) are refused first, before the store
    is read (`RECEIPTS_TOO_MANY`): the file could not be written, and one file for each part is
    the officer's to choose (a file per stick, per trip)."""
    wanted = sorted(set(receipts))
    if len(wanted) > MAX_MANIFEST_ENTRIES:
        raise BpuError(
            "RECEIPTS_TOO_MANY", count=thousands(len(wanted)), limit=thousands(MAX_MANIFEST_ENTRIES)
        )
    with store.session(readonly=True) as session:
        profile = session.get(Profile, 1)
        province = profile.province_code if profile is not None else "31"
        zone, _label = zone_for_province(province)
        rows = session.exec(
            select(Registration)
            .where(
                col(Registration.receipt_number).in_(wanted),
                col(Registration.status) != "draft",
            )
            .order_by(col(Registration.created_at))
        ).all()
        held = {row.receipt_number for row in rows}
        # named as typed, but a NIK typed for a receipt number masked: the refusal is printed
        missing = [mask_nik_like(r) for r in wanted if r not in held]
        purged = sorted({row.receipt_number for row in rows if row.purged_at is not None})
        refusals = [
            BpuError(code, receipts=numbers)
            for code, numbers in (("RECEIPT_NOT_HELD", missing), ("RECEIPT_PURGED", purged))
            if numbers  # a purged record's personal data is gone: nothing to send
        ]
        if len(refusals) > 1:
            raise Refusals(refusals)
        if refusals:
            raise refusals[0]
        return [_payload(row, zone) for row in rows]


def records_held(store: Store, ids: Sequence[str]) -> tuple[list[RecordPayload], list[str]]:
    """The laptop's own copies of the records with these ids, whatever the branch answered for
    them, oldest first, and the ids it cannot send: not finalised here, or their personal data
    purged (`store.retention`). What the branch asks again (`PullAnswer.resend`)."""
    wanted = sorted(set(ids))
    with store.session(readonly=True) as session:
        profile = session.get(Profile, 1)
        province = profile.province_code if profile is not None else "31"
        zone, _label = zone_for_province(province)
        rows: list[Registration] = []
        for start in range(0, len(wanted), _LOOKUP_SLICE):
            rows.extend(
                session.exec(
                    select(Registration).where(
                        col(Registration.id).in_(wanted[start : start + _LOOKUP_SLICE]),
                        col(Registration.status) != "draft",
                        col(Registration.purged_at).is_(None),
                    )
                ).all()
            )
        rows.sort(key=lambda row: row.created_at)
        held = {row.id for row in rows}
        return [_payload(row, zone) for row in rows], [rid for rid in wanted if rid not in held]


def _payload(row: Registration, zone: Any) -> RecordPayload:
    return RecordPayload(
        id=row.id,
        receipt_no=row.receipt_number,
        officer=row.officer,
        created_at=row.created_at,
        registration_date=row.created_at.astimezone(zone).date(),
        registration=json.loads(row.data_json),
        quote=json.loads(row.quote_json),
        content_hash=row.content_hash,
        supersedes=row.supersedes_id,
        voided=row.voided,
    )


def apply_result(
    store: Store, result: RecordResult, *, now: datetime, decision: bool = False
) -> bool:
    """Apply one branch answer to its record in one transaction; True when it changed.

    A push answer only moves records still open (final, sent); a pulled clerk `decision`
    may also change a record the branch had judged rejected or duplicate before.
    """
    return apply_results(store, [result], now=now, decision=decision) == 1


def apply_results(
    store: Store, results: Sequence[RecordResult], *, now: datetime, decision: bool = False
) -> int:
    """Apply a chunk of branch answers in one transaction (one fsync, not one per record);
    how many records changed. The rules are `apply_result`'s; killed midway, the chunk is
    either wholly applied or not at all, and the next sync answers it again."""
    targets = {r.id: (r, _target(r)) for r in results}
    wanted = [rid for rid, (_r, target) in targets.items() if target[0] is not None]
    if not wanted:
        return 0
    allowed = DECIDABLE_STATUSES if decision else OPEN_STATUSES
    unacknowledged = void_unacknowledged()
    changed = 0
    with store.session() as session:
        for start in range(0, len(wanted), _LOOKUP_SLICE):
            part = wanted[start : start + _LOOKUP_SLICE]
            rows = session.exec(
                select(Registration).where(
                    col(Registration.id).in_(part),
                    or_(col(Registration.status).in_(allowed), unacknowledged),
                )
            ).all()
            for row in rows:
                result, target = targets[row.id]
                acknowledged = _acknowledge_void(row, result, now=now)
                moves = row.status in allowed and (
                    result.state != "voided" or row.status in OPEN_STATUSES
                )
                updated = moves and _update(row, *target, words=_words(result), now=now)
                if updated or _keep_void_refusal(row, target[2], now=now):
                    acknowledged = True
                if acknowledged:
                    changed += 1
                    session.add(row)
    return changed


def _acknowledge_void(row: Registration, result: RecordResult, *, now: datetime) -> bool:
    """Note that the branch has had `row`'s void (an answer `voided`, or a conflict: the branch
    holds other content under that id and would answer the same again); True when that is
    news."""
    if not row.voided or row.void_sent_at is not None:
        return False
    if result.state != "voided" and result.result != "conflict":
        return False
    row.void_sent_at = now
    return True


def _keep_void_refusal(row: Registration, codes: list[str], *, now: datetime) -> bool:
    """Keep on a voided record the branch's refusal of its void (`VOID_CONFLICT`: the branch
    holds another version of it), whatever its status, so that its officer sees it; True when
    that is news."""
    new_codes = json.dumps(codes)
    if not row.voided or VOID_CONFLICT not in codes or row.reject_codes == new_codes:
        return False
    row.reject_codes = new_codes
    row.updated_at = now
    return True


def _words(result: RecordResult) -> tuple[str | None, str | None]:
    """The clerk's note and the reasons' text of a rejection (None for other answers)."""
    if result.state != "rejected":
        return None, None
    return (result.note or None), (result.reason_text or None)


def _update(
    row: Registration,
    status: str | None,
    kpj: str | None,
    codes: list[str],
    *,
    words: tuple[str | None, str | None],
    now: datetime,
) -> bool:
    """Move `row` to the answer's status; True when something changed."""
    new_codes = json.dumps(codes) if codes else None
    before = (row.status, row.kpj, row.reject_codes, row.branch_note, row.branch_reason_text)
    if status is None or before == (status, kpj, new_codes, *words):
        return False
    row.status = status
    row.kpj = kpj
    row.reject_codes = new_codes
    row.branch_note, row.branch_reason_text = words
    if status in SETTLED_STATUSES and row.settled_at is None:
        row.settled_at = now
    elif status not in SETTLED_STATUSES:
        row.settled_at = None
    row.updated_at = now
    return True


def _target(result: RecordResult) -> tuple[str | None, str | None, list[str]]:
    """The laptop status, KPJ and reason codes a branch answer leads to."""
    if result.result == "conflict":  # and why it matters, if the branch says (VOID_CONFLICT)
        return "rejected", None, [CONFLICT_CODE, *(r for r in result.reasons if r in KNOWN_WHY)]
    if result.state is None:
        return None, None, []
    status = STATUS_FOR_STATE.get(result.state)
    kpj = result.kpj if result.state in ("accepted", "duplicate") else None
    reasons = list(result.reasons) if result.state == "rejected" else []
    return status, kpj, reasons


def pending_records(store: Store) -> int:
    """Records still waiting for the branch's acknowledgement (final, or a void not told)."""
    with store.session(readonly=True) as session:
        rows = session.exec(select(Registration.id).where(waiting_for_branch())).all()
        return len(rows)


def awaiting_review(store: Store) -> int:
    """Records whose last branch answer is `pending_review`: the branch holds them for a
    clerk's review now. That answer leaves a record `sent` (`STATUS_FOR_STATE`); the only other
    answer that does, `voided`, comes for a record voided on this laptop and acknowledges its
    void (`void_sent_at`). A record voided while it waits counts until the branch has its
    void."""
    waiting = (col(Registration.status) == "sent") & or_(
        col(Registration.voided).is_(False), col(Registration.void_sent_at).is_(None)
    )
    with store.session(readonly=True) as session:
        return int(
            session.exec(select(func.count()).select_from(Registration).where(waiting)).one()
        )


def mark_synced(store: Store, *, now: datetime, server_url: str | None) -> None:
    """Stamp the profile with the last completed sync (and the server it used)."""
    with store.session() as session:
        profile = session.get(Profile, 1)
        if profile is None:
            return
        profile.last_sync_at = now
        if server_url:
            profile.server_url = server_url
        session.add(profile)


def apply_roster(data_dir: Path, pulled: PullAnswer, *, device_code: str) -> tuple[int, bool]:
    """Bring the keyring roster up to the branch's (new officers, revocations).

    Returns (officers changed, this device revoked). New officers get their sealed copy of the
    database key at the next unlock (`store.keyring.provision_officers`).
    """
    keyring = load_keyring(data_dir)
    changed = 0
    for officer in pulled.roster:
        entry = OfficerEntry.from_dict(officer.model_dump(mode="json"))
        current = keyring.officer(entry.username)
        same = (
            current is not None
            and current.public_key == entry.public_key
            and current.active == entry.active
            and current.role == entry.role
            and current.display_name == entry.display_name
        )
        if not same:
            keyring.upsert_officer(entry)
            changed += 1
    sent = {officer.username for officer in pulled.roster}
    for entry in keyring.officers:
        # Laptops carry field officers only: staff a laptop of an older version was given
        # (clerks, supervisors, admins) can no longer sign in on it.
        if entry.username not in sent and entry.role != "officer" and entry.active:
            entry.active = False
            changed += 1
    if changed:
        save_keyring(data_dir, keyring)
    return changed, device_code in pulled.revoked_devices
