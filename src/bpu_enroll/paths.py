"""Where the shipped reference data lives, in a source tree, a wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The `resources/` folder: packaged as `bpu_enroll/_resources`, or the repository's own."""
    here = Path(__file__).resolve().parent
    candidates = [here / "_resources", here.parents[1] / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found next to the package")


def resource(*parts: str) -> Path:
    """A file inside `resources/`, e.g. `resource("data", "occupations.json")`."""
    return resources_dir().joinpath(*parts)
