"""The lazy Registrations table model, without any widget."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.common.i18n import LanguageSwitcher
from bpu_enroll.gui.officer.registrations.model import (
    ID_ROLE,
    PAGE_SIZE,
    ROW_ROLE,
    Column,
    RegistrationsModel,
)
from bpu_enroll.services.records import RegistrationRow


@pytest.fixture(autouse=True)
def _indonesian(qtbot: QtBot) -> Iterator[None]:
    """The texts in Indonesian (they were only because an earlier test's translator was left)."""
    switcher = LanguageSwitcher()
    switcher.set_language("id")
    yield
    switcher.release()


def _row(number: int, **changes: object) -> RegistrationRow:
    values: dict[str, object] = {
        "id": f"id-{number}", "receipt_number": f"DEMO-D0001-20260504-{number:05d}", "version": 1,
        "full_name": f"WORKER {number}", "nik_masked": "3201********0001",
        "village_code": "32.01.01.1006", "occupation_code": "TRD-PASAR", "sector": "other",
        "status": "final", "voided": False, "supersedes_id": None, "superseded_by_id": None,
        "created_at": datetime(2026, 5, 4, 2, 30, tzinfo=UTC), "officer": "demo",
        "programs": ("JKK", "JKM"), "months_paid": 1, "total_quoted": 16_400, "cash_paid": None,
    }  # fmt: skip
    values.update(changes)
    return RegistrationRow(**values)


def _model() -> RegistrationsModel:
    return RegistrationsModel(
        village_name=lambda code: {"32.01.01.1006": "Cibinong"}.get(code, code),
        occupation_name=lambda code: {"TRD-PASAR": "Pedagang pasar"}.get(code, code),
        province_code="32",
    )


def test_named_columns_and_cells(qtbot: QtBot) -> None:
    model = _model()
    generation = model.next_generation()
    assert model.restart(generation, 1, [_row(1)])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Nomor tanda terima", "Nama", "NIK", "Desa/kelurahan", "Pekerjaan",
                       "Status", "Waktu"]  # fmt: skip
    cells = [model.index(0, c).data() for c in Column]
    assert cells == [
        "DEMO-D0001-20260504-00001", "WORKER 1", "3201********0001", "Cibinong",
        "Pedagang pasar", "Menunggu sinkron", "4 Mei 2026 09.30",
    ]  # fmt: skip
    assert model.index(0, 0).data(ID_ROLE) == "id-1"
    assert model.index(0, 3).data(ROW_ROLE).village_code == "32.01.01.1006"


def test_fetches_page_by_page_and_never_everything(qtbot: QtBot) -> None:
    model = _model()
    requests: list[tuple[int, int, int]] = []
    model.page_requested.connect(lambda g, o, n: requests.append((g, o, n)))
    generation = model.next_generation()
    model.restart(generation, 100_000, [_row(i) for i in range(PAGE_SIZE)])
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert requests == [(generation, PAGE_SIZE, PAGE_SIZE)]
    assert not model.canFetchMore(QModelIndex())  # one page on its way at a time
    model.fetchMore(QModelIndex())
    assert len(requests) == 1
    assert model.add_page(generation, [_row(i) for i in range(PAGE_SIZE, 2 * PAGE_SIZE)])
    assert model.rowCount() == 2 * PAGE_SIZE
    assert model.canFetchMore(QModelIndex())


def test_answers_for_an_old_query_are_dropped(qtbot: QtBot) -> None:
    model = _model()
    old = model.next_generation()
    new = model.next_generation()
    assert not model.restart(old, 5, [_row(1)])
    assert not model.add_page(old, [_row(2)])
    assert model.rowCount() == 0
    assert model.restart(new, 1, [_row(3)])
    assert model.rowCount() == 1
    assert not model.canFetchMore(QModelIndex())


def test_voided_and_replaced_statuses(qtbot: QtBot) -> None:
    model = _model()
    generation = model.next_generation()
    model.restart(generation, 2, [_row(1, voided=True), _row(2, superseded_by_id="id-3")])
    assert model.index(0, Column.STATUS).data() == "Dibatalkan"
    assert model.index(1, Column.STATUS).data() == "Diganti"


def test_the_time_is_written_as_the_language_writes_it(qtbot: QtBot) -> None:
    """`4 Mei 2026 09.30` in Indonesian, `4 May 2026 09:30` in English (the list wrote `09.30`
    in both, and `04-05-2026` in both, a date English readers take for 5 April), and again after
    a language switch."""
    lang = ["en"]
    model = RegistrationsModel(
        village_name=str, occupation_name=str, province_code="32", lang=lambda: lang[0]
    )
    model.restart(model.next_generation(), 1, [_row(1)])
    assert model.index(0, Column.TIME).data() == "4 May 2026 09:30"
    lang[0] = "id"
    with qtbot.waitSignal(model.dataChanged):
        model.retranslate()
    assert model.index(0, Column.TIME).data() == "4 Mei 2026 09.30"
