"""Sync with the branch for one signed-in officer: run, export to USB, what needs attention.

The orchestration of a sync run (`sync.runner.run_sync`) and of a USB export
(`sync.export.export_batch`) around an `OfficerSession`, for the desktop app and the laptop CLI's
`sync` and `export-batch` alike. Every method touches the officer's store, so the desktop app
calls them on its single store thread (`TaskRunner.run_db`); `run` also does the network work
there, so no other store work interleaves with a sync.

`progress_cb(done, total)` is called (on the calling thread) as record chunks are answered.
After a completed run the laptop's report (pending count, recent daily tallies) is sent to the
branch (`laptop_report.send_report`); a report that fails is logged and does not fail the run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
from nacl.signing import SigningKey

from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.attention import AttentionItem, attention_items
from bpu_enroll.services.laptop_report import send_report
from bpu_enroll.services.session import OfficerSession
from bpu_enroll.store.repo import pending_count
from bpu_enroll.sync.client import RetryPolicy, SyncClient, make_http_client
from bpu_enroll.sync.export import export_batch
from bpu_enroll.sync.laptop_store import (
    awaiting_review,
    load_certificate,
    load_sync_state,
    records_by_receipt,
)
from bpu_enroll.sync.protocol import (
    ChunkAnswer,
    ManifestAnswer,
    RecordPayload,
    SignedManifest,
    unb64,
)
from bpu_enroll.sync.runner import DEFAULT_CHUNK, SyncReport, run_sync

ProgressCallback = Callable[[int, int], object]


class _ProgressClient(SyncClient):
    """A `SyncClient` that reports how many of the announced records have been answered."""

    def __init__(self, *args: Any, progress_cb: ProgressCallback, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._progress_cb = progress_cb
        self._total = 0
        self._done = 0

    def announce(self, signed: SignedManifest) -> ManifestAnswer:
        """Announce, then report the known records as done."""
        answer = super().announce(signed)
        self._total = len(signed.manifest.entries)
        self._done = len(answer.known)
        self._progress_cb(self._done, self._total)
        return answer

    def send_records(self, batch_id: str, records: list[RecordPayload]) -> ChunkAnswer:
        """Send one chunk, then report it as done."""
        answer = super().send_records(batch_id, records)
        self._done = min(self._total, self._done + len(records))
        self._progress_cb(self._done, self._total)
        return answer


class SyncService:
    """Sync, export and needs-attention for one officer session; see the module text."""

    def __init__(
        self,
        session: OfficerSession,
        *,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        chunk_size: int = DEFAULT_CHUNK,
    ) -> None:
        self.session = session
        self.retry = retry
        self.timeout = timeout
        self.chunk_size = chunk_size

    @property
    def data_dir(self) -> Path:
        """The profile folder."""
        return self.session.data_dir

    def server_url(self) -> str | None:
        """The enrolled branch's URL (from `sync.json`, else the profile), without a final `/`."""
        url = load_sync_state(self.data_dir).server_url or self.session.profile.server_url
        return str(url).rstrip("/") if url else None

    def enrolled(self) -> bool:
        """True when this laptop was enrolled at a branch (the demo profile is not)."""
        state = load_sync_state(self.data_dir)
        return bool(state.server_url and state.branch_encryption_key)

    def _http(self, server: str, timeout: float) -> httpx.Client:
        return make_http_client(server, cert_pem=load_certificate(self.data_dir), timeout=timeout)

    def _require_server(self) -> str:
        server = self.server_url()
        if not server or not self.enrolled():
            raise BpuError("NOT_ENROLLED")
        return server

    def run(
        self, progress_cb: ProgressCallback | None = None, *, server: str | None = None
    ) -> SyncReport:
        """One sync run (`run_sync`); refusals raise `SyncRefused`, no network is a report.

        `server` (the CLI's `--server`) is used instead of the enrolled branch's URL; without it
        the laptop must be enrolled (`NOT_ENROLLED`)."""
        server = server.rstrip("/") if server else self._require_server()
        key = SigningKey(self.session.device_signing_key())
        device = self.session.profile.device_code
        with self._http(server, self.timeout) as http:
            client = _ProgressClient(
                http,
                device_code=device,
                signing_key=key,
                retry=self.retry,
                progress_cb=progress_cb or (lambda _done, _total: None),
            )
            report = run_sync(
                store=self.session.store,
                data_dir=self.data_dir,
                client=client,
                signing_key=key,
                device_code=device,
                actor=self.session.officer.username,
                server_url=server,
                chunk_size=self.chunk_size,
                clock=self.session.now,
            )
            if report.completed:
                send_report(self.session, client)
        self.session.reload_profile()
        if report.completed:
            self.session.provision_roster()
        return report

    def export(
        self, path: Path, receipts: Sequence[str] = (), *, replace: bool = False
    ) -> dict[str, Any]:
        """Write the USB batch file; `{"file", "files", "batch_id", "records", "hidden"}`
        (`NOT_ENROLLED` without a branch key). With `receipts`, the records of those receipt
        numbers, sent or not, for the branch to repair its damaged copies (`sync.export`). A
        file at `path` is written over only with `replace`, the officer's consent
        (`EXPORT_FILE_EXISTS`); `hidden` names the files a cut-off export left hidden there
        whose names are taken (`EXPORT_FILES_HIDDEN`)."""
        state = load_sync_state(self.data_dir)
        # Only the branch's encryption key: the recovery key's private half is in a safe, not
        # at the branch, so a file sealed to it could not be imported.
        if not state.branch_encryption_key:
            raise BpuError("NOT_ENROLLED")
        branch_key = unb64(state.branch_encryption_key)
        return export_batch(
            self.session.store,
            out=Path(path),
            signing_key=SigningKey(self.session.device_signing_key()),
            device_code=self.session.profile.device_code,
            branch_public_key=branch_key,
            receipts=receipts,
            replace=replace,
        )

    def receipts_held(self, receipts: Sequence[str]) -> int:
        """How many records a file for these receipt numbers holds (one each); the numbers this
        laptop holds no final record of (`RECEIPT_NOT_HELD`), or whose personal data was purged
        (`RECEIPT_PURGED`), are refused as `export(receipts=...)` refuses them, naming them."""
        return len(records_by_receipt(self.session.store, receipts))

    def waiting_count(self) -> int:
        """Records the branch has not acknowledged yet: what a sync or an export carries."""
        with self.session.store.session(readonly=True) as db:
            return pending_count(db)

    def awaiting_review(self) -> int:
        """Records of this laptop the branch holds for a clerk's review now (their last answer
        was `pending_review`)."""
        return awaiting_review(self.session.store)

    def needs_attention(self) -> list[AttentionItem]:
        """Rejected and conflicting records not yet corrected by a newer version, oldest first,
        with the clerk's note and what to do (`services.attention`)."""
        with self.session.store.session(readonly=True) as db:
            return attention_items(db)

    def device_revoked(self) -> bool:
        """True when the branch revoked this laptop (learned at a sync; see `run_sync`)."""
        return load_sync_state(self.data_dir).device_revoked

    def branch_reachable(self, timeout: float = 5.0) -> bool:
        """True when the branch answers `/api/v1/health` (one quick try, never raises)."""
        server = self.server_url()
        if not server or not self.enrolled():
            return False
        try:
            with self._http(server, timeout) as http:
                SyncClient(http, retry=RetryPolicy(attempts=1)).health()
        except Exception:  # noqa: BLE001 - unreachable, refused or odd answer: "not now"
            return False
        return True
