"""The occupation catalogue: our own versioned list of BPU occupations, grouped (DOMAIN.md §5).

Shipped as `resources/data/occupations.json` and refreshed from the branch. Each occupation has a
stable code (`TRN-OJEK`, `FSH-NELAYAN`), Indonesian and English names, a group and a sector:
`transport` for the PP 50/2025 transport list (ojek, online ojek, taxi and angkot drivers,
couriers, logistics drivers), `other` for everything else. `OTHER` ("Lainnya") needs free text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bpu_enroll.domain.datafile import bad_data, read_json
from bpu_enroll.paths import resource

OTHER_CODE = "OTHER"
SECTORS = frozenset({"transport", "other"})


@dataclass(frozen=True, slots=True)
class OccupationGroup:
    """A group of occupations (`TRN` transport and delivery, `FSH` fisheries, …)."""

    code: str
    name_id: str
    name_en: str

    def name(self, lang: str = "id") -> str:
        """The group's name in `lang`."""
        return self.name_en if lang == "en" else self.name_id


@dataclass(frozen=True, slots=True)
class Occupation:
    """One occupation of the catalogue."""

    code: str
    name_id: str
    name_en: str
    group: str
    sector: str
    requires_text: bool = False

    def name(self, lang: str = "id") -> str:
        """The occupation's name in `lang`."""
        return self.name_en if lang == "en" else self.name_id

    def to_dict(self) -> dict[str, str]:
        """The `occupations --json` item: code, names, group and sector."""
        return {
            "code": self.code,
            "name_id": self.name_id,
            "name_en": self.name_en,
            "group": self.group,
            "sector": self.sector,
        }


class Catalogue:
    """One version of the catalogue, in its file order."""

    def __init__(
        self, version: str, groups: list[OccupationGroup], occupations: list[Occupation]
    ) -> None:
        self.version = version
        self._groups = list(groups)
        self._occupations = list(occupations)
        self._by_code = {item.code: item for item in occupations}

    def __len__(self) -> int:
        return len(self._occupations)

    def get(self, code: str) -> Occupation | None:
        """The occupation with `code` (case and surrounding spaces ignored), or None."""
        if not isinstance(code, str):
            return None
        return self._by_code.get(code.strip().upper())

    def all(self) -> list[Occupation]:
        """Every occupation, `OTHER` included."""
        return list(self._occupations)

    def groups(self) -> list[OccupationGroup]:
        """The groups in display order."""
        return list(self._groups)

    def group(self, code: str) -> OccupationGroup | None:
        """A group by its code."""
        return next((item for item in self._groups if item.code == code), None)

    def in_group(self, group: str) -> list[Occupation]:
        """The occupations of one group."""
        return [item for item in self._occupations if item.group == group]

    def search(self, text: str) -> list[Occupation]:
        """Occupations whose code or Indonesian or English name contains `text` (any case)."""
        needle = text.strip().casefold() if isinstance(text, str) else ""
        if not needle:
            return self.all()
        return [
            item
            for item in self._occupations
            if needle in item.code.casefold()
            or needle in item.name_id.casefold()
            or needle in item.name_en.casefold()
        ]


def parse_catalogue(data: Any) -> Catalogue:
    """Parse and check a catalogue document (the shipped file's shape); `ValueError` when bad."""
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"occupation catalogue malformed ({exc!s})") from exc


def merged_catalogue(newest: Catalogue, *older: Catalogue) -> Catalogue:
    """`newest`, plus the occupations (and their groups) only older versions have: the branch
    judges a record quoted under any version it published."""
    groups = list(newest.groups())
    known_groups = {g.code for g in groups}
    occupations = list(newest.all())
    known = {o.code for o in occupations}
    for catalogue in older:
        for group in catalogue.groups():
            if group.code not in known_groups:
                groups.append(group)
                known_groups.add(group.code)
        for item in catalogue.all():
            if item.code not in known:
                occupations.append(item)
                known.add(item.code)
    return Catalogue(newest.version, groups, occupations)


def group_code(catalogue: Catalogue, occupation_code: str) -> str:
    """The group code of an occupation (what tallies count); an unknown occupation counts
    under its own code, or "-" when it has none."""
    occupation = catalogue.get(occupation_code)
    if occupation is None:
        return occupation_code or "-"
    return occupation.group


def group_names(catalogue: Catalogue, lang: str = "id") -> dict[str, str]:
    """Every group's code → its name in `lang` (the words shown beside a tally's codes)."""
    return {group.code: group.name(lang) for group in catalogue.groups()}


def load_catalogue(path: Path | None = None) -> Catalogue:
    """The catalogue from `path`, or the shipped one; `BpuError` when the file is unusable."""
    where = path or resource("data", "occupations.json")
    data = read_json(where)
    try:
        return _parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise bad_data(where, f"occupation catalogue malformed ({exc!s})") from exc


def _parse(data: Any) -> Catalogue:
    groups = [
        OccupationGroup(
            code=_text(g["code"]), name_id=_text(g["name_id"]), name_en=_text(g["name_en"])
        )
        for g in data["groups"]
    ]
    known = {group.code for group in groups}
    occupations = [_occupation(item, known) for item in data["occupations"]]
    codes = [item.code for item in occupations]
    if len(set(codes)) != len(codes):
        raise ValueError("duplicate occupation code")
    if OTHER_CODE not in codes:
        raise ValueError(f"{OTHER_CODE} is missing")
    return Catalogue(_text(data["version"]), groups, occupations)


def _occupation(item: dict[str, Any], groups: set[str]) -> Occupation:
    occupation = Occupation(
        code=_text(item["code"]).upper(),
        name_id=_text(item["name_id"]),
        name_en=_text(item["name_en"]),
        group=_text(item["group"]),
        sector=_text(item["sector"]),
        requires_text=item.get("requires_text", False) is True,
    )
    if occupation.group not in groups:
        raise ValueError(f"{occupation.code}: unknown group {occupation.group}")
    if occupation.sector not in SECTORS:
        raise ValueError(f"{occupation.code}: sector must be transport or other")
    return occupation


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected text, got {value!r}")
    return value.strip()


_default: Catalogue | None = None


def default_catalogue() -> Catalogue:
    """The shipped catalogue, read once per process."""
    global _default  # noqa: PLW0603 - immutable, read once
    if _default is None:
        _default = load_catalogue()
    return _default
