"""Fixtures for the domain tests."""

from __future__ import annotations

import pytest

from bpu_enroll.domain.regions import RegionIndex, default_regions


@pytest.fixture(scope="session")
def regions() -> RegionIndex:
    """The shipped region list (built once for the whole run)."""
    return default_regions()
