"""A file that grows after its size was looked at, for the bounded reads' tests."""

from __future__ import annotations

from pathlib import Path

import pytest


def grown_past(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: int) -> Path:
    """A PDF-looking file one byte past `limit` whose size looked at by name (`Path.stat`) is
    still that of the 4 bytes it held: as if it grew after its size was checked."""
    grown = tmp_path / "grown.pdf"
    grown.write_bytes(b"%PDF" + b"x" * (limit - 3))
    small = tmp_path / "small.pdf"
    small.write_bytes(b"%PDF")
    was_small, real_stat = small.stat(), Path.stat
    monkeypatch.setattr(
        Path, "stat", lambda self, **kw: was_small if self == grown else real_stat(self, **kw)
    )
    return grown
