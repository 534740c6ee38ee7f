"""What every GUI test needs, officer's app and workspace alike: compiled translations.

The officer's app fixtures are in `officer/conftest.py`, the workspace's in `workspace/conftest.py`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The `.qm` files are build products: make sure they exist for the language tests."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
