"""The daily tally service over a real encrypted store: figures, the local-midnight cut, the PDF."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import select

from bpu_enroll.documents.tally.figures import tally_figures, tally_hash
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import OfficerSession, unlock
from bpu_enroll.services.tally import TallyService
from bpu_enroll.store.models import AuditEntry
from tests.unit.documents.pdf_helpers import flat, pdf_text
from tests.unit.services.conftest import FakeClock
from tests.unit.services.samples import registration

DAY = date(2026, 5, 10)  # the clock fixture starts at 10.00 WIB on this day
DEMO_LABEL = "Petugas Demo (demo)"
SPV_LABEL = "Supervisor Demo (spv)"


def _woman(serial: int, **changes: Any) -> dict[str, Any]:
    """A valid registration of a woman born 15 Aug 1990 (NIK day + 40)."""
    return registration(serial, nik=f"320101550890{serial:04d}", gender="F", **changes)


def _tally_entries(session: OfficerSession) -> list[AuditEntry]:
    with session.store.session(readonly=True) as db:
        return list(db.exec(select(AuditEntry).where(AuditEntry.action == "print_tally")).all())


def test_a_day_without_records_gives_an_empty_tally(officer_session: OfficerSession) -> None:
    tally = TallyService(officer_session)
    data = tally.figures(DAY)
    assert data.is_empty
    assert data.rows == ()
    assert (data.branch_code, data.device_code, data.zone_label) == ("DEMO", "D0001", "WIB")

    printed = tally.print_tally(DAY)
    text = flat(pdf_text(printed.pdf))
    assert "Rekap Harian 10 Mei 2026" in text
    assert "Tidak ada pendaftaran pada tanggal ini." in text
    assert tally_hash(data) in text
    assert printed.file_name == "rekap-harian-DEMO-D0001-2026-05-10.pdf"


def test_the_day_is_cut_at_the_branch_local_midnight(
    officer_session: OfficerSession, clock: FakeClock
) -> None:
    service = RegistrationService(officer_session)
    clock.moment = datetime(2026, 5, 10, 16, 50, tzinfo=UTC)  # 23.50 WIB, 10 May
    late = service.finalise(registration(1))
    clock.moment = datetime(2026, 5, 10, 17, 0, tzinfo=UTC)  # 00.00 WIB, 11 May
    midnight = service.finalise(registration(2))
    clock.moment = datetime(2026, 5, 10, 17, 10, tzinfo=UTC)  # 00.10 WIB, 11 May
    early = service.finalise(registration(3))

    tally = TallyService(officer_session)
    tenth, eleventh = tally.figures(date(2026, 5, 10)), tally.figures(date(2026, 5, 11))
    assert tenth.totals.records == 1
    assert tenth.totals.first_receipt == tenth.totals.last_receipt == late.receipt_number
    assert eleventh.totals.records == 2
    assert eleventh.totals.first_receipt == midnight.receipt_number
    assert eleventh.totals.last_receipt == early.receipt_number
    assert tally.figures(date(2026, 5, 9)).is_empty


def _register_a_mixed_day(
    profile_dir: Path, officer_session: OfficerSession, clock: FakeClock
) -> dict[str, Any]:
    """Five live records by two officers, one voided, one corrected; what they should add up to."""
    service = RegistrationService(officer_session)
    r1 = service.finalise(registration(1))
    jht = _woman(2, occupation_code="TRD-PASAR", work_location="Pasar Cibinong",
                 programs=["JKK", "JKM", "JHT"], months_paid=3)  # fmt: skip
    quote = service.validate(jht).quote
    assert quote is not None
    r2 = service.finalise({**jht, "cash_paid": quote.total})
    clock.advance(minutes=5)
    r3 = service.finalise(registration(3))
    service.void(r3.id, "Data ganda")
    r4 = service.finalise(registration(4))
    r4b = service.correct(r4.id, registration(4, monthly_income=4_000_000))
    officer_session.close()
    clock.advance(minutes=5)
    with unlock(profile_dir, "spv", "spv", now=clock) as spv:
        r5 = RegistrationService(spv).finalise(registration(5, work_location="Terminal Cibinong"))
    return {
        "records": (r1, r2, r3, r4b, r5),
        "superseded": r4,
        "quoted": r1.quote.total + r2.quote.total + r4b.quote.total + r5.quote.total,
        "cash": quote.total,
    }


def test_figures_match_what_was_registered(
    profile_dir: Path, officer_session: OfficerSession, clock: FakeClock
) -> None:
    day = _register_a_mixed_day(profile_dir, officer_session, clock)
    r1, r2, r3, r4b, r5 = day["records"]
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        data = TallyService(session).figures(DAY)

    totals = data.totals
    assert (totals.records, totals.registrations) == (5, 4)
    assert totals.by_status == {"final": 4, "sent": 0, "accepted": 0, "duplicate": 0,
                                "rejected": 0, "voided": 1}  # fmt: skip
    assert totals.by_programs == {"JKK+JKM": 3, "JKK+JKM+JHT": 1}
    assert totals.by_sector == {"transport": 3, "other": 1}
    assert totals.by_gender == {"M": 3, "F": 1}
    assert totals.by_occupation_group == {"TRD": 1, "TRN": 3}
    assert data.group_label("TRN") == "Transportasi dan pengantaran"
    assert data.officer_label("demo") == DEMO_LABEL
    assert totals.total_quoted == day["quoted"]
    assert totals.cash_collected == day["cash"]
    assert totals.voided_receipts == (r3.receipt_number,)
    assert totals.first_receipt == r1.receipt_number
    assert totals.last_receipt == r5.receipt_number
    assert day["superseded"].receipt_number not in json.dumps(tally_figures(data))

    rows = {(row.officer, row.work_location): row for row in data.rows}
    assert sorted(rows) == [
        ("demo", "Pangkalan Pasar Cibinong"),
        ("demo", "Pasar Cibinong"),
        ("spv", "Terminal Cibinong"),
    ]
    assert rows[("demo", "Pangkalan Pasar Cibinong")].records == 3
    assert rows[("demo", "Pangkalan Pasar Cibinong")].voided_receipts == (r3.receipt_number,)
    assert rows[("demo", "Pasar Cibinong")].cash_collected == day["cash"]
    assert rows[("spv", "Terminal Cibinong")].first_receipt == r5.receipt_number
    assert r2.receipt_number == rows[("demo", "Pasar Cibinong")].last_receipt
    assert r4b.receipt_number == rows[("demo", "Pangkalan Pasar Cibinong")].last_receipt


def test_sql_counting_equals_build_tally_over_the_records(
    profile_dir: Path, officer_session: OfficerSession, clock: FakeClock
) -> None:
    _register_a_mixed_day(profile_dir, officer_session, clock)
    with unlock(profile_dir, "demo", "demo", now=clock) as session:
        tally = TallyService(session)
        for lang in ("id", "en"):
            counted = tally.figures(DAY, lang=lang)
            rebuilt = tally.build(tally.records(DAY), DAY, lang=lang)
            assert counted == rebuilt
            assert tally_figures(counted) == tally_figures(rebuilt)
        english, indonesian = tally.figures(DAY, lang="en"), tally.figures(DAY, lang="id")
        assert english.group_label("TRN") == "Transport and delivery"
        assert tally_hash(english) == tally_hash(indonesian)


def test_a_printed_tally_shows_the_figures_and_is_audited(
    profile_dir: Path, officer_session: OfficerSession, clock: FakeClock
) -> None:
    day = _register_a_mixed_day(profile_dir, officer_session, clock)
    r1, _r2, r3, _r4b, r5 = day["records"]
    with unlock(profile_dir, "spv", "spv", now=clock) as session:
        printed = TallyService(session).print_tally(DAY)
        entries = _tally_entries(session)

    text = flat(pdf_text(printed.pdf))
    assert printed.pdf.startswith(b"%PDF")
    for expected in (r1.receipt_number, r5.receipt_number, r3.receipt_number, DEMO_LABEL, SPV_LABEL,
                     printed.hash, "Transportasi dan pengantaran"):  # fmt: skip
        assert expected in text.replace(" ", "") or expected in text
    assert printed.figures()["hash"] == printed.hash
    assert len(entries) == 1
    assert entries[0].actor == "spv"
    assert json.loads(entries[0].details_json) == {
        "date": "2026-05-10",
        "device": "D0001",
        "lang": "id",
        "records": 5,
        "tally_hash": printed.hash,
    }


def test_render_returns_the_pdf_bytes_and_logs_each_print(
    service: RegistrationService, officer_session: OfficerSession
) -> None:
    service.finalise(registration(1))
    tally = TallyService(officer_session)
    first = tally.render(DAY)
    second = tally.render(DAY, lang="en")
    assert first.startswith(b"%PDF") and second.startswith(b"%PDF")
    assert "Rekap Harian 10 Mei 2026" in flat(pdf_text(first))
    assert "10 May 2026" in flat(pdf_text(second))
    assert len(_tally_entries(officer_session)) == 2


def test_a_preview_logs_nothing_until_it_is_printed_then_logs_as_a_print(
    profile_dir: Path, officer_session: OfficerSession, clock: FakeClock
) -> None:
    """The print preview's PDF is the one `print_tally` makes, unlogged; printed (or saved) it
    is logged once, with the same details as `print_tally` logs, the hash of the PDF shown."""
    _register_a_mixed_day(profile_dir, officer_session, clock)
    with unlock(profile_dir, "spv", "spv", now=clock) as session:
        tally = TallyService(session)
        shown = tally.preview(DAY)
        assert _tally_entries(session) == []
        tally.log_printed(shown)
        printed = tally.print_tally(DAY)
        entries = _tally_entries(session)

    assert shown.hash == printed.hash and shown.file_name == printed.file_name
    assert flat(pdf_text(shown.pdf)) == flat(pdf_text(printed.pdf))
    assert [entry.actor for entry in entries] == ["spv", "spv"]
    first, second = (json.loads(entry.details_json) for entry in entries)
    assert first == second
    assert first == {
        "date": "2026-05-10",
        "device": "D0001",
        "lang": "id",
        "records": 5,
        "tally_hash": shown.hash,
    }
