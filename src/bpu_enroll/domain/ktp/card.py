"""The fields of a KTP photo, mapped to the registration file's keys, and their cross-checks.

`read_card(boxes, today=…, regions=…)` takes the OCR's text boxes (see `layout`) and gives a
`KtpReading`: each field as `{value, confidence}` (0..1) under the registration file's keys
(`nik`, `full_name`, `birth_place`, `birth_date`, `gender`, `street`, `rt`, `rw`,
`village_code`) plus the card's own `village`, `district`, `regency` and `province` names, and
the checks of the NIK against the rest of the same card: its birth date and gender coding, its
region codes in the list, its regency against the card's header. A misread digit usually breaks
one of them; the check says which. Nothing here stores or logs what was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bpu_enroll.domain.errors import message
from bpu_enroll.domain.ktp.layout import MIN_LABELS, TextBox, read_layout, similarity
from bpu_enroll.domain.nik import nik_birth_date, parse_nik
from bpu_enroll.domain.regions import RegionIndex, default_regions

# Letters the OCR reads for digits in a field that holds only digits.
_AS_DIGIT = str.maketrans("OoDQIlLiJ|!ZzSsBGbgTq", "000011111112255886679")
_NAME_CHARS = re.compile(r"[^A-Z .'\-,]")
_SPACES = re.compile(r"\s+")
_DATE = re.compile(
    r"([0-9OoDIlSBZ]{2})\s*[-./]?\s*([0-9OoDIlSBZ]{2})\s*[-./]?\s*([0-9OoDIlSBZ]{4})$"
)
_AS_LETTER = str.maketrans("0158", "OISB")
_IN_WORD_DIGIT = re.compile(r"(?<=[A-Z])[0158]+|[0158]+(?=[A-Z])")
_AFTER_DOT = re.compile(r"\.(?=[A-Z0-9])")
_GOL_DARAH = re.compile(r"\bGOL\.?\s*DARAH.*$", re.IGNORECASE)
_REGENCY_WORDS = re.compile(r"^(KABUPATEN|KAB\.?|KOTA)\s*", re.IGNORECASE)
_AS_LISTED = 0.85  # a name at least this like the list's is written as the list writes it
_RESOLVED_AS_LISTED = 0.75  # the same, for the names of the village the card resolved to
_LONG_WORD = 11  # a name's word longer than this is most likely two run together
UNCERTAIN = 0.8  # below this a field is shown as uncertain
FIELD_KEYS = (
    "nik", "full_name", "birth_place", "birth_date", "gender", "street", "rt", "rw",
    "village_code", "village", "district", "regency", "province",
)  # fmt: skip


class NoCardFound(Exception):
    """The photo shows no KTP that could be read (KTP_NO_CARD)."""


@dataclass(frozen=True, slots=True)
class Read:
    """One field read from the card."""

    value: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Check:
    """One cross-check: passed, failed, or None when a side of it could not be read."""

    name: str
    passed: bool | None
    code: str | None = None

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        """`{"check", "passed", "code", "message"}` (code and message only when failed)."""
        out: dict[str, Any] = {"check": self.name, "passed": self.passed}
        if self.code is not None and self.passed is False:
            out["code"] = self.code
            out["message"] = message(self.code, lang)
        return out


@dataclass(slots=True)
class KtpReading:
    """Everything read from one card."""

    fields: dict[str, Read] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)

    def to_dict(self, lang: str = "id") -> dict[str, Any]:
        """The `ktp-read --json` document."""
        return {
            "fields": {
                key: {"value": read.value, "confidence": round(read.confidence, 2)}
                for key in FIELD_KEYS
                if (read := self.fields.get(key)) is not None
            },
            "checks": [check.to_dict(lang) for check in self.checks],
        }

    def failed(self) -> list[Check]:
        """The checks that failed."""
        return [check for check in self.checks if check.passed is False]


def digits_of(text: str) -> str:
    """Digits with the OCR's usual letter-for-digit misreads turned back (`32O1` → `3201`)."""
    return re.sub(r"[^0-9]", "", text.translate(_AS_DIGIT))


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip(" :：;,.")


def letters_of(text: str) -> str:
    """A word of letters with digits the OCR read for letters turned back (`TOMOH0N`)."""
    return _IN_WORD_DIGIT.sub(lambda m: m.group(0).translate(_AS_LETTER), text)


def street_of(text: str) -> str:
    """`JL.MAWAR NO.12` → `JL. MAWAR NO. 12` (the card's way of writing abbreviations)."""
    return _SPACES.sub(" ", _AFTER_DOT.sub(". ", _clean(text).upper())).strip()


def read_nik(text: str, score: float) -> Read | None:
    """The NIK from its line (`NIK : 3201…`); confidence lowered for repairs and wrong length."""
    body = re.sub(r"^\s*N[I1l]K\s*", "", text, flags=re.IGNORECASE)
    digits = digits_of(body)
    if len(digits) < 12:
        return None
    repaired = sum(not ch.isdigit() for ch in body if ch.isalnum())
    confidence = score * (0.9**repaired) * (1.0 if len(digits) == 16 else 0.3)
    return Read(digits, confidence)


def read_birth(text: str, score: float) -> tuple[Read | None, Read | None]:
    """`JAKARTA, 20-09-2000` → (birth place, ISO birth date)."""
    body = _clean(text).upper()
    found = _DATE.search(body)
    if found is None:
        return (Read(body, score * 0.5) if body else None), None
    day, month, year = (digits_of(part) for part in found.groups())
    place = letters_of(_clean(body[: found.start()]))
    born: Read | None = None
    try:
        born = Read(date(int(year), int(month), int(day)).isoformat(), score)
    except ValueError:
        born = None
    return (Read(place, score) if place else None), born


def read_gender(text: str, score: float) -> Read | None:
    """`LAKI-LAKI` → M, `PEREMPUAN` → F (fuzzy)."""
    key = re.sub(r"[^A-Z]", "", _GOL_DARAH.sub("", text.upper()))
    male, female = similarity(key, "LAKILAKI"), similarity(key, "PEREMPUAN")
    best = max(male, female)
    if best < 0.6:
        return None
    return Read("M" if male > female else "F", score * best)


def read_rt_rw(text: str, score: float) -> tuple[Read | None, Read | None]:
    """`016/001` → ("016", "001"); a lost slash between six digits is put back."""
    parts = [digits_of(part) for part in re.split(r"[/\\|Il1]{1}(?=\s*[0-9OoD]{3}\s*$)", text)]
    if len(parts) != 2:
        digits = digits_of(text)
        parts = [digits[:3], digits[3:6]] if len(digits) == 6 else []
        score *= 0.8
    if len(parts) != 2 or not all(0 < len(p) <= 3 and int(p) > 0 for p in parts):
        return None, None
    return Read(parts[0].zfill(3), score), Read(parts[1].zfill(3), score)


def read_name(text: str, score: float) -> Read | None:
    """The name upper case as printed, keeping only what a KTP name can hold."""
    name = _SPACES.sub(" ", _NAME_CHARS.sub("", letters_of(_clean(text).upper()))).strip()
    if not name:
        return None
    if any(len(word) > _LONG_WORD for word in name.split()):
        score *= 0.6  # the OCR often runs two names together: the officer checks the spaces
    return Read(name, score)


def read_header(header: list[tuple[str, float]]) -> tuple[Read | None, Read | None]:
    """(province, regency) from the lines above the NIK."""
    province: Read | None = None
    rest: list[tuple[str, float]] = []
    for text, score in header:
        upper = _clean(text).upper()
        if province is None and re.match(r"^PR[O0]V[I1]NS[I1]", upper):
            province = Read(_clean(re.sub(r"^PR[O0]V[I1]NS[I1]\s*", "", upper)), score)
        else:
            rest.append((upper, score))
    regency = Read(_clean(rest[0][0]), rest[0][1]) if rest else None
    if province is None and len(rest) >= 2:
        province, regency = Read(rest[0][0], rest[0][1]), Read(rest[1][0], rest[1][1])
    return province, regency


def read_card(
    boxes: list[TextBox], *, today: date, regions: RegionIndex | None = None
) -> KtpReading:
    """Reads one card; raises NoCardFound when the boxes hold no KTP layout."""
    layout = read_layout(boxes)
    if layout.labels_found < MIN_LABELS:
        raise NoCardFound
    index = regions if regions is not None else default_regions()
    reading = KtpReading()
    put = reading.fields
    values = layout.values
    if layout.nik_line is not None and (nik := read_nik(*layout.nik_line)) is not None:
        put["nik"] = nik
    if "name" in values and (name := read_name(*values["name"])) is not None:
        put["full_name"] = name
    if "birth" in values:
        place, born = read_birth(*values["birth"])
        _put(put, "birth_place", place)
        _put(put, "birth_date", born)
    if "gender" in values:
        _put(put, "gender", read_gender(*values["gender"]))
    if "street" in values:
        text, score = values["street"]
        _put(put, "street", Read(street_of(text), score) if _clean(text) else None)
    if "rt_rw" in values:
        rt, rw = read_rt_rw(*values["rt_rw"])
        _put(put, "rt", rt)
        _put(put, "rw", rw)
    for key, row in (("village", "village"), ("district", "district")):
        if row in values and _clean(values[row][0]):
            put[key] = Read(letters_of(_clean(values[row][0]).upper()), values[row][1])
    province, regency = read_header(layout.header)
    _put(put, "province", province)
    _put(put, "regency", regency)
    _resolve_village(reading, index)
    _birth_place_as_listed(reading, index)
    reading.checks = cross_checks(reading, today=today, regions=index)
    _lower_confidence(reading)
    return reading


def _put(fields: dict[str, Read], key: str, read: Read | None) -> None:
    if read is not None and read.value:
        fields[key] = read


def _key(text: str) -> str:
    """Names compared without spaces and marks (the OCR often drops spaces)."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _best(candidates: dict[str, str], text: str, keep: int) -> list[tuple[float, str]]:
    """The `keep` codes whose names are most like `text`, with their similarity."""
    key = _key(text)
    scored = [(similarity(key, _key(name)), code) for code, name in candidates.items()]
    scored.sort(reverse=True)
    return scored[:keep]


def _resolve_village(reading: KtpReading, regions: RegionIndex) -> None:
    """`village_code` from the card's village, district, regency and province names (fuzzy)."""
    put = reading.fields
    if "village" not in put or "district" not in put:
        return
    province_score: dict[str, float] = {}
    if "province" in put:
        province_score = {c: s for s, c in _best(regions.provinces, put["province"].value, 40)}
    regency_text = put["regency"].value if "regency" in put else ""
    regency_key = _key(_REGENCY_WORDS.sub("", regency_text))
    regency_words = "KOTA" if regency_text.upper().startswith("KOTA") else "KABUPATEN"
    regencies: list[tuple[float, str]] = []
    for code, name in regions.regencies.items():
        plain = _REGENCY_WORDS.sub("", name)
        score = similarity(regency_key, _key(plain)) if regency_key else 0.5
        if regency_text and not name.upper().startswith(regency_words):
            score *= 0.95
        regencies.append((0.7 * score + 0.3 * province_score.get(code[:2], 0.0), code))
    regencies.sort(reverse=True)
    best: tuple[float, str, float] | None = None
    for regency_score, regency in regencies[:4]:
        districts = {c: n for c, n in regions.districts.items() if c.startswith(regency + ".")}
        for district_score, district in _best(districts, put["district"].value, 3):
            villages = {
                v.code: v.name for v in regions.search_villages(district.replace(".", ""), 500)
            }
            for village_score, code in _best(villages, put["village"].value, 1):
                total = 0.25 * regency_score + 0.3 * district_score + 0.45 * village_score
                if best is None or total > best[0]:
                    worst = min(regency_score, district_score, village_score)
                    best = (total, code, worst)
    if best is not None and best[2] >= 0.6:
        confidence = min(put["village"].confidence, put["district"].confidence) * best[2]
        put["village_code"] = Read(best[1], confidence)
        _names_as_listed(reading, regions, best[1])


def _names_as_listed(reading: KtpReading, regions: RegionIndex, code: str) -> None:
    """The card's region names written as the list writes them (spaces the OCR lost)."""
    village = regions.village(code)
    if village is None:
        return
    listed = {
        "village": village.name,
        "district": village.district_name,
        "regency": village.regency_name,
        "province": village.province_name,
    }
    for key, name in listed.items():
        read = reading.fields.get(key)
        if read is not None and similarity(_key(read.value), _key(name)) >= _RESOLVED_AS_LISTED:
            reading.fields[key] = Read(name.upper(), read.confidence)


def _birth_place_as_listed(reading: KtpReading, regions: RegionIndex) -> None:
    """A birth place that is a regency or city name, written as the list writes it."""
    read = reading.fields.get("birth_place")
    if read is None:
        return
    places = {c: _REGENCY_WORDS.sub("", n) for c, n in regions.regencies.items()}
    found = _best(places, read.value, 1)
    if found and found[0][0] >= _AS_LISTED:
        name = places[found[0][1]].upper()
        reading.fields["birth_place"] = Read(name, read.confidence)


def cross_checks(reading: KtpReading, *, today: date, regions: RegionIndex) -> list[Check]:
    """The NIK against the birth date, gender and regions read from the same card."""
    put = reading.fields
    if "nik" not in put:
        return [Check("nik_read", False, "KTP_NIK_UNREAD")]
    nik = put["nik"].value
    parsed = parse_nik(nik, today=today, regions=regions)
    if parsed.errors:
        return [Check("nik_format", False, parsed.errors[0].code)]
    checks = [Check("nik_format", True)]
    coded = nik_birth_date(nik, today)
    born = put.get("birth_date")
    gender = put.get("gender")
    if coded is not None:
        checks.append(
            _compare("nik_birth_date", born, coded[0].isoformat(), "NIK_BIRTH_DATE_MISMATCH")
        )
        checks.append(_compare("nik_gender", gender, coded[1], "NIK_GENDER_MISMATCH"))
    checks.append(Check("nik_region", not parsed.warnings, "NIK_REGION_UNKNOWN"))
    village = put.get("village_code")
    card_regency = village.value[:5] if village is not None else None
    if card_regency is None:
        checks.append(Check("nik_card_region", None, "KTP_NIK_REGION_DIFFERS"))
    else:
        same = f"{nik[:2]}.{nik[2:4]}" == card_regency
        checks.append(Check("nik_card_region", same, "KTP_NIK_REGION_DIFFERS"))
    return checks


def _compare(name: str, read: Read | None, expected: str, code: str) -> Check:
    if read is None:
        return Check(name, None, code)
    return Check(name, read.value == expected, code)


def _lower_confidence(reading: KtpReading) -> None:
    """A failed check makes both of its sides uncertain (one of them is misread)."""
    sides = {
        "nik_birth_date": ("nik", "birth_date"),
        "nik_gender": ("nik", "gender"),
        "nik_region": ("nik",),
        "nik_card_region": ("nik", "village_code"),
        "nik_format": ("nik",),
    }
    for check in reading.failed():
        for key in sides.get(check.name, ()):
            read = reading.fields.get(key)
            if read is not None:
                reading.fields[key] = Read(read.value, min(read.confidence, UNCERTAIN) * 0.6)
