"""Reading the shipped (or branch-refreshed) reference data files, with stable error codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bpu_enroll.domain.errors import BpuError


def read_json(path: Path) -> Any:
    """The parsed JSON of `path`; `BpuError` FILE_NOT_FOUND or FILE_NOT_JSON otherwise."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise BpuError("FILE_NOT_FOUND", path=str(path)) from exc
    except OSError as exc:
        raise BpuError("FILE_NOT_FOUND", path=f"{path} ({exc.strerror})") from exc
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BpuError("FILE_NOT_JSON", detail=f"{path.name}: {exc}") from exc


def bad_data(path: Path, what: str) -> BpuError:
    """The error for a reference file whose JSON does not have the expected shape."""
    return BpuError("FILE_NOT_JSON", detail=f"{path.name}: {what}")
