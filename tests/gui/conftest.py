"""What every GUI test needs, officer's app and workspace alike: compiled translations, and the
widgets of a test destroyed when it ends.

pytest-qt closes the widgets a test registered and calls `deleteLater()` on them, but a deferred
delete only happens when an event loop runs: with none between two tests, a window lived on into
later tests (a test of the workspace's screen fit found ten), took every app-wide font, style
sheet and language change of those tests (its tally page's headers asked again for their texts
in another test's `apply_look`) and was destroyed in the middle of whichever later test next ran
an event loop. `_destroy_closed_widgets` does those deferred deletes at the end of each test.

The officer's app fixtures are in `officer/conftest.py`, the workspace's in `workspace/conftest.py`.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The `.qm` files are build products: make sure they exist for the language tests."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)


@pytest.fixture(autouse=True)
def _destroy_closed_widgets() -> Iterator[None]:
    """After the test and its fixtures (pytest-qt closed its widgets and asked for their deletion),
    destroy them now, between tests, instead of during a later test (see the module text)."""
    yield
    app = QApplication.instance()
    if app is not None:
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
