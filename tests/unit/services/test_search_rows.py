"""The Registrations search's rows: built straight from the fetched values (its hot path,
DESIGN.md §6), yet the same rows `to_row` makes of a stored record's listing."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

import pytest

from bpu_enroll.services.records import RegistrationRow, to_row
from bpu_enroll.services.registration import RegistrationService, SearchQuery
from bpu_enroll.store import repo
from tests.unit.services.conftest import FakeClock
from tests.unit.services.samples import registration

QUERIES = [
    SearchQuery(),
    SearchQuery(text="an"),  # a name prefix (under three letters)
    SearchQuery(text="ant"),  # anywhere in a name (trigram index)
    SearchQuery(text="3201 0115"),  # a NIK prefix
    SearchQuery(text="00002"),  # the end of a receipt number
    SearchQuery(voided=True),
]


@pytest.fixture
def stored(service: RegistrationService, clock: FakeClock) -> Iterator[RegistrationService]:
    """Five records: one voided, one corrected (a superseded version and its successor), one
    with cash paid and three programs."""
    names = ("Ani Lestari", "Anto Wijaya", "Santi Rahayu", "Budi Santoso", "Andi")
    results = []
    for serial, name in enumerate(names, start=1):
        extra: dict[str, Any] = {}
        if serial == 3:
            extra = {"programs": ["JKK", "JKM", "JHT"], "months_paid": 3}
        results.append(service.finalise(registration(serial, full_name=name, **extra)))
        clock.advance(minutes=7)
    service.void(results[1].id, "salah ketik")
    service.correct(results[3].id, registration(4, full_name="Budi Santoso Putra"))
    yield service


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(q.text or q.voided))
def test_search_rows_are_the_rows_to_row_makes(
    stored: RegistrationService, query: SearchQuery
) -> None:
    terms = stored._terms(query)
    with stored._store.cursor() as cursor:
        expected = [to_row(listing) for listing in repo.search_registrations(cursor, **terms)]
    found = stored.search(query)
    assert found == expected
    assert [type(row) for row in found] == [RegistrationRow] * len(expected)
    assert [hash(row) for row in found] == [hash(row) for row in expected]
    assert [repr(row) for row in found] == [repr(row) for row in expected]


def test_search_rows_hold_every_kind_of_value_as_to_row_does(stored: RegistrationService) -> None:
    rows = stored.search(SearchQuery(), limit=10)
    assert len(rows) == 6
    assert {row.voided for row in rows} == {True, False}
    assert any(row.superseded for row in rows) and any(row.supersedes_id for row in rows)
    assert ("JKK", "JKM", "JHT") in {row.programs for row in rows}
    assert all(row.nik_masked.count("*") == 8 for row in rows)
    assert all(row.created_at.utcoffset() is not None for row in rows)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rows[0].status = "sent"  # type: ignore[misc]


def test_a_search_row_costs_one_python_call(stored: RegistrationService) -> None:
    """A page of results was built through a listing, `moment` and `to_row`: eight Python calls
    a row, and more time than SQLite took to find the rows (benchmarks/bench_store.py). Now a
    row costs one call (`mask_nik`); the page's own calls (the cursor, the SQL) are not
    counted: they are the same for one row as for six."""

    def calls(limit: int) -> tuple[int, int]:
        made = 0

        def count(frame: FrameType, event: str, arg: object) -> None:
            nonlocal made
            made += event == "call"

        sys.setprofile(count)
        try:
            rows = stored.search(SearchQuery(), limit=limit)
        finally:
            sys.setprofile(None)
        return len(rows), made

    stored.search(SearchQuery())  # nothing imported or prepared on the counted calls
    one, six = calls(1), calls(6)
    assert (one[0], six[0]) == (1, 6)
    assert six[1] - one[1] <= 5 * 1, (one, six)
