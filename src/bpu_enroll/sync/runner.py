"""One sync run, end to end: push (manifest, then missing records in chunks) and pull.

More pending records than one manifest holds (`MAX_MANIFEST_ENTRIES`) go in successive batches,
oldest first. The records sent are those the manifest's answer says the branch is missing, plus
every voided record the branch already holds with the same content but not as voided: a void
made after the record was sent (`sync.laptop_store` says how it is acknowledged). They go oldest
first, voids among them: a void reaches the branch before a later registration of the same
worker, which the branch then enrols again instead of holding it as a duplicate.

`run_sync` never raises for a network failure: it returns a `SyncReport` with `completed=False`
and what is still pending; everything already answered has been applied, record by record, so
the next run finishes the job exactly once. When the pull names records the branch asks again
(`PullAnswer.resend`: its stored copies of them are damaged, `branch.device.repair`), the run
sends this laptop's copies at once in a batch of their own, and tells the branch which it no
longer holds; the audit line counts them (`resent`, `resend_unavailable`), nothing is shown to
the officer. A refusal by the branch (revoked device, batch
refused) is raised as `SyncRefused`; `DEVICE_REVOKED` is first recorded (`record_revocation`),
so the laptop stops issuing receipts at once.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey

from bpu_enroll.store.audit import append_audit
from bpu_enroll.store.auth import mirror_officers
from bpu_enroll.store.db import Store
from bpu_enroll.store.keyring import load_keyring
from bpu_enroll.store.repo import number_past
from bpu_enroll.store.retention import PurgeCounts, purge_personal_data
from bpu_enroll.sync.client import SyncClient, SyncRefused, SyncUnavailable
from bpu_enroll.sync.laptop_store import (
    apply_result,
    apply_results,
    apply_roster,
    load_sync_state,
    mark_synced,
    pending_records,
    records_held,
    records_to_send,
    save_sync_state,
)
from bpu_enroll.sync.protocol import (
    MAX_CHUNK_RECORDS,
    MAX_MANIFEST_ENTRIES,
    Manifest,
    ManifestAnswer,
    ManifestEntry,
    RecordPayload,
    RecordResult,
    SignedManifest,
    b64,
    manifest_signing_bytes,
)
from bpu_enroll.sync.reference_packages import (
    InstallResult,
    install_packages,
    installed_digest,
)

DEFAULT_CHUNK = MAX_CHUNK_RECORDS
DEVICE_REVOKED = "DEVICE_REVOKED"
DEFAULT_RETENTION_DAYS = 30
REPORT_KEYS = ("sent", "accepted", "duplicate", "rejected", "already_received", "conflict")


@dataclass
class SyncReport:
    """What one run did; `to_dict()` is the audit entry and the counts of `sync --json`."""

    completed: bool = False
    counts: Counter[str] = field(default_factory=Counter)
    pending: int = 0
    error: str | None = None
    error_reason: str = ""  # how the branch could not be reached (`ConnectError`, `HTTP 503`)
    results: list[RecordResult] = field(default_factory=list)
    # Clerks' decisions pulled in this run that changed a record, by the state they gave.
    decided: Counter[str] = field(default_factory=Counter)
    purged: PurgeCounts = field(default_factory=PurgeCounts)
    reference: InstallResult = field(default_factory=lambda: InstallResult([], {}))
    # Records the branch asked again (its stored copy damaged) that this run sent, and those
    # this laptop no longer holds (told to the branch): the branch's matter, not the officer's.
    resent: int = 0
    resend_unavailable: int = 0
    # The receipt sequence this run moved the laptop's numbering past (the branch's highest of
    # this laptop, beyond the laptop's own: restored from an old backup), None when it did not.
    numbered_past: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """`{"sent", "accepted", "duplicate", "rejected", "already_received", "conflict",
        "pending"}` (plus `error` when the run could not complete: English, for the audit log;
        `sync --json` says it as `{"code": "NETWORK", "message"}` in the officer's language)."""
        document: dict[str, Any] = {key: int(self.counts.get(key, 0)) for key in REPORT_KEYS}
        document["pending"] = self.pending
        if self.resent:
            document["resent"] = self.resent
        if self.resend_unavailable:
            document["resend_unavailable"] = self.resend_unavailable
        if self.numbered_past is not None:
            document["numbered_past"] = self.numbered_past
        if self.error:
            document["error"] = self.error
        return document


def sign_manifest(
    records: list[RecordPayload], *, device_code: str, signing_key: SigningKey, batch_id: str
) -> SignedManifest:
    """A manifest of `records` signed with the device key."""
    manifest = Manifest(
        batch_id=batch_id,
        device_code=device_code,
        created_at=datetime.now(UTC),
        entries=[ManifestEntry(id=r.id, content_hash=r.content_hash) for r in records],
    )
    signature = signing_key.sign(manifest_signing_bytes(manifest)).signature
    return SignedManifest(manifest=manifest, signature=b64(signature))


def run_sync(
    *,
    store: Store,
    data_dir: Path,
    client: SyncClient,
    signing_key: SigningKey,
    device_code: str,
    actor: str,
    server_url: str | None = None,
    chunk_size: int = DEFAULT_CHUNK,
    clock: Callable[[], datetime] | None = None,
) -> SyncReport:
    """Push every final record and pull decisions, then apply the retention rule
    (`store.retention`, as of `clock()`); see the module docstring."""
    report = SyncReport()
    chunk_size = max(1, min(chunk_size, MAX_CHUNK_RECORDS))
    try:
        _run(store, data_dir, _Link(client, signing_key, device_code, report, chunk_size))
    except SyncRefused as exc:
        if exc.code == DEVICE_REVOKED:
            record_revocation(store, data_dir, actor=actor)
        raise
    now = datetime.now(UTC)
    if report.completed:
        mark_synced(store, now=now, server_url=server_url)
    report.pending = pending_records(store)
    _audit_sync(store, report, actor=actor, now=now)
    if report.completed:
        report.purged = _retention(store, data_dir, actor=actor, now=(clock or _utc_now)())
    return report


def _audit_sync(store: Store, report: SyncReport, *, actor: str, now: datetime) -> None:
    """The sync's audit line, and one for the reference data it installed or refused."""
    with store.session() as session:
        details = {**report.to_dict(), "completed": report.completed}
        append_audit(session, at=now, actor=actor, action="sync", details=details)
    if report.reference.installed or report.reference.refused:
        with store.session() as session:
            details = {
                "installed": report.reference.installed,
                "refused": report.reference.refused,
            }
            append_audit(session, at=now, actor=actor, action="reference_update", details=details)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _retention(store: Store, data_dir: Path, *, actor: str, now: datetime) -> PurgeCounts:
    """After a completed sync: the retention rule with the branch's days (30 from a branch
    that sends none), audited by counts when it removed anything."""
    days = load_sync_state(data_dir).retention_days or DEFAULT_RETENTION_DAYS
    counts = purge_personal_data(store, now=now, days=days)
    if counts.records or counts.backups:
        with store.session() as session:
            details = {**counts.to_dict(), "days": days}
            append_audit(session, at=now, actor=actor, action="retention_purge", details=details)
    return counts


def record_revocation(store: Store, data_dir: Path, *, actor: str) -> bool:
    """Remember at once that the branch revoked this device (`sync.json`, audit); True when it
    was news. From then on the laptop issues no receipt (`DEVICE_REVOKED`)."""
    state = load_sync_state(data_dir)
    if state.device_revoked and state.device_revoked_at:
        return False
    now = datetime.now(UTC)
    state.device_revoked = True
    state.device_revoked_at = now.isoformat()
    save_sync_state(data_dir, state)
    with store.session() as session:
        details = {"pending": pending_records(store)}
        append_audit(session, at=now, actor=actor, action="device_revoked", details=details)
    return True


@dataclass(frozen=True)
class _Link:
    """What every step of one sync sends with and counts into."""

    client: SyncClient
    signing_key: SigningKey
    device_code: str
    report: SyncReport
    chunk_size: int

    def announce(self, records: list[RecordPayload]) -> ManifestAnswer:
        """A new batch of `records`: its manifest signed with the device's key, announced."""
        signed = sign_manifest(
            records,
            device_code=self.device_code,
            signing_key=self.signing_key,
            batch_id=str(uuid.uuid4()),
        )
        return self.client.announce(signed)


def _run(store: Store, data_dir: Path, link: _Link) -> None:
    try:
        _push(store, link)
        asked = _pull(store, data_dir, link.client, link.device_code, link.report)
        if asked:
            _resend(store, asked, link)
        link.report.completed = True
    except SyncUnavailable as exc:
        link.report.error = str(exc)
        link.report.error_reason = exc.reason


def _push(store: Store, link: _Link) -> None:
    records = records_to_send(store)
    # One batch holds at most `MAX_MANIFEST_ENTRIES` records (the manifest's bound, which the
    # branch enforces too): a laptop back from weeks away with more sends them in batches,
    # oldest first. Each answer is applied as it comes; a cut leaves the rest for the next run.
    for start in range(0, len(records), MAX_MANIFEST_ENTRIES):
        _push_batch(store, records[start : start + MAX_MANIFEST_ENTRIES], link)


def _push_batch(store: Store, records: list[RecordPayload], link: _Link) -> None:
    """One batch: its signed manifest, then the records the branch is missing, in chunks."""
    answer = link.announce(records)
    _apply_all(store, answer.known, link.report)
    by_id = {r.id: r for r in records}
    wanted = set(answer.missing) | {r.id for r in answer.known if _void_untold(by_id.get(r.id), r)}
    missing = [record for record in records if record.id in wanted]
    for start in range(0, len(missing), link.chunk_size):
        chunk = missing[start : start + link.chunk_size]
        answered = link.client.send_records(answer.batch_id, chunk)
        link.report.counts["sent"] += len(chunk)
        _apply_all(store, answered.results, link.report)


def _void_untold(record: RecordPayload | None, known: RecordResult) -> bool:
    """A voided record the branch holds with the same content but not as voided (a void made
    after it was sent): sent again, so that the branch voids the version it holds."""
    if record is None or not record.voided or known.result == "conflict":
        return False
    return known.state != "voided"


def _apply_all(store: Store, results: list[RecordResult], report: SyncReport) -> None:
    """One chunk's answers, applied in one store transaction."""
    apply_results(store, results, now=datetime.now(UTC))
    for result in results:
        report.counts[result.result] += 1
    report.results.extend(results)


def _resend(store: Store, asked: list[str], link: _Link) -> None:
    """Send again the records the branch asked (`PullAnswer.resend`: its stored copies are
    damaged) in a signed batch of their own, every one of them whatever the manifest's answer
    (the branch holds them: it would ask for none), and tell it which this laptop no longer
    holds. The answers are applied as any other (`already_received` with the branch's state);
    they are counted apart (`resent`), not as records sent."""
    records, gone = records_held(store, asked)
    step = link.chunk_size
    if records:
        answer = link.announce(records)
        apply_results(store, answer.known, now=datetime.now(UTC))
        for start in range(0, len(records), step):
            answered = link.client.send_records(answer.batch_id, records[start : start + step])
            apply_results(store, answered.results, now=datetime.now(UTC))
            link.report.resent += len(answered.results)
    if gone:
        link.report.resend_unavailable = link.client.resend_unavailable(gone).noted


def _pull(
    store: Store, data_dir: Path, client: SyncClient, device_code: str, report: SyncReport
) -> list[str]:
    """Pull until the cursor stops; the records the branch asks again (its last answer's)."""
    state = load_sync_state(data_dir)
    while True:
        pulled = client.pull(state.cursor, refs=installed_digest(data_dir))
        for decision in pulled.decisions:
            if apply_result(store, decision, now=datetime.now(UTC), decision=True):
                report.decided[decision.state or decision.result] += 1
        changed, revoked = apply_roster(data_dir, pulled, device_code=device_code)
        if changed:
            with store.session() as session:
                mirror_officers(session, load_keyring(data_dir))
        if revoked and not state.device_revoked:
            state.device_revoked_at = datetime.now(UTC).isoformat()
        state.device_revoked = revoked
        state.reference_data = dict(pulled.reference_data)
        if pulled.retention_days is not None:
            state.retention_days = pulled.retention_days
        if pulled.last_sequence is not None:
            with store.session() as session:
                if number_past(session, device_code=device_code, sequence=pulled.last_sequence):
                    report.numbered_past = pulled.last_sequence
        advanced = pulled.cursor > state.cursor
        state.cursor = max(state.cursor, pulled.cursor)
        save_sync_state(data_dir, state)
        if not advanced or not pulled.decisions:
            break
    if pulled.reference_packages and state.branch_signing_key:
        report.reference = install_packages(
            data_dir, pulled.reference_packages, state.branch_signing_key
        )
    return list(pulled.resend or [])
