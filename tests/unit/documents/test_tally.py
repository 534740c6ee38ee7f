"""The daily tally: the aggregator, the day cut at local midnight, the hash and the PDF."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from bpu_enroll.documents.tally.figures import canonical_json
from bpu_enroll.documents.tally.pdf import (
    build_tally,
    local_day_bounds,
    render_tally,
    tally_figures,
    tally_hash,
)

from . import samples
from .pdf_helpers import flat, metadata, page_sizes, pdf_text


def test_counts_per_officer_and_location_and_in_total() -> None:
    data = samples.tally()
    totals = data.totals
    assert totals.records == 12
    assert totals.registrations == 11
    assert totals.by_status == {
        "final": 3, "sent": 3, "accepted": 2, "duplicate": 2, "rejected": 1, "voided": 1,
    }  # fmt: skip
    assert sum(totals.by_status.values()) == totals.records
    # Voided record 5 (index 4: JHT, 36.800, no cash) is left out of every other figure.
    assert totals.by_programs == {"JKK+JKM": 9, "JKK+JKM+JHT": 2}
    assert totals.by_sector == {"transport": 4, "other": 7}
    assert totals.by_gender == {"M": 5, "F": 6}
    assert totals.by_occupation_group == {
        "Perdagangan dan makanan": 4, "Perikanan": 3, "Transportasi dan pengiriman": 4,
    }  # fmt: skip
    assert totals.total_quoted == 2 * 36800 + 9 * 16800
    assert totals.cash_collected == 6 * 16800
    assert totals.voided_receipts == ("7371-D07-20260317-00005",)
    assert (totals.first_receipt, totals.last_receipt) == (
        "7371-D07-20260317-00001", "7371-D07-20260317-00012",
    )  # fmt: skip
    keys = [(row.officer, row.work_location) for row in data.rows]
    assert keys == sorted(keys) and len(keys) == 4
    assert sum(row.records for row in data.rows) == 12
    assert sum(row.cash_collected for row in data.rows) == totals.cash_collected
    nurul_harbour = next(r for r in data.rows if r.officer == "NURUL HIDAYAH"
                         and r.work_location == "Pelabuhan Paotere")  # fmt: skip
    assert (nurul_harbour.first_receipt, nurul_harbour.last_receipt) == (
        "7371-D07-20260317-00001", "7371-D07-20260317-00007",
    )  # fmt: skip


def test_drafts_are_ignored_and_unknown_statuses_refused() -> None:
    records = samples.tally_records(3)
    draft = replace(records[0], status="draft", receipt_number="")
    assert samples.tally([*records, draft]).totals.records == 3
    with pytest.raises(ValueError, match="status"):
        samples.tally([replace(records[0], status="lost")])


def test_day_bounds_follow_the_branch_zone() -> None:
    day = date(2026, 3, 17)
    assert local_day_bounds(day, "32") == (
        datetime(2026, 3, 16, 17, tzinfo=UTC), datetime(2026, 3, 17, 17, tzinfo=UTC),
    )  # fmt: skip
    assert local_day_bounds(day, "73")[0] == datetime(2026, 3, 16, 16, tzinfo=UTC)  # WITA
    assert local_day_bounds(day, "91")[0] == datetime(2026, 3, 16, 15, tzinfo=UTC)  # WIT


def test_a_record_belongs_to_the_local_day_around_midnight() -> None:
    wib_late = datetime(2026, 3, 17, 16, 30, tzinfo=UTC)  # 23.30 WIB on 17 March
    wib_early = datetime(2026, 3, 17, 17, 30, tzinfo=UTC)  # 00.30 WIB on 18 March
    base = samples.tally_records(1)[0]
    records = [
        replace(base, created_at=wib_late, receipt_number="3201-D07-20260317-00001"),
        replace(base, created_at=wib_early, receipt_number="3201-D07-20260318-00001"),
    ]

    def day_of(day: date) -> tuple[str, ...]:
        data = build_tally(records, branch_code="3201", branch_name="Bogor", province_code="32",
                           device_code="D07", day=day, generated_at=wib_early)  # fmt: skip
        return tuple(n for n in (data.totals.first_receipt, data.totals.last_receipt) if n)

    assert day_of(date(2026, 3, 17)) == ("3201-D07-20260317-00001",) * 2
    assert day_of(date(2026, 3, 18)) == ("3201-D07-20260318-00001",) * 2
    assert day_of(date(2026, 3, 16)) == ()
    start, end = local_day_bounds(date(2026, 3, 17), "32")
    assert start <= wib_late < end <= wib_early


def test_figures_and_hash_are_stable_and_checkable() -> None:
    first = samples.tally()
    again = samples.tally(list(reversed(samples.tally_records())))
    later = replace(first, generated_at=first.generated_at + timedelta(hours=3))
    assert tally_figures(first) == tally_figures(again)
    assert tally_hash(first) == tally_hash(again) == tally_hash(later)
    figures = tally_figures(first)
    claimed = figures.pop("hash")
    words = figures.pop("labels")
    assert set(words) == {"branch", "officers", "occupation_groups"}
    assert claimed == hashlib.sha256(canonical_json(figures)).hexdigest()
    renamed = replace(first, branch_name="Other words", officer_names={"x": "y"})
    assert tally_hash(renamed) == claimed
    assert json.loads(json.dumps(tally_figures(first))) == tally_figures(first)
    changed = samples.tally(
        [replace(r, cash_paid=r.cash_paid + 1) for r in samples.tally_records()]
    )
    assert tally_hash(changed) != claimed
    assert figures["date"] == "2026-03-17" and figures["zone"] == "WITA"
    assert figures["totals"]["cash_collected"] == 100800
    assert set(figures["rows"][0]) >= {"officer", "work_location", "by_status", "by_programs",
                                       "by_occupation_group", "by_sector", "by_gender",
                                       "total_quoted", "cash_collected", "voided_receipts",
                                       "first_receipt", "last_receipt"}  # fmt: skip


def test_the_tally_pdf_shows_the_figures_pages_and_hash() -> None:
    data = samples.tally()
    pdf = render_tally(data)
    pages = pdf_text(pdf).split("\f")
    text = flat(pdf_text(pdf))
    digest = tally_hash(data)
    for expected in [
        "Rekap Harian 17 Maret 2026",
        "7371 — Makassar",
        "WITA",
        "17 Maret 2026 18.00 WITA",
        "ANDI MAPPANYUKKI",
        "NURUL HIDAYAH",
        "Pelabuhan Paotere",
        "Rp224.800",
        "Rp100.800",
        "7371-D07-20260317-00005",  # voided
        "Perdagangan dan makanan",
        "Pengawas",
    ]:
        assert expected in text, expected
    assert len(pages) == len(page_sizes(pdf)) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"halaman {number} dari {len(pages)}" in page
        assert digest in flat(page)
    assert metadata(pdf)["/Keywords"] == f"tally-sha256:{digest}"


def test_a_tally_with_no_records_renders_a_clean_page() -> None:
    data = samples.tally([])
    assert data.is_empty and data.rows == ()
    pdf = render_tally(data)
    text = flat(pdf_text(pdf))
    assert len(page_sizes(pdf)) == 1
    assert "Tidak ada pendaftaran pada tanggal ini." in text
    assert "halaman 1 dari 1" in text
    assert tally_hash(data) in text
    assert "Rp" not in text
    assert tally_figures(data)["totals"]["records"] == 0


def test_a_tally_in_english() -> None:
    text = flat(pdf_text(render_tally(samples.tally(), lang="en")))
    assert "Daily tally 17 March 2026" in text
    assert "page 1 of" in text


@pytest.mark.parametrize("count", range(6, 26, 2))
def test_the_signatures_never_stand_alone_on_the_last_page(count: int) -> None:
    """A branch tally of a growing day: whichever page the content ends on, the signature lines
    are on it with the end of the content (the last voided receipts and the note)."""
    records = [replace(r, voided=i % 2 == 0) for i, r in enumerate(samples.tally_records(count))]
    data = replace(samples.tally(records), device_code="ALL")
    pages = [flat(page) for page in pdf_text(render_tally(data)).split("\f")]
    last = pages[-1]
    assert "Pengawas" in last
    assert "Angka tidak termasuk pendaftaran yang dibatalkan" in last
    assert data.totals.voided_receipts[-1] in last or data.rows[-1].voided_receipts[-1] in last
