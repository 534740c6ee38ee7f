"""Retention against the real branch on both back ends, with a controlled clock: the personal
fields of records the branch settled more than N days ago (the branch's `retention-days`, sent
at pull) leave the laptop after a sync, in one go, audited by counts; the day's tally document
is unchanged; a reprint is refused with `RECORD_PURGED`; a rejected record still waiting for
the officer keeps its data; and no deleted text is left in the (decrypted) store file."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlmodel import Session, col, select

from bpu_enroll.branch.store.settings import set_setting
from bpu_enroll.documents.tally.figures import tally_figures
from bpu_enroll.domain.errors import BpuError
from bpu_enroll.services.clock import local_date
from bpu_enroll.services.receipts import ReceiptService
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.tally import TallyService
from bpu_enroll.store.models import AuditEntry, Registration
from bpu_enroll.sync.runner import SyncReport, run_sync
from tests.integration.helpers import Branch, Laptop, ServerThread, break_record, fast_retry

PAGE, RESERVE = 4096, 80  # SQLCipher 4 defaults: IV (16) and HMAC-SHA512 (64) per page
GONE_NAME = "WATI TERHAPUS"


def _sync_at(laptop: Laptop, url: str, moment: datetime) -> SyncReport:
    with httpx.Client(base_url=url, timeout=30) as http:
        return run_sync(
            store=laptop.session.store,
            data_dir=laptop.data_dir,
            client=laptop.client(http, fast_retry()),
            signing_key=laptop.signing_key,
            device_code=laptop.device_code,
            actor=laptop.session.officer.username,
            server_url=url,
            clock=lambda: moment,
        )


def _tally(laptop: Laptop, day: Any) -> dict[str, Any]:
    document = tally_figures(TallyService(laptop.session).figures(day))
    document.pop("generated_at", None)
    return document


def _decrypt(page: bytes, key: bytes, *, first: bool) -> bytes:
    skip = 16 if first else 0  # the first page begins with the salt
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[skip : PAGE - RESERVE]) + decryptor.finalize()


def _plaintext_pages(path: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file decrypted with the raw key (AES-256-CBC), and every
    frame of its write-ahead log."""
    raw = path.read_bytes()
    pages = [
        _decrypt(raw[start : start + PAGE], key, first=start == 0)
        for start in range(0, len(raw) - PAGE + 1, PAGE)
    ]
    wal = path.with_name(path.name + "-wal")
    log = wal.read_bytes() if wal.exists() else b""
    for start in range(32, len(log) - 24 - PAGE + 1, 24 + PAGE):  # header, then frames
        number = int.from_bytes(log[start : start + 4], "big")
        pages.append(_decrypt(log[start + 24 : start + 24 + PAGE], key, first=number == 1))
    return b"".join(pages)


def test_settled_records_lose_their_personal_fields_and_the_tally_stays(
    branch: Branch, server: ServerThread, laptop_factory: Callable[[], Laptop]
) -> None:
    with Session(branch.engine) as db:
        set_setting(db, "retention-days", "7")
    laptop = laptop_factory()
    service = RegistrationService(laptop.session)
    gone = laptop.register(51, full_name=GONE_NAME)
    voided = laptop.register(52)
    service.void(voided, "Salah ketik")
    first = laptop.register(53)
    corrected = service.correct(first, _changed(53))
    waiting = laptop.register(54)
    break_record(laptop, waiting, consent=False)
    now = datetime.now(UTC)
    report = _sync_at(laptop, server.url, now)
    assert report.completed and report.purged.records == 0
    province = laptop.session.profile.province_code
    day = local_date(service.get(gone).row.created_at, province)
    before = _tally(laptop, day)
    assert before["rows"] and before["hash"]  # the day's tally has these records
    kept = service.get(gone)
    nik = str(kept.registration["nik"])

    early = _sync_at(laptop, server.url, now + timedelta(days=6))
    assert early.purged.records == 0  # the branch said 7 days
    report = _sync_at(laptop, server.url, now + timedelta(days=8))

    counts = report.purged
    # the record, the corrected one and its first version (settled itself, or by the chain)
    assert (counts.settled + counts.superseded, counts.voided) == (3, 1)
    detail = service.get(gone)
    assert detail.purged_at is not None
    assert detail.row.receipt_number == kept.row.receipt_number
    assert detail.kpj == kept.kpj and detail.row.total_quoted == kept.row.total_quoted
    for key in ("nik", "full_name", "birth_place", "birth_date", "phone", "address"):
        assert detail.registration[key] is None
    assert detail.registration["monthly_income"] == kept.registration["monthly_income"]
    assert detail.row.full_name == "" and service.get(corrected.id).purged_at is not None
    still = service.get(waiting)
    assert still.row.status == "rejected" and still.purged_at is None
    assert still.registration["nik"]
    assert _tally(laptop, day) == before  # the same figures and the same hash

    with pytest.raises(BpuError) as refused:
        ReceiptService(laptop.session).render(gone)
    assert refused.value.code == "RECORD_PURGED"
    assert "cabang" in refused.value.message("id")

    with laptop.session.store.session(readonly=True) as db:
        entries = db.exec(select(AuditEntry).where(AuditEntry.action == "retention_purge")).all()
        assert len(entries) == 1
        details = json.loads(entries[0].details_json)
        assert details["records"] == 4 and details["days"] == 7
        hits = db.exec(select(Registration.id).where(col(Registration.nik) == nik)).all()
        assert hits == []

    key = laptop.session._db_key  # the test reads the file as one holding the key would
    assert key is not None
    plain = _plaintext_pages(laptop.data_dir / "store.db", key)
    assert kept.row.receipt_number.encode() in plain  # the decryption works
    assert nik.encode() not in plain
    assert GONE_NAME.encode() not in plain
    assert still.row.receipt_number.encode() in plain and GONE_NAME.encode() not in plain


def _changed(serial: int) -> dict[str, Any]:
    from tests.integration.helpers import registration

    return registration(serial, full_name="Budi Santosa")
