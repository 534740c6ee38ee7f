"""Officer-app fixtures: a fresh demo profile per test, the app context, a signed-in main window.

Everything runs offscreen with real widgets and a real encrypted store in `tmp_path`. Store work
goes through the app's own task runner; tests wait on its signals, never sleep.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from bpu_enroll.gui.app import make_context
from bpu_enroll.gui.common.context import AppContext, load_reference
from bpu_enroll.gui.officer.main_window import MainWindow
from bpu_enroll.services.profile import demo_init
from bpu_enroll.services.registration import RegistrationService
from bpu_enroll.services.session import unlock
from bpu_enroll.store.keys import FAST_KDF

# A date inside the PP 50/2025 relief window for "other" sectors (April–December 2026).
FIXED_NOW = datetime(2026, 5, 4, 2, 30, tzinfo=UTC)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh demo profile (cheap key derivation, for speed)."""
    folder = tmp_path / "profile"
    demo_init(folder, kdf=FAST_KDF)
    return folder


def run_task(qtbot: QtBot, ctx: AppContext, fn: Callable[..., Any], *args: Any) -> Any:
    """Run store work through the app's task runner and wait for its result."""
    outcome: dict[str, Any] = {}
    # Connected before the task starts: a quick task could otherwise finish (and emit) before
    # a connection made after `run_db` returned, and the wait would time out.
    ctx.tasks.run_db(
        fn,
        *args,
        on_done=lambda value: outcome.setdefault("value", value),
        on_error=lambda exc: outcome.setdefault("error", exc),
    )
    qtbot.waitUntil(lambda: bool(outcome), timeout=20_000)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.fixture
def ctx(qtbot: QtBot, data_dir: Path) -> Iterator[AppContext]:
    """An app context on the fresh profile, Indonesian, with a fixed clock."""
    context = make_context(data_dir, "id")
    context.clock = lambda: FIXED_NOW
    yield context
    session = context.session
    if session is not None:
        context.tasks.run_db(session.close)
    assert context.tasks.wait_idle()
    context.languages.set_language("id")
    context.languages.release()


@pytest.fixture
def signed_in(qtbot: QtBot, ctx: AppContext) -> AppContext:
    """The context after `demo` signed in, with the reference data loaded."""
    session = run_task(qtbot, ctx, unlock, ctx.data_dir, "demo", "demo")
    session.now = ctx.clock
    ctx.session = session
    ctx.registrations = RegistrationService(session, now=ctx.clock)
    ctx.officer, ctx.officer_name = session.officer.username, session.officer.display_name
    ctx.province_code = session.profile.province_code
    ctx.reference = load_reference()
    return ctx


@pytest.fixture
def main_window(qtbot: QtBot, signed_in: AppContext) -> MainWindow:
    """The main window of the signed-in officer, shown."""
    window = MainWindow(signed_in)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.summary is not None)
    return window


WORKER: dict[str, Any] = {
    "nik": "3201011708920001",
    "full_name": "BUDI SANTOSO",
    "birth_place": "BOGOR",
    "birth_date": "1992-08-17",
    "gender": "M",
    "kk_number": None,
    "phone": "081234567801",
    "email": None,
    "address": {
        "street": "Jl. Pasar Baru 12",
        "rt": "3",
        "rw": "5",
        "village_code": "32.01.01.1006",
    },
    "occupation_code": "TRD-PASAR",
    "occupation_other": None,
    "business_name": None,
    "work_location": "Pasar",
    "monthly_income": 2_500_000,
    "programs": ["JKK", "JKM"],
    "employer": False,
    "government_paid": False,
    "months_paid": 1,
    "cash_paid": None,
    "consent": True,
}


def worker(**changes: Any) -> dict[str, Any]:
    """The sample worker with some fields changed."""
    data = dict(WORKER)
    data.update(changes)
    return data


def register(qtbot: QtBot, ctx: AppContext, data: dict[str, Any]) -> Any:
    """Store a final registration through the service, on the store thread."""
    assert ctx.registrations is not None
    return run_task(qtbot, ctx, ctx.registrations.finalise, data)
