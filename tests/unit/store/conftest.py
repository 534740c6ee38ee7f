"""Fixtures for the store tests: a fresh data directory and key, an open store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bpu_enroll.store.db import Store, open_store
from bpu_enroll.store.keys import new_db_key


@pytest.fixture
def db_key() -> bytes:
    """A fresh random database key."""
    return new_db_key()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data directory."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path, db_key: bytes) -> Iterator[Store]:
    """A new, open, empty store (closed after the test)."""
    opened = open_store(data_dir, db_key)
    yield opened
    opened.close()
